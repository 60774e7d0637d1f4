// Before `command: publish` points a parameter at an AMI: does the AMI exist in that region, and is it
// available? (SSM checks existence too, but only after PutParameter has answered, and drops the
// version when the check fails.) Loads the EC2 client; import it lazily.
import { DescribeImagesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { errorMessage } from '../errors.js';
import { awsClient } from './clients.js';
import type { CredentialProvider } from './environment.js';
import {
  AWS_ATTEMPTS,
  errorName,
  isAccessDenied,
  isThrottling,
  isTransient,
  type RetryTiming,
  regionCaller,
} from './retry.js';

/** Why `amiId` cannot be published in `region`, with the fix; undefined when it can. */
export async function imageProblem(
  amiId: string,
  region: string,
  credentials: CredentialProvider | undefined,
  timing: RetryTiming = {},
): Promise<string | undefined> {
  // The SDK's retries would wait outside our control: ours go through `sleep`.
  const client = awsClient(EC2Client, region, credentials, { maxAttempts: 1 });
  try {
    const call = regionCaller(region, (error) => isThrottling(error) || isTransient(error), timing);
    const { Images: images = [] } = await call('DescribeImages', () =>
      client.send(new DescribeImagesCommand({ ImageIds: [amiId] })),
    );
    const image = images.find((found) => found.ImageId === amiId);
    if (image === undefined) return notFound(amiId, region);
    if (image.State === 'available') return undefined;
    const state = image.State ?? 'in no known state';
    return (
      `AMI ${amiId} in ${region} is ${state}, not available: ` +
      (state === 'pending'
        ? `wait until it is (aws ec2 wait image-available --image-ids ${amiId} --region ${region}), then run again`
        : 'publish an available AMI')
    );
  } catch (error) {
    if (errorName(error) === 'InvalidAMIID.NotFound') return notFound(amiId, region);
    const failure = `ec2:DescribeImages of ${amiId} in ${region} failed: ${errorName(error)}: ${errorMessage(error)}`;
    if (isAccessDenied(error)) {
      return (
        `${failure}\nThe credentials may not call ec2:DescribeImages in ${region}: the action checks the ` +
        'AMI with it before publishing, and SSM needs it to validate an aws:ec2:image value. Allow it.'
      );
    }
    return isThrottling(error) || isTransient(error)
      ? `${failure} (still failing after ${AWS_ATTEMPTS} attempts)`
      : failure;
  } finally {
    client.destroy();
  }
}

function notFound(amiId: string, region: string): string {
  return (
    `AMI ${amiId} does not exist in ${region}, or these credentials cannot see it. An AMI id belongs ` +
    "to one region: publish each region's own id (a build's ami-ids output maps region → AMI id), or " +
    `copy the AMI to ${region} first (aws ec2 copy-image).`
  );
}
