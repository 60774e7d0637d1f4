import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noResources } from '../../src/packer/resources.js';
import { variablesFilePath } from '../../src/packer/variables.js';
import { runPost } from '../../src/post/run.js';
import { signalGroup } from '../../src/process/child.js';
import type { PostState } from '../../src/state.js';

vi.mock('@actions/core', () => ({
  info: vi.fn(),
  warning: vi.fn(),
  summary: { addRaw: () => ({ write: async () => undefined }) },
}));

describe('the post step after a main step that was killed', () => {
  let workDir: string;
  let leader: number | undefined;
  beforeEach(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-run-'));
    fs.writeFileSync(variablesFilePath(workDir), '{"password": "s3cret"}', { mode: 0o600 });
    fs.writeFileSync(path.join(workDir, 'packer-build.out'), '');
  });
  afterEach(() => {
    if (leader !== undefined) signalGroup(leader, 'SIGKILL');
    leader = undefined;
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  function killedMainState(packer?: PostState['packer']): PostState {
    return {
      end: undefined,
      packer,
      aws: undefined,
      runTag: '1-abc',
      resources: noResources(),
      workDir,
    };
  }

  it('removes the work directory, variables file and all, when Packer is gone', async () => {
    await runPost(killedMainState());
    expect(fs.existsSync(workDir)).toBe(false);
  });

  it('removes the variables file even when Packer outlives its wait', async () => {
    // A Packer that ignores SIGINT, in a process group of its own as the action starts it.
    const stubborn = spawn('sh', ['-c', 'trap "" INT; echo ready; exec sleep 30'], {
      detached: true,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    leader = stubborn.pid;
    if (leader === undefined) throw new Error('no pid');
    await new Promise((ready) => stubborn.stdout.once('data', ready));
    const logPath = path.join(workDir, 'packer-build.out');
    await runPost(killedMainState({ pid: leader, phase: 'build', logPath }), {
      platform: 'linux',
      packerWaitMilliseconds: 300,
    });
    expect(fs.readdirSync(workDir)).toEqual(['packer-build.out']);
  });
});
