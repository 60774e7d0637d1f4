import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listTemplates, PACKER_DIR } from './repository.js';
import { runTool, scratchDirectories } from './tools.js';

// Packer's own formatter. Debian's package is Packer 1.6.6: too old to validate these templates
// (no required_plugins, no data sources), but its `fmt` only reformats HCL syntax, so it can check
// them; the validate workflows run the current release's `fmt -check` as well.
const NO_TELEMETRY = { CHECKPOINT_DISABLE: '1' };

async function formatCheck(directory: string) {
  const outcome = await runTool('packer', ['fmt', '-check', '-diff', directory], NO_TELEMETRY);
  return {
    ...outcome,
    report: `packer fmt -check -diff ${directory}:\n${outcome.stdout}${outcome.stderr}`,
  };
}

describe('packer fmt -check', async () => {
  const templates = await listTemplates();
  const scratch = scratchDirectories('packer-fmt');
  afterAll(scratch.removeAll);

  it.each(templates)('finds packer/%s formatted', async (name) => {
    const { code, report } = await formatCheck(join(PACKER_DIR, name));

    expect(code, report).toBe(0);
  });

  it('rejects a template that is not formatted', async () => {
    const directory = await scratch.create();
    await writeFile(
      join(directory, 'ragged.pkr.hcl'),
      'variable "x" {\ntype = string\n  default = "y"\n}\n',
    );

    const { code, stdout } = await formatCheck(directory);

    expect(code).not.toBe(0);
    expect(stdout).toContain('ragged.pkr.hcl');
  });
});
