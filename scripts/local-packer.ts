// The `packer` on PATH, served from a loopback releases mirror signed with a throwaway key, so the
// action's whole install path (index, SHA256SUMS, signature, zip, tool cache) runs without the
// internet. Used by `npm run local -- --offline` and `npm run local-action`.
import { execFileSync } from 'node:child_process';
import { type ReleasesMirror, startReleasesMirror } from '../test/support/releases-mirror.js';

export interface LocalPacker {
  mirror: ReleasesMirror;
  /** The version the `packer` on PATH reports, which the mirror serves. */
  version: string;
  path: string;
}

export async function serveLocalPacker(): Promise<LocalPacker> {
  const path = execFileSync('sh', ['-c', 'command -v packer'], { encoding: 'utf8' }).trim();
  const version = /Packer v(\S+)/.exec(execFileSync(path, ['version'], { encoding: 'utf8' }))?.[1];
  if (version === undefined) throw new Error(`${path} does not report its version`);
  const mirror = await startReleasesMirror({ releases: [{ version, binaryPath: path }] });
  return { mirror, version, path };
}
