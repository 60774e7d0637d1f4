import { DescribeImagesCommand, EC2Client, EC2ServiceException } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', () => ({ info: vi.fn(), debug: vi.fn(), warning: vi.fn() }));

const { imageProblem } = await import('../../src/aws/images.js');

const AMI = 'ami-0123456789abcdef0';
const REGION = 'eu-west-1';
const ec2 = mockClient(EC2Client);
const sleep = vi.fn(async () => {});
const check = () => imageProblem(AMI, REGION, undefined, { sleep, random: () => 0 });

/** An EC2 error as the SDK raises it from EC2's XML answer. */
const ec2Error = (name: string, status: number, message: string) =>
  new EC2ServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message,
  });

beforeEach(() => {
  ec2.reset();
  sleep.mockClear();
});

describe('imageProblem', () => {
  it('has none for an available AMI, asked by id in its region', async () => {
    ec2.on(DescribeImagesCommand).resolves({ Images: [{ ImageId: AMI, State: 'available' }] });
    expect(await check()).toBeUndefined();
    expect(ec2.commandCalls(DescribeImagesCommand)[0]?.args[0].input).toEqual({
      ImageIds: [AMI],
    });
    expect(await (ec2.call(0).thisValue as EC2Client).config.region()).toBe(REGION);
  });

  it('says where an AMI is missing, and that an AMI belongs to one region', async () => {
    ec2.on(DescribeImagesCommand).rejects(ec2Error('InvalidAMIID.NotFound', 400, 'not found'));
    expect(await check()).toBe(
      `AMI ${AMI} does not exist in ${REGION}, or these credentials cannot see it. An AMI id belongs ` +
        "to one region: publish each region's own id (a build's ami-ids output maps region → AMI id), " +
        `or copy the AMI to ${REGION} first (aws ec2 copy-image).`,
    );
  });

  it('treats an empty answer as missing too', async () => {
    ec2.on(DescribeImagesCommand).resolves({ Images: [] });
    expect(await check()).toMatch(/^AMI ami-0123456789abcdef0 does not exist in eu-west-1/);
  });

  it.each([
    [
      'pending',
      `AMI ${AMI} in ${REGION} is pending, not available: wait until it is (aws ec2 wait image-available --image-ids ${AMI} --region ${REGION}), then run again`,
    ],
    ['failed', `AMI ${AMI} in ${REGION} is failed, not available: publish an available AMI`],
    [
      'deregistered',
      `AMI ${AMI} in ${REGION} is deregistered, not available: publish an available AMI`,
    ],
  ] as const)('refuses an AMI that is %s', async (State, message) => {
    ec2.on(DescribeImagesCommand).resolves({ Images: [{ ImageId: AMI, State }] });
    expect(await check()).toBe(message);
  });

  it('names ec2:DescribeImages when it is denied', async () => {
    ec2
      .on(DescribeImagesCommand)
      .rejects(
        ec2Error('UnauthorizedOperation', 403, 'You are not authorized to perform this operation.'),
      );
    expect(await check()).toBe(
      `ec2:DescribeImages of ${AMI} in ${REGION} failed: UnauthorizedOperation: You are not authorized to perform this operation.\n` +
        `The credentials may not call ec2:DescribeImages in ${REGION}: the action checks the AMI with it ` +
        'before publishing, and SSM needs it to validate an aws:ec2:image value. Allow it.',
    );
    expect(sleep).not.toHaveBeenCalled();
  });

  it('retries throttling, and says when it never stops', async () => {
    ec2
      .on(DescribeImagesCommand)
      .rejectsOnce(ec2Error('RequestLimitExceeded', 503, 'Request limit exceeded.'))
      .resolves({ Images: [{ ImageId: AMI, State: 'available' }] });
    expect(await check()).toBeUndefined();
    expect(sleep).toHaveBeenCalledTimes(1);

    ec2.reset();
    ec2
      .on(DescribeImagesCommand)
      .rejects(ec2Error('RequestLimitExceeded', 503, 'Request limit exceeded.'));
    expect(await check()).toMatch(
      /RequestLimitExceeded: Request limit exceeded\. \(still failing after 6 attempts\)$/,
    );
  });
});
