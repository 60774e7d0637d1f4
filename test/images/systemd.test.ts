import { chmod, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKER_DIR } from './repository.js';
import { requireTool, runTool, scratchDirectories } from './tools.js';

const UNIT = join(PACKER_DIR, 'files', 'app_node', 'app.service');
// The host's units (package systemd): the targets a service is ordered against.
const SYSTEM_UNITS = '/usr/lib/systemd/system';

/** The absolute programs of the unit's Exec*= lines, prefixes (-@:+!) removed. */
function programsOf(unit: string): string[] {
  return [...unit.matchAll(/^Exec\w*=[-@:+!]*(\/\S+)/gm)].map((match) => match[1] ?? '');
}

/**
 * `systemd-analyze verify` in a scratch root holding the host's units and the unit under test.
 * The unit's programs are stubbed there: the service binary is baked into an application image or
 * deployed later, so it exists on no build machine. Warnings count as findings.
 */
async function verify(root: string, name: string, unit: string) {
  await requireTool('systemd-analyze');
  await cp(SYSTEM_UNITS, join(root, SYSTEM_UNITS), { recursive: true, verbatimSymlinks: true });
  const path = join(root, 'etc', 'systemd', 'system', name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, unit);
  for (const program of programsOf(unit)) {
    await mkdir(dirname(join(root, program)), { recursive: true });
    await writeFile(join(root, program), '#!/bin/sh\n');
    await chmod(join(root, program), 0o755);
  }
  const outcome = await runTool('systemd-analyze', ['verify', `--root=${root}`, path]);
  return { code: outcome.code, findings: `${outcome.stdout}${outcome.stderr}`.trim() };
}

describe('systemd-analyze verify', () => {
  const scratch = scratchDirectories('systemd');
  afterAll(scratch.removeAll);

  it('accepts the app_node service unit', async () => {
    const unit = await readFile(UNIT, 'utf8');
    expect(programsOf(unit)).toEqual(['/opt/app/bin/app']);

    const { code, findings } = await verify(await scratch.create(), 'app.service', unit);

    expect(findings).toBe('');
    expect(code).toBe(0);
  });

  it('reports a unit with an unknown setting', async () => {
    const unit = (await readFile(UNIT, 'utf8')).replace(
      'Restart=on-failure',
      'Restart=on-failure\nRestartt=always',
    );

    const { findings } = await verify(await scratch.create(), 'app.service', unit);

    expect(findings).toContain("Unknown key 'Restartt' in section [Service]");
  });
});
