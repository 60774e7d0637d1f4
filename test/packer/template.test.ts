import { describe, expect, it } from 'vitest';
import { legacyAmiBuilds } from '../../src/packer/template.js';

const template = (...builders: object[]) => JSON.stringify({ builders });

describe('legacyAmiBuilds', () => {
  it('lists the AMI builders by name, with their literal regions', () => {
    const text = template(
      { type: 'amazon-ebs', region: 'eu-west-1', ami_regions: ['us-east-1', 'eu-central-1'] },
      { type: 'amazon-ebs', name: 'db', region: '{{user `region`}}' },
      { type: 'amazon-ebsvolume', name: 'volumes', region: 'eu-west-1' },
      { type: 'null', name: 'nothing' },
      { type: 'amazon-chroot', name: 'chroot', ami_regions: ['{{user `copy_to`}}', 'ap-south-1'] },
    );
    expect(legacyAmiBuilds(text, [], [])).toEqual([
      { name: 'amazon-ebs', region: 'eu-west-1', amiRegions: ['us-east-1', 'eu-central-1'] },
      { name: 'db', region: undefined, amiRegions: [] },
      { name: 'chroot', region: undefined, amiRegions: ['ap-south-1'] },
    ]);
  });

  // Packer's legacy JSON core matches -only and -except names exactly.
  it.each<[string[], string[], string[]]>([
    [['web'], [], ['web']],
    [[], ['web'], ['db']],
    [['web', 'db'], ['db'], ['web']],
    [['amazon-ebs.web'], [], []],
  ])('with only %j and except %j runs %j', (only, except, names) => {
    const text = template({ type: 'amazon-ebs', name: 'web' }, { type: 'amazon-ebs', name: 'db' });
    expect(legacyAmiBuilds(text, only, except)?.map((build) => build.name)).toEqual(names);
  });

  it.each(['not json', '[]', '{"variables": {}}', 'null'])('knows nothing of %j', (text) => {
    expect(legacyAmiBuilds(text, [], [])).toBeUndefined();
  });
});
