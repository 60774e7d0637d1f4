// The AWS modules through the real SDK and @actions/core against loopback STS, SSM and GitHub OIDC
// servers, reached only through the SDK's standard endpoint variables: proves that the endpoints are
// honoured and that requests and answers have the services' wire formats.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assumeRoleWithGithubOidc } from '../../src/aws/credentials.js';
import { publishAmiIds } from '../../src/aws/publish.js';
import { AwsServer, FAULTS } from '../support/aws-server.js';
import { OIDC_SUBJECT, OidcServer } from '../support/oidc-server.js';

const ROLE = 'arn:aws:iam::123456789012:role/packer-build';
const NAME = '/images/web/ami';
const EAST = 'ami-0123456789abcdef0';
const WEST = 'ami-0fedcba9876543210';

let aws: AwsServer;
let oidc: OidcServer;
let clock = 0;
const slept: number[] = [];
const timing = {
  sleep: async (milliseconds: number) => {
    slept.push(milliseconds);
    clock += milliseconds;
  },
  now: () => clock,
  random: () => 0,
};
const savedEnv = { ...process.env };
/** Holds the AWS config and credentials files' path, which stay absent. */
let configDir: string;

beforeEach(async () => {
  [aws, oidc] = await Promise.all([AwsServer.start(), OidcServer.start()]);
  slept.length = 0;
  clock = 1_000_000;
  // Nothing of the machine's own AWS setup may leak in: no credentials, profile, config or IMDS.
  configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-itg-'));
  const empty = path.join(configDir, 'none');
  for (const name of Object.keys(process.env)) {
    if (name.startsWith('AWS_') || name.startsWith('ACTIONS_ID_TOKEN_')) delete process.env[name];
  }
  Object.assign(process.env, {
    ...oidc.env(),
    AWS_ENDPOINT_URL_STS: aws.url,
    AWS_ENDPOINT_URL_SSM: aws.url,
    AWS_REGION: 'eu-west-1',
    AWS_CONFIG_FILE: empty,
    AWS_SHARED_CREDENTIALS_FILE: empty,
    AWS_EC2_METADATA_DISABLED: 'true',
  });
});
afterEach(async () => {
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, savedEnv);
  await Promise.all([aws.close(), oidc.close()]);
  fs.rmSync(configDir, { recursive: true, force: true });
});

const request = {
  region: 'eu-west-1',
  roleToAssume: ROLE,
  roleSessionName: 'packer-4242',
  roleDurationSeconds: 3600,
  audience: 'sts.amazonaws.com',
};

describe('credentials against loopback OIDC and STS', () => {
  it('exchanges the GitHub token for the role, without credentials of its own', async () => {
    const assumed = await assumeRoleWithGithubOidc(request, timing);

    expect(oidc.requests).toEqual([
      {
        audience: 'sts.amazonaws.com',
        apiVersion: '2.0',
        authorization: `Bearer ${oidc.requestToken}`,
      },
    ]);
    expect(aws.requests).toHaveLength(1);
    expect(aws.requests[0]).toMatchObject({
      service: 'sts',
      action: 'AssumeRoleWithWebIdentity',
      accessKeyId: undefined,
      contentType: 'application/x-www-form-urlencoded',
      body: {
        Action: 'AssumeRoleWithWebIdentity',
        Version: '2011-06-15',
        RoleArn: ROLE,
        RoleSessionName: 'packer-4242',
        DurationSeconds: '3600',
        WebIdentityToken: oidc.tokens[0],
      },
    });
    expect(assumed).toEqual({
      credentials: {
        accessKeyId: aws.issued[0]?.AccessKeyId,
        secretAccessKey: aws.issued[0]?.SecretAccessKey,
        sessionToken: aws.issued[0]?.SessionToken,
        expiration: expect.any(Date),
      },
      accountId: '123456789012',
      assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/packer-build/packer-4242',
    });
  });

  it('fails when GitHub refuses the token request', async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'stale-request-token';
    await expect(assumeRoleWithGithubOidc(request, timing)).rejects.toThrow(
      /^Could not get a GitHub OIDC token for audience 'sts.amazonaws.com': .*401/s,
    );
    expect(aws.requests).toEqual([]);
  });

  it('explains a refusal with the subject the token carried', async () => {
    aws.failSts(FAULTS.accessDenied);
    await expect(assumeRoleWithGithubOidc(request, timing)).rejects.toThrow(
      new RegExp(
        `AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\\n.*trust policy.*sub '${OIDC_SUBJECT}'`,
        's',
      ),
    );
    expect(aws.actions('sts')).toEqual(['AssumeRoleWithWebIdentity']);
  });

  it('retries a throttled and an unavailable STS', async () => {
    aws.failSts(FAULTS.throttling, 1);
    aws.failSts(FAULTS.serviceUnavailable, 1);
    aws.failSts(FAULTS.idpCommunicationError, 1);
    await expect(assumeRoleWithGithubOidc(request, timing)).resolves.toHaveProperty(
      'accountId',
      '123456789012',
    );
    expect(aws.actions('sts')).toHaveLength(4);
    expect(slept).toEqual([500, 1000, 2000]);
  });

  it('passes on what STS says about a duration the role does not allow', async () => {
    aws.maxSessionDuration = 3600;
    await expect(
      assumeRoleWithGithubOidc({ ...request, roleDurationSeconds: 7200 }, timing),
    ).rejects.toThrow(
      'ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.\n' +
        "Lower role-duration-seconds, or raise the role's maximum session duration.",
    );
  });
});

describe('publication against loopback SSM', () => {
  it('writes, waits for validation and labels in every region with the assumed credentials', async () => {
    const { credentials } = await assumeRoleWithGithubOidc(request, timing);
    aws.seed('us-east-1', NAME, 'ami-00000000000000001', ['v1.2.3']);
    aws.validationLag = 2;

    const results = await publishAmiIds(
      {
        parameterName: NAME,
        label: 'v1.2.3',
        amiIds: { 'us-east-1': EAST, 'eu-west-1': WEST },
        credentials: async () => credentials,
      },
      timing,
    );

    expect(results).toEqual([
      { region: 'us-east-1', amiId: EAST, state: 'published', version: 2 },
      { region: 'eu-west-1', amiId: WEST, state: 'published', version: 1 },
    ]);
    for (const region of ['us-east-1', 'eu-west-1']) {
      expect(aws.actions('ssm', region)).toEqual([
        'GetParameter',
        'PutParameter',
        'GetParameter',
        'GetParameter',
        'GetParameter',
        'LabelParameterVersion',
      ]);
    }
    const ssmRequests = aws.requests.filter((recorded) => recorded.service === 'ssm');
    for (const recorded of ssmRequests) {
      expect(recorded).toMatchObject({
        accessKeyId: credentials.accessKeyId,
        sessionToken: credentials.sessionToken,
        contentType: 'application/x-amz-json-1.1',
      });
    }
    expect(ssmRequests.find((recorded) => recorded.action === 'PutParameter')?.body).toEqual({
      Name: NAME,
      Value: EAST,
      Type: 'String',
      DataType: 'aws:ec2:image',
      Tier: 'Standard',
      Overwrite: true,
    });
    // The label moved from the old version to the new one.
    expect(
      aws
        .versions('us-east-1', NAME)
        .map(({ version, value, labels }) => ({ version, value, labels })),
    ).toEqual([
      { version: 1, value: 'ami-00000000000000001', labels: [] },
      { version: 2, value: EAST, labels: ['v1.2.3'] },
    ]);
    expect(aws.versions('eu-west-1', NAME).map(({ value, labels }) => ({ value, labels }))).toEqual(
      [{ value: WEST, labels: ['v1.2.3'] }],
    );
  });

  it('uses the default credential chain without a role, retrying TooManyUpdates', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIADUMMYRUNNERKEY';
    process.env.AWS_SECRET_ACCESS_KEY = 'dummy-runner-secret';
    aws.failSsm(FAULTS.tooManyUpdates, { action: 'PutParameter', times: 2 });

    const results = await publishAmiIds(
      {
        parameterName: NAME,
        label: undefined,
        amiIds: { 'eu-west-1': WEST },
        credentials: undefined,
      },
      timing,
    );

    expect(results).toEqual([{ region: 'eu-west-1', amiId: WEST, state: 'published', version: 1 }]);
    expect(aws.actions('ssm')).toEqual([
      'GetParameter',
      'PutParameter',
      'PutParameter',
      'PutParameter',
      'GetParameter',
    ]);
    expect(new Set(aws.requests.map((recorded) => recorded.accessKeyId))).toEqual(
      new Set(['AKIADUMMYRUNNERKEY']),
    );
  });

  it('fails a region SSM never validates, and one that refuses the write, but not the others', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIADUMMYRUNNERKEY';
    process.env.AWS_SECRET_ACCESS_KEY = 'dummy-runner-secret';
    aws.validationLag = Number.POSITIVE_INFINITY;
    aws.failSsm(FAULTS.ssmAccessDenied, { action: 'PutParameter', region: 'us-west-2' });

    const results = await publishAmiIds(
      {
        parameterName: NAME,
        label: 'v1.2.3',
        amiIds: { 'eu-west-1': WEST, 'us-west-2': EAST },
        credentials: undefined,
      },
      { ...timing, validationTimeoutMilliseconds: 30_000 },
    );

    expect(results).toEqual([
      {
        region: 'eu-west-1',
        amiId: WEST,
        state: 'failed',
        version: 1,
        error: expect.stringMatching(
          new RegExp(
            `^SSM has not validated ${WEST} as version 1 of ${NAME} in eu-west-1 within 30 s \\(last read: ParameterNotFound\\)`,
          ),
        ),
      },
      {
        region: 'us-west-2',
        amiId: EAST,
        state: 'failed',
        error: expect.stringMatching(
          /^PutParameter of \/images\/web\/ami in us-west-2 failed: AccessDeniedException: User is not authorized/,
        ),
      },
    ]);
    expect(
      aws.actions('ssm', 'eu-west-1').filter((action) => action === 'LabelParameterVersion'),
    ).toEqual([]);
  });
});
