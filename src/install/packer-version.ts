// Runs `<binary> version` on a fresh install, bounded in time: a damaged or foreign binary may hang
// or die by a signal instead of printing its version.
import { constants } from 'node:os';
import * as path from 'node:path';
import { errorMessage } from '../errors.js';
import { runWithTimeout, type ShortRun } from '../process/child.js';

const VERSION_ENVIRONMENT = {
  // `packer version` would otherwise ask HashiCorp whether it is outdated.
  CHECKPOINT_DISABLE: '1',
  // Packer re-executes itself under panicwrap (to log crashes) unless this cookie says it already
  // is wrapped; skipping that halves the check (~100 ms of a cold install). Should a Packer use
  // another cookie, it simply wraps itself as usual.
  PACKER_WRAP_COOKIE: '49C22B1A-3A93-4C98-97FA-E07D18C787B5',
};

export interface VersionCheck {
  binary: string;
  version: string;
  timeoutMs: number;
  /** The environment variable that sets `timeoutMs`, named when it runs out. */
  timeoutVariable: string;
  /** What to do about a binary that is not the expected Packer, said in every error. */
  fix: string;
  /** Aborted when the action is asked to stop: the check is killed at once. */
  signal?: AbortSignal | undefined;
}

/** Throws unless `<binary> version` prints `Packer v<version>` within the time limit. */
export async function confirmVersion(check: VersionCheck): Promise<void> {
  const { binary, version, fix } = check;
  const command = `'${binary} version'`;
  let result: ShortRun;
  try {
    result = await runWithTimeout(binary, ['version'], {
      cwd: path.dirname(binary),
      env: { ...process.env, ...VERSION_ENVIRONMENT },
      timeoutMilliseconds: check.timeoutMs,
      signal: check.signal,
    });
  } catch (error) {
    // The message names the binary and why it could not start.
    throw new Error(`${errorMessage(error)}: ${fix}.`, { cause: error });
  }
  if (result.killed === 'aborted') {
    throw new Error(`${command} was stopped: the action was asked to stop`);
  }
  if (result.killed === 'timed-out') {
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

function firstLine(text: string): string | undefined {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '');
  return line === undefined ? undefined : line.slice(0, 200);
}
