import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunOptions, runPacker } from '../../src/packer/run.js';
import { decodeRecords, type MachineLine } from '../../src/packer/stream.js';
import { packerFixture } from '../support/fixtures.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fakePacker = path.join(here, 'support', 'fake-packer.mjs');
const fixturePath = (name: string) => path.join(here, '..', 'fixtures', 'packer-1.6.6', name);
const messages = (lines: MachineLine[]) => lines.map((line) => line.data[1]);

function fake(mode: string, ...args: string[]) {
  const lines: MachineLine[] = [];
  const text: string[] = [];
  const signals = new EventEmitter();
  const options: RunOptions = {
    cwd: here,
    env: process.env,
    onLine: (line: MachineLine) => lines.push(line),
    onText: (line: string) => text.push(line),
    signals,
  };
  return {
    lines,
    text,
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
    expect(result).toMatchObject({
      exitCode,
      signal: null,
      interrupted: false,
      lines: expected,
      text: [],
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(packer.lines).toEqual(expected);
  });

  it('decodes stdout and stderr apart: records, plain text, CRLF, last lines without newline', async () => {
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

  it('does not wait for a process Packer left holding its output', async () => {
    const started = performance.now();
    const result = await fake('orphan').run();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.exitCode).toBe(1);
    expect(messages(result.lines)).toEqual(['left a process behind', 'last']);
  });

  it('reports the signal that ended Packer', async () => {
    const result = await fake('killed').run();
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGKILL', interrupted: false });
    expect(messages(result.lines)).toEqual(['going']);
  });

  it('names the binary it could not start', async () => {
    await expect(
      runPacker('/nonexistent/packer', ['version'], { cwd: here, env: process.env }),
    ).rejects.toThrow("Could not start Packer '/nonexistent/packer'");
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'passes %s on to Packer while it runs, waits for it, then stops listening',
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
        `cleaning up after ${signal}`,
        'Cleanly cancelled builds after being interrupted.',
      ]);
      expect(result).toMatchObject({ exitCode: 1, signal: null, interrupted: true });
      expect(result.durationMs).toBeGreaterThanOrEqual(190);
      expect(packer.signals.listenerCount('SIGINT') + packer.signals.listenerCount('SIGTERM')).toBe(
        0,
      );
    },
  );

  it("removes its handlers from the action's process when Packer is done", async () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    await runPacker(process.execPath, [fakePacker, 'env'], { cwd: here, env: process.env });
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });
});

describe('runPacker in an action process that receives SIGTERM', () => {
  // The runner script is plain node: give it run.ts and stream.ts as JavaScript.
  const compiled = mkdtempSync(path.join(tmpdir(), 'run-packer-'));
  afterAll(() => rmSync(compiled, { recursive: true, force: true }));

  it('forwards the signal, and the action exits only after Packer cleaned up', async () => {
    writeFileSync(path.join(compiled, 'package.json'), '{ "type": "module" }');
    for (const name of ['run', 'stream']) {
      const source = readFileSync(
        path.join(here, '..', '..', 'src', 'packer', `${name}.ts`),
        'utf8',
      );
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      writeFileSync(path.join(compiled, `${name}.js`), outputText);
    }

    const runner = spawn(
      process.execPath,
      [
        path.join(here, 'support', 'run-packer-runner.mjs'),
        path.join(compiled, 'run.js'),
        fakePacker,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    let signalledAt = 0;
    runner.stdout.setEncoding('utf8');
    runner.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (signalledAt === 0 && output.includes('line: ready\n')) {
        signalledAt = Date.now();
        runner.kill('SIGTERM');
      }
    });
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
      (resolve) => runner.once('close', (code, sig) => resolve([code, sig])),
    );
    const waitedMs = Date.now() - signalledAt;

    expect(signalledAt).toBeGreaterThan(0);
    // The runner was not killed: it returned from runPacker and printed the result.
    expect([exitCode, signal]).toEqual([0, null]);
    expect(output).toContain('line: cleaning up after SIGTERM\n');
    expect(output).toContain('line: Cleanly cancelled builds after being interrupted.\n');
    expect(waitedMs).toBeGreaterThanOrEqual(190);
    const resultLine = output.split('\n').find((line) => line.startsWith('result: '));
    expect(JSON.parse(resultLine?.slice('result: '.length) ?? 'null')).toMatchObject({
      exitCode: 1,
      signal: null,
      interrupted: true,
    });
  });
});
