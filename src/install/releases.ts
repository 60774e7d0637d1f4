// HashiCorp's release index (`<releases-url>/packer/index.json`) and where each release file lives.
import semver from 'semver';
import { errorMessage, InputError } from '../errors.js';
import type { VersionSpec } from '../inputs.js';
import type { Downloader } from './download.js';
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
 * Through the install's downloader, like the release files: bounded, retried, proxy-aware.
 */
export async function fetchReleaseIndex(
  releasesUrl: string,
  downloader: Downloader,
): Promise<ReleaseIndex> {
  const url = releaseIndexUrl(releasesUrl);
  const fix = `Check the releases-url input ('${releasesUrl}'): ${RELEASES_LAYOUT}.`;
  const text = (await downloader.bytes(url)).toString('utf8');
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

/** What a releases site must serve; said in every error about one. */
const RELEASES_LAYOUT =
  "it must serve HashiCorp's releases layout (<releases-url>/packer/index.json), like " +
  'https://releases.hashicorp.com or a mirror of it';

function isReleaseIndex(body: unknown): body is ReleaseIndex {
  if (typeof body !== 'object' || body === null || !('versions' in body)) {
    return false;
  }
  return typeof body.versions === 'object' && body.versions !== null;
}

/**
 * The index's entry for `version`, checked to be a release with a list of builds: a mirror's index
 * may hold `null` or a stub there.
 */
export function releaseOf(index: ReleaseIndex, version: string, releasesUrl: string): Release {
  const indexUrl = releaseIndexUrl(releasesUrl);
  const entry: unknown = Object.hasOwn(index.versions, version)
    ? index.versions[version]
    : undefined;
  if (entry === undefined) {
    throw new Error(`Packer ${version} is not listed in ${indexUrl}.`);
  }
  if (!isRelease(entry)) {
    throw new Error(
      `${indexUrl} lists Packer ${version} as ${describeJson(entry)}, not as a release with a ` +
        "list of builds: the index is damaged or not HashiCorp's. Fix the mirror at releases-url, or " +
        'choose another packer-version.',
    );
  }
  return entry;
}

function isRelease(entry: unknown): entry is Release {
  if (typeof entry !== 'object' || entry === null || !('builds' in entry)) return false;
  const { builds } = entry;
  return (
    Array.isArray(builds) &&
    builds.every(
      (build: unknown) =>
        typeof build === 'object' &&
        build !== null &&
        'os' in build &&
        'arch' in build &&
        typeof build.os === 'string' &&
        typeof build.arch === 'string',
    )
  );
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object without a "builds" list of {os, arch}';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** A releases site as the downloads see it: where it is, and the credentials releases-url held. */
export interface ReleasesSite {
  /** Base URL without credentials or trailing slash: safe to print. */
  url: string;
  /** From `user:password@` in releases-url; sent as HTTP Basic auth to this origin only. */
  credentials: { username: string; password: string } | undefined;
}

/** Splits the credentials off a parsed releases-url (decoded, as Basic auth sends them). */
export function releasesSite(url: URL): ReleasesSite {
  const bare = new URL(url.href);
  bare.username = '';
  bare.password = '';
  const credentials =
    url.username === '' && url.password === ''
      ? undefined
      : { username: decoded(url.username), password: decoded(url.password) };
  return { url: bare.href.replace(/\/+$/, ''), credentials };
}

/** Percent-decoded, or as given when it is not valid percent-encoding. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `url` without `user:password@`, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '') return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//');
  }
}
