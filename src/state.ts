// Everything the post step needs, in one place: written by the main step with core.saveState as soon
// as it is known (each write is appended to GITHUB_STATE at once, so it survives the main step being
// killed), read back once from the STATE_* variables the runner gives the post step.
import * as core from '@actions/core';
import { type BuilderResources, noResources } from './packer/resources.js';
import { END_STATE } from './post/clean.js';

/** How the main step ended; absent when it was killed before it could say. */
export type MainEnd =
  /** Nothing for the post step to do: Packer exited on its own and no signal came. */
  | 'clean'
  /** A signal came; Packer (if it ran) exited while the action waited. */
  | 'cancelled'
  /** The action left before Packer exited. */
  | 'packer-running'
  /** No signal came to the action, but Packer was ended by one (the OOM killer, say). */
  | 'packer-killed';

/** What the post step needs to assume the role again and look at EC2. */
export interface AwsState {
  region: string;
  roleToAssume?: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  audience: string;
}

export interface PackerState {
  pid: number;
  phase: string;
  /** The file Packer's output goes to. */
  logPath: string;
}

export interface PostState {
  end: MainEnd | undefined;
  /** The Packer process last started, until it exited while the action watched. */
  packer: PackerState | undefined;
  aws: AwsState | undefined;
  /** The value of the run tag (RUN_TAG_KEY) the build's resources carry. */
  runTag: string | undefined;
  resources: BuilderResources;
  /** Removed by whichever step last needs it. */
  workDir: string | undefined;
}

/** The tag key the image templates put on the builder instance, its volumes, key pair and group. */
export const RUN_TAG_KEY = 'PackerBuildRun';
/** The variable through which Packer's templates get the run tag's value (`env(...)`). */
export const RUN_TAG_VARIABLE = 'PACKER_BUILD_RUN';

const MAIN_ENDS: readonly MainEnd[] = ['clean', 'cancelled', 'packer-running', 'packer-killed'];

const KEYS = {
  end: END_STATE,
  packer: 'packer',
  aws: 'aws',
  runTag: 'run-tag',
  resources: 'resources',
  workDir: 'work-dir',
} as const;

/** The main step's side: each method saves at once. */
export interface PostStateWriter {
  runStarted(runTag: string, workDir: string): void;
  awsUsed(aws: AwsState): void;
  packerStarted(packer: PackerState): void;
  packerExited(): void;
  resourcesAnnounced(resources: BuilderResources): void;
  mainEnded(end: MainEnd): void;
}

export function postStateWriter(save = core.saveState): PostStateWriter {
  return {
    runStarted: (runTag, workDir) => {
      save(KEYS.runTag, runTag);
      save(KEYS.workDir, workDir);
    },
    awsUsed: (aws) => save(KEYS.aws, JSON.stringify(aws)),
    packerStarted: (packer) => save(KEYS.packer, JSON.stringify(packer)),
    packerExited: () => save(KEYS.packer, ''),
    resourcesAnnounced: (resources) => save(KEYS.resources, JSON.stringify(resources)),
    mainEnded: (end) => save(KEYS.end, end),
  };
}

/** Reads what the main step saved; anything unreadable counts as not saved. */
export function readPostState(get = core.getState): PostState {
  const end = get(KEYS.end);
  return {
    end: MAIN_ENDS.find((known) => known === end),
    packer: parseJson<PackerState>(get(KEYS.packer)),
    aws: parseJson<AwsState>(get(KEYS.aws)),
    runTag: get(KEYS.runTag) || undefined,
    resources: { ...noResources(), ...parseJson<BuilderResources>(get(KEYS.resources)) },
    workDir: get(KEYS.workDir) || undefined,
  };
}

function parseJson<T>(text: string): T | undefined {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
