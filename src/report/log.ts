// The live log: Packer's records rendered as the text a person would have seen, one group per phase.
import * as core from '@actions/core';
import type { PhaseName } from '../outcome.js';
import type { MachineLine } from '../packer/stream.js';

export interface RenderedLine {
  /** `error` for Packer's `ui,error` messages, so the caller can treat them apart. */
  level: 'info' | 'error';
  /** Log lines; empty when the record is bookkeeping (artifacts, counts, versions). */
  lines: string[];
}

/**
 * `ui` messages become their text, one log line per line of the message; other records are left
 * out because Packer also prints them as `ui` messages (`--> amazon-ebs: AMIs were created`).
 */
export function renderLine(line: MachineLine): RenderedLine {
  if (line.type !== 'ui') return { level: 'info', lines: [] };
  const [level = '', message = ''] = line.data;
  return {
    level: level === 'error' ? 'error' : 'info',
    lines: message.replace(/\n+$/, '').split('\n'),
  };
}

const RED = '\u001b[31m';
const RESET = '\u001b[0m';

/** Writes one record to the log; errors in red, as Packer colours them on a terminal. */
export function logLine(line: MachineLine): void {
  const rendered = renderLine(line);
  for (const text of rendered.lines) {
    core.info(rendered.level === 'error' && text !== '' ? `${RED}${text}${RESET}` : text);
  }
}

/** Writes one plain-text line (usage text, `fmt -diff`) as it is. */
export function logText(text: string): void {
  core.info(text);
}

/** Runs one phase inside a collapsible log group named after it. */
export function inPhase<T>(phase: PhaseName, run: () => Promise<T>): Promise<T> {
  return core.group(`packer ${phase}`, run);
}
