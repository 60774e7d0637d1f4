import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractZip } from '../../src/install/extract.js';

const work = mkdtempSync(join(tmpdir(), 'extract-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A zip made by Info-ZIP's `zip`, as HashiCorp's are, from `files` (name → [content, mode]). */
function makeZip(name: string, files: Record<string, [string, number]>): string {
  const source = join(work, `${name}-source`);
  for (const [file, [content, mode]] of Object.entries(files)) {
    mkdirSync(join(source, file, '..'), { recursive: true });
    writeFileSync(join(source, file), content, { mode });
  }
  const zip = join(work, `${name}.zip`);
  execFileSync('zip', ['-q', '-r', zip, '.'], { cwd: source });
  return zip;
}

/** The zip with every entry's compression method (local and central headers) set to `method`. */
function withCompressionMethod(zip: Buffer, method: number): Buffer {
  const patched = Buffer.from(zip);
  for (let offset = 0; offset + 4 <= patched.length; offset++) {
    const signature = patched.readUInt32LE(offset);
    if (signature === 0x04034b50) patched.writeUInt16LE(method, offset + 8);
    if (signature === 0x02014b50) patched.writeUInt16LE(method, offset + 10);
  }
  return patched;
}

describe('extractZip', () => {
  it('extracts every file with its content and permissions', async () => {
    const zip = makeZip('release', {
      packer: ['#!/bin/sh\necho packer\n', 0o755],
      'LICENSE.txt': ['MPL', 0o644],
      'docs/README': ['read me', 0o600],
    });
    const destination = join(work, 'out');
    expect((await extractZip(zip, destination)).files.sort()).toEqual([
      'LICENSE.txt',
      'docs/README',
      'packer',
    ]);
    expect(readFileSync(join(destination, 'packer'), 'utf8')).toBe('#!/bin/sh\necho packer\n');
    expect(statSync(join(destination, 'packer')).mode & 0o777).toBe(0o755);
    expect(statSync(join(destination, 'LICENSE.txt')).mode & 0o777).toBe(0o644);
    expect(readFileSync(join(destination, 'docs/README'), 'utf8')).toBe('read me');
  });

  it('refuses an entry that would land outside the destination', async () => {
    const zip = makeZip('escape', { 'inner/file': ['x', 0o644] });
    // Rewrite the stored names "inner/file" to "../../file" (same length) in both headers.
    const bytes = readFileSync(zip);
    const patched = Buffer.from(
      bytes.toString('latin1').replaceAll('inner/file', '../../file'),
      'latin1',
    );
    writeFileSync(zip, patched);
    await expect(extractZip(zip, join(work, 'escape-out'))).rejects.toThrow(
      /invalid relative path/,
    );
    expect(() => statSync(join(work, 'file'))).toThrow();
  });

  it('hashes the named entry while writing it', async () => {
    const content = '#!/bin/sh\necho packer\n';
    const zip = makeZip('hashed', { packer: [content, 0o755], 'LICENSE.txt': ['MPL', 0o644] });
    const extracted = await extractZip(zip, join(work, 'hashed-out'), { hashed: 'packer' });
    expect(extracted.files.sort()).toEqual(['LICENSE.txt', 'packer']);
    expect(extracted.hashed).toEqual({
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
  });

  it('refuses a symbolic link entry', async () => {
    const source = join(work, 'link-source');
    mkdirSync(source);
    symlinkSync('/usr/bin/env', join(source, 'packer'));
    const zip = join(work, 'link.zip');
    execFileSync('zip', ['-q', '--symlinks', zip, 'packer'], { cwd: source });
    const destination = join(work, 'link-out');
    await expect(extractZip(zip, destination)).rejects.toThrow(
      "link.zip holds 'packer' as a symbolic link; a Packer release holds plain files only, so it is refused.",
    );
    expect(existsSync(join(destination, 'packer'))).toBe(false);
  });

  it('names an unsupported compression method', async () => {
    const zip = makeZip('lzma', { packer: ['x'.repeat(1000), 0o755] });
    writeFileSync(zip, withCompressionMethod(readFileSync(zip), 14));
    await expect(extractZip(zip, join(work, 'lzma-out'))).rejects.toThrow(
      "lzma.zip compresses 'packer' with method 14 (LZMA); only stored and deflated entries are supported",
    );
  });

  it('says the disk is full when it is (ENOSPC from /dev/full)', async () => {
    const zip = makeZip('full', { packer: ['x'.repeat(100_000), 0o755] });
    const destination = join(work, 'full-out');
    await expect(
      extractZip(zip, destination, { createFile: () => createWriteStream('/dev/full') }),
    ).rejects.toThrow(
      `No space left on the disk of ${destination} while extracting 'packer' (100000 bytes) from full.zip: free space on that disk and re-run.`,
    );
  });

  it('refuses a corrupt archive', async () => {
    const zip = join(work, 'garbage.zip');
    writeFileSync(zip, 'not a zip');
    await expect(extractZip(zip, join(work, 'garbage-out'))).rejects.toThrow();
  });
});
