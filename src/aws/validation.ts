// Checks of the AWS inputs, pure and free of the AWS SDK: they run on every run, before anything is
// downloaded. Each `...Problem` function returns what is wrong (phrased as what is allowed, to end an
// InputError message) or undefined; parseAwsInputs gathers them all as InputErrors.
import { InputError } from '../errors.js';
import type { AwsInputs, Variable } from '../inputs.js';
import { FIRST_PACKER_WITH_ENDPOINT, readsCredentialsEndpoint } from './environment.js';

export const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
export const DEFAULT_ROLE_DURATION_SECONDS = 3600;
export const MIN_ROLE_DURATION_SECONDS = 900;
export const MAX_ROLE_DURATION_SECONDS = 43200;

/** The variables the defaults come from. */
export interface AwsDefaultsEnvironment {
  AWS_REGION?: string | undefined;
  AWS_DEFAULT_REGION?: string | undefined;
  GITHUB_RUN_ID?: string | undefined;
}

/**
 * The AWS inputs, read by their action.yml names through `getInput` (trimmed values, '' when unset),
 * with defaults applied, and every problem found, so that the user can fix them all in one
 * go. `aws` is only meaningful when `problems` is empty.
 */
export function parseAwsInputs(
  getInput: (name: string) => string,
  env: AwsDefaultsEnvironment,
): { aws: AwsInputs; problems: InputError[] } {
  const raw = {
    region: getInput('aws-region'),
    roleToAssume: getInput('role-to-assume'),
    roleSessionName: getInput('role-session-name'),
    roleDurationSeconds: getInput('role-duration-seconds'),
    audience: getInput('audience'),
    ssmParameter: getInput('ssm-parameter'),
    ssmParameterLabel: getInput('ssm-parameter-label'),
  };
  const problems: InputError[] = [];
  const check = (input: string, value: string, problem: string | undefined) => {
    if (problem !== undefined) problems.push(new InputError(input, value, problem));
  };

  const regionVariable = (['AWS_REGION', 'AWS_DEFAULT_REGION'] as const).find((name) => env[name]);
  const region = raw.region || (regionVariable && env[regionVariable]) || undefined;
  const regionProblemText = region === undefined ? undefined : regionProblem(region);
  if (regionProblemText !== undefined) {
    const from = raw.region ? '' : ` (taken from ${regionVariable})`;
    check('aws-region', region ?? '', `${regionProblemText}${from}`);
  }

  const roleToAssume = raw.roleToAssume || undefined;
  if (roleToAssume !== undefined)
    check('role-to-assume', roleToAssume, roleArnProblem(roleToAssume));

  const roleSessionName = raw.roleSessionName || defaultRoleSessionName(env.GITHUB_RUN_ID);
  check('role-session-name', roleSessionName, roleSessionNameProblem(roleSessionName));

  const durationText = raw.roleDurationSeconds || String(DEFAULT_ROLE_DURATION_SECONDS);
  check('role-duration-seconds', durationText, roleDurationProblem(durationText));

  const ssmParameter = raw.ssmParameter || undefined;
  if (ssmParameter !== undefined) {
    const regionForLength =
      region !== undefined && regionProblemText === undefined ? region : undefined;
    check('ssm-parameter', ssmParameter, parameterNameProblem(ssmParameter, regionForLength));
  }

  const ssmParameterLabel = raw.ssmParameterLabel || undefined;
  if (ssmParameterLabel !== undefined) {
    check(
      'ssm-parameter-label',
      ssmParameterLabel,
      ssmParameter === undefined
        ? 'labels a version of ssm-parameter, which is not set: set ssm-parameter or remove the label'
        : parameterLabelProblem(ssmParameterLabel),
    );
  }

  if (region === undefined && (roleToAssume !== undefined || ssmParameter !== undefined)) {
    check(
      'aws-region',
      '',
      'required when role-to-assume or ssm-parameter is set: set aws-region or the AWS_REGION variable',
    );
  }

  return {
    aws: {
      region,
      roleToAssume,
      roleSessionName,
      roleDurationSeconds: Number(durationText),
      audience: raw.audience || DEFAULT_AUDIENCE,
      ssmParameter,
      ssmParameterLabel,
    },
    problems,
  };
}

/** The template variable that, by convention, names the region an image is built in. */
export const REGION_VARIABLE = 'aws_region';

/**
 * A `variables` line `aws_region=<region>` that disagrees with the action's region: Packer would
 * build there while the action assumes the role, publishes and links the console in the other.
 * The action gives Packer AWS_REGION, so templates can default to `env("AWS_REGION")` instead.
 */
export function regionVariableProblem(
  variables: readonly Variable[],
  region: string | undefined,
): InputError | undefined {
  const given = variables.filter((variable) => variable.name === REGION_VARIABLE).at(-1);
  if (given === undefined || region === undefined || given.value.trim() === region)
    return undefined;
  return new InputError(
    'variables',
    `${REGION_VARIABLE}=${given.value}`,
    `differs from aws-region ${region}: the image would be built in ${given.value.trim()} but its credentials, ` +
      `SSM parameter and summary would be in ${region}. Remove the ${REGION_VARIABLE} line (the action gives ` +
      `Packer AWS_REGION=${region}; a template can default to env("AWS_REGION")) or make the two agree`,
  );
}

/** `packer-<run id>`: names the run in CloudTrail. */
export function defaultRoleSessionName(runId: string | undefined): string {
  return runId ? `packer-${runId}` : 'packer';
}

// `us-east-1`, `us-gov-west-1`, `cn-north-1`, `eu-isoe-west-1`.
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;

export function regionProblem(region: string): string | undefined {
  return REGION.test(region)
    ? undefined
    : 'must be an AWS region code such as us-east-1 or eu-west-2';
}

// Role names and path segments: IAM allows letters, digits and `+=,.@_-` in names, any printable
// ASCII but `/` in paths.
const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/(?:[!-.0-~]+\/)*[\w+=,.@-]{1,64}$/;

export function roleArnProblem(arn: string): string | undefined {
  return ROLE_ARN.test(arn)
    ? undefined
    : 'must be an IAM role ARN, arn:<partition>:iam::<12-digit account>:role/<optional path/><name>, e.g. arn:aws:iam::123456789012:role/packer-build';
}

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

export function roleSessionNameProblem(name: string): string | undefined {
  return SESSION_NAME.test(name)
    ? undefined
    : 'must be 2 to 64 characters from letters, digits and + = , . @ _ -';
}

/** Takes the text of the input, so that `3600.5` or `1e4` are refused rather than rounded. */
export function roleDurationProblem(text: string): string | undefined {
  const seconds = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return seconds >= MIN_ROLE_DURATION_SECONDS && seconds <= MAX_ROLE_DURATION_SECONDS
    ? undefined
    : `must be a whole number of seconds from ${MIN_ROLE_DURATION_SECONDS} to ${MAX_ROLE_DURATION_SECONDS} (and at most the role's maximum session duration)`;
}

const MAX_PARAMETER_LEVELS = 15;
// Counted over the parameter's ARN, as SSM does.
const MAX_PARAMETER_ARN_LENGTH = 1011;

function partition(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/**
 * The rules SSM applies to parameter names. The length limit counts the ARN, which depends on the
 * region: without one, the length is not checked.
 */
export function parameterNameProblem(name: string, region?: string): string | undefined {
  if (!/^[\w.\-/]+$/.test(name)) {
    return "must be a parameter name (not an ARN) made of letters, digits, '_', '.', '-' and '/'";
  }
  const relative = name.startsWith('/') ? name.slice(1) : name;
  if (/^(?:aws|ssm)/i.test(relative)) {
    return "must not begin with 'aws' or 'ssm' (in any case, with or without a leading '/'): those are reserved";
  }
  const levels = relative.split('/');
  if (levels.some((level) => level === '')) {
    return "must not have empty levels ('//' or a trailing '/')";
  }
  if (levels.length > 1 && !name.startsWith('/')) {
    return `must begin with '/' when it has a hierarchy: /${name}`;
  }
  if (levels.length > MAX_PARAMETER_LEVELS) {
    return `has ${levels.length} levels: SSM allows at most ${MAX_PARAMETER_LEVELS}`;
  }
  if (region !== undefined) {
    const arnLength = parameterArn(name, region, '123456789012').length;
    if (arnLength > MAX_PARAMETER_ARN_LENGTH) {
      return `is too long: its ARN in ${region} would have ${arnLength} characters, SSM allows ${MAX_PARAMETER_ARN_LENGTH}`;
    }
  }
  return undefined;
}

/** `arn:aws:ssm:eu-west-1:123456789012:parameter/images/web_node/latest`. */
export function parameterArn(name: string, region: string, accountId: string): string {
  const relative = name.startsWith('/') ? name.slice(1) : name;
  return `arn:${partition(region)}:ssm:${region}:${accountId}:parameter/${relative}`;
}

export function parameterLabelProblem(label: string): string | undefined {
  if (label.length > 100) return `must have at most 100 characters, not ${label.length}`;
  if (!/^[\w.-]+$/.test(label)) return "may contain only letters, digits, '.', '-' and '_'";
  if (/^\d/.test(label)) {
    return `must not begin with a digit: for a release tag use a prefix, e.g. v${label}`;
  }
  if (/^(?:aws|ssm)/i.test(label)) {
    return "must not begin with 'aws' or 'ssm' (in any case): those are reserved";
  }
  return undefined;
}

const AMI_ID = /^ami-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

export function amiIdProblem(id: string): string | undefined {
  return AMI_ID.test(id) ? undefined : `'${id}' is not an AMI id (ami- and 8 or 17 hex digits)`;
}

const AMI_IDS_FORMAT =
  'must be a JSON object of region → AMI id, as the ami-ids output of a build gives it, e.g. {"eu-west-1": "ami-0123456789abcdef0"}';

/**
 * The AMIs `command: publish` publishes, region → AMI id: `ami-ids` (the JSON object of a build's
 * `ami-ids` output), or `ami-id` in aws-region. Undefined when neither is given or one is wrong: the
 * problems say which.
 */
export function parseAmisToPublish(
  amiId: string,
  amiIdsText: string,
  region: string | undefined,
): { amiIds: Record<string, string> | undefined; problems: InputError[] } {
  if (amiId !== '' && amiIdsText !== '') {
    return {
      amiIds: undefined,
      problems: [
        new InputError(
          'ami-id',
          amiId,
          'cannot be combined with ami-ids: give one AMI with ami-id (published in aws-region), or ' +
            "every region's with ami-ids",
        ),
      ],
    };
  }
  if (amiId !== '') {
    const problem = amiIdProblem(amiId);
    if (problem !== undefined)
      return { amiIds: undefined, problems: [new InputError('ami-id', amiId, problem)] };
    // Without a region, parseAwsInputs reports aws-region as missing (ssm-parameter is set).
    return { amiIds: region === undefined ? undefined : { [region]: amiId }, problems: [] };
  }
  if (amiIdsText === '') {
    return {
      amiIds: undefined,
      problems: [
        new InputError(
          'ami-ids',
          '',
          "is required with 'command: publish' (or ami-id): the AMIs to publish, such as a " +
            "build job's ami-ids output",
        ),
      ],
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(amiIdsText);
  } catch {
    return { amiIds: undefined, problems: [new InputError('ami-ids', amiIdsText, AMI_IDS_FORMAT)] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { amiIds: undefined, problems: [new InputError('ami-ids', amiIdsText, AMI_IDS_FORMAT)] };
  }
  const entries = Object.entries(parsed);
  const problems = entries.flatMap(([key, value]): InputError[] => {
    const keyProblem = regionProblem(key);
    if (keyProblem !== undefined) {
      return [
        new InputError('ami-ids', amiIdsText, `has the key '${key}': each key ${keyProblem}`),
      ];
    }
    const valueProblem =
      typeof value === 'string'
        ? amiIdProblem(value)
        : `'${JSON.stringify(value)}' is not an AMI id`;
    return valueProblem === undefined
      ? []
      : [new InputError('ami-ids', amiIdsText, `${key}: ${valueProblem}`)];
  });
  if (entries.length === 0) {
    problems.push(new InputError('ami-ids', amiIdsText, `has no AMI: it ${AMI_IDS_FORMAT}`));
  }
  return {
    amiIds:
      problems.length > 0 ? undefined : (Object.fromEntries(entries) as Record<string, string>),
    problems,
  };
}

/**
 * One parameter holds one AMI per region: when several builds make AMIs, which one it should point
 * at is the user's call. `builds` are the names of the builds that make (before the build) or made
 * (after it) AMIs.
 */
export function severalAmiBuildsProblem(
  builds: readonly string[],
  parameterName: string,
  when: 'before' | 'after',
): string | undefined {
  const names = [...new Set(builds)];
  if (names.length < 2) return undefined;
  return (
    `ssm-parameter '${parameterName}' holds one AMI id per region, but ${names.length} builds ` +
    `${when === 'before' ? 'of the template make' : 'produced'} AMIs (${names.join(', ')}). Run only ` +
    `the build whose AMI it should point at with the 'only' input, e.g. only: ${names[0]}`
  );
}

/**
 * What a role's credentials cannot do for this Packer. A Packer that reads the endpoint gets each new
 * session as it comes, so a build may outlast role-duration-seconds (one session's length). An older one
 * gets the role's keys in its environment, as actions without the endpoint do: readable by every
 * provisioner, and never refreshed.
 */
export function credentialLifetimeWarning(
  aws: AwsInputs,
  packerVersion: string,
): string | undefined {
  if (aws.roleToAssume === undefined || readsCredentialsEndpoint(packerVersion)) return undefined;
  const minutes = Math.round(aws.roleDurationSeconds / 60);
  return (
    `Packer ${packerVersion} is older than ${FIRST_PACKER_WITH_ENDPOINT}, the first known to take its AWS ` +
    "credentials from the endpoint this action serves: it gets the role's keys in its environment instead, " +
    'where every provisioner can read them. They are valid for role-duration-seconds ' +
    `(${aws.roleDurationSeconds} s, ${minutes} minutes) from the start of each Packer run and are not ` +
    'refreshed: a build that runs longer fails with ExpiredToken. Use packer-version ' +
    `${FIRST_PACKER_WITH_ENDPOINT} or newer.`
  );
}
