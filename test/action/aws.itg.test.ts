// The built action against loopback GitHub OIDC, STS and SSM, reached only through the SDK's standard
// endpoint variables. Packer cannot reach AWS here: the mirror ships a stand-in (replay-packer.cjs)
// that replays a recorded Packer 1.6.6 build and records the environment it was given.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ACTION_ENTRY,
  type ActionRun,
  bundleWithout,
  type RunnerDirectories,
  runAction,
  type StartedAction,
  startAction,
  type TrimmedBundle,
} from '../support/action.js';
import { AwsServer, FAULTS } from '../support/aws-server.js';
import { OIDC_SUBJECT, OidcServer } from '../support/oidc-server.js';
import { type ReleasesMirror, startReleasesMirror } from '../support/releases-mirror.js';
import {
  mirrorInputs,
  PACKER_VERSION,
  Runners,
  VALID_JSON_TEMPLATE,
  writeWorkspace,
} from './support.js';

const REPLAY_PACKER = fileURLToPath(new URL('../support/replay-packer.cjs', import.meta.url));
const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/packer-1.6.6/${name}`, import.meta.url));

const ROLE = 'arn:aws:iam::123456789012:role/packer-build';
const PARAMETER = '/images/web_node/latest';
const LABEL = 'v1.2.3';
const PREVIOUS_AMI = 'ami-00000000000000001';
// What the recorded builds produced.
const AMI = 'ami-0331f93efbc230e15';
const MULTI_REGION_AMIS = {
  'eu-central-1': 'ami-1f5307831b902b1b2',
  'eu-west-1': 'ami-3b03275f916212d5d',
  'us-east-1': 'ami-3dac1a6063be4b5fc',
};
const TEMPLATE = 'image.json';
/** A Packer older than the first known to read the credentials endpoint. */
const OLDER_PACKER_VERSION = '1.6.5';
/** The SSM calls of one region's publication: read, write, read back until validated, label. */
const PUBLICATION = ['GetParameter', 'PutParameter', 'GetParameter', 'LabelParameterVersion'];
/** The preflight's read in aws-region (the template is legacy JSON without AMI builders). */
const PREFLIGHT = ['GetParameter'];

const runners = new Runners();
let mirror: ReleasesMirror;
let toolCache: string;
let aws: AwsServer;
let oidc: OidcServer;

beforeAll(async () => {
  mirror = await startReleasesMirror({
    releases: [
      { version: PACKER_VERSION, binaryPath: REPLAY_PACKER },
      { version: OLDER_PACKER_VERSION, binaryPath: REPLAY_PACKER },
    ],
  });
  toolCache = runners.make().toolCache;
  const warm = await runAction({
    runner: workspaceRunner(toolCache),
    inputs: { ...mirrorInputs(mirror), command: 'validate', template: TEMPLATE },
  });
  if (warm.exitCode !== 0) {
    throw new Error(`Warming the tool cache failed (exit ${warm.exitCode}):\n${warm.stdout}`);
  }
});
beforeEach(async () => {
  mirror.requests.length = 0;
  [aws, oidc] = await Promise.all([AwsServer.start(), OidcServer.start()]);
});
afterEach(async () => {
  await Promise.all([aws.close(), oidc.close()]);
});
afterAll(async () => {
  await mirror.close();
  runners.removeAll();
});

/** A runner with the template in its workspace; without `cache`, a cold tool cache. */
function workspaceRunner(cache?: string): RunnerDirectories {
  const runner = runners.make(cache);
  writeWorkspace(runner, { [TEMPLATE]: VALID_JSON_TEMPLATE });
  return runner;
}

/** What the stand-in Packer's `build` was given. */
interface BuildRecord {
  args: string[];
  env: Record<string, string>;
  /** With REPLAY_PACKER_FETCH_CREDENTIALS: what the credentials endpoint answered, and when. */
  credentials?: { at: number; status: number; body: Record<string, string> }[];
}

interface Replay {
  /** A recorded build in test/fixtures/packer-1.6.6. */
  log: string;
  exitCode?: number;
  /** Held back until the stand-in gets SIGINT or SIGTERM. */
  waitBefore?: string;
}

interface BuildOptions {
  inputs?: Record<string, string>;
  /** Variables beyond the loopback endpoints; `oidc: false` leaves out the job's token variables. */
  env?: Record<string, string>;
  oidc?: boolean;
  runner?: RunnerDirectories;
  entry?: string;
}

interface Build {
  action: StartedAction;
  /** What the stand-in recorded; undefined when no build ran. */
  record(): BuildRecord | undefined;
}

const ROLE_INPUTS = {
  'role-to-assume': ROLE,
  'aws-region': 'eu-west-1',
  'ssm-parameter': PARAMETER,
  'ssm-parameter-label': LABEL,
};

function startBuild(replay: Replay, options: BuildOptions = {}): Build {
  const runner = options.runner ?? workspaceRunner(toolCache);
  const recordFile = path.join(runner.root, 'packer-build.json');
  // Nothing of the machine's own AWS setup may leak in: no profile, shared credentials or IMDS.
  const nowhere = path.join(runner.root, 'no-aws-config');
  const action = startAction({
    runner,
    entry: options.entry,
    inputs: { ...mirrorInputs(mirror), command: 'build', template: TEMPLATE, ...options.inputs },
    env: {
      ...(options.oidc === false ? {} : oidc.env()),
      AWS_ENDPOINT_URL_STS: aws.url,
      AWS_ENDPOINT_URL_SSM: aws.url,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: nowhere,
      AWS_SHARED_CREDENTIALS_FILE: nowhere,
      REPLAY_PACKER_LOG: fixture(replay.log),
      REPLAY_PACKER_EXIT_CODE: String(replay.exitCode ?? 0),
      REPLAY_PACKER_WAIT_BEFORE: replay.waitBefore ?? '',
      REPLAY_PACKER_RECORD: recordFile,
      ...options.env,
    },
  });
  return {
    action,
    record: () =>
      fs.existsSync(recordFile)
        ? (JSON.parse(fs.readFileSync(recordFile, 'utf8')) as BuildRecord)
        : undefined,
  };
}

const SINGLE_REGION: Replay = { log: 'amazon-ebs-build.machine.log' };
const MULTI_REGION: Replay = { log: 'amazon-ebs-multi-region-build.machine.log' };
const PROVISIONER_FAILURE: Replay = {
  log: 'amazon-ebs-provisioner-failure.machine.log',
  exitCode: 1,
};
const INTERRUPTED: Replay = {
  log: 'amazon-ebs-interrupted.machine.log',
  exitCode: 1,
  waitBefore: 'Cancelling build after receiving',
};

/** Lines of the action's output that show `secret`, other than the one that masks it. */
function unmaskedLines(run: ActionRun, secret: string): string[] {
  return `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => line.includes(secret) && line !== `::add-mask::${secret}`);
}

/** Versions of the parameter in `region`: number, value and labels. */
function stored(region: string) {
  return aws
    .versions(region, PARAMETER)
    .map(({ version, value, labels }) => ({ version, value, labels }));
}

describe('build with role-to-assume and ssm-parameter', () => {
  it('assumes the role, builds with its credentials and publishes the AMI', async () => {
    aws.seed('eu-west-1', PARAMETER, PREVIOUS_AMI, ['v1.2.2']);
    const build = startBuild(SINGLE_REGION, { inputs: ROLE_INPUTS });
    const run = await build.action.done;

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      'packer-version': PACKER_VERSION,
      'aws-account-id': '123456789012',
      'artifact-id': `eu-west-1:${AMI}`,
      artifacts: JSON.stringify([
        { buildName: 'amazon-ebs', builderId: 'mitchellh.amazonebs', id: `eu-west-1:${AMI}` },
      ]),
      'ami-id': AMI,
      'ami-ids': JSON.stringify({ 'eu-west-1': AMI }),
      'ssm-parameter-version': '2',
      'ssm-parameter-result': 'updated',
    });

    // The job's token, exchanged once for the role.
    expect(oidc.requests).toEqual([
      {
        audience: 'sts.amazonaws.com',
        apiVersion: '2.0',
        authorization: `Bearer ${oidc.requestToken}`,
      },
    ]);
    expect(aws.actions('sts')).toEqual(['AssumeRoleWithWebIdentity']);
    expect(aws.requests[0]).toMatchObject({
      accessKeyId: undefined,
      body: {
        RoleArn: ROLE,
        RoleSessionName: 'packer-4242',
        DurationSeconds: '3600',
        WebIdentityToken: oidc.tokens[0],
      },
    });
    const issued = aws.issued[0];
    if (issued === undefined) throw new Error('STS issued no credentials');

    // Packer got the way to the role's credentials (the endpoint and its token, no key), the region,
    // empty shared files in place of the runner's, and not the runner's token variables.
    const packerEnv = build.record()?.env ?? {};
    expect(build.record()).toEqual({
      args: ['build', '-machine-readable', '-color=false', '-on-error=cleanup', TEMPLATE],
      env: expect.objectContaining({
        AWS_CONTAINER_CREDENTIALS_FULL_URI: expect.stringMatching(
          /^http:\/\/127\.0\.0\.1:\d+\/credentials$/,
        ),
        AWS_CONTAINER_AUTHORIZATION_TOKEN: expect.stringMatching(/^[\w-]{43}$/),
        AWS_SHARED_CREDENTIALS_FILE: expect.stringMatching(/aws-empty-config$/),
        AWS_CONFIG_FILE: packerEnv.AWS_SHARED_CREDENTIALS_FILE,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_REGION: 'eu-west-1',
        AWS_DEFAULT_REGION: 'eu-west-1',
        CHECKPOINT_DISABLE: '1',
      }),
    });
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
      expect(packerEnv).not.toHaveProperty(name);
    }
    expect(JSON.stringify(packerEnv)).not.toContain(issued.SecretAccessKey);
    expect(Object.keys(packerEnv)).not.toContain('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
    // The stand-in never asked it (the test below does).
    expect(run.stdout).not.toContain('The AWS credentials endpoint answered');

    // Read before the build; read, written, read back once validated, then labelled; every call
    // signed with the role's keys.
    expect(aws.actions('ssm', 'eu-west-1')).toEqual([...PREFLIGHT, ...PUBLICATION]);
    expect(aws.actions('ssm')).toHaveLength(PREFLIGHT.length + PUBLICATION.length);
    const ssmRequests = aws.requests.filter((request) => request.service === 'ssm');
    for (const request of ssmRequests) {
      expect(request).toMatchObject({
        accessKeyId: issued.AccessKeyId,
        sessionToken: issued.SessionToken,
      });
    }
    expect(ssmRequests[0]?.body).toEqual({ Name: PARAMETER });
    expect(ssmRequests[1]?.body).toEqual({ Name: PARAMETER });
    expect(ssmRequests[2]?.body).toEqual({
      Name: PARAMETER,
      Value: AMI,
      Type: 'String',
      DataType: 'aws:ec2:image',
      Tier: 'Standard',
      Overwrite: true,
    });
    expect(ssmRequests[4]?.body).toEqual({
      Name: PARAMETER,
      ParameterVersion: 2,
      Labels: [LABEL],
    });
    expect(stored('eu-west-1')).toEqual([
      { version: 1, value: PREVIOUS_AMI, labels: ['v1.2.2'] },
      { version: 2, value: AMI, labels: [LABEL] },
    ]);

    expect(run.summary).toContain('## Packer build: :white_check_mark: succeeded');
    expect(run.summary).toContain(
      `| amazon-ebs | eu-west-1 | [${AMI}](https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#ImageDetails:imageId=${AMI}) |`,
    );
    expect(run.summary).toContain(
      '### SSM parameter /images/web\\_node/latest (label v1.2.3)\n\n' +
        '| Region | Version | Result |\n| --- | --- | --- |\n| eu-west-1 | 2 | updated |',
    );

    // Credentials stay in this step: none for later steps, none shown in the log.
    expect(run.githubEnv).toBe('');
    const secrets = [
      issued.AccessKeyId,
      issued.SecretAccessKey,
      issued.SessionToken,
      oidc.tokens[0] ?? '',
      packerEnv.AWS_CONTAINER_AUTHORIZATION_TOKEN ?? '',
    ];
    for (const secret of secrets) {
      expect(run.stdout).toContain(`::add-mask::${secret}`);
      expect(unmaskedLines(run, secret)).toEqual([]);
    }
  });

  it('publishes to every region the build produced an AMI in', async () => {
    aws.seed('eu-west-1', PARAMETER, PREVIOUS_AMI);
    const run = await startBuild(MULTI_REGION, { inputs: ROLE_INPUTS }).action.done;

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs['ami-ids'] ?? '')).toEqual(MULTI_REGION_AMIS);
    expect(run.outputs['ami-id']).toBe(MULTI_REGION_AMIS['eu-central-1']);
    // The version in aws-region (eu-west-1 had one already), not that of another region.
    expect(run.outputs['ssm-parameter-version']).toBe('2');
    for (const [region, ami] of Object.entries(MULTI_REGION_AMIS)) {
      // The preflight knows aws-region only: the stand-in replays a build the template does not say.
      expect(aws.actions('ssm', region)).toEqual(
        region === 'eu-west-1' ? [...PREFLIGHT, ...PUBLICATION] : PUBLICATION,
      );
      expect(stored(region).at(-1)).toEqual({
        version: region === 'eu-west-1' ? 2 : 1,
        value: ami,
        labels: [LABEL],
      });
      expect(run.summary).toMatch(
        new RegExp(`^\\| ${region} \\| ${region === 'eu-west-1' ? 2 : 1} \\| updated \\|$`, 'm'),
      );
    }
  });

  it('publishes nothing when the build fails', async () => {
    aws.seed('eu-west-1', PARAMETER, PREVIOUS_AMI, [LABEL]);
    const build = startBuild(PROVISIONER_FAILURE, { inputs: ROLE_INPUTS });
    const run = await build.action.done;

    expect(run.exitCode).toBe(1);
    expect(run.errors).toContain(
      "::error::Build 'amazon-ebs' failed: Script exited with non-zero exit status: 3.Allowed exit codes are: [0]",
    );
    expect(build.record()).toBeDefined();
    expect(aws.actions('ssm')).toEqual(PREFLIGHT);
    expect(stored('eu-west-1')).toEqual([{ version: 1, value: PREVIOUS_AMI, labels: [LABEL] }]);
    expect(run.outputs['ami-id']).toBe('');
    expect(run.outputs).not.toHaveProperty('ssm-parameter-version');
    expect(run.summary).toContain('## Packer build: :x: failed');
    expect(run.summary).not.toContain('### SSM parameter');
  });

  it('publishes nothing when the run is cancelled, after Packer has cleaned up', async () => {
    aws.seed('eu-west-1', PARAMETER, PREVIOUS_AMI);
    const build = startBuild(INTERRUPTED, { inputs: ROLE_INPUTS });
    await build.action.waitForOutput('slow step');
    build.action.child.kill('SIGTERM');
    const run = await build.action.done;

    expect(run.exitCode).toBe(1);
    // Held back by the stand-in until the action passed the signal on.
    expect(run.stdout).toContain('Cleanly cancelled builds after being interrupted.');
    expect(run.errors).toEqual([
      "::error::Cancelled: received SIGTERM during packer build. Packer exited with exit code 1, reporting 'Cleanly cancelled builds after being interrupted.'",
    ]);
    expect(aws.actions('ssm')).toEqual(PREFLIGHT);
    expect(stored('eu-west-1')).toEqual([{ version: 1, value: PREVIOUS_AMI, labels: [] }]);
    expect(run.summary).toContain('## Packer build: :warning: cancelled');
    expect(run.summary).not.toContain('### SSM parameter');
  });
});

describe('credentials that outlive their session', () => {
  // The real clock: STS issues sessions of 6 s (AWS's shortest is 15 minutes), which the action
  // replaces halfway, 3 s before they expire, while the stand-in asks the endpoint for 8 s.
  it('assumes the role again with a fresh token before each session expires; Packer and SSM get each new one', async () => {
    aws.sessionSeconds = 6;
    const build = startBuild(SINGLE_REGION, {
      inputs: ROLE_INPUTS,
      env: { REPLAY_PACKER_FETCH_CREDENTIALS: '8' },
    });
    const run = await build.action.done;
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);

    const assumed = aws.requests.filter(({ action }) => action === 'AssumeRoleWithWebIdentity');
    expect(assumed.length).toBeGreaterThanOrEqual(3);
    // Each session with a token of its own, asked for at GitHub just before (a refresh under way as
    // the run ended may have asked for one more, and been cut short by the exit)...
    const tokens = assumed.map(({ body }) => body.WebIdentityToken);
    expect(new Set(tokens).size).toBe(assumed.length);
    expect(tokens).toEqual(oidc.tokens.slice(0, assumed.length));
    expect(oidc.tokens.length - assumed.length).toBeLessThanOrEqual(1);
    // ...and before the session it replaces expired.
    assumed.slice(1).forEach((request, previous) => {
      expect(request.at).toBeLessThan(aws.issued[previous]?.expiresAt ?? 0);
    });

    // Packer, asking every 250 ms with the token, always got a session that had not expired, and
    // each new one as it came.
    const answers = build.record()?.credentials ?? [];
    expect(answers.length).toBeGreaterThan(20);
    for (const { at, status, body } of answers) {
      expect(status).toBe(200);
      const issued = aws.issued.find(({ AccessKeyId }) => AccessKeyId === body.AccessKeyId);
      expect(body).toEqual({
        AccessKeyId: issued?.AccessKeyId,
        SecretAccessKey: issued?.SecretAccessKey,
        Token: issued?.SessionToken,
        Expiration: new Date(issued?.expiresAt ?? 0).toISOString(),
      });
      expect(Date.parse(body.Expiration ?? '')).toBeGreaterThan(at);
    }
    expect(new Set(answers.map(({ body }) => body.AccessKeyId)).size).toBeGreaterThanOrEqual(2);
    expect(run.stdout).toMatch(
      new RegExp(
        `The AWS credentials endpoint answered Packer ${answers.length} times; it is closed.`,
      ),
    );

    // The publication after the build signs with a session that had not expired.
    const ssmRequests = aws.requests.filter(({ service }) => service === 'ssm');
    expect(ssmRequests.map(({ action }) => action)).toEqual([...PREFLIGHT, ...PUBLICATION]);
    for (const { at, accessKeyId } of ssmRequests) {
      const issued = aws.issued.find(({ AccessKeyId }) => AccessKeyId === accessKeyId);
      expect(at).toBeLessThan(issued?.expiresAt ?? 0);
    }
    // Every session and token is masked as it comes, also while Packer's output is shown with
    // workflow commands stopped: the runner takes each mask as a command.
    for (const issued of aws.issued) {
      expect(run.commands).toContain(`::add-mask::${issued.SecretAccessKey}`);
      expect(unmaskedLines(run, issued.SecretAccessKey)).toEqual([]);
    }
    for (const token of oidc.tokens) expect(run.commands).toContain(`::add-mask::${token}`);
  }, 30_000);
});

describe('a Packer older than the credentials endpoint', () => {
  it("gets the role's keys in its environment instead, with a warning", async () => {
    const build = startBuild(SINGLE_REGION, {
      inputs: { ...ROLE_INPUTS, 'packer-version': OLDER_PACKER_VERSION },
      env: { REPLAY_PACKER_VERSION: OLDER_PACKER_VERSION },
    });
    const run = await build.action.done;

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      `::warning::Packer ${OLDER_PACKER_VERSION} is older than 1.6.6, the first known to take its AWS credentials from the endpoint this action serves`,
    );
    const issued = aws.issued.at(-1);
    const packerEnv = build.record()?.env ?? {};
    expect(packerEnv).toMatchObject({
      AWS_ACCESS_KEY_ID: issued?.AccessKeyId,
      AWS_SECRET_ACCESS_KEY: issued?.SecretAccessKey,
      AWS_SESSION_TOKEN: issued?.SessionToken,
      AWS_SHARED_CREDENTIALS_FILE: expect.stringMatching(/aws-empty-config$/),
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expect(packerEnv).not.toHaveProperty('AWS_CONTAINER_CREDENTIALS_FULL_URI');
    expect(packerEnv).not.toHaveProperty('AWS_CONTAINER_AUTHORIZATION_TOKEN');
    expect(aws.actions('ssm')).toEqual([...PREFLIGHT, ...PUBLICATION]);
  });
});

describe('credentials that cannot be had', () => {
  it('explains a role that refuses the token, without building or retrying', async () => {
    aws.failSts(FAULTS.accessDenied);
    const build = startBuild(SINGLE_REGION, { inputs: ROLE_INPUTS });
    const run = await build.action.done;

    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^::error::Could not assume arn:aws:iam::123456789012:role\/packer-build: AccessDenied/,
    );
    expect(run.errors[0]).toContain("The role's trust policy does not accept");
    expect(run.errors[0]).toContain('token.actions.githubusercontent.com:sub');
    expect(run.errors[0]).toContain(`sub '${OIDC_SUBJECT}'`);
    expect(aws.actions('sts')).toEqual(['AssumeRoleWithWebIdentity']);
    expect(build.record()).toBeUndefined();
    expect(aws.actions('ssm')).toEqual([]);
    expect(run.summary).toContain('**Error:** Could not assume');
  });

  it('names the permission when the job cannot request a token', async () => {
    const build = startBuild(SINGLE_REGION, { inputs: ROLE_INPUTS, oidc: false });
    const run = await build.action.done;

    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('`permissions: id-token: write`');
    expect(run.errors[0]).toContain('Pull requests from forks never get a token');
    expect(aws.requests).toEqual([]);
    expect(build.record()).toBeUndefined();
  });
});

describe('AWS answering slowly', () => {
  // The backoff really sleeps here (1 s base, halved jitter): two retries cost 1.5 to 3 s.
  it('retries a throttled STS', async () => {
    aws.failSts(FAULTS.throttling, 2);
    const run = await startBuild(SINGLE_REGION, { inputs: ROLE_INPUTS }).action.done;

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(aws.actions('sts')).toEqual([
      'AssumeRoleWithWebIdentity',
      'AssumeRoleWithWebIdentity',
      'AssumeRoleWithWebIdentity',
    ]);
    expect(
      run.stdout.match(/STS answered Throttling: Rate exceeded; retrying in \d+ ms/g),
    ).toHaveLength(2);
    expect(run.outputs['ssm-parameter-version']).toBe('1');
  });

  // Polling really sleeps too: 1 s, then 2 s.
  it('waits until SSM has validated the AMI', async () => {
    aws.validationLag = 2;
    const run = await startBuild(SINGLE_REGION, { inputs: ROLE_INPUTS }).action.done;

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(aws.actions('ssm')).toEqual([
      ...PREFLIGHT,
      'GetParameter',
      'PutParameter',
      'GetParameter',
      'GetParameter',
      'GetParameter',
      'LabelParameterVersion',
    ]);
    expect(run.outputs['ssm-parameter-version']).toBe('1');
    expect(stored('eu-west-1')).toEqual([{ version: 1, value: AMI, labels: [LABEL] }]);
  });
});

describe('publication that fails after a good build', () => {
  it('keeps the AMI outputs and names the region not updated', async () => {
    aws.failSsm(FAULTS.ssmAccessDenied, { action: 'PutParameter', region: 'us-east-1' });
    const run = await startBuild(MULTI_REGION, { inputs: ROLE_INPUTS }).action.done;

    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^::error::The build succeeded, but SSM parameter \/images\/web_node\/latest was not updated in us-east-1 \(PutParameter of \/images\/web_node\/latest in us-east-1 failed: AccessDeniedException/,
    );
    expect(run.errors[0]).not.toMatch(/eu-west-1|eu-central-1/);
    expect(JSON.parse(run.outputs['ami-ids'] ?? '')).toEqual(MULTI_REGION_AMIS);
    expect(run.outputs['ami-id']).toBe(MULTI_REGION_AMIS['eu-central-1']);
    expect(run.outputs['ssm-parameter-version']).toBe('1');
    expect(stored('us-east-1')).toEqual([]);
    expect(stored('eu-west-1')).toHaveLength(1);
    expect(run.summary).toMatch(
      /^\| us-east-1 \| {2}\| not updated: PutParameter of .*AccessDeniedException/m,
    );
    expect(run.summary).toContain('**Regions not fully published:** us-east-1\n');
  });
});

describe('build without role-to-assume', () => {
  it("publishes with the runner's own credentials and never calls STS", async () => {
    const runnerKeys = {
      AWS_ACCESS_KEY_ID: 'AKIARUNNEROWNKEY0001',
      AWS_SECRET_ACCESS_KEY: 'runner-own-secret-access-key',
    };
    const build = startBuild(SINGLE_REGION, {
      inputs: { ...ROLE_INPUTS, 'role-to-assume': '' },
      env: runnerKeys,
    });
    const run = await build.action.done;

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(aws.actions('sts')).toEqual([]);
    expect(oidc.requests).toEqual([]);
    expect(aws.actions('ssm')).toEqual([...PREFLIGHT, ...PUBLICATION]);
    for (const request of aws.requests) {
      expect(request).toMatchObject({
        accessKeyId: runnerKeys.AWS_ACCESS_KEY_ID,
        sessionToken: undefined,
        region: 'eu-west-1',
      });
    }
    expect(build.record()?.env).toMatchObject({ ...runnerKeys, AWS_REGION: 'eu-west-1' });
    expect(build.record()?.env).not.toHaveProperty('AWS_SESSION_TOKEN');
    expect(run.outputs).not.toHaveProperty('aws-account-id');
    expect(run.outputs['ssm-parameter-version']).toBe('1');
  });
});

describe('bad AWS inputs', () => {
  it('the inputs the cases start from are good: on a cold runner they reach the mirror, STS and SSM', async () => {
    const run = await startBuild(SINGLE_REGION, {
      inputs: ROLE_INPUTS,
      runner: workspaceRunner(),
    }).action.done;

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(mirror.requests).toContainEqual(expect.stringMatching(/_SHA256SUMS$/));
    expect(aws.actions('sts')).toEqual(['AssumeRoleWithWebIdentity']);
    expect(aws.actions('ssm')).toContain('PutParameter');
  });

  it.each<[string, Record<string, string>]>([
    ['aws-region', { 'aws-region': 'eu-west' }],
    ['role-to-assume', { 'role-to-assume': 'arn:aws:iam::1234:role/packer-build' }],
    ['role-session-name', { 'role-session-name': 'x' }],
    ['role-duration-seconds', { 'role-duration-seconds': '100' }],
    ['ssm-parameter', { 'ssm-parameter': '/aws/service/images/web_node' }],
    ['ssm-parameter-label', { 'ssm-parameter-label': '1.2.3' }],
    // ssm-parameter alone needs a region, and the environment has no AWS_REGION.
    ['aws-region', { 'aws-region': '', 'role-to-assume': '' }],
  ])('refuses a bad %s before any request: %j', async (input, bad) => {
    const build = startBuild(SINGLE_REGION, {
      inputs: { ...ROLE_INPUTS, ...bad },
      runner: workspaceRunner(),
    });
    const run = await build.action.done;

    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(new RegExp(`^::error::Input '${input}' is `));
    expect(mirror.requests).toEqual([]);
    expect(oidc.requests).toEqual([]);
    expect(aws.requests).toEqual([]);
    expect(build.record()).toBeUndefined();
  });
});

describe('validate-only runs and the AWS SDK', () => {
  // dist/ without the chunks that hold the AWS SDK (STS, SSM, EC2) and the AWS modules.
  let trimmed: TrimmedBundle;
  beforeAll(() => {
    trimmed = bundleWithout(ACTION_ENTRY, (text) =>
      ['AssumeRoleWithWebIdentity', 'PutParameter', 'DescribeImages'].some((name) =>
        text.includes(name),
      ),
    );
  });
  afterAll(() => trimmed.dispose());

  it('keeps the SDK out of the entry chunk', () => {
    expect(trimmed.removed).not.toEqual([]);
    // The SDK's command classes; the action's own messages may name the API calls.
    const entry = fs.readFileSync(trimmed.entry, 'utf8');
    expect(entry).not.toContain('AssumeRoleWithWebIdentityCommand');
    expect(entry).not.toContain('PutParameterCommand');
  });

  it('validates without them', async () => {
    const runner = workspaceRunner(toolCache);
    const run = await runAction({
      runner,
      entry: trimmed.entry,
      inputs: {
        ...mirrorInputs(mirror),
        command: 'validate',
        template: TEMPLATE,
        'aws-region': 'eu-west-1',
      },
    });

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`${TEMPLATE} is valid.`);
  });

  it('needs them to assume a role (so the run above could have failed)', async () => {
    const build = startBuild(SINGLE_REGION, {
      inputs: ROLE_INPUTS,
      entry: trimmed.entry,
    });
    const run = await build.action.done;

    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('Cannot find module');
    expect(trimmed.removed.some((name) => run.errors[0]?.includes(name))).toBe(true);
    expect(aws.requests).toEqual([]);
    expect(build.record()).toBeUndefined();
  });
});
