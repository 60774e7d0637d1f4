import * as core from '@actions/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeLine, decodeRecords, type MachineLine } from '../../src/packer/stream.js';
import {
  inPhase,
  issueCommand,
  logLine,
  logText,
  type RenderedLine,
  renderLine,
  withCommandsStopped,
} from '../../src/report/log.js';
import { packerFixture } from '../support/fixtures.js';

vi.mock('@actions/core', () => ({
  info: vi.fn(),
  group: vi.fn(async (name: string, fn: () => Promise<unknown>) => {
    process.stdout.write(`::group::${name}\n`);
    try {
      return await fn();
    } finally {
      process.stdout.write('::endgroup::\n');
    }
  }),
}));

/** What `run` writes to stdout, one entry a line. */
async function stdoutOf(run: () => Promise<unknown>): Promise<string[]> {
  const written: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await run();
  } finally {
    write.mockRestore();
  }
  return written.join('').split('\n').slice(0, -1);
}

const STOP = /^::stop-commands::([0-9a-f]{32})$/;

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
    let result: unknown;
    await stdoutOf(async () => {
      result = await inPhase(phase, async () => 42);
    });
    expect(result).toBe(42);
    expect(core.group).toHaveBeenCalledWith(`packer ${phase}`, expect.any(Function));
  });

  it('shows the phase with workflow commands stopped inside its group, even when it fails', async () => {
    const lines = await stdoutOf(() =>
      inPhase('build', async () => {
        process.stdout.write('::error::from a provisioner\n');
        throw new Error('Packer could not start');
      }).catch(() => undefined),
    );
    const token = STOP.exec(lines[1] ?? '')?.[1];
    expect(lines).toEqual([
      '::group::packer build',
      `::stop-commands::${token}`,
      '::error::from a provisioner',
      `::${token}::`,
      '::endgroup::',
    ]);
  });
});

describe('issueCommand', () => {
  it("resumes commands for the action's own, then stops them under a new token", async () => {
    const lines = await stdoutOf(() =>
      withCommandsStopped(async () => {
        process.stdout.write('Packer says ::add-mask::nothing\n');
        issueCommand(() => process.stdout.write('::add-mask::refreshed-secret\n'));
        process.stdout.write('::error::Packer again\n');
      }),
    );
    const [first, second] = lines.flatMap((line) => STOP.exec(line)?.[1] ?? []);
    expect(first).not.toBe(second);
    expect(lines).toEqual([
      `::stop-commands::${first}`,
      'Packer says ::add-mask::nothing',
      `::${first}::`,
      '::add-mask::refreshed-secret',
      `::stop-commands::${second}`,
      '::error::Packer again',
      `::${second}::`,
    ]);
  });

  it('issues the command as it is when commands are not stopped', async () => {
    const lines = await stdoutOf(async () => {
      issueCommand(() => process.stdout.write('::notice::hello\n'));
    });
    expect(lines).toEqual(['::notice::hello']);
  });

  it('does not stop commands again inside a stop', async () => {
    const lines = await stdoutOf(() =>
      withCommandsStopped(() => withCommandsStopped(async () => process.stdout.write('x\n'))),
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('x');
  });
});
