// The job summary: what ran, how long each phase took, the artifacts, the AMIs with console links,
// the SSM parameter per region and, after a cancel, what the action saw of it. Rendering is pure;
// `writeSummary` only appends it.
import * as core from '@actions/core';
import { describeSignals } from '../cancel.js';
import {
  artifactsOf,
  type PhaseResult,
  publicationOf,
  type RegionState,
  type RunOutcome,
  type RunStatus,
  runStatus,
  type SsmPublication,
} from '../outcome.js';
import { parseAmis } from '../packer/artifacts.js';

const STATUS_TEXT: Record<RunStatus, string> = {
  succeeded: ':white_check_mark: succeeded',
  failed: ':x: failed',
  cancelled: ':warning: cancelled',
};

/** The summary of `outcome`; `failure` is the message the step fails with, if it does. */
export function renderSummary(outcome: RunOutcome, failure?: string): string {
  const published = outcome.command === 'publish';
  const blocks: string[] = published
    ? [`## AMI publication: ${STATUS_TEXT[runStatus(outcome)]}`]
    : [
        `## Packer ${outcome.command ?? 'run'}: ${STATUS_TEXT[runStatus(outcome)]}`,
        [
          `**Template:** ${escapeMarkdown(outcome.template ?? '')}  `,
          `**Packer:** ${outcome.packerVersion === undefined ? 'not installed' : escapeMarkdown(outcome.packerVersion)}${renderInstall(outcome.install)}`,
        ].join('\n'),
      ];
  if (failure !== undefined) blocks.push(`**Error:** ${escapeMarkdown(failure)}`);
  if (outcome.phases.length > 0) {
    blocks.push(
      table(
        ['Phase', 'Duration', 'Result'],
        outcome.phases.map((phase) => [
          escapeMarkdown(phase.phase),
          formatDuration(phase.durationMs),
          phaseResultText(phase),
        ]),
      ),
    );
  }
  blocks.push(...renderCancel(outcome));
  const artifacts = artifactsOf(outcome);
  if (artifacts.length > 0) {
    blocks.push(
      '### Artifacts',
      table(
        ['Build', 'Builder', 'Id'],
        artifacts.map(({ buildName, builderId, id }) =>
          [buildName, builderId, id].map(escapeMarkdown),
        ),
      ),
    );
  }
  const amiRows = artifacts.flatMap(({ buildName, id }) =>
    parseAmis(id).map(({ region, amiId }) => [
      escapeMarkdown(buildName),
      escapeMarkdown(region),
      `[${escapeMarkdown(amiId)}](${consoleUrl(region, amiId)})`,
    ]),
  );
  if (amiRows.length > 0) blocks.push('### AMIs', table(['Build', 'Region', 'AMI'], amiRows));
  const ssm = publicationOf(outcome);
  if (published && ssm !== undefined) {
    const rows = ssm.regions.flatMap(({ region, amiId }) =>
      amiId === undefined
        ? []
        : [[escapeMarkdown(region), `[${escapeMarkdown(amiId)}](${consoleUrl(region, amiId)})`]],
    );
    if (rows.length > 0) blocks.push('### AMIs', table(['Region', 'AMI'], rows));
  }
  if (ssm !== undefined) blocks.push(...renderSsm(ssm));
  return `${blocks.join('\n\n')}\n`;
}

function phaseResultText({ status, exitCode }: PhaseResult): string {
  if (exitCode === undefined) return status === 'cancelled' ? 'cancelled; still running' : status;
  if (exitCode === null) return 'ended by a signal';
  if (status === 'cancelled') return `cancelled; exit code ${exitCode}`;
  // Packer ended well, but the action refused what it saw (a build name that matched nothing).
  if (status === 'failed' && exitCode === 0) return 'failed; exit code 0';
  return exitCode === 0 ? 'ok' : `exit code ${exitCode}`;
}

/** What the action saw of a cancel: the signals, and what Packer did after them. */
function renderCancel(outcome: RunOutcome): string[] {
  if (outcome.signals.length === 0) return [];
  const lines = [
    `**Received:** ${escapeMarkdown(describeSignals(outcome.signals))}${
      outcome.cancelledDuring === undefined
        ? ''
        : ` during ${escapeMarkdown(outcome.cancelledDuring)}`
    }`,
  ];
  const stop = outcome.phases.at(-1)?.stop;
  if (stop !== undefined) {
    lines.push(
      stop.exited
        ? `**Packer:** exited after the signal (pid ${stop.pid}). What it printed since:`
        : `**Packer:** still running (pid ${stop.pid}) when the action stopped waiting; the post step waits for it. What it printed until then:`,
    );
    const reported = stop.reported.filter((line) => line !== '');
    lines.push(
      reported.length > 0
        ? reported.map((line) => `- ${escapeMarkdown(line)}`).join('\n')
        : '- nothing',
    );
  }
  return ['### Cancelled', lines.join('\n\n')];
}

function renderInstall(install: RunOutcome['install']): string {
  if (install === undefined) return '';
  const how = install.cacheHit ? 'from the tool cache' : 'downloaded and verified';
  return ` (${how} in ${formatDuration(install.durationMs)})`;
}

const REGION_STATE_TEXT: Record<RegionState, string> = {
  published: 'updated',
  sent: 'maybe written',
  written: 'written, not confirmed',
  skipped: 'not updated',
  failed: 'not updated',
};

function renderSsm({ parameterName, label, regions }: SsmPublication): string[] {
  const heading = `### SSM parameter ${escapeMarkdown(parameterName)}${
    label === undefined ? '' : ` (label ${escapeMarkdown(label)})`
  }`;
  const blocks = [
    heading,
    table(
      ['Region', 'Version', 'Result'],
      regions.map(({ region, version, state, error, unchanged }) => [
        escapeMarkdown(region),
        version === undefined ? '' : String(version),
        state === 'published' && unchanged
          ? 'unchanged (it already held this AMI)'
          : `${REGION_STATE_TEXT[state]}${error === undefined ? '' : `: ${escapeMarkdown(error)}`}`,
      ]),
    ),
  ];
  const notUpdated = regions.filter((region) => region.state !== 'published');
  if (notUpdated.length > 0) {
    blocks.push(
      `**Regions not fully published:** ${notUpdated.map(({ region }) => escapeMarkdown(region)).join(', ')}`,
    );
  }
  return blocks;
}

export function consoleUrl(region: string, amiId: string): string {
  const r = encodeURIComponent(region);
  return `https://${r}.console.aws.amazon.com/ec2/home?region=${r}#ImageDetails:imageId=${encodeURIComponent(amiId)}`;
}

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows]
    .map((row) => `| ${row.join(' | ')} |`)
    .join('\n');
}

/**
 * Text that renders as itself inside a paragraph or table cell: inline markup and `|` are
 * backslash-escaped, line breaks become spaces so a value cannot end its table row.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`);
}

/** `850 ms`, `12.3 s`, `4 min 05 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

export async function writeSummary(outcome: RunOutcome, failure?: string): Promise<void> {
  await core.summary.addRaw(renderSummary(outcome, failure)).write();
}
