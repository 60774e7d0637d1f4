// Runs `<binary> version` on a fresh install, bounded in time: a damaged or foreign binary may hang
// or die by a signal instead of printing its version. Self-contained for now; it belongs with the
// module that owns child processes once there is one.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const VERSION_ENVIRONMENT = {
  // `packer version` would otherwise ask HashiCorp whether it is outdated.
  CHECKPOINT_DISABLE: '1',
  // Packer re-executes itself under panicwrap (to log crashes) unless this cookie says it already
  // is wrapped; skipping that halves the check (~100 ms of a cold install). Should a Packer use
  // another cookie, it simply wraps itself as usual.
  PACKER_WRAP_COOKIE: '49C22B1A-3A93-4C98-97FA-E07D18C787B5',
};
/** Output beyond this is not kept: a version line is short. */
const MAX_OUTPUT_CHARS = 64 * 1024;
/** After the process exits, how long its pipes may stay open (a child it left holding them). */
const PIPE_GRACE_MS = 500;

export interface VersionCheck {
  binary: string;
  version: string;
  timeoutMs: number;
  /** The environment variable that sets `timeoutMs`, named when it runs out. */
  timeoutVariable: string;
  /** What to do about a binary that is not the expected Packer, said in every error. */
  fix: string;
}

/** Throws unless `<binary> version` prints `Packer v<version>` within the time limit. */
export async function confirmVersion(check: VersionCheck): Promise<void> {
  const { binary, version, fix } = check;
  const command = `'${binary} version'`;
  let result: ProcessResult;
  try {
    result = await runBounded(binary, ['version'], check.timeoutMs);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not run ${command} (${reason}): ${fix}.`, { cause: error });
  }
  if (result.timedOut) {
    throw new Error(
      `${command} did not finish within ${check.timeoutMs / 1000} s and was killed: ${fix}. ` +
        `On a slow runner, raise ${check.timeoutVariable} (seconds).`,
    );
  }
  if (result.signal !== null) {
    const number = constants.signals[result.signal];
    throw new Error(
      `${command} was killed by ${result.signal} (signal ${number}): the binary is damaged or not ` +
        `built for this runner; ${fix}.`,
    );
  }
  if (result.exitCode !== 0) {
    const said = firstLine(result.stderr) ?? firstLine(result.stdout);
    throw new Error(
      `${command} exited with code ${result.exitCode}${said === undefined ? '' : ` ('${said}')`}: ${fix}.`,
    );
  }
  const printed = /^Packer v(\S+)/m.exec(result.stdout)?.[1];
  if (printed !== version) {
    const said = printed === undefined ? `no 'Packer v<version>' line` : `Packer v${printed}`;
    throw new Error(`${command} printed ${said}, but Packer ${version} was expected: ${fix}.`);
  }
}

interface ProcessResult {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

/**
 * Runs `file` (no shell) and collects its output. On timeout the process group is killed (Packer
 * re-executes itself as a child); the result never waits on pipes that a left-over child holds open.
 */
function runBounded(file: string, args: string[], timeoutMs: number): Promise<ProcessResult> {
  const ownGroup = process.platform !== 'win32';
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      env: { ...process.env, ...VERSION_ENVIRONMENT },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: ownGroup,
      windowsHide: true,
    });
    const output = { stdout: '', stderr: '' };
    for (const name of ['stdout', 'stderr'] as const) {
      child[name].setEncoding('utf8').on('data', (chunk: string) => {
        if (output[name].length < MAX_OUTPUT_CHARS) output[name] += chunk;
      });
    }
    let timedOut = false;
    const kill = () => {
      try {
        if (ownGroup && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (exitCode, signal) => {
      clearTimeout(timer);
      const finish = () => {
        clearTimeout(grace);
        child.stdout.destroy();
        child.stderr.destroy();
        resolve({ ...output, exitCode, signal, timedOut });
      };
      const grace = setTimeout(finish, PIPE_GRACE_MS);
      child.once('close', finish);
    });
  });
}

function firstLine(text: string): string | undefined {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '');
  return line === undefined ? undefined : line.slice(0, 200);
}
