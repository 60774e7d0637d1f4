// The action, as a table of contents: listen for cancellation → parse inputs → resolve and install
// Packer → check only/except → AWS credentials → phases (init, validate, fmt, preflight, build,
// publish) → report. `command: publish` skips Packer: credentials → phases (preflight, publish) →
// report.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import { packerAws } from './aws/packer-credentials.js';
import { preflightPhase } from './aws/preflight-phase.js';
import { publishPhase } from './aws/publish-phase.js';
import type { RefreshingCredentials } from './aws/refresh.js';
import { credentialLifetimeWarning } from './aws/validation.js';
import { abandonOnAbort, Cancellation, Cancelled } from './cancel.js';
import { removeQuietly } from './cleanup.js';
import { errorMessage, InputError, InputErrors } from './errors.js';
import { getInputs, type Inputs } from './inputs.js';
import { type InstalledPacker, installPacker, resolvePackerRelease } from './install/install.js';
import { newOutcome, type PhaseName, packerLeftRunning, type RunOutcome } from './outcome.js';
import { packerEnvironment, packerLogPath, temporaryFilesIn } from './packer/argv.js';
import { checkBuildNames } from './packer/inspect.js';
import { buildPhase, fmtPhase, initPhase, validatePhase } from './packer/phases.js';
import { type Phase, type RunContext, runPhases } from './phases.js';
import { report } from './report/report.js';
import { type PostStateWriter, postStateWriter, RUN_TAG_VARIABLE } from './state.js';
import { startStopwatch } from './stopwatch.js';

/** `command: build` and `command: validate`. */
const PHASES: readonly Phase[] = [
  initPhase,
  validatePhase,
  fmtPhase,
  preflightPhase,
  buildPhase,
  publishPhase,
];

/** `command: publish`: AMIs that exist already, published as after a build. */
const PUBLISH_PHASES: readonly Phase<RunContext>[] = [preflightPhase, publishPhase];

/** What the action is doing during a phase, for a cancel message. */
const ACTIVITY: Partial<Record<PhaseName, string>> = {
  preflight: 'the check of the SSM parameter',
  publish: 'the publication to SSM',
};

export async function run(): Promise<void> {
  const current = startRun();
  try {
    const inputs = getInputs();
    if (inputs.githubToken !== '') core.setSecret(inputs.githubToken);
    current.outcome.command = inputs.command;
    current.outcome.template = inputs.template;
    await (inputs.command === 'publish' ? publishExisting : buildOrValidate)(inputs, current);
  } catch (error) {
    recordError(current.outcome, error);
  }
  current.credentials?.stop();
  current.outcome.signals = [...current.cancellation.received];
  await report(current.outcome, current.state);
  // Packer's output files are the post step's to remove when Packer was left running.
  if (current.workDir !== undefined && packerLeftRunning(current.outcome) === undefined) {
    await removeQuietly(current.workDir, "the folder of Packer's output");
  }
}

/** What a run's commands share, and what run() stops or removes at the end, whatever happened. */
interface CurrentRun {
  outcome: RunOutcome;
  state: PostStateWriter;
  cancellation: Cancellation;
  /**
   * Runs one step unless a signal came. A step that stops itself at the signal (`stops: true`) is
   * waited for, so that it removes what it started; any other is abandoned at once, for it leaves
   * nothing half-done behind.
   */
  step<T>(doing: string, work: () => Promise<T>, options?: { stops?: boolean }): Promise<T>;
  /** Names the phase under way, for a cancel message. */
  onPhase(phase: PhaseName): void;
  credentials?: RefreshingCredentials | undefined;
  workDir?: string;
}

function startRun(): CurrentRun {
  const cancellation = Cancellation.listen();
  const outcome = newOutcome();
  let activity = 'checking the inputs';
  cancellation.onSignal((_, count) => {
    if (count === 1) outcome.cancelledDuring = activity;
  });
  return {
    outcome,
    state: postStateWriter(),
    cancellation,
    step: (doing, work, { stops = false } = {}) => {
      activity = doing;
      if (cancellation.requested) return Promise.reject(new Cancelled());
      if (!stops)
        return abandonOnAbort(work(), cancellation.requestedSignal, () => new Cancelled());
      return work().catch((error: unknown) => {
        throw cancellation.requested ? new Cancelled() : error;
      });
    },
    onPhase: (phase) => {
      activity = ACTIVITY[phase] ?? `packer ${phase}`;
    },
  };
}

/** `command: build` and `validate`: install Packer, then its phases. */
async function buildOrValidate(inputs: Inputs, current: CurrentRun): Promise<void> {
  const { outcome, state, cancellation, step } = current;
  const packer = await step(
    'installing Packer',
    () => install(inputs, outcome, cancellation.requestedSignal),
    { stops: true },
  );
  await step('checking only and except', () =>
    checkBuildNames(inputs, packer, cancellation.requestedSignal),
  );
  const lifetimeWarning = credentialLifetimeWarning(inputs.aws, packer.version);
  if (lifetimeWarning !== undefined) core.warning(lifetimeWarning);
  // Synchronous, as the state and output files the toolkit writes under the runner's folders are.
  const workDir = mkdtempSync(path.join(inputs.runnerTemp, 'packer-run-'));
  current.workDir = workDir;
  const runTag = `${process.env.GITHUB_RUN_ID ?? 'local'}-${randomBytes(6).toString('hex')}`;
  state.runStarted(runTag, workDir);
  const credentials = await step('assuming the AWS role', () => awsCredentials(inputs, outcome));
  current.credentials = credentials;
  if (inputs.command === 'build' && inputs.aws.region !== undefined) {
    state.awsUsed({ ...inputs.aws, region: inputs.aws.region });
  }
  if (inputs.debug) outcome.packerLog = packerLogPath(inputs);

  const aws = await packerAws({
    region: inputs.aws.region,
    credentials,
    packerVersion: packer.version,
    workDir,
  });
  const env = packerEnvironment(inputs, aws.environment(process.env), {
    ...temporaryFilesIn(workDir),
    [RUN_TAG_VARIABLE]: runTag,
  });
  await runPhases(
    PHASES,
    {
      inputs,
      packer,
      env,
      workDir,
      cancellation,
      state,
      credentials: credentials?.provider,
      packerAws: aws,
    },
    outcome,
    current.onPhase,
  );
}

/** `command: publish`: AMIs that exist already; no Packer, no work directory, nothing for the post step. */
async function publishExisting(inputs: Inputs, current: CurrentRun): Promise<void> {
  const { outcome, state, cancellation, step } = current;
  const credentials = await step('assuming the AWS role', () => awsCredentials(inputs, outcome));
  current.credentials = credentials;
  await runPhases(
    PUBLISH_PHASES,
    { inputs, cancellation, state, credentials: credentials?.provider },
    outcome,
    current.onPhase,
  );
}

async function install(
  inputs: Inputs,
  outcome: RunOutcome,
  signal: AbortSignal,
): Promise<InstalledPacker> {
  const source = {
    releases: inputs.releases,
    trust: inputs.trust,
    limits: inputs.installLimits,
    signal,
  };
  const release = await resolvePackerRelease({ spec: inputs.packerVersion, ...source });
  const elapsedMs = startStopwatch();
  const packer = await core.group('Install Packer', () =>
    installPacker({
      ...release,
      ...source,
      tempDir: inputs.runnerTemp,
    }),
  );
  outcome.packerVersion = packer.version;
  outcome.install = {
    cacheHit: packer.cacheHit,
    durationMs: elapsedMs(),
  };
  return packer;
}

/**
 * Credentials from GitHub OIDC when a role is given, refreshed for as long as the run lasts; the AWS SDK
 * is loaded only then.
 */
async function awsCredentials(
  inputs: Inputs,
  outcome: RunOutcome,
): Promise<RefreshingCredentials | undefined> {
  const { region, roleToAssume } = inputs.aws;
  if (roleToAssume === undefined || region === undefined) return undefined;
  const { assumeRoleForTheRun } = await import('./aws/credentials.js');
  const assumed = await core.group('Assume AWS role', () =>
    assumeRoleForTheRun({ ...inputs.aws, region, roleToAssume }),
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
