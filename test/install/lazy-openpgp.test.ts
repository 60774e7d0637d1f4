// openpgp is large: a run that finds Packer in the tool cache must not load it. Here any load of
// openpgp is recorded (and yields a module without functions).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import {
  HASHICORP_RELEASE_KEY,
  HASHICORP_RELEASE_KEY_FINGERPRINT,
} from '../../src/install/hashicorp-key.js';
import { installPacker, resolvePackerRelease } from '../../src/install/install.js';
import { verifyDetachedSignature } from '../../src/install/verify.js';
import { plantEntry } from '../support/tool-cache.js';

const openpgpLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('openpgp', () => {
  openpgpLoads.count += 1;
  return {};
});
vi.mock('@actions/core', () => ({ info: vi.fn(), debug: vi.fn() }));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lazy-openpgp-'));
  process.env.RUNNER_TOOL_CACHE = join(dir, 'cache');
  process.env.RUNNER_TEMP = join(dir, 'temp');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

// Given as releases-public-key, HashiCorp's key makes the fingerprint be read from the armored text.
it.each([
  ["HashiCorp's key (the default)", undefined],
  ['a key given in releases-public-key', HASHICORP_RELEASE_KEY],
])('is not loaded on a tool-cache hit with %s, and no network is used', async (_, publicKey) => {
  await plantEntry({
    fingerprint: HASHICORP_RELEASE_KEY_FINGERPRINT,
    version: '1.6.6',
    content: "#!/bin/sh\necho 'Packer v1.6.6'\n",
  });
  // Nothing listens on port 9 (discard): any request would fail the test.
  const releases = { url: 'http://127.0.0.1:9', credentials: undefined };

  const release = await resolvePackerRelease({
    spec: { kind: 'exact', version: '1.6.6' },
    releases,
    publicKey,
  });
  const installed = await installPacker({ ...release, releases, publicKey, tempDir: dir });

  expect(release).toEqual({ version: '1.6.6', index: undefined });
  expect(installed.cacheHit).toBe(true);
  expect(openpgpLoads.count).toBe(0);
});

it('is loaded when a signature is verified (so the test above can fail)', async () => {
  await expect(
    verifyDetachedSignature(new Uint8Array(), new Uint8Array(), 'key'),
  ).rejects.toThrow();
  expect(openpgpLoads.count).toBe(1);
});
