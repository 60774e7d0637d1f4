// Publishing AMI ids to one SSM parameter, in every region the build produced an AMI in (or those of
// `command: publish`): idempotent, so a value the parameter already holds is only labelled.
// The endpoint is the SDK's to choose (AWS_ENDPOINT_URL_SSM, AWS_ENDPOINT_URL, or the regional one).
import * as core from '@actions/core';
import {
  GetParameterCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { errorMessage } from '../errors.js';
import type { SsmRegionResult } from '../outcome.js';
import { awsClient } from './clients.js';
import type { CredentialProvider } from './environment.js';
import {
  isRetryableSsmError,
  parameterProblem,
  readParameter,
  ssmCaller,
  ssmFailureMessage,
} from './parameter.js';
import { errorName, type RetryTiming, realSleep } from './retry.js';
import { amiIdProblem, parameterNameProblem } from './validation.js';

export interface PublishRequest {
  parameterName: string;
  label: string | undefined;
  /** Region → AMI id, as in the `ami-ids` output. */
  amiIds: Readonly<Record<string, string>>;
  /** The assumed role's; undefined means the SDK's default chain (the runner's credentials). */
  credentials: CredentialProvider | undefined;
  /** The assumed role's account, for the parameter's ARN in errors. */
  accountId?: string | undefined;
  /**
   * Aborted when the action is asked to stop: regions not yet written are skipped, a region already
   * written is finished (read back and labelled), so each is either untouched or fully published.
   */
  stopStarting?: AbortSignal;
  /** Aborted when the action has to leave: whatever is still waiting for SSM stops, as it is. */
  stopWaiting?: AbortSignal;
}

/** Ends a region's work where it stands, without counting as a failure. */
class Abandoned extends Error {}

export interface PublishTiming extends RetryTiming {
  /** Milliseconds since the epoch. */
  now?: () => number;
  /** How long SSM may take to validate the AMI before the region counts as failed. */
  validationTimeoutMilliseconds?: number;
}

/** One region's publication, updated in place as it goes so that a caller can see where it stands. */
export type RegionPublication = SsmRegionResult & { amiId: string };

const VALIDATION_TIMEOUT_MILLISECONDS = 5 * 60_000;
const MAX_POLL_MILLISECONDS = 10_000;

/** One record a region, `skipped` until its publication starts. */
export function plannedPublications(amiIds: Readonly<Record<string, string>>): RegionPublication[] {
  return Object.entries(amiIds).map(([region, amiId]) => ({ region, amiId, state: 'skipped' }));
}

/**
 * Reads the parameter in each region and checks it can take the AMI id (parameterProblem); writes the
 * id as a new version unless the parameter already holds it, waits until SSM has validated it, and
 * labels the version that holds it, updating `publications` (from plannedPublications) as it goes.
 * Regions run concurrently and independently: one failing leaves the others alone.
 */
export async function publishAmiIds(
  request: PublishRequest,
  timing: PublishTiming = {},
  publications: RegionPublication[] = plannedPublications(request.amiIds),
): Promise<RegionPublication[]> {
  await Promise.all(
    publications.map((publication) => publishInRegion(request, publication, timing)),
  );
  return publications;
}

async function publishInRegion(
  request: PublishRequest,
  publication: RegionPublication,
  timing: PublishTiming,
): Promise<void> {
  const { region, amiId } = publication;
  const problem = amiIdProblem(amiId) ?? parameterNameProblem(request.parameterName, region);
  if (problem !== undefined) {
    publication.state = 'failed';
    publication.error = `Not written to ${request.parameterName} in ${region}: ${problem}`;
    return;
  }
  if (request.stopStarting?.aborted) {
    publication.error = 'not written: the action was cancelled before it started this region';
    return;
  }

  // The SDK's retries would wait outside our control: ours go through `sleep`.
  const client = awsClient(SSMClient, region, request.credentials, { maxAttempts: 1 });
  const target = { name: request.parameterName, region, accountId: request.accountId };
  const call = ssmCaller(target, timing);

  try {
    // Read again, however recent the preflight: a build takes long, and others may write too.
    const current = await readParameter(client, call, request.parameterName);
    const problem = parameterProblem(current, target, amiId);
    if (problem !== undefined) throw new Error(problem);
    if (request.stopStarting?.aborted) {
      publication.error = 'not written: the action was cancelled before it started this region';
      return;
    }

    let version: number;
    if (current?.value === amiId) {
      version = current.version;
      publication.unchanged = true;
      publication.version = version;
      core.info(
        `${region}: ${request.parameterName} already holds ${amiId} as version ${version}: no new version`,
      );
    } else {
      publication.waitingFor = 'PutParameter';
      const { Version: written } = await call('PutParameter', () =>
        client.send(
          new PutParameterCommand({
            Name: request.parameterName,
            Value: amiId,
            Type: 'String',
            DataType: 'aws:ec2:image',
            Tier: 'Standard',
            Overwrite: true,
          }),
        ),
      );
      if (written === undefined) {
        throw new Error(
          `PutParameter of ${request.parameterName} in ${region} returned no version`,
        );
      }
      version = written;
      publication.state = 'written';
      publication.version = written;
      core.info(`${region}: wrote ${amiId} to ${request.parameterName} as version ${written}`);

      publication.waitingFor = 'validation';
      await waitUntilValidated(client, request, region, amiId, written, timing);
      core.info(`${region}: SSM validated version ${written} of ${request.parameterName}`);
    }

    if (request.label !== undefined) {
      const { label } = request;
      publication.waitingFor = 'LabelParameterVersion';
      const { InvalidLabels } = await call('LabelParameterVersion', () =>
        client.send(
          new LabelParameterVersionCommand({
            Name: request.parameterName,
            ParameterVersion: version,
            Labels: [label],
          }),
        ),
      );
      if (InvalidLabels && InvalidLabels.length > 0) {
        throw new Error(
          `SSM refused the label ${InvalidLabels.join(', ')} for version ${version} of ` +
            `${request.parameterName} in ${region}: labels have at most 100 letters, digits, '.', '-' ` +
            "or '_' and do not begin with a digit, 'aws' or 'ssm'",
        );
      }
      core.info(`${region}: labelled version ${version} '${label}'`);
    }
    publication.state = 'published';
    delete publication.waitingFor;
  } catch (error) {
    if (error instanceof Abandoned) return;
    publication.state = 'failed';
    publication.error = errorMessage(error);
    delete publication.waitingFor;
  } finally {
    client.destroy();
  }
}

/**
 * SSM checks an aws:ec2:image value after PutParameter has answered, and drops the version when the
 * check fails: the write only counts once a read returns it.
 */
async function waitUntilValidated(
  client: SSMClient,
  request: PublishRequest,
  region: string,
  amiId: string,
  version: number,
  timing: PublishTiming,
): Promise<void> {
  const name = request.parameterName;
  const now = timing.now ?? Date.now;
  const sleep = timing.sleep ?? realSleep;
  const timeout = timing.validationTimeoutMilliseconds ?? VALIDATION_TIMEOUT_MILLISECONDS;
  const deadline = now() + timeout;
  for (let read = 1; ; read++) {
    if (request.stopWaiting?.aborted) throw new Abandoned();
    let lastRead: string;
    try {
      const { Parameter } = await client.send(new GetParameterCommand({ Name: name }));
      const seen = Parameter?.Version;
      if (seen !== undefined && seen >= version && Parameter?.Value === amiId) return;
      lastRead = `version ${seen ?? 'none'} holding ${Parameter?.Value ?? 'nothing'}`;
    } catch (error) {
      // A new parameter is not found until its first version is validated.
      if (errorName(error) !== 'ParameterNotFound' && !isRetryableSsmError(error)) {
        throw new Error(
          ssmFailureMessage('GetParameter', { name, region, accountId: request.accountId }, error),
          { cause: error },
        );
      }
      lastRead = errorName(error);
    }
    const left = deadline - now();
    if (left <= 0) {
      throw new Error(
        `SSM has not validated ${amiId} as version ${version} of ${name} in ${region} within ` +
          `${Math.round(timeout / 1000)} s (last read: ${lastRead}). aws:ec2:image values are checked ` +
          `asynchronously and dropped when the check fails: make sure ${amiId} exists in ${region} and ` +
          'that the credentials allow ec2:DescribeImages.',
      );
    }
    await sleep(Math.min(1000 * 2 ** (read - 1), MAX_POLL_MILLISECONDS, left));
  }
}
