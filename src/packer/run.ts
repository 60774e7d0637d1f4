// Runs Packer and decodes its output live. While Packer runs, SIGINT and SIGTERM sent to the action
// are passed on to Packer and the action waits for it: an interrupted Packer deletes the temporary
// instance, key pair and security group it created; a killed one leaves them behind.
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { decodeLine, LineSplitter, type MachineLine } from './stream.js';

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const OUTPUT_GRACE_MILLISECONDS = 1000;

/** Where the signals to pass on come from: the action's own process, or a stand-in in tests. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Each machine-readable record, as soon as its line is complete. */
  onLine?: (line: MachineLine) => void;
  /** Each line that is not machine-readable (usage text, `fmt -diff`, a panic). */
  onText?: (text: string) => void;
  signals?: SignalSource;
}

export interface RunResult {
  /** Null when Packer was ended by a signal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The action was asked to stop while Packer ran: fail the step, publish nothing. */
  interrupted: boolean;
  lines: MachineLine[];
  /** The plain-text lines, for an error message when Packer fails before any record. */
  text: string[];
  durationMs: number;
}

export function runPacker(
  binary: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const { cwd, env, onLine, onText, signals = process } = options;
  const started = performance.now();
  const lines: MachineLine[] = [];
  const text: string[] = [];
  let interrupted = false;

  const child = spawn(binary, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });

  const handle = (line: string): void => {
    const record = decodeLine(line);
    if (record) {
      lines.push(record);
      onLine?.(record);
    } else {
      text.push(line);
      onText?.(line);
    }
  };
  const flushOutput = readLines(child.stdout, handle);
  const flushErrors = readLines(child.stderr, handle);

  const forward = (signal: NodeJS.Signals): void => {
    interrupted = true;
    child.kill(signal);
  };
  for (const signal of FORWARDED_SIGNALS) signals.on(signal, forward);
  const stopForwarding = (): void => {
    for (const signal of FORWARDED_SIGNALS) signals.off(signal, forward);
  };

  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      stopForwarding();
      reject(
        new Error(`Could not start Packer '${binary}' in '${cwd}': ${error.message}`, {
          cause: error,
        }),
      );
    });
    // A process Packer left behind (a provisioner's shell, when interrupted) can hold its output
    // open long after Packer exited: read what is there for a moment, then stop waiting.
    child.once('exit', () => {
      const timer = setTimeout(() => {
        flushOutput();
        flushErrors();
        child.stdout.destroy();
        child.stderr.destroy();
      }, OUTPUT_GRACE_MILLISECONDS);
      child.once('close', () => clearTimeout(timer));
    });
    // 'close' comes after both output streams have ended, so every line has been handled.
    child.once('close', (exitCode, signal) => {
      stopForwarding();
      resolve({
        exitCode,
        signal,
        interrupted,
        lines,
        text,
        durationMs: Math.round(performance.now() - started),
      });
    });
  });
}

/** Feeds `onLine` each complete line; returns a function that hands over an unterminated last one. */
function readLines(stream: Readable, onLine: (line: string) => void): () => void {
  const splitter = new LineSplitter();
  // Decoding in the stream keeps a character split across chunks whole.
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    for (const line of splitter.push(chunk)) onLine(line);
  });
  const flush = (): void => {
    for (const line of splitter.end()) onLine(line);
  };
  stream.on('end', flush);
  return flush;
}
