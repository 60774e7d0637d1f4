// openpgp is large: a run that finds Packer in the tool cache must not load it. Here any load of
// openpgp is recorded (and yields a module without functions).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tc from '@actions/tool-cache';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import {
  HASHICORP_RELEASE_KEY,
  HASHICORP_RELEASE_KEY_FINGERPRINT,
} from '../../src/install/hashicorp-key.js';
import { installPacker, resolvePackerRelease } from '../../src/install/install.js';
import { verifyDetachedSignature } from '../../src/install/signature.js';
import { HASHICORP_TRUST, trustRootOf } from '../../src/install/trust.js';
import { plantEntry } from '../support/tool-cache.js';

const openpgpLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('openpgp', () => {
  openpgpLoads.count += 1;
  return {};
});
vi.mock('@actions/core', () => ({ info: vi.fn(), debug: vi.fn() }));
vi.mock('@actions/tool-cache', async (importOriginal) => {
  const original = await importOriginal<typeof import('@actions/tool-cache')>();
  return { ...original, find: vi.fn(original.find) };
});

let dir: string;
beforeEach(async () => {
  vi.mocked(tc.find).mockClear();
  dir = await mkdtemp(join(tmpdir(), 'lazy-openpgp-'));
  process.env.RUNNER_TOOL_CACHE = join(dir, 'cache');
  process.env.RUNNER_TEMP = join(dir, 'temp');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

// Given as releases-public-key, HashiCorp's key makes the fingerprint be read from the armored text.
it.each([
  ["HashiCorp's key (the default)", HASHICORP_TRUST],
  ['a key given in releases-public-key', trustRootOf(HASHICORP_RELEASE_KEY)],
])(
  'is not loaded on a tool-cache hit with %s, no network is used and the tool cache looked up once',
  async (_, trust) => {
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
      trust,
    });
    const installed = await installPacker({ ...release, releases, trust, tempDir: dir });

    expect(release).toEqual({ version: '1.6.6', index: undefined, cachedDir: expect.any(String) });
    expect(installed.cacheHit).toBe(true);
    expect(openpgpLoads.count).toBe(0);
    expect(tc.find).toHaveBeenCalledTimes(1);
  },
);

it('is loaded when a signature is verified (so the test above can fail)', async () => {
  await expect(
    verifyDetachedSignature(new Uint8Array(), new Uint8Array(), 'key'),
  ).rejects.toThrow();
  expect(openpgpLoads.count).toBe(1);
});
