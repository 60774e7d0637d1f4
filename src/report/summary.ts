// The job summary: what ran, how long each phase took, the artifacts, the AMIs with console links and,
// once published, the SSM parameter per region. Rendering is pure; `writeSummary` only appends it.
import * as core from '@actions/core';
import type { Command } from '../inputs.js';
import { type Artifact, parseAmis } from '../packer/artifacts.js';
import type { Phase } from './log.js';

export type RunStatus = 'succeeded' | 'failed' | 'interrupted';

export interface PhaseResult {
  phase: Phase;
  durationMs: number;
  /** Null when Packer was ended by a signal. */
  exitCode: number | null;
}

export interface SsmRegionResult {
  region: string;
  /** The parameter version written. */
  version?: number;
  /** Why the region was not updated. */
  error?: string;
}

export interface SsmPublication {
  parameterName: string;
  label?: string;
  regions: SsmRegionResult[];
}

export interface SummaryData {
  command: Command;
  template: string;
  packerVersion?: string;
  /** How Packer was installed, once it was. */
  install?: { cacheHit: boolean; durationMs: number };
  status: RunStatus;
  /** Why the run failed, when it did. */
  failure?: string;
  phases: PhaseResult[];
  artifacts: Artifact[];
  ssm?: SsmPublication;
}

const STATUS_TEXT: Record<RunStatus, string> = {
  succeeded: ':white_check_mark: succeeded',
  failed: ':x: failed',
  interrupted: ':warning: interrupted (cancelled); Packer was left to clean up',
};

export function renderSummary(data: SummaryData): string {
  const blocks: string[] = [
    `## Packer ${data.command}: ${STATUS_TEXT[data.status]}`,
    [
      `**Template:** ${escapeMarkdown(data.template)}  `,
      `**Packer:** ${data.packerVersion === undefined ? 'not installed' : escapeMarkdown(data.packerVersion)}${renderInstall(data.install)}`,
    ].join('\n'),
  ];
  if (data.failure !== undefined) blocks.push(`**Error:** ${escapeMarkdown(data.failure)}`);
  if (data.phases.length > 0) {
    blocks.push(
      table(
        ['Phase', 'Duration', 'Result'],
        data.phases.map(({ phase, durationMs, exitCode }) => [
          escapeMarkdown(phase),
          formatDuration(durationMs),
          exitCode === 0
            ? 'ok'
            : exitCode === null
              ? 'stopped by a signal'
              : `exit code ${exitCode}`,
        ]),
      ),
    );
  }
  if (data.artifacts.length > 0) {
    blocks.push(
      '### Artifacts',
      table(
        ['Build', 'Builder', 'Id'],
        data.artifacts.map(({ buildName, builderId, id }) =>
          [buildName, builderId, id].map(escapeMarkdown),
        ),
      ),
    );
  }
  const amiRows = data.artifacts.flatMap(({ buildName, id }) =>
    parseAmis(id).map(({ region, amiId }) => [
      escapeMarkdown(buildName),
      escapeMarkdown(region),
      `[${escapeMarkdown(amiId)}](${consoleUrl(region, amiId)})`,
    ]),
  );
  if (amiRows.length > 0) blocks.push('### AMIs', table(['Build', 'Region', 'AMI'], amiRows));
  if (data.ssm !== undefined) blocks.push(...renderSsm(data.ssm));
  return `${blocks.join('\n\n')}\n`;
}

function renderInstall(install: SummaryData['install']): string {
  if (install === undefined) return '';
  const how = install.cacheHit ? 'from the tool cache' : 'downloaded and verified';
  return ` (${how} in ${formatDuration(install.durationMs)})`;
}

function renderSsm({ parameterName, label, regions }: SsmPublication): string[] {
  const heading = `### SSM parameter ${escapeMarkdown(parameterName)}${
    label === undefined ? '' : ` (label ${escapeMarkdown(label)})`
  }`;
  const blocks = [
    heading,
    table(
      ['Region', 'Version', 'Result'],
      regions.map(({ region, version, error }) => [
        escapeMarkdown(region),
        version === undefined ? '' : String(version),
        error === undefined ? 'updated' : `not updated: ${escapeMarkdown(error)}`,
      ]),
    ),
  ];
  const notUpdated = regions.filter((region) => region.error !== undefined);
  if (notUpdated.length > 0) {
    blocks.push(
      `**Regions not updated:** ${notUpdated.map(({ region }) => escapeMarkdown(region)).join(', ')}`,
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

export async function writeSummary(data: SummaryData): Promise<void> {
  await core.summary.addRaw(renderSummary(data)).write();
}
