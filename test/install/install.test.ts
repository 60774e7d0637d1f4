import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as core from '@actions/core';
import * as io from '@actions/io';
import * as tc from '@actions/tool-cache';
import * as openpgp from 'openpgp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { VersionSpec } from '../../src/inputs.js';
import { HASHICORP_RELEASE_KEY_FINGERPRINT } from '../../src/install/hashicorp-key.js';
import { installPacker, resolvePackerRelease } from '../../src/install/install.js';
import { DEFAULT_LIMITS, type InstallLimits } from '../../src/install/limits.js';
import { hashicorpTarget } from '../../src/install/platform.js';
import type { ReleasesSite } from '../../src/install/releases.js';
import { HASHICORP_TRUST, type TrustRoot, trustRootOf } from '../../src/install/trust.js';
import {
  generateSigningKey,
  type MirrorOptions,
  type ReleasesMirror,
  type SigningKey,
  startReleasesMirror,
} from '../support/releases-mirror.js';

vi.mock('@actions/core', () => ({ info: vi.fn(), debug: vi.fn(), warning: vi.fn() }));
// Clean-ups go through io.rmRF; one test makes it fail.
vi.mock('@actions/io', async (importOriginal) => {
  const original = await importOriginal<typeof import('@actions/io')>();
  return { ...original, rmRF: vi.fn(original.rmRF) };
});

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
  vi.mocked(core.warning).mockClear();
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

/** Test limits: short waits, so that faults fail fast. */
const LIMITS: InstallLimits = {
  ...DEFAULT_LIMITS,
  connectTimeoutMs: 500,
  idleTimeoutMs: 500,
  versionTimeoutMs: 2000,
};

const site = (url: string): ReleasesSite => ({ url, credentials: undefined });

async function install(
  spec: VersionSpec,
  url: string,
  publicKey: string | undefined,
  options: { releases?: ReleasesSite; platform?: string; arch?: string } = {},
) {
  const source = {
    releases: site(url),
    trust: trustOf(publicKey),
    limits: LIMITS,
    ...options,
  };
  const release = await resolvePackerRelease({ spec, ...source });
  return installPacker({ ...release, ...source, tempDir });
}

/** The trust root of the mirror's key; HashiCorp's when none is given. */
function trustOf(publicKey: string | undefined): TrustRoot {
  return publicKey === undefined ? HASHICORP_TRUST : trustRootOf(publicKey);
}

async function fingerprintOf(armoredKey: string): Promise<string> {
  return (await openpgp.readKey({ armoredKey })).getFingerprint().toUpperCase();
}

/** The entry's binary: the tool name holds the key's fingerprint, the folder the runner's arch. */
async function cachedBinary(
  publicKey: string,
  version: string,
  file = 'packer',
  arch = process.arch,
) {
  return join(toolCache, `packer-${await fingerprintOf(publicKey)}`, version, arch, file);
}

/** Every file (not folder) in the tool cache. */
async function cachedFiles(): Promise<string[]> {
  const entries = await readdir(toolCache, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name);
}

const infoLines = () => vi.mocked(core.info).mock.calls.map(([line]) => line);

describe('installPacker', () => {
  it('downloads, verifies and caches on a miss; downloads nothing on a hit', async () => {
    const { url, publicKey, requests } = await startMirror();

    const cold = await install({ kind: 'latest' }, url, publicKey);
    const binary = await cachedBinary(publicKey, '1.6.6');
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

  it('extracts the zip as it arrives, and from the file when its sizes follow the data', async () => {
    const { url, publicKey } = await startMirror();
    vi.mocked(core.debug).mockClear();
    await install({ kind: 'exact', version: '1.6.6' }, url, publicKey);
    const debugLines = () => vi.mocked(core.debug).mock.calls.map(([line]) => line);
    expect(debugLines()).not.toContainEqual(expect.stringMatching(/^Extracting as it arrived/));

    await rm(toolCache, { recursive: true, force: true });
    await mirror?.close();
    const piped = await startMirror({
      releases: [{ version: '1.6.6', binaryPath: packer166, zippedToPipe: true }],
    });
    const installed = await install(
      { kind: 'exact', version: '1.6.6' },
      piped.url,
      piped.publicKey,
    );
    expect(debugLines()).toContain(
      "Extracting as it arrived stopped: 'packer' cannot be written as it arrives: its sizes follow its data",
    );
    const { stdout } = await promisify(execFile)(installed.binary, ['version']);
    expect(stdout).toBe('Packer v1.6.6\n');
    expect(await readFile(installed.binary)).toEqual(await readFile(packer166));
  });

  it('installs a prerelease asked for exactly, cached under its own version', async () => {
    const { url, publicKey, requests } = await startMirror();
    const installed = await install({ kind: 'exact', version: '1.7.0-beta1' }, url, publicKey);
    expect(installed).toEqual({
      version: '1.7.0-beta1',
      binary: await cachedBinary(publicKey, '1.7.0-beta1'),
      cacheHit: false,
    });
    // An exact version needs no index.
    expect([...requests].sort()).toEqual(downloadsOf('1.7.0-beta1').sort());
    expect(tc.find(`packer-${await fingerprintOf(publicKey)}`, '1.6.6')).toBe('');
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
    expect(await cachedFiles()).toEqual([]);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('refuses a release whose SHA256SUMS has no entry for the zip, even when the zip downloads', async () => {
    const { url, publicKey, requests } = await startMirror();
    const { version, index } = await resolvePackerRelease({
      spec: { kind: 'range', range: '=1.5.0' },
      releases: site(url),
      trust: HASHICORP_TRUST,
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
      installPacker({
        version,
        index: claimed,
        releases: site(url),
        trust: trustOf(publicKey),
        tempDir,
      }),
    ).rejects.toThrow(`packer_1.5.0_SHA256SUMS has no entry for ${zipName('1.5.0')}`);
    // The zip is asked for alongside SHA256SUMS (the mirror has none here), but never trusted.
    expect(requests).toContain(`/releases/packer/1.5.0/${zipName('1.5.0')}`);
    expect(await cachedFiles()).toEqual([]);
  });

  it('refuses, before downloading, a release not shipped for the runner (a range)', async () => {
    const { url, requests } = await startMirror();
    await expect(
      resolvePackerRelease({
        spec: { kind: 'range', range: '1.5.x' },
        releases: site(url),
        trust: HASHICORP_TRUST,
      }),
    ).rejects.toThrow(
      `HashiCorp does not ship Packer 1.5.0 for ${host.os}/${host.arch} (it ships: darwin/arm64)`,
    );
    expect(requests).toEqual(['/releases/packer/index.json']);
  });

  it('refuses an exact version not shipped for the runner once SHA256SUMS lacks its zip, asking the index what is', async () => {
    const { url, publicKey, requests } = await startMirror();
    await expect(install({ kind: 'exact', version: '1.5.0' }, url, publicKey)).rejects.toThrow(
      `HashiCorp does not ship Packer 1.5.0 for ${host.os}/${host.arch} (it ships: darwin/arm64)`,
    );
    expect([...requests].sort()).toEqual(
      ['/releases/packer/index.json', ...downloadsOf('1.5.0')].sort(),
    );
    expect(await cachedFiles()).toEqual([]);
    expect(await readdir(toolCache)).toEqual([]);
  });

  it('installs an exact version from a site without index.json, and names a missing one by its files', async () => {
    const { url, publicKey } = await startMirror({
      fault: (path) => (path.endsWith('/index.json') ? 404 : undefined),
    });
    const installed = await install({ kind: 'exact', version: '1.6.6' }, url, publicKey);
    expect(installed.cacheHit).toBe(false);
    await expect(install({ kind: 'exact', version: '1.99.0' }, url, publicKey)).rejects.toThrow(
      new RegExp(
        `^Could not download ${url}/packer/1\\.99\\.0/packer_1\\.99\\.0_SHA256SUMS(\\.sig)?: HTTP 404 Not Found\\.`,
      ),
    );
  });

  it('reports an exact version the releases site does not have as an input error, from the index', async () => {
    const { url, publicKey, requests } = await startMirror();
    const attempt = install({ kind: 'exact', version: '1.99.0' }, url, publicKey);
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(
      `Input 'packer-version' is '1.99.0': no such version in ${url}/packer/index.json; newest is 1.6.6`,
    );
    // SHA256SUMS and its signature were not there (404, not retried); only then was the index read.
    expect(requests.filter((path) => path.endsWith('index.json'))).toHaveLength(1);
    expect(requests.at(-1)).toBe('/releases/packer/index.json');
    expect(await readdir(toolCache)).toEqual([]);
  });

  it('reports a version the index does not list as an input error', async () => {
    const { url } = await startMirror();
    const attempt = resolvePackerRelease({
      spec: { kind: 'range', range: '~1.8' },
      releases: site(url),
      trust: HASHICORP_TRUST,
    });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(
      `Input 'packer-version' is '~1.8': no such version in ${url}/packer/index.json; newest is 1.6.6`,
    );
  });

  it('names releases-url when a release file is missing', async () => {
    const { url, publicKey } = await startMirror();
    const { index } = await resolvePackerRelease({
      spec: { kind: 'latest' },
      releases: site(url),
      trust: HASHICORP_TRUST,
    });
    await expect(
      installPacker({
        version: '1.6.6',
        index,
        releases: site(`${url}/gone`),
        trust: trustOf(publicKey),
        tempDir,
      }),
    ).rejects.toThrow(
      new RegExp(
        `^Could not download ${url}/gone/packer/1\\.6\\.6/packer_1\\.6\\.6_SHA256SUMS(\\.sig)?: HTTP 404 Not Found\\. ` +
          `Check the releases-url input \\('${url}/gone'\\) and that the runner can reach it\\.$`,
      ),
    );
    expect(await cachedFiles()).toEqual([]);
  });
});

describe('a cached binary', () => {
  it.each<[string, (binary: string) => Promise<void>, RegExp]>([
    ['emptied', (binary) => truncate(binary, 0), /its packer is 0 bytes, but \d+ were installed/],
    [
      'truncated',
      (binary) => truncate(binary, 20),
      /its packer is 20 bytes, but \d+ were installed/,
    ],
  ])('is installed again when %s, with a warning', async (_, damage, problem) => {
    const { url, publicKey, requests } = await startMirror();
    const first = await install({ kind: 'exact', version: '1.6.6' }, url, publicKey);
    await damage(first.binary);
    requests.length = 0;

    const again = await install({ kind: 'exact', version: '1.6.6' }, url, publicKey);

    expect(again).toEqual({ ...first, cacheHit: false });
    expect(vi.mocked(core.warning).mock.calls).toEqual([
      [
        expect.stringMatching(
          new RegExp(
            `^The tool cache entry .+ cannot be trusted: ${problem.source}\\. Installing Packer 1\\.6\\.6 \\(\\w+/\\w+\\) again\\.$`,
          ),
        ),
      ],
    ]);
    expect([...requests].sort()).toEqual(downloadsOf('1.6.6').sort());
    const { stdout } = await promisify(execFile)(again.binary, ['version']);
    expect(stdout).toBe('Packer v1.6.6\n');
  });

  it("verified with a mirror's key is never used by a run that trusts HashiCorp's key", async () => {
    const { url, publicKey, requests } = await startMirror();
    const mirrorKeyed = await install({ kind: 'exact', version: '1.6.6' }, url, publicKey);
    requests.length = 0;

    await expect(install({ kind: 'exact', version: '1.6.6' }, url, undefined)).rejects.toThrow(
      `SHA256SUMS is not validly signed by key ${HASHICORP_RELEASE_KEY_FINGERPRINT}`,
    );
    // It looked for its own entry, found none, and downloaded: the mirror's signature then failed.
    expect([...requests].sort()).toEqual(downloadsOf('1.6.6').sort());
    expect(await readdir(toolCache)).toEqual([`packer-${await fingerprintOf(publicKey)}`]);
    expect(await readFile(mirrorKeyed.binary, 'utf8')).toContain('Packer v1.6.6');
  });
});

describe('concurrent installs', () => {
  it('into one empty tool cache all succeed, with one entry and nothing half-written', async () => {
    const { url, publicKey } = await startMirror();
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => install({ kind: 'exact', version: '1.6.6' }, url, publicKey)),
    );
    const binary = await cachedBinary(publicKey, '1.6.6');
    expect(runs).toEqual(Array(4).fill({ version: '1.6.6', binary, cacheHit: false }));
    // All four missed the cache and installed; the first rename won, the others used its entry.
    const raced = infoLines().filter((line) => line.startsWith('Another job installed'));
    expect(raced).toHaveLength(3);
    const fingerprint = await fingerprintOf(publicKey);
    expect((await readdir(join(toolCache, `packer-${fingerprint}`))).sort()).toEqual(['1.6.6']);
    expect(await readdir(tempDir)).toEqual([]);
    const { stdout } = await promisify(execFile)(binary, ['version']);
    expect(stdout).toBe('Packer v1.6.6\n');
  });
});

describe('the HashiCorp build', () => {
  it('on a Windows arm64 runner is the amd64 one, said in the log, cached under arm64', async () => {
    const { url, publicKey, requests } = await startMirror({
      releases: [
        { version: '1.6.6', binaryPath: packer166, targets: [{ os: 'windows', arch: 'amd64' }] },
      ],
    });
    const installed = await install({ kind: 'exact', version: '1.6.6' }, url, publicKey, {
      platform: 'win32',
      arch: 'arm64',
    });
    expect(installed.binary).toBe(await cachedBinary(publicKey, '1.6.6', 'packer.exe', 'arm64'));
    expect(infoLines()).toContain(
      'HashiCorp ships no windows/arm64 build of Packer 1.6.6: installing the windows/amd64 build, ' +
        'as Windows on Arm runs it under x64 emulation',
    );
    const record = JSON.parse(
      await readFile(join(installed.binary, '..', '.packer-image-action.json'), 'utf8'),
    );
    expect(record).toMatchObject({ build: 'windows/amd64', file: 'packer.exe' });
    // The runner's own zip first (SHA256SUMS lists none), then the index, then the amd64 zip,
    // checked against the SHA256SUMS verified the first time.
    expect(requests.filter((path) => path.endsWith('.zip'))).toEqual([
      '/releases/packer/1.6.6/packer_1.6.6_windows_arm64.zip',
      '/releases/packer/1.6.6/packer_1.6.6_windows_amd64.zip',
    ]);
    expect(requests).toContain('/releases/packer/index.json');
    expect(requests.filter((path) => /_SHA256SUMS(\.sig)?$/.test(path)).sort()).toEqual([
      '/releases/packer/1.6.6/packer_1.6.6_SHA256SUMS',
      '/releases/packer/1.6.6/packer_1.6.6_SHA256SUMS.sig',
    ]);
  });
});

describe('clear errors', () => {
  it('for a null entry in index.json', async () => {
    const { url, publicKey } = await startMirror({
      editIndex: (index) => ({ ...index, versions: { ...index.versions, '1.6.6': null } }),
    });
    await expect(install({ kind: 'latest' }, url, publicKey)).rejects.toThrow(
      `${url}/packer/index.json lists Packer 1.6.6 as null, not as a release with a list of builds`,
    );
  });

  it('for a zip without packer', async () => {
    const { url, publicKey } = await startMirror({
      releases: [{ version: '1.6.6', binaryPath: packer166, entryName: 'packer-1.6.6' }],
    });
    await expect(install({ kind: 'latest' }, url, publicKey)).rejects.toThrow(
      `${zipName('1.6.6')} holds no 'packer' (it holds: packer-1.6.6): check that releases-url ('${url}') serves HashiCorp's releases.`,
    );
    expect(await cachedFiles()).toEqual([]);
  });

  it('for a binary whose `packer version` hangs, killed at the time limit', async () => {
    const hanging = join(fixtures, 'packer-hanging');
    await writeFile(hanging, '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 });
    const { url, publicKey } = await startMirror({
      releases: [{ version: '1.6.6', binaryPath: hanging }],
    });
    await expect(install({ kind: 'latest' }, url, publicKey)).rejects.toThrow(
      /'.*\/packer version' did not finish within 2 s and was killed: .* raise PACKER_ACTION_VERSION_TIMEOUT/,
    );
    expect(await cachedFiles()).toEqual([]);
  });

  it('for a release file the mirror never answers, stopping the other downloads', async () => {
    const { url, publicKey, requests } = await startMirror({
      fault: (path) => (path.endsWith('.sig') ? 'never-answer' : undefined),
    });
    const started = performance.now();
    await expect(install({ kind: 'exact', version: '1.6.6' }, url, publicKey)).rejects.toThrow(
      `Could not download ${url}/packer/1.6.6/packer_1.6.6_SHA256SUMS.sig: no data for 0.5 s (3 tries).`,
    );
    // Three tries of 0.5 s and two waits of at most 1 s and 2 s, with room for a loaded machine.
    expect(performance.now() - started).toBeLessThan(8000);
    expect(requests.filter((path) => path.endsWith('.sig'))).toHaveLength(3);
    expect(await readdir(tempDir)).toEqual([]);
    expect(await cachedFiles()).toEqual([]);
  });

  it('keeps the error that stopped the install when a clean-up fails too (a warning)', async () => {
    const { url, publicKey } = await startMirror({ tamper: 'zip' });
    vi.mocked(io.rmRF).mockRejectedValueOnce(new Error('EBUSY: resource busy or locked'));
    await expect(install({ kind: 'exact', version: '1.6.6' }, url, publicKey)).rejects.toThrow(
      /^The SHA256 of packer_1\.6\.6_\w+\.zip is/,
    );
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Could not remove the staging folder .*\.install-1\.6\.6-\w+-\w+ \(EBUSY: resource busy or locked\)\./,
      ),
    );
  });
});

describe('releases-url credentials', () => {
  it('are sent to the mirror with every request', async () => {
    const credentials = { username: 'ci', password: 'p@ss' };
    const { url, publicKey, authorizations } = await startMirror({ credentials });
    const releases = { url, credentials };
    const installed = await install({ kind: 'latest' }, url, publicKey, { releases });
    expect(installed.cacheHit).toBe(false);
    const basic = `Basic ${Buffer.from('ci:p@ss').toString('base64')}`;
    expect(authorizations).toEqual(Array(4).fill(basic));
  });
});
