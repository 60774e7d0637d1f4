import { describe, expect, it } from 'vitest';
import { noResources } from '../src/packer/resources.js';
import { postStateWriter, readPostState } from '../src/state.js';

/** What the runner does: the last value saved under each name becomes STATE_<name>. */
function savedState() {
  const saved = new Map<string, string>();
  const writer = postStateWriter((name, value) => saved.set(name, String(value)));
  return { saved, writer, read: () => readPostState((name) => saved.get(name) ?? '') };
}

describe('post state', () => {
  it('is empty when the main step saved nothing', () => {
    expect(savedState().read()).toEqual({
      end: undefined,
      packer: undefined,
      aws: undefined,
      runTag: undefined,
      resources: noResources(),
      workDir: undefined,
    });
  });

  it('reads back what the main step saved, the last write of each part winning', () => {
    const { writer, read } = savedState();
    const aws = {
      region: 'eu-west-1',
      roleToAssume: 'arn:aws:iam::123456789012:role/r',
      roleSessionName: 'packer-1',
      roleDurationSeconds: 3600,
      audience: 'sts.amazonaws.com',
    };
    writer.runStarted('42-abc', '/runner/_temp/packer-run-x');
    writer.awsUsed(aws);
    writer.packerStarted({ pid: 10, phase: 'validate', logPath: '/a' });
    writer.packerExited();
    writer.packerStarted({ pid: 11, phase: 'build', logPath: '/b' });
    writer.resourcesAnnounced({ ...noResources(), instanceIds: ['i-1'] });
    writer.resourcesAnnounced({
      ...noResources(),
      instanceIds: ['i-1'],
      keyPairNames: ['packer_1'],
    });
    writer.mainEnded('packer-running');

    expect(read()).toEqual({
      end: 'packer-running',
      packer: { pid: 11, phase: 'build', logPath: '/b' },
      aws,
      runTag: '42-abc',
      resources: { ...noResources(), instanceIds: ['i-1'], keyPairNames: ['packer_1'] },
      workDir: '/runner/_temp/packer-run-x',
    });
  });

  it('counts a Packer that exited, and anything unreadable, as not saved', () => {
    const { saved, writer, read } = savedState();
    writer.packerStarted({ pid: 10, phase: 'build', logPath: '/a' });
    writer.packerExited();
    saved.set('aws', '{not json');
    saved.set('end', 'something else');
    expect(read()).toMatchObject({ packer: undefined, aws: undefined, end: undefined });
  });
});
