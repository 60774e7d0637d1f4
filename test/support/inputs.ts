import type { Inputs } from '../../src/inputs.js';
import { DEFAULT_LIMITS } from '../../src/install/limits.js';
import { HASHICORP_TRUST } from '../../src/install/trust.js';

/**
 * Inputs as the action's defaults give them for an HCL2 template `image.pkr.hcl` in the workspace
 * root; tests override what they are about.
 */
export function makeInputs(overrides: Partial<Inputs> = {}): Inputs {
  return {
    command: 'build',
    workspace: '/home/runner/work/repo/repo',
    workingDirectory: '/home/runner/work/repo/repo',
    template: 'image.pkr.hcl',
    templatePath: '/home/runner/work/repo/repo/image.pkr.hcl',
    templateKind: 'hcl2',
    templateIsDirectory: false,
    packerVersion: { kind: 'latest' },
    releases: { url: 'https://releases.hashicorp.com', credentials: undefined },
    trust: HASHICORP_TRUST,
    variables: [],
    varFiles: [],
    only: [],
    except: [],
    onError: 'cleanup',
    fmtCheck: false,
    githubToken: '',
    debug: false,
    runnerTemp: '/home/runner/work/_temp',
    installLimits: DEFAULT_LIMITS,
    aws: {
      region: undefined,
      roleToAssume: undefined,
      roleSessionName: 'packer-1',
      roleDurationSeconds: 3600,
      audience: 'sts.amazonaws.com',
      ssmParameter: undefined,
      ssmParameterLabel: undefined,
    },
    amiIds: undefined,
    ...overrides,
  };
}
