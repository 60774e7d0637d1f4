import { describe, expect, it } from 'vitest';
import {
  decodeLine,
  decodeOutput,
  decodeRecords,
  LineSplitter,
  type MachineLine,
  uiMessage,
} from '../../src/packer/stream.js';
import { packerFixture, packerFixtureNames } from '../support/fixtures.js';

describe('decodeLine', () => {
  it.each<[string, MachineLine]>([
    [
      '1795494699,,ui,say,==> amazon-ebs: Launching a source AWS instance...',
      {
        timestamp: '1795494699',
        target: '',
        type: 'ui',
        data: ['say', '==> amazon-ebs: Launching a source AWS instance...'],
      },
    ],
    [
      '1795494711,,ui,message,    null: provisioning%!(PACKER_COMMA) with comma',
      {
        timestamp: '1795494711',
        target: '',
        type: 'ui',
        data: ['message', '    null: provisioning, with comma'],
      },
    ],
    [
      '1795494699,,ui,say,\\n==> Wait completed',
      { timestamp: '1795494699', target: '', type: 'ui', data: ['say', '\n==> Wait completed'] },
    ],
    ['1,,ui,say,a\\r\\nb', { timestamp: '1', target: '', type: 'ui', data: ['say', 'a\r\nb'] }],
    [
      '1795494700,web_node,artifact,0,id,eu-central-1:ami-1%!(PACKER_COMMA)eu-west-1:ami-2',
      {
        timestamp: '1795494700',
        target: 'web_node',
        type: 'artifact',
        data: ['0', 'id', 'eu-central-1:ami-1,eu-west-1:ami-2'],
      },
    ],
    [
      '1795494710,,version-prelease,',
      { timestamp: '1795494710', target: '', type: 'version-prelease', data: [''] },
    ],
    [
      '1795494699,amazon-ebs.web_node,artifact,0,end',
      {
        timestamp: '1795494699',
        target: 'amazon-ebs.web_node',
        type: 'artifact',
        data: ['0', 'end'],
      },
    ],
    [
      '1795494705,,error-count',
      { timestamp: '1795494705', target: '', type: 'error-count', data: [] },
    ],
  ])('decodes %j', (line, expected) => {
    expect(decodeLine(line)).toEqual(expected);
  });

  // Packer escapes no backslash: in a file name, `\n` and `\r` are a Windows path's separators.
  it.each<[string, string]>([
    [
      String.raw`Error: X\n\n  on images\nginx\node.pkr.hcl line 3:\n   3: x\n`,
      'Error: X\n\n  on images\\nginx\\node.pkr.hcl line 3:\n   3: x\n',
    ],
    [
      String.raw`on D:\a\repo\new%!(PACKER_COMMA) old\release\x.pkr.hcl line 12%!(PACKER_COMMA) in source "null" "x":\nnext`,
      'on D:\\a\\repo\\new, old\\release\\x.pkr.hcl line 12, in source "null" "x":\nnext',
    ],
    [
      String.raw`Error: A\n\n  on a\node.pkr.hcl line 1:\nError: B\n\n  on b\rules.pkr.hcl line 2:\n`,
      'Error: A\n\n  on a\\node.pkr.hcl line 1:\nError: B\n\n  on b\\rules.pkr.hcl line 2:\n',
    ],
  ])('keeps the file name of a location whole: %s', (field, message) => {
    expect(decodeLine(`1,,ui,error,${field}`)?.data).toEqual(['error', message]);
  });

  it.each([
    'Usage: packer [--version] [--help] <command> [<args>]',
    '',
    '--- old/image.pkr.hcl',
    '+++ new/image.pkr.hcl',
    '@@ -1,3 +1,3 @@',
    '-  instance_type =  "t3.micro"',
    '1,2,3',
    '2024,,UI,say,upper-case type',
    'panic: runtime error',
  ])('leaves plain text %j undecoded', (line) => {
    expect(decodeLine(line)).toBeUndefined();
  });
});

describe('LineSplitter', () => {
  it.each<[string, string[], string[]]>([
    ['one chunk, LF', ['a\nb\n'], ['a', 'b']],
    ['CRLF', ['a\r\nb\r\n'], ['a', 'b']],
    ['CRLF split between CR and LF', ['a\r', '\nb\r\n'], ['a', 'b']],
    ['line across chunks', ['ab', 'c\nd', 'e\n'], ['abc', 'de']],
    ['last line without newline', ['a\nlast'], ['a', 'last']],
    ['last line without newline, ending in CR', ['a\r\nlast\r'], ['a', 'last']],
    ['empty lines kept', ['a\n\n\nb\n'], ['a', '', '', 'b']],
    ['nothing', [], []],
    ['empty chunks', ['', 'a', '', '\n', ''], ['a']],
  ])('%s', (_name, chunks, expected) => {
    const splitter = new LineSplitter();
    const lines = chunks.flatMap((chunk) => splitter.push(chunk));
    expect([...lines, ...splitter.end()]).toEqual(expected);
  });

  it('gives the same lines whatever the chunk boundaries', () => {
    const text = packerFixture('amazon-ebs-multi-region-build.machine.log');
    const expected = JSON.stringify(text.split('\n').slice(0, -1));
    const wrongSplits: string[] = [];
    for (const lineEnding of ['\n', '\r\n']) {
      const input = text.replaceAll('\n', lineEnding);
      for (let offset = 0; offset <= input.length; offset++) {
        const splitter = new LineSplitter();
        const lines = [
          ...splitter.push(input.slice(0, offset)),
          ...splitter.push(input.slice(offset)),
          ...splitter.end(),
        ];
        if (JSON.stringify(lines) !== expected)
          wrongSplits.push(`${JSON.stringify(lineEnding)}@${offset}`);
      }
    }
    expect(wrongSplits).toEqual([]);
  });

  it('gives the same lines fed one character at a time', () => {
    const text = packerFixture('null-build.machine.log');
    const splitter = new LineSplitter();
    const lines = [...text].flatMap((char) => splitter.push(char));
    expect([...lines, ...splitter.end()]).toEqual(text.split('\n').slice(0, -1));
  });
});

describe('recorded Packer output', () => {
  it.each(packerFixtureNames())('%s: every line is a record with no escape left', (name) => {
    const text = packerFixture(name);
    const decoded = decodeOutput(text);
    expect(decoded).toHaveLength(text.split('\n').length - 1);
    for (const line of decoded) {
      expect(typeof line).toBe('object');
      if (typeof line === 'string') continue;
      for (const field of [line.target, ...line.data]) {
        expect(field).not.toContain('%!(PACKER_COMMA)');
        expect(field).not.toContain('\\n');
      }
    }
  });

  it('decodes the multi-line HCL2 validate error as one message', () => {
    const [line] = decodeRecords(packerFixture('validate-hcl2-error.machine.log'));
    expect(line && uiMessage(line)).toEqual({
      level: 'error',
      message:
        'Error: Unsupported argument\n\n  on bad_node.pkr.hcl line 3:\n  (source code not available)\n\n' +
        'An argument named "instance_typ" is not expected here. Did you mean\n"instance_type"?\n\n',
    });
  });

  it('decodes the commas of the multi-region artifact id', () => {
    const ids = decodeRecords(packerFixture('amazon-ebs-multi-region-build.machine.log'))
      .filter((line) => line.type === 'artifact' && line.data[1] === 'id')
      .map((line) => line.data[2]);
    expect(ids).toEqual([
      'eu-central-1:ami-1f5307831b902b1b2,eu-west-1:ami-3b03275f916212d5d,us-east-1:ami-3dac1a6063be4b5fc',
      'eu-central-1:ami-1f5307831b902b1b2,eu-west-1:ami-3b03275f916212d5d,us-east-1:ami-3dac1a6063be4b5fc',
    ]);
  });

  it('keeps plain text lines among records, in order', () => {
    expect(decodeOutput('Usage: packer init\n1,,ui,say,hi\n\nthe end')).toEqual([
      'Usage: packer init',
      { timestamp: '1', target: '', type: 'ui', data: ['say', 'hi'] },
      '',
      'the end',
    ]);
  });
});

describe('uiMessage', () => {
  it.each<[string, ReturnType<typeof uiMessage>]>([
    ['1,,ui,error,boom', { level: 'error', message: 'boom' }],
    ['1,,ui,say,', { level: 'say', message: '' }],
    ['1,null,artifact,0,end', undefined],
  ])('%s', (line, expected) => {
    const record = decodeLine(line);
    expect(record).toBeDefined();
    if (record) expect(uiMessage(record)).toEqual(expected);
  });
});
