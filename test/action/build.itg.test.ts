// `command: build` run through the built action with the real Packer 1.6.6 and its null builder,
// installed once from the loopback mirror into a tool cache every test shares.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type BuildOptions,
  hclInterpolation,
  nullTemplate,
  PACKER_VERSION,
  provisionerOutput,
  startNullBuild,
  useWarmPacker,
} from './support.js';

const packer = useWarmPacker();

const startBuild = (template: string, options?: BuildOptions) =>
  startNullBuild(packer, template, options);
const build = (template: string, options?: BuildOptions) =>
  startBuild(template, options).action.done;

const NULL_ARTIFACT = { buildName: 'null.x', builderId: 'fnoeding.null', id: 'Null' };

describe('command: build', () => {
  it('builds with the null builder: outputs, live log and summary', async () => {
    const run = await build(nullTemplate(['echo provisioning, with comma']));

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      'packer-version': PACKER_VERSION,
      'artifact-id': 'Null',
      artifacts: JSON.stringify([NULL_ARTIFACT]),
      'ami-id': '',
      'ami-ids': '{}',
    });
    // Packer writes the comma as %!(PACKER_COMMA) in machine-readable output; the log shows it.
    expect(provisionerOutput(run, 'null.x')).toEqual(['provisioning, with comma']);
    expect(run.stdout).not.toContain('PACKER_COMMA');
    expect(run.summary).toContain('## Packer build: :white_check_mark: succeeded');
    expect(run.summary).toContain(
      '### Artifacts\n\n| Build | Builder | Id |\n| --- | --- | --- |\n| null.x | fnoeding.null | Null |',
    );
    expect(run.summary).toMatch(/^\| validate \| .+ \| ok \|\n\| build \| .+ \| ok \|$/m);
    expect(packer.mirror.requests).toEqual([]);
  });

  it('passes variables and var-files to the template, the variables winning', async () => {
    const template = `variable "greeting" {
  type = string
}

variable "farewell" {
  type    = string
  default = "unset"
}

${nullTemplate([
  `echo 'greeting=${hclInterpolation('var.greeting')}'`,
  `echo 'farewell=${hclInterpolation('var.farewell')}'`,
])}`;
    const run = await build(template, {
      inputs: {
        variables: ` greeting =  hi there, friend ${hclInterpolation('not.a.template')} `,
        'var-files': 'vars/bye.pkrvars.hcl',
      },
      files: { 'vars/bye.pkrvars.hcl': 'greeting = "overridden"\nfarewell = "see you, later"\n' },
    });

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(provisionerOutput(run, 'null.x')).toEqual([
      `greeting=hi there, friend ${hclInterpolation('not.a.template')}`,
      'farewell=see you, later',
    ]);
  });

  it('passes variables to a legacy JSON template', async () => {
    const template = JSON.stringify({
      variables: { greeting: 'unset' },
      builders: [{ type: 'null', communicator: 'none' }],
      provisioners: [{ type: 'shell-local', inline: ["echo 'greeting={{user `greeting`}}'"] }],
    });
    const run = await build(template, {
      inputs: {
        template: 'image.json',
        variables: `greeting=hi, there ${hclInterpolation('not.hcl')}`,
      },
      files: { 'image.json': template },
    });

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(provisionerOutput(run, 'null')).toEqual([
      `greeting=hi, there ${hclInterpolation('not.hcl')}`,
    ]);
  });

  it('fails on a variable the template does not declare, as -var did', async () => {
    const run = await build(nullTemplate(['echo hi']), {
      inputs: { variables: 'undeclared_one=1\nundeclared_two=2' },
    });

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      "::error::Input 'variables' sets 'undeclared_one', 'undeclared_two', which image.pkr.hcl does not declare: declare them (variable \"undeclared_one\" { type = string }) or remove the line",
    ]);
    expect(run.summary).toMatch(/^\| validate \| .+ \| failed; exit code 0 \|$/m);
    expect(run.summary).not.toMatch(/^\| build \|/m);
  });

  it.each([
    ['only', 'null.a', 'null.b'],
    ['except', 'null.a', 'null.b'],
  ])('selects builds with %s: %s', async (input, named, other) => {
    const [built, skipped] = input === 'only' ? [named, other] : [other, named];
    const run = await build(
      nullTemplate([`echo built ${hclInterpolation('source.name')}`], ['a', 'b']),
      {
        inputs: { [input]: named },
      },
    );

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(provisionerOutput(run, built)).toEqual([`built ${built.slice('null.'.length)}`]);
    expect(provisionerOutput(run, skipped)).toEqual([]);
    expect(JSON.parse(run.outputs.artifacts ?? '')).toEqual([
      { buildName: built, builderId: 'fnoeding.null', id: 'Null' },
    ]);
  });

  it('fails, naming the build, when a provisioner fails', async () => {
    const run = await build(nullTemplate(['echo about to fail', 'exit 3']));

    expect(run.exitCode).toBe(1);
    const reason = 'Script exited with non-zero exit status: 3.Allowed exit codes are: [0]';
    expect(run.errors).toEqual([
      `::error title=Build 'null.x' failed::${reason}`,
      `::error::Build 'null.x' failed: ${reason}`,
    ]);
    expect(run.outputs['artifact-id']).toBe('');
    expect(run.outputs.artifacts).toBe('[]');
    expect(run.summary).toContain('## Packer build: :x: failed');
    expect(run.summary).toMatch(/^\| build \| .+ \| exit code 1 \|$/m);
  });

  it("writes Packer's debug log under RUNNER_TEMP when runner debug logging is on", async () => {
    const { runner, action } = startBuild(nullTemplate(['echo hi']), {
      env: { RUNNER_DEBUG: '1' },
    });
    const run = await action.done;

    expect(run.exitCode).toBe(0);
    const log = run.outputs['packer-log'] ?? '';
    expect(path.dirname(log)).toBe(runner.temp);
    expect(fs.readFileSync(log, 'utf8')).toContain(`[INFO] Packer version: ${PACKER_VERSION}`);
  });

  it('leaves no packer-log output without runner debug logging', async () => {
    const run = await build(nullTemplate(['echo hi']));

    expect(run.exitCode).toBe(0);
    expect(run.outputs).not.toHaveProperty('packer-log');
  });

  it("keeps the runner's secrets and the action's inputs out of Packer's environment", async () => {
    const secrets = {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-request-secret',
      ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
      ACTIONS_RUNTIME_URL: 'http://127.0.0.1:1/runtime',
      ACTIONS_CACHE_URL: 'http://127.0.0.1:1/cache',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/results',
    };
    const run = await build(nullTemplate(['env']), { env: secrets });

    expect(run.exitCode).toBe(0);
    const names = provisionerOutput(run, 'null.x').flatMap(
      (line) => /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.[1] ?? [],
    );
    // The dump is whole: variables the action passes on are there.
    expect(names).toEqual(
      expect.arrayContaining(['PATH', 'GITHUB_WORKSPACE', 'CHECKPOINT_DISABLE']),
    );
    expect(provisionerOutput(run, 'null.x')).toContain('CHECKPOINT_DISABLE=1');
    expect(names.filter((name) => name in secrets || name.startsWith('INPUT_'))).toEqual([]);
    for (const value of Object.values(secrets)) expect(run.stdout).not.toContain(value);
  });
});
