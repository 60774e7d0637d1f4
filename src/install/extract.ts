// Extracts a release zip in-process with zlib. tool-cache's extractZip runs `unzip` on Linux, whose
// own inflate takes about twice as long for Packer's 100 MB binary; this also behaves the same on
// every runner OS.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import type { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';

const DEFAULT_FILE_MODE = 0o644;
const STORED = 0;
const DEFLATE = 8;
// zlib's default 16 KiB chunks mean thousands of writes for one binary; 1 MiB ones halve the time.
const CHUNK_BYTES = 1 << 20;

/**
 * Extracts every file of `zipPath` below `destination` and returns `destination`. yauzl refuses
 * absolute names and `..`, so a zip cannot write outside `destination`. The zip's integrity is the
 * caller's: its SHA256 was checked against the signed SHA256SUMS.
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
      await pipeline([
        await zip.openReadStreamPromise(entry, entry.isCompressed() ? { decompress: false } : {}),
        ...decompression(entry),
        createWriteStream(target, { mode, highWaterMark: CHUNK_BYTES }),
      ]);
    }
  } finally {
    zip.close();
  }
  return destination;
}

/** The stream that inflates an entry: none for a stored one. */
function decompression(entry: yauzl.Entry): Transform[] {
  if (entry.compressionMethod === STORED) return [];
  if (entry.compressionMethod === DEFLATE) return [createInflateRaw({ chunkSize: CHUNK_BYTES })];
  throw new Error(
    `${entry.fileName} in the release zip uses compression method ${entry.compressionMethod}; only stored and deflated entries are supported`,
  );
}
