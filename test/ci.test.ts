// One set of checks everywhere: the README's test command is `bash .ci/run`, which ci.yml runs too.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (file: string) => fs.readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const ciRun = read('.ci/run');

describe('.ci/run', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-run-'));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('lints, type-checks and runs the tests as the README says, then checks dist/', () => {
    const commands = ciRun.split('\n').filter((line) => /^npm (run|test)\b/.test(line));
    expect(commands).toEqual([
      'npm run lint',
      'npm run typecheck',
      expect.stringMatching(/^npm test\b/),
    ]);
    expect(ciRun).toContain('git status --porcelain -- dist');
  });

  it('is what ci.yml runs and what the README gives as the test command', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as {
      jobs: Record<string, { steps?: { run?: string }[] }>;
    };
    const scripts = Object.values(ci.jobs).flatMap((job) => (job.steps ?? []).map((s) => s.run));

    expect(scripts).toContain('bash .ci/run');
    expect(read('README.md')).toMatch(/^bash \.ci\/run$/m);
  });

  it('stops at once, saying what to install, when moto is missing', () => {
    const check = /^if ! moto_error=[\s\S]*?^fi$/m.exec(ciRun)?.[0];
    expect(check).toBeDefined();
    const bin = path.join(scratch, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(
      path.join(bin, 'python3'),
      `#!/bin/sh\necho "ModuleNotFoundError: No module named 'moto'" >&2\nexit 1\n`,
      { mode: 0o755 },
    );

    const outcome = spawnSync('bash', ['-euo', 'pipefail', '-c', `${check}\necho went on`], {
      env: { PATH: `${bin}:${process.env.PATH}` },
      encoding: 'utf8',
    });

    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain("pip install 'moto[server]==5.2.1'");
    expect(outcome.stderr).toContain("python3 said: ModuleNotFoundError: No module named 'moto'");
  });

  it('goes on when moto is there', () => {
    const check = /^if ! moto_error=[\s\S]*?^fi$/m.exec(ciRun)?.[0] ?? 'exit 1';
    const outcome = spawnSync('bash', ['-euo', 'pipefail', '-c', `${check}\necho went on`], {
      encoding: 'utf8',
    });
    expect(outcome.stdout).toBe('went on\n');
  });
});
