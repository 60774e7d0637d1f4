// What Packer's process gets to reach AWS. Free of the AWS SDK so that callers without a role to
// assume need not load it.
import semver from 'semver';

/** Temporary credentials of an assumed role, already masked in the log. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date | undefined;
}

/** Credentials on demand, current each time: what the SDK clients take as `credentials`. */
export type CredentialProvider = () => Promise<AwsCredentials>;

/**
 * Every variable through which an AWS SDK could find credentials other than the endpoint the action
 * serves (Go v1 and v2 in Packer and its amazon plugin, the AWS CLI a provisioner may run), in the
 * order the Go SDKs try them: the static keys (with the older names some read), a web identity token
 * file, a profile, another container endpoint and its token, or the token file newer SDKs read.
 */
export const RUNNER_CREDENTIAL_VARIABLES: readonly string[] = [
  'AWS_ACCESS_KEY_ID',
  'AWS_ACCESS_KEY',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SECRET_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_ROLE_SESSION_NAME',
  'AWS_PROFILE',
  'AWS_DEFAULT_PROFILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
];

/**
 * The region for Packer: its SDK and templates (`env("AWS_REGION")`) read it. Without a role to
 * assume, that is all: Packer keeps whatever credentials the runner has.
 */
export function packerRegionEnvironment(region: string | undefined): Record<string, string> {
  return region === undefined ? {} : { AWS_REGION: region, AWS_DEFAULT_REGION: region };
}

/**
 * The runner's environment with nothing left that could take precedence over the role's credentials:
 * no credential variables, shared credentials and config files that are empty (`emptyFile`), so that
 * `~/.aws/credentials` is not read, and no EC2 instance metadata (a self-hosted runner's instance role).
 */
export function withoutRunnerCredentials(
  env: NodeJS.ProcessEnv,
  emptyFile: string,
): NodeJS.ProcessEnv {
  const kept = Object.entries(env).filter(([name]) => !RUNNER_CREDENTIAL_VARIABLES.includes(name));
  return {
    ...Object.fromEntries(kept),
    AWS_SHARED_CREDENTIALS_FILE: emptyFile,
    AWS_CONFIG_FILE: emptyFile,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

/** The SDKs' container-credentials provider, pointed at the action's loopback endpoint. */
export function endpointEnvironment(url: string, token: string): Record<string, string> {
  return { AWS_CONTAINER_CREDENTIALS_FULL_URI: url, AWS_CONTAINER_AUTHORIZATION_TOKEN: token };
}

/** The credentials themselves: for a Packer that cannot read the endpoint. */
export function staticKeysEnvironment(credentials: AwsCredentials): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_SESSION_TOKEN: credentials.sessionToken,
  };
}

/**
 * The oldest Packer known to take its credentials from the endpoint with the runner's own credentials
 * out of the way: 1.6.6 is checked by a real build in this project's tests. Later versions, and the
 * amazon plugin from Packer 1.7 on, resolve credentials with the Go SDKs' default chains, which read
 * AWS_CONTAINER_CREDENTIALS_FULL_URI and AWS_CONTAINER_AUTHORIZATION_TOKEN.
 */
export const FIRST_PACKER_WITH_ENDPOINT = '1.6.6';

/** Whether this Packer gets its credentials from the endpoint rather than in its environment. */
export function readsCredentialsEndpoint(packerVersion: string): boolean {
  const version = semver.valid(packerVersion);
  return version !== null && semver.gte(version, FIRST_PACKER_WITH_ENDPOINT);
}
