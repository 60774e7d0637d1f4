// Checks on downloaded release files: the OpenPGP signature of SHA256SUMS, then each file's SHA256.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { errorMessage } from '../errors.js';

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

/**
 * Throws unless `binarySignature` is a valid detached signature of `data` by `armoredPublicKey`
 * (or one of its subkeys). Returns the upper-case fingerprint of the key's primary key.
 */
export async function verifyDetachedSignature(
  data: Uint8Array,
  binarySignature: Uint8Array,
  armoredPublicKey: string,
): Promise<string> {
  // openpgp is large: load it only when something must be verified, never on a tool-cache hit.
  const openpgp = await import('openpgp');
  let verificationKey: Awaited<ReturnType<typeof openpgp.readKey>>;
  try {
    verificationKey = await openpgp.readKey({ armoredKey: armoredPublicKey });
  } catch (error) {
    throw new Error(
      `Input 'releases-public-key' is not a usable ASCII-armored OpenPGP public key ` +
        `(${errorMessage(error)}). Paste the whole block from '-----BEGIN PGP PUBLIC KEY BLOCK-----' ` +
        `to '-----END PGP PUBLIC KEY BLOCK-----', or leave the input empty to use HashiCorp's key.`,
      { cause: error },
    );
  }
  let signature: Awaited<ReturnType<typeof openpgp.readSignature>>;
  try {
    signature = await openpgp.readSignature({ binarySignature });
  } catch (error) {
    throw new Error(
      `The SHA256SUMS signature file is not an OpenPGP signature (${errorMessage(error)}): ` +
        'the download is corrupt or tampered with.',
      { cause: error },
    );
  }
  const { signatures } = await openpgp.verify({
    message: await openpgp.createMessage({ binary: data }),
    signature,
    verificationKeys: verificationKey,
    format: 'binary',
  });
  if (signatures.length === 0) {
    throw new Error('The SHA256SUMS signature file holds no signatures.');
  }
  const fingerprint = verificationKey.getFingerprint().toUpperCase();
  for (const { verified, keyID } of signatures) {
    try {
      // verify() resolves whatever the outcome; only each signature's `verified` promise can fail.
      await verified;
    } catch (error) {
      throw new Error(
        `SHA256SUMS is not validly signed by key ${fingerprint} (signature by key ID ` +
          `${keyID.toHex().toUpperCase()}: ${errorMessage(error)}). The download is corrupt or ` +
          `tampered with, or releases-public-key is not the key that signs this releases site.`,
        { cause: error },
      );
    }
  }
  return fingerprint;
}
