// AWS for the action: credentials from GitHub OIDC and publication of AMI ids to SSM. This module
// loads the AWS SDK: import it with `await import()` on the paths that need it. Input checks that
// run on every path live in ./validation.js, which does not load the SDK.
export {
  type AssumedRole,
  type AssumedSession,
  assumeRoleForTheRun,
  assumeRoleWithGithubOidc,
  type RoleRequest,
} from './credentials.js';
export type { AwsCredentials, CredentialProvider } from './environment.js';
export {
  type PublishRequest,
  type PublishTiming,
  publishAmiIds,
  type RegionPublication,
} from './publish.js';
export type { RetryTiming, Sleep } from './retry.js';
