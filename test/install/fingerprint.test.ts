import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import { publicKeyFingerprint } from '../../src/install/fingerprint.js';
import {
  HASHICORP_RELEASE_KEY,
  HASHICORP_RELEASE_KEY_FINGERPRINT,
} from '../../src/install/hashicorp-key.js';

type KeyOptions = Pick<
  Parameters<typeof openpgp.generateKey>[0],
  'type' | 'curve' | 'rsaBits' | 'config'
>;

async function generated(options: KeyOptions) {
  const { publicKey } = await openpgp.generateKey({
    userIDs: [{ name: 'Fingerprint Test' }],
    format: 'armored',
    ...options,
  });
  const key = await openpgp.readKey({ armoredKey: publicKey });
  return { armored: publicKey, fingerprint: key.getFingerprint().toUpperCase() };
}

describe('publicKeyFingerprint', () => {
  it("reads HashiCorp's RSA key (v4, old-format packet header)", () => {
    expect(publicKeyFingerprint(HASHICORP_RELEASE_KEY)).toBe(HASHICORP_RELEASE_KEY_FINGERPRINT);
  });

  it.each<[string, KeyOptions]>([
    ['a v4 curve25519 key', { type: 'ecc', curve: 'curve25519Legacy' }],
    ['a v4 RSA key', { type: 'rsa', rsaBits: 2048 }],
    ['a v6 key (RFC 9580)', { type: 'curve25519', config: { v6Keys: true } }],
  ])('agrees with openpgp on %s', async (_, options) => {
    const { armored, fingerprint } = await generated(options);
    expect(publicKeyFingerprint(armored)).toBe(fingerprint);
  });

  it('ignores armor headers, CRLF line ends and surrounding text', async () => {
    const { armored, fingerprint } = await generated({ type: 'ecc', curve: 'curve25519Legacy' });
    const withHeaders = armored.replace(
      /-----\n/,
      '-----\nComment: pasted from the wiki\nVersion: 1\n',
    );
    const text = `my key:\r\n${withHeaders.replaceAll('\n', '\r\n')}\r\nthanks`;
    expect(publicKeyFingerprint(text)).toBe(fingerprint);
  });

  it.each([
    ['no armor at all', 'not a key', /not one armored block/],
    [
      'a body that is not base64',
      '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%%%%\n-----END PGP PUBLIC KEY BLOCK-----',
      /not base64/,
    ],
    [
      'a body that is not a packet',
      '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nAAAAAAAAAAAA\n-----END PGP PUBLIC KEY BLOCK-----',
      /does not start with an OpenPGP packet/,
    ],
    [
      'a truncated key packet',
      `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${HASHICORP_RELEASE_KEY.split('\n')[2]}\n-----END PGP PUBLIC KEY BLOCK-----`,
      /truncated/,
    ],
  ])('explains %s', (_, armored, message) => {
    expect(() => publicKeyFingerprint(armored)).toThrow(message);
  });

  it('refuses a block whose first packet is not a public key (a signature)', async () => {
    const { privateKey } = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ name: 'x' }],
      format: 'armored',
    });
    const signature = await openpgp.sign({
      message: await openpgp.createMessage({ text: 'x' }),
      signingKeys: await openpgp.readPrivateKey({ armoredKey: privateKey }),
      detached: true,
    });
    const asKeyBlock = signature
      .replace('BEGIN PGP SIGNATURE', 'BEGIN PGP PUBLIC KEY BLOCK')
      .replace('END PGP SIGNATURE', 'END PGP PUBLIC KEY BLOCK');
    expect(() => publicKeyFingerprint(asKeyBlock)).toThrow(/not a public key \(packet tag 2\)/);
  });
});
