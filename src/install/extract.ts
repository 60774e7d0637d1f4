// Extracts a release zip in-process with zlib. tool-cache's extractZip runs `unzip` on Linux, whose
// own inflate takes about twice as long for Packer's 100 MB binary; this also behaves the same on
// every runner OS.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

const DEFAULT_FILE_MODE = 0o644;

/**
 * Extracts every file of `zipPath` below `destination` and returns `destination`. yauzl refuses
 * absolute names and `..` (a zip cannot write outside `destination`) and checks each entry's CRC.
 */
export async function extractZip(zipPath: string, destination: string): Promise<string> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, strictFileNames: true });
  try {
    for await (const entry of zip.eachEntry()) {
      const target = path.join(destination, entry.fileName);
      if (entry.fileName.endsWith('/')) {
        await mkdir(target, { recursive: true });
        continue;
      }
      await mkdir(path.dirname(target), { recursive: true });
      // Unix permissions live in the high 16 bits of the external attributes (0 when made elsewhere).
      const mode = (entry.externalFileAttributes >>> 16) & 0o777 || DEFAULT_FILE_MODE;
      await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(target, { mode }));
    }
  } finally {
    zip.close();
  }
  return destination;
}
