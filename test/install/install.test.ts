import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { VersionSpec } from '../../src/inputs.js';
import { installPacker, resolvePackerRelease } from '../../src/install/install.js';
import { hashicorpTarget } from '../../src/install/platform.js';
import {
  generateSigningKey,
  type MirrorOptions,
  type ReleasesMirror,
  type SigningKey,
  startReleasesMirror,
} from '../support/releases-mirror.js';

vi.mock('@actions/core', () => ({ info: vi.fn(), debug: vi.fn() }));

const host = hashicorpTarget(process.platform, process.arch);
const zipName = (version: string) => `packer_${version}_${host.os}_${host.arch}.zip`;

let fixtures: string;
let packer166: string;
let packerBeta: string;
let liar: string;
let signingKey: SigningKey;
let otherKey: SigningKey;

beforeAll(async () => {
  fixtures = await mkdtemp(join(tmpdir(), 'install-fixtures-'));
  packer166 = await fakePacker('packer-1.6.6', 'Packer v1.6.6');
  packerBeta = await fakePacker('packer-1.7.0-beta1', 'Packer v1.7.0-beta1');
  liar = await fakePacker('packer-liar', 'Packer v1.6.6');
  [signingKey, otherKey] = await Promise.all([generateSigningKey(), generateSigningKey('Other')]);
});
afterAll(() => rm(fixtures, { recursive: true, force: true }));

/** A shell script that answers `version` as Packer does. */
async function fakePacker(name: string, versionLine: string): Promise<string> {
  const path = join(fixtures, name);
  const script = `#!/bin/sh\nif [ "$1" = version ]; then echo '${versionLine}'; exit 0; fi\nexit 1\n`;
  await writeFile(path, script, { mode: 0o755 });
  return path;
}

let toolCache: string;
let tempDir: string;
let mirror: ReleasesMirror | undefined;

beforeEach(async () => {
  // @actions/tool-cache reads these on every call, so setting them per test is enough.
  toolCache = await mkdtemp(join(tmpdir(), 'tool-cache-'));
  tempDir = await mkdtemp(join(tmpdir(), 'runner-temp-'));
  process.env.RUNNER_TOOL_CACHE = toolCache;
  process.env.RUNNER_TEMP = tempDir;
  vi.mocked(core.info).mockClear();
});
afterEach(async () => {
  await mirror?.close();
  mirror = undefined;
  await Promise.all([toolCache, tempDir].map((dir) => rm(dir, { recursive: true, force: true })));
});

async function startMirror(options: Partial<MirrorOptions> = {}): Promise<ReleasesMirror> {
  mirror = await startReleasesMirror({
    releases: [
      { version: '1.6.6', binaryPath: packer166 },
      { version: '1.7.0-beta1', binaryPath: packerBeta },
      { version: '1.5.0', binaryPath: packer166, targets: [{ os: 'darwin', arch: 'arm64' }] },
    ],
    signingKey,
    ...options,
  });
  return mirror;
}

function downloadsOf(version: string): string[] {
  return [
    `/releases/packer/${version}/packer_${version}_SHA256SUMS`,
    `/releases/packer/${version}/packer_${version}_SHA256SUMS.sig`,
    `/releases/packer/${version}/${zipName(version)}`,
  ];
}

async function install(spec: VersionSpec, releasesUrl: string, publicKey: string) {
  const release = await resolvePackerRelease({ spec, releasesUrl });
  return installPacker({ ...release, releasesUrl, publicKey, tempDir });
}

const infoLines = () => vi.mocked(core.info).mock.calls.map(([line]) => line);

describe('installPacker', () => {
  it('downloads, verifies and caches on a miss; downloads nothing on a hit', async () => {
    const { url, publicKey, requests } = await startMirror();

    const cold = await install({ kind: 'latest' }, url, publicKey);
    const binary = join(toolCache, 'packer', '1.6.6', host.arch, 'packer');
    expect(cold).toEqual({ version: '1.6.6', binary, cacheHit: false });
    expect([...requests].sort()).toEqual(
      ['/releases/packer/index.json', ...downloadsOf('1.6.6')].sort(),
    );
    const { stdout } = await promisify(execFile)(binary, ['version']);
    expect(stdout).toBe('Packer v1.6.6\n');
    expect(await readdir(tempDir)).toEqual([]);
    expect(infoLines()).toContain('packer-version resolved to Packer 1.6.6');
    expect(infoLines()).toContainEqual(
      expect.stringMatching(
        /^Verified the signature of packer_1\.6\.6_SHA256SUMS: signed by key [0-9A-F]{40}$/,
      ),
    );

    requests.length = 0;
    const warm = await install({ kind: 'exact', version: '1.6.6' }, url, publicKey);
    expect(warm).toEqual({ version: '1.6.6', binary, cacheHit: true });
    expect(requests).toEqual([]);

    const warmLatest = await install({ kind: 'latest' }, url, publicKey);
    expect(warmLatest).toEqual({ version: '1.6.6', binary, cacheHit: true });
    expect(requests).toEqual(['/releases/packer/index.json']);
  });

  it('installs a prerelease asked for exactly, cached under its own version', async () => {
    const { url, publicKey, requests } = await startMirror();
    const installed = await install({ kind: 'exact', version: '1.7.0-beta1' }, url, publicKey);
    expect(installed).toEqual({
      version: '1.7.0-beta1',
      binary: join(toolCache, 'packer', '1.7.0-beta1', host.arch, 'packer'),
      cacheHit: false,
    });
    expect([...requests].sort()).toEqual(
      ['/releases/packer/index.json', ...downloadsOf('1.7.0-beta1')].sort(),
    );
    expect(tc.find('packer', '1.6.6', host.arch)).toBe('');
  });

  // Options and keys are functions: the fixtures they name exist only once beforeAll has run.
  it.each<[string, () => Partial<MirrorOptions>, (mirror: ReleasesMirror) => string, RegExp]>([
    [
      'a tampered zip',
      () => ({ tamper: 'zip' }),
      (m) => m.publicKey,
      /^The SHA256 of packer_1\.6\.6_\w+_\w+\.zip is [0-9a-f]{64}, but the signed packer_1\.6\.6_SHA256SUMS says [0-9a-f]{64}: the download is corrupt or tampered with/,
    ],
    [
      'tampered SHA256SUMS',
      () => ({ tamper: 'sums' }),
      (m) => m.publicKey,
      /^SHA256SUMS is not validly signed by key/,
    ],
    [
      'the wrong key',
      () => ({}),
      () => otherKey.publicKey,
      /^SHA256SUMS is not validly signed by key/,
    ],
    [
      'a binary that is not the version released',
      () => ({
        releases: [
          { version: '1.6.6', binaryPath: liar },
          { version: '1.7.0', binaryPath: liar },
        ],
      }),
      (m) => m.publicKey,
      /printed Packer v1\.6\.6, but Packer 1\.7\.0 was expected/,
    ],
  ])('caches nothing after %s', async (_, options, keyOf, message) => {
    const m = await startMirror(options());
    await expect(install({ kind: 'latest' }, m.url, keyOf(m))).rejects.toThrow(message);
    expect(await readdir(toolCache)).toEqual([]);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('refuses a release whose SHA256SUMS has no entry for the zip, even when the zip downloads', async () => {
    const { url, publicKey, requests } = await startMirror();
    const { version, index } = await resolvePackerRelease({
      spec: { kind: 'exact', version: '1.5.0' },
      releasesUrl: url,
      platform: 'darwin',
      arch: 'arm64',
    });
    // The index claims a build for this runner that the signed SHA256SUMS does not list.
    const claimed = structuredClone(index);
    claimed?.versions['1.5.0']?.builds.push({
      name: 'packer',
      version,
      os: host.os,
      arch: host.arch,
      filename: zipName(version),
      url: 'https://releases.hashicorp.com/unused',
    });
    await expect(
      installPacker({ version, index: claimed, releasesUrl: url, publicKey, tempDir }),
    ).rejects.toThrow(`packer_1.5.0_SHA256SUMS has no entry for ${zipName('1.5.0')}`);
    // The zip is fetched alongside SHA256SUMS (the mirror has none here), but never trusted.
    expect(requests).toContain(`/releases/packer/1.5.0/${zipName('1.5.0')}`);
    expect(await readdir(toolCache)).toEqual([]);
  });

  it('refuses, before downloading, a release not shipped for the runner', async () => {
    const { url, requests } = await startMirror();
    await expect(
      resolvePackerRelease({ spec: { kind: 'exact', version: '1.5.0' }, releasesUrl: url }),
    ).rejects.toThrow(
      `HashiCorp does not ship Packer 1.5.0 for ${host.os}/${host.arch} (it ships: darwin/arm64)`,
    );
    expect(requests).toEqual(['/releases/packer/index.json']);
  });

  it('reports a version the index does not list as an input error', async () => {
    const { url } = await startMirror();
    const attempt = resolvePackerRelease({
      spec: { kind: 'range', range: '~1.8' },
      releasesUrl: url,
    });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(
      `Input 'packer-version' is '~1.8': no such version in ${url}/packer/index.json; newest is 1.6.6`,
    );
  });

  it('names releases-url when a release file is missing', async () => {
    const { url, publicKey } = await startMirror();
    const { index } = await resolvePackerRelease({ spec: { kind: 'latest' }, releasesUrl: url });
    await expect(
      installPacker({ version: '1.6.6', index, releasesUrl: `${url}/gone`, publicKey, tempDir }),
    ).rejects.toThrow(
      `Could not download ${url}/gone/packer/1.6.6/packer_1.6.6_SHA256SUMS: Unexpected HTTP response: 404. Check the releases-url input ('${url}/gone')`,
    );
    expect(await readdir(toolCache)).toEqual([]);
  });

  it('rejects a damaged tool-cache entry, saying how to clear it', async () => {
    const emptyDir = join(tempDir, 'empty');
    await mkdir(emptyDir);
    const cachedDir = await tc.cacheDir(emptyDir, 'packer', '1.6.6', host.arch);
    await expect(
      installPacker({ version: '1.6.6', releasesUrl: 'http://127.0.0.1:9', tempDir }),
    ).rejects.toThrow(`delete ${cachedDir} from the tool cache and re-run`);
  });
});
