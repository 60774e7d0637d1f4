import { describe, expect, it } from 'vitest';
import {
  addResource,
  announcedResource,
  type BuilderResources,
  hasResources,
  noResources,
} from '../../src/packer/resources.js';
import { decodeRecords, uiMessage } from '../../src/packer/stream.js';
import { packerFixture } from '../support/fixtures.js';

/** What a recorded build announced, gathered as the build phase does. */
function announcedIn(fixture: string): BuilderResources {
  const resources = noResources();
  for (const record of decodeRecords(packerFixture(fixture))) {
    const announced = announcedResource(uiMessage(record)?.message ?? '');
    if (announced) addResource(resources, announced.kind, announced.id);
  }
  return resources;
}

describe('announcedResource', () => {
  it('finds what a whole amazon-ebs build created', () => {
    expect(announcedIn('amazon-ebs-build.machine.log')).toEqual({
      instanceIds: ['i-5dd216bc0b13b0b5a'],
      keyPairNames: ['packer_6b05132b-7857-da7f-4e15-a16d833ff55d'],
      securityGroupNames: ['packer_6b05132b-bc40-c5f6-7386-ba4cb674f9fb'],
      amiIds: ['ami-0331f93efbc230e15'],
      snapshotIds: ['snap-6d0d0d7f7f85b7918'],
    });
  });

  it('finds what an interrupted build had created', () => {
    expect(announcedIn('amazon-ebs-interrupted.machine.log')).toEqual({
      instanceIds: ['i-5556710ef920121cc'],
      keyPairNames: ['packer_6b051331-2953-b9d5-0ff3-31edf66e4a64'],
      securityGroupNames: ['packer_6b051331-7c26-9073-c50a-9fe59e413c02'],
      amiIds: [],
      snapshotIds: [],
    });
  });

  it.each([
    [
      '    amazon-ebs.web_node: Instance ID: i-0123456789abcdef0',
      'instanceIds',
      'i-0123456789abcdef0',
    ],
    ['    amazon-ebs.web_node: AMI: ami-0123456789abcdef0', 'amiIds', 'ami-0123456789abcdef0'],
  ])('reads HCL2 build names: %s', (message, kind, id) => {
    expect(announcedResource(message)).toEqual({ kind, id });
  });

  it.each([
    '    null.x: Instance ID: i-0123 is what I would have said',
    '    amazon-ebs: Found Image ID: ami-785db401',
    'Instance ID: i-01',
  ])('is not fooled by other lines: %s', (message) => {
    expect(announcedResource(message)).toBeUndefined();
  });
});

describe('addResource and hasResources', () => {
  it('keep each id once', () => {
    const resources = noResources();
    expect(hasResources(resources)).toBe(false);
    expect(addResource(resources, 'amiIds', 'ami-1')).toBe(true);
    expect(addResource(resources, 'amiIds', 'ami-1')).toBe(false);
    expect(resources.amiIds).toEqual(['ami-1']);
    expect(hasResources(resources)).toBe(true);
  });
});
