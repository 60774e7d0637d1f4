// The action, as a table of contents: listen for cancellation → parse inputs → resolve and install
// Packer → check only/except → AWS credentials → phases (init, validate, fmt, preflight, build,
// publish) → report. `command: publish` skips Packer: credentials → phases (preflight, publish) →
// report.
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
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
import { packerEnvironment, packerLogPath } from './packer/argv.js';
import { checkBuildNames } from './packer/inspect.js';
import { buildPhase, fmtPhase, initPhase, validatePhase } from './packer/phases.js';
import { type Phase, type RunContext, runPhases } from './phases.js';
import { report } from './report/report.js';
import { postStateWriter, RUN_TAG_VARIABLE } from './state.js';

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
  const cancellation = Cancellation.listen();
  const state = postStateWriter();
  const outcome = newOutcome();
  let activity = 'checking the inputs';
  cancellation.onSignal((_, count) => {
    if (count === 1) outcome.cancelledDuring = activity;
  });
  // Runs one step unless a signal came. A step that stops itself at the signal (`stops: true`) is
  // waited for, so that it removes what it started; any other is abandoned at once, for it leaves
  // nothing half-done behind.
  const step = <T>(doing: string, work: () => Promise<T>, { stops = false } = {}): Promise<T> => {
    activity = doing;
    if (cancellation.requested) return Promise.reject(new Cancelled());
    if (!stops) return abandonOnAbort(work(), cancellation.requestedSignal, () => new Cancelled());
    return work().catch((error: unknown) => {
      throw cancellation.requested ? new Cancelled() : error;
    });
  };

  let workDir: string | undefined;
  let credentials: RefreshingCredentials | undefined;
  try {
    const inputs = getInputs();
    if (inputs.githubToken !== '') core.setSecret(inputs.githubToken);
    outcome.command = inputs.command;
    outcome.template = inputs.template;
    const onPhase = (phase: PhaseName) => {
      activity = ACTIVITY[phase] ?? `packer ${phase}`;
    };

    if (inputs.command === 'publish') {
      // AMIs that exist already: no Packer, no work directory, nothing for the post step.
      credentials = await step('assuming the AWS role', () => awsCredentials(inputs, outcome));
      await runPhases(
        PUBLISH_PHASES,
        { inputs, cancellation, state, credentials: credentials?.provider },
        outcome,
        onPhase,
      );
    } else {
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
      workDir = await mkdtemp(path.join(inputs.runnerTemp, 'packer-run-'));
      const runTag = `${process.env.GITHUB_RUN_ID ?? 'local'}-${randomBytes(6).toString('hex')}`;
      state.runStarted(runTag, workDir);
      credentials = await step('assuming the AWS role', () => awsCredentials(inputs, outcome));
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
        onPhase,
      );
    }
  } catch (error) {
    recordError(outcome, error);
  }
  credentials?.stop();
  outcome.signals = [...cancellation.received];
  await report(outcome, state);
  // Packer's output files are the post step's to remove when Packer was left running.
  if (workDir !== undefined && packerLeftRunning(outcome) === undefined) {
    await removeQuietly(workDir, "the folder of Packer's output");
  }
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
  const started = performance.now();
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
    durationMs: Math.round(performance.now() - started),
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
