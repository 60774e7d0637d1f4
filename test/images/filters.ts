// GitHub's rules for the branch and tag filters of `on.push` (the "filter pattern cheat sheet" of
// the workflow syntax), so tests can prove which refs start which workflow. Not minimatch: `*` stops
// at `/`, `?` and `+` repeat the character before them, and a leading `!` excludes what earlier
// patterns included, the last matching pattern deciding.

/** One filter pattern as an anchored regular expression. */
export function filterPatternToRegExp(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern.charAt(index);
    if (char === '\\' && index + 1 < pattern.length) {
      index++;
      source += escapeRegExp(pattern.charAt(index));
    } else if (char === '*' && pattern.charAt(index + 1) === '*') {
      index++;
      source += '.*';
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?' || char === '+') {
      // Zero or one, or one or more, of the preceding character.
      source += char;
    } else if (char === '[') {
      const end = pattern.indexOf(']', index + 1);
      if (end === -1) throw new Error(`Unclosed [ in filter pattern ${pattern}`);
      const members = pattern.slice(index + 1, end);
      if (!/^(?:[a-zA-Z0-9]-[a-zA-Z0-9]|[a-zA-Z0-9])+$/.test(members)) {
        throw new Error(`[${members}] in ${pattern}: brackets take letters, digits and ranges`);
      }
      source += `[${members}]`;
      index = end;
    } else {
      source += escapeRegExp(char);
    }
  }
  return new RegExp(`^${source}$`);
}

/**
 * Whether a branch or tag name passes a list of patterns. Patterns apply in order: a pattern
 * includes what it matches, a `!pattern` excludes it again, so the last one that matches decides.
 */
export function matchesFilters(name: string, patterns: readonly string[]): boolean {
  let included = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (filterPatternToRegExp(negated ? pattern.slice(1) : pattern).test(name)) {
      included = !negated;
    }
  }
  return included;
}

/**
 * Whether pushing `ref` (`refs/heads/<branch>` or `refs/tags/<tag>`) starts a workflow with this
 * `on:`. A push filter on branches only ignores tags and the other way round; with no branch or tag
 * filter every push counts.
 */
export function pushStarts(on: unknown, ref: string): boolean {
  const push = pushTrigger(on);
  if (push === undefined) return false;
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
  const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
  if (branch === undefined && tag === undefined) {
    throw new Error(`${ref} is neither refs/heads/… nor refs/tags/…`);
  }
  const [name, include, ignore, otherInclude, otherIgnore] =
    branch !== undefined
      ? [branch, push.branches, push['branches-ignore'], push.tags, push['tags-ignore']]
      : [tag ?? '', push.tags, push['tags-ignore'], push.branches, push['branches-ignore']];
  if (include !== undefined) return matchesFilters(name, include);
  if (ignore !== undefined) return !matchesFilters(name, ignore);
  return otherInclude === undefined && otherIgnore === undefined;
}

type PushFilters = Partial<
  Record<'branches' | 'branches-ignore' | 'tags' | 'tags-ignore', string[]>
>;

function pushTrigger(on: unknown): PushFilters | undefined {
  if (on === 'push') return {};
  if (Array.isArray(on)) return on.includes('push') ? {} : undefined;
  if (typeof on !== 'object' || on === null || !('push' in on)) return undefined;
  const push = (on as { push: unknown }).push;
  if (push === null || push === undefined) return {};
  const filters: PushFilters = {};
  for (const key of ['branches', 'branches-ignore', 'tags', 'tags-ignore'] as const) {
    const value = (push as Record<string, unknown>)[key];
    if (value !== undefined)
      filters[key] = Array.isArray(value) ? value.map(String) : [String(value)];
  }
  return filters;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
