// Extracts a release zip in-process with zlib. tool-cache's extractZip runs `unzip` on Linux, whose
// own inflate takes about twice as long for Packer's 100 MB binary; this also behaves the same on
// every runner OS, hashes the binary as it is written, and refuses what a release never holds.
import { createHash, type Hash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { Transform, type TransformCallback, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';
import { errorMessage } from '../errors.js';
import type { StreamedEntry } from './zip-stream.js';

export const DEFAULT_FILE_MODE = 0o644;
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
  createFile?: CreateFile;
  /**
   * What a StreamingUnzip already wrote into `destination` as the zip arrived. An entry is kept when
   * the central directory describes it the same way; otherwise, and when the central directory does
   * not list it, its file is replaced or removed.
   */
  streamed?: ReadonlyMap<string, StreamedEntry>;
}

export type CreateFile = (file: string, mode: number) => Writable;

export interface Extracted {
  /** Every file written, relative to the destination, with `/` separators. */
  files: string[];
  /** The size and SHA-256 of `options.hashed`, when the zip held it. */
  hashed?: { size: number; sha256: string };
}

/**
 * Extracts every file of `zipPath` below `destination`, but for those `options.streamed` already
 * wrote as the central directory describes them. yauzl refuses absolute names and `..`, so a zip
 * cannot write outside `destination`; symbolic links are refused too. The zip's integrity is the
 * caller's: its SHA256 was checked against the signed SHA256SUMS.
 */
export async function extractZip(
  zipPath: string,
  destination: string,
  options: ExtractOptions = {},
): Promise<Extracted> {
  const { hashed, createFile = exclusiveFile, streamed = new Map() } = options;
  const zipName = path.basename(zipPath);
  const extracted: Extracted = { files: [] };
  const unlisted = new Set(streamed.keys());
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
      if (!isSupportedMethod(entry.compressionMethod)) throw unsupportedMethod(entry, zipName);
      const mode = unixMode & 0o777 || DEFAULT_FILE_MODE;
      // A name listed twice gets the streamed file once: the second is written, and fails, as ever.
      const already = unlisted.delete(entry.fileName) ? streamed.get(entry.fileName) : undefined;
      if (already !== undefined && describesSame(entry, already)) {
        await chmod(target, mode);
        if (entry.fileName === hashed) extracted.hashed = already.hashed;
        extracted.files.push(entry.fileName);
        continue;
      }
      if (already !== undefined) await rm(target, { force: true });
      await mkdir(path.dirname(target), { recursive: true });
      const stages = entryStages(entry.compressionMethod, entry.fileName === hashed);
      try {
        await pipeline([
          await zip.openReadStreamPromise(entry, entry.isCompressed() ? { decompress: false } : {}),
          ...stages.transforms,
          createFile(target, mode),
        ]);
      } catch (error) {
        throw extractionError(error, entry, zipName, destination);
      }
      if (entry.fileName === hashed) extracted.hashed = stages.measure.digest();
      extracted.files.push(entry.fileName);
    }
  } finally {
    zip.close();
  }
  // Written from local headers the central directory does not list: not part of the release.
  await Promise.all([...unlisted].map((name) => rm(path.join(destination, name), { force: true })));
  return extracted;
}

/** Whether the central directory's `entry` is the one streamed from the local header at `offset`. */
function describesSame(entry: yauzl.Entry, streamed: StreamedEntry): boolean {
  return (
    entry.relativeOffsetOfLocalHeader === streamed.offset &&
    entry.compressionMethod === streamed.compressionMethod &&
    entry.compressedSize === streamed.compressedSize &&
    entry.uncompressedSize === streamed.uncompressedSize
  );
}

/** A new file: an entry never overwrites another, nor follows a link already there. */
export function exclusiveFile(file: string, mode: number): Writable {
  return createWriteStream(file, { flags: 'wx', mode, highWaterMark: CHUNK_BYTES });
}

/** Whether entries compressed with `method` can be extracted: stored and deflated ones. */
export function isSupportedMethod(method: number): boolean {
  return method === STORED || method === DEFLATE;
}

/**
 * Counts the bytes on their way to an entry's file and, when asked, hashes them. With a `limit`, it
 * fails as soon as more would pass: an entry that inflates past its declared size is cut short.
 */
export class Measure extends Transform {
  size = 0;
  private readonly hash: Hash | undefined;

  constructor(
    hashed: boolean,
    private readonly limit = Number.POSITIVE_INFINITY,
  ) {
    super();
    this.hash = hashed ? createHash('sha256') : undefined;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.size + chunk.length > this.limit) {
      done(new Error(`it inflates to more than the ${this.limit} bytes its header declares`));
      return;
    }
    this.hash?.update(chunk);
    this.size += chunk.length;
    done(null, chunk);
  }

  /** The size and SHA-256 of what passed, once all has; undefined when not hashed. */
  digest(): { size: number; sha256: string } | undefined {
    return this.hash && { size: this.size, sha256: this.hash.digest('hex') };
  }
}

/** The streams between a (supported) entry's bytes and its file: the inflater, then a Measure. */
export function entryStages(
  method: number,
  hashed: boolean,
  limit?: number,
): { transforms: Transform[]; measure: Measure } {
  const measure = new Measure(hashed, limit);
  const inflate = method === DEFLATE ? [createInflateRaw({ chunkSize: CHUNK_BYTES })] : [];
  return { transforms: [...inflate, measure], measure };
}

function unsupportedMethod(entry: yauzl.Entry, zipName: string): Error {
  const name = METHOD_NAMES[entry.compressionMethod];
  return new Error(
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
