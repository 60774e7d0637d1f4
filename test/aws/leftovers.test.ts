import {
  DeleteKeyPairCommand,
  DeleteSecurityGroupCommand,
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeKeyPairsCommand,
  DescribeSecurityGroupsCommand,
  EC2Client,
  EC2ServiceException,
  type InstanceStateName,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { removeLeftovers } from '../../src/aws/leftovers.js';
import { noResources } from '../../src/packer/resources.js';

const ec2 = mockClient(EC2Client);
const sleep = vi.fn(async () => {});
let clock = 0;
const timing = { sleep, now: () => clock, terminationTimeoutMilliseconds: 10_000 };

const announced = {
  ...noResources(),
  instanceIds: ['i-1'],
  keyPairNames: ['packer_key'],
  securityGroupNames: ['packer_group'],
  amiIds: ['ami-pending', 'ami-done'],
};
const request = { region: 'eu-west-1', credentials: undefined, runTag: '42-abc', announced };

function instances(...list: Array<[string, InstanceStateName]>) {
  return {
    Reservations: [
      { Instances: list.map(([InstanceId, state]) => ({ InstanceId, State: { Name: state } })) },
    ],
  };
}

const ec2Error = (name: string, message: string) =>
  new EC2ServiceException({ name, $fault: 'client', message, $metadata: { httpStatusCode: 400 } });

beforeEach(() => {
  ec2.reset();
  sleep.mockClear();
  clock = 0;
});

describe('removeLeftovers', () => {
  it('terminates, deletes and deregisters what EC2 still holds, keeping an available AMI', async () => {
    ec2
      .on(DescribeInstancesCommand, { Filters: [{ Name: 'instance-id', Values: ['i-1'] }] })
      .resolves(instances(['i-1', 'stopped']));
    // The wait for the two it terminated: first one of them is still going.
    ec2
      .on(DescribeInstancesCommand, { Filters: [{ Name: 'instance-id', Values: ['i-1', 'i-2'] }] })
      .resolves(instances(['i-1', 'terminated'], ['i-2', 'shutting-down']));
    ec2
      .on(DescribeInstancesCommand, { Filters: [{ Name: 'instance-id', Values: ['i-2'] }] })
      .resolves(instances(['i-2', 'terminated']));
    ec2
      .on(DescribeInstancesCommand, {
        Filters: [{ Name: 'tag:PackerBuildRun', Values: ['42-abc'] }],
      })
      .resolves(instances(['i-1', 'stopped'], ['i-2', 'running'], ['i-3', 'terminated']));
    ec2.on(TerminateInstancesCommand).resolves({});
    ec2.on(DescribeKeyPairsCommand).resolves({ KeyPairs: [{ KeyName: 'packer_key' }] });
    ec2.on(DeleteKeyPairCommand).resolves({});
    ec2.on(DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'packer_group' }],
    });
    ec2
      .on(DeleteSecurityGroupCommand)
      .rejectsOnce(ec2Error('DependencyViolation', 'resource sg-1 has a dependent object'))
      .resolves({});
    ec2.on(DescribeImagesCommand).resolves({
      Images: [
        {
          ImageId: 'ami-pending',
          State: 'pending',
          BlockDeviceMappings: [{ Ebs: { SnapshotId: 'snap-1' } }, { DeviceName: '/dev/sdb' }],
        },
        { ImageId: 'ami-done', State: 'available' },
      ],
    });
    ec2.on(DeregisterImageCommand).resolves({});
    ec2.on(DeleteSnapshotCommand).resolves({});

    const report = await removeLeftovers(request, timing);

    expect(report).toEqual({
      removed: [
        'terminated instance i-1',
        'terminated instance i-2',
        'deleted key pair packer_key',
        'deleted security group sg-1 (packer_group)',
        'deregistered AMI ami-pending (it was pending)',
        'deleted snapshot snap-1 of ami-pending',
      ],
      kept: ['AMI ami-done is available: kept (the build created it)'],
      problems: [],
    });
    expect(ec2.commandCalls(TerminateInstancesCommand)[0]?.args[0].input).toEqual({
      InstanceIds: ['i-1', 'i-2'],
    });
    expect(ec2.commandCalls(DeleteSecurityGroupCommand)).toHaveLength(2);
    expect(ec2.commandCalls(DescribeImagesCommand)[0]?.args[0].input).toEqual({
      Owners: ['self'],
      Filters: [{ Name: 'image-id', Values: ['ami-pending', 'ami-done'] }],
    });
  });

  it('finds nothing to do when everything is gone already', async () => {
    ec2.on(DescribeInstancesCommand).resolves(instances(['i-1', 'terminated']));
    ec2.on(DescribeKeyPairsCommand).resolves({ KeyPairs: [] });
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
    ec2.on(DescribeImagesCommand).resolves({ Images: [] });

    expect(await removeLeftovers(request, timing)).toEqual({ removed: [], kept: [], problems: [] });
    expect(ec2.commandCalls(TerminateInstancesCommand)).toHaveLength(0);
  });

  it('reports each refused call with its action, and goes on with the rest', async () => {
    ec2.on(DescribeInstancesCommand).rejects(ec2Error('UnauthorizedOperation', 'not allowed'));
    ec2.on(DescribeKeyPairsCommand).resolves({ KeyPairs: [{ KeyName: 'packer_key' }] });
    ec2.on(DeleteKeyPairCommand).resolves({});
    ec2.on(DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'packer_group' }],
    });
    ec2
      .on(DeleteSecurityGroupCommand)
      .rejects(ec2Error('DependencyViolation', 'resource sg-1 has a dependent object'));
    ec2.on(DescribeImagesCommand).resolves({ Images: [] });

    const report = await removeLeftovers({ ...request, runTag: undefined }, timing);

    expect(report.removed).toEqual(['deleted key pair packer_key']);
    expect(report.problems).toEqual([
      'ec2:DescribeInstances failed: UnauthorizedOperation: not allowed',
      'ec2:DeleteSecurityGroup of sg-1 (packer_group) failed: DependencyViolation: resource sg-1 has a dependent object',
    ]);
    expect(ec2.commandCalls(DeleteSecurityGroupCommand)).toHaveLength(5);
  });

  it('counts an instance removed only once EC2 shows it terminated', async () => {
    ec2.on(DescribeInstancesCommand).resolves(instances(['i-1', 'running']));
    ec2.on(TerminateInstancesCommand).resolves({});
    ec2.on(DescribeKeyPairsCommand).resolves({ KeyPairs: [] });
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
    ec2.on(DescribeImagesCommand).resolves({ Images: [] });
    sleep.mockImplementation(async () => {
      clock += 3000;
    });

    const report = await removeLeftovers({ ...request, runTag: undefined }, timing);

    expect(report.removed).toEqual([]);
    expect(report.problems).toEqual(['instances i-1 were not terminated yet after 10 s']);
  });

  it('says which instances were still not terminated when it stopped waiting', async () => {
    ec2.on(DescribeInstancesCommand).resolves(instances(['i-1', 'shutting-down']));
    ec2
      .on(DescribeInstancesCommand, { Filters: [{ Name: 'instance-id', Values: ['i-1'] }] })
      .resolvesOnce(instances(['i-1', 'running']))
      .resolves(instances(['i-1', 'shutting-down']));
    ec2.on(TerminateInstancesCommand).resolves({});
    ec2.on(DescribeKeyPairsCommand).resolves({ KeyPairs: [] });
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
    ec2.on(DescribeImagesCommand).resolves({ Images: [] });
    sleep.mockImplementation(async () => {
      clock += 3000;
    });

    const report = await removeLeftovers({ ...request, runTag: undefined }, timing);

    expect(report.problems).toEqual(['instances i-1 were not terminated yet after 10 s']);
  });
});
