// Installing Packer: resolve the version, then use the tool cache's entry once checked, or download,
// verify and place a new one.
import { chmod, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import semver from 'semver';
import { errorMessage, InputError } from '../errors.js';
import type { VersionSpec } from '../inputs.js';
import {
  checkEntry,
  discardEntry,
  type EntryKey,
  findEntry,
  makeStagingDir,
  placeEntry,
  sweepStale,
  toolName,
  writeRecord,
} from './cache.js';
import { removeQuietly } from './cleanup.js';
import { Downloader } from './download.js';
import { extractZip } from './extract.js';
import { publicKeyFingerprint } from './fingerprint.js';
import { HASHICORP_RELEASE_KEY, HASHICORP_RELEASE_KEY_FINGERPRINT } from './hashicorp-key.js';
import { DEFAULT_LIMITS, type InstallLimits, LIMIT_VARIABLES } from './limits.js';
import { confirmVersion } from './packer-version.js';
import { binaryName, chooseBuild, hashicorpTarget, type Target } from './platform.js';
import {
  fetchReleaseIndex,
  type ReleaseIndex,
  type ReleasesSite,
  releaseFileUrl,
  releaseOf,
  resolveVersion,
  sumsFileNames,
  zipFileName,
} from './releases.js';
import { parseSha256Sums, verifyDetachedSignature } from './verify.js';

/** The runner to install for; defaults to this process's `process.platform` and `process.arch`. */
export interface RunnerPlatform {
  platform?: string;
  arch?: string;
}

/** Where releases come from and what must have signed them. */
export interface ReleaseSource {
  releases: ReleasesSite;
  /** ASCII-armored key that must have signed SHA256SUMS; undefined means HashiCorp's. */
  publicKey?: string | undefined;
  /** Defaults to DEFAULT_LIMITS. */
  limits?: InstallLimits | undefined;
  /** Aborted when the action is asked to stop: downloads and `packer version` stop at once. */
  signal?: AbortSignal | undefined;
}

export interface PackerRelease {
  /** The index key, e.g. `1.11.2`: what the tool cache is keyed by. */
  version: string;
  /** Undefined when an exact version was found in the tool cache without asking the network. */
  index: ReleaseIndex | undefined;
}

export interface InstallOptions extends RunnerPlatform, ReleaseSource {
  version: string;
  /** The index resolvePackerRelease fetched, if it did; fetched again only if needed. */
  index?: ReleaseIndex | undefined;
  /** Downloads are made in a directory under here and removed afterwards (RUNNER_TEMP). */
  tempDir: string;
}

export interface InstalledPacker {
  version: string;
  /** Absolute path of the executable. */
  binary: string;
  cacheHit: boolean;
}

/**
 * The version `spec` selects. Run while checking inputs, before anything is downloaded: a version
 * the index does not list is an InputError. An exact version already in the tool cache needs no
 * network at all.
 */
export async function resolvePackerRelease(
  options: { spec: VersionSpec } & ReleaseSource & RunnerPlatform,
): Promise<PackerRelease> {
  const { spec, releases } = options;
  const runner = runnerOf(options);
  if (spec.kind === 'exact') {
    const version = semver.clean(spec.version) ?? spec.version;
    if (findEntry(entryKey(version, trustRoot(options.publicKey), runner)) !== undefined) {
      core.debug(`Packer ${version} is in the tool cache: the release index is not needed`);
      return { version, index: undefined };
    }
  }
  const index = await withDownloader(options, (downloader) =>
    fetchReleaseIndex(releases.url, downloader),
  );
  const version = resolveVersion(index, spec, releases.url);
  chooseBuild(releaseOf(index, version, releases.url), runner.platform, runner.arch);
  core.info(`packer-version resolved to Packer ${version}`);
  return { version, index };
}

/**
 * Packer `version` from the tool cache, or downloaded from the releases site and cached. A download
 * enters the cache only after SHA256SUMS is verified against `publicKey`, the zip matches its entry
 * there, and the binary reports the expected version; a cached binary is used only once it matches
 * what was installed.
 */
export async function installPacker(options: InstallOptions): Promise<InstalledPacker> {
  const { version } = options;
  const runner = runnerOf(options);
  const trust = trustRoot(options.publicKey);
  const key = entryKey(version, trust, runner);
  const executable = binaryName(hashicorpTarget(runner.platform, runner.arch).os);
  const described = `Packer ${version} (${runner.platform}/${runner.arch})`;

  const cachedDir = findEntry(key);
  if (cachedDir !== undefined) {
    const check = await checkEntry(cachedDir, executable);
    if (check.trusted) {
      core.info(`${described} is in the tool cache: nothing to download`);
      return { version, binary: join(cachedDir, executable), cacheHit: true };
    }
    core.warning(
      `The tool cache entry ${cachedDir} cannot be trusted: ${check.problem}. Installing ${described} again.`,
    );
    await discardEntry(cachedDir);
  } else {
    core.info(`${described} is not in the tool cache: downloading it`);
  }
  const dir = await withDownloader(options, (downloader) =>
    downloadAndPlace(options, { downloader, trust, key, executable, runner }),
  );
  return { version, binary: join(dir, executable), cacheHit: false };
}

interface TrustRoot {
  armoredKey: string;
  /** Upper-case hex: part of the tool cache entry's name. */
  fingerprint: string;
}

/** The key that must have signed SHA256SUMS, and its fingerprint (read without openpgp). */
function trustRoot(publicKey: string | undefined): TrustRoot {
  if (publicKey === undefined) {
    return { armoredKey: HASHICORP_RELEASE_KEY, fingerprint: HASHICORP_RELEASE_KEY_FINGERPRINT };
  }
  try {
    return { armoredKey: publicKey, fingerprint: publicKeyFingerprint(publicKey) };
  } catch (error) {
    throw new InputError(
      'releases-public-key',
      `${publicKey.trim().slice(0, 40)}…`,
      `is not a usable OpenPGP public key: ${errorMessage(error)}. ` +
        "Paste the whole armored block, or leave the input empty for HashiCorp's key",
    );
  }
}

function entryKey(version: string, trust: TrustRoot, runner: Required<RunnerPlatform>): EntryKey {
  // The runner's arch name (x64, arm64), whichever HashiCorp build the entry holds.
  return { tool: toolName(trust.fingerprint), version, arch: runner.arch };
}

function runnerOf({
  platform = process.platform,
  arch = process.arch,
}: RunnerPlatform): Required<RunnerPlatform> {
  // Throws for a runner no build can serve, before anything is looked up.
  hashicorpTarget(platform, arch);
  return { platform, arch };
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

interface Cold {
  downloader: Downloader;
  trust: TrustRoot;
  key: EntryKey;
  executable: string;
  runner: Required<RunnerPlatform>;
}

/** Downloads, verifies, extracts and confirms the release, then places it in the tool cache. */
async function downloadAndPlace(options: InstallOptions, cold: Cold): Promise<string> {
  const { version, releases, tempDir, limits = DEFAULT_LIMITS } = options;
  const { downloader, key, executable, runner } = cold;
  const index = options.index ?? (await fetchReleaseIndex(releases.url, downloader));
  const build = chooseBuild(releaseOf(index, version, releases.url), runner.platform, runner.arch);
  if (build.fallback !== undefined) core.info(build.fallback);
  await sweepStale(key.tool);

  const workDir = await mkdtemp(join(tempDir, 'packer-install-'));
  let staging: string | undefined;
  try {
    const zip = await downloadVerified(options, cold, build.target, workDir);
    staging = await makeStagingDir(key);
    const extracted = await extractZip(zip.path, staging, { hashed: executable });
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
      keyFingerprint: cold.trust.fingerprint,
      file: executable,
      ...extracted.hashed,
    });
    const placed = await placeEntry(staging, key, executable, extracted.hashed.sha256);
    staging = undefined;
    if (!placed.raced) core.info(`Cached Packer ${version} in ${placed.dir}`);
    return placed.dir;
  } finally {
    if (staging !== undefined) await removeQuietly(staging, 'the staging folder');
    await removeQuietly(workDir, 'the download folder');
  }
}

/**
 * Fetches SHA256SUMS, its signature and the zip at once; checks the signature (while the zip is
 * still arriving) and the zip's SHA256, computed as it arrived. Nothing is trusted before both
 * checks pass; a failed check stops the zip's download, and is the error reported before the zip's.
 */
async function downloadVerified(
  { version, releases }: InstallOptions,
  { downloader, trust }: Cold,
  target: Target,
  workDir: string,
): Promise<{ path: string; name: string }> {
  const names = sumsFileNames(version);
  const zipName = zipFileName(version, target);
  const url = (fileName: string) => releaseFileUrl(releases.url, version, fileName);
  const zipPath = join(workDir, zipName);
  const verifiedSums = Promise.all([
    downloader.bytes(url(names.shasums)),
    downloader.bytes(url(names.signature)),
  ])
    .then(async ([sums, signature]) => {
      const fingerprint = await verifyDetachedSignature(sums, signature, trust.armoredKey);
      if (fingerprint !== trust.fingerprint) {
        throw new Error(
          `openpgp reads fingerprint ${fingerprint} from releases-public-key, the tool cache ` +
            `${trust.fingerprint}: report this as a bug.`,
        );
      }
      core.info(`Verified the signature of ${names.shasums}: signed by key ${fingerprint}`);
      return sums.toString('utf8');
    })
    .catch((error: unknown) => {
      downloader.abort();
      throw error;
    });
  // Settled both, so that nothing still writes into the work directory when it is removed.
  const [sums, zip] = await Promise.allSettled([
    verifiedSums,
    downloader.file(url(zipName), zipPath),
  ]);
  if (sums.status === 'rejected') throw sums.reason;
  const expected = parseSha256Sums(sums.value).get(zipName);
  if (expected === undefined) {
    throw new Error(
      `${names.shasums} has no entry for ${zipName}: the release at '${releases.url}' is ` +
        'incomplete. Choose another packer-version or check releases-url.',
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
}
