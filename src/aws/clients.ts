// The one place the action's SSM and EC2 clients get their region and credentials. It takes the
// client's class so that a caller loads only the SDK client it uses.
import type { CredentialProvider } from './environment.js';

/** What every client the action makes is configured with. */
export interface AwsClientConfig {
  region: string;
  /** 1 when the caller retries itself (through its injectable sleep). */
  maxAttempts?: number;
  credentials?: CredentialProvider;
}

/**
 * A client of `Client` (SSMClient, EC2Client) for `region`, with the assumed role's refreshing
 * session, or the SDK's default chain (the runner's credentials) when there is none.
 */
export function awsClient<Client>(
  Client: new (config: AwsClientConfig) => Client,
  region: string,
  credentials: CredentialProvider | undefined,
  options: Pick<AwsClientConfig, 'maxAttempts'> = {},
): Client {
  return new Client({ region, ...options, ...(credentials ? { credentials } : {}) });
}
