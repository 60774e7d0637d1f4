import {
  AccessDeniedException,
  GetParameterCommand,
  GetParameterHistoryCommand,
  type ParameterHistory,
  ParameterNotFound,
  SSMClient,
  SSMServiceException,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', () => ({ info: vi.fn(), debug: vi.fn(), warning: vi.fn() }));

const { parameterProblem, readParameter, ssmCaller, ssmFailureMessage } = await import(
  '../../src/aws/parameter.js'
);

const NAME = '/images/web_node/latest';
const REGION = 'eu-west-1';
const AMI = 'ami-0123456789abcdef0';
const OTHER = 'ami-0fedcba9876543210';
const target = { name: NAME, region: REGION, accountId: '123456789012' };
const metadata = { $metadata: { httpStatusCode: 400 } };

const ssm = mockClient(SSMClient);
const sleep = vi.fn(async () => {});

beforeEach(() => {
  ssm.reset();
  sleep.mockClear();
});

const read = () =>
  readParameter(
    new SSMClient({ region: REGION }),
    ssmCaller(target, { sleep, random: () => 0 }),
    NAME,
  );

/** GetParameter's answer: version `Version` holds AMI. */
const latest = (Version: number) => ({
  Parameter: {
    Name: NAME,
    Type: 'String' as const,
    DataType: 'aws:ec2:image',
    Version,
    Value: AMI,
  },
});

/** Versions `from`..`to` as GetParameterHistory lists them, `labelled` carrying labels. */
function history(from: number, to: number, labelled: Record<number, string[]> = {}) {
  const versions: ParameterHistory[] = [];
  for (let version = from; version <= to; version++) {
    versions.push({
      Name: NAME,
      Type: 'String',
      DataType: 'aws:ec2:image',
      Version: version,
      Value: OTHER,
      Labels: labelled[version] ?? [],
    });
  }
  return versions;
}

describe('readParameter', () => {
  it('is undefined for a parameter that does not exist yet', async () => {
    ssm.on(GetParameterCommand).rejects(new ParameterNotFound({ ...metadata, message: '' }));
    expect(await read()).toBeUndefined();
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(1);
  });

  it('reads the latest version alone while SSM keeps fewer than 100', async () => {
    ssm.on(GetParameterCommand).resolves(latest(99));
    expect(await read()).toEqual({
      type: 'String',
      dataType: 'aws:ec2:image',
      version: 99,
      value: AMI,
    });
    expect(ssm.commandCalls(GetParameterHistoryCommand)).toHaveLength(0);
  });

  it('at 100 versions reads the whole history, 50 a page, for the oldest', async () => {
    ssm.on(GetParameterCommand).resolves(latest(130));
    ssm
      .on(GetParameterHistoryCommand, { NextToken: undefined })
      .resolves({ Parameters: history(31, 80, { 31: ['v1.0.0', 'stable'] }), NextToken: 'page-2' })
      .on(GetParameterHistoryCommand, { NextToken: 'page-2' })
      .resolves({ Parameters: history(81, 130) });

    expect(await read()).toEqual({
      type: 'String',
      dataType: 'aws:ec2:image',
      version: 130,
      value: AMI,
      oldest: { version: 31, labels: ['v1.0.0', 'stable'] },
    });
    expect(ssm.commandCalls(GetParameterHistoryCommand).map((call) => call.args[0].input)).toEqual([
      { Name: NAME, MaxResults: 50, NextToken: undefined },
      { Name: NAME, MaxResults: 50, NextToken: 'page-2' },
    ]);
  });

  it('names the action and the ARN AWS refused', async () => {
    const arn = `arn:aws:ssm:${REGION}:210987654321:parameter/images/web_node/latest`;
    const message = `User: arn:aws:sts::210987654321:assumed-role/build/packer-1 is not authorized to perform: ssm:GetParameter on resource: ${arn} because no identity-based policy allows the ssm:GetParameter action`;
    ssm
      .on(GetParameterCommand)
      .rejects(new AccessDeniedException({ ...metadata, message, Message: message }));

    await expect(read()).rejects.toThrow(
      `GetParameter of ${NAME} in ${REGION} failed: AccessDeniedException: ${message}\n` +
        `The credentials may not call ssm:GetParameter on ${arn}.`,
    );
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(1);
  });

  it('names the history call when only that is refused', async () => {
    ssm.on(GetParameterCommand).resolves(latest(100));
    ssm
      .on(GetParameterHistoryCommand)
      .rejects(new AccessDeniedException({ ...metadata, message: 'denied', Message: 'denied' }));
    await expect(read()).rejects.toThrow(
      `The credentials may not call ssm:GetParameterHistory on arn:aws:ssm:${REGION}:123456789012:parameter/images/web_node/latest.`,
    );
  });

  it('retries throttling', async () => {
    const throttled = new SSMServiceException({
      name: 'ThrottlingException',
      $fault: 'client',
      ...metadata,
      message: 'Rate exceeded',
    });
    ssm.on(GetParameterCommand).rejectsOnce(throttled).resolves(latest(1));
    expect((await read())?.version).toBe(1);
    expect(sleep).toHaveBeenCalledTimes(1);
  });
});

describe('ssmFailureMessage', () => {
  it('treats a 403 it cannot parse as denied (moto answers denied calls in XML)', () => {
    const unparsed = Object.assign(new Error('Unexpected token <'), {
      name: 'SyntaxError',
      $metadata: { httpStatusCode: 403 },
    });
    expect(
      ssmFailureMessage('GetParameter', { name: 'plain', region: 'cn-north-1' }, unparsed),
    ).toBe(`GetParameter of plain in cn-north-1 failed: SyntaxError: Unexpected token <
The credentials may not call ssm:GetParameter on arn:aws-cn:ssm:cn-north-1:<account id>:parameter/plain. The action needs ssm:GetParameter, ssm:GetParameterHistory, ssm:PutParameter and ssm:LabelParameterVersion on the parameter, and ec2:DescribeImages (SSM checks the AMI with it).`);
  });
});

describe('parameterProblem', () => {
  const current = { type: 'String', dataType: 'aws:ec2:image', version: 7, value: OTHER };

  it('has none for a new parameter or an aws:ec2:image String', () => {
    expect(parameterProblem(undefined, target)).toBeUndefined();
    expect(parameterProblem(current, target)).toBeUndefined();
    expect(parameterProblem(current, target, AMI)).toBeUndefined();
  });

  // SSM cannot change a parameter to or from aws:ec2:image (moto lets it: see the integration test).
  it.each([
    ['String', 'text'],
    ['StringList', 'text'],
    ['SecureString', 'text'],
  ])('refuses a %s of data type %s, with the fix', (type, dataType) => {
    expect(parameterProblem({ ...current, type, dataType }, target, AMI)).toBe(
      `SSM parameter ${NAME} in ${REGION} is a ${type} parameter of data type ${dataType}. The action ` +
        'publishes AMI ids as a String of data type aws:ec2:image, and SSM cannot change an existing ' +
        'parameter to or from that data type. Set ssm-parameter to another name, or delete this parameter ' +
        `(its history and labels go with it): aws ssm delete-parameter --name ${NAME} --region ${REGION}`,
    );
  });

  it('refuses a new version that would drop a labelled oldest one, naming label, version and command', () => {
    const full = { ...current, version: 130, oldest: { version: 31, labels: ['v1.0.0'] } };
    expect(parameterProblem(full, target)).toBe(
      `SSM parameter ${NAME} in ${REGION} has 100 versions, the most SSM keeps, and its oldest, version 31, ` +
        'has the label v1.0.0: a new version would drop it, which SSM refuses (ParameterMaxVersionLimitExceeded). ' +
        'Move the label to a newer version or remove it, then run again: aws ssm unlabel-parameter-version ' +
        `--name ${NAME} --parameter-version 31 --labels v1.0.0 --region ${REGION}`,
    );
    expect(
      parameterProblem(
        { ...full, oldest: { version: 31, labels: ['v1.0.0', 'stable'] } },
        target,
        AMI,
      ),
    ).toMatch(/the labels v1\.0\.0, stable: .* --labels v1\.0\.0 stable --region/);
  });

  it('lets a full history be when the oldest has no label, or no version is written', () => {
    const full = { ...current, version: 130, oldest: { version: 31, labels: [] } };
    expect(parameterProblem(full, target, AMI)).toBeUndefined();
    const labelled = { ...full, value: AMI, oldest: { version: 31, labels: ['v1.0.0'] } };
    expect(parameterProblem(labelled, target, AMI)).toBeUndefined();
  });
});
