// What both entries do with an error nothing else caught: one `::error::` line, exit code 1.
import * as core from '@actions/core';
import { errorMessage } from './errors.js';

export function lastResort(error: unknown): void {
  process.exitCode = 1;
  try {
    core.setFailed(`Unexpected error: ${errorMessage(error)}`);
  } catch {
    process.stdout.write(`::error::Unexpected error: ${errorMessage(error)}\n`);
  }
}
