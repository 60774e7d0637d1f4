// The action's inputs, parsed once into one typed object. Everything after parsing takes `Inputs`;
// nothing else calls core.getInput.

export type Command = 'validate' | 'build';
export type OnError = 'cleanup' | 'abort';

/** What `packer-version` asked for. */
export type VersionSpec =
  | { kind: 'latest' }
  | { kind: 'exact'; version: string }
  | { kind: 'range'; range: string };

/**
 * `hcl2`: a `.pkr.hcl` or `.pkr.json` file, or a directory of `.pkr.hcl` files (packer init applies).
 * `legacy-json`: a legacy `.json` template (no init, no fmt).
 */
export type TemplateKind = 'hcl2' | 'legacy-json';

export interface Variable {
  name: string;
  value: string;
}

export interface AwsInputs {
  /** Required once roleToAssume or ssmParameter is set. */
  region: string | undefined;
  roleToAssume: string | undefined;
  roleSessionName: string;
  roleDurationSeconds: number;
  audience: string;
  ssmParameter: string | undefined;
  ssmParameterLabel: string | undefined;
}

export interface Inputs {
  command: Command;
  /** GITHUB_WORKSPACE, absolute. */
  workspace: string;
  /** Absolute; Packer runs here. */
  workingDirectory: string;
  /** The template as the user wrote it, relative to workingDirectory: what Packer is given. */
  template: string;
  /** Absolute path of the template (file or directory), inside the workspace. */
  templatePath: string;
  templateKind: TemplateKind;
  /** True when templatePath is a directory of .pkr.hcl files. */
  templateIsDirectory: boolean;
  packerVersion: VersionSpec;
  /** Base URL of the releases site, without a trailing slash. */
  releasesUrl: string;
  /** ASCII-armored key; undefined means the embedded HashiCorp key. */
  releasesPublicKey: string | undefined;
  variables: Variable[];
  varFiles: string[];
  only: string[];
  except: string[];
  onError: OnError;
  fmtCheck: boolean;
  githubToken: string;
  /** RUNNER_DEBUG=1: Packer's debug log goes to a file under runnerTemp. */
  debug: boolean;
  runnerTemp: string;
  aws: AwsInputs;
}
