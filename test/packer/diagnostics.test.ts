import { describe, expect, it } from 'vitest';
import {
  buildErrors,
  type Diagnostic,
  type DiagnosticPaths,
  fmtDiagnostics,
  parseDiagnostic,
  validateDiagnostics,
  workspaceRelative,
} from '../../src/packer/diagnostics.js';
import { decodeRecords } from '../../src/packer/stream.js';
import { packerFixture } from '../support/fixtures.js';

const WORKSPACE = '/home/runner/work/repo/repo';
const atRoot: DiagnosticPaths = { workspace: WORKSPACE, workingDirectory: WORKSPACE };
const inPacker: DiagnosticPaths = { workspace: WORKSPACE, workingDirectory: `${WORKSPACE}/packer` };

describe('validateDiagnostics on recorded output', () => {
  it.each<[string, DiagnosticPaths, Diagnostic[]]>([
    [
      'validate-hcl2-error.machine.log',
      inPacker,
      [
        {
          title: 'Error: Unsupported argument',
          message:
            'on bad_node.pkr.hcl line 3:\n  (source code not available)\n\n' +
            'An argument named "instance_typ" is not expected here. Did you mean\n"instance_type"?',
          file: 'packer/bad_node.pkr.hcl',
          line: 3,
        },
      ],
    ],
    [
      'validate-json-error.machine.log',
      atRoot,
      [
        {
          title: 'Error: Failed to prepare build: "amazon-ebs"',
          message: `1 error occurred:\n\t* unknown configuration key: '"regionx"'`,
        },
      ],
    ],
    [
      // HCL reports every error of a file in one record: one diagnostic each.
      'validate-hcl2-two-errors.machine.log',
      inPacker,
      [3, 8].map((line, index) => ({
        title: 'Error: Unsupported argument',
        message: `on two.pkr.hcl line ${line}:\n  (source code not available)\n\nAn argument named "${
          ['bogus', 'other'][index]
        }" is not expected here.`,
        file: 'packer/two.pkr.hcl',
        line,
      })),
    ],
    ['null-build.machine.log', atRoot, []],
  ])('%s', (fixture, paths, expected) => {
    expect(validateDiagnostics(decodeRecords(packerFixture(fixture)), paths)).toEqual(expected);
  });
});

describe('parseDiagnostic', () => {
  it.each<[string, string, DiagnosticPaths, Diagnostic]>([
    [
      'location with a block',
      'Error: Missing required argument\n\n  on sources.pkr.hcl line 12, in source "amazon-ebs" "web":\n  12: source "amazon-ebs" "web" {\n\nThe argument "region" is required.',
      atRoot,
      {
        title: 'Error: Missing required argument',
        message:
          'on sources.pkr.hcl line 12, in source "amazon-ebs" "web":\n  12: source "amazon-ebs" "web" {\n\nThe argument "region" is required.',
        file: 'sources.pkr.hcl',
        line: 12,
      },
    ],
    [
      'a title only',
      '\nError: something broke\n\n',
      atRoot,
      { title: 'Error: something broke', message: 'Error: something broke' },
    ],
    [
      'a file outside the workspace gets no location',
      'Error: Bad\n\n  on ../../elsewhere/x.pkr.hcl line 1:',
      atRoot,
      { title: 'Error: Bad', message: 'on ../../elsewhere/x.pkr.hcl line 1:' },
    ],
  ])('%s', (_name, text, paths, expected) => {
    expect(parseDiagnostic(text, paths)).toEqual(expected);
  });
});

describe('workspaceRelative', () => {
  it.each<[string, DiagnosticPaths, string | undefined]>([
    ['image.pkr.hcl', atRoot, 'image.pkr.hcl'],
    ['image.pkr.hcl', inPacker, 'packer/image.pkr.hcl'],
    ['./sub/../image.pkr.hcl', inPacker, 'packer/image.pkr.hcl'],
    ['../common/vars.pkr.hcl', inPacker, 'common/vars.pkr.hcl'],
    [`${WORKSPACE}/packer/abs.pkr.hcl`, atRoot, 'packer/abs.pkr.hcl'],
    ['..hidden.pkr.hcl', atRoot, '..hidden.pkr.hcl'],
    ['../outside.pkr.hcl', atRoot, undefined],
    ['/etc/passwd', atRoot, undefined],
    ['.', atRoot, undefined],
  ])('%s from %j → %s', (file, paths, expected) => {
    expect(workspaceRelative(file, paths)).toBe(expected);
  });
});

describe('buildErrors', () => {
  it('names each failed build with its reason', () => {
    const lines = decodeRecords(packerFixture('amazon-ebs-provisioner-failure.machine.log'));
    expect(buildErrors(lines)).toEqual([
      {
        title: "Build 'amazon-ebs' failed",
        message: 'Script exited with non-zero exit status: 3.Allowed exit codes are: [0]',
      },
    ]);
  });

  it.each(['amazon-ebs-build.machine.log', 'amazon-ebs-interrupted.machine.log'])(
    '%s has none',
    (fixture) => {
      expect(buildErrors(decodeRecords(packerFixture(fixture)))).toEqual([]);
    },
  );
});

describe('fmtDiagnostics', () => {
  const hunk = [
    ' source "null" "x" {',
    '-communicator="none"',
    '+  communicator = "none"',
    ' }',
    ' build {',
    '   sources = ["source.null.x"]',
  ].join('\n');

  it('gives one diagnostic per hunk of the recorded fmt -check -diff, on its file and line', () => {
    const text = packerFixture('fmt-check-diff.txt').split('\n');
    expect(fmtDiagnostics(text, inPacker)).toEqual(
      ['a', 'b'].map((name) => ({
        title: 'Not formatted canonically (packer fmt)',
        message: hunk,
        file: `packer/fmtd/${name}.pkr.hcl`,
        line: 1,
      })),
    );
  });

  it('takes the line each hunk starts at and leaves files outside the workspace unplaced', () => {
    const text = [
      '--- old/../elsewhere.pkr.hcl',
      '+++ new/../elsewhere.pkr.hcl',
      '@@ -7,2 +7,2 @@',
      '-a',
      '+b',
    ];
    expect(fmtDiagnostics(text, atRoot)).toEqual([
      { title: 'Not formatted canonically (packer fmt)', message: '-a\n+b' },
    ]);
    expect(fmtDiagnostics(['--- old/x.pkr.hcl', '@@ -7 +7 @@', '-a', '+b'], atRoot)).toEqual([
      {
        title: 'Not formatted canonically (packer fmt)',
        message: '-a\n+b',
        file: 'x.pkr.hcl',
        line: 7,
      },
    ]);
  });
});
