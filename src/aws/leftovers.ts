// What a killed or interrupted build may have left in EC2, checked against EC2 itself (never against
// what Packer printed) and removed: builder instances, temporary key pairs and security groups, and
// AMIs that never became available, with their snapshots. Idempotent and best-effort: every call
// that fails is reported, and the rest goes on.
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
  type Filter,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { errorMessage } from '../errors.js';
import type { BuilderResources } from '../packer/resources.js';
import { RUN_TAG_KEY } from '../state.js';
import { awsClient } from './clients.js';
import type { CredentialProvider } from './environment.js';
import { backoffWith, errorName, realSleep, type Sleep, withRetries } from './retry.js';

export interface LeftoversRequest {
  region: string;
  /** Undefined: the SDK's default chain (the runner's credentials). */
  credentials: CredentialProvider | undefined;
  /** The run tag's value: what the build's resources carry under RUN_TAG_KEY. */
  runTag: string | undefined;
  /** What Packer announced. */
  announced: BuilderResources;
}

export interface LeftoversTiming {
  sleep?: Sleep;
  now?: () => number;
  /** How long terminated instances may take to go, before their security groups are tried anyway. */
  terminationTimeoutMilliseconds?: number;
}

export interface LeftoversReport {
  /** What was found and removed, one line each. */
  removed: string[];
  /** What was found and kept, and why. */
  kept: string[];
  /** Calls that failed, with what to do. */
  problems: string[];
}

const GONE_INSTANCE_STATES = new Set(['shutting-down', 'terminated']);
const TERMINATION_TIMEOUT_MILLISECONDS = 3 * 60_000;
const POLL_MILLISECONDS = 3000;

export async function removeLeftovers(
  request: LeftoversRequest,
  timing: LeftoversTiming = {},
): Promise<LeftoversReport> {
  // The SDK's own retries (throttling, 5xx, network) stay on: no clean-up call needs its waits said
  // in the log or replaced in tests; DependencyViolation, which the SDK does not retry, is ours.
  const client = awsClient(EC2Client, request.region, request.credentials);
  const report: LeftoversReport = { removed: [], kept: [], problems: [] };
  const attempt = async <T>(what: string, call: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await call();
    } catch (error) {
      report.problems.push(`${what} failed: ${errorName(error)}: ${errorMessage(error)}`);
      return undefined;
    }
  };
  const byTag: Filter[] =
    request.runTag === undefined ? [] : [{ Name: `tag:${RUN_TAG_KEY}`, Values: [request.runTag] }];
  try {
    const terminated = await terminateInstances(client, request, byTag, attempt);
    if (terminated.length > 0) {
      await waitForTermination(client, terminated, timing, report, attempt);
    }
    await deleteKeyPairs(client, request, byTag, report, attempt);
    await deleteSecurityGroups(client, request, byTag, report, attempt, timing.sleep ?? realSleep);
    await deregisterUnfinishedImages(client, request, report, attempt);
  } finally {
    client.destroy();
  }
  return report;
}

/** One query for what Packer announced (matched by `filter`), one for the run tag. */
function queries(filter: string, announced: string[], byTag: Filter[]): Filter[][] {
  return [
    ...(announced.length > 0 ? [[{ Name: filter, Values: announced }]] : []),
    ...(byTag.length > 0 ? [byTag] : []),
  ];
}

type Attempt = <T>(what: string, call: () => Promise<T>) => Promise<T | undefined>;

/** Finds the run's instances by the ids Packer announced and by the run tag; terminates live ones. */
async function terminateInstances(
  client: EC2Client,
  request: LeftoversRequest,
  byTag: Filter[],
  attempt: Attempt,
): Promise<string[]> {
  const live = new Set<string>();
  for (const Filters of queries('instance-id', request.announced.instanceIds, byTag)) {
    const found = await attempt('ec2:DescribeInstances', () =>
      client.send(new DescribeInstancesCommand({ Filters })),
    );
    for (const instance of (found?.Reservations ?? []).flatMap((r) => r.Instances ?? [])) {
      if (instance.InstanceId && !GONE_INSTANCE_STATES.has(instance.State?.Name ?? '')) {
        live.add(instance.InstanceId);
      }
    }
  }
  if (live.size === 0) return [];
  const ids = [...live];
  const terminated = await attempt(`ec2:TerminateInstances of ${ids.join(', ')}`, () =>
    client.send(new TerminateInstancesCommand({ InstanceIds: ids })),
  );
  return terminated === undefined ? [] : ids;
}

/**
 * Waits until EC2 shows the instances terminated, and only then counts them removed. A security
 * group cannot go while an instance using it exists.
 */
async function waitForTermination(
  client: EC2Client,
  ids: string[],
  timing: LeftoversTiming,
  report: LeftoversReport,
  attempt: Attempt,
): Promise<void> {
  const sleep = timing.sleep ?? realSleep;
  const now = timing.now ?? Date.now;
  const timeout = timing.terminationTimeoutMilliseconds ?? TERMINATION_TIMEOUT_MILLISECONDS;
  const deadline = now() + timeout;
  let waitingFor = ids;
  for (;;) {
    const found = await attempt('ec2:DescribeInstances', () =>
      client.send(
        new DescribeInstancesCommand({ Filters: [{ Name: 'instance-id', Values: waitingFor }] }),
      ),
    );
    if (found === undefined) {
      report.problems.push(
        `asked EC2 to terminate ${waitingFor.join(', ')}, but could not see whether it did`,
      );
      return;
    }
    const instances = (found.Reservations ?? []).flatMap((r) => r.Instances ?? []);
    for (const instance of instances) {
      if (instance.InstanceId && instance.State?.Name === 'terminated') {
        report.removed.push(`terminated instance ${instance.InstanceId}`);
      }
    }
    waitingFor = instances
      .filter((instance) => instance.State?.Name !== 'terminated')
      .flatMap((instance) => instance.InstanceId ?? []);
    if (waitingFor.length === 0) return;
    if (now() >= deadline) {
      report.problems.push(
        `instances ${waitingFor.join(', ')} were not terminated yet after ${Math.round(timeout / 1000)} s`,
      );
      return;
    }
    await sleep(POLL_MILLISECONDS);
  }
}

async function deleteKeyPairs(
  client: EC2Client,
  request: LeftoversRequest,
  byTag: Filter[],
  report: LeftoversReport,
  attempt: Attempt,
): Promise<void> {
  const names = new Set<string>();
  for (const Filters of queries('key-name', request.announced.keyPairNames, byTag)) {
    const found = await attempt('ec2:DescribeKeyPairs', () =>
      client.send(new DescribeKeyPairsCommand({ Filters })),
    );
    for (const pair of found?.KeyPairs ?? []) if (pair.KeyName) names.add(pair.KeyName);
  }
  for (const name of names) {
    const deleted = await attempt(`ec2:DeleteKeyPair of ${name}`, () =>
      client.send(new DeleteKeyPairCommand({ KeyName: name })),
    );
    if (deleted !== undefined) report.removed.push(`deleted key pair ${name}`);
  }
}

async function deleteSecurityGroups(
  client: EC2Client,
  request: LeftoversRequest,
  byTag: Filter[],
  report: LeftoversReport,
  attempt: Attempt,
  sleep: Sleep,
): Promise<void> {
  const groups = new Map<string, string>();
  for (const Filters of queries('group-name', request.announced.securityGroupNames, byTag)) {
    const found = await attempt('ec2:DescribeSecurityGroups', () =>
      client.send(new DescribeSecurityGroupsCommand({ Filters })),
    );
    for (const group of found?.SecurityGroups ?? []) {
      if (group.GroupId) groups.set(group.GroupId, group.GroupName ?? group.GroupId);
    }
  }
  // A network interface of a just-terminated instance can hold a group for a little while; EC2 says
  // DependencyViolation, which the SDK does not retry.
  const backoff = backoffWith(
    { attempts: 5, baseMilliseconds: POLL_MILLISECONDS, capMilliseconds: POLL_MILLISECONDS },
    { sleep },
  );
  for (const [id, name] of groups) {
    const deleted = await attempt(`ec2:DeleteSecurityGroup of ${id} (${name})`, () =>
      withRetries(
        () => client.send(new DeleteSecurityGroupCommand({ GroupId: id })),
        (error) => errorName(error) === 'DependencyViolation',
        backoff,
        () => undefined,
      ),
    );
    if (deleted !== undefined) report.removed.push(`deleted security group ${id} (${name})`);
  }
}

/** An AMI Packer announced that is not `available` never became the build's result: it goes. */
async function deregisterUnfinishedImages(
  client: EC2Client,
  request: LeftoversRequest,
  report: LeftoversReport,
  attempt: Attempt,
): Promise<void> {
  if (request.announced.amiIds.length === 0) return;
  const found = await attempt('ec2:DescribeImages', () =>
    client.send(
      new DescribeImagesCommand({
        Owners: ['self'],
        Filters: [{ Name: 'image-id', Values: request.announced.amiIds }],
      }),
    ),
  );
  for (const image of found?.Images ?? []) {
    const id = image.ImageId ?? '';
    if (image.State === 'available') {
      report.kept.push(`AMI ${id} is available: kept (the build created it)`);
      continue;
    }
    const deregistered = await attempt(`ec2:DeregisterImage of ${id}`, () =>
      client.send(new DeregisterImageCommand({ ImageId: id })),
    );
    if (deregistered === undefined) continue;
    report.removed.push(`deregistered AMI ${id} (it was ${image.State ?? 'in an unknown state'})`);
    const snapshots = (image.BlockDeviceMappings ?? []).flatMap((m) => m.Ebs?.SnapshotId ?? []);
    for (const snapshot of snapshots) {
      const deleted = await attempt(`ec2:DeleteSnapshot of ${snapshot}`, () =>
        client.send(new DeleteSnapshotCommand({ SnapshotId: snapshot })),
      );
      if (deleted !== undefined) report.removed.push(`deleted snapshot ${snapshot} of ${id}`);
    }
  }
}
