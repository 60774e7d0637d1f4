// Where an image is built and what it is built on, evaluated by a real Packer (Debian's 1.6.6) over
// the expressions of the templates themselves, parsed with @cdktf/hcl2json: the region defaults to
// the action's AWS_REGION, and the parent parameter follows the hierarchy unless a release pins it.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTemplate, PARENT_VARIABLE, REGION_DEFAULT } from './conventions.js';
import { PACKER_DIR } from './repository.js';
import { runTool, scratchDirectories } from './tools.js';

const scratch = scratchDirectories('parameters');
afterAll(scratch.removeAll);

/** An HCL expression as hcl2json gives it (`${...}`), as it is written in a template. */
function expression(parsed: unknown): string {
  const text = String(parsed);
  const inner = /^\$\{([\s\S]*)\}$/.exec(text)?.[1];
  return inner ?? JSON.stringify(text);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function first(value: unknown): Record<string, unknown> {
  return record(Array.isArray(value) ? value[0] : undefined);
}

/**
 * Evaluates `probe` with `packer console` in a template made of the given variables (name →
 * default expression) and locals: a null build, so no plugin is needed.
 */
async function evaluate(
  variables: Record<string, string>,
  locals: Record<string, string>,
  probe: string,
  options: { args?: string[]; env?: NodeJS.ProcessEnv; command?: 'console' | 'validate' } = {},
) {
  const directory = await scratch.create();
  const template = join(directory, 'probe.pkr.hcl');
  await writeFile(
    template,
    [
      ...Object.entries(variables).map(
        ([name, value]) => `variable "${name}" {\n  type    = string\n  default = ${value}\n}`,
      ),
      `locals {\n${Object.entries(locals)
        .map(([name, value]) => `  ${name} = ${value}`)
        .join('\n')}\n}`,
      'source "null" "probe" {\n  communicator = "none"\n}',
      'build {\n  sources = ["source.null.probe"]\n}',
    ].join('\n'),
  );
  const outcome = await runTool(
    'packer',
    [options.command ?? 'console', ...(options.args ?? []), template],
    { CHECKPOINT_DISABLE: '1', ...options.env },
    `${probe}\n`,
  );
  return { ...outcome, value: outcome.stdout.trim() };
}

describe('the region', async () => {
  const base = await loadTemplate(join(PACKER_DIR, 'base'));
  const regionDefault = first(record(base.config.variable).aws_region).default;

  it('defaults to env("AWS_REGION") in the templates', () => {
    expect(regionDefault).toBe(REGION_DEFAULT);
  });

  it('is AWS_REGION, as the action sets it, on Packer 1.6.6: env() works in a variable default', async () => {
    const variables = { aws_region: expression(regionDefault) };

    const fromAction = await evaluate(variables, {}, 'var.aws_region', {
      env: { AWS_REGION: 'ap-south-2' },
    });
    const overridden = await evaluate(variables, {}, 'var.aws_region', {
      env: { AWS_REGION: 'ap-south-2' },
      args: ['-var', 'aws_region=eu-west-3'],
    });

    expect(fromAction).toMatchObject({ code: 0, value: 'ap-south-2' });
    expect(overridden).toMatchObject({ code: 0, value: 'eu-west-3' });
  });

  it('cannot come from env() anywhere but a variable default (Packer 1.6.6)', async () => {
    const outcome = await evaluate({}, { region: expression(regionDefault) }, '', {
      env: { AWS_REGION: 'ap-south-2' },
      command: 'validate',
    });

    expect(outcome.code).toBe(1);
    expect(`${outcome.stdout}${outcome.stderr}`).toContain('There is no function named "env"');
  });
});

describe('the parent an image is built on', async () => {
  const parentOf = async (template: string) => {
    const { config } = await loadTemplate(join(PACKER_DIR, template));
    const dataSource = first(record(record(config.data)['amazon-parameterstore']).parent_ami);
    const variables = record(config.variable);
    const defaults = Object.fromEntries(
      [PARENT_VARIABLE, 'app_binary']
        .filter((name) => name in variables)
        .map((name) => [name, JSON.stringify(first(variables[name]).default)]),
    );
    return { name: expression(dataSource.name), defaults };
  };
  const cases = async (template: string) => {
    const { name, defaults } = await parentOf(template);
    return async (args: string[]) =>
      (await evaluate(defaults, { parent: name }, 'local.parent', { args })).value;
  };

  it('web_node: base, or the release of base a release passes', async () => {
    const parent = await cases('web_node');

    expect(await parent([])).toBe('/images/base/latest');
    expect(await parent(['-var', `${PARENT_VARIABLE}=/images/base/latest:v1.2.3`])).toBe(
      '/images/base/latest:v1.2.3',
    );
  });

  it('app_node: base for the infrastructure image, app_node for an application image', async () => {
    const parent = await cases('app_node');
    const application = ['-var', 'app_binary=bin/orders'];

    expect(await parent([])).toBe('/images/base/latest');
    expect(await parent(['-var', `${PARENT_VARIABLE}=/images/base/candidate:v1.3.0-rc.1`])).toBe(
      '/images/base/candidate:v1.3.0-rc.1',
    );
    expect(await parent(application)).toBe('/images/app_node/latest');
    expect(
      await parent([...application, '-var', `${PARENT_VARIABLE}=/images/app_node/latest:v1.2.3`]),
    ).toBe('/images/app_node/latest:v1.2.3');
  });
});
