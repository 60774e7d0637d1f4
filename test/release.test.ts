// The action's release: CHANGELOG.md has notes for package.json's version, and release.yml's tag
// check (run as the runner runs it, in a scratch repository) refuses what must not be released.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const NOTES_SCRIPT = path.join(ROOT, '.github', 'scripts', 'release-notes.mjs');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function releaseNotes(version: string, changelog = path.join(ROOT, 'CHANGELOG.md')) {
  const outcome = spawnSync(process.execPath, [NOTES_SCRIPT, version, changelog], {
    encoding: 'utf8',
  });
  return { status: outcome.status, notes: outcome.stdout, error: outcome.stderr };
}

const CHANGELOG = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '## [1.2.3] - 2026-01-02',
  '',
  '### Fixed',
  '',
  '- One thing.',
  '',
  '## [1.2.2] - 2026-01-01',
  '',
  '- Older.',
  '',
  '[1.2.3]: https://example.com/v1.2.3',
  '',
].join('\n');

describe('CHANGELOG.md', () => {
  it("has notes for package.json's version", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));

    const { status, notes, error } = releaseNotes(version);

    expect(error).toBe('');
    expect(status).toBe(0);
    expect(notes).toMatch(/^### Added$/m);
    expect(lock.version).toBe(version);
  });
});

describe('action.yml', () => {
  it('has the branding the Marketplace shows', () => {
    const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    const colours = [
      'white',
      'black',
      'yellow',
      'blue',
      'green',
      'orange',
      'red',
      'purple',
      'gray-dark',
    ];

    expect(action.branding.icon).toMatch(/^[a-z-]+$/);
    expect(colours).toContain(action.branding.color);
  });
});

describe('release-notes.mjs', () => {
  const changelog = path.join(scratch, 'CHANGELOG.md');
  fs.writeFileSync(changelog, CHANGELOG);

  it("prints one version's section, without the next one or the links", () => {
    expect(releaseNotes('v1.2.3', changelog)).toEqual({
      status: 0,
      notes: '### Fixed\n\n- One thing.\n',
      error: '',
    });
    expect(releaseNotes('1.2.2', changelog).notes).toBe('- Older.\n');
  });

  it.each([
    ['1.2.4', 'has no entry for 1.2.4: add a "## [1.2.4] - YYYY-MM-DD" section'],
    ['1.2', 'has no entry for 1.2:'],
    ['Unreleased', 'the entry for Unreleased is empty'],
  ])('refuses %s', (version, message) => {
    const { status, notes, error } = releaseNotes(version, changelog);
    expect(status).toBe(1);
    expect(notes).toBe('');
    expect(error).toContain(message);
  });
});

describe("release.yml's tag check", () => {
  const workflow = parse(fs.readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8'));
  const script: string = workflow.jobs.tag.steps.find(
    (step: { id?: string }) => step.id === 'tag',
  ).run;
  const repository = path.join(scratch, 'repository');
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repository,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
      },
    }).trim();
  const commit = (version: string) => {
    fs.writeFileSync(path.join(repository, 'package.json'), JSON.stringify({ name: 'x', version }));
    git('add', '-A');
    git('commit', '-q', '-m', version);
    return git('rev-parse', 'HEAD');
  };

  // main: 1.2.3 (tagged v1.2.3), then 1.3.0 (tagged v1.3.0); a side branch off the first: 1.2.4.
  fs.mkdirSync(path.join(repository, '.github', 'scripts'), { recursive: true });
  fs.copyFileSync(NOTES_SCRIPT, path.join(repository, '.github', 'scripts', 'release-notes.mjs'));
  fs.writeFileSync(
    path.join(repository, 'CHANGELOG.md'),
    `${CHANGELOG}\n## [1.3.0] - 2026-02-01\n\n- New.\n\n## [1.2.4] - 2026-02-02\n\n- Side.\n\n## [1.3.1-rc.1] - 2026-03-01\n\n- Candidate.\n`,
  );
  git('init', '-q', '-b', 'main');
  const first = commit('1.2.3');
  git('tag', 'v1.2.3');
  const second = commit('1.3.0');
  git('tag', 'v1.3.0');
  const candidate = commit('1.3.1-rc.1');
  git('tag', 'v1.3.1-rc.1');
  git('update-ref', 'refs/remotes/origin/main', 'main');
  git('switch', '-q', '-c', 'side', first);
  const side = commit('1.2.4');
  git('tag', 'v1.2.4');

  const check = (tag: string, at: string) => {
    git('switch', '-q', '--detach', at);
    const output = path.join(scratch, `output-${tag.replaceAll('/', '-')}`);
    fs.writeFileSync(output, '');
    const outcome = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: repository,
      env: { PATH: process.env.PATH, TAG: tag, GITHUB_OUTPUT: output },
      encoding: 'utf8',
    });
    const outputs = Object.fromEntries(
      fs
        .readFileSync(output, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('=') as [string, string]),
    );
    return { status: outcome.status, stdout: outcome.stdout, stderr: outcome.stderr, outputs };
  };

  it('lets a release on main through, moving the major tag only from its newest release', () => {
    expect(check('v1.3.0', second)).toMatchObject({
      status: 0,
      outputs: { commit: second, major: 'v1', prerelease: 'false', 'newest-of-major': 'true' },
    });
    expect(check('v1.2.3', first)).toMatchObject({
      status: 0,
      outputs: { commit: first, prerelease: 'false', 'newest-of-major': 'false' },
    });
    expect(check('v1.3.1-rc.1', candidate)).toMatchObject({
      status: 0,
      outputs: { prerelease: 'true', 'newest-of-major': 'false' },
    });
  });

  it.each<[string, string, () => string, string]>([
    [
      'a commit that is not on main',
      'v1.2.4',
      () => side,
      `::error::Tag 'v1.2.4' points at ${side}, which is not on main`,
    ],
    [
      'a version package.json does not have',
      'v1.3.0',
      () => first,
      '::error::package.json says version 1.2.3, the tag says v1.3.0',
    ],
    [
      'a tag that is not a version',
      'v1.3',
      () => second,
      "::error::Tag 'v1.3' is not an action release",
    ],
    [
      'an image tag',
      'images/v1.3.0',
      () => second,
      "::error::Tag 'images/v1.3.0' is not an action release",
    ],
  ])('refuses %s', (_case, tag, at, message) => {
    const { status, stdout } = check(tag, at());
    expect(status).toBe(1);
    expect(stdout).toContain(message);
  });

  it('refuses a version CHANGELOG.md has no entry for', () => {
    git('switch', '-q', 'main');
    const undocumented = commit('1.4.0');
    git('update-ref', 'refs/remotes/origin/main', 'main');

    const { status, stderr } = check('v1.4.0', undocumented);

    expect(status).toBe(1);
    expect(stderr).toContain('CHANGELOG.md has no entry for 1.4.0');
  });
});
