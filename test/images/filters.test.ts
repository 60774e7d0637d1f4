import { describe, expect, it } from 'vitest';
import { filterPatternToRegExp, matchesFilters, pushStarts } from './filters.js';

describe("GitHub's filter patterns", () => {
  // The examples of the "filter pattern cheat sheet" in GitHub's workflow syntax, and their edges.
  it.each<[string, string[], string[]]>([
    ['feature/*', ['feature/my-branch', 'feature/your-branch'], ['feature/a/b', 'feature']],
    ['feature/**', ['feature/beta-a/my-branch', 'feature/your-branch', 'feature/'], ['features/x']],
    ['main', ['main'], ['main2', 'mainline']],
    ['*', ['main', 'releases', 'v1.2.3'], ['releases/mona-the-octocat', 'images/v1.2.3']],
    ['**', ['all/the/branches', 'every/tag', 'main'], []],
    ['*feature', ['mona-feature', 'feature', 'ver-10-feature'], ['feature-x', 'a/feature']],
    ['v2*', ['v2', 'v2.0', 'v2.9'], ['v1.2', 'v3']],
    ['v[12].[0-9]+.[0-9]+', ['v1.10.1', 'v2.0.0'], ['v3.0.0', 'v1.a.1', 'v1..1']],
    ['*.jsx?', ['page.js', 'page.jsx'], ['page.jsxx', 'page.j']],
    ['v+1', ['v1', 'vvv1'], ['1']],
    ['v*.*.*', ['v1.2.3', 'v1.2.3-rc.1', 'v..'], ['v1', 'v1.2', 'images/v1.2.3']],
    ['images/v*', ['images/v1.2.3', 'images/v1.3.0-rc.1'], ['images/v1/x', 'v1.2.3', 'images/1']],
    ['release\\*', ['release*'], ['releases']],
  ])('%s matches %j and not %j', (pattern, matching, other) => {
    const regExp = filterPatternToRegExp(pattern);
    for (const name of matching) expect(regExp.test(name), name).toBe(true);
    for (const name of other) expect(regExp.test(name), name).toBe(false);
  });

  it('is not a glob: . and ? do not stand for any character', () => {
    expect(filterPatternToRegExp('v1.2').test('v1x2')).toBe(false);
    expect(filterPatternToRegExp('v?').test('x')).toBe(false);
  });

  it('lets a later ! pattern exclude, and a later pattern include again', () => {
    const patterns = ['releases/**', '!releases/**-alpha', 'releases/keep-alpha'];
    expect(matchesFilters('releases/10', patterns)).toBe(true);
    expect(matchesFilters('releases/beta/3-alpha', patterns)).toBe(false);
    expect(matchesFilters('releases/keep-alpha', patterns)).toBe(true);
    expect(matchesFilters('main', patterns)).toBe(false);
  });

  it('refuses brackets it cannot hold', () => {
    expect(() => filterPatternToRegExp('v[!0-9]')).toThrow('brackets take letters');
    expect(() => filterPatternToRegExp('v[0-9')).toThrow('Unclosed [');
  });
});

describe('which pushes start a workflow', () => {
  it.each<[string, unknown, string, boolean]>([
    ['branch filter, its branch', { push: { branches: ['main'] } }, 'refs/heads/main', true],
    ['branch filter, a tag', { push: { branches: ['main'] } }, 'refs/tags/v1.2.3', false],
    ['tag filter, a branch', { push: { tags: ['v*'] } }, 'refs/heads/v1', false],
    ['tag filter, its tag', { push: { tags: ['v*'] } }, 'refs/tags/v1', true],
    ['ignored tags', { push: { 'tags-ignore': ['images/**'] } }, 'refs/tags/images/v1', false],
    ['ignored tags, a branch', { push: { 'tags-ignore': ['images/**'] } }, 'refs/heads/x', false],
    ['no filter', { push: null }, 'refs/tags/anything', true],
    ['on: push', 'push', 'refs/heads/x', true],
    ['on: [pull_request]', ['pull_request'], 'refs/heads/x', false],
    ['workflow_call only', { workflow_call: null }, 'refs/tags/v1', false],
  ])('%s', (_case, on, ref, started) => {
    expect(pushStarts(on, ref)).toBe(started);
  });
});
