import * as core from '@actions/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeLine, decodeRecords, type MachineLine } from '../../src/packer/stream.js';
import { inPhase, logLine, logText, type RenderedLine, renderLine } from '../../src/report/log.js';
import { packerFixture } from '../support/fixtures.js';

vi.mock('@actions/core', () => ({
  info: vi.fn(),
  group: vi.fn((_name: string, fn: () => Promise<unknown>) => fn()),
}));

function record(line: string): MachineLine {
  const decoded = decodeLine(line);
  if (!decoded) throw new Error(`not a record: ${line}`);
  return decoded;
}

beforeEach(() => vi.clearAllMocks());

describe('renderLine', () => {
  it.each<[string, RenderedLine]>([
    [
      '1,,ui,say,==> amazon-ebs: Launching',
      { level: 'info', lines: ['==> amazon-ebs: Launching'] },
    ],
    ['1,,ui,message,    null: a%!(PACKER_COMMA) b', { level: 'info', lines: ['    null: a, b'] }],
    ['1,,ui,error,Build failed', { level: 'error', lines: ['Build failed'] }],
    ['1,,ui,say,\\n==> Wait completed', { level: 'info', lines: ['', '==> Wait completed'] }],
    [
      '1,,ui,say,--> x: AMIs were created:\\neu-west-1: ami-1\\n',
      { level: 'info', lines: ['--> x: AMIs were created:', 'eu-west-1: ami-1'] },
    ],
    ['1,x,artifact,0,id,eu-west-1:ami-1', { level: 'info', lines: [] }],
    ['1,x,artifact-count,1', { level: 'info', lines: [] }],
    ['1,,error-count,1', { level: 'info', lines: [] }],
    ['1,x,error,boom', { level: 'info', lines: [] }],
    ['1,,version,1.6.6', { level: 'info', lines: [] }],
  ])('%s', (line, expected) => {
    expect(renderLine(record(line))).toEqual(expected);
  });

  it('renders a recorded build as Packer prints it on a terminal', () => {
    const rendered = decodeRecords(
      packerFixture('amazon-ebs-multi-region-build.machine.log'),
    ).flatMap((line) => renderLine(line).lines);
    expect(rendered.slice(-4)).toEqual([
      '--> web_node: AMIs were created:',
      'eu-central-1: ami-1f5307831b902b1b2',
      'eu-west-1: ami-3b03275f916212d5d',
      'us-east-1: ami-3dac1a6063be4b5fc',
    ]);
    expect(rendered).toContain('==> web_node: No volumes to clean up, skipping');
    expect(rendered.filter((line) => line.includes('mitchellh.amazonebs'))).toEqual([]);
  });
});

describe('logLine and logText', () => {
  it('writes each line of a message, errors in red', () => {
    logLine(record('1,,ui,say,one\\ntwo'));
    logLine(record('1,,ui,error,\\nbad'));
    logLine(record('1,x,artifact,0,end'));
    logText('Usage: packer init');
    expect(vi.mocked(core.info).mock.calls).toEqual([
      ['one'],
      ['two'],
      [''],
      ['\u001b[31mbad\u001b[0m'],
      ['Usage: packer init'],
    ]);
  });
});

describe('inPhase', () => {
  it.each(['init', 'validate', 'fmt', 'build'] as const)('groups %s', async (phase) => {
    await expect(inPhase(phase, async () => 42)).resolves.toBe(42);
    expect(core.group).toHaveBeenCalledWith(`packer ${phase}`, expect.any(Function));
  });
});
