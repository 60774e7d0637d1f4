import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, PACKER_DIR } from './repository.js';
import { runTool, scratchDirectories } from './tools.js';

// Every optional check too, but braces around every variable reference (SC2250): noise.
async function shellcheck(script: string) {
  const outcome = await runTool('shellcheck', [
    '--enable=all',
    '--exclude=SC2250',
    '--format=gcc',
    script,
  ]);
  return { ...outcome, findings: `${outcome.stdout}${outcome.stderr}` };
}

describe('shellcheck', async () => {
  const provisioners = join(PACKER_DIR, 'provisioner');
  const scripts = await listFiles(provisioners, '.sh');
  const scratch = scratchDirectories('shellcheck');
  afterAll(scratch.removeAll);

  it('finds the provisioner scripts', () => {
    expect(scripts.map((script) => relative(provisioners, script))).toEqual(
      expect.arrayContaining(['base.sh', 'cleanup.sh', 'web_node.sh', 'app_node.sh']),
    );
  });

  it.each(scripts.map((script) => relative(PACKER_DIR, script)))('passes %s', async (script) => {
    const { code, findings } = await shellcheck(join(PACKER_DIR, script));

    expect(findings).toBe('');
    expect(code).toBe(0);
  });

  it('reports a script with an unquoted expansion', async () => {
    const script = join(await scratch.create(), 'careless.sh');
    await writeFile(script, '#!/usr/bin/env bash\nset -euo pipefail\nrm -rf $1/*\n');

    const { code, findings } = await shellcheck(script);

    expect(code).not.toBe(0);
    expect(findings).toContain('SC2086');
  });
});
