import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { VersionSpec } from '../../src/inputs.js';
import { Downloader } from '../../src/install/download.js';
import { DEFAULT_LIMITS } from '../../src/install/limits.js';
import {
  fetchReleaseIndex,
  type Release,
  type ReleaseIndex,
  releaseFileUrl,
  releaseIndexUrl,
  releaseOf,
  releasesSite,
  resolveVersion,
  sumsFileNames,
  zipFileName,
} from '../../src/install/releases.js';

vi.mock('@actions/core', () => ({ info: vi.fn(), debug: vi.fn() }));

const RELEASES_URL = 'https://mirror.example/hashicorp';

function release(version: string): Release {
  return {
    name: 'packer',
    version,
    shasums: `packer_${version}_SHA256SUMS`,
    shasums_signature: `packer_${version}_SHA256SUMS.sig`,
    builds: [],
  };
}

function indexOf(keys: string[]): ReleaseIndex {
  return { name: 'packer', versions: Object.fromEntries(keys.map((key) => [key, release(key)])) };
}

// Unordered, with prereleases above and below the newest stable release, and keys that are not
// versions at all.
const INDEX = indexOf([
  '1.10.0',
  '1.11.2',
  '0.12.3',
  '1.12.0-beta1',
  '1.11.0',
  '1.9.5',
  '2.0.0-rc1',
  '1.10.3',
  '1.11.1-alpha1',
  '1.11',
  'latest',
  'index',
  'v2',
]);

describe('resolveVersion', () => {
  it.each<[string, VersionSpec, string]>([
    ['latest is the newest stable release', { kind: 'latest' }, '1.11.2'],
    ['an exact version', { kind: 'exact', version: '1.10.3' }, '1.10.3'],
    ['an exact version with a v', { kind: 'exact', version: 'v1.10.3' }, '1.10.3'],
    ['an old exact version', { kind: 'exact', version: '0.12.3' }, '0.12.3'],
    ['a prerelease asked for exactly', { kind: 'exact', version: '1.12.0-beta1' }, '1.12.0-beta1'],
    ['~1.11', { kind: 'range', range: '~1.11' }, '1.11.2'],
    ['~1.10', { kind: 'range', range: '~1.10' }, '1.10.3'],
    ['1.x', { kind: 'range', range: '1.x' }, '1.11.2'],
    ['^1.10', { kind: 'range', range: '^1.10' }, '1.11.2'],
    ['0.x', { kind: 'range', range: '0.x' }, '0.12.3'],
    ['<1.11', { kind: 'range', range: '<1.11' }, '1.10.3'],
    ['>=1.9 <1.10', { kind: 'range', range: '>=1.9 <1.10' }, '1.9.5'],
    [
      'a range naming a prerelease ignores prereleases',
      { kind: 'range', range: '>=1.11.1-alpha1' },
      '1.11.2',
    ],
  ])('%s', (_, spec, version) => {
    expect(resolveVersion(INDEX, spec, RELEASES_URL)).toBe(version);
  });

  const notFound = `no such version in ${RELEASES_URL}/packer/index.json; newest is 1.11.2`;
  it.each<[string, VersionSpec, string]>([
    ['a version not listed', { kind: 'exact', version: '1.11.9' }, '1.11.9'],
    ['a range only prereleases satisfy', { kind: 'range', range: '2.x' }, '2.x'],
    ['a prerelease range', { kind: 'range', range: '>=1.12.0-0' }, '>=1.12.0-0'],
    ['a range nothing satisfies', { kind: 'range', range: '~3.1' }, '~3.1'],
    ['a non-semver index key', { kind: 'exact', version: 'latest' }, 'latest'],
    ['a partial version', { kind: 'exact', version: '1.11' }, '1.11'],
    ['nonsense', { kind: 'exact', version: 'banana' }, 'banana'],
    ['a nonsense range', { kind: 'range', range: '~~1..x' }, '~~1..x'],
  ])('rejects %s, naming the newest release', (_, spec, value) => {
    const error = catchError(() => resolveVersion(INDEX, spec, RELEASES_URL));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ input: 'packer-version', value });
    expect((error as Error).message).toBe(`Input 'packer-version' is '${value}': ${notFound}`);
  });

  it.each<[string, ReleaseIndex, string]>([
    ['only prereleases', indexOf(['1.0.0-beta1', '0.9.0-rc1']), 'newest is 1.0.0-beta1'],
    ['no versions', indexOf([]), 'it lists no versions'],
    ['only odd keys', indexOf(['latest', '']), 'it lists no versions'],
  ])('latest from an index with %s names what it has', (_, index, newest) => {
    expect(() => resolveVersion(index, { kind: 'latest' }, RELEASES_URL)).toThrow(
      `Input 'packer-version' is 'latest': no such version in ${RELEASES_URL}/packer/index.json; ${newest}`,
    );
  });
});

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('release URLs', () => {
  it('builds the index URL from the base URL', () => {
    expect(releaseIndexUrl(RELEASES_URL)).toBe(`${RELEASES_URL}/packer/index.json`);
  });

  it.each([
    [
      '1.11.2',
      'packer_1.11.2_linux_amd64.zip',
      `${RELEASES_URL}/packer/1.11.2/packer_1.11.2_linux_amd64.zip`,
    ],
    [
      '1.12.0-beta1',
      'packer_1.12.0-beta1_SHA256SUMS.sig',
      `${RELEASES_URL}/packer/1.12.0-beta1/packer_1.12.0-beta1_SHA256SUMS.sig`,
    ],
    ['1.0.0+ent', 'a b', `${RELEASES_URL}/packer/1.0.0%2Bent/a%20b`],
    ['1.0.0', '../../evil', `${RELEASES_URL}/packer/1.0.0/..%2F..%2Fevil`],
  ])('builds the URL of %s %s from the base URL alone', (version, fileName, url) => {
    expect(releaseFileUrl(RELEASES_URL, version, fileName)).toBe(url);
  });

  it('names files as HashiCorp does', () => {
    expect(zipFileName('1.11.2', { os: 'windows', arch: '386' })).toBe(
      'packer_1.11.2_windows_386.zip',
    );
    expect(sumsFileNames('1.11.2')).toEqual({
      shasums: 'packer_1.11.2_SHA256SUMS',
      signature: 'packer_1.11.2_SHA256SUMS.sig',
    });
  });
});

describe('fetchReleaseIndex', () => {
  const bodies: Record<string, [number, string]> = {
    '/good/packer/index.json': [200, JSON.stringify(INDEX)],
    '/broken/packer/index.json': [500, 'upstream timed out'],
    '/html/packer/index.json': [200, '<html>login</html>'],
    '/other/packer/index.json': [200, '{"name":"terraform","builds":[]}'],
    '/null/packer/index.json': [200, '{"versions":null}'],
  };
  let server: Server;
  let base: string;
  const downloader = () =>
    new Downloader({
      limits: DEFAULT_LIMITS,
      fix: 'Check releases-url.',
      sleep: async () => undefined,
    });

  beforeAll(async () => {
    server = createServer((request, response) => {
      const [status, body] = bodies[request.url ?? ''] ?? [404, 'not found'];
      response.writeHead(status).end(body);
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('returns the parsed index', async () => {
    await expect(fetchReleaseIndex(`${base}/good`, downloader())).resolves.toEqual(INDEX);
  });

  it.each([
    ['/missing', /^Could not download .*: HTTP 404 Not Found\. Check releases-url\.$/],
    ['/broken', /^Could not download .*: HTTP 500 Internal Server Error \(3 tries\)\. Check/],
  ])('passes on what the downloader says for %s', async (path, message) => {
    const promise = fetchReleaseIndex(`${base}${path}`, downloader());
    await expect(promise).rejects.toThrow(message);
    await expect(promise).rejects.toThrow(`${base}${path}/packer/index.json`);
  });

  it.each([
    ['/html', /is not valid JSON/],
    ['/other', /is not a release index/],
    ['/null', /is not a release index/],
  ])('fails clearly, naming releases-url and its layout, for %s', async (path, message) => {
    const promise = fetchReleaseIndex(`${base}${path}`, downloader());
    await expect(promise).rejects.toThrow(message);
    await expect(promise).rejects.toThrow(`${base}${path}/packer/index.json`);
    await expect(promise).rejects.toThrow(
      `Check the releases-url input ('${base}${path}'): it must serve HashiCorp's releases layout`,
    );
  });
});

describe('releaseOf', () => {
  const index = (versions: Record<string, unknown>) =>
    ({ name: 'packer', versions }) as unknown as ReleaseIndex;

  it('returns a release with builds', () => {
    expect(releaseOf(INDEX, '1.11.2', RELEASES_URL)).toEqual(release('1.11.2'));
  });

  it.each<[string, unknown, string]>([
    ['null', null, 'null'],
    ['a string', 'soon', 'string "soon"'],
    ['a list', [], 'a list'],
    ['an object without builds', { version: '1.2.3' }, 'an object without a "builds" list'],
    ['builds without os', { builds: [{ arch: 'amd64' }] }, 'an object without a "builds" list'],
  ])('explains an entry that is %s', (_, entry, described) => {
    expect(() => releaseOf(index({ '1.2.3': entry }), '1.2.3', RELEASES_URL)).toThrow(
      `${RELEASES_URL}/packer/index.json lists Packer 1.2.3 as ${described}`,
    );
  });

  it('says when the version is not listed (an inherited name is not a version)', () => {
    expect(() => releaseOf(INDEX, 'constructor', RELEASES_URL)).toThrow(
      `Packer constructor is not listed in ${RELEASES_URL}/packer/index.json.`,
    );
  });
});

describe('releasesSite', () => {
  it.each([
    ['https://releases.hashicorp.com', 'https://releases.hashicorp.com', undefined],
    [
      'https://ci:p%40ss%3Aword@mirror.example/hc/',
      'https://mirror.example/hc',
      { username: 'ci', password: 'p@ss:word' },
    ],
    ['https://token@mirror.example', 'https://mirror.example', { username: 'token', password: '' }],
    ['https://u:%zz@mirror.example', 'https://mirror.example', { username: 'u', password: '%zz' }],
  ])('splits %s', (given, url, credentials) => {
    expect(releasesSite(new URL(given))).toEqual({ url, credentials });
  });
});
