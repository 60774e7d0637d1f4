// Packer's argv and environment, built from the parsed inputs. Argv arrays only: values reach Packer
// verbatim, whatever characters they hold.
import * as path from 'node:path';
import semver from 'semver';
import type { Inputs } from '../inputs.js';

/** `packer init` exists from 1.7.0 on; older versions print their usage and exit 1. */
const FIRST_WITH_INIT = '1.7.0';

export function supportsInit(packerVersion: string): boolean {
  const version = semver.valid(packerVersion);
  if (version === null) {
    throw new Error(`Packer version '${packerVersion}' is not a semantic version (like 1.11.2)`);
  }
  return semver.gte(version, FIRST_WITH_INIT);
}

/** `packer init` installs the plugins an HCL2 template requires; undefined for legacy JSON. */
export function initArgs(inputs: Inputs): string[] | undefined {
  if (inputs.templateKind !== 'hcl2') return undefined;
  return ['init', inputs.template];
}

/** `variablesFile`: the `variables` input's file (see variables.ts), when there are variables. */
export function validateArgs(inputs: Inputs, variablesFile?: string): string[] {
  return [
    'validate',
    '-machine-readable',
    ...templateOptions(inputs, variablesFile),
    inputs.template,
  ];
}

export function buildArgs(inputs: Inputs, variablesFile?: string): string[] {
  return [
    'build',
    '-machine-readable',
    '-color=false',
    `-on-error=${inputs.onError}`,
    ...templateOptions(inputs, variablesFile),
    inputs.template,
  ];
}

/**
 * `packer fmt` reads HCL2 only: a `.pkr.hcl` file or a directory of them, not `.pkr.json` nor
 * legacy JSON.
 */
export function fmtApplies(inputs: Inputs): boolean {
  if (inputs.templateKind !== 'hcl2') return false;
  return inputs.templateIsDirectory || inputs.template.endsWith('.pkr.hcl');
}

export function fmtCheckArgs(inputs: Inputs): string[] {
  return ['fmt', '-check', '-diff', inputs.template];
}

/**
 * Options validate and build share: variable files, then the variables' own file last (a later var
 * file wins), and the build selection. No variable's value is ever an argument.
 */
function templateOptions(inputs: Inputs, variablesFile: string | undefined): string[] {
  const args: string[] = [];
  for (const file of inputs.varFiles) args.push(`-var-file=${file}`);
  if (variablesFile !== undefined) args.push(`-var-file=${variablesFile}`);
  if (inputs.only.length > 0) args.push(`-only=${inputs.only.join(',')}`);
  if (inputs.except.length > 0) args.push(`-except=${inputs.except.join(',')}`);
  return args;
}

/** Where Packer's debug log goes when the runner's debug logging is on (the `packer-log` output). */
export function packerLogPath(inputs: Inputs): string {
  return path.join(inputs.runnerTemp, `packer-${inputs.command}.log`);
}

/**
 * The runner's credentials for its own services (OIDC tokens, artifacts, cache): the action uses
 * them, Packer and the provisioners it runs must not see them.
 */
const RUNNER_SECRETS: ReadonlySet<string> = new Set([
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
]);

/** The action's own inputs (`INPUT_*`) and the runner's credentials are not passed on. */
function keptForPacker(name: string): boolean {
  return !name.startsWith('INPUT_') && !RUNNER_SECRETS.has(name);
}

/**
 * Packer's environment for every phase: the given one without the action's inputs and the runner's
 * credentials, without the update check, Packer's debug log when asked, and `extra` (credentials)
 * last. The GitHub token is not in it: see initEnvironment.
 */
export function packerEnvironment(
  inputs: Inputs,
  baseEnv: NodeJS.ProcessEnv,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const kept = Object.entries(baseEnv).filter(([name]) => keptForPacker(name));
  const env: NodeJS.ProcessEnv = { ...Object.fromEntries(kept), CHECKPOINT_DISABLE: '1' };
  if (inputs.debug) {
    env.PACKER_LOG = '1';
    env.PACKER_LOG_PATH = packerLogPath(inputs);
  }
  return { ...env, ...extra };
}

/**
 * Packer's temporary files (its own log file, the scripts shell-local provisioners write) in the
 * run's folder rather than the machine's /tmp: a killed Packer leaves them there, and the folder
 * goes with the run (or with the post step, once Packer is gone). TMP and TEMP are for Windows.
 */
export function temporaryFilesIn(dir: string): Record<string, string> {
  return { TMPDIR: dir, TMP: dir, TEMP: dir };
}

/**
 * `packer init`'s environment: Packer's, with `github-token` as PACKER_GITHUB_API_TOKEN so that
 * init's calls to api.github.com (plugin releases) are not rate-limited. Only init gets it, never
 * validate, fmt or build, whose provisioners could read it. And only on github.com: a token of
 * GitHub Enterprise Server or ghe.com is not one api.github.com accepts (actions/setup-node gives
 * its token only when `github.server_url` is https://github.com).
 */
export function initEnvironment(env: NodeJS.ProcessEnv, githubToken: string): NodeJS.ProcessEnv {
  if (githubToken === '' || !onGithubDotCom(env.GITHUB_SERVER_URL)) return env;
  return { ...env, PACKER_GITHUB_API_TOKEN: githubToken };
}

/** GITHUB_SERVER_URL names github.com; unset counts as github.com, as in the actions toolkit. */
export function onGithubDotCom(serverUrl: string | undefined): boolean {
  try {
    return new URL(serverUrl || 'https://github.com').hostname.toLowerCase() === 'github.com';
  } catch {
    return false;
  }
}
