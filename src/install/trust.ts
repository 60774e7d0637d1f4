// The key SHA256SUMS must be signed with, and its fingerprint, which names the tool cache entries
// it verified. Read once, with the inputs: a tool-cache hit needs the fingerprint but not openpgp.
import { publicKeyFingerprint } from './fingerprint.js';
import { HASHICORP_RELEASE_KEY, HASHICORP_RELEASE_KEY_FINGERPRINT } from './hashicorp-key.js';

export interface TrustRoot {
  armoredKey: string;
  /** Upper-case hex: part of the tool cache entry's name. */
  fingerprint: string;
}

export const HASHICORP_TRUST: TrustRoot = {
  armoredKey: HASHICORP_RELEASE_KEY,
  fingerprint: HASHICORP_RELEASE_KEY_FINGERPRINT,
};

/** The trust root of a key given as releases-public-key; throws when its fingerprint is unreadable. */
export function trustRootOf(armoredKey: string): TrustRoot {
  return { armoredKey, fingerprint: publicKeyFingerprint(armoredKey) };
}
