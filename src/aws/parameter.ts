// The SSM parameter as it stands, read before the build (the preflight) and again just before each
// region's publication, and what in it would stop a publication: SSM cannot change a parameter to
// or from the aws:ec2:image data type, and refuses a version that would drop a labelled oldest one.
import {
  GetParameterCommand,
  GetParameterHistoryCommand,
  type ParameterHistory,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { errorMessage } from '../errors.js';
import {
  AWS_ATTEMPTS,
  errorName,
  isAccessDenied,
  isThrottling,
  isTransient,
  type RetryTiming,
  regionCaller,
} from './retry.js';
import { parameterArn } from './validation.js';

/** How many versions of a parameter SSM keeps. */
export const MAX_PARAMETER_VERSIONS = 100;
const HISTORY_PAGE_SIZE = 50;

/** The parameter in one region, and whom to name in errors. */
export interface ParameterTarget {
  name: string;
  region: string;
  /** For the parameter's ARN in errors; unknown without an assumed role. */
  accountId?: string | undefined;
}

/** One SSM call, retried on throttling and transient errors; a failure names call, parameter and region. */
export type SsmCall = <T>(operation: string, send: () => Promise<T>) => Promise<T>;

export function ssmCaller(target: ParameterTarget, timing: RetryTiming = {}): SsmCall {
  const call = regionCaller(target.region, isRetryableSsmError, timing);
  return (operation, send) =>
    call(operation, send).catch((error: unknown) => {
      throw new Error(ssmFailureMessage(operation, target, error), { cause: error });
    });
}

export function isRetryableSsmError(error: unknown): boolean {
  return errorName(error) === 'TooManyUpdates' || isThrottling(error) || isTransient(error);
}

export function ssmFailureMessage(
  operation: string,
  target: ParameterTarget,
  error: unknown,
): string {
  const { name, region } = target;
  const failure = `${operation} of ${name} in ${region} failed: ${errorName(error)}: ${errorMessage(error)}`;
  if (isRetryableSsmError(error))
    return `${failure} (still failing after ${AWS_ATTEMPTS} attempts)`;
  if (isAccessDenied(error)) {
    // AWS names the resource it refused; the action's own guess is the fallback.
    const arn =
      /arn:[\w-]+:ssm:[\w-]+:\d*:parameter\/[\w.\-/]+/.exec(errorMessage(error))?.[0] ??
      parameterArn(name, region, target.accountId ?? '<account id>');
    return (
      `${failure}\nThe credentials may not call ssm:${operation} on ${arn}. The action needs ` +
      'ssm:GetParameter, ssm:GetParameterHistory, ssm:PutParameter and ssm:LabelParameterVersion on the ' +
      'parameter, and ec2:DescribeImages (SSM checks the AMI with it).'
    );
  }
  if (errorName(error) === 'ParameterMaxVersionLimitExceeded') {
    return (
      `${failure}\nSSM keeps 100 versions and cannot drop the oldest while it has a label: ` +
      'move or remove that label (aws ssm unlabel-parameter-version).'
    );
  }
  return failure;
}

/** What a publication needs to know of the parameter's latest version. */
export interface CurrentParameter {
  /** `String`, `StringList` or `SecureString`. */
  type: string;
  /** `text`, `aws:ec2:image`, … */
  dataType: string;
  version: number;
  value: string;
  /** When SSM keeps the most versions it can: the oldest, which a new version would drop. */
  oldest?: { version: number; labels: string[] };
}

/**
 * The parameter's latest version, and its oldest when SSM keeps 100 (the history is read in pages of
 * 50); undefined when it does not exist yet.
 */
export async function readParameter(
  client: SSMClient,
  call: SsmCall,
  name: string,
): Promise<CurrentParameter | undefined> {
  const found = await call('GetParameter', async () => {
    try {
      return await client.send(new GetParameterCommand({ Name: name }));
    } catch (error) {
      if (errorName(error) === 'ParameterNotFound') return undefined;
      throw error;
    }
  });
  const parameter = found?.Parameter;
  if (parameter === undefined) return undefined;
  const current: CurrentParameter = {
    type: parameter.Type ?? 'unknown',
    dataType: parameter.DataType ?? 'text',
    version: parameter.Version ?? 0,
    value: parameter.Value ?? '',
  };
  if (current.version < MAX_PARAMETER_VERSIONS) return current;
  const oldest = await oldestVersion(client, call, name);
  return oldest === undefined ? current : { ...current, oldest };
}

async function oldestVersion(
  client: SSMClient,
  call: SsmCall,
  name: string,
): Promise<CurrentParameter['oldest']> {
  let oldest: ParameterHistory | undefined;
  let nextToken: string | undefined;
  do {
    const token = nextToken;
    const page = await call('GetParameterHistory', () =>
      client.send(
        new GetParameterHistoryCommand({
          Name: name,
          MaxResults: HISTORY_PAGE_SIZE,
          NextToken: token,
        }),
      ),
    );
    for (const entry of page.Parameters ?? []) {
      if (entry.Version !== undefined && entry.Version < (oldest?.Version ?? Infinity)) {
        oldest = entry;
      }
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return oldest?.Version === undefined
    ? undefined
    : { version: oldest.Version, labels: oldest.Labels ?? [] };
}

/**
 * Why `amiId` cannot be published to the parameter as it stands, with the fix; undefined when it can.
 * Without `amiId` (before a build, whose AMI is not known yet) a new version is assumed.
 */
export function parameterProblem(
  current: CurrentParameter | undefined,
  target: ParameterTarget,
  amiId?: string,
): string | undefined {
  if (current === undefined) return undefined;
  const { name, region } = target;
  if (current.type !== 'String' || current.dataType !== 'aws:ec2:image') {
    return (
      `SSM parameter ${name} in ${region} is a ${current.type} parameter of data type ${current.dataType}. ` +
      'The action publishes AMI ids as a String of data type aws:ec2:image, and SSM cannot change an ' +
      'existing parameter to or from that data type. Set ssm-parameter to another name, or delete this ' +
      `parameter (its history and labels go with it): aws ssm delete-parameter --name ${name} --region ${region}`
    );
  }
  // The same value again writes no version: nothing is dropped.
  if (current.value === amiId) return undefined;
  const labels = current.oldest?.labels ?? [];
  if (current.oldest === undefined || labels.length === 0) return undefined;
  const { version } = current.oldest;
  return (
    `SSM parameter ${name} in ${region} has ${MAX_PARAMETER_VERSIONS} versions, the most SSM keeps, and ` +
    `its oldest, version ${version}, has the label${labels.length === 1 ? '' : 's'} ${labels.join(', ')}: ` +
    'a new version would drop it, which SSM refuses (ParameterMaxVersionLimitExceeded). Move the ' +
    `label${labels.length === 1 ? '' : 's'} to a newer version or remove ${labels.length === 1 ? 'it' : 'them'}, ` +
    `then run again: aws ssm unlabel-parameter-version --name ${name} --parameter-version ${version} ` +
    `--labels ${labels.join(' ')} --region ${region}`
  );
}
