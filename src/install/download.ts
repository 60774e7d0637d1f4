// The one way installing Packer fetches anything (index.json, SHA256SUMS, its signature, the zip):
// every wait bounded (connect, idle, whole fetch), short bodies caught, what can succeed on another
// try tried again with bounded backoff, no connection keeping the process alive. Proxy settings come from
// @actions/http-client's agent, as tool-cache's downloads had them; the request itself is node:http,
// because http-client can neither abort a request nor time out a stalled body.
import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { Transform, Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { setTimeout as delay } from 'node:timers/promises';
import * as core from '@actions/core';
import { HttpClient } from '@actions/http-client';
import { backoffDelay } from '../aws/retry.js';
import { errorMessage } from '../errors.js';
import { type InstallLimits, LIMIT_VARIABLES } from './limits.js';
import { redactUrl } from './releases.js';

const USER_AGENT = 'packer-image-action';
const ATTEMPTS = 3;
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 10_000;
const MAX_REDIRECTS = 5;
/** index.json, SHA256SUMS and signatures are far smaller; anything larger is not one of them. */
const MAX_IN_MEMORY_BYTES = 64 * 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Network errors that another try may not meet. Anything else (a bad certificate, a full disk) is final. */
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENETRESET',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/** Errors writing the download, not fetching it. */
const DISK_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS']);

export interface DownloaderOptions {
  limits: InstallLimits;
  /** `user:password` from releases-url, sent as HTTP Basic auth to that origin only. */
  credentials?: { origin: string; username: string; password: string } | undefined;
  /** What the final error tells the user to check, e.g. the releases-url input. */
  fix: string;
  /** Waits between tries; injectable so tests need not wait. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** A failed fetch, after every try it was worth. Its message names the URL (never credentials). */
export class DownloadError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    message: string,
    /** The HTTP status that ended the last try, when one did. */
    readonly status: number | undefined,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'DownloadError';
  }
}

/** The server said the file is not there (404 or 410): a missing file, not a failing server. */
export function isNotFound(error: unknown): boolean {
  return error instanceof DownloadError && (error.status === 404 || error.status === 410);
}

/** Why one try failed, and whether another may succeed. */
class TryFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly kind: 'timeout' | 'status' | 'network' | 'disk' | 'other' = 'other',
    readonly retryAfterMs?: number,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A request failed before any answer on a reused keep-alive connection. */
class StaleConnection extends Error {}

interface Sink {
  writable: Writable;
  /** Sees every chunk, in order, before the writable does. */
  hash?: Hash;
}

/**
 * One keep-alive agent per origin for the whole process, so that a later fetch (the release files
 * after the index) reuses the connection instead of opening another. A stopped or failed fetch
 * destroys its socket; a finished one leaves it idle in the agent, where Node unrefs it: it stays
 * open until the server closes it or the process exits, and never keeps the process alive.
 */
const agents = new Map<string, http.Agent>();

export class Downloader {
  private readonly stopping = new AbortController();
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;

  constructor(private readonly options: DownloaderOptions) {
    this.sleep = options.sleep ?? ((ms, signal) => delay(ms, undefined, { signal }));
  }

  /** A small file (the index, SHA256SUMS, a signature), into memory. */
  async bytes(url: string): Promise<Buffer> {
    let chunks: Buffer[] = [];
    await this.fetch(url, () => {
      chunks = [];
      let size = 0;
      return {
        writable: new Writable({
          write(chunk: Buffer, _encoding, done) {
            size += chunk.length;
            if (size > MAX_IN_MEMORY_BYTES) {
              done(new TryFailure(`it is larger than ${MAX_IN_MEMORY_BYTES >> 20} MiB`, false));
              return;
            }
            chunks.push(chunk);
            done();
          },
        }),
      };
    });
    return Buffer.concat(chunks);
  }

  /**
   * A file written to `path` (replaced on each try), its SHA-256 computed as it arrives. The first
   * try's bytes also go to `alongside`, as they arrive; should that try fail, `alongside` is
   * destroyed and later tries write the file alone.
   */
  async file(
    url: string,
    path: string,
    alongside?: Writable,
  ): Promise<{ sha256: string; size: number }> {
    let hash = createHash('sha256');
    let firstTry = alongside;
    const size = await this.fetch(url, () => {
      hash = createHash('sha256');
      const file = createWriteStream(path, { highWaterMark: 1 << 20 });
      const writable = firstTry === undefined ? file : tee(file, firstTry);
      firstTry = undefined;
      return { writable, hash };
    });
    return { sha256: hash.digest('hex'), size };
  }

  /** Stops every fetch of this downloader still running: each rejects, its connection destroyed. */
  abort(): void {
    this.stopping.abort(new TryFailure('the install stopped', false));
  }

  /** Tries `url` until it succeeds, fails for good, or the limits run out; returns the body size. */
  private async fetch(url: string, sink: () => Sink): Promise<number> {
    const { limits } = this.options;
    const deadline = performance.now() + limits.downloadTimeoutMs;
    let staleRetried = false;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.tryOnce(new URL(url), sink(), deadline);
      } catch (error) {
        // A kept-alive connection the server had just closed: not the server's fault, so it is
        // retried at once and not counted, once per fetch, as browsers do.
        if (error instanceof StaleConnection && !staleRetried) {
          staleRetried = true;
          attempt--;
          continue;
        }
        const failure = asTryFailure(error instanceof StaleConnection ? error.cause : error);
        const waitMs = backoffMs(attempt, failure.retryAfterMs);
        const last =
          !failure.retryable ||
          attempt >= ATTEMPTS ||
          this.stopping.signal.aborted ||
          performance.now() + waitMs >= deadline;
        if (last) throw this.finalError(url, failure, attempt);
        core.info(
          `${redactUrl(url)}: ${failure.message}; trying again in ${(waitMs / 1000).toFixed(1)} s ` +
            `(try ${attempt + 1} of ${ATTEMPTS})`,
        );
        try {
          await this.sleep(waitMs, this.stopping.signal);
        } catch {
          throw this.finalError(url, failure, attempt);
        }
      }
    }
  }

  /** One try, following redirects; every wait in it bounded. */
  private async tryOnce(start: URL, sink: Sink, deadline: number): Promise<number> {
    const { limits } = this.options;
    const attempt = new AbortController();
    const fail = (failure: TryFailure) => attempt.abort(failure);
    const stop = () => attempt.abort(this.stopping.signal.reason);
    this.stopping.signal.addEventListener('abort', stop, { once: true });
    if (this.stopping.signal.aborted) stop();
    const remainingMs = Math.max(0, deadline - performance.now());
    const seconds = (ms: number) => `${ms / 1000} s`;
    const deadlineTimer = setTimeout(
      () => fail(timeout(`not finished within ${seconds(limits.downloadTimeoutMs)}`)),
      remainingMs,
    );
    // Connecting is bounded by the connect timeout; from then on, each silence by the idle timeout.
    // No timer starts once the try is over (a late socket event must not keep the process alive).
    let phaseTimer: NodeJS.Timeout | undefined;
    let over = false;
    const watch = {
      connecting: () => {
        if (over) return;
        clearTimeout(phaseTimer);
        phaseTimer = setTimeout(
          () => fail(timeout(`no connection within ${seconds(limits.connectTimeoutMs)}`)),
          limits.connectTimeoutMs,
        );
      },
      connected: () => {
        if (over) return;
        clearTimeout(phaseTimer);
        phaseTimer = setTimeout(
          () => fail(timeout(`no data for ${seconds(limits.idleTimeoutMs)}`)),
          limits.idleTimeoutMs,
        );
      },
      data: () => phaseTimer?.refresh(),
    };
    let received = 0;
    try {
      let url = start;
      for (let redirects = 0; ; redirects++) {
        const response = await this.request(url, attempt.signal, watch);
        const status = response.statusCode ?? 0;
        if (REDIRECTS.has(status)) {
          response.destroy();
          url = redirectTarget(url, response.headers.location, redirects);
          core.debug(`Redirected to ${redactUrl(url.href)}`);
          continue;
        }
        if (status !== 200) {
          response.destroy();
          throw statusFailure(status, response.statusMessage, response.headers['retry-after']);
        }
        const expected = contentLength(response.headers['content-length']);
        const { hash } = sink;
        const count = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            received += chunk.length;
            watch.data();
            hash?.update(chunk);
            done(null, chunk);
          },
        });
        try {
          await pipeline(response, count, sink.writable, { signal: attempt.signal });
        } catch (error) {
          if (attempt.signal.aborted || error instanceof TryFailure) throw error;
          // The connection ended early: a short body, whatever Node calls it. A disk error is final.
          const failure = asTryFailure(error);
          if (failure.retryable && expected !== undefined && received < expected) {
            throw shortBody(received, expected);
          }
          throw failure;
        }
        if (expected !== undefined && received !== expected) throw shortBody(received, expected);
        return received;
      }
    } catch (error) {
      sink.writable.destroy();
      throw attempt.signal.aborted ? attempt.signal.reason : error;
    } finally {
      over = true;
      clearTimeout(deadlineTimer);
      clearTimeout(phaseTimer);
      this.stopping.signal.removeEventListener('abort', stop);
    }
  }

  /** Sends a GET and resolves with the response headers. */
  private request(
    url: URL,
    signal: AbortSignal,
    watch: { connecting(): void; connected(): void },
  ): Promise<http.IncomingMessage> {
    const headers: http.OutgoingHttpHeaders = {
      'user-agent': USER_AGENT,
      'accept-encoding': 'identity',
    };
    const { credentials } = this.options;
    // Credentials go to the origin they were given for, never across a redirect to another host.
    if (credentials !== undefined && url.origin === credentials.origin) {
      const token = Buffer.from(`${credentials.username}:${credentials.password}`).toString(
        'base64',
      );
      headers.authorization = `Basic ${token}`;
    }
    const target = new URL(url.href);
    target.username = '';
    target.password = '';
    const module = target.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      watch.connecting();
      const request = module.get(target, { agent: this.agentFor(target), headers, signal });
      request.once('socket', (socket) => {
        if (socket.connecting) socket.once('connect', watch.connected);
        else watch.connected();
      });
      request.once('response', resolve);
      request.once('error', (error) => {
        const stale = request.reusedSocket && !signal.aborted;
        reject(stale ? new StaleConnection(error.message, { cause: error }) : error);
      });
    });
  }

  /** The origin's agent: through the runner's proxy unless NO_PROXY or loopback says otherwise. */
  private agentFor(url: URL): http.Agent {
    let agent = agents.get(url.origin);
    if (agent === undefined) {
      agent = new HttpClient(USER_AGENT, [], { keepAlive: true }).getAgent(url.href);
      agents.set(url.origin, agent);
    }
    return agent;
  }

  private finalError(url: string, failure: TryFailure, attempts: number): DownloadError {
    const shown = redactUrl(url);
    const tries = attempts > 1 ? ` (${attempts} tries)` : '';
    let fix = this.options.fix;
    if (failure.kind === 'disk') {
      fix = 'Free space on the runner (downloads go to RUNNER_TEMP) and re-run.';
    } else if (failure.kind === 'timeout') {
      const { idleTimeoutMs, downloadTimeoutMs } = LIMIT_VARIABLES;
      fix += ` On a slow network, raise ${idleTimeoutMs.name} or ${downloadTimeoutMs.name} (seconds).`;
    }
    return new DownloadError(
      shown,
      failure.message,
      `Could not download ${shown}: ${failure.message}${tries}. ${fix}`,
      failure.status,
      { cause: failure },
    );
  }
}

/**
 * One writable that writes each chunk to every target, taking more once all have room; it finishes
 * when all have, fails when any does, and destroyed, destroys them all.
 */
function tee(...targets: Writable[]): Writable {
  const all = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const full = targets.filter((target) => !target.write(chunk));
      Promise.all(full.map((target) => once(target, 'drain'))).then(() => done(), done);
    },
    final(done) {
      Promise.all(targets.map((target) => finished(target.end()))).then(() => done(), done);
    },
    destroy(error, done) {
      for (const target of targets) target.destroy(error ?? undefined);
      done(error);
    },
  });
  for (const target of targets) target.once('error', (error) => all.destroy(error));
  return all;
}

function timeout(message: string): TryFailure {
  return new TryFailure(message, true, 'timeout');
}

function shortBody(received: number, expected: number): TryFailure {
  return new TryFailure(
    `the connection closed after ${received} of ${expected} bytes`,
    true,
    'network',
  );
}

function asTryFailure(error: unknown): TryFailure {
  if (error instanceof TryFailure) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && DISK_CODES.has(code)) {
    return new TryFailure(`saving it failed (${errorMessage(error)})`, false, 'disk');
  }
  const retryable = code !== undefined && RETRYABLE_CODES.has(code);
  return new TryFailure(errorMessage(error), retryable, retryable ? 'network' : 'other');
}

function statusFailure(
  status: number,
  statusMessage: string | undefined,
  retryAfter: string | undefined,
): TryFailure {
  const retryable = status >= 500 || status === 429 || status === 408;
  const text = `HTTP ${status}${statusMessage ? ` ${statusMessage}` : ''}`;
  return new TryFailure(text, retryable, 'status', retryAfterMs(retryAfter), status);
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** 1 s, then 2 s, …, at most 10 s, each with up to half of it taken off at random; Retry-After wins. */
export function backoffMs(attempt: number, retryAfter?: number): number {
  if (retryAfter !== undefined) return Math.min(retryAfter, MAX_BACKOFF_MS);
  return backoffDelay(attempt, {
    baseMilliseconds: FIRST_BACKOFF_MS,
    capMilliseconds: MAX_BACKOFF_MS,
    random: Math.random,
  });
}

function contentLength(header: string | undefined): number | undefined {
  return header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined;
}

/** Where a redirect leads: relative locations resolve against `from`; only http(s), never down to http. */
export function redirectTarget(from: URL, location: string | undefined, redirects: number): URL {
  if (redirects >= MAX_REDIRECTS) {
    throw new TryFailure(`more than ${MAX_REDIRECTS} redirects`, false);
  }
  if (location === undefined || location === '') {
    throw new TryFailure('a redirect without a Location header', false);
  }
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new TryFailure(`a redirect to '${redactUrl(location)}', which is not a URL`, false);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new TryFailure(
      `a redirect to ${redactUrl(target.href)}: only http and https redirects are followed`,
      false,
    );
  }
  if (from.protocol === 'https:' && target.protocol === 'http:') {
    throw new TryFailure(
      `a redirect from https to ${redactUrl(target.href)}: a downgrade to plain http is refused`,
      false,
    );
  }
  return target;
}
