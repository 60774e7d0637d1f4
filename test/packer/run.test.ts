import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Cancellation } from '../../src/cancel.js';
import { type RunOptions, runPacker } from '../../src/packer/run.js';
import { decodeRecords, type MachineLine } from '../../src/packer/stream.js';
import { isRunning } from '../../src/process/child.js';
import { packerFixture } from '../support/fixtures.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fakePacker = path.join(here, 'support', 'fake-packer.mjs');
const fixturePath = (name: string) => path.join(here, '..', 'fixtures', 'packer-1.6.6', name);
const messages = (lines: MachineLine[]) => lines.map((line) => line.data[1]);
const outputDir = mkdtempSync(path.join(tmpdir(), 'run-packer-'));
afterAll(() => rmSync(outputDir, { recursive: true, force: true }));

let runs = 0;
function fake(mode: string, ...args: string[]) {
  const lines: MachineLine[] = [];
  const text: string[] = [];
  const notices: string[] = [];
  const started: number[] = [];
  const signals = new EventEmitter();
  const cancellation = Cancellation.listen(signals, 'linux');
  const options: RunOptions = {
    cwd: here,
    env: process.env,
    outputPath: path.join(outputDir, `packer-${++runs}.out`),
    cancellation,
    onStart: (pid) => started.push(pid),
    onLine: (line: MachineLine) => lines.push(line),
    onText: (line: string) => text.push(line),
    onNotice: (message) => notices.push(message),
  };
  return {
    lines,
    text,
    notices,
    started,
    signals,
    options,
    run: () => runPacker(process.execPath, [fakePacker, mode, ...args], options),
  };
}

describe('runPacker', () => {
  it.each([
    ['amazon-ebs-build.machine.log', 0],
    ['amazon-ebs-provisioner-failure.machine.log', 1],
  ])('replays %s live and returns exit code %i', async (fixture, exitCode) => {
    const packer = fake('replay', fixturePath(fixture), String(exitCode));
    const result = await packer.run();
    const expected = decodeRecords(packerFixture(fixture));
    expect(result).toMatchObject({ exitCode, signal: null, lines: expected, text: [] });
    expect(result.stop).toBeUndefined();
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(packer.lines).toEqual(expected);
    // Packer's output went to the file first, whole.
    expect(readFileSync(packer.options.outputPath, 'utf8')).toBe(packerFixture(fixture));
  });

  it('tells its pid as soon as Packer runs', async () => {
    const packer = fake('env');
    await packer.run();
    expect(packer.started).toHaveLength(1);
    expect(packer.started[0]).toBeGreaterThan(0);
  });

  it('decodes stdout and stderr from one file: records, plain text, CRLF, a last line without newline', async () => {
    const packer = fake('mixed');
    const result = await packer.run();
    expect(messages(result.lines)).toEqual(['first', 'é, second', 'last']);
    expect(result.text).toEqual(['Usage: packer init', 'plain without newline']);
    expect(packer.text).toEqual(result.text);
    expect(result.exitCode).toBe(0);
  });

  it('runs in cwd with the given environment', async () => {
    const packer = fake('env');
    packer.options.env = { ...process.env, PACKER_TEST_VALUE: 'from the test' };
    packer.options.cwd = tmpdir();
    const result = await packer.run();
    expect(messages(result.lines)).toEqual([tmpdir(), 'from the test']);
  });

  it('does not wait for a process Packer left behind', async () => {
    const started = performance.now();
    const result = await fake('orphan').run();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.exitCode).toBe(1);
    expect(messages(result.lines)).toEqual(['left a process behind', 'last']);
  });

  it('reports the signal that ended Packer', async () => {
    const result = await fake('killed').run();
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGKILL' });
    expect(result.stop).toBeUndefined();
    expect(messages(result.lines)).toEqual(['going']);
  });

  it('names the binary it could not start', async () => {
    const packer = fake('env');
    await expect(runPacker('/nonexistent/packer', ['version'], packer.options)).rejects.toThrow(
      "Could not start '/nonexistent/packer'",
    );
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    "on %s sends SIGINT to Packer's process group, waits for its cleanup and keeps what it reported",
    async (signal) => {
      const packer = fake('trap');
      // A line arriving while Packer still runs is the cue: lines are handled live.
      packer.options.onLine = (line) => {
        packer.lines.push(line);
        if (line.data[1] === 'ready') packer.signals.emit(signal, signal);
      };
      const result = await packer.run();
      expect(messages(result.lines)).toEqual([
        'ready',
        'cleaning up after SIGINT',
        'Cleanly cancelled builds after being interrupted.',
      ]);
      expect(result).toMatchObject({ exitCode: 1, signal: null });
      expect(result.stop).toEqual({
        pid: packer.started[0],
        asked: 'process-group',
        exited: true,
        reported: ['cleaning up after SIGINT', 'Cleanly cancelled builds after being interrupted.'],
      });
      expect(packer.notices).toEqual([
        `Received ${signal}: sent SIGINT to Packer's process group (pid ${packer.started[0]}), as a terminal's Ctrl-C does; waiting for Packer to clean up and exit.`,
      ]);
      expect(result.durationMs).toBeGreaterThanOrEqual(190);
    },
  );

  it('at a second signal stops waiting and leaves Packer running, saying where its output goes', async () => {
    const packer = fake('stubborn');
    packer.options.onLine = (line) => {
      packer.lines.push(line);
      if (line.data[1] === 'ready') packer.signals.emit('SIGINT', 'SIGINT');
      if (line.data[1] === 'ignoring SIGINT') packer.signals.emit('SIGTERM', 'SIGTERM');
    };
    const result = await packer.run();
    const pid = packer.started[0] ?? 0;
    try {
      expect(result.exitCode).toBeUndefined();
      expect(result.stop).toEqual({
        pid,
        asked: 'process-group',
        exited: false,
        reported: ['ignoring SIGINT'],
        logPath: packer.options.outputPath,
      });
      expect(isRunning(pid)).toBe(true);
    } finally {
      process.kill(-pid, 'SIGKILL');
    }
  });

  it('on Windows leaves the signal to the console and only waits', async () => {
    const packer = fake('trap');
    packer.options.platform = 'win32';
    packer.options.onLine = (line) => {
      packer.lines.push(line);
      if (line.data[1] === 'ready') {
        packer.signals.emit('SIGINT', 'SIGINT');
        // What the console's Ctrl-C would do: reach Packer too.
        process.kill(packer.started[0] ?? 0, 'SIGINT');
      }
    };
    const result = await packer.run();
    expect(result.stop).toMatchObject({ asked: 'console', exited: true });
    expect(packer.notices[0]).toMatch(/^Received SIGINT: not signalling Packer \(pid \d+\)/);
  });
});
