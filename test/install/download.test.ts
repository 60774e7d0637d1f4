// The downloader against loopback servers that misbehave for real: stall, truncate, fail once,
// never answer, never accept the connection, redirect oddly.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  backoffMs,
  DownloadError,
  Downloader,
  type DownloaderOptions,
  redirectTarget,
} from '../../src/install/download.js';
import { DEFAULT_LIMITS, type InstallLimits } from '../../src/install/limits.js';
import { redactUrl } from '../../src/install/releases.js';
import { closeServer, listenOnLoopback } from '../support/loopback.js';
import { startUnacceptingListener } from '../support/unaccepting-listener.js';

vi.mock('@actions/core', () => ({ info: vi.fn(), debug: vi.fn() }));

const LIMITS: InstallLimits = {
  connectTimeoutMs: 300,
  idleTimeoutMs: 300,
  downloadTimeoutMs: 5_000,
  versionTimeoutMs: 1_000,
  signatureTimeoutMs: 1_000,
};
const BODY = Buffer.from('x'.repeat(100_000));
const FIX = 'Check the releases-url input.';

type Handler = (request: IncomingMessage, response: ServerResponse, count: number) => void;

let server: Server;
let base: string;
let handler: Handler;
let seen: IncomingMessage[];
let work: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request);
    handler(request, response, seen.length);
  });
  base = await listenOnLoopback(server);
  work = await mkdtemp(join(tmpdir(), 'download-'));
});
afterAll(async () => {
  await closeServer(server);
  await rm(work, { recursive: true, force: true });
});
afterEach(() => {
  server.closeAllConnections();
  vi.mocked(core.info).mockClear();
});

function serve(next: Handler): void {
  seen = [];
  handler = next;
}

function ok(response: ServerResponse): void {
  response.writeHead(200, { 'content-length': BODY.length }).end(BODY);
}

/** Half the body, then `then` (nothing: a stall). */
function half(response: ServerResponse, then?: () => void): void {
  response.writeHead(200, { 'content-length': BODY.length });
  response.write(BODY.subarray(0, BODY.length / 2), then);
}

/** Buffers compared as text: vitest's deep equality takes ~0.3 s over 100 000 elements. */
function expectBody(bytes: Buffer): void {
  expect(bytes.toString('latin1')).toBe(BODY.toString('latin1'));
}

const sleeps: number[] = [];
function downloader(options: Partial<DownloaderOptions> = {}): Downloader {
  sleeps.length = 0;
  return new Downloader({
    limits: LIMITS,
    fix: FIX,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<DownloadError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DownloadError);
  return error as DownloadError;
}

describe('Downloader', () => {
  it('fetches into memory, and into a file hashed on the way', async () => {
    serve((_, response) => ok(response));
    expectBody(await downloader().bytes(`${base}/a`));
    const file = join(work, 'file');
    expect(await downloader().file(`${base}/b`, file)).toEqual({
      size: BODY.length,
      sha256: createHash('sha256').update(BODY).digest('hex'),
    });
    expectBody(await readFile(file));
  });

  it('retries an HTTP 500 once and succeeds', async () => {
    serve((_, response, count) => (count === 1 ? response.writeHead(500).end() : ok(response)));
    expectBody(await downloader().bytes(`${base}/index.json`));
    expect(seen).toHaveLength(2);
    expect(vi.mocked(core.info)).toHaveBeenCalledWith(
      expect.stringMatching(
        /^http:\/\/127\.0\.0\.1:\d+\/index\.json: HTTP 500 Internal Server Error; trying again in \d\.\d s \(try 2 of 3\)$/,
      ),
    );
  });

  it('retries 429 as long as Retry-After says (bounded), and 503 three times in all', async () => {
    serve((_, response, count) =>
      count === 1 ? response.writeHead(429, { 'retry-after': '3' }).end() : ok(response),
    );
    expectBody(await downloader().bytes(`${base}/x`));
    expect(sleeps).toEqual([3000]);

    serve((_, response) => response.writeHead(503).end());
    const error = await failure(downloader().bytes(`${base}/y`));
    expect(seen).toHaveLength(3);
    expect(error.message).toBe(
      `Could not download ${base}/y: HTTP 503 Service Unavailable (3 tries). ${FIX}`,
    );
  });

  it.each([
    [404, 'Not Found'],
    [403, 'Forbidden'],
    [401, 'Unauthorized'],
  ])('does not retry HTTP %i', async (status, text) => {
    serve((_, response) => response.writeHead(status).end());
    const error = await failure(downloader().bytes(`${base}/missing`));
    expect(error.message).toBe(
      `Could not download ${base}/missing: HTTP ${status} ${text}. ${FIX}`,
    );
    expect(seen).toHaveLength(1);
  });

  it('retries a body cut short (connection closed before Content-Length) and succeeds', async () => {
    serve((_, response, count) =>
      count === 1 ? half(response, () => response.socket?.destroy()) : ok(response),
    );
    const file = join(work, 'short');
    expect((await downloader().file(`${base}/zip`, file)).size).toBe(BODY.length);
    expectBody(await readFile(file));
    expect(seen).toHaveLength(2);
  });

  it('fails on a body that is always cut short, saying how much arrived', async () => {
    serve((_, response) => half(response, () => response.socket?.destroy()));
    const error = await failure(downloader().bytes(`${base}/index.json`));
    expect(error.message).toBe(
      `Could not download ${base}/index.json: the connection closed after 50000 of 100000 bytes (3 tries). ${FIX}`,
    );
  });

  it('gives up on a body that stalls, after the idle timeout of each try', async () => {
    serve((_, response) => half(response));
    const started = performance.now();
    const error = await failure(downloader().file(`${base}/zip`, join(work, 'stalled')));
    const elapsed = performance.now() - started;
    expect(error.message).toBe(
      `Could not download ${base}/zip: no data for 0.3 s (3 tries). ${FIX} On a slow network, ` +
        'raise PACKER_ACTION_IDLE_TIMEOUT or PACKER_ACTION_DOWNLOAD_TIMEOUT (seconds).',
    );
    expect(seen).toHaveLength(3);
    expect(elapsed).toBeGreaterThanOrEqual(3 * 300 - 50);
    expect(elapsed).toBeLessThan(3 * 300 + 1000);
  });

  it('gives up on a server that accepts the connection and never answers', async () => {
    serve(() => undefined);
    const error = await failure(downloader().bytes(`${base}/never.sig`));
    expect(error.reason).toBe('no data for 0.3 s');
    expect(seen).toHaveLength(3);
  });

  it('gives up on a host that never completes the connection (connect timeout)', async () => {
    const listener = await startUnacceptingListener();
    try {
      const started = performance.now();
      const error = await failure(
        downloader({ limits: { ...LIMITS, idleTimeoutMs: 60_000 } }).bytes(`${listener.url}/x`),
      );
      expect(error.reason).toBe('no connection within 0.3 s');
      expect(performance.now() - started).toBeLessThan(3 * 300 + 1000);
    } finally {
      await listener.close();
    }
  });

  it.each([
    ['accepts the connection and never answers', false, 'no data for 20 s', 60_000],
    ['never completes the connection', true, 'no connection within 10 s', 30_000],
  ])(
    'with the default limits, gives up on a mirror that %s well within 150 s (simulated time)',
    async (_, unaccepting, reason, waited) => {
      const listener = unaccepting ? await startUnacceptingListener() : undefined;
      serve(() => undefined);
      // Fake timers and clock; real sockets, stepped through with setImmediate (not faked).
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      try {
        const started = performance.now();
        const waits: number[] = [];
        const fetching = new Downloader({
          limits: DEFAULT_LIMITS,
          fix: FIX,
          sleep: async (ms) => {
            waits.push(ms);
          },
        }).bytes(`${listener?.url ?? base}/dead`);
        let settled = false;
        const error = failure(fetching).finally(() => {
          settled = true;
        });
        while (!settled) {
          await new Promise((resolve) => setImmediate(resolve));
          await vi.advanceTimersByTimeAsync(100);
        }
        expect((await error).reason).toBe(reason);
        const elapsed = performance.now() - started;
        expect(elapsed).toBeGreaterThanOrEqual(waited);
        expect(elapsed).toBeLessThan(waited + 1000);
        expect(waits).toHaveLength(2);
        expect(elapsed + waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(93_000);
      } finally {
        vi.useRealTimers();
        await listener?.close();
      }
    },
  );

  it('stops at the overall deadline, even while data trickles in', async () => {
    serve((_, response) => {
      response.writeHead(200, { 'content-length': BODY.length });
      const drip = setInterval(() => response.write('x'), 50);
      response.on('close', () => clearInterval(drip));
    });
    const limits = { ...LIMITS, downloadTimeoutMs: 700 };
    const started = performance.now();
    const error = await failure(downloader({ limits }).bytes(`${base}/slow`));
    expect(error.reason).toBe('not finished within 0.7 s');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('retries a refused connection', async () => {
    const closed = createServer();
    const url = await listenOnLoopback(closed);
    await closeServer(closed);
    const error = await failure(downloader().bytes(`${url}/x`));
    expect(error.message).toMatch(
      new RegExp(`^Could not download ${url}/x: connect ECONNREFUSED .*\\(3 tries\\)\\. `),
    );
    expect(sleeps).toHaveLength(2);
  });

  it('says the disk is full, without retrying, when saving fails so (/dev/full)', async () => {
    serve((_, response) => ok(response));
    const error = await failure(downloader().file(`${base}/zip`, '/dev/full'));
    expect(error.message).toBe(
      `Could not download ${base}/zip: saving it failed (ENOSPC: no space left on device, write). ` +
        'Free space on the runner (downloads go to RUNNER_TEMP) and re-run.',
    );
    expect(seen).toHaveLength(1);
  });

  it('stops a fetch in flight when aborted, without retrying', async () => {
    serve((_, response) => half(response));
    const fetching = downloader();
    const promise = fetching.file(`${base}/zip`, join(work, 'aborted'));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    fetching.abort();
    const error = await failure(promise);
    expect(error.reason).toBe('the install stopped');
    expect(seen).toHaveLength(1);
  });

  it('follows a relative redirect', async () => {
    serve((request, response) =>
      request.url === '/old/index.json'
        ? response.writeHead(302, { location: '../new/index.json' }).end()
        : ok(response),
    );
    expectBody(await downloader().bytes(`${base}/old/index.json`));
    expect(seen.map((request) => request.url)).toEqual(['/old/index.json', '/new/index.json']);
  });

  it.each([
    [
      'file:///etc/passwd',
      'a redirect to file:///etc/passwd: only http and https redirects are followed',
    ],
    ['ftp://mirror/x', 'a redirect to ftp://mirror/x: only http and https redirects are followed'],
    ['http://[bad', "a redirect to 'http://[bad', which is not a URL"],
  ])('refuses a redirect to %s, without retrying', async (location, reason) => {
    serve((_, response) => response.writeHead(301, { location }).end());
    const error = await failure(downloader().bytes(`${base}/x`));
    expect(error.reason).toBe(reason);
    expect(seen).toHaveLength(1);
  });

  it('refuses endless redirects', async () => {
    serve((request, response) => response.writeHead(307, { location: `${request.url}x` }).end());
    expect((await failure(downloader().bytes(`${base}/x`))).reason).toBe('more than 5 redirects');
    expect(seen).toHaveLength(6);
  });

  it("sends releases-url's credentials to its origin only, and never shows them", async () => {
    const other = createServer((request, response) => {
      seen.push(request);
      ok(response);
    });
    const otherBase = await listenOnLoopback(other);
    try {
      serve((request, response) =>
        request.url === '/go-elsewhere'
          ? response.writeHead(302, { location: `${otherBase}/file` }).end()
          : response.writeHead(404).end(),
      );
      const credentials = { origin: base, username: 'mirror-user', password: 's3cr:t@' };
      const fetching = downloader({ credentials });
      await fetching.bytes(`${base}/go-elsewhere`);
      const error = await failure(fetching.bytes(`${base}/missing`));
      const basic = `Basic ${Buffer.from('mirror-user:s3cr:t@').toString('base64')}`;
      expect(seen.map((request) => request.headers.authorization)).toEqual([
        basic,
        undefined,
        basic,
      ]);
      expect(error.message).not.toMatch(/mirror-user|s3cr/);
    } finally {
      await closeServer(other);
    }
  });
});

describe('redactUrl', () => {
  it.each([
    ['https://user:pass@mirror.example/hc', 'https://mirror.example/hc'],
    ['https://token@mirror.example/hc', 'https://mirror.example/hc'],
    ['https://mirror.example/hc', 'https://mirror.example/hc'],
    ['not a url //user:pass@host/x', 'not a url //host/x'],
  ])('%s → %s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });
});

describe('redirectTarget', () => {
  const from = new URL('https://mirror.example/hc/packer/index.json');
  it('resolves relative locations against the request', () => {
    expect(redirectTarget(from, '/cdn/index.json', 0).href).toBe(
      'https://mirror.example/cdn/index.json',
    );
    expect(redirectTarget(from, 'v2/index.json', 0).href).toBe(
      'https://mirror.example/hc/packer/v2/index.json',
    );
  });

  it('refuses a downgrade from https to http', () => {
    expect(() => redirectTarget(from, 'http://mirror.example/x', 0)).toThrow(
      'a redirect from https to http://mirror.example/x: a downgrade to plain http is refused',
    );
  });

  it('refuses a redirect without a location, and never shows credentials', () => {
    expect(() => redirectTarget(from, undefined, 0)).toThrow('without a Location header');
    expect(() => redirectTarget(from, 'ftp://u:p@host/etc', 0)).toThrow(
      'a redirect to ftp://host/etc:',
    );
  });
});

describe('backoffMs', () => {
  it('doubles from 1 s with up to half taken off, bounded; Retry-After wins up to 10 s', () => {
    for (const [attempt, low, high] of [
      [1, 500, 1000],
      [2, 1000, 2000],
      [3, 2000, 4000],
      [9, 5000, 10_000],
    ] as const) {
      const wait = backoffMs(attempt);
      expect(wait).toBeGreaterThanOrEqual(low);
      expect(wait).toBeLessThanOrEqual(high);
    }
    expect(backoffMs(1, 2500)).toBe(2500);
    expect(backoffMs(1, 600_000)).toBe(10_000);
  });
});
