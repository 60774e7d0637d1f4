// Runs one Packer command and decodes its output live. Packer writes to a file the action follows,
// in a process group of its own (see process/child.ts). At the first signal the action asks Packer to
// stop as a terminal's Ctrl-C would and waits for its cleanup; at a second one (the runner's time is
// up) it stops waiting and leaves Packer running, for the post step to wait for.
import type { Cancellation } from '../cancel.js';
import type { PackerStop } from '../outcome.js';
import { type Exit, startInBackground } from '../process/child.js';
import { followFile } from '../process/follow.js';
import { startStopwatch } from '../stopwatch.js';
import { decodeLine, type MachineLine, uiMessage } from './stream.js';

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where Packer's output goes (created or truncated): a file survives the action being killed. */
  outputPath: string;
  cancellation: Cancellation;
  platform?: NodeJS.Platform;
  /** Called with Packer's pid as soon as it runs, so the post step can find it. */
  onStart?: (pid: number) => void;
  /** Each machine-readable record, as soon as its line is complete. */
  onLine?: (line: MachineLine) => void;
  /** Each line that is not machine-readable (usage text, `fmt -diff`, a panic). */
  onText?: (text: string) => void;
  /** What the action says when it signals Packer, waits for it, or leaves it. */
  onNotice?: (message: string) => void;
}

export interface RunResult extends Partial<Exit> {
  lines: MachineLine[];
  /** The plain-text lines, for an error message when Packer fails before any record. */
  text: string[];
  durationMs: number;
  /** Set when a signal came while Packer ran. */
  stop?: PackerStop;
}

export async function runPacker(
  binary: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const { cancellation, onLine, onText, onNotice } = options;
  const elapsedMs = startStopwatch();
  const lines: MachineLine[] = [];
  const text: string[] = [];
  let stop: PackerStop | undefined;

  const packer = await startInBackground(binary, args, {
    cwd: options.cwd,
    env: options.env,
    outputPath: options.outputPath,
    platform: options.platform,
  });
  options.onStart?.(packer.pid);
  const follower = await followFile(options.outputPath, (line) => {
    const record = decodeLine(line);
    if (record === undefined) {
      text.push(line);
      onText?.(line);
      return;
    }
    lines.push(record);
    const ui = uiMessage(record);
    if (stop !== undefined && ui !== undefined) stop.reported.push(ui.message.trim());
    onLine?.(record);
  });

  const askToStop = (signal: NodeJS.Signals): void => {
    stop = { pid: packer.pid, asked: packer.method, exited: false, reported: [] };
    if (packer.method === 'console') {
      onNotice?.(
        `Received ${signal}: not signalling Packer (pid ${packer.pid}), which shares the runner's ` +
          "console and so gets the runner's Ctrl-C itself; waiting for it to clean up and exit.",
      );
    } else if (packer.interrupt()) {
      onNotice?.(
        `Received ${signal}: sent SIGINT to Packer's process group (pid ${packer.pid}), as a ` +
          "terminal's Ctrl-C does; waiting for Packer to clean up and exit.",
      );
    }
  };
  const unsubscribe = cancellation.onSignal(({ signal }, count) => {
    if (count === 1) askToStop(signal);
  });
  // A signal that came while Packer was starting.
  const [first] = cancellation.received;
  if (first !== undefined) askToStop(first.signal);

  const timeUp = new Promise<'time-up'>((resolve) => {
    if (cancellation.timeUpSignal.aborted) resolve('time-up');
    cancellation.timeUpSignal.addEventListener('abort', () => resolve('time-up'), { once: true });
  });
  try {
    const ended = await Promise.race([packer.exited, timeUp]);
    await follower.stop();
    const durationMs = elapsedMs();
    if (ended === 'time-up') {
      if (stop !== undefined) stop.logPath = options.outputPath;
      return { lines, text, durationMs, stop };
    }
    if (stop !== undefined) stop.exited = true;
    return { ...ended, lines, text, durationMs, stop };
  } finally {
    unsubscribe();
  }
}
