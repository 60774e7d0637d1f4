import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { startStopwatch } from '../src/stopwatch.js';

describe('startStopwatch', () => {
  it('gives the whole milliseconds since it started', async () => {
    const elapsedMs = startStopwatch();
    expect(elapsedMs()).toBeLessThan(5);
    await delay(30);
    const elapsed = elapsedMs();
    expect(Number.isInteger(elapsed)).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(29);
    expect(elapsed).toBeLessThan(1000);
  });
});
