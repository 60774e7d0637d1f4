// HashiCorp's release index (`<releases-url>/packer/index.json`) and where each release file lives.
import { HttpClient } from '@actions/http-client';
import semver from 'semver';
import { errorMessage, InputError } from '../errors.js';
import type { VersionSpec } from '../inputs.js';
import type { Target } from './platform.js';

export interface ReleaseBuild {
  name: string;
  version: string;
  os: string;
  arch: string;
  filename: string;
  /** Absolute upstream URL: never used, so that a mirror serving upstream's index unchanged works. */
  url: string;
}

export interface Release {
  name: string;
  version: string;
  shasums: string;
  shasums_signature: string;
  builds: ReleaseBuild[];
}

export interface ReleaseIndex {
  name: string;
  /** Keyed by version; keys that are not semver are ignored. */
  versions: Record<string, Release>;
}

/** `releasesUrl` has no trailing slash, as `Inputs.releasesUrl` guarantees. */
export function releaseIndexUrl(releasesUrl: string): string {
  return `${releasesUrl}/packer/index.json`;
}

/** A file of one release, addressed from the base URL alone. */
export function releaseFileUrl(releasesUrl: string, version: string, fileName: string): string {
  return `${releasesUrl}/packer/${encodeURIComponent(version)}/${encodeURIComponent(fileName)}`;
}

/** HashiCorp's name for a release zip; the index's own names and URLs are not trusted. */
export function zipFileName(version: string, target: Target): string {
  return `packer_${version}_${target.os}_${target.arch}.zip`;
}

/** HashiCorp's names for a release's checksums file and its detached signature. */
export function sumsFileNames(version: string): { shasums: string; signature: string } {
  const shasums = `packer_${version}_SHA256SUMS`;
  return { shasums, signature: `${shasums}.sig` };
}

/**
 * The index key `spec` selects. `latest` and ranges pick the highest release that is not a prerelease;
 * a prerelease is chosen only when asked for exactly.
 */
export function resolveVersion(
  index: ReleaseIndex,
  spec: VersionSpec,
  releasesUrl: string,
): string {
  const versions = Object.keys(index.versions).filter((key) => semver.valid(key) !== null);
  const stable = versions.filter((version) => semver.prerelease(version) === null);
  const found = findVersion(versions, stable, spec);
  if (found !== undefined) {
    return found;
  }
  const newest = semver.rsort(stable.length > 0 ? stable : versions)[0];
  throw new InputError(
    'packer-version',
    specText(spec),
    `no such version in ${releaseIndexUrl(releasesUrl)}; ` +
      (newest === undefined ? 'it lists no versions' : `newest is ${newest}`),
  );
}

function findVersion(versions: string[], stable: string[], spec: VersionSpec): string | undefined {
  switch (spec.kind) {
    case 'latest':
      return semver.rsort([...stable])[0];
    case 'range':
      return semver.validRange(spec.range) === null
        ? undefined
        : (semver.maxSatisfying(stable, spec.range) ?? undefined);
    case 'exact': {
      const wanted = semver.clean(spec.version);
      return wanted === null ? undefined : versions.find((version) => semver.eq(version, wanted));
    }
  }
}

function specText(spec: VersionSpec): string {
  switch (spec.kind) {
    case 'latest':
      return 'latest';
    case 'range':
      return spec.range;
    case 'exact':
      return spec.version;
  }
}

/**
 * Fetches and minimally checks the release index; every failure names the `releases-url` input.
 * Through @actions/http-client, like the downloads, so a runner's proxy settings apply to both.
 */
export async function fetchReleaseIndex(releasesUrl: string): Promise<ReleaseIndex> {
  const url = releaseIndexUrl(releasesUrl);
  const fix =
    `Check the releases-url input ('${releasesUrl}'): it must serve HashiCorp's releases layout ` +
    `(<releases-url>/packer/index.json), like https://releases.hashicorp.com or a mirror of it.`;
  const client = new HttpClient('packer-image-action', [], {
    allowRetries: true,
    maxRetries: 2,
    socketTimeout: 60_000,
  });
  let status: number;
  let statusText: string;
  let text: string;
  try {
    const response = await client.get(url);
    status = response.message.statusCode ?? 0;
    statusText = response.message.statusMessage ?? '';
    text = await response.readBody();
  } catch (error) {
    throw new Error(`Could not fetch ${url}: ${errorMessage(error)}. ${fix}`, { cause: error });
  } finally {
    client.dispose();
  }
  if (status !== 200) {
    throw new Error(`Fetching ${url} failed: HTTP ${status} ${statusText}. ${fix}`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new Error(`${url} is not valid JSON (${errorMessage(error)}). ${fix}`, { cause: error });
  }
  if (!isReleaseIndex(body)) {
    throw new Error(`${url} is not a release index: it has no "versions" object. ${fix}`);
  }
  return body;
}

function isReleaseIndex(body: unknown): body is ReleaseIndex {
  if (typeof body !== 'object' || body === null || !('versions' in body)) {
    return false;
  }
  return typeof body.versions === 'object' && body.versions !== null;
}
