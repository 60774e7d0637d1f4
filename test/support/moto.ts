// moto, the AWS API emulator, as a server on a free loopback port for the length of a test file:
//
//   const moto = await startMoto();        // starts `python3 -m moto.server`, waits until it answers
//   new SSMClient({ endpoint: moto.url, region: 'eu-west-1', credentials: MOTO_CREDENTIALS });
//   await moto.reset();                    // forget every resource between tests (optional)
//   await moto.stop();                     // in afterAll
//
// moto comes from the machine's Python (`pip install 'moto[server]'`); when it is missing, startMoto
// fails naming the package, and .ci/run refuses to start without it.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import * as net from 'node:net';

export interface Moto {
  /** `http://127.0.0.1:<port>`: the endpoint for every service (EC2, STS, SSM, …). */
  url: string;
  port: number;
  /** The variables that point the AWS SDK for JavaScript at moto (the action's STS, SSM, EC2). */
  env(): Record<string, string>;
  /** Forgets every resource created so far (moto's own reset API). */
  reset(): Promise<void>;
  /** Stops the server (SIGTERM, then SIGKILL after `stopTimeoutMs`); safe to call twice. */
  stop(): Promise<void>;
}

export interface MotoOptions {
  /** The Python that has moto; default `python3`. */
  python?: string;
  /** How long the server may take to answer its first request; default 30 s. */
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
}

/** Credentials moto accepts (any will do): keeps the SDK away from the machine's own. */
export const MOTO_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

/** Whether the Python can import moto's server; the reason when it cannot. */
export function motoProblem(python = 'python3'): string | undefined {
  const probe = spawnSync(python, ['-c', 'import moto.server'], { encoding: 'utf8' });
  if (probe.error !== undefined) return `${python} cannot be started: ${probe.error.message}`;
  if (probe.status !== 0) {
    return `moto is not installed for ${python} (pip install 'moto[server]'): ${probe.stderr.trim().split('\n').at(-1)}`;
  }
  return undefined;
}

export async function startMoto(options: MotoOptions = {}): Promise<Moto> {
  const python = options.python ?? 'python3';
  const problem = motoProblem(python);
  if (problem !== undefined) throw new Error(problem);
  // The free port is found by binding it and letting it go; another process may take it in
  // between, so a server that dies at once is started again on another port.
  let lastFailure: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freeLoopbackPort();
    const child = spawn(python, ['-m', 'moto.server', '-p', String(port), '-H', '127.0.0.1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const url = `http://127.0.0.1:${port}`;
    const stop = () => stopChild(child, options.stopTimeoutMs ?? 5_000);
    try {
      await waitUntilAnswering(url, child, options.startTimeoutMs ?? 30_000);
    } catch (error) {
      await stop();
      lastFailure = new Error(`moto did not start on port ${port}: ${output.join('').trim()}`, {
        cause: error,
      });
      continue;
    }
    return {
      url,
      port,
      env: () => ({
        AWS_ENDPOINT_URL_STS: url,
        AWS_ENDPOINT_URL_SSM: url,
        AWS_ENDPOINT_URL_EC2: url,
      }),
      reset: async () => {
        const response = await fetch(`${url}/moto-api/reset`, { method: 'POST' });
        if (!response.ok) throw new Error(`moto reset answered ${response.status}`);
      },
      stop,
    };
  }
  throw lastFailure;
}

async function freeLoopbackPort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`it exited (${child.exitCode ?? child.signalCode})`);
    }
    try {
      const response = await fetch(`${url}/moto-api/data.json`, {
        signal: AbortSignal.timeout(1_000),
      });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`it did not answer within ${timeoutMs} ms`);
}

async function stopChild(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}
