// Extracts a release zip in-process with zlib. tool-cache's extractZip runs `unzip` on Linux, whose
// own inflate takes about twice as long for Packer's 100 MB binary; this also behaves the same on
// every runner OS, hashes the binary as it is written, and refuses what a release never holds.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';
import { errorMessage } from '../errors.js';

const DEFAULT_FILE_MODE = 0o644;
const FILE_TYPE_BITS = 0o170000;
const SYMBOLIC_LINK = 0o120000;
const STORED = 0;
const DEFLATE = 8;
const METHOD_NAMES: Readonly<Record<number, string>> = {
  9: 'Deflate64',
  12: 'bzip2',
  14: 'LZMA',
  93: 'Zstandard',
  95: 'XZ',
  98: 'PPMd',
};
// zlib's default 16 KiB chunks mean thousands of writes for one binary; 1 MiB ones halve the time.
const CHUNK_BYTES = 1 << 20;

export interface ExtractOptions {
  /** The entry whose size and SHA-256 to compute while it is written, e.g. `packer`. */
  hashed?: string;
  /** Creates the file an entry is written to; a test gives one that fails as a full disk does. */
  createFile?: (file: string, mode: number) => Writable;
}

export interface Extracted {
  /** Every file written, relative to the destination, with `/` separators. */
  files: string[];
  /** The size and SHA-256 of `options.hashed`, when the zip held it. */
  hashed?: { size: number; sha256: string };
}

/**
 * Extracts every file of `zipPath` below `destination`. yauzl refuses absolute names and `..`, so a
 * zip cannot write outside `destination`; symbolic links are refused too. The zip's integrity is
 * the caller's: its SHA256 was checked against the signed SHA256SUMS.
 */
export async function extractZip(
  zipPath: string,
  destination: string,
  options: ExtractOptions = {},
): Promise<Extracted> {
  const { hashed, createFile = exclusiveFile } = options;
  const zipName = path.basename(zipPath);
  const extracted: Extracted = { files: [] };
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, strictFileNames: true });
  try {
    for await (const entry of zip.eachEntry()) {
      const target = path.join(destination, entry.fileName);
      if (entry.fileName.endsWith('/')) {
        await mkdir(target, { recursive: true });
        continue;
      }
      // Unix permissions and file type live in the high 16 bits of the external attributes (0 when
      // the zip was made elsewhere).
      const unixMode = entry.externalFileAttributes >>> 16;
      if ((unixMode & FILE_TYPE_BITS) === SYMBOLIC_LINK) {
        throw new Error(
          `${zipName} holds '${entry.fileName}' as a symbolic link; a Packer release holds plain ` +
            'files only, so it is refused. Check that releases-url serves HashiCorp releases.',
        );
      }
      const inflate = decompression(entry, zipName);
      await mkdir(path.dirname(target), { recursive: true });
      const stages: NodeJS.ReadWriteStream[] = [...inflate];
      if (entry.fileName === hashed) {
        const hash = createHash('sha256');
        let size = 0;
        stages.push(
          new Transform({
            transform(chunk: Buffer, _encoding, done) {
              hash.update(chunk);
              size += chunk.length;
              done(null, chunk);
            },
            flush(done) {
              extracted.hashed = { size, sha256: hash.digest('hex') };
              done();
            },
          }),
        );
      }
      try {
        await pipeline([
          await zip.openReadStreamPromise(entry, entry.isCompressed() ? { decompress: false } : {}),
          ...stages,
          createFile(target, unixMode & 0o777 || DEFAULT_FILE_MODE),
        ]);
      } catch (error) {
        throw extractionError(error, entry, zipName, destination);
      }
      extracted.files.push(entry.fileName);
    }
  } finally {
    zip.close();
  }
  return extracted;
}

/** A new file: an entry never overwrites another, nor follows a link already there. */
function exclusiveFile(file: string, mode: number): Writable {
  return createWriteStream(file, { flags: 'wx', mode, highWaterMark: CHUNK_BYTES });
}

/** The stream that inflates an entry: none for a stored one. */
function decompression(entry: yauzl.Entry, zipName: string): NodeJS.ReadWriteStream[] {
  if (entry.compressionMethod === STORED) return [];
  if (entry.compressionMethod === DEFLATE) return [createInflateRaw({ chunkSize: CHUNK_BYTES })];
  const name = METHOD_NAMES[entry.compressionMethod];
  throw new Error(
    `${zipName} compresses '${entry.fileName}' with method ${entry.compressionMethod}` +
      `${name === undefined ? '' : ` (${name})`}; only stored and deflated entries are supported, ` +
      "as in HashiCorp's releases. Check that releases-url serves HashiCorp releases.",
  );
}

function extractionError(
  error: unknown,
  entry: yauzl.Entry,
  zipName: string,
  destination: string,
): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new Error(
      `No space left on the disk of ${destination} while extracting '${entry.fileName}' ` +
        `(${entry.uncompressedSize} bytes) from ${zipName}: free space on that disk and re-run.`,
      { cause: error },
    );
  }
  return new Error(
    `Extracting '${entry.fileName}' from ${zipName} failed: ${errorMessage(error)}`,
    {
      cause: error,
    },
  );
}
