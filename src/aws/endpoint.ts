// The loopback endpoint Packer's AWS SDK takes its credentials from: the SDKs' container-credentials
// provider (AWS_CONTAINER_CREDENTIALS_FULL_URI, which the SDKs accept on a loopback host only, and
// AWS_CONTAINER_AUTHORIZATION_TOKEN, sent verbatim as the Authorization header). It answers only a
// request that carries the token, with the current session, so Packer's environment holds no key.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorMessage } from '../errors.js';
import type { AwsCredentials } from './environment.js';

export const CREDENTIALS_PATH = '/credentials';
/** A request (its headers and all) is answered or dropped within this: every wait is bounded. */
const REQUEST_TIMEOUT_MILLISECONDS = 10_000;

export interface EndpointOptions {
  /** What a request must send as its Authorization header. */
  token: string;
  /** The credentials to hand out, current at each request. */
  credentials: () => Promise<AwsCredentials & { expiration: Date }>;
  /** Told of each request refused, with the status and why. */
  onRefused?: (status: number, reason: string) => void;
}

export interface CredentialsEndpoint {
  /** `http://127.0.0.1:<port>/credentials` */
  url: string;
  /** Requests answered with credentials. */
  readonly served: number;
  /** Requests refused (no token, a wrong one, another path or method) or that failed. */
  readonly refused: number;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** A new random token: 256 bits, URL-safe. */
export function newEndpointToken(): string {
  return randomBytes(32).toString('base64url');
}

interface Answer {
  status: number;
  body: Record<string, string>;
}

/** Compares in constant time whatever the lengths, so that timing tells nothing about the token. */
function sameToken(given: string, token: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(token));
}

async function answer(request: http.IncomingMessage, options: EndpointOptions): Promise<Answer> {
  const refusal = (status: number, code: string, message: string): Answer => ({
    status,
    body: { code, message },
  });
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (pathname !== CREDENTIALS_PATH) return refusal(404, 'NotFound', `No ${pathname} here`);
  if (request.method !== 'GET') {
    return refusal(405, 'MethodNotAllowed', `${request.method} is not allowed: use GET`);
  }
  const authorization = request.headers.authorization;
  if (authorization === undefined || authorization === '') {
    return refusal(401, 'Unauthorized', 'The Authorization header is missing');
  }
  if (!sameToken(authorization, options.token)) {
    return refusal(403, 'Forbidden', 'The Authorization header does not hold the token');
  }
  try {
    const credentials = await options.credentials();
    return {
      status: 200,
      body: {
        AccessKeyId: credentials.accessKeyId,
        SecretAccessKey: credentials.secretAccessKey,
        Token: credentials.sessionToken,
        Expiration: credentials.expiration.toISOString(),
      },
    };
  } catch (error) {
    return refusal(503, 'CredentialsUnavailable', errorMessage(error));
  }
}

/**
 * Listens on an ephemeral port of 127.0.0.1. The server never keeps the process alive: the action
 * ends when its work is done, whatever a client keeps open.
 */
export async function startCredentialsEndpoint(
  options: EndpointOptions,
): Promise<CredentialsEndpoint> {
  let served = 0;
  let refused = 0;
  const server = http.createServer((request, response) => {
    // The body is not read: a GET has none worth reading.
    request.resume();
    answer(request, options)
      .catch(
        (error: unknown): Answer => ({
          status: 400,
          body: { code: 'BadRequest', message: errorMessage(error) },
        }),
      )
      .then(({ status, body }) => {
        if (status === 200) served++;
        else {
          refused++;
          options.onRefused?.(status, body.message ?? '');
        }
        response.writeHead(status, {
          'content-type': 'application/json',
          'cache-control': 'no-store',
        });
        response.end(JSON.stringify(body));
      });
  });
  server.requestTimeout = REQUEST_TIMEOUT_MILLISECONDS;
  server.headersTimeout = REQUEST_TIMEOUT_MILLISECONDS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${CREDENTIALS_PATH}`,
    get served() {
      return served;
    },
    get refused() {
      return refused;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Kept-alive connections (the Go SDK keeps them) would hold close() back.
        server.closeAllConnections();
      }),
  };
}
