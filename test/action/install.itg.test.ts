// Installing Packer through the built action: what it downloads, what the tool cache spares, that
// nothing unverified is ever cached, and what misbehaving mirrors, racing jobs and damaged cache
// entries do to a run.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashicorpTarget } from '../../src/install/platform.js';
import {
  ACTION_ENTRY,
  type ActionRun,
  bundleWithout,
  type RunnerDirectories,
  runAction,
} from '../support/action.js';
import {
  generateSigningKey,
  type MirrorOptions,
  type ReleasesMirror,
  type SigningKey,
  startReleasesMirror,
} from '../support/releases-mirror.js';
import { startUnacceptingListener } from '../support/unaccepting-listener.js';
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
/** An exact version's release files: no index is needed to name them. */
const FULL_DOWNLOAD = [SUMS, SIGNATURE, ZIP];
/** Short waits for the fault tests: each try gives up after half a second of silence. */
const SHORT_LIMITS = {
  PACKER_ACTION_CONNECT_TIMEOUT: '0.5',
  PACKER_ACTION_IDLE_TIMEOUT: '0.5',
  PACKER_ACTION_VERSION_TIMEOUT: '10',
};

/** The release files are fetched at once, in any order: they are put in FULL_DOWNLOAD's. */
function inDownloadOrder(requests: string[]): string[] {
  const order = (path: string) => FULL_DOWNLOAD.indexOf(path);
  return [...requests].sort((a, b) => order(a) - order(b));
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
  env: Record<string, string> = {},
  template = VALID_JSON_TEMPLATE,
): Promise<ActionRun> {
  writeWorkspace(runner, { 'image.json': template });
  return runAction({
    runner,
    inputs: { ...mirrorInputs(mirror), command: 'validate', template: 'image.json', ...inputs },
    env,
  });
}

/** Every file (not folder) under `directory`, relative to it. */
function filesUnder(directory: string): string[] {
  return fs
    .readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => !fs.statSync(path.join(directory, name)).isDirectory());
}

/** The tool cache's folder for Packer verified by `publicKey`: its fingerprint is in the name. */
async function toolFolder(publicKey: string): Promise<string> {
  const key = await openpgp.readKey({ armoredKey: publicKey });
  return `packer-${key.getFingerprint().toUpperCase()}`;
}

/** Where the entry's binary is, relative to the tool cache: the runner's arch names the folder. */
async function cachedBinary(publicKey: string): Promise<string> {
  return path.join(await toolFolder(publicKey), PACKER_VERSION, process.arch, 'packer');
}

/** A JSON template Packer 1.6.6 refuses: only a Packer that really runs fails it. */
const INVALID_JSON_TEMPLATE = JSON.stringify({
  builders: [{ type: 'null', communicator: 'none', bogus_key: 1 }],
});

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

  it('is filled by a first run that downloads SHA256SUMS, its signature and the zip, and no index for an exact version', async () => {
    expect(first.errors).toEqual([]);
    expect(first.exitCode).toBe(0);
    expect(inDownloadOrder(firstRequests)).toEqual(FULL_DOWNLOAD);
    expect(first.outputs['packer-version']).toBe(PACKER_VERSION);
    expect(first.summary).toMatch(
      /\*\*Packer:\*\* 1\.6\.6 \(downloaded and verified in [\d.]+ m?s\)/,
    );
    expect(filesUnder(toolCache)).toContain(await cachedBinary(realMirror.publicKey));
    // The whole zip was extracted as it arrived: nothing was left to extract from the file.
    expect(first.stdout).not.toContain('Extracting as it arrived stopped');
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

describe("the signature check's worker thread", () => {
  const workerFile = (dir: string) => path.join(dir, 'index.cjs');
  it.each<[string, (workerDir: string) => void, string, Record<string, string>?]>([
    // Without its bundle, dist/ fails rather than check in its own thread: dist/ uses the worker.
    ['missing', (dir) => fs.rmSync(dir, { recursive: true }), 'signature.js'],
    [
      'exiting without an answer',
      (dir) => fs.writeFileSync(workerFile(dir), 'process.exit(7);'),
      "The signature check's worker thread exited (code 7) without an answer.",
    ],
    [
      'throwing as it starts',
      (dir) => fs.writeFileSync(workerFile(dir), "throw new Error('openpgp failed to load');"),
      'openpgp failed to load',
    ],
    [
      // As a check stuck in openpgp would: stopped at the time limit, and the run ends.
      'never answering',
      (dir) => fs.writeFileSync(workerFile(dir), 'setInterval(() => {}, 1000);'),
      `The signature check of packer_${PACKER_VERSION}_SHA256SUMS was stopped: it had not finished ` +
        'within 1 s. On a slow runner, raise PACKER_ACTION_SIGNATURE_TIMEOUT (seconds).',
      { PACKER_ACTION_SIGNATURE_TIMEOUT: '1' },
    ],
  ])('%s fails a cold install, which installs nothing', async (_, breakWorker, message, env) => {
    const bundle = bundleWithout(ACTION_ENTRY, () => false);
    try {
      breakWorker(path.join(path.dirname(bundle.entry), 'signature-worker'));
      const runner = runners.make();
      writeWorkspace(runner, { 'image.json': VALID_JSON_TEMPLATE });
      const run = await runAction({
        runner,
        entry: bundle.entry,
        inputs: { ...mirrorInputs(realMirror), command: 'validate', template: 'image.json' },
        ...(env === undefined ? {} : { env }),
      });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([expect.stringContaining(message)]);
      expect(filesUnder(runner.toolCache)).toEqual([]);
    } finally {
      bundle.dispose();
    }
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

describe('racing jobs', () => {
  it('four cold runs into one empty tool cache all succeed with one entry', async () => {
    const toolCache = runners.make().toolCache;
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => validateWith(runners.make(toolCache), realMirror)),
    );

    for (const run of runs) {
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(run.outputs['packer-version']).toBe(PACKER_VERSION);
      expect(run.stdout).toContain('is not in the tool cache: downloading it');
    }
    const folder = await toolFolder(realMirror.publicKey);
    // One entry, its marker, and no staging folder left behind.
    expect(fs.readdirSync(path.join(toolCache, folder))).toEqual([PACKER_VERSION]);
    expect(fs.readdirSync(path.join(toolCache, folder, PACKER_VERSION)).sort()).toEqual(
      [process.arch, `${process.arch}.complete`].sort(),
    );
    const raced = runs.filter((run) => run.stdout.includes('Another job installed'));
    const placed = runs.filter((run) => run.stdout.includes('Cached Packer 1.6.6 in'));
    expect(raced.length + placed.length).toBe(4);
    expect(placed.length).toBeGreaterThanOrEqual(1);
  });
});

describe('a damaged tool cache entry', () => {
  let toolCache: string;
  beforeAll(async () => {
    toolCache = runners.make().toolCache;
    const warm = await validateWith(runners.make(toolCache), realMirror);
    if (warm.exitCode !== 0) throw new Error(`Warming the cache failed:\n${warm.stdout}`);
  });

  it.each([
    ['emptied', 0],
    ['truncated', 4096],
  ])('is installed again when %s, and Packer really runs', async (_, size) => {
    const binary = path.join(toolCache, await cachedBinary(realMirror.publicKey));
    fs.truncateSync(binary, size);

    const run = await validateWith(
      runners.make(toolCache),
      realMirror,
      {},
      {},
      INVALID_JSON_TEMPLATE,
    );

    expect(run.stdout).toMatch(
      new RegExp(
        `^::warning::The tool cache entry .+ cannot be trusted: its packer is ${size} bytes, but \\d+ were installed\\. Installing Packer 1\\.6\\.6 \\(linux/x64\\) again\\.$`,
        'm',
      ),
    );
    // Packer ran and refused the template: no green run without Packer.
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(/unknown configuration key: '"bogus_key"'/),
      '::error::packer validate found 1 error in image.json',
    ]);
    expect(inDownloadOrder(realMirror.requests)).toEqual(FULL_DOWNLOAD);
    expect(fs.statSync(binary).size).toBeGreaterThan(100_000_000);
  });

  it("verified with the mirror's key is not used by a run that trusts HashiCorp's key", async () => {
    const run = await validateWith(runners.make(toolCache), realMirror, {
      'releases-public-key': '',
    });

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^::error::SHA256SUMS is not validly signed by key ${HASHICORP_FINGERPRINT} `),
      ),
    ]);
    // It downloaded (its own entry does not exist) rather than take the mirror-key entry.
    expect(inDownloadOrder(realMirror.requests)).toEqual(FULL_DOWNLOAD);
    expect(fs.readdirSync(toolCache)).toEqual([await toolFolder(realMirror.publicKey)]);
  });
});

describe('a misbehaving mirror', () => {
  const mirrors: ReleasesMirror[] = [];
  afterAll(async () => {
    await Promise.all(mirrors.map((mirror) => mirror.close()));
  });

  async function standIn(options: Partial<MirrorOptions>): Promise<ReleasesMirror> {
    const mirror = await startReleasesMirror({
      releases: [{ version: PACKER_VERSION, binaryPath: writeStandInPacker(standInDir) }],
      ...options,
    });
    mirrors.push(mirror);
    return mirror;
  }

  it.each<[string, MirrorOptions['fault'], string]>([
    ['an HTTP 500 on the index, once', (p, n) => (p === INDEX && n === 1 ? 500 : undefined), INDEX],
    ['a zip cut short, once', (p, n) => (p === ZIP && n === 1 ? 'truncate' : undefined), ZIP],
    [
      'a zip that stalls, once',
      (p, n) => (p === ZIP && n === 1 ? 'stall-mid-body' : undefined),
      ZIP,
    ],
  ])('is retried: %s', async (_, fault, retried) => {
    const mirror = await standIn({ fault });
    const run = await validateWith(
      runners.make(),
      mirror,
      { 'packer-version': 'latest' },
      SHORT_LIMITS,
    );

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(mirror.requests.filter((request) => request === retried)).toHaveLength(2);
    expect(run.stdout).toMatch(/: .+; trying again in \d\.\d s \(try 2 of 3\)/);
  });

  it('serves a zip written to a pipe (sizes after the data): it is extracted from the file', async () => {
    const mirror = await startReleasesMirror({
      releases: [
        { version: PACKER_VERSION, binaryPath: writeStandInPacker(standInDir), zippedToPipe: true },
      ],
    });
    mirrors.push(mirror);
    const runner = runners.make();
    const run = await validateWith(runner, mirror);

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      "::debug::Extracting as it arrived stopped: 'packer' cannot be written as it arrives: its sizes follow its data",
    );
    expect(filesUnder(runner.toolCache)).toContain(await cachedBinary(mirror.publicKey));
  });

  it.each<[string, MirrorOptions['fault'], string, string]>([
    [
      'never answers the signature',
      (p) => (p === SIGNATURE ? 'never-answer' : undefined),
      SIGNATURE,
      'no data for 0.5 s',
    ],
    [
      'stalls every zip download',
      (p) => (p === ZIP ? 'stall-mid-body' : undefined),
      ZIP,
      'no data for 0.5 s',
    ],
    [
      'cuts every index short',
      (p) => (p === INDEX ? 'truncate' : undefined),
      INDEX,
      'the connection closed after \\d+ of \\d+ bytes',
    ],
    [
      'answers 503 to every index request',
      (p) => (p === INDEX ? 503 : undefined),
      INDEX,
      'HTTP 503 Service Unavailable',
    ],
  ])(
    'fails the run, naming the URL, and the process exits: %s',
    async (_, fault, failing, reason) => {
      const mirror = await standIn({ fault });
      const runner = runners.make();
      const started = performance.now();
      const run = await validateWith(runner, mirror, { 'packer-version': 'latest' }, SHORT_LIMITS);
      const seconds = (performance.now() - started) / 1000;

      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([
        expect.stringMatching(
          new RegExp(
            `^::error::Could not download ${mirror.url.replace('/releases', '')}${failing}: ${reason} \\(3 tries\\)\\. Check the releases-url input`,
          ),
        ),
      ]);
      expect(mirror.requests.filter((request) => request === failing)).toHaveLength(3);
      // Three tries of at most 0.5 s of silence, waits of at most 1 s and 2 s, and the start-up
      // (slow on a loaded machine): far from a hang, which the test's own timeout would meet.
      expect(seconds).toBeLessThan(12);
      expect(filesUnder(runner.toolCache)).toEqual([]);
      expect(filesUnder(runner.temp)).toEqual([]);
    },
  );

  it('that is dead (no connection at all) fails the run within the bound', async () => {
    const dead = await startUnacceptingListener();
    try {
      const runner = runners.make();
      writeWorkspace(runner, { 'image.json': VALID_JSON_TEMPLATE });
      const started = performance.now();
      const run = await runAction({
        runner,
        inputs: { command: 'validate', template: 'image.json', 'releases-url': dead.url },
        env: SHORT_LIMITS,
      });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([
        `::error::Could not download ${dead.url}/packer/index.json: no connection within 0.5 s (3 tries). ` +
          `Check the releases-url input ('${dead.url}') and that the runner can reach it. On a slow ` +
          'network, raise PACKER_ACTION_IDLE_TIMEOUT or PACKER_ACTION_DOWNLOAD_TIMEOUT (seconds).',
      ]);
      expect((performance.now() - started) / 1000).toBeLessThan(12);
    } finally {
      await dead.close();
    }
  });
});

describe('credentials in releases-url', () => {
  const credentials = { username: 'mirror-bot', password: 'Sup3r-Secret-Pass' };
  let mirror: ReleasesMirror;
  beforeAll(async () => {
    mirror = await startReleasesMirror({
      releases: [{ version: PACKER_VERSION, binaryPath: writeStandInPacker(standInDir) }],
      credentials,
    });
  });
  afterAll(() => mirror.close());

  const withCredentials = (base: string) =>
    base.replace('http://', `http://${credentials.username}:${credentials.password}@`);

  /** Everything a user could see of the run: the log (but the mask commands), files, outputs. */
  function visible(run: ActionRun): string {
    const log = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    return [log, run.stderr, run.summary, run.githubEnv, JSON.stringify(run.outputs)].join('\n');
  }

  it.each([
    ['a run that installs', (url: string) => withCredentials(url), PACKER_VERSION, 0],
    ['a version the index lacks', (url: string) => withCredentials(url), '9.9.9', 1],
    ['a path the mirror lacks', (url: string) => `${withCredentials(url)}/gone`, 'latest', 1],
    [
      'credentials the mirror refuses',
      (url: string) => url.replace('http://', 'http://mirror-bot:Wrong-Pass@'),
      'latest',
      1,
    ],
  ])('are used, masked and never shown: %s', async (_, releasesUrl, version, exitCode) => {
    const run = await validateWith(runners.make(), mirror, {
      'releases-url': releasesUrl(mirror.url),
      'packer-version': version,
    });

    expect(run.exitCode).toBe(exitCode);
    const shown = visible(run);
    expect(shown).not.toContain(credentials.password);
    expect(shown).not.toContain('Wrong-Pass');
    expect(shown).not.toContain('mirror-bot');
    expect(run.stdout).toMatch(/^::add-mask::(Sup3r-Secret-Pass|Wrong-Pass)$/m);
    if (exitCode === 1) expect(run.errors).toHaveLength(1);
  });
});
