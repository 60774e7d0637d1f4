import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

describe('extractZip', () => {
  it('extracts every file with its content and permissions', async () => {
    const zip = makeZip('release', {
      packer: ['#!/bin/sh\necho packer\n', 0o755],
      'LICENSE.txt': ['MPL', 0o644],
      'docs/README': ['read me', 0o600],
    });
    const destination = join(work, 'out');
    expect(await extractZip(zip, destination)).toBe(destination);
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

  it('refuses a corrupt archive', async () => {
    const zip = join(work, 'garbage.zip');
    writeFileSync(zip, 'not a zip');
    await expect(extractZip(zip, join(work, 'garbage-out'))).rejects.toThrow();
  });
});
