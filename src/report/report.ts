// Reports one run's outcome, once, at its end: outputs, annotations, the job summary, the step's
// result and, for the post step, how the main step ended. Each part is best-effort: one that cannot
// be written (an unwritable summary file, say) is a warning and never hides the others.
import * as core from '@actions/core';
import { describeSignals } from '../cancel.js';
import { errorMessage } from '../errors.js';
import {
  artifactsOf,
  packerLeftRunning,
  publicationOf,
  type RunOutcome,
  runStatus,
} from '../outcome.js';
import { collectAmis } from '../packer/artifacts.js';
import type { MainEnd, PostStateWriter } from '../state.js';
import { annotate } from './annotations.js';
import { writeSummary } from './summary.js';

export async function report(outcome: RunOutcome, state: PostStateWriter): Promise<void> {
  const failure = failureMessage(outcome);
  bestEffort('the outputs', () => setOutputs(outcome));
  bestEffort('the annotations', () => {
    for (const phase of outcome.phases) annotate(phase.diagnostics ?? []);
  });
  // Input problems stop the run before anything happened: the errors are the whole report.
  if (outcome.inputErrors.length === 0) {
    try {
      await writeSummary(outcome, failure);
    } catch (error) {
      core.warning(`Could not write the job summary: ${errorMessage(error)}`);
    }
  }
  bestEffort('the state for the post step', () => state.mainEnded(mainEnd(outcome)));
  if (outcome.inputErrors.length > 0) {
    for (const problem of outcome.inputErrors) core.error(problem);
    process.exitCode = 1;
  } else if (failure !== undefined) {
    core.setFailed(failure);
  }
}

function bestEffort(what: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    core.warning(`Could not write ${what}: ${errorMessage(error)}`);
  }
}

function setOutputs(outcome: RunOutcome): void {
  if (outcome.packerVersion !== undefined) core.setOutput('packer-version', outcome.packerVersion);
  if (outcome.accountId !== undefined) core.setOutput('aws-account-id', outcome.accountId);
  if (outcome.packerLog !== undefined) core.setOutput('packer-log', outcome.packerLog);
  const ssm = publicationOf(outcome);
  if (outcome.command === 'publish') {
    // No Packer, no artifacts: the AMIs are the ones published.
    const amiIds = Object.fromEntries(
      (ssm?.regions ?? []).flatMap(({ region, amiId }) => (amiId ? [[region, amiId]] : [])),
    );
    if (Object.keys(amiIds).length > 0) {
      const home = ssm?.homeRegion;
      core.setOutput('ami-id', (home && amiIds[home]) || Object.values(amiIds)[0]);
      core.setOutput('ami-ids', JSON.stringify(amiIds));
    }
  } else if (outcome.phases.length > 0) {
    const artifacts = artifactsOf(outcome);
    const { amiId, amiIds } = collectAmis(artifacts);
    core.setOutput('artifact-id', artifacts[0]?.id ?? '');
    core.setOutput('artifacts', JSON.stringify(artifacts));
    core.setOutput('ami-id', amiId ?? '');
    core.setOutput('ami-ids', JSON.stringify(amiIds));
  }
  const home = ssm?.regions.find((region) => region.region === ssm.homeRegion);
  if (home?.state === 'published' && home.version !== undefined) {
    core.setOutput('ssm-parameter-version', String(home.version));
    core.setOutput('ssm-parameter-result', home.unchanged ? 'unchanged' : 'updated');
  }
}

function mainEnd(outcome: RunOutcome): MainEnd {
  if (packerLeftRunning(outcome) !== undefined) return 'packer-running';
  if (outcome.signals.length > 0) return 'cancelled';
  // A Packer killed outright cleaned nothing up: the post step looks at what it left.
  return outcome.phases.some((phase) => phase.exitCode === null) ? 'packer-killed' : 'clean';
}

/** The message the step fails with; undefined when it succeeded. */
export function failureMessage(outcome: RunOutcome): string | undefined {
  const status = runStatus(outcome);
  if (status === 'succeeded') return undefined;
  if (status === 'cancelled') return cancelMessage(outcome);
  if (outcome.inputErrors.length > 0) return outcome.inputErrors.join('\n');
  return outcome.error ?? outcome.phases.find((phase) => phase.status !== 'ok')?.failure;
}

/** Only what the action saw: the signals, what it was doing, and what Packer and SSM did after. */
function cancelMessage(outcome: RunOutcome): string {
  const parts = [
    `Cancelled: received ${describeSignals(outcome.signals)}${
      outcome.cancelledDuring === undefined ? '' : ` during ${outcome.cancelledDuring}`
    }.`,
  ];
  const stop = outcome.phases.at(-1)?.stop;
  const exitCode = outcome.phases.at(-1)?.exitCode;
  if (stop?.exited) {
    const cleanly = stop.reported.some((line) => /^Cleanly cancelled builds/.test(line));
    parts.push(
      `Packer exited${exitCode === null ? ' on a signal' : ` with exit code ${exitCode}`}` +
        (cleanly
          ? ", reporting 'Cleanly cancelled builds after being interrupted.'"
          : ' without reporting a clean cancel.'),
    );
  } else if (stop !== undefined) {
    parts.push(
      `Packer (pid ${stop.pid}) was still running when the action stopped waiting; its output ` +
        `goes on to ${stop.logPath ?? 'its log file'}, and the post step waits for it.`,
    );
  }
  const ssm = publicationOf(outcome);
  if (ssm !== undefined) {
    const byState = (state: string) =>
      ssm.regions.filter((region) => region.state === state).map((region) => region.region);
    const published = byState('published');
    const skipped = byState('skipped');
    const written = byState('written');
    const sent = byState('sent');
    if (published.length > 0)
      parts.push(`${ssm.parameterName} was published in ${published.join(', ')}.`);
    if (written.length > 0) {
      parts.push(
        `${ssm.parameterName} got a new version but no confirmation or label in ${written.join(', ')}.`,
      );
    }
    if (sent.length > 0) {
      parts.push(
        `${ssm.parameterName} may have a new version in ${sent.join(', ')}: PutParameter was sent, its answer not seen.`,
      );
    }
    if (skipped.length > 0)
      parts.push(`${ssm.parameterName} was not touched in ${skipped.join(', ')}.`);
  }
  return parts.join(' ');
}
