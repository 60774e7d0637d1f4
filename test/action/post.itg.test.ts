// The post step's bundle (dist/post/index.js) on its own: after a clean run it reads the saved state
// and stops, needing none of the chunks that hold the AWS SDK.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST_ENTRY, runAction } from '../support/action.js';
import { Runners } from './support.js';

const runners = new Runners();
let copy: string;
let removed: string[];

// A copy of dist/post/ with its entry file alone.
beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-post-alone-'));
  fs.cpSync(path.dirname(POST_ENTRY), copy, { recursive: true });
  removed = fs.readdirSync(copy).filter((name) => name.endsWith('.js') && name !== 'index.js');
  for (const name of removed) fs.rmSync(path.join(copy, name));
});
afterAll(() => {
  fs.rmSync(copy, { recursive: true, force: true });
  runners.removeAll();
});

describe('the post step', () => {
  it('keeps the AWS SDK in chunks of its own', () => {
    const chunks = fs
      .readdirSync(path.dirname(POST_ENTRY))
      .filter((name) => name.endsWith('.js') && name !== 'index.js');
    const ec2 = chunks.filter((name) =>
      fs
        .readFileSync(path.join(path.dirname(POST_ENTRY), name), 'utf8')
        .includes('TerminateInstances'),
    );
    expect(ec2).not.toEqual([]);
    expect(removed).toEqual(expect.arrayContaining(ec2));
    expect(fs.readFileSync(POST_ENTRY, 'utf8')).not.toContain('TerminateInstances');
  });

  it('does nothing after a clean run, with its entry alone', async () => {
    const run = await runAction({
      runner: runners.make(),
      entry: path.join(copy, 'index.js'),
      inputs: {},
      state: { end: 'clean', packer: '', 'run-tag': '1-abc' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.summary).toBe('');
  });

  it('says there is nothing to clean up when the main step was killed before starting Packer', async () => {
    const run = await runAction({
      runner: runners.make(),
      entry: path.join(copy, 'index.js'),
      inputs: {},
      state: {},
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('it had started no Packer and used no AWS: nothing to clean up.');
  });
});
