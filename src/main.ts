// The action, as a table of contents: listen for cancellation → parse inputs → resolve and install
// Packer → check only/except → AWS credentials → phases (init, validate, fmt, build, publish) →
// report.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import * as path from 'node:path';
import * as core from '@actions/core';
import { packerAwsEnvironment } from './aws/environment.js';
import { publishPhase } from './aws/publish-phase.js';
import { credentialLifetimeWarning } from './aws/validation.js';
import { abandonOnAbort, Cancellation } from './cancel.js';
import { errorMessage, InputError, InputErrors } from './errors.js';
import { getInputs, type Inputs } from './inputs.js';
import { type InstalledPacker, installPacker, resolvePackerRelease } from './install/install.js';
import { newOutcome, packerLeftRunning, type RunOutcome } from './outcome.js';
import { packerEnvironment, packerLogPath } from './packer/argv.js';
import { checkBuildNames } from './packer/inspect.js';
import { buildPhase, fmtPhase, initPhase, validatePhase } from './packer/phases.js';
import { type Phase, runPhases } from './phases.js';
import { report } from './report/report.js';
import { postStateWriter, RUN_TAG_VARIABLE } from './state.js';

const PHASES: readonly Phase[] = [initPhase, validatePhase, fmtPhase, buildPhase, publishPhase];

/** Thrown when a step was abandoned because the action was asked to stop. */
class Cancelled extends Error {}

export async function run(): Promise<void> {
  const cancellation = Cancellation.listen();
  const state = postStateWriter();
  const outcome = newOutcome();
  let activity = 'checking the inputs';
  cancellation.onSignal((_, count) => {
    if (count === 1) outcome.cancelledDuring = activity;
  });
  // Abandons `work` at the first signal: for steps that leave nothing half-done behind.
  const step = <T>(doing: string, work: () => Promise<T>): Promise<T> => {
    activity = doing;
    if (cancellation.requested) return Promise.reject(new Cancelled());
    return abandonOnAbort(work(), cancellation.requestedSignal, () => new Cancelled());
  };

  let workDir: string | undefined;
  try {
    const inputs = getInputs();
    if (inputs.githubToken !== '') core.setSecret(inputs.githubToken);
    outcome.command = inputs.command;
    outcome.template = inputs.template;
    const lifetimeWarning = credentialLifetimeWarning(inputs.command, inputs.aws);
    if (lifetimeWarning !== undefined) core.warning(lifetimeWarning);

    const packer = await step('installing Packer', () => install(inputs, outcome));
    await step('checking only and except', () =>
      checkBuildNames(inputs, packer, cancellation.requestedSignal),
    );
    workDir = await mkdtemp(path.join(inputs.runnerTemp, 'packer-run-'));
    const runTag = `${process.env.GITHUB_RUN_ID ?? 'local'}-${randomBytes(6).toString('hex')}`;
    state.runStarted(runTag, workDir);
    const credentials = await step('assuming the AWS role', () => awsCredentials(inputs, outcome));
    if (inputs.command === 'build' && inputs.aws.region !== undefined) {
      state.awsUsed({ ...inputs.aws, region: inputs.aws.region });
    }
    if (inputs.debug) outcome.packerLog = packerLogPath(inputs);

    const env = packerEnvironment(inputs, process.env, {
      ...packerAwsEnvironment(inputs.aws.region, credentials),
      [RUN_TAG_VARIABLE]: runTag,
    });
    await runPhases(
      PHASES,
      { inputs, packer, env, workDir, cancellation, state, credentials },
      outcome,
      (phase) => {
        activity = phase === 'publish' ? 'the publication to SSM' : `packer ${phase}`;
      },
    );
  } catch (error) {
    recordError(outcome, error);
  }
  outcome.signals = [...cancellation.received];
  await report(outcome, state);
  // Packer's output files are the post step's to remove when Packer was left running.
  if (workDir !== undefined && packerLeftRunning(outcome) === undefined) {
    await rm(workDir, { recursive: true, force: true, maxRetries: 3 }).catch((error: unknown) =>
      core.warning(`Could not remove ${workDir}: ${errorMessage(error)}`),
    );
  }
}

async function install(inputs: Inputs, outcome: RunOutcome): Promise<InstalledPacker> {
  const release = await resolvePackerRelease({
    spec: inputs.packerVersion,
    releasesUrl: inputs.releasesUrl,
  });
  const started = performance.now();
  const packer = await core.group('Install Packer', () =>
    installPacker({
      version: release.version,
      index: release.index,
      releasesUrl: inputs.releasesUrl,
      publicKey: inputs.releasesPublicKey,
      tempDir: inputs.runnerTemp,
    }),
  );
  outcome.packerVersion = packer.version;
  outcome.install = {
    cacheHit: packer.cacheHit,
    durationMs: Math.round(performance.now() - started),
  };
  return packer;
}

/** Credentials from GitHub OIDC when a role is given; the AWS SDK is loaded only then. */
async function awsCredentials(inputs: Inputs, outcome: RunOutcome) {
  const { region, roleToAssume } = inputs.aws;
  if (roleToAssume === undefined || region === undefined) return undefined;
  const { assumeRoleWithGithubOidc } = await import('./aws/credentials.js');
  const assumed = await core.group('Assume AWS role', () =>
    assumeRoleWithGithubOidc({ ...inputs.aws, region, roleToAssume }),
  );
  outcome.accountId = assumed.accountId;
  return assumed.credentials;
}

function recordError(outcome: RunOutcome, error: unknown): void {
  if (error instanceof Cancelled) return;
  if (error instanceof InputErrors) {
    outcome.inputErrors.push(...error.problems.map((problem) => problem.message));
  } else if (error instanceof InputError) {
    outcome.inputErrors.push(error.message);
  } else {
    outcome.error = errorMessage(error);
  }
}
