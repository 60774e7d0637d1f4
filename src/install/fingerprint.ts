// The fingerprint of an ASCII-armored OpenPGP public key, read from its first packet without loading
// openpgp (about 100 ms to import): a tool-cache hit needs the fingerprint, because it names the
// cache entry, but verifies no signature.
import { createHash } from 'node:crypto';

const PUBLIC_KEY_TAG = 6;
const ARMOR_BEGIN = /^-----BEGIN PGP PUBLIC KEY BLOCK-----\s*$/;
const ARMOR_END = /^-----END PGP PUBLIC KEY BLOCK-----\s*$/;

/**
 * Upper-case hex fingerprint of the primary key of the first public key in `armoredKey`: SHA-1 over
 * the key packet for v4 keys, SHA-256 for v5 and v6 (RFC 9580 §5.5.4). Throws an Error saying what
 * is wrong with the block; the caller names the input.
 */
export function publicKeyFingerprint(armoredKey: string): string {
  const packet = firstPacket(dearmor(armoredKey));
  if (packet.tag !== PUBLIC_KEY_TAG) {
    throw new Error(`its first packet is not a public key (packet tag ${packet.tag})`);
  }
  const { body } = packet;
  const version = body[0];
  if (version === 4) return digest('sha1', [0x99], 2, body);
  if (version === 5) return digest('sha256', [0x9a], 4, body);
  if (version === 6) return digest('sha256', [0x9b], 4, body);
  throw new Error(`its key packet has version ${version ?? 'none'}; only 4, 5 and 6 are supported`);
}

function digest(
  algorithm: 'sha1' | 'sha256',
  prefix: number[],
  lengthBytes: 2 | 4,
  body: Buffer,
): string {
  const length = Buffer.alloc(lengthBytes);
  length.writeUIntBE(body.length, 0, lengthBytes);
  return createHash(algorithm)
    .update(Buffer.from(prefix))
    .update(length)
    .update(body)
    .digest('hex')
    .toUpperCase();
}

/** The base64 payload of the armored block, decoded; armor headers and the CRC line are skipped. */
function dearmor(armored: string): Buffer {
  const lines = armored.split(/\r?\n/).map((line) => line.trim());
  const begin = lines.findIndex((line) => ARMOR_BEGIN.test(line));
  const end = lines.findIndex((line, index) => index > begin && ARMOR_END.test(line));
  if (begin < 0 || end < 0) {
    throw new Error('it is not one armored block from BEGIN to END PGP PUBLIC KEY BLOCK');
  }
  let body = lines.slice(begin + 1, end);
  // Armor headers ("Comment: …") end at the first blank line; a block without headers may omit it.
  const blank = body.indexOf('');
  if (body.slice(0, Math.max(blank, 0)).every((line) => line.includes(': '))) {
    body = body.slice(blank + 1);
  }
  const base64 = body.filter((line) => line !== '' && !line.startsWith('=')).join('');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) {
    throw new Error('its armored body is not base64');
  }
  return Buffer.from(base64, 'base64');
}

/** The first packet's tag and body (RFC 9580 §4.2: old and new header formats). */
function firstPacket(bytes: Buffer): { tag: number; body: Buffer } {
  const header = bytes[0];
  // Long enough for any header; a key packet is longer still.
  if (bytes.length < 6) throw new Error('its key packet is truncated');
  if (header === undefined || (header & 0x80) === 0) {
    throw new Error('it does not start with an OpenPGP packet');
  }
  let tag: number;
  let length: number;
  let offset: number;
  if (header & 0x40) {
    tag = header & 0x3f;
    const first = bytes[1] ?? 0;
    if (first < 192) [length, offset] = [first, 2];
    else if (first < 224) [length, offset] = [((first - 192) << 8) + (bytes[2] ?? 0) + 192, 3];
    else if (first === 255) [length, offset] = [bytes.readUInt32BE(2), 6];
    else throw new Error('its key packet has a partial length');
  } else {
    tag = (header >> 2) & 0x0f;
    const lengthType = header & 0x03;
    if (lengthType === 0) [length, offset] = [bytes[1] ?? 0, 2];
    else if (lengthType === 1) [length, offset] = [bytes.readUInt16BE(1), 3];
    else if (lengthType === 2) [length, offset] = [bytes.readUInt32BE(1), 5];
    else throw new Error('its key packet has an indeterminate length');
  }
  if (offset + length > bytes.length) throw new Error('its key packet is truncated');
  return { tag, body: bytes.subarray(offset, offset + length) };
}
