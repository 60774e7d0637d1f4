// Packer's phases: init (HCL2, when the version has it), validate, fmt (validate with fmt-check) and
// build. Each runs Packer once in its own log group and turns what Packer printed into a PhaseResult.
import * as path from 'node:path';
import * as core from '@actions/core';
import type { PhaseName, PhaseResult } from '../outcome.js';
import type { Phase, PhaseContext } from '../phases.js';
import { inPhase, logLine, logText } from '../report/log.js';
import {
  buildArgs,
  fmtApplies,
  fmtCheckArgs,
  initArgs,
  initEnvironment,
  supportsInit,
  validateArgs,
} from './argv.js';
import { collectArtifacts } from './artifacts.js';
import {
  buildErrors,
  type Diagnostic,
  fmtDiagnostics,
  validateDiagnostics,
} from './diagnostics.js';
import { addResource, announcedResource, noResources } from './resources.js';
import { type RunResult, runPacker } from './run.js';
import {
  buildSelection,
  packerChecksNames,
  ranSelectionError,
  reportedSelectionError,
} from './selection.js';
import { type MachineLine, uiMessage } from './stream.js';
import { undeclaredVariables, withVariablesFile } from './variables.js';

/**
 * The phases whose Packer gets AWS credentials: validate and build load the template's builders, which
 * may call AWS; init and fmt never do.
 */
const PHASES_WITH_AWS: ReadonlySet<PhaseName> = new Set(['validate', 'build']);

/** Runs Packer for `phase` in its log group; `onLine` sees each record too. */
async function runPhase(
  context: PhaseContext,
  phase: PhaseName,
  args: string[],
  {
    onLine,
    env = context.env,
  }: { onLine?: (line: MachineLine) => void; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  const logPath = path.join(context.workDir, `packer-${phase}.out`);
  return inPhase(phase, async () => {
    const aws = PHASES_WITH_AWS.has(phase) ? await context.packerAws.open() : undefined;
    let exited = true;
    try {
      const result = await runPacker(context.packer.binary, args, {
        cwd: context.inputs.workingDirectory,
        env: { ...env, ...aws?.env },
        outputPath: logPath,
        cancellation: context.cancellation,
        onStart: (pid) => context.state.packerStarted({ pid, phase, logPath }),
        onLine: (line) => {
          logLine(line);
          onLine?.(line);
        },
        onText: logText,
        onNotice: (message) => core.info(message),
      });
      exited = result.stop === undefined || result.stop.exited;
      if (exited) context.state.packerExited();
      return result;
    } finally {
      // A Packer left running keeps its credentials for as long as the action's process lives.
      if (exited) await aws?.close();
    }
  });
}

/**
 * The result of one Packer run: `ok` when it exited 0 unasked; `cancelled` when a signal came while
 * it ran; else `failed`, with the reason `explain` gives.
 */
function phaseResult(
  phase: PhaseName,
  run: RunResult,
  explain: () => { failure: string; diagnostics?: Diagnostic[] },
): PhaseResult {
  const result: PhaseResult = {
    phase,
    status: 'ok',
    durationMs: run.durationMs,
    exitCode: run.exitCode,
  };
  if (run.stop !== undefined) return { ...result, status: 'cancelled', stop: run.stop };
  if (run.exitCode === 0) return result;
  return { ...result, status: 'failed', ...explain() };
}

/**
 * The phase's result, as phaseResult gives it, but failed for `problem` (the action's own finding,
 * such as a build name that matches nothing) in place of Packer's explanation when there is one,
 * also when Packer exited 0.
 */
function judgedResult(
  phase: PhaseName,
  run: RunResult,
  problem: string | undefined,
  explain: () => { failure: string; diagnostics?: Diagnostic[] },
): PhaseResult {
  if (problem === undefined) return phaseResult(phase, run, explain);
  const result = phaseResult(phase, run, () => ({ failure: problem }));
  return result.status === 'ok' ? { ...result, status: 'failed', failure: problem } : result;
}

/** Why Packer failed when it said nothing structured: its last plain-text line, or how it ended. */
function lastWords(phase: PhaseName, run: RunResult): string {
  const ended =
    run.exitCode === null || run.exitCode === undefined
      ? `was ended by ${run.signal ?? 'a signal'}`
      : `failed (exit code ${run.exitCode})`;
  const last = run.text
    .filter((line) => line.trim() !== '')
    .at(-1)
    ?.trim();
  return `packer ${phase} ${ended}: ${last ?? 'no output'}`;
}

export const initPhase: Phase = {
  name: 'init',
  applies: ({ inputs, packer }) => {
    if (initArgs(inputs) === undefined) return false;
    if (supportsInit(packer.version)) return true;
    return {
      notice: `Packer ${packer.version} has no 'packer init' (it came in 1.7.0): skipping it.`,
    };
  },
  run: async (context) => {
    const { inputs, env } = context;
    const run = await runPhase(context, 'init', initArgs(inputs) ?? [], {
      env: initEnvironment(env, inputs.githubToken),
    });
    return phaseResult('init', run, () => ({ failure: lastWords('init', run) }));
  },
};

export const validatePhase: Phase = {
  name: 'validate',
  applies: () => true,
  run: async (context) => {
    const { inputs, packer } = context;
    const run = await withVariablesFile(context.workDir, inputs.variables, (file) =>
      runPhase(context, 'validate', validateArgs(inputs, file)),
    );
    const selection = buildSelection(inputs);
    const undeclared = undeclaredVariables(run.lines, inputs.variables);
    const problem =
      (selection && reportedSelectionError(run.lines, selection, inputs.template)?.message) ??
      (undeclared.length > 0 ? undeclaredMessage(undeclared, inputs.template) : undefined);
    const result = judgedResult('validate', run, problem, () => {
      const diagnostics = validateDiagnostics(run.lines, inputs);
      const count = diagnostics.length;
      return {
        diagnostics,
        failure:
          count > 0
            ? `packer validate found ${count} error${count === 1 ? '' : 's'} in ${inputs.template}`
            : lastWords('validate', run),
      };
    });
    if (result.status !== 'ok') return result;
    core.info(`${inputs.template} is valid.`);
    if (
      selection !== undefined &&
      inputs.command === 'validate' &&
      inputs.templateKind === 'hcl2' &&
      !packerChecksNames(packer.version)
    ) {
      core.notice(
        `Packer ${packer.version} does not check the names in '${selection.input}' against the ` +
          `builds of an HCL2 template (Packer 1.8 and later do): a build checks them after it ran.`,
      );
    }
    return result;
  },
};

function undeclaredMessage(undeclared: readonly string[], template: string): string {
  return (
    `Input 'variables' sets ${undeclared.map((name) => `'${name}'`).join(', ')}, which ` +
    `${template} does not declare: declare ${undeclared.length === 1 ? 'it' : 'them'} ` +
    `(variable "${undeclared[0]}" { type = string }) or remove the line`
  );
}

export const fmtPhase: Phase = {
  name: 'fmt',
  applies: ({ inputs }) => {
    if (inputs.command !== 'validate' || !inputs.fmtCheck) return false;
    if (fmtApplies(inputs)) return true;
    return {
      notice: `fmt-check: ${inputs.template} is not an HCL2 .pkr.hcl template; skipping packer fmt.`,
    };
  },
  run: async (context) => {
    const { inputs } = context;
    const run = await runPhase(context, 'fmt', fmtCheckArgs(inputs));
    return phaseResult('fmt', run, () => ({
      diagnostics: fmtDiagnostics(run.text, inputs),
      failure: `packer fmt -check: ${inputs.template} is not formatted canonically; run 'packer fmt ${inputs.template}' and commit the result`,
    }));
  },
};

export const buildPhase: Phase = {
  name: 'build',
  applies: ({ inputs }) => inputs.command === 'build',
  run: async (context) => {
    // What the build creates in AWS, saved for the post step as it is announced.
    const resources = noResources();
    const { inputs } = context;
    const run = await withVariablesFile(context.workDir, inputs.variables, (file) =>
      runPhase(context, 'build', buildArgs(inputs, file), {
        onLine: (line) => {
          const announced = announcedResource(uiMessage(line)?.message ?? '');
          if (announced && addResource(resources, announced.kind, announced.id)) {
            context.state.resourcesAnnounced(resources);
          }
        },
      }),
    );
    const selection = buildSelection(inputs);
    const ended = run.exitCode === 0 && run.stop === undefined;
    const problem =
      selection &&
      (reportedSelectionError(run.lines, selection, inputs.template) ??
        (ended && inputs.templateKind === 'hcl2' && !packerChecksNames(context.packer.version)
          ? ranSelectionError(run.lines, selection, inputs.template, context.packer.version)
          : undefined));
    const result = judgedResult('build', run, problem?.message, () => {
      const diagnostics = buildErrors(run.lines);
      return {
        diagnostics,
        failure:
          diagnostics.length > 0
            ? diagnostics.map((error) => `${error.title}: ${error.message}`).join('; ')
            : lastWords('build', run),
      };
    });
    // What a build that ended well made exists, even when the action fails it.
    return ended ? { ...result, artifacts: collectArtifacts(run.lines) } : result;
  },
};
