// The SSM side of the built action against moto: the preflight that refuses, before Packer builds
// anything, a parameter the AMI could not be published to; idempotent publication; and
// `command: publish`, which puts existing AMIs (a build's `ami-ids`) into a parameter without Packer.
// Builds are real Packer 1.6.6 amazon-ebs builds against moto. moto differs from SSM and EC2 where
// the unit tests (aws-sdk-client-mock) take over: it accepts AMI ids that do not exist, lets a String
// parameter become aws:ec2:image, and answers denied calls in another shape.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DescribeInstancesCommand, EC2Client, RegisterImageCommand } from '@aws-sdk/client-ec2';
import {
  GetParameterHistoryCommand,
  LabelParameterVersionCommand,
  type ParameterHistory,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_ENTRY,
  type ActionRun,
  bundleWithout,
  type RunnerDirectories,
  runAction,
  type TrimmedBundle,
} from '../support/action.js';
import { MOTO_CREDENTIALS, type Moto, startMoto } from '../support/moto.js';
import {
  hclInterpolation,
  mirrorInputs,
  Runners,
  useWarmPacker,
  writeWorkspace,
} from './support.js';

const packer = useWarmPacker();
const runners = new Runners();
const REGION = 'eu-west-1';
const CANDIDATE = '/images/web_node/candidate';
const LATEST = '/images/web_node/latest';
// A releases site that is never there: `command: publish` must not try to install Packer.
const NO_RELEASES = 'http://127.0.0.1:9';

let moto: Moto;
beforeAll(async () => {
  moto = await startMoto();
}, 60_000);
afterEach(async () => {
  await moto.reset();
});
afterAll(async () => {
  runners.removeAll();
  await moto?.stop();
});

const config = (region: string) => ({ region, endpoint: moto.url, credentials: MOTO_CREDENTIALS });

/** The runner's own credentials (moto takes any), the SDK pointed at moto, nothing else of AWS. */
function awsEnv(runner: RunnerDirectories): Record<string, string> {
  const nowhere = path.join(runner.root, 'no-aws-config');
  return {
    ...moto.env(),
    AWS_ACCESS_KEY_ID: MOTO_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: MOTO_CREDENTIALS.secretAccessKey,
    AWS_CONFIG_FILE: nowhere,
    AWS_SHARED_CREDENTIALS_FILE: nowhere,
  };
}

/** An amazon-ebs build of Packer 1.6.6 against moto (no communicator). */
const EBS_TEMPLATE = `source "amazon-ebs" "web_node" {
  region                 = "${REGION}"
  custom_endpoint_ec2    = "ENDPOINT"
  skip_region_validation = true
  communicator           = "none"
  source_ami             = "ami-785db401"
  instance_type          = "t3.micro"
  ami_name               = "web_node-${hclInterpolation('formatdate("YYYYMMDDhhmmss", timestamp())')}"
}

build {
  sources = ["source.amazon-ebs.web_node"]
}
`;

function build(inputs: Record<string, string>): Promise<ActionRun> {
  const runner = packer.runner();
  writeWorkspace(runner, { 'web_node.pkr.hcl': EBS_TEMPLATE.replace('ENDPOINT', moto.url) });
  return runAction({
    runner,
    inputs: {
      ...mirrorInputs(packer.mirror),
      command: 'build',
      template: 'web_node.pkr.hcl',
      'aws-region': REGION,
      ...inputs,
    },
    env: awsEnv(runner),
  });
}

interface PublishRun extends ActionRun {
  /** What the tool cache holds after the run. */
  toolCache: string[];
}

async function publish(inputs: Record<string, string>, entry?: string): Promise<PublishRun> {
  // A runner of its own, with an empty tool cache.
  const runner = runners.make();
  const run = await runAction({
    runner,
    entry,
    inputs: { command: 'publish', 'releases-url': NO_RELEASES, 'aws-region': REGION, ...inputs },
    env: awsEnv(runner),
  });
  return { ...run, toolCache: fs.readdirSync(runner.toolCache) };
}

/** An available AMI in moto, as RegisterImage makes it. */
async function registerImage(region: string, name: string): Promise<string> {
  const ec2 = new EC2Client(config(region));
  const { ImageId } = await ec2.send(
    new RegisterImageCommand({
      Name: name,
      RootDeviceName: '/dev/sda1',
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Ebs: { VolumeSize: 8 } }],
    }),
  );
  ec2.destroy();
  if (ImageId === undefined) throw new Error('moto registered no image');
  return ImageId;
}

/** Writes `values` as the parameter's versions, one each, and labels them as `labels` says. */
async function seed(
  name: string,
  values: string[],
  labels: Record<number, string[]> = {},
  dataType = 'aws:ec2:image',
) {
  const ssm = new SSMClient(config(REGION));
  for (const value of values) {
    await ssm.send(
      new PutParameterCommand({
        Name: name,
        Value: value,
        Type: 'String',
        DataType: dataType,
        Overwrite: true,
      }),
    );
  }
  for (const [version, names] of Object.entries(labels)) {
    await ssm.send(
      new LabelParameterVersionCommand({
        Name: name,
        ParameterVersion: Number(version),
        Labels: names,
      }),
    );
  }
  ssm.destroy();
}

/** The parameter's versions in `region` as `version value [labels]`; empty when it does not exist. */
async function versions(name: string, region = REGION): Promise<string[]> {
  const ssm = new SSMClient(config(region));
  const found: ParameterHistory[] = [];
  try {
    let NextToken: string | undefined;
    do {
      const page = await ssm.send(
        new GetParameterHistoryCommand({ Name: name, MaxResults: 50, NextToken }),
      );
      found.push(...(page.Parameters ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
  } catch (error) {
    if ((error as { name?: string }).name !== 'ParameterNotFound') throw error;
  } finally {
    ssm.destroy();
  }
  return found.map(
    ({ Version, Value, DataType, Labels = [] }) =>
      `${Version} ${Value}${DataType === 'aws:ec2:image' ? '' : ` (${DataType})`}${
        Labels.length > 0 ? ` [${Labels.join(' ')}]` : ''
      }`,
  );
}

async function instancesLaunched(): Promise<number> {
  const ec2 = new EC2Client(config(REGION));
  const { Reservations = [] } = await ec2.send(new DescribeInstancesCommand({}));
  ec2.destroy();
  return Reservations.flatMap((reservation) => reservation.Instances ?? []).length;
}

/** 100 versions of AMI-like ids (moto does not check them). */
const hundredAmis = () =>
  Array.from({ length: 100 }, (_, i) => `ami-${String(i + 1).padStart(17, '0')}`);

describe('the preflight, before packer build', () => {
  it('refuses a parameter whose labelled oldest of 100 versions a new one would drop; Packer never builds', async () => {
    await seed(LATEST, hundredAmis(), { 1: ['v0.1.0'] });
    const before = await versions(LATEST);

    const run = await build({ 'ssm-parameter': LATEST, 'ssm-parameter-label': 'v1.0.0' });

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `::error::Not built: SSM parameter ${LATEST} in ${REGION} has 100 versions, the most SSM keeps, ` +
        'and its oldest, version 1, has the label v0.1.0: a new version would drop it, which SSM refuses ' +
        '(ParameterMaxVersionLimitExceeded). Move the label to a newer version or remove it, then run ' +
        `again: aws ssm unlabel-parameter-version --name ${LATEST} --parameter-version 1 --labels v0.1.0 --region ${REGION}`,
    ]);
    // Validated, checked, and stopped: no build, no instance, nothing written.
    expect(run.stdout).toContain('::group::packer validate');
    expect(run.stdout).not.toContain('::group::packer build');
    expect(await instancesLaunched()).toBe(0);
    expect(await versions(LATEST)).toEqual(before);
    expect(run.summary).toMatch(/^\| preflight \| .* \| failed \|$/m);
    expect(run.summary).not.toMatch(/^\| build \|/m);
    expect(run.outputs).not.toHaveProperty('ssm-parameter-version');
  });

  // moto would let this parameter become aws:ec2:image; SSM refuses (the preflight follows SSM).
  it('refuses a String parameter of data type text before building', async () => {
    await seed(LATEST, ['ami-0123456789abcdef0'], {}, 'text');

    const run = await build({ 'ssm-parameter': LATEST });

    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(
      `Not built: SSM parameter ${LATEST} in ${REGION} is a String parameter of data type text.`,
    );
    expect(run.errors[0]).toContain(`aws ssm delete-parameter --name ${LATEST} --region ${REGION}`);
    expect(run.stdout).not.toContain('::group::packer build');
    expect(await instancesLaunched()).toBe(0);
    expect(await versions(LATEST)).toEqual(['1 ami-0123456789abcdef0 (text)']);
  });
});

describe('build → candidate, then promote with command: publish', () => {
  it('publishes the build to the candidate, promotes that AMI to latest, and a re-run changes nothing', async () => {
    const built = await build({
      'ssm-parameter': CANDIDATE,
      'ssm-parameter-label': 'v1.3.0-rc.1',
    });
    expect(built.errors).toEqual([]);
    expect(built.exitCode).toBe(0);
    const amiIds = JSON.parse(built.outputs['ami-ids'] ?? '{}') as Record<string, string>;
    const ami = amiIds[REGION] ?? '';
    expect(ami).toMatch(/^ami-[0-9a-f]+$/);
    expect(built.outputs['ssm-parameter-result']).toBe('updated');
    expect(await versions(CANDIDATE)).toEqual([`1 ${ami} [v1.3.0-rc.1]`]);

    // The promote job: the build job's ami-ids output, as a workflow passes it on.
    const promote = {
      'ami-ids': built.outputs['ami-ids'] ?? '',
      'ssm-parameter': LATEST,
      'ssm-parameter-label': 'v1.3.0',
    };
    const promoted = await publish(promote);
    expect(promoted.errors).toEqual([]);
    expect(promoted.exitCode).toBe(0);
    expect(promoted.outputs).toEqual({
      'ami-id': ami,
      'ami-ids': JSON.stringify({ [REGION]: ami }),
      'ssm-parameter-version': '1',
      'ssm-parameter-result': 'updated',
    });
    expect(promoted.stdout).toContain(`${REGION}: AMI ${ami} is available`);
    expect(await versions(LATEST)).toEqual([`1 ${ami} [v1.3.0]`]);
    expect(promoted.summary).toContain('## AMI publication: :white_check_mark: succeeded');
    expect(promoted.summary).toMatch(/^\| preflight \| .* \| ok \|$/m);
    expect(promoted.summary).toContain(`| ${REGION} | 1 | updated |`);
    // No Packer: nothing fetched, nothing installed.
    expect(promoted.toolCache).toEqual([]);
    expect(promoted.stdout).not.toContain('Install Packer');

    const rerun = await publish(promote);
    expect(rerun.errors).toEqual([]);
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs['ssm-parameter-version']).toBe('1');
    expect(rerun.outputs['ssm-parameter-result']).toBe('unchanged');
    expect(rerun.summary).toContain(`| ${REGION} | 1 | unchanged (it already held this AMI) |`);
    expect(await versions(LATEST)).toEqual([`1 ${ami} [v1.3.0]`]);
  }, 90_000);
});

describe('command: publish', () => {
  it('moves only the label when the parameter already holds the AMI, even at 100 versions with a labelled oldest', async () => {
    const ami = await registerImage(REGION, 'web_node-a');
    await seed(LATEST, [...hundredAmis().slice(1), ami], { 1: ['v0.1.0'], 50: ['production'] });

    const run = await publish({
      'ami-id': ami,
      'ssm-parameter': LATEST,
      'ssm-parameter-label': 'production',
    });

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['ssm-parameter-version']).toBe('100');
    expect(run.outputs['ssm-parameter-result']).toBe('unchanged');
    const after = await versions(LATEST);
    expect(after).toHaveLength(100);
    expect(after[0]).toBe(`1 ${hundredAmis()[1]} [v0.1.0]`);
    expect(after[49]).toBe(`50 ${hundredAmis()[50]}`);
    expect(after[99]).toBe(`100 ${ami} [production]`);
  });

  it('publishes to every region of ami-ids', async () => {
    const west = await registerImage(REGION, 'web_node-west');
    const east = await registerImage('us-east-1', 'web_node-east');

    const run = await publish({
      'ami-ids': JSON.stringify({ [REGION]: west, 'us-east-1': east }),
      'ssm-parameter': LATEST,
    });

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(await versions(LATEST)).toEqual([`1 ${west}`]);
    expect(await versions(LATEST, 'us-east-1')).toEqual([`1 ${east}`]);
    expect(run.outputs['ami-id']).toBe(west);
  });

  // moto's SSM would take this id: the EC2 check before it is what refuses it.
  it('refuses an AMI that does not exist, writing nothing', async () => {
    const missing = 'ami-0123456789abcdef0';
    const run = await publish({ 'ami-id': missing, 'ssm-parameter': LATEST });

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `::error::Not published: AMI ${missing} does not exist in ${REGION}, or these credentials cannot ` +
        "see it. An AMI id belongs to one region: publish each region's own id (a build's ami-ids output " +
        `maps region → AMI id), or copy the AMI to ${REGION} first (aws ec2 copy-image).`,
    ]);
    expect(await versions(LATEST)).toEqual([]);
    expect(run.summary).toContain('## AMI publication: :x: failed');
    expect(run.toolCache).toEqual([]);
  });

  it('refuses an AMI of another region, writing nothing in any region', async () => {
    const east = await registerImage('us-east-1', 'web_node-east');

    // The us-east-1 AMI is given for both regions: it passes there, not in eu-west-1.
    const run = await publish({
      'ami-ids': JSON.stringify({ [REGION]: east, 'us-east-1': east }),
      'ssm-parameter': LATEST,
    });

    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      new RegExp(`^::error::Not published: AMI ${east} does not exist in ${REGION}, `),
    );
    expect(await versions(LATEST)).toEqual([]);
    expect(await versions(LATEST, 'us-east-1')).toEqual([]);
  });

  it.each<[string, Record<string, string>, string]>([
    ['no AMIs', {}, "::error::Input 'ami-ids' is empty: is required with 'command: publish'"],
    [
      'a template',
      { 'ami-id': 'ami-0123456789abcdef0', template: 'web_node.pkr.hcl' },
      "::error::Input 'template' is 'web_node.pkr.hcl': does not apply to 'command: publish'",
    ],
    [
      'ami-ids that are not JSON',
      { 'ami-ids': 'eu-west-1=ami-0123456789abcdef0' },
      "::error::Input 'ami-ids' is 'eu-west-1=ami-0123456789abcdef0': must be a JSON object",
    ],
  ])('refuses %s before any request', async (_, inputs, error) => {
    const run = await publish({ 'ssm-parameter': LATEST, ...inputs });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining(error)]);
    expect(run.summary).toBe('');
  });
});

describe('command: publish and the chunks of dist/', () => {
  // dist/ without the download path (which starts openpgp's worker, a bundle of its own) and the
  // action's OIDC → STS module (no role here; the STS client itself shares a chunk with the SDK's
  // default credential chain).
  let trimmed: TrimmedBundle;
  beforeAll(() => {
    trimmed = bundleWithout(
      ACTION_ENTRY,
      (text) => text.includes('openpgp') || text.includes('cannot request a GitHub OIDC token'),
    );
    fs.rmSync(path.join(path.dirname(trimmed.entry), 'signature-worker'), { recursive: true });
  });
  afterAll(() => trimmed.dispose());

  it('publishes without the download path or the role assumption', async () => {
    // The download path and the OIDC → STS module; openpgp's bundle, dist/signature-worker/, too.
    expect(trimmed.removed).toHaveLength(2);
    const ami = await registerImage(REGION, 'web_node-a');
    const run = await publish({ 'ami-id': ami, 'ssm-parameter': LATEST }, trimmed.entry);
    expect(run.errors, run.stdout).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(await versions(LATEST)).toEqual([`1 ${ami}`]);
  });

  it('needs them to build (so the run above could have failed)', async () => {
    const runner = packer.runner();
    writeWorkspace(runner, { 'web_node.pkr.hcl': EBS_TEMPLATE });
    const run = await runAction({
      runner,
      entry: trimmed.entry,
      inputs: { ...mirrorInputs(packer.mirror), command: 'validate', template: 'web_node.pkr.hcl' },
      // A cold tool cache: installing verifies the signature with openpgp.
      env: { RUNNER_TOOL_CACHE: path.join(runner.root, 'cold-tool-cache') },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining('Cannot find module')]);
    expect(trimmed.removed.some((name) => run.errors[0]?.includes(name))).toBe(true);
  });
});
