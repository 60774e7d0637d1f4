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
const onWindows: DiagnosticPaths = { workspace: 'D:\\a\\repo', workingDirectory: 'D:\\a\\repo' };
const onWindowsInPacker: DiagnosticPaths = {
  workspace: 'D:\\a\\repo',
  workingDirectory: 'D:\\a\\repo\\packer',
};

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
    ['images\\nginx\\node.pkr.hcl', onWindows, 'images/nginx/node.pkr.hcl'],
    ['..\\images\\node.pkr.hcl', onWindowsInPacker, 'images/node.pkr.hcl'],
    ['D:\\a\\repo\\packer\\x.pkr.hcl', onWindows, 'packer/x.pkr.hcl'],
    ['d:/a/repo/packer/x.pkr.hcl', onWindows, 'packer/x.pkr.hcl'],
    ['C:\\other\\x.pkr.hcl', onWindows, undefined],
    ['..\\..\\x.pkr.hcl', onWindowsInPacker, undefined],
  ])('%s from %j → %s', (file, paths, expected) => {
    expect(workspaceRelative(file, paths)).toBe(expected);
  });
});

describe('Windows paths, whose backslashes Packer does not escape', () => {
  // As Packer 1.6.6 prints it on Windows: `\n` in the file name is a backslash and an n.
  const record = String.raw`1,,ui,error,Error: Unsupported argument\n\n  on images\nginx\node.pkr.hcl line 3%!(PACKER_COMMA) in source "null" "x":\n   3:   bogus = 1\n\nAn argument named "bogus" is not expected here.\n`;

  it.each<[string, DiagnosticPaths, string]>([
    ['the workspace', onWindows, 'images/nginx/node.pkr.hcl'],
    ['a working directory inside it', onWindowsInPacker, 'packer/images/nginx/node.pkr.hcl'],
  ])('annotates the file and line, relative to %s', (_, paths, file) => {
    expect(validateDiagnostics(decodeRecords(record), paths)).toEqual([
      {
        title: 'Error: Unsupported argument',
        message:
          'on images\\nginx\\node.pkr.hcl line 3, in source "null" "x":\n   3:   bogus = 1\n\n' +
          'An argument named "bogus" is not expected here.',
        file,
        line: 3,
      },
    ]);
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
