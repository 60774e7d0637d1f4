// Checks on downloaded release files: SHA256SUMS read, and a file's SHA256 (the signature of
// SHA256SUMS is signature.ts's).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

const SUMS_LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/;

/** Parses `sha256sum` output (`<hex>  <file>`, or `<hex> *<file>`) into file name → lower-case digest. */
export function parseSha256Sums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') {
      continue;
    }
    const match = SUMS_LINE.exec(line);
    if (match?.[1] === undefined || match[2] === undefined) {
      throw new Error(`Line ${index + 1} of SHA256SUMS is not '<sha256>  <file name>': '${line}'`);
    }
    sums.set(match[2], match[1].toLowerCase());
  }
  return sums;
}

/** Lower-case hex SHA256 of a file, read as a stream. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}
