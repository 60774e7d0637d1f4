// moto, a real AWS API emulator (EC2, STS, SSM and more), run as a server on a free loopback port for
// the tests that want AWS's own answers. Installed in the machine's Python: `.ci/run` checks for it.
import { type ChildProcess, spawn } from 'node:child_process';
import * as net from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

const START_TIMEOUT_MILLISECONDS = 30_000;

export interface Moto {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The variables that point the AWS SDKs (ours, and Packer's via custom endpoints) at moto. */
  env(): Record<string, string>;
  /** Forgets every resource, so each test starts from an empty account. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function startMoto(): Promise<Moto> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    'python3',
    ['-m', 'moto.server', '-p', String(port), '-H', '127.0.0.1'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    errors = (errors + chunk).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `moto did not start (python3 -m moto.server exited ${child.exitCode}): ${errors}`,
      );
    }
    try {
      const response = await fetch(`${url}/moto-api/data.json`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > START_TIMEOUT_MILLISECONDS) {
      child.kill('SIGKILL');
      throw new Error(`moto did not answer on ${url} within 30 s: ${errors}`);
    }
    await delay(100);
  }
  return {
    url,
    env: () => ({
      AWS_ENDPOINT_URL_STS: url,
      AWS_ENDPOINT_URL_SSM: url,
      AWS_ENDPOINT_URL_EC2: url,
    }),
    reset: async () => {
      const response = await fetch(`${url}/moto-api/reset`, { method: 'POST' });
      if (!response.ok) throw new Error(`moto reset answered ${response.status}`);
    },
    stop: async () => {
      child.kill('SIGTERM');
      await Promise.race([exited, delay(5000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
