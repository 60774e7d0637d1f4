// The Packer phases of one run, in order: init (HCL2, when the version has it), validate, then fmt
// (validate with fmt-check) or build. Each runs in its own log group; the first failure or an
// interruption ends the run.
import * as core from '@actions/core';
import type { Inputs } from '../inputs.js';
import { annotate } from '../report/annotations.js';
import { inPhase, logLine, logText, type Phase } from '../report/log.js';
import type { PhaseResult, RunStatus } from '../report/summary.js';
import {
  buildArgs,
  fmtApplies,
  fmtCheckArgs,
  initArgs,
  packerEnvironment,
  supportsInit,
  validateArgs,
} from './argv.js';
import { type Artifact, collectArtifacts } from './artifacts.js';
import { buildErrors, fmtDiagnostics, validateDiagnostics } from './diagnostics.js';
import { type RunResult, runPacker } from './run.js';

export interface PackerOutcome {
  status: RunStatus;
  /** Why the run failed or stopped; undefined when it succeeded. */
  failure: string | undefined;
  phases: PhaseResult[];
  /** The build's artifacts; empty for validate or a failed build. */
  artifacts: Artifact[];
}

export interface InstalledPackerBinary {
  version: string;
  binary: string;
}

export async function runPackerPhases(
  inputs: Inputs,
  packer: InstalledPackerBinary,
  extraEnv: Record<string, string>,
): Promise<PackerOutcome> {
  const env = packerEnvironment(inputs, process.env, extraEnv);
  const phases: PhaseResult[] = [];
  const run = (phase: Phase, args: string[]): Promise<RunResult> =>
    inPhase(phase, async () => {
      const result = await runPacker(packer.binary, args, {
        cwd: inputs.workingDirectory,
        env,
        onLine: logLine,
        onText: logText,
      });
      phases.push({ phase, durationMs: result.durationMs, exitCode: result.exitCode });
      return result;
    });
  const stopped = (failure: string, result: RunResult): PackerOutcome => ({
    status: result.interrupted ? 'interrupted' : 'failed',
    failure: result.interrupted
      ? 'Cancelled while Packer ran; Packer cleaned up and exited.'
      : failure,
    phases,
    artifacts: [],
  });

  const init = initArgs(inputs);
  if (init !== undefined) {
    if (supportsInit(packer.version)) {
      const result = await run('init', init);
      if (result.exitCode !== 0 || result.interrupted) {
        return stopped(
          `packer init failed (exit code ${result.exitCode}): ${lastText(result)}`,
          result,
        );
      }
    } else {
      core.notice(`Packer ${packer.version} has no 'packer init' (it came in 1.7.0): skipping it.`);
    }
  }

  const validation = await run('validate', validateArgs(inputs));
  if (validation.exitCode !== 0 || validation.interrupted) {
    const diagnostics = validateDiagnostics(validation.lines, inputs);
    annotate(diagnostics);
    const count = diagnostics.length;
    return stopped(
      count > 0
        ? `packer validate found ${count} error${count === 1 ? '' : 's'} in ${inputs.template}`
        : `packer validate failed (exit code ${validation.exitCode}): ${lastText(validation)}`,
      validation,
    );
  }

  core.info(`${inputs.template} is valid.`);

  if (inputs.command === 'validate') {
    if (inputs.fmtCheck) {
      if (!fmtApplies(inputs)) {
        core.notice(
          `fmt-check: ${inputs.template} is not an HCL2 .pkr.hcl template; skipping packer fmt.`,
        );
      } else {
        const fmt = await run('fmt', fmtCheckArgs(inputs));
        if (fmt.exitCode !== 0 || fmt.interrupted) {
          annotate(fmtDiagnostics(fmt.text, inputs));
          return stopped(
            `packer fmt -check: ${inputs.template} is not formatted canonically; run 'packer fmt ${inputs.template}' and commit the result`,
            fmt,
          );
        }
      }
    }
    return { status: 'succeeded', failure: undefined, phases, artifacts: [] };
  }

  const build = await run('build', buildArgs(inputs));
  if (build.exitCode !== 0 || build.interrupted) {
    const errors = buildErrors(build.lines);
    annotate(errors);
    return stopped(
      errors.length > 0
        ? errors.map((error) => `${error.title}: ${error.message}`).join('; ')
        : `packer build failed (exit code ${build.exitCode}): ${lastText(build)}`,
      build,
    );
  }
  return {
    status: 'succeeded',
    failure: undefined,
    phases,
    artifacts: collectArtifacts(build.lines),
  };
}

/** The last plain-text line Packer printed: the reason when it failed before any record. */
function lastText(result: RunResult): string {
  const lines = result.text.filter((line) => line.trim() !== '');
  return lines.at(-1)?.trim() ?? 'no output';
}
