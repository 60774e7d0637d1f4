// The live log: Packer's records rendered as the text a person would have seen, one group per phase,
// shown with workflow commands stopped. The runner takes any line that starts with `::` (after
// spaces) for a command: a provisioner printing `::add-mask::`, `::error::` or `::set-output` would
// speak for the action. Outputs, state and environment go to files, which this does not affect.
import { randomBytes } from 'node:crypto';
import { EOL } from 'node:os';
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

/** The token that ends the `::stop-commands::` in force; undefined while commands are processed. */
let stopToken: string | undefined;

function stopCommands(): void {
  // Fresh each time: nothing printed before can know it, and it is never printed inside.
  stopToken = randomBytes(16).toString('hex');
  process.stdout.write(`::stop-commands::${stopToken}${EOL}`);
}

function resumeCommands(): void {
  if (stopToken === undefined) return;
  process.stdout.write(`::${stopToken}::${EOL}`);
  stopToken = undefined;
}

/**
 * Runs `show` with workflow commands stopped, for output the action does not control (Packer's):
 * a line of it that starts with `::` is shown as text and does nothing.
 */
export async function withCommandsStopped<T>(show: () => Promise<T>): Promise<T> {
  if (stopToken !== undefined) return show();
  stopCommands();
  try {
    return await show();
  } finally {
    resumeCommands();
  }
}

/**
 * Issues the action's own workflow command (an annotation, a notice, `::add-mask::` of a refreshed
 * credential), also while Packer's output is shown with commands stopped: commands are resumed for
 * it, then stopped again under a new token. Everything the action says during a phase with
 * `core.*` that writes a `::` line goes through here.
 */
export function issueCommand(issue: () => void): void {
  if (stopToken === undefined) {
    issue();
    return;
  }
  resumeCommands();
  try {
    issue();
  } finally {
    stopCommands();
  }
}

/** Runs one phase inside a collapsible log group named after it, with workflow commands stopped. */
export function inPhase<T>(phase: PhaseName, run: () => Promise<T>): Promise<T> {
  return core.group(`packer ${phase}`, () => withCommandsStopped(run));
}
