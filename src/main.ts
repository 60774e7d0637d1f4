// The action, as a table of contents: parse inputs → resolve and install Packer → AWS credentials →
// Packer phases → outputs → publish to SSM → job summary.
import * as core from '@actions/core';
import { packerAwsEnvironment } from './aws/environment.js';
import { credentialLifetimeWarning, severalAmiBuildsProblem } from './aws/validation.js';
import { errorMessage, InputError, InputErrors } from './errors.js';
import { getInputs, type Inputs } from './inputs.js';
import { installPacker, resolvePackerRelease } from './install/install.js';
import { packerLogPath } from './packer/argv.js';
import { collectAmis } from './packer/artifacts.js';
import { type PackerOutcome, runPackerPhases } from './packer/phases.js';
import { type SsmPublication, type SummaryData, writeSummary } from './report/summary.js';

export async function run(): Promise<void> {
  let summary: SummaryData | undefined;
  try {
    const inputs = getInputs();
    if (inputs.githubToken !== '') core.setSecret(inputs.githubToken);
    const release = await resolvePackerRelease({
      spec: inputs.packerVersion,
      releases: inputs.releases,
      publicKey: inputs.releasesPublicKey,
      limits: inputs.installLimits,
    });
    const lifetimeWarning = credentialLifetimeWarning(inputs.command, inputs.aws);
    if (lifetimeWarning !== undefined) core.warning(lifetimeWarning);

    summary = {
      command: inputs.command,
      template: inputs.template,
      status: 'failed',
      phases: [],
      artifacts: [],
    };
    const installStarted = performance.now();
    const packer = await core.group('Install Packer', () =>
      installPacker({
        version: release.version,
        index: release.index,
        releases: inputs.releases,
        publicKey: inputs.releasesPublicKey,
        limits: inputs.installLimits,
        tempDir: inputs.runnerTemp,
      }),
    );
    core.setOutput('packer-version', packer.version);
    summary.packerVersion = packer.version;
    summary.install = {
      cacheHit: packer.cacheHit,
      durationMs: Math.round(performance.now() - installStarted),
    };

    const aws = await awsSession(inputs);
    if (inputs.debug) core.setOutput('packer-log', packerLogPath(inputs));
    const outcome = await runPackerPhases(inputs, packer, aws.env);
    Object.assign(summary, outcome);
    setArtifactOutputs(outcome);

    if (outcome.status === 'succeeded' && inputs.command === 'build' && inputs.aws.ssmParameter) {
      summary.ssm = await publish(inputs, outcome, aws);
    }
    const failure = outcome.failure ?? publicationFailure(summary.ssm);
    if (failure !== undefined) {
      summary.failure = failure;
      if (summary.status === 'succeeded') summary.status = 'failed';
    }
    await writeSummary(summary);
    if (failure !== undefined) core.setFailed(failure);
  } catch (error) {
    await fail(error, summary);
  }
}

interface AwsSession {
  /** Variables for the Packer process only. */
  env: Record<string, string>;
  assumed: import('./aws/index.js').AssumedRole | undefined;
}

/** Credentials from GitHub OIDC when a role is given; the AWS SDK is loaded only then. */
async function awsSession(inputs: Inputs): Promise<AwsSession> {
  const { region, roleToAssume } = inputs.aws;
  if (roleToAssume === undefined || region === undefined) {
    return { env: packerAwsEnvironment(region, undefined), assumed: undefined };
  }
  const { assumeRoleWithGithubOidc } = await import('./aws/index.js');
  const assumed = await core.group('Assume AWS role', () =>
    assumeRoleWithGithubOidc({ ...inputs.aws, region, roleToAssume }),
  );
  if (assumed.accountId !== undefined) core.setOutput('aws-account-id', assumed.accountId);
  return { env: packerAwsEnvironment(region, assumed.credentials), assumed };
}

function setArtifactOutputs({ artifacts }: PackerOutcome): void {
  const { amiId, amiIds } = collectAmis(artifacts);
  core.setOutput('artifact-id', artifacts[0]?.id ?? '');
  core.setOutput('artifacts', JSON.stringify(artifacts));
  core.setOutput('ami-id', amiId ?? '');
  core.setOutput('ami-ids', JSON.stringify(amiIds));
}

async function publish(
  inputs: Inputs,
  outcome: PackerOutcome,
  aws: AwsSession,
): Promise<SsmPublication> {
  const parameterName = inputs.aws.ssmParameter ?? '';
  const label = inputs.aws.ssmParameterLabel;
  const { amiIds } = collectAmis(outcome.artifacts);
  const ambiguity = severalAmiBuildsProblem(outcome.artifacts, parameterName);
  if (ambiguity !== undefined || Object.keys(amiIds).length === 0) {
    const error = ambiguity ?? 'the build produced no AMI';
    return { parameterName, label, regions: [{ region: inputs.aws.region ?? '', error }] };
  }
  const { publishAmiIds } = await import('./aws/index.js');
  const regions = await core.group(`Publish to SSM parameter ${parameterName}`, () =>
    publishAmiIds({ parameterName, label, amiIds, credentials: aws.assumed?.credentials }),
  );
  const home = regions.find((region) => region.region === inputs.aws.region);
  if (home?.version !== undefined) core.setOutput('ssm-parameter-version', String(home.version));
  return { parameterName, label, regions };
}

function publicationFailure(ssm: SsmPublication | undefined): string | undefined {
  const failed = ssm?.regions.filter((region) => region.error !== undefined) ?? [];
  if (failed.length === 0) return undefined;
  return `The build succeeded, but SSM parameter ${ssm?.parameterName} was not updated in ${failed
    .map((region) => `${region.region} (${region.error})`)
    .join(', ')}`;
}

/** Input problems as one `::error::` line each; anything else as one failure, without a stack. */
async function fail(error: unknown, summary: SummaryData | undefined): Promise<void> {
  if (error instanceof InputErrors || error instanceof InputError) {
    const problems = error instanceof InputErrors ? error.problems : [error];
    for (const problem of problems) core.error(problem.message);
    process.exitCode = core.ExitCode.Failure;
    return;
  }
  const message = errorMessage(error);
  core.setFailed(message);
  if (summary !== undefined) await writeSummary({ ...summary, status: 'failed', failure: message });
}
