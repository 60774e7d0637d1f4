// The `packer` on PATH, served from a loopback releases mirror signed with a throwaway key, so the
// action's whole install path (index, SHA256SUMS, signature, zip, tool cache) runs without the
// internet. Used by `npm run local -- --offline` and `npm run local-action`.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  generateSigningKey,
  type ReleasesMirror,
  type SigningKey,
  startReleasesMirror,
} from '../test/support/releases-mirror.js';

export interface LocalPacker {
  mirror: ReleasesMirror;
  /** The version the `packer` on PATH reports, which the mirror serves. */
  version: string;
  path: string;
}

/**
 * Serves the `packer` on PATH. With `keyFile`, the mirror's key is made once and kept there: the tool
 * cache keys Packer by the key that verified it, so a new key every run would install (and keep)
 * Packer again every run.
 */
export async function serveLocalPacker(keyFile?: string): Promise<LocalPacker> {
  const binary = execFileSync('sh', ['-c', 'command -v packer'], { encoding: 'utf8' }).trim();
  const version = /Packer v(\S+)/.exec(
    execFileSync(binary, ['version'], { encoding: 'utf8' }),
  )?.[1];
  if (version === undefined) throw new Error(`${binary} does not report its version`);
  const mirror = await startReleasesMirror({
    releases: [{ version, binaryPath: binary }],
    ...(keyFile === undefined ? {} : { signingKey: await keptKey(keyFile) }),
  });
  return { mirror, version, path: binary };
}

async function keptKey(file: string): Promise<SigningKey> {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as SigningKey;
  const key = await generateSigningKey('Local Offline Mirror');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(key), { mode: 0o600 });
  return key;
}
