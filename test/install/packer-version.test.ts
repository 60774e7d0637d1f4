// `packer version` on a fresh install, run for real against scripts that answer, lie, hang or die.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { confirmVersion } from '../../src/install/packer-version.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'packer-version-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function script(name: string, body: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

/** A process's state letter from /proc (`Z`: killed, not yet reaped by its new parent), or gone. */
function processState(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] ?? 'gone';
  } catch {
    return 'gone';
  }
}

function check(binary: string, timeoutMs = 5000) {
  return confirmVersion({
    binary,
    version: '1.6.6',
    timeoutMs,
    timeoutVariable: 'PACKER_ACTION_VERSION_TIMEOUT',
    fix: 'check releases-url',
  });
}

describe('confirmVersion', () => {
  it('accepts the expected version, and passes CHECKPOINT_DISABLE=1', async () => {
    const binary = await script(
      'good',
      '[ "$1" = version ] && [ "$CHECKPOINT_DISABLE" = 1 ] && echo "Packer v1.6.6" && exit 0; exit 2',
    );
    await expect(check(binary)).resolves.toBeUndefined();
  });

  it('refuses another version', async () => {
    const binary = await script('liar', 'echo "Packer v1.7.0"');
    await expect(check(binary)).rejects.toThrow(
      `'${binary} version' printed Packer v1.7.0, but Packer 1.6.6 was expected: check releases-url.`,
    );
  });

  it('names the exit code and what the binary said', async () => {
    const binary = await script('failing', 'echo "cannot allocate memory" >&2; exit 3');
    await expect(check(binary)).rejects.toThrow(
      `'${binary} version' exited with code 3 ('cannot allocate memory'): check releases-url.`,
    );
  });

  it('names the signal that killed it', async () => {
    const binary = await script('crashing', 'kill -SEGV $$');
    await expect(check(binary)).rejects.toThrow(
      `'${binary} version' was killed by SIGSEGV (signal 11): the binary is damaged or not built for this runner; check releases-url.`,
    );
  });

  it('kills one that hangs, with the child it started, and says how to wait longer', async () => {
    // A child holding stdout open, as Packer's re-executed self would: the check must not wait for it.
    const pidFile = join(dir, 'child.pid');
    const binary = await script('hanging', `sleep 30 & echo $! > ${pidFile}; wait`);
    const started = performance.now();
    await expect(check(binary, 300)).rejects.toThrow(
      `'${binary} version' did not finish within 0.3 s and was killed: check releases-url. ` +
        'On a slow runner, raise PACKER_ACTION_VERSION_TIMEOUT (seconds).',
    );
    expect(performance.now() - started).toBeLessThan(2000);
    const childPid = Number(await readFile(pidFile, 'utf8'));
    await vi.waitFor(() => expect(processState(childPid)).toMatch(/^(gone|Z)$/));
  });

  it('says when the file cannot be run at all', async () => {
    const missing = join(dir, 'missing');
    await expect(check(missing)).rejects.toThrow(
      `Could not start '${missing}' in '${dir}': spawn ${missing} ENOENT: check releases-url.`,
    );
  });
});
