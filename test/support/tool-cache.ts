// Tool cache entries made the way the installer makes them (staging folder, record, rename, marker),
// without a download, for tests of what happens to an entry afterwards.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type EntryKey,
  makeStagingDir,
  placeEntry,
  toolName,
  writeRecord,
} from '../../src/install/cache.js';

export interface PlantedEntry {
  key: EntryKey;
  dir: string;
  binary: string;
}

/** An entry for `version` of the key with `fingerprint`, holding `content` as `packer`. */
export async function plantEntry(options: {
  fingerprint: string;
  version: string;
  content: string;
  arch?: string;
}): Promise<PlantedEntry> {
  const key = {
    tool: toolName(options.fingerprint),
    version: options.version,
    arch: options.arch ?? process.arch,
  };
  const staging = await makeStagingDir(key);
  await writeFile(join(staging, 'packer'), options.content, { mode: 0o755 });
  const sha256 = createHash('sha256').update(options.content).digest('hex');
  await writeRecord(staging, {
    version: options.version,
    build: 'linux/amd64',
    keyFingerprint: options.fingerprint,
    file: 'packer',
    size: Buffer.byteLength(options.content),
    sha256,
  });
  const { dir } = await placeEntry(staging, key, 'packer', sha256);
  return { key, dir, binary: join(dir, 'packer') };
}
