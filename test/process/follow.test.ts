import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { followFile, lastLines } from '../../src/process/follow.js';

const dir = mkdtempSync(path.join(tmpdir(), 'follow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('followFile', () => {
  it('hands over lines as they are written, whole across writes and characters split in bytes', async () => {
    const file = path.join(dir, 'growing');
    writeFileSync(file, 'first li');
    const lines: string[] = [];
    const follower = await followFile(file, (line) => lines.push(line), 5);
    appendFileSync(file, 'ne\r\nsecond\n');
    for (let i = 0; i < 100 && lines.length < 2; i++) await delay(5);
    expect(lines).toEqual(['first line', 'second']);

    const euro = Buffer.from('€ sign\nlast without newline');
    appendFileSync(file, euro.subarray(0, 1));
    await delay(20);
    appendFileSync(file, euro.subarray(1));
    await follower.stop();
    expect(lines).toEqual(['first line', 'second', '€ sign', 'last without newline']);
  });

  it('reads what was written just before it stops', async () => {
    const file = path.join(dir, 'quick');
    writeFileSync(file, '');
    const lines: string[] = [];
    const follower = await followFile(file, (line) => lines.push(line), 60_000);
    appendFileSync(file, 'a\nb\n');
    const started = performance.now();
    await follower.stop();
    expect(lines).toEqual(['a', 'b']);
    // Stopping ends the wait between reads: no pause after the writer is done.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('lastLines', () => {
  it('gives the last lines of a file, and nothing for one that is missing', async () => {
    const file = path.join(dir, 'log');
    writeFileSync(file, 'one\ntwo\nthree\nfour');
    expect(await lastLines(file, 2)).toEqual(['three', 'four']);
    expect(await lastLines(file, 10)).toEqual(['one', 'two', 'three', 'four']);
    expect(await lastLines(path.join(dir, 'missing'), 2)).toEqual([]);
  });
});
