import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import {
  HASHICORP_RELEASE_KEY,
  HASHICORP_RELEASE_KEY_FINGERPRINT,
} from '../../src/install/hashicorp-key.js';

describe('the embedded HashiCorp release key', () => {
  it('is the key with the published fingerprint', async () => {
    const key = await openpgp.readKey({ armoredKey: HASHICORP_RELEASE_KEY });
    // As HashiCorp publishes it: C874 011F 0AB4 0511 0D02 1055 3436 5D94 72D7 468F.
    const published = 'C874 011F 0AB4 0511 0D02 1055 3436 5D94 72D7 468F'.replaceAll(' ', '');
    expect(key.getFingerprint().toUpperCase()).toBe(published);
    expect(HASHICORP_RELEASE_KEY_FINGERPRINT).toBe(published);
  });

  // Checked against today on purpose: when this fails, embed HashiCorp's renewed key.
  it('is a public key that has not expired and has a subkey that can sign today', async () => {
    const key = await openpgp.readKey({ armoredKey: HASHICORP_RELEASE_KEY });
    const day = new Date();
    expect(key.isPrivate()).toBe(false);
    const expires = await key.getExpirationTime();
    expect(expires).toBeInstanceOf(Date);
    expect((expires as Date).getTime()).toBeGreaterThan(day.getTime());
    await expect(key.getSigningKey(undefined, day)).resolves.toBeDefined();
  });
});
