// `command: validate` run through the built action with the real Packer 1.6.6, installed once from
// the loopback mirror into a tool cache every test shares.
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/action.js';
import {
  mirrorInputs,
  nullTemplate,
  PACKER_VERSION,
  useWarmPacker,
  VALID_JSON_TEMPLATE,
  writeWorkspace,
} from './support.js';

const packer = useWarmPacker();

async function validate(files: Record<string, string>, inputs: Record<string, string>) {
  const runner = packer.runner();
  writeWorkspace(runner, files);
  return runAction({
    runner,
    inputs: { ...mirrorInputs(packer.mirror), command: 'validate', ...inputs },
  });
}

const INIT_SKIPPED = `::notice::Packer ${PACKER_VERSION} has no 'packer init' (it came in 1.7.0): skipping it.`;

// `bogus` on line 3: Packer names the file and line, relative to where it runs.
const INVALID_HCL = nullTemplate(['echo hi']).replace(
  'communicator = "none"',
  'communicator = "none"\n  bogus        = 1',
);

describe('command: validate', () => {
  it.each<[string, Record<string, string>, string, boolean]>([
    ['a legacy JSON template', { 'image.json': VALID_JSON_TEMPLATE }, 'image.json', false],
    ['an HCL2 template', { 'image.pkr.hcl': nullTemplate(['echo hi']) }, 'image.pkr.hcl', true],
    [
      'a directory of HCL2 files',
      {
        'images/sources.pkr.hcl': 'source "null" "x" {\n  communicator = "none"\n}\n',
        'images/build.pkr.hcl': 'build {\n  sources = ["source.null.x"]\n}\n',
      },
      'images',
      true,
    ],
  ])('passes %s', async (_, files, template, isHcl2) => {
    const run = await validate(files, { template });

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['packer-version']).toBe(PACKER_VERSION);
    expect(run.stdout).toContain(`${template} is valid.`);
    expect(run.summary).toContain('## Packer validate: :white_check_mark: succeeded');
    expect(run.summary).toContain(`**Template:** ${template}`);
    expect(run.summary).toMatch(/^\| validate \| .+ \| ok \|$/m);
    // Packer 1.6.6 has no init: HCL2 templates say it is skipped, legacy JSON never needs it.
    expect(run.stdout.includes(INIT_SKIPPED)).toBe(isHcl2);
    // The tool cache was warmed with this exact version: nothing is fetched.
    expect(packer.mirror.requests).toEqual([]);
  });

  it('annotates an invalid HCL2 template on its workspace-relative file and line', async () => {
    const run = await validate(
      { 'images/bad.pkr.hcl': INVALID_HCL },
      { 'working-directory': 'images', template: 'bad.pkr.hcl' },
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(2);
    // @actions/core escapes ':' in properties and newlines in the message.
    const annotation = run.errors[0] ?? '';
    expect(annotation).toMatch(
      /^::error title=Error%3A Unsupported argument,file=images\/bad\.pkr\.hcl,line=3::on bad\.pkr\.hcl line 3:%0A/,
    );
    expect(annotation).toContain('An argument named "bogus" is not expected here.');
    expect(run.errors[1]).toBe('::error::packer validate found 1 error in bad.pkr.hcl');
    expect(run.summary).toContain('## Packer validate: :x: failed');
    expect(run.summary).toContain('**Error:** packer validate found 1 error in bad.pkr.hcl');
    expect(run.summary).toMatch(/^\| validate \| .+ \| exit code 1 \|$/m);
  });

  it('fails on an invalid legacy JSON template with Packer’s error', async () => {
    const template = { builders: [{ type: 'null', communicator: 'none', bogus_key: 1 }] };
    const run = await validate({ 'bad.json': JSON.stringify(template) }, { template: 'bad.json' });

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^::error title=Error%3A Failed to prepare build%3A "null"::.*unknown configuration key: '"bogus_key"'/,
      ),
      '::error::packer validate found 1 error in bad.json',
    ]);
    expect(run.stdout).not.toContain(INIT_SKIPPED);
  });
});

describe('fmt-check: true', () => {
  it('fails a template that is not canonically formatted, annotating it and showing the diff', async () => {
    const ugly =
      'source "null" "x" {\ncommunicator="none"\n}\nbuild {\n  sources = ["source.null.x"]\n}\n';
    const run = await validate(
      { 'ugly.pkr.hcl': ugly },
      { template: 'ugly.pkr.hcl', 'fmt-check': 'true' },
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      '::error title=Not formatted canonically (packer fmt),file=ugly.pkr.hcl,line=1:: source "null" "x" {%0A-communicator="none"%0A+  communicator = "none"%0A }%0A build {%0A   sources = ["source.null.x"]',
      "::error::packer fmt -check: ugly.pkr.hcl is not formatted canonically; run 'packer fmt ugly.pkr.hcl' and commit the result",
    ]);
    expect(run.stdout).toContain('+  communicator = "none"');
    expect(run.summary).toMatch(/^\| fmt \| .+ \| exit code 3 \|$/m);
  });

  it('passes a canonically formatted template', async () => {
    const run = await validate(
      { 'tidy.pkr.hcl': nullTemplate(['echo hi'], ['a', 'b']) },
      { template: 'tidy.pkr.hcl', 'fmt-check': 'true' },
    );

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toMatch(/^\| fmt \| .+ \| ok \|$/m);
  });
});
