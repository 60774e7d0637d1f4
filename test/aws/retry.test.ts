import { describe, expect, it, vi } from 'vitest';
import {
  backoffDelay,
  errorName,
  isThrottling,
  isTransient,
  withRetries,
} from '../../src/aws/retry.js';

const serviceError = (name: string, status: number, extra: object = {}) =>
  Object.assign(new Error(`${name} happened`), {
    name,
    $metadata: { httpStatusCode: status },
    ...extra,
  });

describe('backoffDelay', () => {
  const policy = { baseMilliseconds: 1000, capMilliseconds: 8000 };
  it.each([
    [1, 0, 500],
    [1, 0.999, 1000],
    [2, 0, 1000],
    [3, 0.5, 3000],
    [4, 0, 4000],
    [5, 0, 4000],
    [9, 0.999, 7996],
  ])('retry %i with random %d waits %i ms', (retry, random, wait) => {
    expect(backoffDelay(retry, { ...policy, random: () => random })).toBe(wait);
  });
});

describe('withRetries', () => {
  const backoff = (sleep: (ms: number) => Promise<void>) => ({
    attempts: 3,
    baseMilliseconds: 100,
    capMilliseconds: 1000,
    sleep,
    random: () => 0,
  });

  it('retries what is retryable, sleeping between attempts', async () => {
    const sleep = vi.fn(async () => {});
    const onRetry = vi.fn();
    const operation = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('busy'))
      .mockRejectedValueOnce(new Error('busy'))
      .mockResolvedValueOnce('done');
    await expect(withRetries(operation, () => true, backoff(sleep), onRetry)).resolves.toBe('done');
    expect(sleep.mock.calls).toEqual([[50], [100]]);
    expect(onRetry.mock.calls.map(([, wait, attempt]) => [wait, attempt])).toEqual([
      [50, 1],
      [100, 2],
    ]);
  });

  it('rethrows the last error once the attempts are used up', async () => {
    const sleep = vi.fn(async () => {});
    const operation = vi.fn(async () => {
      throw new Error(`attempt ${operation.mock.calls.length}`);
    });
    await expect(
      withRetries(
        operation,
        () => true,
        backoff(sleep),
        () => {},
      ),
    ).rejects.toThrow('attempt 3');
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('rethrows at once what is not retryable', async () => {
    const sleep = vi.fn(async () => {});
    const operation = vi.fn(async () => {
      throw new Error('denied');
    });
    await expect(
      withRetries(
        operation,
        () => false,
        backoff(sleep),
        () => {},
      ),
    ).rejects.toThrow('denied');
    expect(operation).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
  });
});

describe('error classification', () => {
  it.each([
    ['Throttling', serviceError('Throttling', 400), true, false],
    ['ThrottlingException', serviceError('ThrottlingException', 400), true, false],
    ['HTTP 429', serviceError('Unknown', 429), true, false],
    ['HTTP 503', serviceError('ServiceUnavailable', 503), false, true],
    ['a server fault', serviceError('InternalServerError', 400, { $fault: 'server' }), false, true],
    [
      'a refused connection',
      Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      false,
      true,
    ],
    ['a timeout', Object.assign(new Error('slow'), { name: 'TimeoutError' }), false, true],
    ['AccessDenied', serviceError('AccessDenied', 403), false, false],
    ['a validation error', serviceError('ValidationError', 400), false, false],
    ['a string', 'boom', false, false],
    ['undefined', undefined, false, false],
  ])('%s: throttling %s, transient %s', (_, error, throttling, transient) => {
    expect(isThrottling(error)).toBe(throttling);
    expect(isTransient(error)).toBe(transient);
  });

  it.each([
    [serviceError('TooManyUpdates', 400), 'TooManyUpdates'],
    ['text', 'Error'],
    [{ name: 42 }, 'Error'],
  ])('names %j %s', (error, name) => expect(errorName(error)).toBe(name));
});
