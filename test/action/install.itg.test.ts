// Installing Packer through the built action: what it downloads, what the tool cache spares, and that
// nothing unverified is ever cached.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashicorpTarget } from '../../src/install/platform.js';
import { type ActionRun, type RunnerDirectories, runAction } from '../support/action.js';
import {
  generateSigningKey,
  type ReleasesMirror,
  type SigningKey,
  startReleasesMirror,
} from '../support/releases-mirror.js';
import {
  mirrorInputs,
  PACKER_BINARY,
  PACKER_VERSION,
  Runners,
  VALID_JSON_TEMPLATE,
  writeStandInPacker,
  writeWorkspace,
} from './support.js';

const host = hashicorpTarget(process.platform, process.arch);
const RELEASE = `/releases/packer/${PACKER_VERSION}`;
const INDEX = '/releases/packer/index.json';
const SUMS = `${RELEASE}/packer_${PACKER_VERSION}_SHA256SUMS`;
const SIGNATURE = `${SUMS}.sig`;
const ZIP = `${RELEASE}/packer_${PACKER_VERSION}_${host.os}_${host.arch}.zip`;
// HashiCorp's release signing key, which the action embeds.
const HASHICORP_FINGERPRINT = 'C874011F0AB405110D02105534365D9472D7468F';
const FULL_DOWNLOAD = [INDEX, SUMS, SIGNATURE, ZIP];

/**
 * The index is read first (the version is resolved before anything is downloaded); the release
 * files may then be fetched in any order, so they are put in FULL_DOWNLOAD's.
 */
function inDownloadOrder(requests: string[]): string[] {
  const [first, ...files] = requests;
  const order = (path: string) => FULL_DOWNLOAD.indexOf(path);
  return [...(first === undefined ? [] : [first]), ...files.sort((a, b) => order(a) - order(b))];
}

const runners = new Runners();
let realMirror: ReleasesMirror;
let otherKey: SigningKey;
let standInDir: string;

beforeAll(async () => {
  [realMirror, otherKey] = await Promise.all([
    startReleasesMirror({ releases: [{ version: PACKER_VERSION, binaryPath: PACKER_BINARY }] }),
    generateSigningKey('Not The Releases Key'),
  ]);
  standInDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stand-in-packer-'));
});

beforeEach(() => {
  realMirror.requests.length = 0;
});

afterAll(async () => {
  await realMirror.close();
  runners.removeAll();
  fs.rmSync(standInDir, { recursive: true, force: true });
});

/** Validates a JSON template with Packer from `mirror`; `inputs` override the mirror's. */
function validateWith(
  runner: RunnerDirectories,
  mirror: ReleasesMirror,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  writeWorkspace(runner, { 'image.json': VALID_JSON_TEMPLATE });
  return runAction({
    runner,
    inputs: { ...mirrorInputs(mirror), command: 'validate', template: 'image.json', ...inputs },
  });
}

/** Every file under `directory`, relative to it. */
function filesUnder(directory: string): string[] {
  return fs.readdirSync(directory, { recursive: true, encoding: 'utf8' });
}

describe('the tool cache', () => {
  let toolCache: string;
  let first: ActionRun;
  let firstRequests: string[];

  beforeAll(async () => {
    const runner = runners.make();
    toolCache = runner.toolCache;
    first = await validateWith(runner, realMirror);
    firstRequests = [...realMirror.requests];
  });

  it('is filled by a first run that downloads the index, SHA256SUMS, its signature and the zip', () => {
    expect(first.errors).toEqual([]);
    expect(first.exitCode).toBe(0);
    expect(inDownloadOrder(firstRequests)).toEqual(FULL_DOWNLOAD);
    expect(first.outputs['packer-version']).toBe(PACKER_VERSION);
    expect(first.summary).toMatch(
      /\*\*Packer:\*\* 1\.6\.6 \(downloaded and verified in [\d.]+ m?s\)/,
    );
    expect(filesUnder(toolCache)).toContain(
      path.join('packer', PACKER_VERSION, host.arch, 'packer'),
    );
  });

  it.each<[string, string, string[]]>([
    ['an exact version needs no request at all', PACKER_VERSION, []],
    ['latest still asks the index which version is newest', 'latest', [INDEX]],
    ['a range still asks the index', '1.x', [INDEX]],
  ])('spares the download on later runs: %s', async (_, packerVersion, requests) => {
    const run = await validateWith(runners.make(toolCache), realMirror, {
      'packer-version': packerVersion,
    });

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['packer-version']).toBe(PACKER_VERSION);
    expect(run.stdout).toContain('is in the tool cache: nothing to download');
    expect(run.summary).toMatch(/\*\*Packer:\*\* 1\.6\.6 \(from the tool cache in \d+ ms\)/);
    expect(realMirror.requests).toEqual(requests);
  });
});

describe('verification failures install nothing', () => {
  const standInMirrors: ReleasesMirror[] = [];
  afterAll(async () => {
    await Promise.all(standInMirrors.map((mirror) => mirror.close()));
  });

  async function standInMirror(tamper: 'zip' | 'sums'): Promise<ReleasesMirror> {
    const binaryPath = writeStandInPacker(standInDir);
    const mirror = await startReleasesMirror({
      releases: [{ version: PACKER_VERSION, binaryPath }],
      tamper,
    });
    standInMirrors.push(mirror);
    return mirror;
  }

  it.each<[string, () => Promise<[ReleasesMirror, string]>, RegExp]>([
    [
      'a zip that does not match SHA256SUMS',
      async () => {
        const mirror = await standInMirror('zip');
        return [mirror, mirror.publicKey];
      },
      /^::error::The SHA256 of packer_1\.6\.6_\w+_\w+\.zip is [0-9a-f]{64}, but the signed packer_1\.6\.6_SHA256SUMS says [0-9a-f]{64}: the download is corrupt or tampered with\./,
    ],
    [
      'SHA256SUMS altered after it was signed',
      async () => {
        const mirror = await standInMirror('sums');
        return [mirror, mirror.publicKey];
      },
      /^::error::SHA256SUMS is not validly signed by key [0-9A-F]{40} \(signature by key ID [0-9A-F]{16}: .+\)\. The download is corrupt or tampered with/,
    ],
    [
      'a signature by another key than releases-public-key',
      async () => [realMirror, otherKey.publicKey],
      /^::error::SHA256SUMS is not validly signed by key [0-9A-F]{40} \(signature by key ID [0-9A-F]{16}: .+\)\./,
    ],
    [
      "a mirror's own key when releases-public-key is empty (HashiCorp's key)",
      async () => [realMirror, ''],
      new RegExp(
        `^::error::SHA256SUMS is not validly signed by key ${HASHICORP_FINGERPRINT} \\(signature by key ID [0-9A-F]{16}: .+\\)\\.`,
      ),
    ],
  ])('fails on %s', async (_, serve, error) => {
    const [mirror, publicKey] = await serve();
    const runner = runners.make();
    const run = await validateWith(runner, mirror, { 'releases-public-key': publicKey });

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(error)]);
    // The zip may be fetched while SHA256SUMS is verified, but it is never trusted.
    expect(inDownloadOrder(mirror.requests)).toEqual(FULL_DOWNLOAD);
    expect(filesUnder(runner.toolCache)).toEqual([]);
    // The downloads were made under RUNNER_TEMP and removed.
    expect(filesUnder(runner.temp)).toEqual([]);
    expect(run.outputs).not.toHaveProperty('packer-version');
    expect(run.summary).toContain('**Packer:** not installed');
  });
});
