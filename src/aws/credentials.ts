// Credentials from GitHub OIDC: the job's ID token, exchanged with STS AssumeRoleWithWebIdentity, and
// exchanged again (a fresh token, a new session) before each session expires, for as long as the run
// needs them. The endpoint is the SDK's to choose (AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, or the
// regional one).
import * as core from '@actions/core';
import {
  AssumeRoleWithWebIdentityCommand,
  type AssumeRoleWithWebIdentityCommandOutput,
  STSClient,
} from '@aws-sdk/client-sts';
import { errorMessage } from '../errors.js';
import type { AwsInputs } from '../inputs.js';
import { issueCommand } from '../report/log.js';
import type { AwsCredentials } from './environment.js';
import { RefreshingCredentials, type Timers } from './refresh.js';
import {
  backoffWith,
  errorName,
  isAccessDenied,
  isThrottling,
  isTransient,
  type RetryTiming,
  withRetries,
} from './retry.js';
import { isImmutableSubject, oidcProvider, subjectRepository, tokenClaims } from './token.js';

export type RoleRequest = Pick<
  AwsInputs,
  'roleSessionName' | 'roleDurationSeconds' | 'audience'
> & {
  region: string;
  roleToAssume: string;
};

export interface AssumedRole {
  credentials: AwsCredentials;
  /** The account field of the assumed role's ARN. */
  accountId: string | undefined;
  assumedRoleArn: string | undefined;
}

/** The role for the whole run: its first session's identity, and its sessions as they come. */
export interface AssumedSession extends Omit<AssumedRole, 'credentials'> {
  credentials: RefreshingCredentials;
}

const STS_ATTEMPTS = 6;

const NO_TOKEN =
  'role-to-assume is set, but this job cannot request a GitHub OIDC token ' +
  '(ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set). ' +
  'Give the workflow or job `permissions: id-token: write` (plus `contents: read` for checkout). ' +
  'Pull requests from forks never get a token: build on push, tag or release instead, ' +
  'or leave role-to-assume empty and provide credentials another way.';

/**
 * Assumes `roleToAssume` with the job's OIDC token. The token and the credentials are masked as soon
 * as they arrive; nothing is exported to later steps.
 */
export async function assumeRoleWithGithubOidc(
  request: RoleRequest,
  timing: RetryTiming = {},
): Promise<AssumedRole> {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new Error(NO_TOKEN);
  }
  let token: string;
  try {
    token = await core.getIDToken(request.audience);
  } catch (error) {
    throw new Error(
      `Could not get a GitHub OIDC token for audience '${request.audience}': ${errorMessage(error)}`,
      { cause: error },
    );
  }
  // A refresh can come while Packer's output is shown with workflow commands stopped, which would
  // silence ::add-mask::: the masks go through issueCommand, which resumes commands for them.
  issueCommand(() => core.setSecret(token));

  core.info(
    `Assuming ${request.roleToAssume} as session ${request.roleSessionName} for ` +
      `${request.roleDurationSeconds} s with a GitHub OIDC token (audience ${request.audience})`,
  );
  // The SDK's retries would wait outside our control: ours go through `sleep`.
  const client = new STSClient({ region: request.region, maxAttempts: 1 });
  const command = new AssumeRoleWithWebIdentityCommand({
    RoleArn: request.roleToAssume,
    RoleSessionName: request.roleSessionName,
    DurationSeconds: request.roleDurationSeconds,
    WebIdentityToken: token,
  });
  let response: AssumeRoleWithWebIdentityCommandOutput;
  try {
    response = await withRetries(
      () => client.send(command),
      isRetryableStsError,
      backoffWith(
        { attempts: STS_ATTEMPTS, baseMilliseconds: 1000, capMilliseconds: 15_000 },
        timing,
      ),
      (error, wait, attempt) =>
        core.info(
          `STS answered ${errorName(error)}: ${errorMessage(error)}; retrying in ${wait} ms ` +
            `(attempt ${attempt + 1} of ${STS_ATTEMPTS})`,
        ),
    );
  } catch (error) {
    throw new Error(stsFailureMessage(request, error, token), { cause: error });
  } finally {
    client.destroy();
  }

  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = response.Credentials ?? {};
  issueCommand(() => {
    for (const secret of [AccessKeyId, SecretAccessKey, SessionToken]) {
      if (secret) core.setSecret(secret);
    }
  });
  if (!AccessKeyId || !SecretAccessKey || !SessionToken) {
    throw new Error(`STS assumed ${request.roleToAssume} but its answer lacks the credentials`);
  }
  const assumedRoleArn = response.AssumedRoleUser?.Arn;
  const accountId = assumedRoleArn?.split(':')[4] || undefined;
  core.info(
    `Assumed ${assumedRoleArn ?? request.roleToAssume} in account ${accountId ?? 'unknown'}` +
      (Expiration ? `; the credentials expire at ${Expiration.toISOString()}` : ''),
  );
  return {
    credentials: {
      accessKeyId: AccessKeyId,
      secretAccessKey: SecretAccessKey,
      sessionToken: SessionToken,
      expiration: Expiration,
    },
    accountId,
    assumedRoleArn,
  };
}

/**
 * Assumes the role now, and again (with a new OIDC token) before each session expires: every session
 * lasts `roleDurationSeconds`, the run as long as it needs. Stop the credentials at the end of the run.
 */
export async function assumeRoleForTheRun(
  request: RoleRequest,
  timing: RetryTiming & { timers?: Timers } = {},
): Promise<AssumedSession> {
  const first = await assumeRoleWithGithubOidc(request, timing);
  const credentials = new RefreshingCredentials(first.credentials, {
    assume: async () => (await assumeRoleWithGithubOidc(request, timing)).credentials,
    sessionSeconds: request.roleDurationSeconds,
    timers: timing.timers,
    // Like the masks above, this warning may come while Packer runs.
    onRefreshFailed: (error, expiresAt) =>
      issueCommand(() =>
        core.warning(
          `Could not refresh the AWS credentials of ${request.roleToAssume}: ${errorMessage(error)}. ` +
            `The current ones expire at ${expiresAt.toISOString()}; trying again shortly.`,
        ),
      ),
  });
  return { ...first, credentials };
}

function isRetryableStsError(error: unknown): boolean {
  return (
    isThrottling(error) ||
    isTransient(error) ||
    ['IDPCommunicationError', 'IDPCommunicationErrorException'].includes(errorName(error))
  );
}

function isDenied(error: unknown): boolean {
  return isAccessDenied(error) || /not authorized/i.test(errorMessage(error));
}

function stsFailureMessage(request: RoleRequest, error: unknown, token: string): string {
  const failure = `Could not assume ${request.roleToAssume}: ${errorName(error)}: ${errorMessage(error)}`;
  const claims = tokenClaims(token);
  const provider = oidcProvider(claims);
  // arn:<partition>:iam::<account>:role/<name>
  const [, partition = 'aws', , , account = '<account>'] = request.roleToAssume.split(':');
  const providerArn = `arn:${partition}:iam::${account}:oidc-provider/${provider.name}`;
  if (isDenied(error)) {
    return [failure, ...trustPolicyHints(claims.sub, claims.aud, provider.name, providerArn)].join(
      '\n',
    );
  }
  if (isRetryableStsError(error))
    return `${failure} (still failing after ${STS_ATTEMPTS} attempts)`;
  if (/DurationSeconds/.test(errorMessage(error))) {
    return `${failure}\nLower role-duration-seconds, or raise the role's maximum session duration.`;
  }
  if (/No OpenIDConnect provider/i.test(errorMessage(error))) {
    return (
      `${failure}\nCreate an IAM OIDC identity provider for ${provider.issuer} ` +
      `(audience ${request.audience}) in the role's account: ${providerArn}.`
    );
  }
  return failure;
}

/** What the trust policy must say for this token, one line each. */
function trustPolicyHints(
  sub: string | undefined,
  aud: string | undefined,
  provider: string,
  providerArn: string,
): string[] {
  const hints = [
    `The role's trust policy does not accept this run's GitHub OIDC token. It must trust the identity ` +
      `provider ${provider} (${providerArn}) with conditions on ${provider}:aud and ${provider}:sub that ` +
      `match what this run presents: aud '${aud ?? 'unreadable'}', sub '${sub ?? 'unreadable'}'.`,
  ];
  if (isImmutableSubject(sub)) {
    hints.push(
      "This sub is in GitHub's immutable format, repo:<owner>@<owner id>/<repo>@<repo id>:… (the " +
        'default for repositories created or renamed since 2026-07-15, opt-in for older ones): a ' +
        'condition written for names, repo:<owner>/<repo>:…, does not match it. Write it with the ids, ' +
        'as above.',
    );
  }
  const repository = subjectRepository(sub);
  if (repository !== undefined) {
    hints.push(
      `Trust only the runs that may build images, e.g. StringEquals '${repository}:environment:<name>' ` +
        `for jobs in a protected environment, or StringLike '${repository}:ref:refs/tags/v*' for release tags.`,
    );
  }
  return hints;
}
