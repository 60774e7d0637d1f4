import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDetachedSignature } from '../../src/install/signature.js';
import { parseSha256Sums, sha256OfFile } from '../../src/install/verify.js';
import { generateSigningKey, type SigningKey, signDetached } from '../support/releases-mirror.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('parseSha256Sums', () => {
  it.each([
    [
      'two-space lines',
      `${A}  packer_1.11.2_linux_amd64.zip\n${B}  packer_1.11.2_darwin_arm64.zip\n`,
    ],
    [
      'binary-mode lines',
      `${A} *packer_1.11.2_linux_amd64.zip\n${B} *packer_1.11.2_darwin_arm64.zip`,
    ],
    [
      'CRLF and blank lines',
      `\r\n${A}  packer_1.11.2_linux_amd64.zip\r\n\r\n${B}  packer_1.11.2_darwin_arm64.zip\r\n`,
    ],
    [
      'upper-case digests',
      `${A.toUpperCase()}  packer_1.11.2_linux_amd64.zip\n${B.toUpperCase()}  packer_1.11.2_darwin_arm64.zip\n`,
    ],
  ])('reads %s', (_, text) => {
    expect(parseSha256Sums(text)).toEqual(
      new Map([
        ['packer_1.11.2_linux_amd64.zip', A],
        ['packer_1.11.2_darwin_arm64.zip', B],
      ]),
    );
  });

  it('keeps spaces inside file names', () => {
    expect(parseSha256Sums(`${A}  a file.zip`)).toEqual(new Map([['a file.zip', A]]));
  });

  it('is empty for an empty file', () => {
    expect(parseSha256Sums('')).toEqual(new Map());
  });

  it.each([
    ['a short digest', `${'a'.repeat(63)}  packer.zip`],
    ['a non-hex digest', `${'g'.repeat(64)}  packer.zip`],
    ['no file name', `${A}  `],
    ['one space', `${A} packer.zip`],
    ['HTML', '<html>not found</html>'],
  ])('rejects %s, naming the line', (_, line) => {
    expect(() => parseSha256Sums(`${B}  ok.zip\n${line}\n`)).toThrow(
      `Line 2 of SHA256SUMS is not '<sha256>  <file name>'`,
    );
  });
});

describe('sha256OfFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sha256-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    // Larger than one stream chunk; hashed at once here, independently of the code under test.
    ['x'.repeat(1_000_000), createHash('sha256').update('x'.repeat(1_000_000)).digest('hex')],
  ])('hashes a %#th file', async (content, digest) => {
    const path = join(dir, `file-${content.length}`);
    await writeFile(path, content);
    await expect(sha256OfFile(path)).resolves.toBe(digest);
  });
});

describe('verifyDetachedSignature', () => {
  const data = new TextEncoder().encode(`${A}  packer_1.11.2_linux_amd64.zip\n`);
  let releaseKey: SigningKey;
  let otherKey: SigningKey;
  let releaseFingerprint: string;
  let goodSignature: Uint8Array;

  beforeAll(async () => {
    [releaseKey, otherKey] = await Promise.all([generateSigningKey(), generateSigningKey('Other')]);
    releaseFingerprint = (await openpgp.readKey({ armoredKey: releaseKey.publicKey }))
      .getFingerprint()
      .toUpperCase();
    goodSignature = await signDetached(data, releaseKey.privateKey);
  });

  it('accepts a good signature and returns the key fingerprint', async () => {
    await expect(verifyDetachedSignature(data, goodSignature, releaseKey.publicKey)).resolves.toBe(
      releaseFingerprint,
    );
  });

  it('accepts a signature by a signing subkey, returning the primary key fingerprint', async () => {
    // HashiCorp signs with a subkey of its release key.
    const { privateKey, publicKey } = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ name: 'Subkey signer' }],
      subkeys: [{}, { sign: true }],
      format: 'object',
    });
    const signature = await signDetached(data, privateKey.armor());
    const [signedBy] = (
      await openpgp.readSignature({ binarySignature: signature })
    ).getSigningKeyIDs();
    expect(signedBy?.equals(publicKey.getSubkeys()[1]?.getKeyID() ?? publicKey.getKeyID())).toBe(
      true,
    );
    await expect(verifyDetachedSignature(data, signature, publicKey.armor())).resolves.toBe(
      publicKey.getFingerprint().toUpperCase(),
    );
  });

  it('rejects tampered data', async () => {
    const tampered = Uint8Array.from(data);
    tampered[0] = 'b'.charCodeAt(0);
    await expect(
      verifyDetachedSignature(tampered, goodSignature, releaseKey.publicKey),
    ).rejects.toThrow(`SHA256SUMS is not validly signed by key ${releaseFingerprint}`);
  });

  it('rejects a signature made by another key', async () => {
    const signature = await signDetached(data, otherKey.privateKey);
    await expect(verifyDetachedSignature(data, signature, releaseKey.publicKey)).rejects.toThrow(
      /not validly signed .*the download is corrupt or tampered with, or releases-public-key is not the key/i,
    );
  });

  it('rejects when any of several signatures is bad', async () => {
    const both = await openpgp.sign({
      message: await openpgp.createMessage({ binary: data }),
      signingKeys: await Promise.all(
        [releaseKey, otherKey].map((key) => openpgp.readPrivateKey({ armoredKey: key.privateKey })),
      ),
      detached: true,
      format: 'binary',
    });
    await expect(verifyDetachedSignature(data, both, releaseKey.publicKey)).rejects.toThrow(
      'not validly signed',
    );
  });

  it.each([
    ['garbage', 'not a key'],
    ['an empty key', ''],
    ['a truncated key', () => releaseKey.publicKey.slice(0, 200)],
    ['a signature block', '-----BEGIN PGP SIGNATURE-----\n\nAAAA\n-----END PGP SIGNATURE-----\n'],
  ])('rejects %s as releases-public-key', async (_, key) => {
    const armored = typeof key === 'function' ? key() : key;
    await expect(verifyDetachedSignature(data, goodSignature, armored)).rejects.toThrow(
      /^Input 'releases-public-key' is not a usable ASCII-armored OpenPGP public key/,
    );
  });

  it('rejects a signature file that is not a signature', async () => {
    await expect(
      verifyDetachedSignature(data, new TextEncoder().encode('<html>'), releaseKey.publicKey),
    ).rejects.toThrow('The SHA256SUMS signature file is not an OpenPGP signature');
  });
});
