import {
  AccessDeniedException,
  GetParameterCommand,
  GetParameterHistoryCommand,
  LabelParameterVersionCommand,
  ParameterNotFound,
  PutParameterCommand,
  SSMClient,
  TooManyUpdates,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', () => ({ info: vi.fn(), debug: vi.fn(), warning: vi.fn() }));

const { publishAmiIds } = await import('../../src/aws/publish.js');

const NAME = '/images/web/ami';
const EAST = 'ami-0123456789abcdef0';
const WEST = 'ami-0fedcba9876543210';
const OLD = 'ami-00000000000000001';
const CREDENTIALS = {
  accessKeyId: 'ASIAEXAMPLE',
  secretAccessKey: 'secret',
  sessionToken: 'session',
  expiration: undefined,
};
const metadata = { $metadata: { httpStatusCode: 400 } };

const ssm = mockClient(SSMClient);
let clock = 0;
const sleep = vi.fn(async (milliseconds: number) => {
  clock += milliseconds;
});
const timing = { sleep, now: () => clock, random: () => 0 };

const publish = (amiIds: Record<string, string>, label?: string, withRole = true) =>
  publishAmiIds(
    {
      parameterName: NAME,
      label,
      amiIds,
      credentials: withRole ? async () => CREDENTIALS : undefined,
    },
    timing,
  );

const parameter = (Version: number, Value: string) => ({
  Parameter: { Name: NAME, Type: 'String' as const, DataType: 'aws:ec2:image', Version, Value },
});
const notFound = () => new ParameterNotFound({ ...metadata, message: '' });

beforeEach(() => {
  ssm.reset();
  sleep.mockClear();
  clock = 1_000_000;
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('publishAmiIds', () => {
  it('writes, reads back and labels the AMI in every region with the assumed credentials', async () => {
    ssm.on(PutParameterCommand, { Value: EAST }).resolves({ Version: 7, Tier: 'Standard' });
    ssm.on(PutParameterCommand, { Value: WEST }).resolves({ Version: 2, Tier: 'Standard' });
    // Each region's first read (before writing) sees the previous AMI, the next ones the new.
    const reads = new Map<string, number>();
    ssm.on(GetParameterCommand).callsFake(async (_input, getClient) => {
      const region = await getClient().config.region();
      const read = (reads.get(region) ?? 0) + 1;
      reads.set(region, read);
      if (read === 1) return region === 'us-east-1' ? parameter(6, WEST) : parameter(1, EAST);
      return region === 'us-east-1' ? parameter(7, EAST) : parameter(2, WEST);
    });
    ssm.on(LabelParameterVersionCommand).callsFake(async (input) => ({
      InvalidLabels: [],
      ParameterVersion: input.ParameterVersion,
    }));

    const results = await publish({ 'us-east-1': EAST, 'eu-west-1': WEST }, 'v1.2.3');

    expect(results).toEqual([
      { region: 'us-east-1', amiId: EAST, state: 'published', version: 7 },
      { region: 'eu-west-1', amiId: WEST, state: 'published', version: 2 },
    ]);
    const put = (amiId: string) => ({
      Name: NAME,
      Value: amiId,
      Type: 'String',
      DataType: 'aws:ec2:image',
      Tier: 'Standard',
      Overwrite: true,
    });
    expect(ssm.commandCalls(PutParameterCommand).map((call) => call.args[0].input)).toEqual([
      put(EAST),
      put(WEST),
    ]);
    expect(ssm.commandCalls(GetParameterCommand).map((call) => call.args[0].input)).toEqual([
      { Name: NAME },
      { Name: NAME },
      { Name: NAME },
      { Name: NAME },
    ]);
    expect(
      ssm.commandCalls(LabelParameterVersionCommand).map((call) => call.args[0].input),
    ).toEqual(
      expect.arrayContaining([
        { Name: NAME, ParameterVersion: 7, Labels: ['v1.2.3'] },
        { Name: NAME, ParameterVersion: 2, Labels: ['v1.2.3'] },
      ]),
    );
    const clients = new Map<string, SSMClient>();
    for (const call of ssm.calls()) {
      const client = call.thisValue as SSMClient;
      clients.set(await client.config.region(), client);
    }
    expect([...clients.keys()].sort()).toEqual(['eu-west-1', 'us-east-1']);
    for (const client of clients.values()) {
      expect(await client.config.credentials()).toMatchObject({
        accessKeyId: 'ASIAEXAMPLE',
        secretAccessKey: 'secret',
        sessionToken: 'session',
      });
    }
    expect(sleep).not.toHaveBeenCalled();
  });

  it('uses the default credential chain when no role was assumed, and labels nothing without a label', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIARUNNER');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'runner-secret');
    vi.stubEnv('AWS_SESSION_TOKEN', '');
    ssm.on(PutParameterCommand).resolves({ Version: 1 });
    ssm.on(GetParameterCommand).rejectsOnce(notFound()).resolves(parameter(1, EAST));

    const results = await publish({ 'us-east-1': EAST }, undefined, false);

    expect(results).toEqual([{ region: 'us-east-1', amiId: EAST, state: 'published', version: 1 }]);
    const client = ssm.call(0).thisValue as SSMClient;
    expect(await client.config.credentials()).toMatchObject({ accessKeyId: 'AKIARUNNER' });
    expect(ssm.commandCalls(LabelParameterVersionCommand)).toHaveLength(0);
  });

  it('keeps reading while SSM validates the AMI', async () => {
    ssm.on(PutParameterCommand).resolves({ Version: 4 });
    ssm
      .on(GetParameterCommand)
      .resolvesOnce(parameter(3, WEST))
      .rejectsOnce(notFound())
      .resolvesOnce(parameter(3, WEST))
      // The same AMI as before, but not yet the new version.
      .resolvesOnce(parameter(3, EAST))
      .resolves(parameter(4, EAST));

    const results = await publish({ 'us-east-1': EAST });

    expect(results).toEqual([{ region: 'us-east-1', amiId: EAST, state: 'published', version: 4 }]);
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(5);
    expect(sleep.mock.calls).toEqual([[1000], [2000], [4000]]);
  });

  it('gives up when SSM never validates the AMI, and labels nothing', async () => {
    ssm.on(PutParameterCommand).resolves({ Version: 4 });
    ssm.on(GetParameterCommand).resolves(parameter(3, WEST));

    const [result] = await publish({ 'us-east-1': EAST }, 'v1');

    expect(result).toEqual({
      region: 'us-east-1',
      amiId: EAST,
      state: 'failed',
      version: 4,
      error:
        `SSM has not validated ${EAST} as version 4 of ${NAME} in us-east-1 within 300 s ` +
        `(last read: version 3 holding ${WEST}). aws:ec2:image values are checked asynchronously and ` +
        `dropped when the check fails: make sure ${EAST} exists in us-east-1 and that the credentials ` +
        'allow ec2:DescribeImages.',
    });
    const slept = sleep.mock.calls.reduce((total, [milliseconds]) => total + milliseconds, 0);
    expect(slept).toBe(300_000);
    expect(ssm.commandCalls(GetParameterCommand).length).toBeLessThan(40);
    expect(ssm.commandCalls(LabelParameterVersionCommand)).toHaveLength(0);
  });

  it('retries TooManyUpdates with backoff', async () => {
    const busy = new TooManyUpdates({ ...metadata, message: 'There are concurrent updates' });
    ssm.on(PutParameterCommand).rejectsOnce(busy).rejectsOnce(busy).resolves({ Version: 9 });
    ssm.on(GetParameterCommand).resolvesOnce(parameter(8, WEST)).resolves(parameter(9, EAST));
    ssm
      .on(LabelParameterVersionCommand)
      .rejectsOnce(busy)
      .resolves({ InvalidLabels: [], ParameterVersion: 9 });

    const results = await publish({ 'us-east-1': EAST }, 'v1');

    expect(results).toEqual([{ region: 'us-east-1', amiId: EAST, state: 'published', version: 9 }]);
    expect(ssm.commandCalls(PutParameterCommand)).toHaveLength(3);
    expect(ssm.commandCalls(LabelParameterVersionCommand)).toHaveLength(2);
    expect(sleep.mock.calls).toEqual([[500], [1000], [500]]);
  });

  it('reports TooManyUpdates that does not stop', async () => {
    ssm
      .on(PutParameterCommand)
      .rejects(new TooManyUpdates({ ...metadata, message: 'There are concurrent updates' }));
    ssm.on(GetParameterCommand).rejects(notFound());
    const [result] = await publish({ 'us-east-1': EAST });
    expect(result?.error).toBe(
      `PutParameter of ${NAME} in us-east-1 failed: TooManyUpdates: There are concurrent updates (still failing after 6 attempts)`,
    );
    expect(ssm.commandCalls(PutParameterCommand)).toHaveLength(6);
  });

  it('lets the other regions finish when one fails', async () => {
    ssm.on(PutParameterCommand, { Value: EAST }).rejects(
      new AccessDeniedException({
        ...metadata,
        message: 'not authorized to perform ssm:PutParameter',
        Message: 'not authorized to perform ssm:PutParameter',
      }),
    );
    ssm.on(PutParameterCommand, { Value: WEST }).resolves({ Version: 2 });
    const reads = new Map<string, number>();
    ssm.on(GetParameterCommand).callsFake(async (_input, getClient) => {
      const region = await getClient().config.region();
      reads.set(region, (reads.get(region) ?? 0) + 1);
      return reads.get(region) === 1 ? parameter(1, OLD) : parameter(2, WEST);
    });

    const results = await publish({ 'us-east-1': EAST, 'eu-west-1': WEST });

    expect(results).toEqual([
      {
        region: 'us-east-1',
        amiId: EAST,
        state: 'failed',
        error:
          `PutParameter of ${NAME} in us-east-1 failed: AccessDeniedException: not authorized to perform ssm:PutParameter\n` +
          'The credentials may not call ssm:PutParameter on arn:aws:ssm:us-east-1:<account id>:parameter/images/web/ami. ' +
          'The action needs ssm:GetParameter, ssm:GetParameterHistory, ssm:PutParameter and ssm:LabelParameterVersion ' +
          'on the parameter, and ec2:DescribeImages (SSM checks the AMI with it).',
      },
      { region: 'eu-west-1', amiId: WEST, state: 'published', version: 2 },
    ]);
    expect(ssm.commandCalls(PutParameterCommand)).toHaveLength(2);
  });

  it('fails at once when a read is refused', async () => {
    ssm.on(PutParameterCommand).resolves({ Version: 2 });
    ssm.on(GetParameterCommand).rejects(
      new AccessDeniedException({
        ...metadata,
        message: 'no ssm:GetParameter',
        Message: 'no ssm:GetParameter',
      }),
    );
    const [result] = await publish({ 'us-east-1': EAST });
    expect(result?.error).toMatch(
      /^GetParameter of \/images\/web\/ami in us-east-1 failed: AccessDeniedException: no ssm:GetParameter\n/,
    );
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(1);
  });

  it('writes no version when the parameter already holds the AMI: only the label moves', async () => {
    ssm.on(GetParameterCommand).resolves(parameter(12, EAST));
    ssm.on(LabelParameterVersionCommand).resolves({ InvalidLabels: [], ParameterVersion: 12 });

    const results = await publish({ 'us-east-1': EAST }, 'v1.2.3');

    expect(results).toEqual([
      { region: 'us-east-1', amiId: EAST, state: 'published', version: 12, unchanged: true },
    ]);
    expect(ssm.commandCalls(PutParameterCommand)).toHaveLength(0);
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(1);
    expect(ssm.commandCalls(LabelParameterVersionCommand)[0]?.args[0].input).toEqual({
      Name: NAME,
      ParameterVersion: 12,
      Labels: ['v1.2.3'],
    });
  });

  it('publishes the AMI the parameter holds even when its oldest of 100 versions is labelled', async () => {
    ssm.on(GetParameterCommand).resolves(parameter(100, EAST));
    ssm.on(GetParameterHistoryCommand).resolves({
      Parameters: [{ Name: NAME, Version: 1, Labels: ['v0.1.0'] }],
    });
    const [result] = await publish({ 'us-east-1': EAST });
    expect(result).toMatchObject({ state: 'published', version: 100, unchanged: true });
    expect(ssm.commandCalls(PutParameterCommand)).toHaveLength(0);
  });

  it('writes nothing, and says how to fix it, when the parameter cannot take the AMI', async () => {
    ssm.on(GetParameterCommand).resolves(parameter(100, WEST));
    ssm.on(GetParameterHistoryCommand).resolves({
      Parameters: [{ Name: NAME, Version: 1, Labels: ['v0.1.0'] }],
    });
    const [result] = await publish({ 'us-east-1': EAST }, 'v1');
    expect(result).toEqual({
      region: 'us-east-1',
      amiId: EAST,
      state: 'failed',
      error: expect.stringContaining(
        `aws ssm unlabel-parameter-version --name ${NAME} --parameter-version 1 --labels v0.1.0 --region us-east-1`,
      ),
    });
    expect(ssm.commandCalls(PutParameterCommand)).toHaveLength(0);
    expect(ssm.commandCalls(LabelParameterVersionCommand)).toHaveLength(0);
  });

  it('writes nothing when the cancel comes while it reads', async () => {
    const stop = new AbortController();
    ssm.on(GetParameterCommand).callsFake(() => {
      stop.abort();
      return parameter(3, WEST);
    });
    const [result] = await publishAmiIds(
      {
        parameterName: NAME,
        label: 'v1',
        amiIds: { 'us-east-1': EAST },
        credentials: undefined,
        stopStarting: stop.signal,
      },
      timing,
    );
    expect(result).toEqual({
      region: 'us-east-1',
      amiId: EAST,
      state: 'skipped',
      error: 'not written: the action was cancelled before it started this region',
    });
    expect(ssm.commandCalls(PutParameterCommand)).toHaveLength(0);
  });

  it('writes nothing for a value that is not an AMI id', async () => {
    const [result] = await publish({ 'us-east-1': 'ami-XYZ' });
    expect(result).toEqual({
      region: 'us-east-1',
      amiId: 'ami-XYZ',
      state: 'failed',
      error: `Not written to ${NAME} in us-east-1: 'ami-XYZ' is not an AMI id (ami- and 8 or 17 hex digits)`,
    });
    expect(ssm.calls()).toHaveLength(0);
  });

  it('reports a refused label, keeping the validated version', async () => {
    ssm.on(PutParameterCommand).resolves({ Version: 5 });
    ssm.on(GetParameterCommand).resolvesOnce(parameter(4, WEST)).resolves(parameter(5, EAST));
    ssm.on(LabelParameterVersionCommand).resolves({ InvalidLabels: ['1.0'], ParameterVersion: 5 });

    const [result] = await publish({ 'us-east-1': EAST }, '1.0');

    expect(result).toEqual({
      region: 'us-east-1',
      amiId: EAST,
      state: 'failed',
      version: 5,
      error: expect.stringMatching(
        /^SSM refused the label 1.0 for version 5 of \/images\/web\/ami in us-east-1: /,
      ),
    });
  });
});
