import {
  AssumeRoleWithWebIdentityCommand,
  IDPCommunicationErrorException,
  InvalidIdentityTokenException,
  STSClient,
  STSServiceException,
} from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const core = vi.hoisted(() => ({
  getIDToken: vi.fn<(audience?: string) => Promise<string>>(),
  setSecret: vi.fn(),
  info: vi.fn(),
  debug: vi.fn(),
  warning: vi.fn(),
  exportVariable: vi.fn(),
}));
vi.mock('@actions/core', () => core);

const { assumeRoleForTheRun, assumeRoleWithGithubOidc } = await import(
  '../../src/aws/credentials.js'
);

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: object) => `${segment({ alg: 'RS256' })}.${segment(claims)}.c2ln`;
const SUBJECT = 'repo:org/repo:ref:refs/tags/v1.2.3';
const GITHUB_COM = 'https://token.actions.githubusercontent.com';
const TOKEN = jwt({ sub: SUBJECT, aud: 'sts.amazonaws.com', iss: GITHUB_COM });

const request = {
  region: 'eu-west-1',
  roleToAssume: 'arn:aws:iam::123456789012:role/packer',
  roleSessionName: 'packer-4242',
  roleDurationSeconds: 3600,
  audience: 'sts.amazonaws.com',
};

const ANSWER = {
  Credentials: {
    AccessKeyId: 'ASIAEXAMPLEKEY',
    SecretAccessKey: 'secret/EXAMPLE+key',
    SessionToken: 'session-token-EXAMPLE',
    Expiration: new Date('2030-01-01T01:00:00Z'),
  },
  AssumedRoleUser: {
    Arn: 'arn:aws:sts::123456789012:assumed-role/packer/packer-4242',
    AssumedRoleId: 'AROAEXAMPLE:packer-4242',
  },
};

const stsError = (name: string, status: number, message: string) =>
  new STSServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message,
  });

const sts = mockClient(STSClient);
const sleep = vi.fn(async (_milliseconds: number) => {});
const timing = { sleep, random: () => 0 };

beforeEach(() => {
  sts.reset();
  vi.clearAllMocks();
  core.getIDToken.mockResolvedValue(TOKEN);
  vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', 'https://token.example/idtoken?api-version=2.0');
  vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'request-token');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('assumeRoleWithGithubOidc', () => {
  it('exchanges the OIDC token for masked credentials', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves(ANSWER);

    const assumed = await assumeRoleWithGithubOidc(request, timing);

    expect(assumed).toEqual({
      credentials: {
        accessKeyId: 'ASIAEXAMPLEKEY',
        secretAccessKey: 'secret/EXAMPLE+key',
        sessionToken: 'session-token-EXAMPLE',
        expiration: new Date('2030-01-01T01:00:00Z'),
      },
      accountId: '123456789012',
      assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/packer/packer-4242',
    });
    expect(core.getIDToken).toHaveBeenCalledWith('sts.amazonaws.com');
    const calls = sts.commandCalls(AssumeRoleWithWebIdentityCommand);
    expect(calls.map((call) => call.args[0].input)).toEqual([
      {
        RoleArn: 'arn:aws:iam::123456789012:role/packer',
        RoleSessionName: 'packer-4242',
        DurationSeconds: 3600,
        WebIdentityToken: TOKEN,
      },
    ]);
    const client = calls[0]?.thisValue as STSClient;
    expect(await client.config.region()).toBe('eu-west-1');
    expect(core.setSecret.mock.calls.flat()).toEqual(
      expect.arrayContaining([
        TOKEN,
        'ASIAEXAMPLEKEY',
        'secret/EXAMPLE+key',
        'session-token-EXAMPLE',
      ]),
    );
    expect(core.exportVariable).not.toHaveBeenCalled();
    const logged = core.info.mock.calls.flat().join('\n');
    for (const secret of [TOKEN, 'ASIAEXAMPLEKEY', 'secret/EXAMPLE+key', 'session-token-EXAMPLE']) {
      expect(logged).not.toContain(secret);
    }
    expect(logged).toContain('account 123456789012');
  });

  it('masks the credentials before anything else happens with them', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves(ANSWER);
    await assumeRoleWithGithubOidc(request, timing);
    const masked = core.setSecret.mock.invocationCallOrder.at(-1) ?? 0;
    const lastLog = core.info.mock.invocationCallOrder.at(-1) ?? 0;
    expect(masked).toBeLessThan(lastLog);
  });

  it.each([['ACTIONS_ID_TOKEN_REQUEST_URL'], ['ACTIONS_ID_TOKEN_REQUEST_TOKEN']])(
    'without %s, says which permission is missing and that forks get no token',
    async (variable) => {
      vi.stubEnv(variable, '');
      await expect(assumeRoleWithGithubOidc(request, timing)).rejects.toThrow(
        /permissions: id-token: write.*Pull requests from forks never get a token/s,
      );
      expect(core.getIDToken).not.toHaveBeenCalled();
      expect(sts.calls()).toHaveLength(0);
    },
  );

  it('says so when GitHub does not hand out a token', async () => {
    core.getIDToken.mockRejectedValue(new Error('Failed to get ID Token. Error Code : 500'));
    const failure = assumeRoleWithGithubOidc(request, timing);
    await expect(failure).rejects.toThrow(
      "Could not get a GitHub OIDC token for audience 'sts.amazonaws.com': Failed to get ID Token. Error Code : 500",
    );
    await expect(failure).rejects.toHaveProperty(
      'cause.message',
      'Failed to get ID Token. Error Code : 500',
    );
  });

  it.each([
    ['AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'],
    ['AccessDeniedException', 'User is not authorized to assume the role'],
  ])(
    'fails at once on %s, explaining the trust policy and the subject this run presents',
    async (name, message) => {
      sts.on(AssumeRoleWithWebIdentityCommand).rejects(stsError(name, 403, message));

      await expect(assumeRoleWithGithubOidc(request, timing)).rejects.toThrow(
        `Could not assume arn:aws:iam::123456789012:role/packer: ${name}: ${message}\n` +
          "The role's trust policy does not accept this run's GitHub OIDC token. It must trust the identity " +
          'provider token.actions.githubusercontent.com ' +
          '(arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com) ' +
          'with conditions on token.actions.githubusercontent.com:aud ' +
          'and token.actions.githubusercontent.com:sub that match what this run presents: ' +
          `aud 'sts.amazonaws.com', sub '${SUBJECT}'.\n` +
          "Trust only the runs that may build images, e.g. StringEquals 'repo:org/repo:environment:<name>' " +
          "for jobs in a protected environment, or StringLike 'repo:org/repo:ref:refs/tags/v*' for release tags.",
      );
      expect(sts.calls()).toHaveLength(1);
      expect(sleep).not.toHaveBeenCalled();
    },
  );

  it('says when the subject is in the immutable format, which a policy for names does not match', async () => {
    const sub = 'repo:org@1234/repo@56789:environment:images';
    core.getIDToken.mockResolvedValue(jwt({ sub, aud: 'sts.amazonaws.com', iss: GITHUB_COM }));
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsError('AccessDenied', 403, 'Not authorized'));

    const failure = assumeRoleWithGithubOidc(request, timing);

    await expect(failure).rejects.toThrow(
      `sub '${sub}'.\nThis sub is in GitHub's immutable format`,
    );
    await expect(failure).rejects.toThrow(
      'a condition written for names, repo:<owner>/<repo>:…, does not match it. Write it with the ids, as above.\n' +
        "Trust only the runs that may build images, e.g. StringEquals 'repo:org@1234/repo@56789:environment:<name>'",
    );
  });

  it('does not call a subject with names immutable', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsError('AccessDenied', 403, 'Not authorized'));

    await expect(assumeRoleWithGithubOidc(request, timing)).rejects.not.toThrow('immutable');
  });

  it.each([
    [
      'AccessDenied',
      stsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'),
      'It must trust the identity provider ghes.example.com/_services/token ' +
        '(arn:aws:iam::123456789012:oidc-provider/ghes.example.com/_services/token) with conditions on ' +
        'ghes.example.com/_services/token:aud and ghes.example.com/_services/token:sub',
    ],
    [
      'a missing provider',
      new InvalidIdentityTokenException({
        $metadata: { httpStatusCode: 400 },
        message:
          'No OpenIDConnect provider found in your account for https://ghes.example.com/_services/token',
      }),
      'Create an IAM OIDC identity provider for https://ghes.example.com/_services/token ' +
        "(audience sts.amazonaws.com) in the role's account: " +
        'arn:aws:iam::123456789012:oidc-provider/ghes.example.com/_services/token.',
    ],
  ])(
    'on %s, names the provider of the token’s own issuer (GitHub Enterprise Server)',
    async (_case, error, hint) => {
      core.getIDToken.mockResolvedValue(
        jwt({
          sub: SUBJECT,
          aud: 'sts.amazonaws.com',
          iss: 'https://ghes.example.com/_services/token',
        }),
      );
      sts.on(AssumeRoleWithWebIdentityCommand).rejects(error);

      const failure = assumeRoleWithGithubOidc(request, timing);

      await expect(failure).rejects.toThrow(hint);
      await expect(failure).rejects.not.toThrow('token.actions.githubusercontent.com');
    },
  );

  it('retries throttling with growing waits, then succeeds', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(stsError('Throttling', 400, 'Rate exceeded'))
      .rejectsOnce(stsError('Throttling', 400, 'Rate exceeded'))
      .resolves(ANSWER);

    await expect(assumeRoleWithGithubOidc(request, timing)).resolves.toHaveProperty(
      'accountId',
      '123456789012',
    );
    expect(sts.calls()).toHaveLength(3);
    expect(sleep.mock.calls).toEqual([[500], [1000]]);
  });

  it('retries IDPCommunicationError, then succeeds', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(
        new IDPCommunicationErrorException({
          $metadata: { httpStatusCode: 400 },
          message: 'IdP unreachable',
        }),
      )
      .resolves(ANSWER);

    await expect(assumeRoleWithGithubOidc(request, timing)).resolves.toHaveProperty(
      'accountId',
      '123456789012',
    );
    expect(sts.calls()).toHaveLength(2);
  });

  it('gives up on server errors after a bounded number of attempts', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsError('ServiceUnavailable', 503, 'Service Unavailable'));

    await expect(assumeRoleWithGithubOidc(request, timing)).rejects.toThrow(
      'Could not assume arn:aws:iam::123456789012:role/packer: ServiceUnavailable: Service Unavailable (still failing after 6 attempts)',
    );
    expect(sts.calls()).toHaveLength(6);
    expect(sleep).toHaveBeenCalledTimes(5);
  });

  it('retries network errors', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .resolves(ANSWER);
    await expect(assumeRoleWithGithubOidc(request, timing)).resolves.toHaveProperty(
      'accountId',
      '123456789012',
    );
    expect(sts.calls()).toHaveLength(2);
  });

  it.each([
    [
      new InvalidIdentityTokenException({
        $metadata: { httpStatusCode: 400 },
        message:
          'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
      }),
      'InvalidIdentityTokenException: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com\n' +
        "Create an IAM OIDC identity provider for https://token.actions.githubusercontent.com (audience sts.amazonaws.com) in the role's account: " +
        'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com.',
    ],
    [
      stsError(
        'ValidationError',
        400,
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      ),
      'ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.\n' +
        "Lower role-duration-seconds, or raise the role's maximum session duration.",
    ],
    [
      stsError(
        'ValidationError',
        400,
        "1 validation error detected: Value at 'roleSessionName' failed",
      ),
      "ValidationError: 1 validation error detected: Value at 'roleSessionName' failed",
    ],
  ])('fails at once on other errors, with their message: %s', async (error, message) => {
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(error);
    const failure = assumeRoleWithGithubOidc(request, timing);
    await expect(failure).rejects.toThrow(
      `Could not assume arn:aws:iam::123456789012:role/packer: ${message}`,
    );
    await expect(failure).rejects.toHaveProperty('cause', error);
    expect(sts.calls()).toHaveLength(1);
  });

  it('refuses an answer without credentials', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ AssumedRoleUser: ANSWER.AssumedRoleUser });
    await expect(assumeRoleWithGithubOidc(request, timing)).rejects.toThrow(
      'STS assumed arn:aws:iam::123456789012:role/packer but its answer lacks the credentials',
    );
  });
});

describe('assumeRoleForTheRun', () => {
  const at = (iso: string) => Date.parse(iso);
  /** A clock the test moves, and the refresh timer it fires by hand. */
  function manualTimers(start: string) {
    const timers = {
      clock: at(start),
      due: undefined as (() => void) | undefined,
      now: () => timers.clock,
      schedule: (callback: () => void) => {
        timers.due = callback;
        return () => {
          if (timers.due === callback) timers.due = undefined;
        };
      },
    };
    return timers;
  }
  const second = {
    ...ANSWER,
    Credentials: {
      AccessKeyId: 'ASIASECONDKEY',
      SecretAccessKey: 'second/secret',
      SessionToken: 'second-session-token',
      Expiration: new Date('2030-01-01T02:00:00Z'),
    },
  };

  it('assumes the role again, with a new OIDC token, before the session expires', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolvesOnce(ANSWER).resolvesOnce(second);
    const timers = manualTimers('2030-01-01T00:00:00Z');
    const session = await assumeRoleForTheRun(request, { ...timing, timers });
    expect(session.accountId).toBe('123456789012');
    expect(await session.credentials.provider()).toMatchObject({ accessKeyId: 'ASIAEXAMPLEKEY' });

    timers.clock = at('2030-01-01T00:55:00Z');
    timers.due?.();
    expect(await session.credentials.provider()).toMatchObject({
      accessKeyId: 'ASIASECONDKEY',
      expiration: second.Credentials.Expiration,
    });
    expect(core.getIDToken).toHaveBeenCalledTimes(2);
    expect(sts.calls()).toHaveLength(2);
    // The new session is masked as the first was.
    expect(core.setSecret).toHaveBeenCalledWith('second/secret');
    expect(core.setSecret).toHaveBeenCalledWith('second-session-token');
    session.credentials.stop();
    expect(timers.due).toBeUndefined();
  });

  it('warns when a refresh fails, and keeps the session it holds until it expires', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .resolvesOnce(ANSWER)
      .rejects(
        stsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'),
      );
    const timers = manualTimers('2030-01-01T00:00:00Z');
    const session = await assumeRoleForTheRun(request, { ...timing, timers });

    timers.clock = at('2030-01-01T00:55:00Z');
    expect(await session.credentials.provider()).toMatchObject({ accessKeyId: 'ASIAEXAMPLEKEY' });
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Could not refresh the AWS credentials of arn:aws:iam::123456789012:role\/packer: Could not assume .*AccessDenied.*The current ones expire at 2030-01-01T01:00:00\.000Z; trying again shortly\.$/s,
      ),
    );
    session.credentials.stop();
  });
});
