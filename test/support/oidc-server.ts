// A loopback GitHub OIDC token endpoint. Like the real one, its URL (ACTIONS_ID_TOKEN_REQUEST_URL)
// already carries `?api-version=2.0`, the toolkit appends `&audience=...`, and it wants
// `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>`. It answers `{"value": "<jwt>"}` with an
// unsigned-looking JWT whose claims are those of a tag build.
import * as http from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.js';

export const OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
export const OIDC_SUBJECT = 'repo:org/repo:ref:refs/tags/v1.2.3';

export interface TokenRequest {
  audience: string | null;
  apiVersion: string | null;
  authorization: string | undefined;
}

export class OidcServer {
  readonly requests: TokenRequest[] = [];
  /** Every token handed out, in order. */
  readonly tokens: string[] = [];
  readonly requestToken = 'fake-id-token-request-token';
  subject = OIDC_SUBJECT;

  private constructor(
    private readonly server: http.Server,
    readonly requestUrl: string,
  ) {}

  static async start(): Promise<OidcServer> {
    const server = http.createServer();
    const base = await listenOnLoopback(server);
    const oidc = new OidcServer(
      server,
      `${base}/_apis/distributedtask/hubs/Actions/plans/plan/jobs/job/idtoken?api-version=2.0`,
    );
    server.on('request', (request, response) => oidc.handle(request, response));
    return oidc;
  }

  /** The variables a job with `permissions: id-token: write` has. */
  env(): Record<string, string> {
    return {
      ACTIONS_ID_TOKEN_REQUEST_URL: this.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.requestToken,
    };
  }

  close(): Promise<void> {
    return closeServer(this.server);
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const audience = url.searchParams.get('audience');
    const apiVersion = url.searchParams.get('api-version');
    const authorization = request.headers.authorization;
    this.requests.push({ audience, apiVersion, authorization });
    const [status, document] = this.answer(request.method, authorization, apiVersion, audience);
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(document));
  }

  private answer(
    method: string | undefined,
    authorization: string | undefined,
    apiVersion: string | null,
    audience: string | null,
  ): [number, unknown] {
    if (authorization !== `Bearer ${this.requestToken}`) return [401, { message: 'Unauthorized' }];
    if (method !== 'GET' || apiVersion !== '2.0') return [400, { message: 'Bad request' }];
    const token = this.issue(audience ?? 'https://github.com/org');
    this.tokens.push(token);
    return [200, { count: 1, value: token }];
  }

  private issue(audience: string): string {
    const now = Math.floor(Date.now() / 1000);
    const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = {
      jti: `token-${this.tokens.length + 1}`,
      sub: this.subject,
      aud: audience,
      ref: 'refs/tags/v1.2.3',
      repository: 'org/repo',
      repository_owner: 'org',
      event_name: 'push',
      iss: OIDC_ISSUER,
      nbf: now - 5,
      iat: now,
      exp: now + 300,
    };
    return `${segment({ typ: 'JWT', alg: 'RS256', kid: 'fake' })}.${segment(claims)}.${Buffer.from('not-a-signature').toString('base64url')}`;
  }
}
