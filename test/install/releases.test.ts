import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { VersionSpec } from '../../src/inputs.js';
import {
  fetchReleaseIndex,
  type Release,
  type ReleaseIndex,
  releaseFileUrl,
  releaseIndexUrl,
  resolveVersion,
  sumsFileNames,
  zipFileName,
} from '../../src/install/releases.js';

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
    await expect(fetchReleaseIndex(`${base}/good`)).resolves.toEqual(INDEX);
  });

  it.each([
    ['/missing', /failed: HTTP 404 Not Found/],
    ['/broken', /failed: HTTP 500 Internal Server Error/],
    ['/html', /is not valid JSON/],
    ['/other', /is not a release index/],
    ['/null', /is not a release index/],
  ])('fails clearly, naming releases-url, for %s', async (path, message) => {
    const promise = fetchReleaseIndex(`${base}${path}`);
    await expect(promise).rejects.toThrow(message);
    await expect(promise).rejects.toThrow(`${base}${path}/packer/index.json`);
    await expect(promise).rejects.toThrow(`Check the releases-url input ('${base}${path}')`);
  });

  it('fails clearly, naming releases-url and the reason, when nothing listens', async () => {
    const closed = createServer().listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    closed.close();
    await once(closed, 'close');
    await expect(fetchReleaseIndex(url)).rejects.toThrow(
      new RegExp(
        `Could not fetch ${url}/packer/index.json: .*ECONNREFUSED.*\\. Check the releases-url input`,
      ),
    );
  });
});
