// Where the real Packer 1.6.6 gets its AWS credentials: an amazon-ebs build against moto, with a
// runner that has credentials of its own (a ~/.aws/credentials file in a temporary HOME, keys and a
// profile in its environment), every EC2 call seen by a recording proxy in front of moto.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newEndpointToken, startCredentialsEndpoint } from '../../src/aws/endpoint.js';
import { endpointEnvironment } from '../../src/aws/environment.js';
import { startInBackground } from '../../src/process/child.js';
import { parseOutputFile, startAction } from '../support/action.js';
import { MOTO_CREDENTIALS, type Moto, startMoto } from '../support/moto.js';
import { OidcServer } from '../support/oidc-server.js';
import { type SlowProxy, startSlowProxy } from '../support/slow-proxy.js';
import {
  hclInterpolation,
  PACKER_BINARY,
  roleBuildInputs,
  useWarmPacker,
  writeWorkspace,
} from './support.js';

const packer = useWarmPacker();

const ROLE = 'arn:aws:iam::123456789012:role/packer-build';
const REGION = 'us-east-1';
const PARAMETER = '/images/credentials/latest';
const HOME_KEY = 'AKIAPLANTEDINHOME001';
const RUNNER_KEY = 'AKIARUNNERENVIRON001';

let moto: Moto;
let oidc: OidcServer;
let proxy: SlowProxy;

beforeAll(async () => {
  [moto, oidc] = await Promise.all([startMoto(), OidcServer.start()]);
}, 60_000);
afterEach(async () => {
  await proxy?.close();
  await moto.reset();
});
afterAll(async () => {
  await Promise.all([moto?.stop(), oidc?.close()]);
});

/** A HOME whose ~/.aws holds a default profile with keys of its own, as a developer's machine does. */
function plantedHome(root: string): string {
  const home = path.join(root, 'home');
  fs.mkdirSync(path.join(home, '.aws'), { recursive: true });
  fs.writeFileSync(
    path.join(home, '.aws', 'credentials'),
    `[default]\naws_access_key_id = ${HOME_KEY}\naws_secret_access_key = planted-home-secret\n`,
  );
  fs.writeFileSync(path.join(home, '.aws', 'config'), `[default]\nregion = ${REGION}\n`);
  return home;
}

/** An amazon-ebs build (no communicator) whose provisioner reports what it sees, then sleeps. */
function ebsTemplate(endpoint: string, seconds: number): string {
  return `source "amazon-ebs" "x" {
  region                 = "${REGION}"
  custom_endpoint_ec2    = "${endpoint}"
  skip_region_validation = true
  communicator           = "none"
  source_ami             = "ami-785db401"
  instance_type          = "t3.micro"
  ami_name               = "credentials-test-${hclInterpolation('formatdate("YYYYMMDDhhmmss", timestamp())')}"
}

build {
  sources = ["source.amazon-ebs.x"]

  provisioner "shell-local" {
    inline = [
      "echo secret keys in my environment: $(env | grep -c '^AWS_SECRET_ACCESS_KEY=')",
      "echo endpoint: $AWS_CONTAINER_CREDENTIALS_FULL_URI",
      "echo sleeping now",
      "sleep ${seconds}",
    ]
  }
}
`;
}

/** The process and every descendant of it, from /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …: comm may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

function environOf(pid: number): Record<string, string> {
  const entries = fs
    .readFileSync(`/proc/${pid}/environ`, 'utf8')
    .split('\0')
    .filter((entry) => entry.includes('='))
    .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]);
  return Object.fromEntries(entries);
}

describe('a real Packer 1.6.6 amazon-ebs build with role-to-assume', () => {
  it("takes its credentials from the endpoint, not from the runner's, and holds no secret key", async () => {
    proxy = await startSlowProxy(moto.url, {});
    const runner = packer.runner();
    writeWorkspace(runner, { 'image.pkr.hcl': ebsTemplate(proxy.url, 4) });
    const nowhere = path.join(runner.root, 'no-aws-config');
    const action = startAction({
      runner,
      inputs: roleBuildInputs(packer.mirror, { region: REGION, role: ROLE, parameter: PARAMETER }),
      env: {
        ...oidc.env(),
        ...moto.env(),
        HOME: plantedHome(runner.root),
        AWS_ACCESS_KEY_ID: RUNNER_KEY,
        AWS_SECRET_ACCESS_KEY: 'runner-environment-secret',
        AWS_PROFILE: 'default',
        // The action's own clients take the role's credentials explicitly; these only keep the
        // machine's files away from the rest of the SDK's configuration.
        AWS_CONFIG_FILE: nowhere,
      },
    });

    // While the provisioner sleeps: Packer, its plugins and the provisioner's shell.
    await action.waitForOutput('amazon-ebs.x: sleeping now');
    const state = parseOutputFile(fs.readFileSync(path.join(runner.root, 'state'), 'utf8'));
    const { pid } = JSON.parse(state.packer ?? '{}') as { pid: number };
    const tree = processTree(pid);
    expect(tree.length).toBeGreaterThan(1);
    for (const member of tree) {
      const env = environOf(member);
      expect(Object.keys(env).filter((name) => /SECRET|ACCESS_KEY|PROFILE/.test(name))).toEqual([]);
      expect(env).toMatchObject({
        AWS_CONTAINER_CREDENTIALS_FULL_URI: expect.stringMatching(
          /^http:\/\/127\.0\.0\.1:\d+\/credentials$/,
        ),
        AWS_CONTAINER_AUTHORIZATION_TOKEN: expect.stringMatching(/^[\w-]{43}$/),
        AWS_SHARED_CREDENTIALS_FILE: expect.stringMatching(/aws-empty-config$/),
        AWS_CONFIG_FILE: expect.stringMatching(/aws-empty-config$/),
        AWS_EC2_METADATA_DISABLED: 'true',
      });
    }

    const run = await action.done;
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('amazon-ebs.x: secret keys in my environment: 0');
    expect(run.stdout).toMatch(/amazon-ebs\.x: endpoint: http:\/\/127\.0\.0\.1:\d+\/credentials/);
    // The endpoint answered Packer (only a request with the token gets an answer) and refused none.
    expect(run.stdout).toMatch(
      /The AWS credentials endpoint answered Packer [1-9]\d* times?; it is closed\./,
    );
    expect(run.stdout).not.toContain('The AWS credentials endpoint refused');

    // Every EC2 call Packer made was signed with the role's session, which the action masked.
    const masked = new Set(
      [...run.stdout.matchAll(/^::add-mask::(.+)$/gm)].map((match) => match[1]),
    );
    expect(proxy.actions).toContain('RunInstances');
    expect(proxy.signers.filter((signer) => !masked.has(signer))).toEqual([]);
    expect(proxy.signers).not.toContain(HOME_KEY);
    expect(proxy.signers).not.toContain(RUNNER_KEY);

    const amiId = run.outputs['ami-id'] ?? '';
    expect(amiId).toMatch(/^ami-[0-9a-f]+$/);
    const ssm = new SSMClient({
      region: REGION,
      endpoint: moto.url,
      credentials: MOTO_CREDENTIALS,
    });
    const { Parameter } = await ssm.send(new GetParameterCommand({ Name: PARAMETER }));
    ssm.destroy();
    expect(Parameter?.Value).toBe(amiId);
  }, 90_000);

  it('would take ~/.aws/credentials before the endpoint if the action left them in reach (what the test above guards against)', async () => {
    proxy = await startSlowProxy(moto.url, {});
    const runner = packer.runner();
    writeWorkspace(runner, { 'image.pkr.hcl': ebsTemplate(proxy.url, 0) });
    const token = newEndpointToken();
    const endpoint = await startCredentialsEndpoint({
      token,
      credentials: async () => ({
        accessKeyId: 'ASIAENDPOINTCONTROL1',
        secretAccessKey: 'endpoint-secret',
        sessionToken: 'endpoint-session',
        expiration: new Date(Date.now() + 3600_000),
      }),
    });
    try {
      const output = path.join(runner.root, 'packer.out');
      const build = await startInBackground(PACKER_BINARY, ['build', 'image.pkr.hcl'], {
        cwd: runner.workspace,
        outputPath: output,
        env: {
          PATH: process.env.PATH,
          HOME: plantedHome(runner.root),
          CHECKPOINT_DISABLE: '1',
          AWS_EC2_METADATA_DISABLED: 'true',
          ...endpointEnvironment(endpoint.url, token),
        },
      });
      const exit = await build.exited;
      expect(exit.exitCode, fs.readFileSync(output, 'utf8')).toBe(0);
      expect(proxy.actions).toContain('RunInstances');
      expect(new Set(proxy.signers)).toEqual(new Set([HOME_KEY]));
      expect(endpoint.served).toBe(0);
    } finally {
      await endpoint.close();
    }
  }, 90_000);
});
