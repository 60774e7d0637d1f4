// Installing Packer: resolve the version, then use the tool cache or download, verify and cache it.
import { constants as fsConstants } from 'node:fs';
import { access, chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import * as exec from '@actions/exec';
import * as tc from '@actions/tool-cache';
import semver from 'semver';
import { errorMessage } from '../errors.js';
import type { VersionSpec } from '../inputs.js';
import { extractZip } from './extract.js';
import { HASHICORP_RELEASE_KEY } from './hashicorp-key.js';
import { binaryName, checkShipped, hashicorpTarget, type Target } from './platform.js';
import {
  fetchReleaseIndex,
  type Release,
  type ReleaseIndex,
  releaseFileUrl,
  releaseIndexUrl,
  resolveVersion,
  sumsFileNames,
  zipFileName,
} from './releases.js';
import { parseSha256Sums, sha256OfFile, verifyDetachedSignature } from './verify.js';

const TOOL_NAME = 'packer';

/** The runner to install for; defaults to this process's `process.platform` and `process.arch`. */
export interface RunnerPlatform {
  platform?: string;
  arch?: string;
}

export interface PackerRelease {
  /** The index key, e.g. `1.11.2`: what the tool cache is keyed by. */
  version: string;
  /** Undefined when an exact version was found in the tool cache without asking the network. */
  index: ReleaseIndex | undefined;
}

export interface InstallOptions extends RunnerPlatform {
  version: string;
  /** The index resolvePackerRelease fetched, if it did; fetched again only if needed. */
  index?: ReleaseIndex | undefined;
  releasesUrl: string;
  /** ASCII-armored key that must have signed SHA256SUMS; undefined means HashiCorp's. */
  publicKey?: string | undefined;
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
  options: { spec: VersionSpec; releasesUrl: string } & RunnerPlatform,
): Promise<PackerRelease> {
  const { spec, releasesUrl } = options;
  const target = runnerTarget(options);
  if (spec.kind === 'exact' && tc.find(TOOL_NAME, spec.version, target.arch) !== '') {
    const version = semver.clean(spec.version) ?? spec.version;
    core.debug(`Packer ${version} is in the tool cache: the release index is not needed`);
    return { version, index: undefined };
  }
  const index = await fetchReleaseIndex(releasesUrl);
  const version = resolveVersion(index, spec, releasesUrl);
  checkShipped(releaseOf(index, version, releasesUrl), target);
  core.info(`packer-version resolved to Packer ${version}`);
  return { version, index };
}

/**
 * Packer `version` from the tool cache, or downloaded from `releasesUrl` and cached. A download
 * enters the cache only after SHA256SUMS is verified against `publicKey`, the zip matches its
 * entry there, and the binary reports the expected version.
 */
export async function installPacker(options: InstallOptions): Promise<InstalledPacker> {
  const { version, releasesUrl, tempDir } = options;
  const target = runnerTarget(options);
  const executable = binaryName(target.os);

  const cachedDir = tc.find(TOOL_NAME, version, target.arch);
  if (cachedDir !== '') {
    core.info(
      `Packer ${version} (${target.os}/${target.arch}) is in the tool cache: nothing to download`,
    );
    const binary = join(cachedDir, executable);
    // Only a confirmed binary enters the cache, so a hit needs no `packer version` (~100 ms): just
    // check the entry was not damaged since.
    try {
      await access(binary, fsConstants.X_OK);
    } catch (error) {
      throw new Error(
        `The tool cache entry ${cachedDir} has no executable ${executable}: delete ${cachedDir} from the tool cache and re-run.`,
        { cause: error },
      );
    }
    return { version, binary, cacheHit: true };
  }

  core.info(
    `Packer ${version} (${target.os}/${target.arch}) is not in the tool cache: downloading it`,
  );
  const index = options.index ?? (await fetchReleaseIndex(releasesUrl));
  checkShipped(releaseOf(index, version, releasesUrl), target);
  const workDir = await mkdtemp(join(tempDir, 'packer-install-'));
  try {
    const download = { releasesUrl, version, workDir };
    const extractedDir = await downloadVerified(download, target, options.publicKey);
    // Whatever permissions the zip recorded, the binary must be executable.
    await chmod(join(extractedDir, executable), 0o755);
    await confirmVersion(
      join(extractedDir, executable),
      version,
      `check that releases-url ('${releasesUrl}') serves HashiCorp's releases`,
    );
    const toolDir = await tc.cacheDir(extractedDir, TOOL_NAME, version, target.arch);
    core.info(`Cached Packer ${version} in ${toolDir}`);
    return { version, binary: join(toolDir, executable), cacheHit: false };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function runnerTarget({
  platform = process.platform,
  arch = process.arch,
}: RunnerPlatform): Target {
  return hashicorpTarget(platform, arch);
}

function releaseOf(index: ReleaseIndex, version: string, releasesUrl: string): Release {
  const release = index.versions[version];
  if (release === undefined) {
    throw new Error(`Packer ${version} is not listed in ${releaseIndexUrl(releasesUrl)}.`);
  }
  return release;
}

interface Download {
  releasesUrl: string;
  version: string;
  workDir: string;
}

/** Downloads, verifies and extracts the release zip; returns the directory it was extracted into. */
async function downloadVerified(
  download: Download,
  target: Target,
  publicKey = HASHICORP_RELEASE_KEY,
): Promise<string> {
  const names = sumsFileNames(download.version);
  const zipName = zipFileName(download.version, target);
  // The zip downloads while SHA256SUMS is fetched and its signature checked; nothing is trusted
  // before both are done, and nothing is still downloading when the work directory goes.
  const [verifiedSums, zipDownload] = await Promise.allSettled([
    (async () => {
      const [sumsPath, signaturePath] = await allSettledOrThrow([
        downloadFile(download, names.shasums),
        downloadFile(download, names.signature),
      ]);
      const sumsBytes = await readFile(sumsPath);
      const fingerprint = await verifyDetachedSignature(
        sumsBytes,
        await readFile(signaturePath),
        publicKey,
      );
      core.info(`Verified the signature of ${names.shasums}: signed by key ${fingerprint}`);
      return sumsBytes;
    })(),
    downloadFile(download, zipName),
  ]);
  if (verifiedSums.status === 'rejected') throw verifiedSums.reason;
  const expected = parseSha256Sums(verifiedSums.value.toString('utf8')).get(zipName);
  if (expected === undefined) {
    throw new Error(
      `${names.shasums} has no entry for ${zipName}: the release at '${download.releasesUrl}' is ` +
        'incomplete. Choose another packer-version or check releases-url.',
    );
  }
  if (zipDownload.status === 'rejected') throw zipDownload.reason;
  const zipPath = zipDownload.value;
  const actual = await sha256OfFile(zipPath);
  if (actual !== expected) {
    throw new Error(
      `The SHA256 of ${zipName} is ${actual}, but the signed ${names.shasums} says ${expected}: ` +
        'the download is corrupt or tampered with. Nothing was installed; re-run the job, and if ' +
        `this persists check releases-url ('${download.releasesUrl}').`,
    );
  }
  core.info(`Checked the SHA256 of ${zipName}: ${actual}`);
  return extractZip(zipPath, join(download.workDir, 'extracted'));
}

async function downloadFile(
  { releasesUrl, version, workDir }: Download,
  fileName: string,
): Promise<string> {
  const url = releaseFileUrl(releasesUrl, version, fileName);
  core.debug(`Downloading ${url}`);
  try {
    return await tc.downloadTool(url, join(workDir, fileName));
  } catch (error) {
    throw new Error(
      `Could not download ${url}: ${errorMessage(error)}. Check the releases-url input ` +
        `('${releasesUrl}') and that the runner can reach it.`,
      { cause: error },
    );
  }
}

/** Runs `<binary> version` (no shell) and requires it to print `Packer v<version>`. */
async function confirmVersion(binary: string, version: string, fix: string): Promise<void> {
  let stdout: string;
  try {
    // CHECKPOINT_DISABLE: `packer version` would otherwise ask HashiCorp whether it is outdated.
    ({ stdout } = await exec.getExecOutput(binary, ['version'], {
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
      silent: true,
    }));
  } catch (error) {
    throw new Error(`Running '${binary} version' failed (${errorMessage(error)}): ${fix}.`, {
      cause: error,
    });
  }
  const printed = /^Packer v(\S+)/m.exec(stdout)?.[1];
  if (printed !== version) {
    const said = printed === undefined ? `no 'Packer v<version>' line` : `Packer v${printed}`;
    throw new Error(
      `'${binary} version' printed ${said}, but Packer ${version} was expected: ${fix}.`,
    );
  }
  core.info(`Packer v${printed} at ${binary}`);
}

/**
 * Like Promise.all, but waits for every promise to settle before throwing the first rejection, so
 * that no download is still writing into the work directory when it is removed.
 */
async function allSettledOrThrow<T extends readonly unknown[]>(
  promises: readonly [...{ [K in keyof T]: Promise<T[K]> }],
): Promise<T> {
  const results = await Promise.allSettled(promises);
  for (const result of results) if (result.status === 'rejected') throw result.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
