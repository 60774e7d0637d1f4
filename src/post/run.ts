// The post step: after a main step that did not end cleanly (cancelled, killed, or left Packer
// running), wait for Packer to finish its own cleanup, then look at EC2 for what the run left behind.
// It says only what it saw and did.
import * as core from '@actions/core';
import { removeQuietly } from '../cleanup.js';
import { errorMessage } from '../errors.js';
import { hasResources } from '../packer/resources.js';
import { decodeLine, uiMessage } from '../packer/stream.js';
import { removeVariablesFile } from '../packer/variables.js';
import { isRunning, signalGroup, waitUntilGone } from '../process/child.js';
import { lastLines } from '../process/follow.js';
import { withCommandsStopped } from '../report/log.js';
import { type MainEnd, type PackerState, type PostState, readPostState } from '../state.js';

const PACKER_WAIT_MILLISECONDS = 5 * 60_000;
const LOG_TAIL_LINES = 20;

/** How the main step ended, when the post step found nothing to do. */
const NOTHING_TO_DO: Record<Exclude<MainEnd, 'clean'> | 'unknown', string> = {
  unknown: 'The main step ended before it could say how; it had started no Packer and used no AWS',
  cancelled: 'The main step was cancelled; it left no Packer running and no build in AWS',
  'packer-running': 'The main step left Packer running, which has exited; it had no build in AWS',
  'packer-killed': 'Packer was ended by a signal; it had no build in AWS',
};

export interface PostOptions {
  platform?: NodeJS.Platform;
  packerWaitMilliseconds?: number;
}

export async function runPost(
  state: PostState = readPostState(),
  options: PostOptions = {},
): Promise<void> {
  if (state.end === 'clean') return;
  const summary: string[] = [];
  if (state.packer !== undefined) {
    summary.push(await waitForPacker(state.packer, options));
  }
  if (
    state.aws !== undefined &&
    (state.packer?.phase === 'build' || hasResources(state.resources))
  ) {
    summary.push(...(await checkAws(state)));
  }
  if (state.workDir !== undefined && !(state.packer && isRunning(state.packer.pid))) {
    await removeQuietly(state.workDir, "the folder of Packer's output");
  } else if (state.workDir !== undefined) {
    // Packer still writes its output there, but read its variables when it started.
    await removeVariablesFile(state.workDir).catch((error: unknown) =>
      core.warning(`Could not remove the variables file: ${errorMessage(error)}`),
    );
  }
  if (summary.length === 0) {
    core.info(`${NOTHING_TO_DO[state.end ?? 'unknown']}: nothing to clean up.`);
    return;
  }
  try {
    await core.summary.addRaw(`### Post step\n\n${summary.join('\n')}\n`).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}

/** Asks a Packer that is still running to stop, waits for it (bounded) and shows how its log ends. */
async function waitForPacker(packer: PackerState, options: PostOptions): Promise<string> {
  const platform = options.platform ?? process.platform;
  // Packer itself, not its group: a provisioner's process it orphaned may keep the group alive.
  const alive = (): boolean => isRunning(packer.pid);
  if (!alive()) {
    core.info(`Packer (pid ${packer.pid}, ${packer.phase}) is no longer running.`);
    await showLogEnd(packer);
    return `- Packer (pid ${packer.pid}, ${packer.phase}) had already exited.`;
  }
  if (platform === 'win32') {
    core.info(`Packer (pid ${packer.pid}) is still running: waiting for it to finish its cleanup.`);
  } else {
    signalGroup(packer.pid, 'SIGINT');
    core.info(
      `Packer (pid ${packer.pid}) is still running: sent SIGINT to its process group and waiting for it to finish its cleanup.`,
    );
  }
  const timeout = options.packerWaitMilliseconds ?? PACKER_WAIT_MILLISECONDS;
  const gone = await waitUntilGone(alive, {
    timeoutMilliseconds: timeout,
    onProgress: (waited) =>
      core.info(
        `Still waiting for Packer (pid ${packer.pid}) after ${Math.round(waited / 1000)} s`,
      ),
  });
  await showLogEnd(packer);
  if (gone)
    return `- Packer (pid ${packer.pid}, ${packer.phase}) was still running; it exited while the post step waited.`;
  core.warning(
    `Packer (pid ${packer.pid}) was still running after ${Math.round(timeout / 1000)} s; it was left running.`,
  );
  return `- Packer (pid ${packer.pid}, ${packer.phase}) was still running after ${Math.round(timeout / 1000)} s; it was left running.`;
}

async function showLogEnd(packer: PackerState): Promise<void> {
  const lines = await lastLines(packer.logPath, LOG_TAIL_LINES);
  if (lines.length === 0) return;
  core.info(`The end of Packer's output (${packer.logPath}):`);
  await withCommandsStopped(async () => {
    for (const line of lines) {
      const record = decodeLine(line);
      const message = record === undefined ? line : uiMessage(record)?.message;
      if (message !== undefined) core.info(`  ${message.replace(/\n+$/, '')}`);
    }
  });
}

/** Assumes the role again when there was one, and removes what EC2 says the run left behind. */
async function checkAws(state: PostState): Promise<string[]> {
  const aws = state.aws;
  if (aws === undefined) return [];
  return core.group(`Check EC2 in ${aws.region} for what the build left`, async () => {
    let credentials: import('../aws/refresh.js').RefreshingCredentials | undefined;
    try {
      if (aws.roleToAssume !== undefined) {
        const { assumeRoleForTheRun } = await import('../aws/credentials.js');
        ({ credentials } = await assumeRoleForTheRun({ ...aws, roleToAssume: aws.roleToAssume }));
      }
      const { removeLeftovers } = await import('../aws/leftovers.js');
      const report = await removeLeftovers({
        region: aws.region,
        credentials: credentials?.provider,
        runTag: state.runTag,
        announced: state.resources,
      });
      for (const line of report.removed) core.info(`Removed: ${line}`);
      for (const line of report.kept) core.info(`Kept: ${line}`);
      for (const line of report.problems) core.warning(`EC2 clean-up: ${line}`);
      if (report.removed.length === 0 && report.problems.length === 0) {
        core.info(`EC2 in ${aws.region} holds nothing this run left behind.`);
      }
      return [
        `- EC2 in ${aws.region}: ${
          report.removed.length > 0
            ? report.removed.join('; ')
            : report.problems.length > 0
              ? 'removed nothing'
              : 'found nothing left behind'
        }.`,
        ...report.kept.map((line) => `- ${line}.`),
        ...report.problems.map((line) => `- Could not clean up: ${line}.`),
      ];
    } catch (error) {
      core.warning(`Could not check EC2 in ${aws.region} for leftovers: ${errorMessage(error)}`);
      return [`- Could not check EC2 in ${aws.region}: ${errorMessage(error)}.`];
    } finally {
      credentials?.stop();
    }
  });
}
