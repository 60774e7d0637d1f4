import { describe, expect, it } from 'vitest';
import {
  type BuildSelection,
  buildSelection,
  buildsThatRan,
  inspectedBuilders,
  matchesBuild,
  packerChecksNames,
  ranSelectionError,
  reportedSelectionError,
  unmatchedNames,
} from '../../src/packer/selection.js';
import { decodeRecords } from '../../src/packer/stream.js';
import { packerFixture } from '../support/fixtures.js';

const only = (...names: string[]): BuildSelection => ({ input: 'only', names });
const except = (...names: string[]): BuildSelection => ({ input: 'except', names });

describe('buildSelection', () => {
  it.each<[string[], string[], BuildSelection | undefined]>([
    [[], [], undefined],
    [['a', 'b'], [], only('a', 'b')],
    [[], ['c'], except('c')],
  ])('only %j, except %j', (onlyNames, exceptNames, expected) => {
    expect(buildSelection({ only: onlyNames, except: exceptNames })).toEqual(expected);
  });
});

describe('packerChecksNames', () => {
  it.each([
    ['1.6.6', false],
    ['1.7.10', false],
    ['1.8.0', true],
    ['1.11.2', true],
  ])('%s: %s', (version, checks) => {
    expect(packerChecksNames(version)).toBe(checks);
  });
});

describe('inspectedBuilders', () => {
  // As Packer 1.6.6 prints `packer inspect -machine-readable` of a JSON template.
  const inspect = (...builders: string[]) =>
    decodeRecords(
      [
        '1796052501,,ui,say,Packer Inspect: JSON mode',
        ...builders.map((name) => `1796052501,,template-builder,${name},null`),
        '1796052501,,template-provisioner,shell-local',
      ].join('\n'),
    );

  it('lists the builders', () => {
    expect(inspectedBuilders(inspect('alpha', 'null'))).toEqual(['alpha', 'null']);
  });

  it.each([
    ['none', inspect()],
    ['a name resolved only at build time', inspect('alpha', 'web-{{user `env`}}')],
  ])('gives no list with %s', (_, lines) => {
    expect(inspectedBuilders(lines)).toBeUndefined();
  });
});

describe('matchesBuild', () => {
  it.each<[string, string, boolean]>([
    ['null.a', 'null.a', true],
    ['null.a', 'null.ab', false],
    ['*.a', 'web.null.a', true],
    ['web.*', 'web.null.b', true],
    ['null.?', 'null.a', true],
    ['null.?', 'null.ab', false],
    ['null.[ab]', 'null.b', true],
    ['null.[!ab]', 'null.b', false],
    ['null.[a-c]x', 'null.bx', true],
    ['{null}.a', 'null.a', true],
    ['null\\*', 'null*', true],
    ['null\\*', 'nullx', false],
    ['amazon-ebs.web (x)', 'amazon-ebs.web (x)', true],
    ['null.+', 'null.a', false],
  ])('HCL2 glob %s ~ %s: %s', (name, build, matches) => {
    expect(matchesBuild(name, build, true)).toBe(matches);
  });

  it('compares legacy JSON names exactly', () => {
    expect(matchesBuild('alph*', 'alpha', false)).toBe(false);
    expect(matchesBuild('alpha', 'alpha', false)).toBe(true);
  });
});

describe('unmatchedNames', () => {
  it('lists every name that matches no build, in the order given', () => {
    expect(
      unmatchedNames(only('null.typo', 'null.a', 'web.*'), ['null.a', 'null.b'], true),
    ).toEqual(['null.typo', 'web.*']);
  });
});

describe('reportedSelectionError (Packer ≥ 1.8)', () => {
  // As Packer's HCL diagnostic writer prints them, wrapped at 80 columns, in ui records.
  const onlyWarning = String.raw`1,,ui,say,Warning: an 'only' option was passed%!(PACKER_COMMA) but not all matches were found for the given build.\n\nPossible build names: [web.null.a\nweb.null.b].\nThese could also be matched with a glob pattern like: 'happycloud.*'\n\n`;
  const exceptWarning = String.raw`1,,ui,say,Warning: an 'except' option was passed%!(PACKER_COMMA) but did not match any build.\n\nPossible build names: [web.null.a web.null.b].\nThese could also be matched with a glob pattern like: 'happycloud.*'\n\n`;
  const noBuilds = String.raw`1,,ui,error,Error: No builds to run\n\nA build command cannot run without at least one build to process. If the only\nor except flags have been specified at run time check that at least one build\nis selected for execution.\n\n`;

  it.each<[string, BuildSelection, string, string]>([
    [
      'only, one name of two matching nothing',
      only('web.null.a', 'web.null.typo'),
      onlyWarning,
      "Input 'only' is 'web.null.a,web.null.typo': 'web.null.typo' matches no build of image.pkr.hcl; its builds are web.null.a, web.null.b",
    ],
    [
      'except, every name matching nothing',
      except('null.a', 'x*'),
      `${exceptWarning}\n1,,ui,say,Template validated successfully.`,
      "Input 'except' is 'null.a,x*': 'null.a', 'x*' match no build of image.pkr.hcl; its builds are web.null.a, web.null.b",
    ],
    [
      'nothing left to build',
      only('web.typo'),
      `${onlyWarning}\n${noBuilds}`,
      "Input 'only' is 'web.typo': 'web.typo' matches no build of image.pkr.hcl; its builds are web.null.a, web.null.b",
    ],
    [
      'a warning without the list of builds',
      only('web.typo'),
      onlyWarning.replace('Possible build names', 'Build names'),
      "Input 'only' is 'web.typo': Packer reports a name that matches no build of image.pkr.hcl",
    ],
    [
      'no build left, without a warning',
      except('*'),
      noBuilds,
      "Input 'except' is '*': leaves no build of image.pkr.hcl to run",
    ],
  ])('%s', (_, selection, output, message) => {
    expect(reportedSelectionError(decodeRecords(output), selection, 'image.pkr.hcl')?.message).toBe(
      message,
    );
  });

  it('finds nothing in a build that says nothing of it', () => {
    const lines = decodeRecords(packerFixture('null-build.machine.log'));
    expect(reportedSelectionError(lines, only('null'), 'image.json')).toBeUndefined();
  });
});

describe('ranSelectionError (HCL2 on Packer < 1.8)', () => {
  // As Packer 1.6.6 prints a build of web.null.a alone, and one that ran nothing.
  const ranA = decodeRecords(
    [
      '1796052570,,ui,say,==> web.null.a: Running local shell script: /tmp/packer-shell611872099',
      "1796052570,,ui,say,Build 'web.null.a' finished after 45 milliseconds 451 microseconds.",
      '1796052570,web.null.a,artifact-count,1',
    ].join('\n'),
  );
  const ranNothing = decodeRecords(
    [
      String.raw`1796052571,,ui,say,\n==> Wait completed after 23 microseconds`,
      String.raw`1796052571,,ui,say,\n==> Builds finished but no artifacts were created.`,
    ].join('\n'),
  );
  const unchecked =
    '(Packer 1.6.6 does not check the names of HCL2 builds: they are <source type>.<source name>, after the name of their build block when it has one)';

  it.each<[string, BuildSelection, ReturnType<typeof decodeRecords>, string | undefined]>([
    [
      'only, matching nothing',
      only('null.typo'),
      ranNothing,
      `Input 'only' is 'null.typo': matches no build of image.pkr.hcl, so nothing was built ${unchecked}`,
    ],
    [
      'only, one name matching none of the builds that ran',
      only('*.a', 'null.typo'),
      ranA,
      `Input 'only' is '*.a,null.typo': 'null.typo' matched none of the builds of image.pkr.hcl that ran (web.null.a) ${unchecked}`,
    ],
    ['only, every name matching', only('web.*'), ranA, undefined],
    [
      'except, leaving nothing',
      except('*'),
      ranNothing,
      `Input 'except' is '*': leaves no build of image.pkr.hcl, so nothing was built ${unchecked}`,
    ],
    ['except, leaving a build', except('web.null.typo'), ranA, undefined],
  ])('%s', (_, selection, lines, message) => {
    expect(ranSelectionError(lines, selection, 'image.pkr.hcl', '1.6.6')?.message).toBe(message);
  });

  it('counts a build that failed as one that ran', () => {
    const lines = decodeRecords(packerFixture('amazon-ebs-provisioner-failure.machine.log'));
    expect(buildsThatRan(lines)).toEqual(['amazon-ebs']);
  });
});
