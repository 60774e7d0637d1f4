// The staging folder of a new entry when another job's failed install removes the tool's folder,
// empty, between creating it and making the staging folder inside it. The race is made here by
// removing the folder just before the first mkdtemp runs.
import * as fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

const race = vi.hoisted(() => ({ before: undefined as (() => Promise<void>) | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    mkdtemp: async (prefix: string) => {
      const before = race.before;
      race.before = undefined;
      await before?.();
      return original.mkdtemp(prefix);
    },
  };
});
vi.mock('@actions/core', () => ({ info: vi.fn(), debug: vi.fn(), warning: vi.fn() }));

const { makeStagingDir, removeToolDirIfEmpty } = await import('../../src/install/cache.js');

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'staging-'));
  vi.stubEnv('RUNNER_TOOL_CACHE', root);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

const key = { tool: 'packer-ABC', version: '1.6.6', arch: 'x64' };

it('is made even when the empty tool folder is removed just before it', async () => {
  race.before = () => removeToolDirIfEmpty(key.tool);
  const staging = await makeStagingDir(key);
  expect(fs.statSync(staging).isDirectory()).toBe(true);
  expect(staging.startsWith(join(root, key.tool, '.install-1.6.6-x64-'))).toBe(true);
});

it('leaves the tool folder alone while it holds something', async () => {
  const staging = await makeStagingDir(key);
  await removeToolDirIfEmpty(key.tool);
  expect(fs.existsSync(staging)).toBe(true);
  await rm(staging, { recursive: true });
  await removeToolDirIfEmpty(key.tool);
  expect(fs.readdirSync(root)).toEqual([]);
});
