import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RefreshingCredentials } from '../../src/aws/refresh.js';

const core = vi.hoisted(() => ({ setSecret: vi.fn(), info: vi.fn(), warning: vi.fn() }));
vi.mock('@actions/core', () => core);

const { packerAws } = await import('../../src/aws/packer-credentials.js');

const SESSION = {
  accessKeyId: 'ASIAPACKERCREDS00001',
  secretAccessKey: 'packer-credentials-secret',
  sessionToken: 'packer-credentials-session',
  expiration: new Date(Date.now() + 3600_000),
};
const RUNNER = {
  PATH: '/usr/bin',
  AWS_ACCESS_KEY_ID: 'AKIARUNNER',
  AWS_SECRET_ACCESS_KEY: 'runner-secret',
  AWS_PROFILE: 'admin',
};

let workDir: string;
let credentials: RefreshingCredentials;
beforeEach(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-credentials-'));
  credentials = new RefreshingCredentials(SESSION, {
    assume: async () => SESSION,
    sessionSeconds: 3600,
  });
  vi.clearAllMocks();
});
afterEach(() => {
  credentials.stop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('packerAws', () => {
  it("without a role: the region, and the runner's own credentials untouched", async () => {
    const aws = await packerAws({
      region: 'eu-west-1',
      credentials: undefined,
      packerVersion: '1.6.6',
      workDir,
    });
    expect(aws.source).toBe('runner');
    expect(aws.environment(RUNNER)).toEqual({
      ...RUNNER,
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1',
    });
    expect(await aws.open()).toMatchObject({ env: {} });
    expect(fs.readdirSync(workDir)).toEqual([]);
  });

  it("with a role: an empty shared file in the work directory in place of the runner's, and a masked token for the endpoint", async () => {
    const aws = await packerAws({
      region: 'eu-west-1',
      credentials,
      packerVersion: '1.6.6',
      workDir,
    });
    const emptyFile = path.join(workDir, 'aws-empty-config');
    expect(aws.source).toBe('endpoint');
    expect(fs.readFileSync(emptyFile, 'utf8')).toBe('');
    expect(aws.environment(RUNNER)).toEqual({
      PATH: '/usr/bin',
      AWS_SHARED_CREDENTIALS_FILE: emptyFile,
      AWS_CONFIG_FILE: emptyFile,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1',
    });

    const run = await aws.open();
    const token = run.env.AWS_CONTAINER_AUTHORIZATION_TOKEN ?? '';
    expect(core.setSecret).toHaveBeenCalledWith(token);
    const answer = await fetch(run.env.AWS_CONTAINER_CREDENTIALS_FULL_URI ?? '', {
      headers: { authorization: token },
    });
    expect(await answer.json()).toMatchObject({ AccessKeyId: SESSION.accessKeyId });
    await run.close();
    expect(core.info).toHaveBeenCalledWith(
      'The AWS credentials endpoint answered Packer 1 time; it is closed.',
    );

    // Each run gets an endpoint of its own, with the same token.
    const next = await aws.open();
    expect(next.env.AWS_CONTAINER_AUTHORIZATION_TOKEN).toBe(token);
    expect(next.env.AWS_CONTAINER_CREDENTIALS_FULL_URI).not.toBe(
      run.env.AWS_CONTAINER_CREDENTIALS_FULL_URI,
    );
    await fetch(next.env.AWS_CONTAINER_CREDENTIALS_FULL_URI ?? '');
    await next.close();
    expect(core.warning).toHaveBeenCalledWith(
      'The AWS credentials endpoint refused a request (401): The Authorization header is missing',
    );
    expect(core.info).toHaveBeenLastCalledWith(
      'The AWS credentials endpoint answered Packer 0 times and refused 1 request; it is closed.',
    );
  });

  it('with a role and a Packer older than 1.6.6: the keys in its environment', async () => {
    const aws = await packerAws({
      region: undefined,
      credentials,
      packerVersion: '1.6.5',
      workDir,
    });
    expect(aws.source).toBe('environment');
    expect(aws.environment(RUNNER)).not.toHaveProperty('AWS_SECRET_ACCESS_KEY');
    expect((await aws.open()).env).toEqual({
      AWS_ACCESS_KEY_ID: SESSION.accessKeyId,
      AWS_SECRET_ACCESS_KEY: SESSION.secretAccessKey,
      AWS_SESSION_TOKEN: SESSION.sessionToken,
    });
    expect(core.setSecret).not.toHaveBeenCalled();
  });
});
