// `only` and `except` must each name a build: Packer 1.6.6 runs nothing, or everything, for a name
// that matches nothing, and exits 0. Each Packer says what it can: a legacy JSON template lists its
// builders (`packer inspect -machine-readable` prints `template-builder` records), checked before
// anything runs; Packer ≥ 1.8 warns about HCL2 names that match nothing (listing the builds) and
// fails with "No builds to run" when nothing is left; for HCL2 on older Packer only the builds that
// ran tell, after the build.
import semver from 'semver';
import { InputError } from '../errors.js';
import type { Inputs } from '../inputs.js';
import { type MachineLine, uiMessage } from './stream.js';

export interface BuildSelection {
  input: 'only' | 'except';
  names: readonly string[];
}

export function buildSelection(
  inputs: Pick<Inputs, 'only' | 'except'>,
): BuildSelection | undefined {
  if (inputs.only.length > 0) return { input: 'only', names: inputs.only };
  if (inputs.except.length > 0) return { input: 'except', names: inputs.except };
  return undefined;
}

/** From 1.8.0 Packer warns about HCL2 names that match no build, and fails when none is left. */
export function packerChecksNames(packerVersion: string): boolean {
  return semver.gte(packerVersion, '1.8.0');
}

/**
 * The builders of a legacy JSON template, from `packer inspect -machine-readable`; undefined when it
 * listed none, or a name that is a template (`{{user `x`}}`), resolved only when the build runs.
 */
export function inspectedBuilders(lines: readonly MachineLine[]): string[] | undefined {
  const names = lines
    .filter((line) => line.type === 'template-builder')
    .map((line) => line.data[0] ?? '');
  if (names.length === 0 || names.some((name) => name === '' || name.includes('{{'))) {
    return undefined;
  }
  return names;
}

/**
 * Packer's own matching: exact names for legacy JSON templates, glob patterns (`*`, `?`, `[a-z]`,
 * `{a}`, `\` escapes, as github.com/gobwas/glob) for HCL2 ones.
 */
export function matchesBuild(name: string, build: string, glob: boolean): boolean {
  return glob ? globPattern(name).test(build) : name === build;
}

function globPattern(glob: string): RegExp {
  let pattern = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob.charAt(index);
    if (char === '\\' && index + 1 < glob.length) {
      index++;
      pattern += escapeRegExp(glob.charAt(index));
    } else if (char === '*') {
      pattern += '.*';
    } else if (char === '?') {
      pattern += '.';
    } else if (char === '[') {
      const end = glob.indexOf(']', index + 2);
      if (end < 0) {
        pattern += '\\[';
        continue;
      }
      const inside = glob.slice(index + 1, end);
      const negated = inside.startsWith('!');
      pattern += `[${negated ? '^' : ''}${(negated ? inside.slice(1) : inside).replace(/[\\\]^]/g, '\\$&')}]`;
      index = end;
    } else if (char === '{' || char === '}') {
      pattern += char === '{' ? '(?:' : ')';
    } else {
      pattern += escapeRegExp(char);
    }
  }
  try {
    return new RegExp(`^${pattern}$`, 's');
  } catch {
    // Unbalanced braces: Packer rejects the pattern itself.
    return new RegExp(`^${escapeRegExp(glob)}$`);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names of `selection` that match none of `builds`. */
export function unmatchedNames(
  selection: BuildSelection,
  builds: readonly string[],
  glob: boolean,
): string[] {
  return selection.names.filter((name) => !builds.some((build) => matchesBuild(name, build, glob)));
}

/** The one error for a selection Packer cannot honour: names the input, its value and why. */
function selectionError(selection: BuildSelection, why: string): InputError {
  return new InputError(selection.input, selection.names.join(','), why);
}

const quoted = (names: readonly string[]): string => names.map((name) => `'${name}'`).join(', ');

/** The one error for names that match no build, listing the builds there are. */
export function unmatchedError(
  selection: BuildSelection,
  unmatched: readonly string[],
  builds: readonly string[],
  template: string,
): InputError {
  return selectionError(
    selection,
    `${quoted(unmatched)} ${unmatched.length === 1 ? 'matches' : 'match'} no build of ${template}; ` +
      `its builds are ${builds.join(', ')}`,
  );
}

// Packer ≥ 1.8, as HCL diagnostics (wrapped at 80 columns): `Warning: an 'only' option was passed,
// but not all matches were found for the given build.` or `… an 'except' option was passed, but did
// not match any build.`, then `Possible build names: [a b].`; and `Error: No builds to run`.
const NAMES_UNMATCHED =
  /an\s+'(?:only|except)'\s+option\s+was\s+passed,\s+but\s+(?:not\s+all|did\s+not)/;
const POSSIBLE_BUILDS = /Possible\s+build\s+names:\s+\[([^\]]*)\]/;
const NO_BUILDS = /No builds to run/;

/**
 * The error for what Packer itself said about the selection (Packer ≥ 1.8: names that match no
 * build, no build left to run), or undefined when it said nothing of it.
 */
export function reportedSelectionError(
  lines: readonly MachineLine[],
  selection: BuildSelection,
  template: string,
): InputError | undefined {
  const messages = lines.flatMap((line) => uiMessage(line)?.message ?? []);
  const warning = messages.find((message) => NAMES_UNMATCHED.test(message));
  if (warning !== undefined) {
    const builds = POSSIBLE_BUILDS.exec(warning)?.[1]
      ?.split(/\s+/)
      .filter((name) => name !== '');
    const unmatched = builds === undefined ? [] : unmatchedNames(selection, builds, true);
    if (builds !== undefined && builds.length > 0 && unmatched.length > 0) {
      return unmatchedError(selection, unmatched, builds, template);
    }
    return selectionError(selection, `Packer reports a name that matches no build of ${template}`);
  }
  if (messages.some((message) => NO_BUILDS.test(message))) {
    return selectionError(selection, `leaves no build of ${template} to run`);
  }
  return undefined;
}

const BUILD_ENDED = /^Build '(.+)' (?:finished|errored)\b/;

/** The builds that ran, from `packer build`'s records: their targets and their end messages. */
export function buildsThatRan(lines: readonly MachineLine[]): string[] {
  const ran = new Set<string>();
  for (const line of lines) {
    if (line.target !== '') ran.add(line.target);
    const ended = BUILD_ENDED.exec(uiMessage(line)?.message ?? '');
    if (ended?.[1] !== undefined) ran.add(ended[1]);
  }
  return [...ran];
}

/**
 * For HCL2 on Packer < 1.8, which checks no name: the error when the build ran nothing, or when a
 * name of `only` matched none of the builds that ran; undefined when neither.
 */
export function ranSelectionError(
  lines: readonly MachineLine[],
  selection: BuildSelection,
  template: string,
  packerVersion: string,
): InputError | undefined {
  const ran = buildsThatRan(lines);
  const unchecked =
    `(Packer ${packerVersion} does not check the names of HCL2 builds: they are ` +
    '<source type>.<source name>, after the name of their build block when it has one)';
  if (ran.length === 0) {
    return selectionError(
      selection,
      `${selection.input === 'only' ? 'matches' : 'leaves'} no build of ${template}, so nothing was built ${unchecked}`,
    );
  }
  if (selection.input === 'except') return undefined;
  const unmatched = unmatchedNames(selection, ran, true);
  if (unmatched.length === 0) return undefined;
  return selectionError(
    selection,
    `${quoted(unmatched)} matched none of the builds of ${template} that ran (${ran.join(', ')}) ${unchecked}`,
  );
}
