// openpgp is large: a run that finds Packer in the tool cache must not load it. Here any load of
// openpgp is recorded (and yields a module without functions).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tc from '@actions/tool-cache';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { installPacker, resolvePackerRelease } from '../../src/install/install.js';
import { hashicorpTarget } from '../../src/install/platform.js';
import { verifyDetachedSignature } from '../../src/install/verify.js';

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

it('is not loaded on a tool-cache hit, and no network is used', async () => {
  const packerDir = join(dir, 'packer');
  await mkdir(packerDir);
  await writeFile(join(packerDir, 'packer'), "#!/bin/sh\necho 'Packer v1.6.6'\n", { mode: 0o755 });
  const { arch } = hashicorpTarget(process.platform, process.arch);
  await tc.cacheDir(packerDir, 'packer', '1.6.6', arch);
  // Nothing listens on port 9 (discard): any request would fail the test.
  const releasesUrl = 'http://127.0.0.1:9';

  const release = await resolvePackerRelease({
    spec: { kind: 'exact', version: '1.6.6' },
    releasesUrl,
  });
  const installed = await installPacker({ ...release, releasesUrl, tempDir: dir });

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
