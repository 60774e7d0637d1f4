import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PhaseResult, RunOutcome, RunStatus, SsmPublication } from '../../src/outcome.js';
import { type Artifact, collectArtifacts } from '../../src/packer/artifacts.js';
import { decodeRecords } from '../../src/packer/stream.js';
import {
  consoleUrl,
  escapeMarkdown,
  formatDuration,
  renderSummary,
  writeSummary,
} from '../../src/report/summary.js';
import { packerFixture } from '../support/fixtures.js';

const artifactsOf = (fixture: string) => collectArtifacts(decodeRecords(packerFixture(fixture)));

interface Overrides extends Partial<RunOutcome> {
  status?: RunStatus;
  artifacts?: Artifact[];
  ssm?: SsmPublication;
}

/** An outcome with the given parts: a status becomes what causes it, artifacts a build's result. */
function summaryData({ status, artifacts, ssm, ...overrides }: Overrides = {}): RunOutcome {
  const phases: PhaseResult[] = [];
  if (artifacts !== undefined) {
    phases.push({ phase: 'build', status: 'ok', durationMs: 1, exitCode: 0, artifacts });
  }
  if (status === 'failed')
    phases.push({ phase: 'build', status: 'failed', durationMs: 1, exitCode: 1 });
  if (ssm !== undefined) phases.push({ phase: 'publish', status: 'ok', durationMs: 1, ssm });
  return {
    command: 'build',
    template: 'images/web.pkr.hcl',
    packerVersion: '1.11.2',
    phases,
    inputErrors: [],
    signals: status === 'cancelled' ? [{ signal: 'SIGINT', at: 0 }] : [],
    ...overrides,
  };
}

describe('renderSummary', () => {
  it.each<[RunStatus, string]>([
    ['succeeded', '## Packer build: :white_check_mark: succeeded'],
    ['failed', '## Packer build: :x: failed'],
    ['cancelled', '## Packer build: :warning: cancelled'],
  ])('headed by the status %s', (status, heading) => {
    expect(renderSummary(summaryData({ status })).split('\n')[0]).toContain(heading);
  });

  it('names the command, template, Packer version and failure', () => {
    const markdown = renderSummary(
      summaryData({ command: 'validate', status: 'failed' }),
      'packer validate exited with 1',
    );
    expect(markdown).toContain('## Packer validate: :x: failed');
    expect(markdown).toContain('**Template:** images/web.pkr.hcl');
    expect(markdown).toContain('**Packer:** 1.11.2');
    expect(markdown).toContain('**Error:** packer validate exited with 1');
  });

  it.each([
    [{ cacheHit: true, durationMs: 3 }, '**Packer:** 1.11.2 (from the tool cache in 3 ms)'],
    [
      { cacheHit: false, durationMs: 1450 },
      '**Packer:** 1.11.2 (downloaded and verified in 1.5 s)',
    ],
  ])('says how Packer was installed: %j', (install, line) => {
    expect(renderSummary(summaryData({ install }))).toContain(line);
  });

  it('says when Packer was not installed', () => {
    const { packerVersion: _, ...withoutVersion } = summaryData();
    expect(renderSummary(withoutVersion)).toContain('**Packer:** not installed');
  });

  it('has a row per phase with its duration and result', () => {
    const markdown = renderSummary(
      summaryData({
        phases: [
          { phase: 'init', status: 'ok', durationMs: 850, exitCode: 0 },
          { phase: 'validate', status: 'ok', durationMs: 12_340, exitCode: 0 },
          { phase: 'build', status: 'failed', durationMs: 245_000, exitCode: 1 },
          { phase: 'fmt', status: 'failed', durationMs: 5, exitCode: null },
          { phase: 'build', status: 'cancelled', durationMs: 7, exitCode: 1 },
          { phase: 'build', status: 'cancelled', durationMs: 8 },
          { phase: 'publish', status: 'ok', durationMs: 9 },
          { phase: 'validate', status: 'failed', durationMs: 10, exitCode: 0 },
        ],
      }),
    );
    expect(markdown).toContain('| Phase | Duration | Result |');
    expect(markdown).toContain('| init | 850 ms | ok |');
    expect(markdown).toContain('| validate | 12.3 s | ok |');
    expect(markdown).toContain('| build | 4 min 05 s | exit code 1 |');
    expect(markdown).toContain('| fmt | 5 ms | ended by a signal |');
    expect(markdown).toContain('| build | 7 ms | cancelled; exit code 1 |');
    expect(markdown).toContain('| build | 8 ms | cancelled; still running |');
    expect(markdown).toContain('| publish | 9 ms | ok |');
    expect(markdown).toContain('| validate | 10 ms | failed; exit code 0 |');
  });

  it('lists the artifacts and each AMI per region with its console link', () => {
    const markdown = renderSummary(
      summaryData({ artifacts: artifactsOf('amazon-ebs-multi-region-build.machine.log') }),
    );
    expect(markdown).toContain('### Artifacts\n\n| Build | Builder | Id |');
    expect(markdown).toContain(
      '| web\\_node | mitchellh.amazonebs | eu-central-1:ami-1f5307831b902b1b2,eu-west-1:ami-3b03275f916212d5d,us-east-1:ami-3dac1a6063be4b5fc |',
    );
    expect(markdown).toContain('### AMIs\n\n| Build | Region | AMI |');
    for (const [region, ami] of [
      ['eu-central-1', 'ami-1f5307831b902b1b2'],
      ['eu-west-1', 'ami-3b03275f916212d5d'],
      ['us-east-1', 'ami-3dac1a6063be4b5fc'],
    ]) {
      expect(markdown).toContain(
        `| web\\_node | ${region} | [${ami}](https://${region}.console.aws.amazon.com/ec2/home?region=${region}#ImageDetails:imageId=${ami}) |`,
      );
    }
  });

  it.each<[string, string[], string[]]>([
    ['null-build.machine.log', ['### Artifacts', '| null | fnoeding.null | Null |'], ['### AMIs']],
    ['amazon-ebs-provisioner-failure.machine.log', [], ['### Artifacts', '### AMIs']],
  ])('%s: sections only for what there is', (fixture, present, absent) => {
    const markdown = renderSummary(summaryData({ artifacts: artifactsOf(fixture) }));
    for (const text of present) expect(markdown).toContain(text);
    for (const text of absent) expect(markdown).not.toContain(text);
  });

  it('shows the SSM parameter per region, and the regions not updated', () => {
    const markdown = renderSummary(
      summaryData({
        ssm: {
          parameterName: '/images/web_node/ami',
          label: 'v1.2.3',
          regions: [
            { region: 'eu-west-1', state: 'published', version: 7 },
            { region: 'ap-south-1', state: 'published', version: 4, unchanged: true },
            { region: 'us-east-1', state: 'failed', error: 'AccessDenied | not allowed' },
            { region: 'eu-central-1', state: 'skipped', error: 'throttled' },
            { region: 'us-west-2', state: 'written', version: 3, error: 'cancelled' },
          ],
        },
      }),
    );
    expect(markdown).toContain('### SSM parameter /images/web\\_node/ami (label v1.2.3)');
    expect(markdown).toContain('| eu-west-1 | 7 | updated |');
    expect(markdown).toContain('| ap-south-1 | 4 | unchanged (it already held this AMI) |');
    expect(markdown).toContain('| us-east-1 |  | not updated: AccessDenied \\| not allowed |');
    expect(markdown).toContain('| us-west-2 | 3 | written, not confirmed: cancelled |');
    expect(markdown).toContain(
      '**Regions not fully published:** us-east-1, eu-central-1, us-west-2',
    );
  });

  it('for command: publish shows the AMIs published and nothing of Packer', () => {
    const markdown = renderSummary({
      ...summaryData({
        ssm: {
          parameterName: '/images/web_node/latest',
          label: 'v1.3.0',
          regions: [{ region: 'eu-west-1', amiId: 'ami-2222bbbb', state: 'published', version: 9 }],
        },
      }),
      command: 'publish',
      template: '',
      packerVersion: undefined,
    });
    expect(markdown).toMatch(/^## AMI publication: :white_check_mark: succeeded\n/);
    expect(markdown).not.toContain('Packer');
    expect(markdown).toContain(
      `### AMIs\n\n| Region | AMI |\n| --- | --- |\n| eu-west-1 | [ami-2222bbbb](${consoleUrl('eu-west-1', 'ami-2222bbbb')}) |`,
    );
    expect(markdown).toContain('| eu-west-1 | 9 | updated |');
  });

  it('says nothing of regions not updated when all were', () => {
    const markdown = renderSummary(
      summaryData({
        ssm: {
          parameterName: 'p',
          regions: [{ region: 'eu-west-1', state: 'published', version: 1 }],
        },
      }),
    );
    expect(markdown).toContain('### SSM parameter p\n');
    expect(markdown).not.toContain('not updated');
  });

  it('after a cancel, shows the signals, where they came and what Packer printed since', () => {
    const markdown = renderSummary(
      summaryData({
        signals: [
          { signal: 'SIGINT', at: 1000 },
          { signal: 'SIGTERM', at: 8500 },
        ],
        cancelledDuring: 'packer build',
        phases: [
          {
            phase: 'build',
            status: 'cancelled',
            durationMs: 9000,
            stop: {
              pid: 42,
              asked: 'process-group',
              exited: false,
              reported: ['==> amazon-ebs.x: Terminating the source AWS instance...'],
              logPath: '/tmp/packer-build.out',
            },
          },
        ],
      }),
    );
    expect(markdown).toContain('### Cancelled');
    expect(markdown).toContain(
      '**Received:** SIGINT, then SIGTERM 7.5 s later during packer build',
    );
    expect(markdown).toContain(
      '**Packer:** still running (pid 42) when the action stopped waiting',
    );
    expect(markdown).toContain('- ==\\> amazon-ebs.x: Terminating the source AWS instance...');
  });

  it('escapes values so that they cannot break a table row or add markup', () => {
    const markdown = renderSummary(
      summaryData({
        template: 'a|b*c*.pkr.hcl',
        artifacts: [{ buildName: 'x|y', builderId: '<script>', id: 'line\nbreak' }],
      }),
    );
    expect(markdown).toContain('**Template:** a\\|b\\*c\\*.pkr.hcl');
    expect(markdown).toContain('| x\\|y | \\<script\\> | line break |');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain-text 1.2', 'plain-text 1.2'],
    ['a|b', 'a\\|b'],
    ['_*`~', '\\_\\*\\`\\~'],
    ['[x](y)', '\\[x\\](y)'],
    ['<b>&amp;', '\\<b\\>\\&amp;'],
    ['back\\slash', 'back\\\\slash'],
    ['two\r\nlines\nthree', 'two lines three'],
  ])('%j → %j', (value, expected) => {
    expect(escapeMarkdown(value)).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [999, '999 ms'],
    [1000, '1.0 s'],
    [59_940, '59.9 s'],
    [59_960, '1 min 00 s'],
    [61_000, '1 min 01 s'],
    [3_725_000, '62 min 05 s'],
  ])('%i ms → %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('consoleUrl', () => {
  it('opens the image in its region', () => {
    expect(consoleUrl('us-east-1', 'ami-0123')).toBe(
      'https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#ImageDetails:imageId=ami-0123',
    );
  });
});

describe('writeSummary', () => {
  const saved = process.env.GITHUB_STEP_SUMMARY;
  const dir = mkdtempSync(path.join(tmpdir(), 'summary-'));
  afterAll(() => {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends the rendered summary to the step summary file', async () => {
    const file = path.join(dir, 'step-summary.md');
    writeFileSync(file, 'before\n');
    process.env.GITHUB_STEP_SUMMARY = file;
    const data = summaryData({ artifacts: artifactsOf('amazon-ebs-build.machine.log') });
    await writeSummary(data, 'why');
    expect(readFileSync(file, 'utf8')).toBe(`before\n${renderSummary(data, 'why')}`);
  });
});
