import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DescribeImagesCommand, EC2Client, EC2ServiceException } from '@aws-sdk/client-ec2';
import {
  AccessDeniedException,
  GetParameterCommand,
  GetParameterHistoryCommand,
  ParameterNotFound,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Cancellation } from '../../src/cancel.js';
import type { Inputs } from '../../src/inputs.js';
import { newOutcome } from '../../src/outcome.js';
import type { RunContext } from '../../src/phases.js';
import { makeInputs } from '../support/inputs.js';

vi.mock('@actions/core', () => ({
  info: vi.fn(),
  debug: vi.fn(),
  warning: vi.fn(),
  group: async (_: string, run: () => Promise<unknown>) => run(),
}));

const { preflightPhase, preflightPlan } = await import('../../src/aws/preflight-phase.js');

const NAME = '/images/web_node/latest';
const metadata = { $metadata: { httpStatusCode: 400 } };
const ssm = mockClient(SSMClient);
const ec2 = mockClient(EC2Client);
const WEST = 'ami-0123456789abcdef0';
const EAST = 'ami-0fedcba9876543210';
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-'));

beforeEach(() => {
  ssm.reset();
  ec2.reset();
});
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

function buildInputs(overrides: Partial<Inputs> = {}): Inputs {
  return makeInputs({
    aws: { ...makeInputs().aws, region: 'eu-west-1', ssmParameter: NAME },
    ...overrides,
  });
}

/** A legacy JSON template with these builders, written to disk. */
function jsonTemplate(...builders: object[]): Partial<Inputs> {
  const templatePath = path.join(directory, `${builders.length}-${Math.random()}.json`);
  fs.writeFileSync(templatePath, JSON.stringify({ builders }));
  return { template: path.basename(templatePath), templatePath, templateKind: 'legacy-json' };
}

function context(inputs: Inputs) {
  const signals = new EventEmitter();
  const cancellation = Cancellation.listen(signals, 'linux');
  return { signals, context: { inputs, cancellation, credentials: undefined } as RunContext };
}

describe('preflightPlan', () => {
  it('checks aws-region alone for HCL2, and says what it cannot know', () => {
    const plan = preflightPlan(buildInputs(), undefined);
    expect(plan.regions).toEqual({ 'eu-west-1': undefined });
    expect(plan.problem).toBeUndefined();
    expect(plan.note).toMatch(/HCL2 template: only Packer knows its builds and regions/);
  });

  it("takes a JSON template's regions and ami_regions, aws-region where the region is a variable", () => {
    const text = JSON.stringify({
      builders: [
        {
          type: 'amazon-ebs',
          region: '{{user `region`}}',
          ami_regions: ['us-east-1', 'eu-west-1'],
        },
      ],
    });
    const plan = preflightPlan(buildInputs({ templateKind: 'legacy-json' }), text);
    expect(plan).toEqual({ regions: { 'eu-west-1': undefined, 'us-east-1': undefined } });
  });

  it('refuses several AMI builds for one parameter before the build, unless only narrows them', () => {
    const text = JSON.stringify({
      builders: [
        { type: 'amazon-ebs', name: 'web', region: 'eu-west-1' },
        { type: 'amazon-ebs', name: 'db', region: 'us-east-1' },
      ],
    });
    const inputs = buildInputs({ templateKind: 'legacy-json' });
    expect(preflightPlan(inputs, text).problem).toBe(
      `ssm-parameter '${NAME}' holds one AMI id per region, but 2 builds of the template make AMIs ` +
        "(web, db). Run only the build whose AMI it should point at with the 'only' input, e.g. only: web",
    );
    expect(preflightPlan({ ...inputs, only: ['db'] }, text)).toEqual({
      regions: { 'us-east-1': undefined },
    });
  });
});

describe('preflightPlan for command: publish', () => {
  it('checks the regions of the AMIs given, with their AMIs', () => {
    const amiIds = { 'eu-west-1': 'ami-0123456789abcdef0', 'us-east-1': 'ami-0fedcba9876543210' };
    expect(preflightPlan(buildInputs({ command: 'publish', amiIds }), undefined)).toEqual({
      regions: amiIds,
    });
  });
});

describe('preflightPhase', () => {
  it('applies to builds and publications with ssm-parameter', () => {
    expect(preflightPhase.applies(context(buildInputs()).context)).toBe(true);
    expect(preflightPhase.applies(context(makeInputs()).context)).toBe(false);
    expect(preflightPhase.applies(context(buildInputs({ command: 'validate' })).context)).toBe(
      false,
    );
  });

  it('passes a parameter that does not exist yet, or can take a new version', async () => {
    ssm.on(GetParameterCommand).rejects(new ParameterNotFound({ ...metadata, message: '' }));
    const result = await preflightPhase.run(context(buildInputs()).context, newOutcome());
    expect(result).toMatchObject({ phase: 'preflight', status: 'ok' });
    expect(ssm.commandCalls(GetParameterCommand)[0]?.args[0].input).toEqual({ Name: NAME });
  });

  it('fails, in every region of a JSON template, when the oldest of 100 versions is labelled', async () => {
    ssm.on(GetParameterCommand).resolves({
      Parameter: {
        Name: NAME,
        Type: 'String',
        DataType: 'aws:ec2:image',
        Version: 100,
        Value: 'ami-0123456789abcdef0',
      },
    });
    ssm.on(GetParameterHistoryCommand).resolves({
      Parameters: [{ Name: NAME, Version: 1, Labels: ['v0.9.0'] }],
    });
    const inputs = buildInputs(
      jsonTemplate({ type: 'amazon-ebs', region: 'eu-west-1', ami_regions: ['us-east-1'] }),
    );
    const result = await preflightPhase.run(context(inputs).context, newOutcome());
    expect(result.status).toBe('failed');
    const lines = result.failure?.split('\n') ?? [];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^Not built: SSM parameter ${NAME} in eu-west-1 has 100 versions`),
    );
    expect(lines[1]).toContain(
      `aws ssm unlabel-parameter-version --name ${NAME} --parameter-version 1 --labels v0.9.0 --region us-east-1`,
    );
  });

  it('fails before asking AWS when several builds of a JSON template make AMIs', async () => {
    const inputs = buildInputs(
      jsonTemplate({ type: 'amazon-ebs', name: 'a' }, { type: 'amazon-ebs', name: 'b' }),
    );
    const result = await preflightPhase.run(context(inputs).context, newOutcome());
    expect(result).toMatchObject({ status: 'failed', failure: expect.stringMatching(/\(a, b\)/) });
    expect(ssm.calls()).toHaveLength(0);
  });

  it("names the refused action and the parameter's ARN in the role's account", async () => {
    ssm
      .on(GetParameterCommand)
      .rejects(new AccessDeniedException({ ...metadata, message: 'denied', Message: 'denied' }));
    const result = await preflightPhase.run(context(buildInputs()).context, {
      ...newOutcome(),
      accountId: '210987654321',
    });
    expect(result.status).toBe('failed');
    expect(result.failure).toContain(
      'The credentials may not call ssm:GetParameter on arn:aws:ssm:eu-west-1:210987654321:parameter/images/web_node/latest.',
    );
  });

  it('for command: publish checks each AMI in its region before the parameter', async () => {
    ec2
      .on(DescribeImagesCommand, { ImageIds: [WEST] })
      .resolves({ Images: [{ ImageId: WEST, State: 'available' }] })
      .on(DescribeImagesCommand, { ImageIds: [EAST] })
      .rejects(
        new EC2ServiceException({
          name: 'InvalidAMIID.NotFound',
          $fault: 'client',
          $metadata: { httpStatusCode: 400 },
          message: `The image id '[${EAST}]' does not exist`,
        }),
      );
    ssm.on(GetParameterCommand).rejects(new ParameterNotFound({ ...metadata, message: '' }));
    const inputs = buildInputs({
      command: 'publish',
      template: '',
      amiIds: { 'eu-west-1': WEST, 'us-east-1': EAST },
    });
    const result = await preflightPhase.run(context(inputs).context, newOutcome());
    expect(result).toMatchObject({
      status: 'failed',
      failure: `Not published: AMI ${EAST} does not exist in us-east-1, or these credentials cannot see it. An AMI id belongs to one region: publish each region's own id (a build's ami-ids output maps region → AMI id), or copy the AMI to us-east-1 first (aws ec2 copy-image).`,
    });
    // The parameter is read only where the AMI is there.
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(1);
    expect(await (ssm.call(0).thisValue as SSMClient).config.region()).toBe('eu-west-1');
  });

  it('stops waiting at the first signal', async () => {
    const { context: phaseContext, signals } = context(buildInputs());
    ssm.on(GetParameterCommand).callsFake(() => {
      signals.emit('SIGINT', 'SIGINT');
      return new Promise(() => {});
    });
    const result = await preflightPhase.run(phaseContext, newOutcome());
    expect(result.status).toBe('cancelled');
  });
});
