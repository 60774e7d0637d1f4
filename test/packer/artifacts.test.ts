import { describe, expect, it } from 'vitest';
import {
  type Amis,
  type Artifact,
  amiBuildNames,
  collectAmis,
  collectArtifacts,
  parseAmis,
  type RegionAmi,
} from '../../src/packer/artifacts.js';
import { decodeRecords } from '../../src/packer/stream.js';
import { packerFixture } from '../support/fixtures.js';

const MULTI_REGION_ID =
  'eu-central-1:ami-1f5307831b902b1b2,eu-west-1:ami-3b03275f916212d5d,us-east-1:ami-3dac1a6063be4b5fc';

describe('recorded builds', () => {
  it.each<[string, Artifact[], Amis]>([
    [
      'null-build.machine.log',
      [{ buildName: 'null', builderId: 'fnoeding.null', id: 'Null' }],
      { amiId: undefined, amiIds: {} },
    ],
    [
      'amazon-ebs-build.machine.log',
      [
        {
          buildName: 'amazon-ebs',
          builderId: 'mitchellh.amazonebs',
          id: 'eu-west-1:ami-0331f93efbc230e15',
        },
      ],
      { amiId: 'ami-0331f93efbc230e15', amiIds: { 'eu-west-1': 'ami-0331f93efbc230e15' } },
    ],
    [
      'amazon-ebs-multi-region-build.machine.log',
      [{ buildName: 'web_node', builderId: 'mitchellh.amazonebs', id: MULTI_REGION_ID }],
      {
        amiId: 'ami-1f5307831b902b1b2',
        amiIds: {
          'eu-central-1': 'ami-1f5307831b902b1b2',
          'eu-west-1': 'ami-3b03275f916212d5d',
          'us-east-1': 'ami-3dac1a6063be4b5fc',
        },
      },
    ],
    ['amazon-ebs-provisioner-failure.machine.log', [], { amiId: undefined, amiIds: {} }],
    ['amazon-ebs-interrupted.machine.log', [], { amiId: undefined, amiIds: {} }],
    ['validate-hcl2-error.machine.log', [], { amiId: undefined, amiIds: {} }],
  ])('%s', (fixture, artifacts, amis) => {
    const collected = collectArtifacts(decodeRecords(packerFixture(fixture)));
    expect(collected).toEqual(artifacts);
    expect(collectAmis(collected)).toEqual(amis);
  });
});

describe('collectArtifacts', () => {
  const artifactLines = (lines: string[]) =>
    collectArtifacts(decodeRecords(lines.map((line) => `1,${line}`).join('\n')));

  it.each<[string, string[], Artifact[]]>([
    [
      'two builds, each with its own artifact 0, in printed order',
      [
        'b.second,artifact,0,builder-id,x',
        'a.first,artifact,0,builder-id,x',
        'a.first,artifact,0,id,1',
        'b.second,artifact,0,id,2',
      ],
      [
        { buildName: 'b.second', builderId: 'x', id: '2' },
        { buildName: 'a.first', builderId: 'x', id: '1' },
      ],
    ],
    [
      'an entry without id is left out',
      [
        'a,artifact,0,builder-id,x',
        'a,artifact,0,id,',
        'a,artifact,1,builder-id,y',
        'a,artifact,1,id,f',
      ],
      [{ buildName: 'a', builderId: 'y', id: 'f' }],
    ],
    [
      'the same id from another builder is another artifact',
      [
        'a,artifact,0,builder-id,x',
        'a,artifact,0,id,1',
        'a,artifact,1,builder-id,y',
        'a,artifact,1,id,1',
      ],
      [
        { buildName: 'a', builderId: 'x', id: '1' },
        { buildName: 'a', builderId: 'y', id: '1' },
      ],
    ],
    [
      'the same artifact printed as 0 and 1 counts once',
      [
        'a,artifact,0,builder-id,x',
        'a,artifact,0,id,1',
        'a,artifact,1,builder-id,x',
        'a,artifact,1,id,1',
      ],
      [{ buildName: 'a', builderId: 'x', id: '1' }],
    ],
    ['other records are ignored', [',ui,say,artifact', 'a,artifact-count,1', 'a,error,boom'], []],
  ])('%s', (_name, lines, expected) => {
    expect(artifactLines(lines)).toEqual(expected);
  });
});

describe('parseAmis', () => {
  it.each<[string, RegionAmi[]]>([
    ['eu-west-1:ami-0331f93efbc230e15', [{ region: 'eu-west-1', amiId: 'ami-0331f93efbc230e15' }]],
    [
      'us-gov-west-1:ami-12345678,cn-north-1:ami-abcdef01',
      [
        { region: 'us-gov-west-1', amiId: 'ami-12345678' },
        { region: 'cn-north-1', amiId: 'ami-abcdef01' },
      ],
    ],
    ['Null', []],
    ['ami-0331f93efbc230e15', []],
    ['eu-west-1:snap-0331f93efbc230e15', []],
    ['eu-west-1:ami-1,not an ami', []],
    ['', []],
  ])('%j', (id, expected) => {
    expect(parseAmis(id)).toEqual(expected);
  });
});

describe('collectAmis', () => {
  it('takes the first artifact first and keeps the first AMI of a region', () => {
    const artifacts: Artifact[] = [
      { buildName: 'null', builderId: 'fnoeding.null', id: 'Null' },
      {
        buildName: 'a',
        builderId: 'mitchellh.amazonebs',
        id: 'us-east-1:ami-aaaa,eu-west-1:ami-bbbb',
      },
      {
        buildName: 'b',
        builderId: 'mitchellh.amazonebs',
        id: 'eu-west-1:ami-cccc,ap-south-1:ami-dddd',
      },
    ];
    expect(collectAmis(artifacts)).toEqual({
      amiId: 'ami-aaaa',
      amiIds: { 'us-east-1': 'ami-aaaa', 'eu-west-1': 'ami-bbbb', 'ap-south-1': 'ami-dddd' },
    });
  });
});

describe('amiBuildNames', () => {
  it('names each build whose artifacts hold AMIs once, in order', () => {
    const ebs = (buildName: string, id: string) => ({
      buildName,
      builderId: 'mitchellh.amazonebs',
      id,
    });
    expect(
      amiBuildNames([
        ebs('amazon-ebs.web', 'us-east-1:ami-0123abcd'),
        { buildName: 'file.notes', builderId: 'packer.file', id: 'notes.txt' },
        ebs('amazon-ebs.db', 'us-east-1:ami-1111aaaa,eu-west-1:ami-2222bbbb'),
        ebs('amazon-ebs.web', 'eu-west-1:ami-0123abce'),
      ]),
    ).toEqual(['amazon-ebs.web', 'amazon-ebs.db']);
  });
});
