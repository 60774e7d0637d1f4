// Extracts a release zip while it downloads, so that inflating overlaps the download instead of
// following it. Nothing it writes is trusted on its own: the zip's SHA256 is checked once it has
// arrived, and extractZip then keeps an entry written here only if the central directory describes
// it the same way (offset, sizes, method), and writes or replaces everything else.
//
// It reads the local file headers in order and stops writing, keeping what it finished, at the
// first entry it cannot take exactly as extractZip would: sizes only in a data descriptor after the
// data (zips written to a pipe), zip64, encryption, a compression method other than stored or
// deflate, a name yauzl refuses. extractZip writes the rest from the downloaded file.
import { once } from 'node:events';
import { mkdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { errorMessage } from '../errors.js';
import {
  type CreateFile,
  DEFAULT_FILE_MODE,
  entryStages,
  exclusiveFile,
  isSupportedMethod,
  type Measure,
} from './extract.js';

const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
const ENCRYPTED = 0x1;
const DATA_DESCRIPTOR = 0x8;
const ZIP64_SIZE = 0xffffffff;
/**
 * What may be written before the zip is verified: the download is not yet known to be the release,
 * so a zip that declares more (or inflates past what it declares) is left to the checked path.
 * Packer's binary is 100 to 200 MB.
 */
const MAX_UNVERIFIED_BYTES = 512 << 20;
/**
 * How far the arriving bytes may run ahead of inflating before the download waits. The streams'
 * own 16 KiB would make each network chunk wait for the previous one to be inflated.
 */
const BUFFERED_BYTES = 8 << 20;

/** An entry written in full from its local header. */
export interface StreamedEntry {
  /** Where its local header starts in the zip. */
  offset: number;
  compressionMethod: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Its size and SHA-256, for the entry named by `hashed`. */
  hashed?: { size: number; sha256: string };
}

export interface StreamingUnzipOptions {
  /** The entry whose size and SHA-256 to compute while it is written, e.g. `packer`. */
  hashed?: string;
  createFile?: CreateFile;
  /** Defaults to MAX_UNVERIFIED_BYTES; a test gives less. */
  maxBytes?: number;
}

/** The entry being written: how many of its bytes are still to come, and where they go. */
interface Current {
  name: string;
  entry: StreamedEntry;
  remaining: number;
  input: Writable;
  measure: Measure;
  file: Writable;
  written: Promise<void>;
}

/**
 * A writable that takes a zip's bytes in order and writes its entries below `destination` as they
 * arrive. It never fails the stream it is fed from: an entry it cannot write ends its work (see
 * `stopped`). `settled()` tells what it wrote in full; destroyed before the end, it removes all it
 * wrote, since bytes of an unfinished download may differ from those that are later verified.
 */
export class StreamingUnzip extends Writable {
  /** Why it stopped writing before the end of the local entries, if it did. */
  stopped: string | undefined;
  /** Whether it has read past the last local entry (the central directory begins there). */
  private localEntriesEnded = false;
  /** Whether the zip ended with the stream, not before it was destroyed. */
  private complete = false;
  private readonly entries = new Map<string, StreamedEntry>();
  /** The uncompressed sizes the local headers declared, of the entries begun. */
  private declaredBytes = 0;
  private readonly directories: string[] = [];
  private pending: Buffer = Buffer.alloc(0);
  /** The zip offset of `pending[0]`. */
  private position = 0;
  private current: Current | undefined;
  /** The write under way: reading headers, writing an entry. */
  private working: Promise<void> = Promise.resolve();
  private readonly outcome: Promise<ReadonlyMap<string, StreamedEntry> | undefined>;
  private settle!: (entries: ReadonlyMap<string, StreamedEntry> | undefined) => void;

  constructor(
    private readonly destination: string,
    private readonly options: StreamingUnzipOptions = {},
  ) {
    super();
    this.outcome = new Promise((resolve) => {
      this.settle = resolve;
    });
  }

  /** The entries written in full once the zip has ended; undefined if it was destroyed first. */
  settled(): Promise<ReadonlyMap<string, StreamedEntry> | undefined> {
    return this.outcome;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error) => void): void {
    if (this.stopped !== undefined || this.localEntriesEnded) {
      done();
      return;
    }
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    this.working = this.consume()
      .catch((error: unknown) => this.stop(`writing failed: ${errorMessage(error)}`))
      // A file that could not even be removed is met again, and named, when extractZip writes it.
      .catch(() => undefined);
    this.working.then(() => done());
  }

  override _final(done: (error?: Error) => void): void {
    const finish = async () => {
      if (this.current !== undefined) await this.stop('the zip ended inside an entry');
      this.complete = true;
      this.settle(this.entries);
    };
    finish().then(() => done(), done);
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    // Destroyed once finished (as every stream is, by autoDestroy): what it wrote stays.
    if (this.complete) {
      done(error);
      return;
    }
    const undo = async () => {
      this.stopped ??= 'destroyed';
      // Let the write under way see that it stopped (it may wait on the entry) before undoing it.
      this.current?.input.destroy();
      await this.working;
      const current = this.current;
      this.current = undefined;
      if (current !== undefined) await abandon(current);
      // Each top-level name written, with the folders made for nested ones.
      const written = [...this.entries.keys(), ...this.directories, current?.name ?? ''];
      this.entries.clear();
      const tops = new Set(written.filter(Boolean).map((name) => name.split('/')[0] ?? name));
      await Promise.all(
        [...tops].map((top) =>
          rm(path.join(this.destination, top), { recursive: true, force: true }),
        ),
      );
    };
    undo()
      .catch(() => undefined)
      .finally(() => {
        this.settle(undefined);
        done(error);
      });
  }

  /** Writes what `pending` holds of entries and reads the headers it holds in full. */
  private async consume(): Promise<void> {
    while (this.stopped === undefined && !this.localEntriesEnded) {
      if (this.current !== undefined) {
        if (this.pending.length === 0) return;
        await this.feedCurrent();
        continue;
      }
      if (this.pending.length < 4) return;
      if (this.pending.readUInt32LE(0) !== LOCAL_HEADER) {
        // The central directory (or anything else) follows the last local entry.
        this.localEntriesEnded = true;
        return;
      }
      if (this.pending.length < LOCAL_HEADER_BYTES) return;
      const nameLength = this.pending.readUInt16LE(26);
      const headerLength = LOCAL_HEADER_BYTES + nameLength + this.pending.readUInt16LE(28);
      if (this.pending.length < headerLength) return;
      await this.startEntry(this.pending.subarray(0, headerLength), nameLength);
      this.advance(headerLength);
    }
  }

  private async startEntry(header: Buffer, nameLength: number): Promise<void> {
    const flags = header.readUInt16LE(6);
    const compressionMethod = header.readUInt16LE(8);
    const compressedSize = header.readUInt32LE(18);
    const uncompressedSize = header.readUInt32LE(22);
    const extraFields = yauzl.parseExtraFields(header.subarray(LOCAL_HEADER_BYTES + nameLength));
    const nameBuffer = header.subarray(LOCAL_HEADER_BYTES, LOCAL_HEADER_BYTES + nameLength);
    const name = yauzl.getFileNameLowLevel(flags, nameBuffer, extraFields, true);
    const refusal = yauzl.validateFileName(name);
    const unsupported =
      (refusal !== null && `its name is refused (${refusal})`) ||
      (name === '' && 'it has no name') ||
      (this.entries.has(name) && 'an entry of that name came before') ||
      (flags & ENCRYPTED && 'it is encrypted') ||
      (flags & DATA_DESCRIPTOR && 'its sizes follow its data') ||
      ((compressedSize === ZIP64_SIZE || uncompressedSize === ZIP64_SIZE) && 'it is zip64') ||
      (!isSupportedMethod(compressionMethod) &&
        `it is compressed with method ${compressionMethod}`) ||
      (compressionMethod === 0 && compressedSize !== uncompressedSize && 'its sizes disagree');
    if (unsupported) {
      this.stopped = `'${name}' cannot be written as it arrives: ${unsupported}`;
      return;
    }
    const { maxBytes = MAX_UNVERIFIED_BYTES } = this.options;
    this.declaredBytes += uncompressedSize;
    if (this.declaredBytes > maxBytes) {
      this.stopped = `'${name}' would take what is written before the zip is verified past ${maxBytes} bytes`;
      return;
    }
    const target = path.join(this.destination, name);
    if (name.endsWith('/')) {
      if (compressedSize !== 0) {
        this.stopped = `the folder '${name}' has content`;
        return;
      }
      await mkdir(target, { recursive: true });
      this.directories.push(name);
      return;
    }
    await mkdir(path.dirname(target), { recursive: true });
    if (this.stopped !== undefined) return;
    const entry: StreamedEntry = {
      offset: this.position,
      compressionMethod,
      compressedSize,
      uncompressedSize,
    };
    const { transforms, measure } = entryStages(
      compressionMethod,
      name === this.options.hashed,
      uncompressedSize,
    );
    const input = transforms[0] ?? measure;
    const { createFile = exclusiveFile } = this.options;
    const file = createFile(target, DEFAULT_FILE_MODE);
    const written = pipeline([...transforms, file]).then(() => {
      entry.hashed = measure.digest();
    });
    // Its failure is read where the entry ends or stops; until then it must not go unhandled.
    written.catch(() => undefined);
    this.current = { name, entry, remaining: compressedSize, input, measure, file, written };
    if (compressedSize === 0) await this.endCurrent();
  }

  /** Passes the current entry the bytes of it that have arrived, waiting while it is behind. */
  private async feedCurrent(): Promise<void> {
    const current = this.current;
    if (current === undefined) return;
    // Its pipeline failed (a full disk, more bytes than declared): the failure stops the writing.
    if (current.input.destroyed) await current.written;
    const part = this.pending.subarray(0, Math.min(current.remaining, this.pending.length));
    this.advance(part.length);
    current.remaining -= part.length;
    current.input.write(part);
    if (current.input.writableLength > BUFFERED_BYTES) {
      await Promise.race([once(current.input, 'drain'), current.written]);
    }
    if (current.remaining === 0) await this.endCurrent();
  }

  private async endCurrent(): Promise<void> {
    const current = this.current;
    if (current === undefined) return;
    current.input.end();
    await current.written;
    this.current = undefined;
    const { size } = current.measure;
    if (size !== current.entry.uncompressedSize) {
      await rm(path.join(this.destination, current.name), { force: true });
      this.stopped = `'${current.name}' inflated to ${size} bytes, not ${current.entry.uncompressedSize}`;
      return;
    }
    this.entries.set(current.name, current.entry);
  }

  /** Stops writing: the entry being written is removed; those finished stay. */
  private async stop(reason: string): Promise<void> {
    this.stopped ??= reason;
    const current = this.current;
    this.current = undefined;
    if (current === undefined) return;
    await abandon(current);
    await rm(path.join(this.destination, current.name), { force: true });
  }

  private advance(bytes: number): void {
    this.pending = this.pending.subarray(bytes);
    this.position += bytes;
  }
}

/** Stops writing the entry, once its file is closed: a file still opening would appear after removal. */
async function abandon(current: Current): Promise<void> {
  current.input.destroy();
  await current.written.catch(() => undefined);
  current.file.destroy();
  if (!current.file.closed) await new Promise((resolve) => current.file.once('close', resolve));
}
