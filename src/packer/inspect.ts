// Before anything heavy runs (AWS credentials, validate, build): the builds of a legacy JSON template,
// as `packer inspect` lists them, against `only` / `except`.
import * as core from '@actions/core';
import type { Inputs } from '../inputs.js';
import type { InstalledPacker } from '../install/install.js';
import { runWithTimeout } from '../process/child.js';
import { packerEnvironment } from './argv.js';
import { buildSelection, inspectedBuilders, unmatchedError, unmatchedNames } from './selection.js';
import { decodeRecords } from './stream.js';

/** `packer inspect` of a JSON template reads one file: a minute means something is wrong. */
const INSPECT_TIMEOUT_MILLISECONDS = 60_000;

/**
 * Throws an InputError naming every `only` / `except` name that matches no builder of a legacy JSON
 * template (Packer compares them exactly). When the builders cannot be listed (a name that is a
 * template, a template Packer cannot read: validate says why), the names are checked as Packer runs.
 */
export async function checkBuildNames(
  inputs: Inputs,
  packer: InstalledPacker,
  signal: AbortSignal,
): Promise<void> {
  const selection = buildSelection(inputs);
  if (selection === undefined || inputs.templateKind !== 'legacy-json') return;
  const run = await runWithTimeout(
    packer.binary,
    ['inspect', '-machine-readable', inputs.template],
    {
      cwd: inputs.workingDirectory,
      env: packerEnvironment(inputs, process.env),
      timeoutMilliseconds: INSPECT_TIMEOUT_MILLISECONDS,
      signal,
    },
  );
  if (run.killed === 'aborted') return;
  const builders = run.exitCode === 0 ? inspectedBuilders(decodeRecords(run.stdout)) : undefined;
  if (builders === undefined) {
    core.info(
      `Could not list the builds of ${inputs.template} with packer inspect ` +
        `(${run.killed === 'timed-out' ? 'timed out' : `exit code ${run.exitCode}`}): ` +
        `'${selection.input}' is checked as Packer runs.`,
    );
    return;
  }
  const unmatched = unmatchedNames(selection, builders, false);
  if (unmatched.length > 0) {
    throw unmatchedError(selection, unmatched, builders, inputs.template);
  }
}
