// A loopback stand-in for releases.hashicorp.com: index.json, release zips, SHA256SUMS and its
// detached signature by a key generated here. Records every request path so tests can assert what
// was (not) downloaded. File names and paths are spelt out here, as HashiCorp lays them out, rather
// than taken from src/, so that a wrong layout there fails the tests.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as openpgp from 'openpgp';
import { binaryName, hashicorpTarget, type Target } from '../../src/install/platform.js';
import type { Release, ReleaseIndex } from '../../src/install/releases.js';
import { closeServer, listenOnLoopback } from './loopback.js';

/** An armored OpenPGP key pair. */
export interface SigningKey {
  privateKey: string;
  publicKey: string;
}

/** A small, fast (curve25519) key pair. */
export async function generateSigningKey(name = 'Test Releases'): Promise<SigningKey> {
  const { privateKey, publicKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name, email: 'releases@example.test' }],
    format: 'armored',
  });
  return { privateKey, publicKey };
}

export interface MirrorRelease {
  version: string;
  /** Shipped as `packer` (`packer.exe` for windows) in every zip of this release. */
  binaryPath: string;
  /** The name it has in the zips instead, e.g. to ship a zip without `packer`. */
  entryName?: string;
  /** The builds to ship; defaults to this machine's platform. */
  targets?: Target[];
  /** Zip as `zip -` writes to a pipe: each entry's sizes follow its data, not its local header. */
  zippedToPipe?: boolean;
}

/** `zip`: every zip's bytes differ from SHA256SUMS. `sums`: SHA256SUMS is altered after signing. */
export type Tampering = 'zip' | 'sums';

/**
 * How the mirror misbehaves for one request: never answer it, send half the body and then stall or
 * close the connection, or answer with this HTTP status instead.
 */
export type Fault = 'never-answer' | 'stall-mid-body' | 'truncate' | number;

export interface MirrorOptions {
  releases: MirrorRelease[];
  /** Defaults to a key generated for this mirror. */
  signingKey?: SigningKey;
  tamper?: Tampering;
  /** Decides, per request (its path and how many times that path was asked for, from 1), a fault. */
  fault?: (path: string, count: number) => Fault | undefined;
  /** Required as HTTP Basic auth on every request (401 without). */
  credentials?: { username: string; password: string };
  /** Replaces the index: e.g. `null` for a version's entry. */
  editIndex?: (index: ReleaseIndex) => unknown;
}

export interface ReleasesMirror {
  /** Base URL, with a path prefix and no trailing slash: what `releases-url` takes. */
  url: string;
  /** The armored public key the SHA256SUMS files are signed with. */
  publicKey: string;
  /** Path of every request received, in order. */
  requests: string[];
  /** The Authorization header of every request received, in order. */
  authorizations: (string | undefined)[];
  close(): Promise<void>;
}

const BASE_PATH = '/releases';

export async function startReleasesMirror(options: MirrorOptions): Promise<ReleasesMirror> {
  const signingKey = options.signingKey ?? (await generateSigningKey());
  const files = new Map<string, Uint8Array>();
  const versions: Record<string, Release> = {};
  for (const release of options.releases) {
    const built = await buildRelease(release, signingKey, options.tamper);
    versions[release.version] = built.release;
    for (const [name, bytes] of built.files) {
      files.set(`${BASE_PATH}/packer/${release.version}/${name}`, bytes);
    }
  }
  const index: ReleaseIndex = { name: 'packer', versions };
  const served = options.editIndex?.(index) ?? index;
  files.set(`${BASE_PATH}/packer/index.json`, Buffer.from(JSON.stringify(served)));

  const requests: string[] = [];
  const authorizations: (string | undefined)[] = [];
  const counts = new Map<string, number>();
  const expectedAuthorization =
    options.credentials &&
    `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')}`;
  const server = createServer((request, response) => {
    const path = request.url ?? '';
    requests.push(path);
    authorizations.push(request.headers.authorization);
    const count = (counts.get(path) ?? 0) + 1;
    counts.set(path, count);
    if (expectedAuthorization && request.headers.authorization !== expectedAuthorization) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="mirror"' }).end();
      return;
    }
    const body = files.get(path);
    if (body === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    serve(response, body, options.fault?.(path, count));
  });
  const base = await listenOnLoopback(server);
  return {
    url: `${base}${BASE_PATH}`,
    publicKey: signingKey.publicKey,
    requests,
    authorizations,
    close: () => closeServer(server),
  };
}

function serve(response: ServerResponse, body: Uint8Array, fault: Fault | undefined): void {
  if (fault === undefined) {
    response.writeHead(200, { 'content-length': body.length }).end(body);
  } else if (typeof fault === 'number') {
    response.writeHead(fault).end(`fault ${fault}`);
  } else if (fault === 'stall-mid-body' || fault === 'truncate') {
    response.writeHead(200, { 'content-length': body.length });
    response.write(body.subarray(0, Math.floor(body.length / 2)), () => {
      if (fault === 'truncate') response.socket?.destroy();
    });
  }
  // 'never-answer': nothing, until the mirror closes.
}

const execFileAsync = promisify(execFile);

async function buildRelease(
  {
    version,
    binaryPath,
    entryName,
    targets = [hashicorpTarget(process.platform, process.arch)],
    zippedToPipe = false,
  }: MirrorRelease,
  signingKey: SigningKey,
  tamper: Tampering | undefined,
): Promise<{ release: Release; files: Map<string, Uint8Array> }> {
  const files = new Map<string, Uint8Array>();
  const sumsLines: string[] = [];
  const workDir = await mkdtemp(join(tmpdir(), 'releases-mirror-'));
  try {
    for (const target of targets) {
      const zipName = `packer_${version}_${target.os}_${target.arch}.zip`;
      const name = entryName ?? binaryName(target.os);
      const zip = await zipBinary(binaryPath, name, join(workDir, zipName), zippedToPipe);
      sumsLines.push(`${createHash('sha256').update(zip).digest('hex')}  ${zipName}\n`);
      files.set(zipName, tamper === 'zip' ? Buffer.concat([zip, Buffer.from('tampered')]) : zip);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  const shasums = `packer_${version}_SHA256SUMS`;
  const sums = Buffer.from(sumsLines.join(''));
  files.set(`${shasums}.sig`, await signDetached(sums, signingKey.privateKey));
  const forged = `${'0'.repeat(64)}  packer_${version}_forged.zip\n`;
  files.set(shasums, tamper === 'sums' ? Buffer.concat([sums, Buffer.from(forged)]) : sums);
  return {
    release: {
      name: 'packer',
      version,
      shasums,
      shasums_signature: `${shasums}.sig`,
      // Upstream's absolute URLs, as a proxying mirror serves them: the installer must not use them.
      builds: targets.map(({ os, arch }) => {
        const filename = `packer_${version}_${os}_${arch}.zip`;
        return {
          name: 'packer',
          version,
          os,
          arch,
          filename,
          url: `https://releases.hashicorp.com/packer/${version}/${filename}`,
        };
      }),
    },
    files,
  };
}

async function zipBinary(
  binaryPath: string,
  entryName: string,
  zipPath: string,
  toPipe: boolean,
): Promise<Buffer> {
  const dir = await mkdtemp(`${zipPath}-`);
  await copyFile(binaryPath, join(dir, entryName));
  await chmod(join(dir, entryName), 0o755);
  // -1: fastest deflate; a real Packer binary (~100 MB) takes seconds at the default level.
  if (toPipe) {
    const { stdout } = await execFileAsync('zip', ['-q', '-1', '-', entryName], {
      cwd: dir,
      encoding: 'buffer',
      maxBuffer: 1 << 30,
    });
    return stdout;
  }
  await execFileAsync('zip', ['-q', '-1', zipPath, entryName], { cwd: dir });
  return readFile(zipPath);
}

/** A binary detached signature of `data`, as HashiCorp makes for SHA256SUMS. */
export async function signDetached(
  data: Uint8Array,
  armoredPrivateKey: string,
): Promise<Uint8Array> {
  return openpgp.sign({
    message: await openpgp.createMessage({ binary: data }),
    signingKeys: await openpgp.readPrivateKey({ armoredKey: armoredPrivateKey }),
    detached: true,
    format: 'binary',
  });
}
