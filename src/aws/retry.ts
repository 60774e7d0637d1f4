// Retrying AWS calls with exponential backoff and jitter. Clients whose calls go through regionCaller
// turn the SDK's own retries off (maxAttempts: 1), so that every wait goes through the injectable
// `sleep` here and is said in the log. Errors are classified by their shape, without importing the SDK.
import { setTimeout as delay } from 'node:timers/promises';
import * as core from '@actions/core';

export type Sleep = (milliseconds: number) => Promise<void>;

export const realSleep: Sleep = async (milliseconds) => {
  await delay(milliseconds);
};

/** What tests replace to run retries and polling in no time. */
export interface RetryTiming {
  sleep?: Sleep;
  /** In [0, 1), for the jitter. */
  random?: () => number;
}

export interface Backoff {
  /** Calls in all, the first one included. */
  attempts: number;
  baseMilliseconds: number;
  capMilliseconds: number;
  sleep: Sleep;
  /** In [0, 1), for the jitter. */
  random: () => number;
}

/** A backoff with `timing`'s sleep and randomness, or the real ones. */
export function backoffWith(
  policy: Pick<Backoff, 'attempts' | 'baseMilliseconds' | 'capMilliseconds'>,
  timing: RetryTiming,
): Backoff {
  return { ...policy, sleep: timing.sleep ?? realSleep, random: timing.random ?? Math.random };
}

/**
 * The wait before retry number `retry` (1 for the first): doubling from the base up to the cap, of
 * which a random half is taken off ("equal jitter") so concurrent runs spread out yet always wait.
 */
export function backoffDelay(retry: number, backoff: Omit<Backoff, 'attempts' | 'sleep'>): number {
  const ceiling = Math.min(backoff.capMilliseconds, backoff.baseMilliseconds * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (backoff.random() * ceiling) / 2);
}

/**
 * Calls `operation` until it succeeds, it throws something `retryable` refuses, or the attempts are
 * used up; rethrows the last error as it is.
 */
export async function withRetries<T>(
  operation: () => Promise<T>,
  retryable: (error: unknown) => boolean,
  backoff: Backoff,
  onRetry: (error: unknown, delayMilliseconds: number, attempt: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= backoff.attempts || !retryable(error)) throw error;
      const wait = backoffDelay(attempt, backoff);
      onRetry(error, wait, attempt);
      await backoff.sleep(wait);
    }
  }
}

/** Calls per region's service call, counting the first. */
export const AWS_ATTEMPTS = 6;

/** One call to a service in one region; what it throws is the last error, as it was. */
export type RegionCall = <T>(operation: string, send: () => Promise<T>) => Promise<T>;

/**
 * Calls to `region` retried (AWS_ATTEMPTS in all, 1 s doubling to 20 s) on what `retryable` accepts,
 * each retry said in the log with the operation and the error's name.
 */
export function regionCaller(
  region: string,
  retryable: (error: unknown) => boolean,
  timing: RetryTiming = {},
): RegionCall {
  const backoff = backoffWith(
    { attempts: AWS_ATTEMPTS, baseMilliseconds: 1000, capMilliseconds: 20_000 },
    timing,
  );
  return (operation, send) =>
    withRetries(send, retryable, backoff, (error, wait, attempt) =>
      core.info(
        `${region}: ${operation} answered ${errorName(error)}; retrying in ${wait} ms ` +
          `(attempt ${attempt + 1} of ${AWS_ATTEMPTS})`,
      ),
    );
}

interface ErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

function shape(error: unknown): ErrorShape {
  return typeof error === 'object' && error !== null ? (error as ErrorShape) : {};
}

/** The service's error code (`AccessDenied`, `TooManyUpdates`), or the error's name. */
export function errorName(error: unknown): string {
  const { name } = shape(error);
  return typeof name === 'string' ? name : 'Error';
}

function httpStatus(error: unknown): number | undefined {
  const status = shape(error).$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
]);

export function isThrottling(error: unknown): boolean {
  return THROTTLING.has(errorName(error)) || httpStatus(error) === 429;
}

/**
 * The caller may not do this: IAM's AccessDenied (SSM's AccessDeniedException, EC2's
 * UnauthorizedOperation), or any 403.
 */
export function isAccessDenied(error: unknown): boolean {
  return (
    ['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation'].includes(errorName(error)) ||
    httpStatus(error) === 403
  );
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** A server-side failure (5xx) or a network one (no answer, reset, timeout). */
export function isTransient(error: unknown): boolean {
  const { code, $fault } = shape(error);
  const status = httpStatus(error);
  return (
    (status !== undefined && status >= 500) ||
    $fault === 'server' ||
    (typeof code === 'string' && NETWORK_CODES.has(code)) ||
    ['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'].includes(errorName(error))
  );
}
