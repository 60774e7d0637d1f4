// How the action runs Packer, seen from outside with the real Packer 1.6.6: what each Packer process
// gets in its environment and on its command line.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { parseOutputFile, type RunnerDirectories, startAction } from '../support/action.js';
import { hclInterpolation, mirrorInputs, useWarmPacker, writeWorkspace } from './support.js';

const packer = useWarmPacker();

/** Polls `read` until it returns something; fails after `timeoutMilliseconds`. */
async function waitFor<T>(
  what: string,
  read: () => T | undefined,
  timeoutMilliseconds = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMilliseconds;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await delay(20);
  }
}

/** The Packer process the action has saved for the post step (GITHUB_STATE), while it runs. */
function runningPacker(runner: RunnerDirectories): { pid: number; phase: string } | undefined {
  const saved = parseOutputFile(fs.readFileSync(path.join(runner.root, 'state'), 'utf8')).packer;
  return saved ? (JSON.parse(saved) as { pid: number; phase: string }) : undefined;
}

function environOf(pid: number): Record<string, string> {
  const entries = fs
    .readFileSync(`/proc/${pid}/environ`, 'utf8')
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]);
  return Object.fromEntries(entries);
}

/**
 * An HCL2 template whose locals read `gate`, a named pipe: each Packer run (validate, then build)
 * blocks until the test writes to it, so the test can look at the running process.
 */
const GATED_TEMPLATE = `locals {
  gate = file("gate")
}

source "null" "x" {
  communicator = "none"
}

build {
  sources = ["source.null.x"]

  provisioner "shell-local" {
    inline = ["echo gate=${hclInterpolation('local.gate')}"]
  }
}
`;

describe('github-token', () => {
  it('is in the environment of neither packer validate nor packer build', async () => {
    const runner = packer.runner();
    writeWorkspace(runner, { 'image.pkr.hcl': GATED_TEMPLATE });
    const gate = path.join(runner.workspace, 'gate');
    execFileSync('mkfifo', [gate]);
    const token = 'ghs_token_for_init_only';
    const action = startAction({
      runner,
      inputs: {
        ...mirrorInputs(packer.mirror),
        command: 'build',
        template: 'image.pkr.hcl',
        'github-token': token,
      },
      env: { GITHUB_SERVER_URL: 'https://github.com' },
    });
    const seen: Record<string, Record<string, string>> = {};
    let pid: number | undefined;
    try {
      for (const phase of ['validate', 'build']) {
        ({ pid } = await waitFor(`packer ${phase}`, () => {
          const running = runningPacker(runner);
          return running?.phase === phase ? running : undefined;
        }));
        seen[phase] = environOf(pid);
        fs.writeFileSync(gate, `${phase} may go on`);
      }
    } catch (error) {
      // Neither Packer (blocked on the pipe, in its own process group) nor the action outlives it.
      if (pid !== undefined) process.kill(-pid, 'SIGKILL');
      action.child.kill('SIGKILL');
      throw error;
    }
    const run = await action.done;

    expect(run.exitCode).toBe(0);
    expect(Object.keys(seen)).toEqual(['validate', 'build']);
    for (const env of Object.values(seen)) {
      // The environment read is Packer's: the action's settings are there, the token is not.
      expect(env.CHECKPOINT_DISABLE).toBe('1');
      expect(env.GITHUB_SERVER_URL).toBe('https://github.com');
      expect(env).not.toHaveProperty('PACKER_GITHUB_API_TOKEN');
      expect(Object.values(env).filter((value) => value.includes(token))).toEqual([]);
    }
    expect(run.stdout).toContain('null.x: gate=build may go on');
  });
});
