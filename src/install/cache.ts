// Packer's entries in the runner's tool cache, laid out as @actions/tool-cache lays them out
// (`<tool>/<version>/<arch>` and a `<arch>.complete` marker), so `tc.find` finds them:
//   - the tool name holds the fingerprint of the key that verified the release (`packer-<fingerprint>`):
//     a binary verified with one key is never handed to a run that trusts another;
//   - an entry is filled in a staging folder on the tool cache's own filesystem, renamed into place
//     whole, and only then marked complete: no run ever sees a half-written binary;
//   - a record of the binary's size and SHA-256 sits inside the entry; every use compares size and
//     stamp (inode, mtime, ctime) with it, and hashes the binary again when they differ or when the
//     last hash is a week old.
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import semver from 'semver';
import { removeQuietly } from '../cleanup.js';
import { errorMessage } from '../errors.js';
import { sha256OfFile } from './verify.js';

/** Inside each entry, next to the binary; a name no release zip uses. */
export const RECORD_FILE = '.packer-image-action.json';
/**
 * A changed stamp reveals every change made through the filesystem: writing moves mtime and ctime,
 * and ctime cannot be set back. What it cannot reveal (a disk's silent corruption, a write to the
 * raw device) is caught by hashing again once a week, about 0.2 s for Packer's 100 MB.
 */
export const REHASH_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
/** Staging folders older than this belong to installs that were killed: an install takes seconds. */
const STALE_AFTER_MS = 60 * 60 * 1000;
const STAGING_PREFIX = '.install-';
const DISCARDED_PREFIX = '.discarded-';
/** What rename() says on the runner's OSes when another job put the entry in place first. */
const TAKEN_CODES = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM', 'EISDIR']);

/** What names one entry: the tool (with the key's fingerprint), the version and the runner's CPU. */
export interface EntryKey {
  tool: string;
  version: string;
  arch: string;
}

export interface EntryRecord {
  version: string;
  /** The HashiCorp build installed, e.g. `windows/amd64` on a Windows arm64 runner. */
  build: string;
  keyFingerprint: string;
  /** The executable's name inside the entry. */
  file: string;
  size: number;
  sha256: string;
  stamp: Stamp;
  /** When the SHA-256 was last computed from the file (ISO 8601). */
  hashedAt: string;
}

/** What changes whenever the file is changed, replaced or copied (nanoseconds and inode as strings). */
interface Stamp {
  ino: string;
  mtimeNs: string;
  ctimeNs: string;
}

export type EntryCheck = { trusted: true } | { trusted: false; problem: string };

/** `packer-<fingerprint>`; the version cannot carry it, as tool-cache drops `+build` from versions. */
export function toolName(fingerprint: string): string {
  return `packer-${fingerprint}`;
}

/** The entry's folder if tool-cache considers it complete, else undefined. */
export function findEntry({ tool, version, arch }: EntryKey): string | undefined {
  return tc.find(tool, version, arch) || undefined;
}

function toolCacheRoot(): string {
  const root = process.env.RUNNER_TOOL_CACHE;
  if (!root) throw new Error('RUNNER_TOOL_CACHE is not set: the runner sets it for every job.');
  return root;
}

/** Where tool-cache keeps the entry (it cleans the version with semver.clean). */
export function entryDir({ tool, version, arch }: EntryKey): string {
  return path.join(toolCacheRoot(), tool, semver.clean(version) ?? version, arch);
}

/**
 * Checks the binary `file` of the entry in `dir` against the entry's record: its size and stamp on
 * every call, its SHA-256 when they differ or the last hash is due. `sha256`, when given, is the
 * digest the caller expects (the binary it verified itself).
 */
export async function checkEntry(
  dir: string,
  file: string,
  sha256?: string,
  now: number = Date.now(),
): Promise<EntryCheck> {
  const record = readRecord(dir);
  if (record === undefined) {
    return {
      trusted: false,
      problem: `it has no readable ${RECORD_FILE} (its install was cut short)`,
    };
  }
  if (sha256 !== undefined && record.sha256 !== sha256) {
    return { trusted: false, problem: `it holds another binary (SHA-256 ${record.sha256})` };
  }
  const binary = path.join(dir, file);
  let stats: ReturnType<typeof statStamp>;
  try {
    stats = statStamp(binary);
  } catch (error) {
    return { trusted: false, problem: `its ${file} cannot be read (${errorMessage(error)})` };
  }
  if (stats.size !== record.size) {
    return {
      trusted: false,
      problem: `its ${file} is ${stats.size} bytes, but ${record.size} were installed`,
    };
  }
  if (process.platform !== 'win32' && (stats.mode & 0o111) === 0) {
    return { trusted: false, problem: `its ${file} is not executable any more` };
  }
  const changed = !sameStamp(stats.stamp, record.stamp);
  const hashedAt = Date.parse(record.hashedAt);
  const due = !(now - hashedAt < REHASH_AFTER_MS && hashedAt <= now);
  if (!changed && !due) return { trusted: true };

  const actual = await sha256OfFile(binary);
  if (actual !== record.sha256) {
    return {
      trusted: false,
      problem: `the SHA-256 of its ${file} is ${actual}, but ${record.sha256} was installed`,
    };
  }
  const why = changed
    ? 'its timestamps changed since it was installed'
    : `it was last hashed on ${record.hashedAt}`;
  core.info(`Hashed ${binary} again (${why}): it is the binary that was installed`);
  await writeRecordQuietly(dir, {
    ...record,
    stamp: stats.stamp,
    hashedAt: new Date(now).toISOString(),
  });
  return { trusted: true };
}

/**
 * Records the entry's binary in `dir` (a staging folder: the stamp survives the rename into place,
 * which changes nothing about the file itself).
 */
export async function writeRecord(
  dir: string,
  record: Omit<EntryRecord, 'stamp' | 'hashedAt'>,
  now: number = Date.now(),
): Promise<void> {
  const { stamp, size } = statStamp(path.join(dir, record.file));
  if (size !== record.size) {
    throw new Error(`${record.file} is ${size} bytes on disk, but ${record.size} were extracted.`);
  }
  await writeFile(
    path.join(dir, RECORD_FILE),
    `${JSON.stringify({ ...record, stamp, hashedAt: new Date(now).toISOString() }, null, 2)}\n`,
  );
}

/** A new folder to fill, on the tool cache's filesystem so that placing it is a rename. */
export async function makeStagingDir(key: EntryKey): Promise<string> {
  const toolDir = path.join(toolCacheRoot(), key.tool);
  const prefix = path.join(toolDir, `${STAGING_PREFIX}${key.version}-${key.arch}-`);
  await mkdir(toolDir, { recursive: true });
  try {
    return await mkdtemp(prefix);
  } catch (error) {
    // Another job's failed install removed the tool's folder, empty, in between.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(toolDir, { recursive: true });
    return mkdtemp(prefix);
  }
}

/** Removes the tool's folder if a failed install left it empty: a failure leaves nothing behind. */
export async function removeToolDirIfEmpty(tool: string): Promise<void> {
  await rmdir(path.join(toolCacheRoot(), tool)).catch(() => undefined);
}

/**
 * Renames the filled `staging` folder into the entry's place and marks it complete. When another job
 * was first (the place is taken), its entry is used if it holds the same binary (`sha256`), and
 * replaced if it is damaged. Returns the entry's folder; `staging` is gone either way but on error.
 */
export async function placeEntry(
  staging: string,
  key: EntryKey,
  file: string,
  sha256: string,
): Promise<{ dir: string; raced: boolean }> {
  const dir = entryDir(key);
  await mkdir(path.dirname(dir), { recursive: true });
  try {
    await rename(staging, dir);
    await markComplete(dir);
    return { dir, raced: false };
  } catch (error) {
    if (!(await isTaken(error, dir))) throw error;
  }
  const check = await checkEntry(dir, file, sha256);
  if (check.trusted) {
    core.info(`Another job installed ${dir} at the same time: using that, the same binary`);
    await markComplete(dir);
    await removeQuietly(staging, 'the staging folder');
    return { dir, raced: true };
  }
  core.warning(`Replacing the tool cache entry ${dir}: ${check.problem}.`);
  await discardEntry(dir);
  await rename(staging, dir);
  await markComplete(dir);
  return { dir, raced: false };
}

async function isTaken(error: unknown, dir: string): Promise<boolean> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined || !TAKEN_CODES.has(code)) return false;
  return stat(dir).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

/** tool-cache's marker: `tc.find` returns an entry only once it exists. */
async function markComplete(dir: string): Promise<void> {
  await writeFile(`${dir}.complete`, '');
}

/**
 * Takes a damaged entry out of use: first its marker (no run finds it any more), then the folder,
 * moved aside at once and removed (a job may still run the old binary; on Windows that holds it).
 */
export async function discardEntry(dir: string): Promise<void> {
  await rm(`${dir}.complete`, { force: true });
  const aside = path.join(
    path.dirname(path.dirname(dir)),
    `${DISCARDED_PREFIX}${path.basename(path.dirname(dir))}-${path.basename(dir)}-${randomBytes(4).toString('hex')}`,
  );
  try {
    await rename(dir, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new Error(
      `Could not move the damaged tool cache entry ${dir} aside (${errorMessage(error)}): delete it by hand and re-run.`,
      { cause: error },
    );
  }
  await removeQuietly(aside, 'the damaged tool cache entry');
}

/** Removes staging and discarded folders that killed installs left in `tool`'s folder. */
export async function sweepStale(tool: string, now: number = Date.now()): Promise<void> {
  const toolDir = path.join(toolCacheRoot(), tool);
  let names: string[];
  try {
    names = await readdir(toolDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(STAGING_PREFIX) && !name.startsWith(DISCARDED_PREFIX)) continue;
    const folder = path.join(toolDir, name);
    const modified = await stat(folder).then(
      (stats) => stats.mtimeMs,
      () => now,
    );
    if (now - modified > STALE_AFTER_MS) await removeQuietly(folder, 'the abandoned folder');
  }
}

// statStamp and readRecord are synchronous: on a cache hit they are the only file reads between
// tc.find (synchronous itself, on the same folder, so a hung filesystem hangs there first) and
// Packer's start, and the thread pool that asynchronous reads start costs more than they do.
function statStamp(file: string): { size: number; mode: number; stamp: Stamp } {
  const stats = statSync(file, { bigint: true });
  return {
    size: Number(stats.size),
    mode: Number(stats.mode),
    stamp: {
      ino: stats.ino.toString(),
      mtimeNs: stats.mtimeNs.toString(),
      ctimeNs: stats.ctimeNs.toString(),
    },
  };
}

function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.ino === b.ino && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

function readRecord(dir: string): EntryRecord | undefined {
  try {
    const record: unknown = JSON.parse(readFileSync(path.join(dir, RECORD_FILE), 'utf8'));
    return isRecord(record) ? record : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is EntryRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<EntryRecord>;
  return (
    typeof record.size === 'number' &&
    typeof record.sha256 === 'string' &&
    typeof record.hashedAt === 'string' &&
    typeof record.stamp?.ino === 'string' &&
    typeof record.stamp.mtimeNs === 'string' &&
    typeof record.stamp.ctimeNs === 'string'
  );
}

/** Replaces the record atomically; a read-only tool cache only means hashing again next time. */
async function writeRecordQuietly(dir: string, record: EntryRecord): Promise<void> {
  const temporary = path.join(dir, `${RECORD_FILE}.${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(temporary, `${JSON.stringify(record, null, 2)}\n`);
    await rename(temporary, path.join(dir, RECORD_FILE));
  } catch (error) {
    core.debug(`Could not update ${path.join(dir, RECORD_FILE)}: ${errorMessage(error)}`);
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}
