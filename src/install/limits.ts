// How long installing Packer may wait, from environment variables (seconds) with safe defaults. The
// defaults make a dead releases site fail the run in about a minute and a half: each fetch tries
// three times, each try waits at most CONNECT + IDLE seconds for a first byte, with 1 s and 2 s in
// between (3 × (10 + 20) + 3 = 93 s).
import { InputError } from '../errors.js';

export interface InstallLimits {
  /** Connecting (DNS, TCP) to the releases site, per try. */
  connectTimeoutMs: number;
  /** No byte received for this long (waiting for headers or mid-body) ends a try. */
  idleTimeoutMs: number;
  /** One fetch, all its tries, redirects and waits between them included. */
  downloadTimeoutMs: number;
  /** `packer version` on a fresh install. */
  versionTimeoutMs: number;
  /** The check of SHA256SUMS's signature (openpgp, in a worker thread). */
  signatureTimeoutMs: number;
}

/** Each limit, the environment variable that sets it (in seconds) and its default. */
export const LIMIT_VARIABLES = {
  connectTimeoutMs: { name: 'PACKER_ACTION_CONNECT_TIMEOUT', seconds: 10 },
  idleTimeoutMs: { name: 'PACKER_ACTION_IDLE_TIMEOUT', seconds: 20 },
  downloadTimeoutMs: { name: 'PACKER_ACTION_DOWNLOAD_TIMEOUT', seconds: 300 },
  versionTimeoutMs: { name: 'PACKER_ACTION_VERSION_TIMEOUT', seconds: 60 },
  signatureTimeoutMs: { name: 'PACKER_ACTION_SIGNATURE_TIMEOUT', seconds: 60 },
} as const satisfies Record<keyof InstallLimits, { name: string; seconds: number }>;

const MAX_SECONDS = 24 * 60 * 60;

/** A bad value in an environment variable the action reads: reported like an input problem. */
export class EnvironmentVariableError extends InputError {
  constructor(name: string, value: string, allowed: string) {
    super(name, value, allowed);
    this.name = 'EnvironmentVariableError';
    this.message = `Environment variable ${name} is '${value}': ${allowed}`;
  }
}

/**
 * Reads every limit; an unset or empty variable means its default. Like the inputs, every bad value
 * is reported, each as an EnvironmentVariableError, and its default used meanwhile.
 */
export function parseInstallLimits(env: NodeJS.ProcessEnv): {
  limits: InstallLimits;
  problems: EnvironmentVariableError[];
} {
  const problems: EnvironmentVariableError[] = [];
  const limits = Object.fromEntries(
    Object.entries(LIMIT_VARIABLES).map(([key, { name, seconds }]) => {
      const value = env[name]?.trim() ?? '';
      if (value === '') return [key, seconds * 1000];
      const parsed = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
      if (!(parsed > 0 && parsed <= MAX_SECONDS)) {
        problems.push(
          new EnvironmentVariableError(
            name,
            value,
            `must be a number of seconds above 0 and at most ${MAX_SECONDS} (default ${seconds})`,
          ),
        );
        return [key, seconds * 1000];
      }
      return [key, Math.ceil(parsed * 1000)];
    }),
  ) as unknown as InstallLimits;
  return { limits, problems };
}

/** The limits when no variable is set. */
export const DEFAULT_LIMITS: InstallLimits = parseInstallLimits({}).limits;
