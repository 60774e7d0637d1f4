// The OpenPGP signature of SHA256SUMS. openpgp is large (about 150 ms to load): the action loads it
// only to verify a download, and then in a worker thread (signature-worker.cts), never on a hit.
import { errorMessage } from '../errors.js';

/** What signature-worker.cts is given, and what it answers. */
export interface SignatureRequest {
  data: Uint8Array;
  signature: Uint8Array;
  armoredKey: string;
}
export type SignatureAnswer = { fingerprint: string } | { error: string };

/**
 * Throws unless `binarySignature` is a valid detached signature of `data` by `armoredPublicKey`
 * (or one of its subkeys). Returns the upper-case fingerprint of the key's primary key.
 */
export async function verifyDetachedSignature(
  data: Uint8Array,
  binarySignature: Uint8Array,
  armoredPublicKey: string,
): Promise<string> {
  // Loaded at the first check: importing this module costs nothing.
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
