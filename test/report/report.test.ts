import * as core from '@actions/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newOutcome, type PhaseResult, type RunOutcome } from '../../src/outcome.js';
import { failureMessage, report } from '../../src/report/report.js';
import type { PostStateWriter } from '../../src/state.js';

vi.mock('@actions/core', () => ({
  error: vi.fn(),
  warning: vi.fn(),
  setFailed: vi.fn(),
  setOutput: vi.fn(),
  summary: { addRaw: vi.fn(), write: vi.fn() },
}));

const state = (): PostStateWriter & { ended: string[] } => {
  const ended: string[] = [];
  return {
    ended,
    runStarted: vi.fn(),
    awsUsed: vi.fn(),
    packerStarted: vi.fn(),
    packerExited: vi.fn(),
    resourcesAnnounced: vi.fn(),
    mainEnded: (end) => ended.push(end),
  };
};

function outcome(phases: PhaseResult[], overrides: Partial<RunOutcome> = {}): RunOutcome {
  return { ...newOutcome(), command: 'build', template: 't.pkr.hcl', phases, ...overrides };
}

const cancelledBuild = (stop: PhaseResult['stop'], exitCode?: number | null): PhaseResult => ({
  phase: 'build',
  status: 'cancelled',
  durationMs: 5,
  ...(exitCode === undefined ? {} : { exitCode }),
  stop,
});

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(core.summary.addRaw).mockReturnValue(core.summary);
  process.exitCode = undefined;
});

describe('failureMessage', () => {
  it('is undefined for a run that succeeded', () => {
    expect(
      failureMessage(outcome([{ phase: 'validate', status: 'ok', durationMs: 1 }])),
    ).toBeUndefined();
  });

  it("is the first failed phase's reason, or the error outside the phases", () => {
    expect(
      failureMessage(
        outcome([
          { phase: 'validate', status: 'ok', durationMs: 1 },
          { phase: 'build', status: 'failed', durationMs: 1, failure: 'boom' },
        ]),
      ),
    ).toBe('boom');
    expect(failureMessage(outcome([], { error: 'no network' }))).toBe('no network');
  });

  it.each<[string, RunOutcome, string]>([
    [
      'Packer cleaned up',
      outcome(
        [
          cancelledBuild(
            {
              pid: 7,
              asked: 'process-group',
              exited: true,
              reported: ['Cleanly cancelled builds after being interrupted.'],
            },
            1,
          ),
        ],
        { signals: [{ signal: 'SIGINT', at: 0 }], cancelledDuring: 'packer build' },
      ),
      "Cancelled: received SIGINT during packer build. Packer exited with exit code 1, reporting 'Cleanly cancelled builds after being interrupted.'",
    ],
    [
      'Packer exited without saying it cleaned up',
      outcome([cancelledBuild({ pid: 7, asked: 'console', exited: true, reported: [] }, null)], {
        signals: [{ signal: 'SIGINT', at: 0 }],
        cancelledDuring: 'packer build',
      }),
      'Cancelled: received SIGINT during packer build. Packer exited on a signal without reporting a clean cancel.',
    ],
    [
      'Packer left running',
      outcome(
        [
          cancelledBuild({
            pid: 7,
            asked: 'process-group',
            exited: false,
            reported: [],
            logPath: '/tmp/x.out',
          }),
        ],
        {
          signals: [
            { signal: 'SIGINT', at: 0 },
            { signal: 'SIGTERM', at: 7500 },
          ],
          cancelledDuring: 'packer build',
        },
      ),
      'Cancelled: received SIGINT, then SIGTERM 7.5 s later during packer build. Packer (pid 7) was still running when the action stopped waiting; its output goes on to /tmp/x.out, and the post step waits for it.',
    ],
    [
      'a publication part done',
      outcome(
        [
          {
            phase: 'publish',
            status: 'cancelled',
            durationMs: 1,
            ssm: {
              parameterName: '/p',
              regions: [
                { region: 'eu-west-1', state: 'published', version: 2 },
                { region: 'us-east-1', state: 'written', version: 9 },
                { region: 'eu-central-1', state: 'skipped' },
              ],
            },
          },
        ],
        { signals: [{ signal: 'SIGTERM', at: 0 }], cancelledDuring: 'the publication to SSM' },
      ),
      'Cancelled: received SIGTERM during the publication to SSM. /p was published in eu-west-1. /p got a new version but no confirmation or label in us-east-1. /p was not touched in eu-central-1.',
    ],
    [
      'a write sent, its answer not seen',
      outcome(
        [
          {
            phase: 'publish',
            status: 'cancelled',
            durationMs: 1,
            ssm: { parameterName: '/p', regions: [{ region: 'eu-west-1', state: 'sent' }] },
          },
        ],
        {
          signals: [
            { signal: 'SIGINT', at: 0 },
            { signal: 'SIGTERM', at: 7500 },
          ],
          cancelledDuring: 'the publication to SSM',
        },
      ),
      'Cancelled: received SIGINT, then SIGTERM 7.5 s later during the publication to SSM. /p may have a new version in eu-west-1: PutParameter was sent, its answer not seen.',
    ],
  ])('after a cancel says only what was seen: %s', (_, cancelled, message) => {
    expect(failureMessage(cancelled)).toBe(message);
  });
});

describe('report', () => {
  it('warns when the summary cannot be written, and still fails or succeeds as the run did', async () => {
    vi.mocked(core.summary.write).mockRejectedValue(new Error('EACCES: permission denied'));
    const written = state();
    await report(outcome([{ phase: 'validate', status: 'ok', durationMs: 1 }]), written);
    expect(core.warning).toHaveBeenCalledWith(
      'Could not write the job summary: EACCES: permission denied',
    );
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(written.ended).toEqual(['clean']);
  });

  it('prints each input problem as an error, and no summary', async () => {
    const written = state();
    await report(outcome([], { inputErrors: ['one', 'two'] }), written);
    expect(vi.mocked(core.error).mock.calls).toEqual([['one'], ['two']]);
    expect(core.summary.write).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
  });

  it('annotates, then fails, and tells the post step how the run ended', async () => {
    const written = state();
    await report(
      outcome(
        [
          {
            phase: 'validate',
            status: 'failed',
            durationMs: 1,
            failure: 'packer validate found 1 error',
            diagnostics: [{ title: 'Error: x', message: 'bad', file: 'a.pkr.hcl', line: 3 }],
          },
        ],
        { signals: [] },
      ),
      written,
    );
    expect(vi.mocked(core.error).mock.calls).toEqual([
      ['bad', { title: 'Error: x', file: 'a.pkr.hcl', startLine: 3 }],
    ]);
    expect(core.setFailed).toHaveBeenCalledWith('packer validate found 1 error');
    expect(written.ended).toEqual(['clean']);
  });

  it.each<[string, RunOutcome, string]>([
    [
      'cancelled',
      outcome([cancelledBuild({ pid: 1, asked: 'process-group', exited: true, reported: [] }, 1)], {
        signals: [{ signal: 'SIGINT', at: 0 }],
      }),
      'cancelled',
    ],
    [
      'packer-running',
      outcome([cancelledBuild({ pid: 1, asked: 'process-group', exited: false, reported: [] })], {
        signals: [{ signal: 'SIGINT', at: 0 }],
      }),
      'packer-running',
    ],
    [
      'packer-killed',
      outcome(
        [{ phase: 'build', status: 'failed', durationMs: 5, exitCode: null, failure: 'killed' }],
        { signals: [] },
      ),
      'packer-killed',
    ],
  ])('saves the end %s', async (_, ended, end) => {
    const written = state();
    await report(ended, written);
    expect(written.ended).toEqual([end]);
  });

  it('sets the AMI outputs and the version written in aws-region', async () => {
    await report(
      outcome([
        {
          phase: 'build',
          status: 'ok',
          durationMs: 1,
          artifacts: [{ buildName: 'b', builderId: 'x', id: 'eu-west-1:ami-12345678' }],
        },
        {
          phase: 'publish',
          status: 'ok',
          durationMs: 1,
          ssm: {
            parameterName: '/p',
            homeRegion: 'eu-west-1',
            regions: [{ region: 'eu-west-1', state: 'published', version: 4 }],
          },
        },
      ]),
      state(),
    );
    expect(Object.fromEntries(vi.mocked(core.setOutput).mock.calls)).toEqual({
      'artifact-id': 'eu-west-1:ami-12345678',
      artifacts: JSON.stringify([{ buildName: 'b', builderId: 'x', id: 'eu-west-1:ami-12345678' }]),
      'ami-id': 'ami-12345678',
      'ami-ids': JSON.stringify({ 'eu-west-1': 'ami-12345678' }),
      'ssm-parameter-version': '4',
      'ssm-parameter-result': 'updated',
    });
  });

  it('for command: publish sets the AMIs published, and no artifacts', async () => {
    await report(
      outcome(
        [
          { phase: 'preflight', status: 'ok', durationMs: 1 },
          {
            phase: 'publish',
            status: 'ok',
            durationMs: 1,
            ssm: {
              parameterName: '/p',
              homeRegion: 'eu-west-1',
              regions: [
                { region: 'us-east-1', amiId: 'ami-1111aaaa', state: 'published', version: 2 },
                { region: 'eu-west-1', amiId: 'ami-2222bbbb', state: 'published', version: 9 },
              ],
            },
          },
        ],
        { command: 'publish', template: '' },
      ),
      state(),
    );
    expect(Object.fromEntries(vi.mocked(core.setOutput).mock.calls)).toEqual({
      'ami-id': 'ami-2222bbbb',
      'ami-ids': JSON.stringify({ 'us-east-1': 'ami-1111aaaa', 'eu-west-1': 'ami-2222bbbb' }),
      'ssm-parameter-version': '9',
      'ssm-parameter-result': 'updated',
    });
  });

  it("says 'unchanged' when the parameter already held the AMI", async () => {
    await report(
      outcome([
        {
          phase: 'publish',
          status: 'ok',
          durationMs: 1,
          ssm: {
            parameterName: '/p',
            homeRegion: 'eu-west-1',
            regions: [{ region: 'eu-west-1', state: 'published', version: 4, unchanged: true }],
          },
        },
      ]),
      state(),
    );
    expect(vi.mocked(core.setOutput).mock.calls).toEqual(
      expect.arrayContaining([
        ['ssm-parameter-version', '4'],
        ['ssm-parameter-result', 'unchanged'],
      ]),
    );
  });
});
