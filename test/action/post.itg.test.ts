// The post step's bundle (dist/post/index.cjs) on its own: after a clean run (a build, or a
// `command: publish`, which leaves nothing for it) it reads the saved state and stops, needing none
// of the chunks that hold the AWS SDK.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EC2Client, RegisterImageCommand } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundleWithout,
  isChunk,
  POST_ENTRY,
  runAction,
  type TrimmedBundle,
} from '../support/action.js';
import { MOTO_CREDENTIALS, startMoto } from '../support/moto.js';
import { Runners } from './support.js';

const runners = new Runners();
// dist/post/ with its entry file alone.
let alone: TrimmedBundle;
beforeAll(() => {
  alone = bundleWithout(POST_ENTRY, () => true);
});
afterAll(() => {
  alone.dispose();
  runners.removeAll();
});

describe('the post step', () => {
  it('keeps the AWS SDK in chunks of its own', () => {
    const chunks = fs.readdirSync(path.dirname(POST_ENTRY)).filter(isChunk);
    const ec2 = chunks.filter((name) =>
      fs
        .readFileSync(path.join(path.dirname(POST_ENTRY), name), 'utf8')
        .includes('TerminateInstances'),
    );
    expect(ec2).not.toEqual([]);
    expect(alone.removed).toEqual(expect.arrayContaining(ec2));
    expect(fs.readFileSync(POST_ENTRY, 'utf8')).not.toContain('TerminateInstances');
  });

  it('does nothing after a clean run, with its entry alone', async () => {
    const run = await runAction({
      runner: runners.make(),
      entry: alone.entry,
      inputs: {},
      state: { end: 'clean', packer: '', 'run-tag': '1-abc' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.summary).toBe('');
  });

  it('fails, never exits 0, when what a run that did not end cleanly needs cannot be loaded', async () => {
    const run = await runAction({
      runner: runners.make(),
      entry: alone.entry,
      inputs: {},
      state: { end: 'packer-killed', packer: '', 'run-tag': '1-abc' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('Cannot find module');
  });

  it('does nothing after a command: publish run (no Packer, no build), with its entry alone', async () => {
    const moto = await startMoto();
    try {
      const ec2 = new EC2Client({
        region: 'eu-west-1',
        endpoint: moto.url,
        credentials: MOTO_CREDENTIALS,
      });
      const { ImageId = '' } = await ec2.send(
        new RegisterImageCommand({ Name: 'published', RootDeviceName: '/dev/sda1' }),
      );
      ec2.destroy();
      const runner = runners.make();
      const awsEnv = {
        ...moto.env(),
        AWS_ACCESS_KEY_ID: MOTO_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: MOTO_CREDENTIALS.secretAccessKey,
      };
      const main = await runAction({
        runner,
        inputs: {
          command: 'publish',
          'ami-id': ImageId,
          'aws-region': 'eu-west-1',
          'ssm-parameter': '/images/post/latest',
        },
        env: awsEnv,
      });
      expect(main.errors).toEqual([]);
      expect(main.state).toEqual({ end: 'clean' });

      const post = await runAction({
        runner,
        entry: alone.entry,
        inputs: {},
        state: main.state,
        env: awsEnv,
      });
      expect(post.exitCode).toBe(0);
      expect(post.stdout).toBe('');
      expect(post.summary).toBe('');
    } finally {
      await moto.stop();
    }
  });

  it('says there is nothing to clean up when the main step was killed before starting Packer', async () => {
    const run = await runAction({
      runner: runners.make(),
      entry: POST_ENTRY,
      inputs: {},
      state: {},
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('it had started no Packer and used no AWS: nothing to clean up.');
  });
});
