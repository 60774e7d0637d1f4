// The run's phases as a table: each one decides whether it applies, runs, and returns a typed result
// into the run's outcome. The first phase that does not end `ok`, or a signal, ends the run.
import * as core from '@actions/core';
import type { Cancellation } from './cancel.js';
import type { Inputs } from './inputs.js';
import type { InstalledPacker } from './install/install.js';
import type { PhaseName, PhaseResult, RunOutcome } from './outcome.js';
import type { PostStateWriter } from './state.js';

/** What every phase may use, with or without Packer (`command: publish` runs none). */
export interface RunContext {
  inputs: Inputs;
  cancellation: Cancellation;
  state: PostStateWriter;
  /** The assumed role's credentials for the action's SDK clients, when a role was assumed. */
  credentials: import('./aws/environment.js').CredentialProvider | undefined;
}

/** What Packer's phases use as well. */
export interface PhaseContext extends RunContext {
  packer: InstalledPacker;
  /** Packer's environment. */
  env: NodeJS.ProcessEnv;
  /** Where Packer's output files go for this run. */
  workDir: string;
  /** AWS credentials for a Packer run that needs them (see src/aws/packer-credentials.ts). */
  packerAws: Pick<import('./aws/packer-credentials.js').PackerAws, 'open'>;
}

/** `true`: run it; `false`: it does not apply; `{ notice }`: it does not apply, and the user is told why. */
export type Applies = boolean | { notice: string };

/** A phase that needs `Context`: Packer's phases need PhaseContext, the AWS ones only RunContext. */
export interface Phase<Context extends RunContext = PhaseContext> {
  name: PhaseName;
  applies(context: Context): Applies;
  run(context: Context, outcome: RunOutcome): Promise<PhaseResult>;
}

export async function runPhases<Context extends RunContext>(
  phases: readonly Phase<Context>[],
  context: Context,
  outcome: RunOutcome,
  onPhase: (name: PhaseName) => void = () => {},
): Promise<void> {
  for (const phase of phases) {
    if (context.cancellation.requested) return;
    const applies = phase.applies(context);
    if (applies === false) continue;
    if (applies !== true) {
      core.notice(applies.notice);
      continue;
    }
    onPhase(phase.name);
    const result = await phase.run(context, outcome);
    outcome.phases.push(result);
    if (result.status !== 'ok') return;
  }
}
