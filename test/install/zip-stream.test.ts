import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { extractZip } from '../../src/install/extract.js';
import { StreamingUnzip } from '../../src/install/zip-stream.js';

const work = mkdtempSync(join(tmpdir(), 'zip-stream-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PACKER = `#!/bin/sh\n${'echo packer\n'.repeat(5000)}`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A zip made by Info-ZIP's `zip` from `files` (name → [content, mode]); `toPipe`: as `zip -` writes it. */
function makeZip(
  name: string,
  files: Record<string, [string, number]>,
  { toPipe = false, store = false } = {},
): string {
  const source = join(work, `${name}-source`);
  for (const [file, [content, mode]] of Object.entries(files)) {
    mkdirSync(join(source, file, '..'), { recursive: true });
    writeFileSync(join(source, file), content, { mode });
  }
  const zip = join(work, `${name}.zip`);
  // The entries in the order given, files only.
  const options = ['-q', ...(store ? ['-0'] : [])];
  if (toPipe) {
    // Written to a pipe, zip cannot go back to fill in sizes: they follow each entry's data.
    writeFileSync(
      zip,
      execFileSync('zip', [...options, '-', ...Object.keys(files)], { cwd: source }),
    );
  } else {
    execFileSync('zip', [...options, zip, ...Object.keys(files)], { cwd: source });
  }
  return zip;
}

/** Feeds `bytes` to `unzip` in pieces of `size` bytes, as a download's chunks arrive. */
async function feed(unzip: StreamingUnzip, bytes: Buffer, size: number): Promise<void> {
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
  await pipeline(Readable.from(pieces), unzip);
}

function freshDir(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  return dir;
}

describe('StreamingUnzip', () => {
  it('writes each entry as its bytes arrive, whatever the chunks; extractZip keeps them', async () => {
    const zip = makeZip('release', {
      packer: [PACKER, 0o755],
      'LICENSE.txt': ['MPL', 0o644],
      'docs/README': ['read me', 0o600],
    });
    for (const size of [1, 7, 64 * 1024]) {
      const destination = freshDir(`release-${size}`);
      const unzip = new StreamingUnzip(destination, { hashed: 'packer' });
      await feed(unzip, readFileSync(zip), size);
      const streamed = await unzip.settled();
      expect(unzip.stopped).toBeUndefined();
      expect([...(streamed?.keys() ?? [])].sort()).toEqual([
        'LICENSE.txt',
        'docs/README',
        'packer',
      ]);
      expect(streamed?.get('packer')?.hashed).toEqual({
        size: PACKER.length,
        sha256: sha256(PACKER),
      });
      expect(readFileSync(join(destination, 'packer'), 'utf8')).toBe(PACKER);

      // extractZip writes nothing again: every entry matches the central directory.
      const createFile = vi.fn(() => createWriteStream('/dev/null'));
      const extracted = await extractZip(zip, destination, {
        hashed: 'packer',
        streamed,
        createFile,
      });
      expect(createFile).not.toHaveBeenCalled();
      expect(extracted.files.sort()).toEqual(['LICENSE.txt', 'docs/README', 'packer']);
      expect(extracted.hashed).toEqual({ size: PACKER.length, sha256: sha256(PACKER) });
      // Permissions come from the central directory, as when extracting from the file.
      expect(statSync(join(destination, 'packer')).mode & 0o777).toBe(0o755);
      expect(statSync(join(destination, 'docs/README')).mode & 0o777).toBe(0o600);
      expect(readFileSync(join(destination, 'docs/README'), 'utf8')).toBe('read me');
    }
  });

  it('writes stored entries too', async () => {
    const zip = makeZip('stored', { packer: [PACKER, 0o755] }, { store: true });
    const destination = freshDir('stored-out');
    const unzip = new StreamingUnzip(destination, { hashed: 'packer' });
    await feed(unzip, readFileSync(zip), 1000);
    expect((await unzip.settled())?.get('packer')?.compressionMethod).toBe(0);
    expect(readFileSync(join(destination, 'packer'), 'utf8')).toBe(PACKER);
  });

  it('stops at sizes that follow the data, and extractZip writes everything from the file', async () => {
    const zip = makeZip(
      'piped',
      { packer: [PACKER, 0o755], 'LICENSE.txt': ['MPL', 0o644] },
      { toPipe: true },
    );
    const destination = freshDir('piped-out');
    const unzip = new StreamingUnzip(destination, { hashed: 'packer' });
    await feed(unzip, readFileSync(zip), 4096);
    const streamed = await unzip.settled();
    expect(unzip.stopped).toBe(
      "'packer' cannot be written as it arrives: its sizes follow its data",
    );
    expect(streamed?.size).toBe(0);
    expect(readdirSync(destination)).toEqual([]);

    const extracted = await extractZip(zip, destination, { hashed: 'packer', streamed });
    expect(extracted.files.sort()).toEqual(['LICENSE.txt', 'packer']);
    expect(extracted.hashed?.sha256).toBe(sha256(PACKER));
    expect(readFileSync(join(destination, 'packer'), 'utf8')).toBe(PACKER);
  });

  it('stops at a name yauzl refuses, writing nothing outside the destination', async () => {
    const zip = makeZip('escape', { 'inner/file': ['x', 0o644] });
    const patched = Buffer.from(
      readFileSync(zip).toString('latin1').replaceAll('inner/file', '../../file'),
      'latin1',
    );
    const destination = freshDir('escape-out');
    const unzip = new StreamingUnzip(destination);
    await feed(unzip, patched, 100);
    expect(unzip.stopped).toMatch(
      /^'\.\.\/\.\.\/file' cannot be written as it arrives: its name is refused \(invalid relative path/,
    );
    expect(existsSync(join(work, 'file'))).toBe(false);
    expect(readdirSync(destination)).toEqual([]);
  });

  it('removes the entry it could not finish writing, keeps the stream going, and says why', async () => {
    const zip = makeZip('full', { 'LICENSE.txt': ['MPL', 0o644], packer: [PACKER, 0o755] });
    const destination = freshDir('full-out');
    const unzip = new StreamingUnzip(destination, {
      createFile: (file, mode) =>
        file.endsWith('packer')
          ? createWriteStream('/dev/full')
          : createWriteStream(file, { mode }),
    });
    await feed(unzip, readFileSync(zip), 512);
    const streamed = await unzip.settled();
    expect(unzip.stopped).toMatch(/^writing failed: .*ENOSPC/);
    expect([...(streamed?.keys() ?? [])]).toEqual(['LICENSE.txt']);
    expect(readdirSync(destination)).toEqual(['LICENSE.txt']);
  });

  it('cuts short an entry that inflates past the size its local header declares', async () => {
    const zip = readFileSync(makeZip('bomb', { packer: [PACKER, 0o755] }));
    // The local header (at 0) says 1000 bytes; the central directory keeps the true size.
    const lying = Buffer.from(zip);
    lying.writeUInt32LE(1000, 22);
    const destination = freshDir('bomb-out');
    const unzip = new StreamingUnzip(destination, { hashed: 'packer' });
    await feed(unzip, lying, 512);
    expect(unzip.stopped).toBe(
      'writing failed: it inflates to more than the 1000 bytes its header declares',
    );
    const streamed = await unzip.settled();
    expect(readdirSync(destination)).toEqual([]);
    // Once the zip is verified, extractZip writes it from the file, by the central directory.
    writeFileSync(join(work, 'bomb.zip'), lying);
    const extracted = await extractZip(join(work, 'bomb.zip'), destination, {
      hashed: 'packer',
      streamed,
    });
    expect(extracted.hashed?.sha256).toBe(sha256(PACKER));
  });

  it('writes no more before the zip is verified than maxBytes', async () => {
    const zip = makeZip('large', { 'LICENSE.txt': ['MPL', 0o644], packer: [PACKER, 0o755] });
    const destination = freshDir('large-out');
    const unzip = new StreamingUnzip(destination, { maxBytes: 1000 });
    await feed(unzip, readFileSync(zip), 4096);
    expect(unzip.stopped).toBe(
      "'packer' would take what is written before the zip is verified past 1000 bytes",
    );
    expect([...((await unzip.settled())?.keys() ?? [])]).toEqual(['LICENSE.txt']);
    expect(readdirSync(destination)).toEqual(['LICENSE.txt']);
  });

  it('stops at a second entry of the same name, keeping the first', async () => {
    const zip = readFileSync(makeZip('twice', { packer: [PACKER, 0o755] }));
    const centralDirectory = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    // The local entry twice over, then the central directory (which lists one).
    const twice = Buffer.concat([
      zip.subarray(0, centralDirectory),
      zip.subarray(0, centralDirectory),
      zip.subarray(centralDirectory),
    ]);
    const destination = freshDir('twice-out');
    const unzip = new StreamingUnzip(destination, { hashed: 'packer' });
    await feed(unzip, twice, 4096);
    expect(unzip.stopped).toBe(
      "'packer' cannot be written as it arrives: an entry of that name came before",
    );
    expect([...((await unzip.settled())?.keys() ?? [])]).toEqual(['packer']);
    expect(readFileSync(join(destination, 'packer'), 'utf8')).toBe(PACKER);
  });

  it('destroyed before the zip ends, removes everything it wrote', async () => {
    const zip = readFileSync(
      makeZip('cut', { 'LICENSE.txt': ['MPL', 0o644], packer: [PACKER, 0o755] }),
    );
    const destination = freshDir('cut-out');
    const unzip = new StreamingUnzip(destination, { hashed: 'packer' });
    // The license and part of packer arrive; then the download fails.
    await new Promise<void>((resolve) =>
      unzip.write(zip.subarray(0, zip.length / 2), () => resolve()),
    );
    expect(readdirSync(destination)).toContain('LICENSE.txt');
    // Destroyed while packer's file may still be opening: it must not appear after the removal.
    const failed = once(unzip, 'error');
    unzip.destroy(new Error('the connection closed'));
    await expect(failed).resolves.toEqual([new Error('the connection closed')]);
    expect(await unzip.settled()).toBeUndefined();
    expect(readdirSync(destination)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readdirSync(destination)).toEqual([]);
  });

  it('stops when the zip ends inside an entry, removing that entry', async () => {
    const zip = readFileSync(
      makeZip('short', { 'LICENSE.txt': ['MPL', 0o644], packer: [PACKER, 0o755] }),
    );
    const destination = freshDir('short-out');
    const unzip = new StreamingUnzip(destination);
    await feed(unzip, zip.subarray(0, zip.length / 2), 1024);
    expect([...((await unzip.settled())?.keys() ?? [])]).toEqual(['LICENSE.txt']);
    expect(unzip.stopped).toBe('the zip ended inside an entry');
    expect(readdirSync(destination)).toEqual(['LICENSE.txt']);
  });
});

describe('extractZip after a StreamingUnzip', () => {
  it('replaces an entry the central directory describes otherwise, and removes one it does not list', async () => {
    const zip = makeZip('other', { packer: [PACKER, 0o755] });
    const destination = freshDir('other-out');
    writeFileSync(join(destination, 'packer'), 'written from another local header');
    writeFileSync(join(destination, 'hidden'), 'a local entry the central directory leaves out');
    const streamed = new Map([
      ['packer', { offset: 0, compressionMethod: 8, compressedSize: 1, uncompressedSize: 33 }],
      ['hidden', { offset: 99, compressionMethod: 0, compressedSize: 46, uncompressedSize: 46 }],
    ]);
    const extracted = await extractZip(zip, destination, { hashed: 'packer', streamed });
    expect(extracted.files).toEqual(['packer']);
    expect(extracted.hashed?.sha256).toBe(sha256(PACKER));
    expect(readFileSync(join(destination, 'packer'), 'utf8')).toBe(PACKER);
    expect(readdirSync(destination)).toEqual(['packer']);
  });
});
