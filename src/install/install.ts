// Installing Packer: resolve the version, then use the tool cache's entry once checked, or download,
// verify and place a new one.
import { join } from 'node:path';
import * as core from '@actions/core';
import semver from 'semver';
import type { VersionSpec } from '../inputs.js';
import { checkEntry, discardEntry, type EntryKey, findEntry, toolName } from './cache.js';
import type { InstallLimits } from './limits.js';
import { binaryName, chooseBuild, hashicorpTarget } from './platform.js';
import { type ReleaseIndex, type ReleasesSite, releaseOf, resolveVersion } from './releases.js';
import type { TrustRoot } from './trust.js';

/** The runner to install for; defaults to this process's `process.platform` and `process.arch`. */
export interface RunnerPlatform {
  platform?: string;
  arch?: string;
}

/** Where releases come from and what must have signed them. */
export interface ReleaseSource {
  releases: ReleasesSite;
  /** The key that must have signed SHA256SUMS. */
  trust: TrustRoot;
  /** Defaults to DEFAULT_LIMITS. */
  limits?: InstallLimits | undefined;
  /** Aborted when the action is asked to stop: downloads and `packer version` stop at once. */
  signal?: AbortSignal | undefined;
}

export interface PackerRelease {
  /** The index key, e.g. `1.11.2`: what the tool cache is keyed by. */
  version: string;
  /** Undefined for an exact version: it was not asked for. */
  index: ReleaseIndex | undefined;
  /** The tool cache entry found then, checked only by installPacker. */
  cachedDir?: string;
}

export interface InstallOptions extends RunnerPlatform, ReleaseSource {
  version: string;
  /** The index resolvePackerRelease fetched; undefined for an exact version, fetched without it. */
  index?: ReleaseIndex | undefined;
  /** The tool cache entry resolvePackerRelease found, if it did: not looked up again. */
  cachedDir?: string | undefined;
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
 * The version `spec` selects. Run while checking inputs, before anything is downloaded: for latest
 * and ranges, a version the index does not list is an InputError. An exact version needs no network
 * here; installPacker finds it in the tool cache or fetches its release files, and asks the index
 * only if they are missing.
 */
export async function resolvePackerRelease(
  options: { spec: VersionSpec } & ReleaseSource & RunnerPlatform,
): Promise<PackerRelease> {
  const { spec, releases } = options;
  const runner = runnerOf(options);
  if (spec.kind === 'exact') {
    const version = semver.clean(spec.version) ?? spec.version;
    const cachedDir = findEntry(entryKey(version, options.trust, runner));
    if (cachedDir !== undefined) {
      core.debug(`Packer ${version} is in the tool cache: the release index is not needed`);
      return { version, index: undefined, cachedDir };
    }
    // Its release files are named by the version: the install asks the index only if they are
    // missing, and a version the index does not list is an input error then.
    return { version, index: undefined };
  }
  const { fetchIndex } = await import('./download-release.js');
  const index = await fetchIndex(options);
  const version = resolveVersion(index, spec, releases.url);
  chooseBuild(releaseOf(index, version, releases.url), runner.platform, runner.arch);
  core.info(`packer-version resolved to Packer ${version}`);
  return { version, index };
}

/**
 * Packer `version` from the tool cache, or downloaded from the releases site and cached. A download
 * enters the cache only after SHA256SUMS is verified against `trust`, the zip matches its entry
 * there, and the binary reports the expected version; a cached binary is used only once it matches
 * what was installed.
 */
export async function installPacker(options: InstallOptions): Promise<InstalledPacker> {
  const { version } = options;
  const runner = runnerOf(options);
  const { trust } = options;
  const key = entryKey(version, trust, runner);
  const executable = binaryName(hashicorpTarget(runner.platform, runner.arch).os);
  const described = `Packer ${version} (${runner.platform}/${runner.arch})`;

  const cachedDir = options.cachedDir ?? findEntry(key);
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
  // Only a cache miss needs the downloader, the zip reader and openpgp: a hit loads none of them.
  const { downloadRelease } = await import('./download-release.js');
  const dir = await downloadRelease(options, { trust, key, executable, runner });
  return { version, binary: join(dir, executable), cacheHit: false };
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
