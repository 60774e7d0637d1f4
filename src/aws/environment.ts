// What Packer's process gets to reach AWS. Free of the AWS SDK so that callers without a role to
// assume need not load it.

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
 * Variables for the Packer process only (never GITHUB_ENV): the region, and the assumed role's
 * credentials when there are any. Without credentials Packer keeps whatever the runner has.
 */
export function packerAwsEnvironment(
  region: string | undefined,
  credentials: AwsCredentials | undefined,
): Record<string, string> {
  const env: Record<string, string> = {};
  if (region !== undefined) {
    env.AWS_REGION = region;
    env.AWS_DEFAULT_REGION = region;
  }
  if (credentials !== undefined) {
    env.AWS_ACCESS_KEY_ID = credentials.accessKeyId;
    env.AWS_SECRET_ACCESS_KEY = credentials.secretAccessKey;
    env.AWS_SESSION_TOKEN = credentials.sessionToken;
  }
  return env;
}
