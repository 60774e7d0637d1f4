import { describe, expect, it } from 'vitest';
import type { Inputs } from '../../src/inputs.js';
import {
  buildArgs,
  fmtApplies,
  fmtCheckArgs,
  initArgs,
  initEnvironment,
  onGithubDotCom,
  packerEnvironment,
  packerLogPath,
  supportsInit,
  temporaryFilesIn,
  validateArgs,
} from '../../src/packer/argv.js';
import { makeInputs } from '../support/inputs.js';

describe('validateArgs and buildArgs', () => {
  it.each<[string, Partial<Inputs>, string[], string[]]>([
    [
      'defaults',
      {},
      ['validate', '-machine-readable', 'image.pkr.hcl'],
      ['build', '-machine-readable', '-color=false', '-on-error=cleanup', 'image.pkr.hcl'],
    ],
    [
      'var files, only, except, on-error abort',
      {
        varFiles: ['common.pkrvars.hcl', 'env/prod vars.json'],
        only: ['amazon-ebs.web', 'amazon-ebs.db'],
        except: ['null.test'],
        onError: 'abort',
      },
      [
        'validate',
        '-machine-readable',
        '-var-file=common.pkrvars.hcl',
        '-var-file=env/prod vars.json',
        '-only=amazon-ebs.web,amazon-ebs.db',
        '-except=null.test',
        'image.pkr.hcl',
      ],
      [
        'build',
        '-machine-readable',
        '-color=false',
        '-on-error=abort',
        '-var-file=common.pkrvars.hcl',
        '-var-file=env/prod vars.json',
        '-only=amazon-ebs.web,amazon-ebs.db',
        '-except=null.test',
        'image.pkr.hcl',
      ],
    ],
    [
      'a directory template as the user wrote it',
      { template: 'packer/', templateIsDirectory: true },
      ['validate', '-machine-readable', 'packer/'],
      ['build', '-machine-readable', '-color=false', '-on-error=cleanup', 'packer/'],
    ],
    [
      'a template whose name starts with a dash stays last',
      { template: '-odd.json', templateKind: 'legacy-json' },
      ['validate', '-machine-readable', '-odd.json'],
      ['build', '-machine-readable', '-color=false', '-on-error=cleanup', '-odd.json'],
    ],
  ])('%s', (_name, overrides, validate, build) => {
    const inputs = makeInputs(overrides);
    const before = structuredClone(inputs);
    expect(validateArgs(inputs)).toEqual(validate);
    expect(buildArgs(inputs)).toEqual(build);
    expect(inputs).toEqual(before);
  });

  it("gives the variables' file after the var files, and never a variable's value", () => {
    const inputs = makeInputs({
      variables: [{ name: 'password', value: 's3cret' }],
      varFiles: ['common.pkrvars.hcl', 'prod.pkrvars.json'],
    });
    const file = '/runner/_temp/packer-run-x/action-variables.pkrvars.json';
    const options = [
      '-var-file=common.pkrvars.hcl',
      '-var-file=prod.pkrvars.json',
      `-var-file=${file}`,
    ];
    expect(validateArgs(inputs, file)).toEqual([
      'validate',
      '-machine-readable',
      ...options,
      'image.pkr.hcl',
    ]);
    expect(buildArgs(inputs, file)).toEqual([
      'build',
      '-machine-readable',
      '-color=false',
      '-on-error=cleanup',
      ...options,
      'image.pkr.hcl',
    ]);
    for (const args of [validateArgs(inputs, file), buildArgs(inputs, file)]) {
      expect(args.filter((arg) => arg.includes('s3cret') || arg === '-var')).toEqual([]);
    }
  });
});

describe('initArgs', () => {
  it.each<[Partial<Inputs>, string[] | undefined]>([
    [{}, ['init', 'image.pkr.hcl']],
    [{ template: 'image.pkr.json' }, ['init', 'image.pkr.json']],
    [{ template: '.', templateIsDirectory: true }, ['init', '.']],
    [{ template: 'legacy.json', templateKind: 'legacy-json' }, undefined],
  ])('%j → %j', (overrides, expected) => {
    expect(initArgs(makeInputs(overrides))).toEqual(expected);
  });
});

describe('fmt', () => {
  it.each<[Partial<Inputs>, boolean]>([
    [{ template: 'image.pkr.hcl' }, true],
    [{ template: 'packer', templateIsDirectory: true }, true],
    [{ template: 'image.pkr.json' }, false],
    [{ template: 'legacy.json', templateKind: 'legacy-json' }, false],
  ])('%j applies: %s', (overrides, expected) => {
    expect(fmtApplies(makeInputs(overrides))).toBe(expected);
  });

  it('checks and shows the diff of the template', () => {
    expect(fmtCheckArgs(makeInputs({ template: 'packer' }))).toEqual([
      'fmt',
      '-check',
      '-diff',
      'packer',
    ]);
  });
});

describe('supportsInit', () => {
  it.each([
    ['1.6.6', false],
    ['1.7.0-alpha1', false],
    ['1.7.0', true],
    ['1.11.2', true],
    ['2.0.0', true],
  ])('%s → %s', (version, expected) => {
    expect(supportsInit(version)).toBe(expected);
  });

  it('names a version that is not semver', () => {
    expect(() => supportsInit('latest')).toThrow(
      /Packer version 'latest' is not a semantic version/,
    );
  });
});

describe('packerEnvironment', () => {
  const base = { PATH: '/usr/bin', HOME: '/home/runner', CHECKPOINT_DISABLE: '0' };

  it.each<[string, Partial<Inputs>, Record<string, string> | undefined, NodeJS.ProcessEnv]>([
    ['defaults', {}, undefined, { ...base, CHECKPOINT_DISABLE: '1' }],
    [
      'a GitHub token, which is for init alone',
      { githubToken: 'ghs_secret' },
      undefined,
      { ...base, CHECKPOINT_DISABLE: '1' },
    ],
    [
      'debug',
      { debug: true, command: 'validate', runnerTemp: '/tmp/runner' },
      undefined,
      {
        ...base,
        CHECKPOINT_DISABLE: '1',
        PACKER_LOG: '1',
        PACKER_LOG_PATH: '/tmp/runner/packer-validate.log',
      },
    ],
    [
      'extra last, over the base environment',
      {},
      { AWS_ACCESS_KEY_ID: 'AKIA', HOME: '/elsewhere' },
      { ...base, CHECKPOINT_DISABLE: '1', AWS_ACCESS_KEY_ID: 'AKIA', HOME: '/elsewhere' },
    ],
  ])('%s', (_name, overrides, extra, expected) => {
    const baseEnv = { ...base };
    const inputs = makeInputs(overrides);
    const before = structuredClone(inputs);
    expect(packerEnvironment(inputs, baseEnv, extra)).toEqual(expected);
    expect(baseEnv).toEqual(base);
    expect(inputs).toEqual(before);
  });

  it("leaves out the action's inputs and the runner's credentials", () => {
    const runner = {
      INPUT_TEMPLATE: 'image.pkr.hcl',
      'INPUT_GITHUB-TOKEN': 'ghs_input',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/id',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-secret',
      ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
      ACTIONS_RUNTIME_URL: 'https://runtime.example/',
      ACTIONS_CACHE_URL: 'https://cache.example/',
      ACTIONS_RESULTS_URL: 'https://results.example/',
    };
    const kept = {
      ...base,
      ACTIONS_STEP_DEBUG: 'true',
      GITHUB_WORKSPACE: '/work',
      MY_INPUT_DIR: '/in',
    };
    expect(packerEnvironment(makeInputs(), { ...runner, ...kept })).toEqual({
      ...kept,
      CHECKPOINT_DISABLE: '1',
    });
  });

  it("puts Packer's temporary files in the given folder, on every OS", () => {
    expect(temporaryFilesIn('/runner/temp/packer-run-x')).toEqual({
      TMPDIR: '/runner/temp/packer-run-x',
      TMP: '/runner/temp/packer-run-x',
      TEMP: '/runner/temp/packer-run-x',
    });
  });

  it('points the packer-log output at the file Packer logs to', () => {
    const inputs = makeInputs({ debug: true, command: 'build', runnerTemp: '/tmp/runner' });
    expect(packerLogPath(inputs)).toBe('/tmp/runner/packer-build.log');
    expect(packerEnvironment(inputs, {}).PACKER_LOG_PATH).toBe(packerLogPath(inputs));
  });
});

describe('initEnvironment', () => {
  const env = { PATH: '/usr/bin', CHECKPOINT_DISABLE: '1' };

  it.each<[string | undefined, boolean]>([
    [undefined, true],
    ['', true],
    ['https://github.com', true],
    ['https://GitHub.com/', true],
    ['https://ghes.example.com', false],
    ['https://octo.ghe.com', false],
    ['https://github.com.evil.example', false],
    ['not a url', false],
  ])('GITHUB_SERVER_URL %j: token given to init: %s', (serverUrl, given) => {
    const server = serverUrl === undefined ? {} : { GITHUB_SERVER_URL: serverUrl };
    const phaseEnv = { ...env, ...server };
    const before = structuredClone(phaseEnv);
    expect(onGithubDotCom(serverUrl)).toBe(given);
    expect(initEnvironment(phaseEnv, 'ghs_secret')).toEqual(
      given ? { ...phaseEnv, PACKER_GITHUB_API_TOKEN: 'ghs_secret' } : phaseEnv,
    );
    expect(phaseEnv).toEqual(before);
  });

  it('adds nothing without a token', () => {
    expect(initEnvironment({ ...env, GITHUB_SERVER_URL: 'https://github.com' }, '')).toEqual({
      ...env,
      GITHUB_SERVER_URL: 'https://github.com',
    });
  });
});
