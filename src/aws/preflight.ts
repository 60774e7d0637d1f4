// The preflight's AWS side: in every region that will be published, can the SSM parameter take the
// AMI (and, for `command: publish`, is the AMI there and available)? Reads only: SSM has no dry run
// for a write. Loads the SSM client (and the EC2 one for known AMIs); import it lazily.
import * as core from '@actions/core';
import { SSMClient } from '@aws-sdk/client-ssm';
import { errorMessage } from '../errors.js';
import { awsClient } from './clients.js';
import type { CredentialProvider } from './environment.js';
import { type CurrentParameter, parameterProblem, readParameter, ssmCaller } from './parameter.js';
import type { RetryTiming } from './retry.js';
import { parameterNameProblem } from './validation.js';

export interface PreflightRequest {
  parameterName: string;
  /** Region → the AMI id to publish there, or undefined before a build (a new AMI, unknown yet). */
  regions: Readonly<Record<string, string | undefined>>;
  /** The assumed role's; undefined means the SDK's default chain (the runner's credentials). */
  credentials: CredentialProvider | undefined;
  /** For the parameter's ARN in errors. */
  accountId?: string | undefined;
}

/** What stands in the way, one message a region (naming parameter, region and fix); empty when nothing. */
export async function preflight(
  request: PreflightRequest,
  timing: RetryTiming = {},
): Promise<string[]> {
  const problems = await Promise.all(
    Object.entries(request.regions).map(([region, amiId]) =>
      regionProblem(request, region, amiId, timing),
    ),
  );
  return problems.filter((problem) => problem !== undefined);
}

async function regionProblem(
  request: PreflightRequest,
  region: string,
  amiId: string | undefined,
  timing: RetryTiming,
): Promise<string | undefined> {
  const { parameterName: name } = request;
  const nameProblem = parameterNameProblem(name, region);
  if (nameProblem !== undefined) return `ssm-parameter ${name} in ${region}: ${nameProblem}`;
  if (amiId !== undefined) {
    // Only `command: publish` knows its AMIs before publishing: a build's are new.
    const { imageProblem } = await import('./images.js');
    const problem = await imageProblem(amiId, region, request.credentials, timing);
    if (problem !== undefined) return problem;
    core.info(`${region}: AMI ${amiId} is available`);
  }
  const target = { name, region, accountId: request.accountId };
  const client = awsClient(SSMClient, region, request.credentials, { maxAttempts: 1 });
  try {
    const current = await readParameter(client, ssmCaller(target, timing), name);
    const problem = parameterProblem(current, target, amiId);
    if (problem === undefined) core.info(`${region}: ${standing(name, current, amiId)}`);
    return problem;
  } catch (error) {
    return errorMessage(error);
  } finally {
    client.destroy();
  }
}

/** What the check found, for the log. */
function standing(name: string, current: CurrentParameter | undefined, amiId?: string): string {
  if (current === undefined) return `${name} does not exist yet: the publication creates it`;
  const held = `${name} is at version ${current.version} (${current.value})`;
  if (current.value === amiId)
    return `${held}: it already holds ${amiId}, no version will be written`;
  const oldest = current.oldest;
  return oldest === undefined
    ? `${held}: it can take a new version`
    : `${held}: it can take a new version, which drops version ${oldest.version} (no label)`;
}
