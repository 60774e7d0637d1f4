// Fetching a release: the downloader, the zip, its checks and its place in the tool cache. Loaded
// only when the network is needed (an index to read, a cache miss), so that a warm run loads none of
// it: not the downloader, the zip reader, nor the worker thread that loads openpgp.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as core from '@actions/core';
import { removeQuietly } from '../cleanup.js';
import {
  type EntryKey,
  makeStagingDir,
  placeEntry,
  removeToolDirIfEmpty,
  sweepStale,
  writeRecord,
} from './cache.js';
import { Downloader, isNotFound } from './download.js';
import { extractZip } from './extract.js';
import type { InstallOptions, ReleaseSource, RunnerPlatform } from './install.js';
import { DEFAULT_LIMITS, LIMIT_VARIABLES } from './limits.js';
import { confirmVersion } from './packer-version.js';
import { type BuildChoice, chooseBuild, hashicorpTarget, type Target } from './platform.js';
import {
  fetchReleaseIndex,
  type ReleaseIndex,
  releaseFileUrl,
  releaseOf,
  resolveVersion,
  sumsFileNames,
  zipFileName,
} from './releases.js';
import type { SignatureAnswer, SignatureRequest } from './signature.js';
import type { TrustRoot } from './trust.js';
import { parseSha256Sums } from './verify.js';
import { StreamingUnzip } from './zip-stream.js';

/** The release index of `source`. */
export function fetchIndex(source: ReleaseSource): Promise<ReleaseIndex> {
  return withDownloader(source, (downloader) => fetchReleaseIndex(source.releases.url, downloader));
}

/** What the entry to make is: its key, the executable's name, the trust root and the runner. */
export interface EntryPlan {
  trust: TrustRoot;
  key: EntryKey;
  executable: string;
  runner: Required<RunnerPlatform>;
}

/** Runs `use` with a downloader for `source`, stopping whatever it still fetches afterwards. */
async function withDownloader<T>(
  { releases, limits = DEFAULT_LIMITS, signal }: ReleaseSource,
  use: (downloader: Downloader) => Promise<T>,
): Promise<T> {
  const origin = new URL(releases.url).origin;
  const downloader = new Downloader({
    limits,
    credentials: releases.credentials && { origin, ...releases.credentials },
    fix: `Check the releases-url input ('${releases.url}') and that the runner can reach it.`,
  });
  const stop = (): void => downloader.abort();
  signal?.addEventListener('abort', stop, { once: true });
  if (signal?.aborted) stop();
  try {
    return await use(downloader);
  } finally {
    signal?.removeEventListener('abort', stop);
    downloader.abort();
  }
}

/**
 * Downloads, verifies, extracts and confirms the release, then places it in the tool cache; returns
 * the entry's folder.
 */
export async function downloadRelease(options: InstallOptions, plan: EntryPlan): Promise<string> {
  const { version, releases, tempDir, limits = DEFAULT_LIMITS } = options;
  const { key, executable, runner, trust } = plan;
  // An exact version comes without the index: its release files are named by it, and the index is
  // asked only when they are missing.
  let build: BuildChoice =
    options.index === undefined
      ? { target: hashicorpTarget(runner.platform, runner.arch) }
      : chooseBuild(releaseOf(options.index, version, releases.url), runner.platform, runner.arch);
  await sweepStale(key.tool);

  const workDir = await mkdtemp(join(tempDir, 'packer-install-'));
  let staging: string | undefined;
  let unzip: StreamingUnzip | undefined;
  try {
    const stagingDir = await makeStagingDir(key);
    staging = stagingDir;
    const fetchBuild = (target: Target, verifiedSums?: string) => {
      // Extracts as the zip arrives; extractZip then keeps only what the central directory confirms.
      unzip = new StreamingUnzip(stagingDir, { hashed: executable });
      return downloadVerified(options, trust, { target, workDir, unzip, verifiedSums });
    };
    let zip: VerifiedZip;
    try {
      zip = await fetchBuild(build.target);
    } catch (error) {
      if (options.index !== undefined || !isMissingRelease(error)) throw error;
      await unzip?.settled();
      build = await buildFromIndex(options, runner, error);
      // The version's SHA256SUMS, verified already, lists every build: no need to fetch it again.
      zip = await fetchBuild(build.target, error instanceof NotInSums ? error.sums : undefined);
    }
    if (build.fallback !== undefined) core.info(build.fallback);
    const streamed = (await unzip?.settled()) ?? new Map();
    if (unzip?.stopped !== undefined) {
      core.debug(`Extracting as it arrived stopped: ${unzip.stopped}`);
    }
    const extracted = await extractZip(zip.path, staging, { hashed: executable, streamed });
    if (extracted.hashed === undefined) {
      throw new Error(
        `${zip.name} holds no '${executable}' (it holds: ${extracted.files.join(', ') || 'nothing'}): ` +
          `check that releases-url ('${releases.url}') serves HashiCorp's releases.`,
      );
    }
    const binary = join(staging, executable);
    // Whatever permissions the zip recorded, the binary must be executable.
    await chmod(binary, 0o755);
    await confirmVersion({
      binary,
      version,
      timeoutMs: limits.versionTimeoutMs,
      timeoutVariable: LIMIT_VARIABLES.versionTimeoutMs.name,
      fix: `check that releases-url ('${releases.url}') serves HashiCorp's releases`,
      signal: options.signal,
    });
    core.info(`The download's packer version reported Packer v${version}`);
    await writeRecord(staging, {
      version,
      build: `${build.target.os}/${build.target.arch}`,
      keyFingerprint: trust.fingerprint,
      file: executable,
      ...extracted.hashed,
    });
    const placed = await placeEntry(staging, key, executable, extracted.hashed.sha256);
    staging = undefined;
    if (!placed.raced) core.info(`Cached Packer ${version} in ${placed.dir}`);
    return placed.dir;
  } finally {
    // Nothing may still write into the folders removed here.
    unzip?.destroy();
    await unzip?.settled();
    if (staging !== undefined) {
      await removeQuietly(staging, 'the staging folder');
      await removeToolDirIfEmpty(key.tool);
    }
    await removeQuietly(workDir, 'the download folder');
  }
}

/**
 * The bundle of signature-worker.cts, beside the chunk this module is bundled into (dist/). Not a
 * literal in `new URL`: the bundler would take it for a file to bundle.
 */
const SIGNATURE_WORKER = 'signature-worker/index.cjs';

/** How the signature check of one file is bounded: by the action's stop, and in time. */
interface SignatureCheck {
  fileName: string;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

/**
 * verifyDetachedSignature in a worker thread, so that openpgp's load holds no thread the zip's
 * extraction needs; the thread is stopped at once when `signal` aborts or the time limit runs out.
 * Run from source (the tests, local-action) there is no bundle to start: the check runs in this
 * thread, from a module the bundler leaves out of dist/.
 */
async function verifySignature(
  data: Uint8Array,
  signature: Uint8Array,
  armoredKey: string,
  { fileName, timeoutMs, signal }: SignatureCheck,
): Promise<string> {
  const workerFile = new URL(SIGNATURE_WORKER, import.meta.url);
  if (!existsSync(workerFile)) {
    const { verifyDetachedSignature } = (await import(
      /* webpackIgnore: true */ './signature.js'
    )) as typeof import('./signature.js');
    return verifyDetachedSignature(data, signature, armoredKey);
  }
  const request: SignatureRequest = { data, signature, armoredKey };
  return new Promise((resolve, reject) => {
    // The check needs no environment: the thread gets none of the runner's variables.
    const thread = new Worker(workerFile, { workerData: request, env: {} });
    const stop = (why: string): void => {
      void thread.terminate();
      reject(new Error(`The signature check of ${fileName} was stopped: ${why}.`));
    };
    const onAbort = (): void => stop('the action was asked to stop');
    const timer = setTimeout(
      () =>
        stop(
          `it had not finished within ${timeoutMs / 1000} s. On a slow runner, raise ` +
            `${LIMIT_VARIABLES.signatureTimeoutMs.name} (seconds)`,
        ),
      timeoutMs,
    );
    const settled = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    thread.once('message', (answer: SignatureAnswer) => {
      settled();
      if ('error' in answer) reject(new Error(answer.error));
      else resolve(answer.fingerprint);
    });
    thread.once('error', reject);
    // After an answer or a stop this changes nothing.
    thread.once('exit', (code) => {
      settled();
      reject(
        new Error(`The signature check's worker thread exited (code ${code}) without an answer.`),
      );
    });
  });
}

/** SHA256SUMS, once its signature is checked against `trust`, within `check`'s bounds. */
async function fetchVerifiedSums(
  downloader: Downloader,
  url: (fileName: string) => string,
  names: { shasums: string; signature: string },
  trust: TrustRoot,
  check: Omit<SignatureCheck, 'fileName'>,
): Promise<string> {
  const [sums, signature] = await Promise.all([
    downloader.bytes(url(names.shasums)),
    downloader.bytes(url(names.signature)),
  ]);
  const fingerprint = await verifySignature(sums, signature, trust.armoredKey, {
    ...check,
    fileName: names.shasums,
  });
  if (fingerprint !== trust.fingerprint) {
    throw new Error(
      `openpgp reads fingerprint ${fingerprint} from releases-public-key, the tool cache ` +
        `${trust.fingerprint}: report this as a bug.`,
    );
  }
  core.info(`Verified the signature of ${names.shasums}: signed by key ${fingerprint}`);
  return sums.toString('utf8');
}

/** A release file the releases site does not have: SHA256SUMS, its signature or the zip. */
function isMissingRelease(error: unknown): boolean {
  return isNotFound(error) || error instanceof NotInSums;
}

/**
 * Why an exact version's release files are missing, from the index: a version it does not list is
 * an input error, a runner it ships no build for an error naming what it ships; a build the runner
 * can run under emulation is the one to fetch instead. When the index lists the runner's own build,
 * the releases site lacks its files: `missing` is the error.
 */
async function buildFromIndex(
  options: InstallOptions,
  runner: Required<RunnerPlatform>,
  missing: unknown,
): Promise<BuildChoice> {
  const { version, releases } = options;
  // Without an index to ask, what is missing is the error to report.
  const index = await fetchIndex(options).catch(() => {
    throw missing;
  });
  resolveVersion(index, { kind: 'exact', version }, releases.url);
  const build = chooseBuild(releaseOf(index, version, releases.url), runner.platform, runner.arch);
  if (build.fallback === undefined) throw missing;
  return build;
}

/** SHA256SUMS, validly signed, lists no zip of that name: the release has no such build. */
class NotInSums extends Error {
  constructor(
    message: string,
    /** The verified SHA256SUMS. */
    readonly sums: string,
  ) {
    super(message);
  }
}

interface VerifiedZip {
  path: string;
  name: string;
}

/** One build's zip: which, where it is saved, and the extraction its bytes also go to. */
interface ZipFetch {
  target: Target;
  workDir: string;
  unzip: StreamingUnzip;
  /** The release's SHA256SUMS when an earlier fetch verified it: fetched and checked again if not. */
  verifiedSums?: string | undefined;
}

/**
 * Fetches SHA256SUMS, its signature (unless an earlier fetch verified them) and the zip at once,
 * the zip's bytes also going to `unzip`; checks the signature (while the zip is still arriving) and
 * the zip's SHA256, computed as it arrived. Nothing is trusted before both checks pass; a failed
 * check stops the zip's download, and is the error reported before the zip's.
 */
function downloadVerified(
  options: InstallOptions,
  trust: TrustRoot,
  { target, workDir, unzip, verifiedSums: known }: ZipFetch,
): Promise<VerifiedZip> {
  const { version, releases, limits = DEFAULT_LIMITS } = options;
  // Its own downloader: a failed check stops it, and a second build may be fetched after.
  return withDownloader(options, async (downloader) => {
    const names = sumsFileNames(version);
    const zipName = zipFileName(version, target);
    const url = (fileName: string) => releaseFileUrl(releases.url, version, fileName);
    const zipPath = join(workDir, zipName);
    // A failed check stops the zip's download.
    const verifiedSums =
      known === undefined
        ? fetchVerifiedSums(downloader, url, names, trust, {
            timeoutMs: limits.signatureTimeoutMs,
            signal: options.signal,
          }).catch((error: unknown) => {
            downloader.abort();
            throw error;
          })
        : Promise.resolve(known);
    // Settled both, so that nothing still writes into the work directory when it is removed.
    const [sums, zip] = await Promise.allSettled([
      verifiedSums,
      downloader.file(url(zipName), zipPath, unzip),
    ]);
    if (sums.status === 'rejected') throw sums.reason;
    const expected = parseSha256Sums(sums.value).get(zipName);
    if (expected === undefined) {
      throw new NotInSums(
        `${names.shasums} has no entry for ${zipName}: the release at '${releases.url}' is ` +
          'incomplete. Choose another packer-version or check releases-url.',
        sums.value,
      );
    }
    if (zip.status === 'rejected') throw zip.reason;
    if (zip.value.sha256 !== expected) {
      throw new Error(
        `The SHA256 of ${zipName} is ${zip.value.sha256}, but the signed ${names.shasums} says ${expected}: ` +
          'the download is corrupt or tampered with. Nothing was installed; re-run the job, and if ' +
          `this persists check releases-url ('${releases.url}').`,
      );
    }
    core.info(`Checked the SHA256 of ${zipName}: ${zip.value.sha256}`);
    return { path: zipPath, name: zipName };
  });
}
