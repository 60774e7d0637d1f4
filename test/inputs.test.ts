import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { InputErrors } from '../src/errors.js';
import { getInputs, type InputSource, parseVariables, parseVersionSpec } from '../src/inputs.js';
import { HASHICORP_RELEASE_KEY } from '../src/install/hashicorp-key.js';
import { DEFAULT_LIMITS } from '../src/install/limits.js';
import { HASHICORP_TRUST } from '../src/install/trust.js';

/** What `action` wrote to stdout (where @actions/core writes workflow commands). */
function captureStdout(action: () => void): string {
  let written = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written += String(chunk);
    return true;
  });
  try {
    action();
  } finally {
    spy.mockRestore();
  }
  return written;
}

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'inputs-'));
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
for (const file of [
  'images/web.pkr.hcl',
  'images/web.pkr.json',
  'legacy.json',
  'dir/a.pkr.hcl',
  'vars/prod.pkrvars.hcl',
  'notes.txt',
]) {
  fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
  fs.writeFileSync(path.join(workspace, file), '');
}
fs.mkdirSync(path.join(workspace, 'empty'));
fs.writeFileSync(path.join(outside, 'evil.pkr.hcl'), '');
fs.symlinkSync(path.join(outside, 'evil.pkr.hcl'), path.join(workspace, 'link.pkr.hcl'));
afterAll(() => {
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

/** An input source as the runner gives it: action.yml defaults, overridden per test. */
function source(overrides: Record<string, string>): InputSource {
  const values: Record<string, string> = {
    command: 'build',
    'working-directory': '.',
    'packer-version': 'latest',
    'releases-url': 'https://releases.hashicorp.com',
    'on-error': 'cleanup',
    'fmt-check': 'false',
    'role-duration-seconds': '3600',
    audience: 'sts.amazonaws.com',
    ...overrides,
  };
  const get = (name: string) => values[name] ?? '';
  return {
    get,
    getBoolean: (name) => {
      const value = get(name);
      if (['true', 'True', 'TRUE'].includes(value)) return true;
      if (['false', 'False', 'FALSE'].includes(value)) return false;
      throw new TypeError(`not a boolean: ${name}`);
    },
  };
}

const env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: '/runner/temp', GITHUB_RUN_ID: '77' };

function problemsOf(overrides: Record<string, string>): string[] {
  try {
    getInputs(source(overrides), env);
  } catch (error) {
    if (error instanceof InputErrors) return error.problems.map((problem) => problem.message);
    throw error;
  }
  return [];
}

describe('getInputs', () => {
  it('parses a full set of inputs into one typed object', () => {
    const inputs = getInputs(
      source({
        command: 'validate',
        template: 'web.pkr.hcl',
        'working-directory': 'images',
        'packer-version': '~1.11',
        'releases-url': 'https://mirror.example.com/hashicorp/',
        variables: 'region=eu-west-1\n\n  tags=a=b  \n',
        'var-files': '../vars/prod.pkrvars.hcl',
        only: 'amazon-ebs.web, amazon-ebs.app',
        'fmt-check': 'true',
        'github-token': 'ghs_x',
      }),
      { ...env, RUNNER_DEBUG: '1' },
    );
    expect(inputs).toMatchObject({
      command: 'validate',
      workspace,
      workingDirectory: path.join(workspace, 'images'),
      template: 'web.pkr.hcl',
      templatePath: path.join(workspace, 'images/web.pkr.hcl'),
      templateKind: 'hcl2',
      templateIsDirectory: false,
      packerVersion: { kind: 'range', range: '~1.11' },
      releases: { url: 'https://mirror.example.com/hashicorp', credentials: undefined },
      trust: HASHICORP_TRUST,
      variables: [
        { name: 'region', value: 'eu-west-1' },
        { name: 'tags', value: 'a=b' },
      ],
      varFiles: ['../vars/prod.pkrvars.hcl'],
      only: ['amazon-ebs.web', 'amazon-ebs.app'],
      except: [],
      onError: 'cleanup',
      fmtCheck: true,
      githubToken: 'ghs_x',
      debug: true,
      runnerTemp: '/runner/temp',
      installLimits: DEFAULT_LIMITS,
    });
  });

  it('splits credentials off releases-url, masks the secret at once and shows none of it', () => {
    const written = captureStdout(() => {
      const inputs = getInputs(
        source({
          template: 'legacy.json',
          'releases-url': 'https://ci:s%40cret@mirror.example/hc/',
        }),
        env,
      );
      expect(inputs.releases).toEqual({
        url: 'https://mirror.example/hc',
        credentials: { username: 'ci', password: 's@cret' },
      });
    });
    // The command escapes % as %25: the runner masks 's%40cret' (as given) and 's@cret' (as sent).
    expect(written).toBe('::add-mask::s%2540cret\n::add-mask::s@cret\n');

    const problems = problemsOf({ template: 'legacy.json', 'releases-url': 'ftp://ci:hunter2@x/' });
    expect(problems).toEqual([
      "Input 'releases-url' is 'ftp://x/': must be an http(s) URL such as https://releases.hashicorp.com",
    ]);
  });

  it('reads the install time limits from PACKER_ACTION_* variables, in seconds', () => {
    const inputs = getInputs(source({ template: 'legacy.json' }), {
      ...env,
      PACKER_ACTION_CONNECT_TIMEOUT: '2.5',
      PACKER_ACTION_IDLE_TIMEOUT: ' 7 ',
      PACKER_ACTION_DOWNLOAD_TIMEOUT: '',
      PACKER_ACTION_VERSION_TIMEOUT: '90',
      PACKER_ACTION_SIGNATURE_TIMEOUT: '120',
    });
    expect(inputs.installLimits).toEqual({
      connectTimeoutMs: 2500,
      idleTimeoutMs: 7000,
      downloadTimeoutMs: 300_000,
      versionTimeoutMs: 90_000,
      signatureTimeoutMs: 120_000,
    });
  });

  it('reports each bad time limit with the inputs, naming the variable', () => {
    expect(() =>
      getInputs(source({ template: 'legacy.json', command: 'x' }), {
        ...env,
        PACKER_ACTION_IDLE_TIMEOUT: '30s',
        PACKER_ACTION_DOWNLOAD_TIMEOUT: '0',
      }),
    ).toThrow(
      [
        "Input 'command' is 'x': must be one of 'validate', 'build', 'publish'",
        "Environment variable PACKER_ACTION_IDLE_TIMEOUT is '30s': must be a number of seconds above 0 and at most 86400 (default 20)",
        "Environment variable PACKER_ACTION_DOWNLOAD_TIMEOUT is '0': must be a number of seconds above 0 and at most 86400 (default 300)",
      ].join('\n'),
    );
  });

  it.each([
    ['images/web.pkr.hcl', 'hcl2', false],
    ['images/web.pkr.json', 'hcl2', false],
    ['legacy.json', 'legacy-json', false],
    ['dir', 'hcl2', true],
  ])('classifies template %s as %s', (template, kind, isDirectory) => {
    const inputs = getInputs(source({ template }), env);
    expect(inputs.templateKind).toBe(kind);
    expect(inputs.templateIsDirectory).toBe(isDirectory);
  });

  it.each([
    [
      { command: 'deploy', template: 'legacy.json' },
      "Input 'command' is 'deploy': must be one of 'validate', 'build'",
    ],
    [
      {},
      "Input 'template' is empty: is required: give a .pkr.hcl, .pkr.json or legacy .json template",
    ],
    [{ template: 'missing.pkr.hcl' }, "Input 'template' is 'missing.pkr.hcl': does not exist"],
    [
      { template: '../../../../etc/passwd.json' },
      "Input 'template' is '../../../../etc/passwd.json'",
    ],
    [{ template: 'link.pkr.hcl' }, 'must resolve inside the workspace'],
    [{ template: 'notes.txt' }, 'must be a .pkr.hcl, .pkr.json or legacy .json template'],
    [{ template: 'empty' }, 'has no .pkr.hcl files: give a .pkr.hcl'],
    [
      { template: 'legacy.json', 'packer-version': 'banana' },
      "Input 'packer-version' is 'banana': must be 'latest', an exact version",
    ],
    [
      { template: 'legacy.json', 'on-error': 'ask' },
      "Input 'on-error' is 'ask': must be one of 'cleanup', 'abort'",
    ],
    [
      { template: 'legacy.json', variables: 'region' },
      "Input 'variables' is 'region': each line must be name=value",
    ],
    [
      { template: 'legacy.json', variables: '=secret' },
      "Input 'variables' is '=…': each line must be name=value, the name made of",
    ],
    [
      { template: 'legacy.json', 'var-files': 'nope.pkrvars.hcl' },
      "Input 'var-files' is 'nope.pkrvars.hcl': does not exist",
    ],
    [
      { template: 'legacy.json', 'fmt-check': 'yes' },
      "Input 'fmt-check' is 'yes': must be 'true' or 'false'",
    ],
    [{ template: 'legacy.json', 'fmt-check': 'true' }, "applies only with 'command: validate'"],
    [
      { template: 'legacy.json', only: 'a', except: 'b' },
      "Input 'except' is 'b': cannot be combined with 'only'",
    ],
    [{ template: 'legacy.json', 'releases-url': 'ftp://x' }, "Input 'releases-url' is 'ftp://x'"],
    [
      { template: 'legacy.json', 'releases-url': 'not a url' },
      "Input 'releases-url' is 'not a url'",
    ],
    [{ template: 'legacy.json', 'releases-public-key': 'abc' }, "Input 'releases-public-key'"],
    [
      {
        template: 'legacy.json',
        'releases-public-key':
          '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nbm90IGEga2V5\n-----END PGP PUBLIC KEY BLOCK-----',
      },
      'is not a usable OpenPGP public key: ',
    ],
    [
      { template: 'legacy.json', 'working-directory': 'legacy.json' },
      "Input 'working-directory' is 'legacy.json': must be a directory",
    ],
  ])('rejects %j', (overrides, message) => {
    const problems = problemsOf(overrides);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it("reads releases-public-key's fingerprint with the inputs", () => {
    const inputs = getInputs(
      source({ template: 'legacy.json', 'releases-public-key': `  ${HASHICORP_RELEASE_KEY}\n` }),
      env,
    );
    expect(inputs.trust).toEqual({
      armoredKey: HASHICORP_RELEASE_KEY.trim(),
      fingerprint: HASHICORP_TRUST.fingerprint,
    });
  });

  it('reports every problem at once', () => {
    expect(problemsOf({ command: 'x', 'on-error': 'y', 'packer-version': 'z' })).toHaveLength(4);
  });

  it('reports every bad variables line at once, naming each and never a value', () => {
    expect(
      problemsOf({
        template: 'legacy.json',
        variables: 'good=1\nfirst line\n2bad = s3cret\nsecond\nalso_good = 2',
      }),
    ).toEqual([
      "Input 'variables' is 'first line': each line must be name=value (this one has no =)",
      "Input 'variables' is '2bad=…': each line must be name=value, the name made of letters, digits, _ and - (not starting with a digit or -)",
      "Input 'variables' is 'second': each line must be name=value (this one has no =)",
    ]);
  });

  it.each([
    ['commas', 'null.a, null.b ,null.c'],
    ['newlines', 'null.a\n  null.b\r\n\nnull.c\n'],
    ['both', 'null.a,\nnull.b,\nnull.c,'],
  ])('splits only and except on %s, trimmed', (_, list) => {
    for (const input of ['only', 'except'] as const) {
      const inputs = getInputs(source({ template: 'legacy.json', [input]: list }), env);
      expect(inputs[input]).toEqual(['null.a', 'null.b', 'null.c']);
    }
  });
});

describe('getInputs: the region', () => {
  it.each<[string, Record<string, string>, NodeJS.ProcessEnv]>([
    ['aws-region', { 'aws-region': 'eu-west-1', variables: 'aws_region=us-east-1' }, {}],
    ['AWS_REGION', { variables: 'aws_region=us-east-1' }, { AWS_REGION: 'eu-west-1' }],
  ])(
    'refuses an aws_region variable that differs from %s, before anything runs',
    (_from, inputs, more) => {
      expect(() =>
        getInputs(source({ template: 'legacy.json', ...inputs }), { ...env, ...more }),
      ).toThrow("Input 'variables' is 'aws_region=us-east-1': differs from aws-region eu-west-1");
    },
  );

  it('accepts an aws_region variable that agrees', () => {
    const inputs = getInputs(
      source({
        template: 'legacy.json',
        'aws-region': 'eu-west-1',
        variables: 'aws_region=eu-west-1',
      }),
      env,
    );
    expect(inputs.aws.region).toBe('eu-west-1');
  });
});

describe('getInputs: command publish', () => {
  const AMI = 'ami-0123456789abcdef0';
  const publish = { command: 'publish', 'aws-region': 'eu-west-1', 'ssm-parameter': '/images/x' };

  it('takes ami-ids, or ami-id in aws-region, and no template', () => {
    const amiIds = { 'eu-west-1': AMI, 'us-east-1': 'ami-0fedcba9876543210' };
    expect(getInputs(source({ ...publish, 'ami-ids': JSON.stringify(amiIds) }), env)).toMatchObject(
      { command: 'publish', template: '', amiIds },
    );
    expect(getInputs(source({ ...publish, 'ami-id': AMI }), env).amiIds).toEqual({
      'eu-west-1': AMI,
    });
  });

  it.each<[Record<string, string>, string[]]>([
    [{}, ["Input 'ami-ids' is empty: is required with 'command: publish' (or ami-id)"]],
    [
      { 'ssm-parameter': '', 'ami-id': AMI },
      ["Input 'ssm-parameter' is empty: is required with 'command: publish'"],
    ],
    [
      { 'ami-id': AMI, 'ami-ids': `{"eu-west-1":"${AMI}"}` },
      [`Input 'ami-id' is '${AMI}': cannot be combined with ami-ids`],
    ],
    [{ 'ami-id': 'ami-xyz' }, ["Input 'ami-id' is 'ami-xyz': 'ami-xyz' is not an AMI id"]],
    [{ 'ami-ids': `eu-west-1:${AMI}` }, [`must be a JSON object of region → AMI id`]],
    [{ 'ami-ids': `["${AMI}"]` }, [`must be a JSON object of region → AMI id`]],
    [{ 'ami-ids': '{}' }, ["Input 'ami-ids' is '{}': has no AMI"]],
    [
      { 'ami-ids': `{"Ireland":"${AMI}","us-east-1":"snap-1","eu-west-2":7}` },
      [
        "has the key 'Ireland': each key must be an AWS region code",
        "us-east-1: 'snap-1' is not an AMI id",
        "eu-west-2: '7' is not an AMI id",
      ],
    ],
    [
      { 'ami-id': AMI, template: 'legacy.json' },
      ["Input 'template' is 'legacy.json': does not apply to 'command: publish'"],
    ],
  ])('rejects %j', (overrides, messages) => {
    expect(problemsOf({ ...publish, ...overrides })).toEqual(
      messages.map((message) => expect.stringContaining(message)),
    );
  });

  it.each(['ami-id', 'ami-ids'])('refuses %s without command: publish', (input) => {
    expect(problemsOf({ template: 'legacy.json', [input]: AMI })).toEqual([
      `Input '${input}' is '${AMI}': applies only with 'command: publish'`,
    ]);
  });
});

describe('parseVersionSpec', () => {
  it.each([
    ['latest', { kind: 'latest' }],
    ['1.11.2', { kind: 'exact', version: '1.11.2' }],
    ['v1.11.2', { kind: 'exact', version: '1.11.2' }],
    ['1.12.0-beta1', { kind: 'exact', version: '1.12.0-beta1' }],
    ['~1.11', { kind: 'range', range: '~1.11' }],
    ['1.x', { kind: 'range', range: '1.x' }],
    ['>=1.10 <1.12', { kind: 'range', range: '>=1.10 <1.12' }],
  ])('%s', (value, spec) => {
    expect(parseVersionSpec(value)).toEqual(spec);
  });

  it.each(['newest', '1.2.3.4', 'x.y'])('rejects %j', (value) => {
    expect(() => parseVersionSpec(value)).toThrow(/packer-version/);
  });
});

describe('parseVariables', () => {
  it.each([
    ['a=1', [{ name: 'a', value: '1' }]],
    ['  foo  =  bar  ', [{ name: 'foo', value: 'bar' }]],
    ['a = b = c', [{ name: 'a', value: 'b = c' }]],
    ['a=', [{ name: 'a', value: '' }]],
    ['url=https://x/?q=1', [{ name: 'url', value: 'https://x/?q=1' }]],
    [
      'a=1\r\nb-c=two words',
      [
        { name: 'a', value: '1' },
        { name: 'b-c', value: 'two words' },
      ],
    ],
  ])('%j', (value, variables) => {
    expect(parseVariables(value)).toEqual({ variables, problems: [] });
  });
});
