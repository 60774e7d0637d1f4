// One run's outcome: what each step saw, gathered as the run goes, then reported once (outputs,
// annotations, job summary) by report/. Packer's phases and the report both use these types; neither
// owns them.
import type { ReceivedSignal } from './cancel.js';
import type { Command } from './inputs.js';
import type { Artifact } from './packer/artifacts.js';
import type { Diagnostic } from './packer/diagnostics.js';

export type PhaseName = 'init' | 'validate' | 'fmt' | 'preflight' | 'build' | 'publish';

/** `cancelled`: stopped because the action was asked to stop. */
export type StepStatus = 'ok' | 'failed' | 'cancelled';

export type RunStatus = 'succeeded' | 'failed' | 'cancelled';

/** What the action saw of a Packer process it asked to stop. */
export interface PackerStop {
  pid: number;
  /** How it was asked: SIGINT to its process group, or nothing (Windows: the console's Ctrl-C). */
  asked: 'process-group' | 'console';
  /** Whether it exited while the action waited. */
  exited: boolean;
  /** Packer's messages after the signal, as it printed them: the cleanup it reported. */
  reported: string[];
  /** Set when the action left before Packer exited. */
  logPath?: string;
}

export interface PhaseResult {
  phase: PhaseName;
  status: StepStatus;
  durationMs: number;
  /** Packer's exit code; null when ended by a signal, undefined when it had not exited. */
  exitCode?: number | null;
  /** Why the phase failed. */
  failure?: string;
  /** Errors to annotate, on the file and line when Packer named them. */
  diagnostics?: Diagnostic[];
  /** The build's artifacts. */
  artifacts?: Artifact[];
  ssm?: SsmPublication;
  /** Set when Packer was running when the action was asked to stop. */
  stop?: PackerStop;
}

/**
 * Where one region's publication stands. `skipped`: not started (cancelled or not attempted);
 * `sent`: PutParameter was sent but the action stopped waiting before its answer, so whether SSM
 * holds a new version was not seen; `written`: PutParameter answered but the version was not yet
 * validated and labelled; `published`: validated and, when asked, labelled; `failed`: see `error`.
 */
export type RegionState = 'skipped' | 'sent' | 'written' | 'published' | 'failed';

/** What a region's publication was waiting for, while it waited. */
export type RegionWait = 'PutParameter' | 'validation' | 'LabelParameterVersion';

export interface SsmRegionResult {
  region: string;
  amiId?: string;
  state: RegionState;
  /** The parameter version written, or the one that already held the AMI. */
  version?: number;
  /**
   * The parameter already held this AMI: no version was written, and the label (when asked) was put
   * on the version that holds it.
   */
  unchanged?: boolean;
  /** Why the region is not published. */
  error?: string;
  /** What it was waiting for, until it ended (for a report made while it still waits). */
  waitingFor?: RegionWait;
}

export interface SsmPublication {
  parameterName: string;
  /** The `aws-region` input: its version is the `ssm-parameter-version` output. */
  homeRegion?: string | undefined;
  label?: string;
  regions: SsmRegionResult[];
}

export interface InstallRecord {
  cacheHit: boolean;
  durationMs: number;
}

export interface RunOutcome {
  command?: Command;
  template?: string;
  packerVersion?: string;
  install?: InstallRecord;
  accountId?: string;
  /** Path of Packer's debug log, when the runner's debug logging is on. */
  packerLog?: string;
  phases: PhaseResult[];
  /** Input problems, one message each: nothing was downloaded or run. */
  inputErrors: string[];
  /** A failure outside the phases (install, credentials), or an unexpected error. */
  error?: string;
  /** The signals the action received, in order. */
  signals: ReceivedSignal[];
  /** What the action was doing when the first signal came. */
  cancelledDuring?: string;
}

export function newOutcome(): RunOutcome {
  return { phases: [], inputErrors: [], signals: [] };
}

export function runStatus(outcome: RunOutcome): RunStatus {
  if (outcome.signals.length > 0) return 'cancelled';
  const failed =
    outcome.inputErrors.length > 0 ||
    outcome.error !== undefined ||
    outcome.phases.some((phase) => phase.status !== 'ok') ||
    outcome.phases.some((phase) =>
      phase.ssm?.regions.some((region) => region.state !== 'published'),
    );
  return failed ? 'failed' : 'succeeded';
}

/** The build's artifacts; empty when no build succeeded. */
export function artifactsOf(outcome: RunOutcome): Artifact[] {
  return outcome.phases.find((phase) => phase.phase === 'build')?.artifacts ?? [];
}

export function publicationOf(outcome: RunOutcome): SsmPublication | undefined {
  return outcome.phases.find((phase) => phase.phase === 'publish')?.ssm;
}

/** The Packer process the action left running, if it did. */
export function packerLeftRunning(outcome: RunOutcome): PackerStop | undefined {
  const stop = outcome.phases.at(-1)?.stop;
  return stop !== undefined && !stop.exited ? stop : undefined;
}
