import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  interruptMethod,
  isRunning,
  runWithTimeout,
  signalGroup,
  startInBackground,
  waitUntilGone,
} from '../../src/process/child.js';

const dir = mkdtempSync(path.join(tmpdir(), 'child-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('interruptMethod', () => {
  it.each<[NodeJS.Platform, string]>([
    ['linux', 'process-group'],
    ['darwin', 'process-group'],
    ['win32', 'console'],
  ])('%s: %s', (platform, method) => {
    expect(interruptMethod(platform)).toBe(method);
  });
});

describe('startInBackground', () => {
  it('writes stdout and stderr to the file, in order, and reports the exit', async () => {
    const outputPath = path.join(dir, 'out-1');
    const child = await startInBackground(
      'sh',
      ['-c', 'echo one; echo two >&2; echo three; exit 3'],
      { cwd: dir, env: process.env, outputPath },
    );
    expect(await child.exited).toEqual({ exitCode: 3, signal: null });
    expect(readFileSync(outputPath, 'utf8')).toBe('one\ntwo\nthree\n');
  });

  it('leads its own process group, whose SIGINT reaches its children too', async () => {
    const outputPath = path.join(dir, 'out-2');
    // The shell waits for a child that reports the SIGINT it gets.
    const child = await startInBackground(
      'sh',
      [
        '-c',
        `sh -c 'trap "echo child got INT; exit 0" INT; echo ready; while :; do sleep 0.05; done' ; echo parent done`,
      ],
      { cwd: dir, env: process.env, outputPath },
    );
    const group = execFileSync('ps', ['-o', 'pgid=', '-p', String(child.pid)], {
      encoding: 'utf8',
    });
    expect(Number(group.trim())).toBe(child.pid);
    while (!readFileSync(outputPath, 'utf8').includes('ready'))
      await new Promise((r) => setTimeout(r, 20));
    expect(child.interrupt()).toBe(true);
    await child.exited;
    expect(readFileSync(outputPath, 'utf8')).toContain('child got INT');
  });

  it('sends nothing itself where the console delivers Ctrl-C (Windows)', async () => {
    const child = await startInBackground('sh', ['-c', 'sleep 5'], {
      cwd: dir,
      env: process.env,
      outputPath: path.join(dir, 'out-3'),
      platform: 'win32',
    });
    expect(child.method).toBe('console');
    expect(child.interrupt()).toBe(false);
    expect(isRunning(child.pid)).toBe(true);
    process.kill(child.pid, 'SIGKILL');
    expect(await child.exited).toEqual({ exitCode: null, signal: 'SIGKILL' });
  });

  it('names what it could not start', async () => {
    await expect(
      startInBackground('/nonexistent/packer', [], {
        cwd: dir,
        env: process.env,
        outputPath: path.join(dir, 'out-4'),
      }),
    ).rejects.toThrow("Could not start '/nonexistent/packer' in ");
  });
});

describe('signalGroup and isRunning', () => {
  it('say false for a process that is gone', async () => {
    const child = await startInBackground('true', [], {
      cwd: dir,
      env: process.env,
      outputPath: path.join(dir, 'out-5'),
    });
    await child.exited;
    expect(isRunning(child.pid)).toBe(false);
    expect(signalGroup(child.pid, 'SIGINT')).toBe(false);
    expect(isRunning(process.pid)).toBe(true);
  });

  it('say false for a process that exited but was not reaped (a zombie)', async () => {
    // A background job of a shell that exits at once: orphaned, it is PID 1's to reap, and some
    // containers' init never does.
    const orphan = execFileSync('sh', ['-c', 'sleep 0.2 & echo $!'], { encoding: 'utf8' }).trim();
    const pid = Number(orphan);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(isRunning(pid)).toBe(false);
  });
});

describe('waitUntilGone', () => {
  it('polls until the process is gone, with progress on the way', async () => {
    let now = 0;
    let polls = 0;
    const progress: number[] = [];
    const gone = await waitUntilGone(() => ++polls < 5, {
      timeoutMilliseconds: 60_000,
      pollMilliseconds: 10_000,
      progressMilliseconds: 15_000,
      onProgress: (waited) => progress.push(waited),
      sleep: async (ms) => {
        now += ms;
      },
      now: () => now,
    });
    expect(gone).toBe(true);
    expect(progress).toEqual([20_000, 30_000]);
  });

  it('gives up at the timeout', async () => {
    let now = 0;
    const gone = await waitUntilGone(() => true, {
      timeoutMilliseconds: 1000,
      pollMilliseconds: 300,
      sleep: async (ms) => {
        now += ms;
      },
      now: () => now,
    });
    expect(gone).toBe(false);
    expect(now).toBe(1200);
  });
});

describe('runWithTimeout', () => {
  const options = { cwd: dir, env: process.env, timeoutMilliseconds: 10_000 };

  it('gives its exit and its whole output, stdout and stderr apart', async () => {
    const run = await runWithTimeout(
      'sh',
      ['-c', 'echo one; echo two >&2; printf three; exit 4'],
      options,
    );
    expect(run).toEqual({ exitCode: 4, signal: null, stdout: 'one\nthree', stderr: 'two\n' });
  });

  // A shell whose child writes its pid and would outlive it: the kill reaches the whole group.
  const lingering = (pidFile: string) => [
    '-c',
    `sleep 30 & echo $! > ${pidFile}; echo started; wait`,
  ];

  it('kills it and everything it started when the time is up', async () => {
    const pidFile = path.join(dir, 'timed-out.pid');
    const started = performance.now();
    const run = await runWithTimeout('sh', lingering(pidFile), {
      ...options,
      timeoutMilliseconds: 300,
    });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(run).toMatchObject({ exitCode: null, signal: 'SIGKILL', killed: 'timed-out' });
    expect(run.stdout).toBe('started\n');
    const sleeper = Number(readFileSync(pidFile, 'utf8'));
    expect(await waitUntilGone(() => isRunning(sleeper), { timeoutMilliseconds: 2000 })).toBe(true);
  });

  it('kills it when the action is asked to stop, or was before it started', async () => {
    const stop = new AbortController();
    const pidFile = path.join(dir, 'aborted.pid');
    const running = runWithTimeout('sh', lingering(pidFile), { ...options, signal: stop.signal });
    setTimeout(() => stop.abort(), 200);
    expect(await running).toMatchObject({ signal: 'SIGKILL', killed: 'aborted' });
    const sleeper = Number(readFileSync(pidFile, 'utf8'));
    expect(await waitUntilGone(() => isRunning(sleeper), { timeoutMilliseconds: 2000 })).toBe(true);

    const run = await runWithTimeout('sleep', ['30'], { ...options, signal: AbortSignal.abort() });
    expect(run).toMatchObject({ signal: 'SIGKILL', killed: 'aborted' });
  });

  it('rejects when the binary cannot start', async () => {
    await expect(runWithTimeout(path.join(dir, 'no-such-packer'), [], options)).rejects.toThrow(
      /^Could not start '.+no-such-packer' in '.+': spawn .+ ENOENT$/,
    );
  });
});
