// Tool cache entries: the layout tool-cache finds, the checks before a cached binary is trusted,
// placing an entry when another job was first, and what killed installs leave behind.
import { createHash } from 'node:crypto';
import {
  appendFile,
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  truncate,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  checkEntry,
  entryDir,
  findEntry,
  makeStagingDir,
  placeEntry,
  RECORD_FILE,
  REHASH_AFTER_MS,
  sweepStale,
  toolName,
  writeRecord,
} from '../../src/install/cache.js';
import { plantEntry } from '../support/tool-cache.js';

vi.mock('@actions/core', () => ({ info: vi.fn(), debug: vi.fn(), warning: vi.fn() }));

const FINGERPRINT = 'C874011F0AB405110D02105534365D9472D7468F';
const PACKER = "#!/bin/sh\necho 'Packer v1.6.6'\n";
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let cache: string;
beforeEach(async () => {
  cache = await mkdtemp(join(tmpdir(), 'tool-cache-'));
  process.env.RUNNER_TOOL_CACHE = cache;
  vi.mocked(core.info).mockClear();
  vi.mocked(core.warning).mockClear();
});
afterEach(() => rm(cache, { recursive: true, force: true }));

const record = async (dir: string) => JSON.parse(await readFile(join(dir, RECORD_FILE), 'utf8'));

describe('the layout', () => {
  it("is tool-cache's, under a tool name holding the key's fingerprint and the runner's arch", async () => {
    const { dir, key } = await plantEntry({
      fingerprint: FINGERPRINT,
      version: '1.6.6',
      content: PACKER,
    });
    expect(toolName(FINGERPRINT)).toBe(`packer-${FINGERPRINT}`);
    expect(dir).toBe(join(cache, `packer-${FINGERPRINT}`, '1.6.6', process.arch));
    expect(tc.find(`packer-${FINGERPRINT}`, '1.6.6')).toBe(dir);
    expect(findEntry(key)).toBe(dir);
    expect(await readdir(join(cache, `packer-${FINGERPRINT}`))).toEqual(['1.6.6']);
    expect(await readdir(join(cache, `packer-${FINGERPRINT}`, '1.6.6'))).toEqual(
      [process.arch, `${process.arch}.complete`].sort(),
    );
    expect(await record(dir)).toMatchObject({
      version: '1.6.6',
      keyFingerprint: FINGERPRINT,
      file: 'packer',
      size: PACKER.length,
      sha256: sha256(PACKER),
      stamp: { ino: expect.any(String), mtimeNs: expect.any(String), ctimeNs: expect.any(String) },
      hashedAt: expect.any(String),
    });
  });

  it('keys a version with build metadata as tool-cache does (semver.clean)', () => {
    expect(entryDir({ tool: 'packer-X', version: 'v1.6.6', arch: 'arm64' })).toBe(
      join(cache, 'packer-X', '1.6.6', 'arm64'),
    );
  });
});

describe('checkEntry', () => {
  it('trusts an untouched entry without hashing it', async () => {
    const { dir } = await plantEntry({
      fingerprint: FINGERPRINT,
      version: '1.6.6',
      content: PACKER,
    });
    expect(await checkEntry(dir, 'packer')).toEqual({ trusted: true });
    expect(core.info).not.toHaveBeenCalled();
  });

  it.each<[string, (binary: string) => Promise<void>, RegExp]>([
    ['emptied', (binary) => truncate(binary, 0), /^its packer is 0 bytes, but \d+ were installed$/],
    [
      'truncated',
      (binary) => truncate(binary, 10),
      /^its packer is 10 bytes, but \d+ were installed$/,
    ],
    [
      'grown',
      (binary) => appendFile(binary, 'x'),
      /^its packer is \d+ bytes, but \d+ were installed$/,
    ],
    ['deleted', (binary) => rm(binary), /^its packer cannot be read \(ENOENT/],
    [
      'rewritten at the same size',
      (binary) => writeFile(binary, PACKER.replace('1.6.6', '6.6.6')),
      /^the SHA-256 of its packer is [0-9a-f]{64}, but [0-9a-f]{64} was installed$/,
    ],
    [
      'rewritten at the same size with its old timestamps put back',
      async (binary) => {
        const before = await stat(binary);
        await writeFile(binary, PACKER.replace('1.6.6', '6.6.6'));
        await utimes(binary, before.atime, before.mtime);
      },
      /^the SHA-256 of its packer is/,
    ],
    [
      'made not executable',
      (binary) => chmod(binary, 0o644),
      /^its packer is not executable any more$/,
    ],
  ])('distrusts a binary %s', async (_, damage, problem) => {
    const { dir, binary } = await plantEntry({
      fingerprint: FINGERPRINT,
      version: '1.6.6',
      content: PACKER,
    });
    await damage(binary);
    const check = await checkEntry(dir, 'packer');
    expect(check.trusted).toBe(false);
    expect(check.trusted === false && check.problem).toMatch(problem);
  });

  it('distrusts an entry without a readable record', async () => {
    const { dir } = await plantEntry({
      fingerprint: FINGERPRINT,
      version: '1.6.6',
      content: PACKER,
    });
    await writeFile(join(dir, RECORD_FILE), '{"size": "big"}');
    expect(await checkEntry(dir, 'packer')).toEqual({
      trusted: false,
      problem: `it has no readable ${RECORD_FILE} (its install was cut short)`,
    });
  });

  it('hashes again a binary whose timestamps changed, and trusts it if it is the same', async () => {
    const { dir, binary } = await plantEntry({
      fingerprint: FINGERPRINT,
      version: '1.6.6',
      content: PACKER,
    });
    const before = await record(dir);
    await utimes(binary, new Date(), new Date(Date.now() - 60_000));
    expect(await checkEntry(dir, 'packer')).toEqual({ trusted: true });
    expect(core.info).toHaveBeenCalledWith(
      `Hashed ${binary} again (its timestamps changed since it was installed): it is the binary that was installed`,
    );
    const after = await record(dir);
    expect(after.stamp).not.toEqual(before.stamp);
    // The new stamp is recorded: the next use needs no hash.
    vi.mocked(core.info).mockClear();
    expect(await checkEntry(dir, 'packer')).toEqual({ trusted: true });
    expect(core.info).not.toHaveBeenCalled();
  });

  it('hashes again once the last hash is a week old, or dated in the future', async () => {
    const { dir, binary } = await plantEntry({
      fingerprint: FINGERPRINT,
      version: '1.6.6',
      content: PACKER,
    });
    const hashedAt = Date.parse((await record(dir)).hashedAt);

    expect(await checkEntry(dir, 'packer', undefined, hashedAt + REHASH_AFTER_MS - 1000)).toEqual({
      trusted: true,
    });
    expect(core.info).not.toHaveBeenCalled();

    const weekLater = hashedAt + REHASH_AFTER_MS + 1000;
    expect(await checkEntry(dir, 'packer', undefined, weekLater)).toEqual({ trusted: true });
    expect(core.info).toHaveBeenCalledWith(
      expect.stringMatching(/^Hashed .* again \(it was last hashed on .*\): it is the binary/),
    );
    expect((await record(dir)).hashedAt).toBe(new Date(weekLater).toISOString());

    vi.mocked(core.info).mockClear();
    expect(await checkEntry(dir, 'packer', undefined, hashedAt - 60_000)).toEqual({
      trusted: true,
    });
    expect(core.info).toHaveBeenCalledOnce();
    expect(binary).toContain(dir);
  });

  it('distrusts an entry holding another binary than the one the caller verified', async () => {
    const { dir } = await plantEntry({
      fingerprint: FINGERPRINT,
      version: '1.6.6',
      content: PACKER,
    });
    expect(await checkEntry(dir, 'packer', sha256('another'))).toEqual({
      trusted: false,
      problem: `it holds another binary (SHA-256 ${sha256(PACKER)})`,
    });
  });
});

describe('placeEntry', () => {
  async function staged(content: string) {
    const key = { tool: toolName(FINGERPRINT), version: '1.6.6', arch: process.arch };
    const staging = await makeStagingDir(key);
    await writeFile(join(staging, 'packer'), content, { mode: 0o755 });
    await writeRecord(staging, {
      version: '1.6.6',
      build: 'linux/amd64',
      keyFingerprint: FINGERPRINT,
      file: 'packer',
      size: content.length,
      sha256: sha256(content),
    });
    return { key, staging };
  }

  it('uses the entry another job placed first when it holds the same binary', async () => {
    const first = await plantEntry({ fingerprint: FINGERPRINT, version: '1.6.6', content: PACKER });
    const { key, staging } = await staged(PACKER);
    expect(await placeEntry(staging, key, 'packer', sha256(PACKER))).toEqual({
      dir: first.dir,
      raced: true,
    });
    expect(await readdir(join(cache, key.tool))).toEqual(['1.6.6']);
    expect(findEntry(key)).toBe(first.dir);
  });

  it('uses an entry whose job died before marking it complete, and marks it', async () => {
    const first = await plantEntry({ fingerprint: FINGERPRINT, version: '1.6.6', content: PACKER });
    await rm(`${first.dir}.complete`);
    expect(findEntry(first.key)).toBeUndefined();
    const { key, staging } = await staged(PACKER);
    expect(await placeEntry(staging, key, 'packer', sha256(PACKER))).toMatchObject({ raced: true });
    expect(findEntry(key)).toBe(first.dir);
  });

  it('replaces a damaged entry in its place, with a warning', async () => {
    const damaged = await plantEntry({
      fingerprint: FINGERPRINT,
      version: '1.6.6',
      content: PACKER,
    });
    await truncate(damaged.binary, 0);
    const { key, staging } = await staged(PACKER);
    expect(await placeEntry(staging, key, 'packer', sha256(PACKER))).toEqual({
      dir: damaged.dir,
      raced: false,
    });
    expect(await readFile(damaged.binary, 'utf8')).toBe(PACKER);
    expect(core.warning).toHaveBeenCalledWith(
      `Replacing the tool cache entry ${damaged.dir}: its packer is 0 bytes, but ${PACKER.length} were installed.`,
    );
    expect(await readdir(join(cache, key.tool))).toEqual(['1.6.6']);
  });
});

describe('sweepStale', () => {
  it('removes staging and discarded folders older than an hour, and nothing else', async () => {
    const tool = toolName(FINGERPRINT);
    await plantEntry({ fingerprint: FINGERPRINT, version: '1.6.6', content: PACKER });
    const key = { tool, version: '1.7.0', arch: process.arch };
    const old = await makeStagingDir(key);
    const fresh = await makeStagingDir(key);
    const discarded = join(cache, tool, '.discarded-1.5.0-x64-0000');
    await mkdir(discarded);
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(old, twoHoursAgo, twoHoursAgo);
    await utimes(discarded, twoHoursAgo, twoHoursAgo);

    await sweepStale(tool);

    expect((await readdir(join(cache, tool))).sort()).toEqual(
      ['1.6.6', fresh.slice(join(cache, tool).length + 1)].sort(),
    );
  });
});
