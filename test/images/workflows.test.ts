import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listTemplates, ROOT, WORKFLOWS_DIR } from './repository.js';
import {
  expressionsInRunScripts,
  formatFindings,
  lintWorkflow,
  matrixTemplates,
  stepScript,
  unpinnedActions,
} from './workflows.js';

const CHECKOUT = 'actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2';

describe('the workflow checks', () => {
  it('report an untrusted value pasted into a script', async () => {
    const workflow = [
      'on: pull_request',
      'jobs:',
      '  greet:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      `      - run: echo "\${{ github.event.pull_request.title }}"`,
    ].join('\n');

    const findings = await lintWorkflow(workflow, 'greet.yml');

    expect(formatFindings(findings)).toContain(
      '"github.event.pull_request.title" is potentially untrusted',
    );
    expect(expressionsInRunScripts(workflow)).toEqual([
      `- run: echo "\${{ github.event.pull_request.title }}"`,
    ]);
  });

  it('report an expression in a multi-line script, not in the env that feeds it', () => {
    const workflow = [
      '      - env:',
      `          TAG: \${{ github.ref_name }}`,
      '        run: |',
      '          echo "$TAG"',
      `          echo "\${{ github.head_ref }}"`,
      '      - uses: ./',
      '        with:',
      `          label: \${{ github.ref_name }}`,
    ].join('\n');

    expect(expressionsInRunScripts(workflow)).toEqual([`echo "\${{ github.head_ref }}"`]);
  });

  it('report actions that are not pinned to a commit with its version', () => {
    const workflow = [
      '      - uses: actions/checkout@v4',
      `      - uses: ${CHECKOUT}`,
      '      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903',
      '      - uses: ./',
      '    uses: ./.github/workflows/build-image.yml',
    ].join('\n');

    expect(unpinnedActions(workflow)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903',
    ]);
  });
});

describe('the workflows in .github/workflows', async () => {
  const names = (await readdir(WORKFLOWS_DIR)).filter((name) => name.endsWith('.yml')).sort();
  const templates = await listTemplates();
  const workflows = new Map<string, string>();
  beforeAll(async () => {
    for (const name of names) {
      workflows.set(name, await readFile(join(WORKFLOWS_DIR, name), 'utf8'));
    }
  });
  const workflow = (name: string) => workflows.get(name) ?? '';

  it('are the CI, validation and release workflows', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'ci.yml',
        'validate-images.yml',
        'release-images.yml',
        'build-image.yml',
      ]),
    );
  });

  it.each(names)('%s: actionlint finds nothing', async (name) => {
    expect(formatFindings(await lintWorkflow(workflow(name), name))).toBe('');
  });

  it.each(names)('%s: third-party actions are pinned by commit SHA', (name) => {
    expect(unpinnedActions(workflow(name))).toEqual([]);
  });

  it.each(names)('%s: no expression is pasted into a script', (name) => {
    expect(expressionsInRunScripts(workflow(name))).toEqual([]);
  });

  it.each(['ci.yml', 'validate-images.yml'])('%s: validates every template', (name) => {
    expect(matrixTemplates(workflow(name))).toEqual(templates);
    expect(workflow(name)).toContain(`template: packer/\${{ matrix.template }}`);
    expect(workflow(name)).toContain('command: validate');
  });

  it.each(['ci.yml', 'validate-images.yml'])('%s: asks for no AWS credentials', (name) => {
    expect(workflow(name)).not.toMatch(/id-token|role-to-assume|aws-region/);
    expect(workflow(name)).toMatch(/^permissions:\n {2}contents: read$/m);
  });

  it('release-images.yml builds every template, base first and windows_base last', () => {
    const release = workflow('release-images.yml');
    const built = [...release.matchAll(/^ {6}template: (\w+)$/gm)].map((match) => match[1]);

    expect([...built].sort()).toEqual(templates);
    expect(release).toMatch(/^ {2}web_node:\n {4}needs: base$/m);
    expect(release).toMatch(/^ {2}app_node:\n {4}needs: base$/m);
    expect(release).toMatch(/^ {2}windows_base:\n {4}needs: \[web_node, app_node\]$/m);
    expect(release).toMatch(/^on:\n {2}push:\n {4}tags: \["v\*"\]$/m);
  });

  it.each([
    ['v1.2.3', true],
    ['v1.2.3-rc.1', true],
    ['v10.20.30', true],
    ['v1.2.3+build.5', false],
    ['v1.2', false],
    ['1.2.3', false],
    ['v1.2.3;id', false],
    [`v1.2.3-${'a'.repeat(40)}`, false],
  ])('release-images.yml: the tag check accepts %s: %s', (tag, accepted) => {
    const script = stepScript(
      workflow('release-images.yml'),
      'The tag must fit an AMI name and an SSM parameter label',
    );
    expect(script).toContain('$TAG');

    const outcome = spawnSync('bash', ['-e', '-c', script ?? 'false'], {
      env: { TAG: tag },
      encoding: 'utf8',
    });

    expect(outcome.status === 0).toBe(accepted);
    expect(outcome.stdout).toBe(
      accepted
        ? ''
        : `::error::Release tag '${tag}' must look like v1.2.3 or v1.2.3-rc.1 (at most 40 characters).\n`,
    );
  });

  it.each(['release-images.yml', 'build-image.yml'])(
    '%s: grants nothing at the top and id-token only to the build jobs',
    (name) => {
      const content = workflow(name);
      const grants = content.match(/id-token: write/g) ?? [];

      expect(content).toMatch(/^permissions: \{\}$/m);
      expect(grants.length).toBe(
        [...content.matchAll(/^ {4}permissions:\n {6}contents: read\n {6}id-token: write$/gm)]
          .length,
      );
      expect(grants.length).toBeGreaterThan(0);
    },
  );

  it('build-image.yml publishes to /images/<template>/latest, labelled with the tag, one build at a time', () => {
    const build = workflow('build-image.yml');

    expect(build).toContain(`ssm-parameter: /images/\${{ inputs.template }}/latest`);
    expect(build).toContain(`ssm-parameter-label: \${{ github.ref_name }}`);
    expect(build).toMatch(
      /group: release-image-\$\{\{ inputs\.template \}\}\n\s+cancel-in-progress: false/,
    );
    expect(build).toContain(`role-to-assume: \${{ vars.AWS_IMAGE_BUILD_ROLE_ARN }}`);
    for (const variable of ['aws_region', 'build_version', 'git_commit', 'build_run_url']) {
      expect(build).toMatch(new RegExp(`^ {12}${variable}=\\$\\{\\{ .+ \\}\\}`, 'm'));
    }
  });

  it('dependabot keeps npm and the actions up to date', async () => {
    const dependabot = await readFile(join(ROOT, '.github', 'dependabot.yml'), 'utf8');

    expect(dependabot).toContain('package-ecosystem: npm');
    expect(dependabot).toContain('package-ecosystem: github-actions');
  });
});
