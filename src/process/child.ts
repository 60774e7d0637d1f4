// The one owner of child processes: spawning, signalling, timing out and reaping. Packer runs in the
// background with its output in a file, so that it outlives the action when the runner kills the
// action's process, and in a process group of its own, because the `packer` wrapper ignores SIGINT
// sent to its pid alone (a terminal's Ctrl-C works because it reaches the whole group).
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

export interface Exit {
  /** Null when the process was ended by a signal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * How a cancel reaches a background process. `process-group`: SIGINT to the group it leads (Linux,
 * macOS). `console`: nothing to send, because the runner's Ctrl-C goes to every process attached to
 * the console, the child included (Windows, where Node's `kill()` would be TerminateProcess: no
 * cleanup, and the real `packer.exe` behind the wrapper orphaned).
 */
export type InterruptMethod = 'process-group' | 'console';

export function interruptMethod(platform: NodeJS.Platform): InterruptMethod {
  return platform === 'win32' ? 'console' : 'process-group';
}

export interface BackgroundProcess {
  pid: number;
  method: InterruptMethod;
  exited: Promise<Exit>;
  /**
   * Asks the process to stop as a terminal's Ctrl-C would; returns false when there was nothing to
   * send (the console delivers it) or the group was already gone.
   */
  interrupt(): boolean;
}

export interface BackgroundOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Created or truncated; receives stdout and stderr, in the order they were written. */
  outputPath: string;
  platform?: NodeJS.Platform;
}

/**
 * Starts `binary` with its output going to `outputPath`. On Linux and macOS it leads a new process
 * group; on Windows it stays on the runner's console so that Ctrl-C reaches it.
 */
export function startInBackground(
  binary: string,
  args: readonly string[],
  options: BackgroundOptions,
): Promise<BackgroundProcess> {
  const method = interruptMethod(options.platform ?? process.platform);
  const output = openSync(options.outputPath, 'w', 0o600);
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', output, output],
      detached: method === 'process-group',
      windowsHide: true,
    });
    // The child has its own copy of the descriptor.
    closeSync(output);
    child.once('error', (error) =>
      reject(
        new Error(`Could not start '${binary}' in '${options.cwd}': ${error.message}`, {
          cause: error,
        }),
      ),
    );
    child.once('spawn', () => {
      const pid = child.pid;
      if (pid === undefined) {
        reject(new Error(`'${binary}' started without a process id`));
        return;
      }
      const exited = new Promise<Exit>((settle) =>
        child.once('exit', (exitCode, signal) => settle({ exitCode, signal })),
      );
      resolve({
        pid,
        method,
        exited,
        interrupt: () => method === 'process-group' && signalGroup(pid, 'SIGINT'),
      });
    });
  });
}

export interface ShortRunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Killed, with everything it started, when it has not exited by then. */
  timeoutMilliseconds: number;
  /** Killed, with everything it started, when this aborts (the action was asked to stop). */
  signal?: AbortSignal;
  platform?: NodeJS.Platform;
}

export interface ShortRun extends Exit {
  stdout: string;
  stderr: string;
  /** Why it was killed, if it was. */
  killed?: 'timed-out' | 'aborted';
}

/** What a short run keeps of each stream: enough for `packer inspect`, bounded whatever it prints. */
const SHORT_RUN_OUTPUT_CHARACTERS = 1024 * 1024;
/** After a short run exits, how long its pipes may stay open (held by a child it left behind). */
const PIPE_GRACE_MILLISECONDS = 500;

/**
 * Runs a short command that changes nothing (`packer inspect`, `packer version`) to its end, its
 * output in memory. It leads its own process group (Linux, macOS) so that a timeout or an abort
 * kills the `packer` wrapper and the real Packer behind it at once, with SIGKILL: there is nothing
 * to clean up. It never waits long on pipes that a process it left behind holds open.
 */
export function runWithTimeout(
  binary: string,
  args: readonly string[],
  options: ShortRunOptions,
): Promise<ShortRun> {
  const method = interruptMethod(options.platform ?? process.platform);
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: method === 'process-group',
      windowsHide: true,
    });
    const output = { stdout: '', stderr: '' };
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream].setEncoding('utf8').on('data', (chunk: string) => {
        if (output[stream].length < SHORT_RUN_OUTPUT_CHARACTERS) {
          output[stream] = (output[stream] + chunk).slice(0, SHORT_RUN_OUTPUT_CHARACTERS);
        }
      });
    }
    let killed: ShortRun['killed'];
    const kill = (why: NonNullable<ShortRun['killed']>): void => {
      if (killed !== undefined || child.pid === undefined) return;
      killed = why;
      if (method === 'process-group') signalGroup(child.pid, 'SIGKILL');
      else child.kill();
    };
    const timer = setTimeout(() => kill('timed-out'), options.timeoutMilliseconds);
    const onAbort = (): void => kill('aborted');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (): void => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    };
    child.once('error', (error) => {
      settle();
      reject(
        new Error(`Could not start '${binary}' in '${options.cwd}': ${error.message}`, {
          cause: error,
        }),
      );
    });
    child.once('spawn', () => {
      if (options.signal?.aborted) kill('aborted');
    });
    // The output is complete once both streams have ended (`close`), or a moment after the exit.
    child.once('exit', (exitCode, signal) => {
      settle();
      const finish = (): void => {
        clearTimeout(grace);
        child.stdout.destroy();
        child.stderr.destroy();
        resolve({ exitCode, signal, ...output, ...(killed === undefined ? {} : { killed }) });
      };
      const grace = setTimeout(finish, PIPE_GRACE_MILLISECONDS);
      child.once('close', finish);
    });
  });
}

/** Sends `signal` to the process group `leader` leads; false when the group is gone. */
export function signalGroup(leader: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-leader, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * A process that has exited but was not reaped still answers signal 0. An orphan (a Packer whose
 * action was killed) is reaped by PID 1, which some containers' init never does: read its state
 * where Linux shows it.
 */
function isZombie(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  // `pid (comm) state ...`: comm may hold spaces and parentheses, the state follows the last `)`.
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state === 'Z' || state === 'X';
}

export interface WaitOptions {
  timeoutMilliseconds: number;
  pollMilliseconds?: number;
  /** Called about every `progressMilliseconds` while waiting, with the time waited so far. */
  onProgress?: (waitedMilliseconds: number) => void;
  progressMilliseconds?: number;
  sleep?: (milliseconds: number) => Promise<void>;
  now?: () => number;
}

/**
 * Waits for a process that is not this one's child (so there is no exit event to wait for) to be
 * gone. Resolves true when it went, false when the time ran out.
 */
export async function waitUntilGone(
  running: () => boolean,
  options: WaitOptions,
): Promise<boolean> {
  const {
    timeoutMilliseconds,
    pollMilliseconds = 250,
    progressMilliseconds = 15_000,
    sleep = (ms: number) => delay(ms),
    now = Date.now,
    onProgress,
  } = options;
  const started = now();
  let nextProgress = started + progressMilliseconds;
  while (running()) {
    const waited = now() - started;
    if (waited >= timeoutMilliseconds) return false;
    if (now() >= nextProgress) {
      onProgress?.(waited);
      nextProgress += progressMilliseconds;
    }
    await sleep(pollMilliseconds);
  }
  return true;
}
