import { EventEmitter } from 'node:events';
import {
  GetParameterCommand,
  LabelParameterVersionCommand,
  ParameterNotFound,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Cancellation } from '../../src/cancel.js';
import { newOutcome, type RunOutcome } from '../../src/outcome.js';
import type { PhaseContext } from '../../src/phases.js';
import { makeInputs } from '../support/inputs.js';

vi.mock('@actions/core', () => ({
  info: vi.fn(),
  debug: vi.fn(),
  warning: vi.fn(),
  group: async (_: string, run: () => Promise<unknown>) => run(),
}));

const { publishPhase } = await import('../../src/aws/publish-phase.js');

const ssm = mockClient(SSMClient);
const NAME = '/images/web/latest';
const AMI_WEST = 'ami-0123456789abcdef0';
const AMI_EAST = 'ami-0fedcba9876543210';

function context() {
  const signals = new EventEmitter();
  const cancellation = Cancellation.listen(signals, 'linux');
  const inputs = makeInputs({
    aws: {
      ...makeInputs().aws,
      region: 'eu-west-1',
      ssmParameter: NAME,
      ssmParameterLabel: 'v1.2.3',
    },
  });
  return {
    signals,
    context: { inputs, cancellation, credentials: undefined } as unknown as PhaseContext,
  };
}

function built(...ids: Array<[string, string]>): RunOutcome {
  return {
    ...newOutcome(),
    phases: [
      {
        phase: 'build',
        status: 'ok',
        durationMs: 1,
        artifacts: ids.map(([buildName, id]) => ({
          buildName,
          builderId: 'mitchellh.amazonebs',
          id,
        })),
      },
    ],
  };
}

const notFound = () =>
  new ParameterNotFound({ $metadata: { httpStatusCode: 400 }, message: 'not found' });

beforeEach(() => ssm.reset());

describe('publishPhase', () => {
  it('applies to builds with ssm-parameter only', () => {
    const { context: withParameter } = context();
    expect(publishPhase.applies(withParameter)).toBe(true);
    expect(publishPhase.applies({ ...withParameter, inputs: makeInputs() })).toBe(false);
  });

  it('publishes every region and says ok', async () => {
    ssm.on(PutParameterCommand).resolves({ Version: 3 });
    ssm
      .on(GetParameterCommand)
      .rejectsOnce(notFound())
      .callsFake((input: { Name: string }) => ({
        Parameter: { Name: input.Name, Version: 3, Value: AMI_WEST },
      }));
    ssm.on(LabelParameterVersionCommand).resolves({ InvalidLabels: [] });
    const { context: phaseContext } = context();
    const result = await publishPhase.run(phaseContext, built(['web', `eu-west-1:${AMI_WEST}`]));
    expect(result).toMatchObject({
      phase: 'publish',
      status: 'ok',
      ssm: {
        parameterName: NAME,
        label: 'v1.2.3',
        homeRegion: 'eu-west-1',
        regions: [{ region: 'eu-west-1', amiId: AMI_WEST, state: 'published', version: 3 }],
      },
    });
  });

  it('touches nothing when the cancel came before it started', async () => {
    const { context: phaseContext, signals } = context();
    signals.emit('SIGINT', 'SIGINT');
    const result = await publishPhase.run(
      phaseContext,
      built(['web', `eu-west-1:${AMI_WEST},us-east-1:${AMI_EAST}`]),
    );
    expect(ssm.calls()).toHaveLength(0);
    expect(result.status).toBe('cancelled');
    expect(result.ssm?.regions.map((region) => region.state)).toEqual(['skipped', 'skipped']);
  });

  it('finishes a region already written when the first signal comes', async () => {
    const { context: phaseContext, signals } = context();
    ssm.on(PutParameterCommand).callsFake(() => {
      signals.emit('SIGINT', 'SIGINT');
      return { Version: 5 };
    });
    ssm
      .on(GetParameterCommand)
      .rejectsOnce(notFound())
      .resolves({ Parameter: { Name: NAME, Version: 5, Value: AMI_WEST } });
    ssm.on(LabelParameterVersionCommand).resolves({ InvalidLabels: [] });
    const result = await publishPhase.run(phaseContext, built(['web', `eu-west-1:${AMI_WEST}`]));
    expect(result.status).toBe('cancelled');
    expect(result.ssm?.regions).toEqual([
      { region: 'eu-west-1', amiId: AMI_WEST, state: 'published', version: 5 },
    ]);
    expect(ssm.commandCalls(LabelParameterVersionCommand)).toHaveLength(1);
  });

  it('at the second signal stops waiting and says which version was written but not labelled', async () => {
    const { context: phaseContext, signals } = context();
    ssm.on(PutParameterCommand).resolves({ Version: 5 });
    // SSM has not validated the new version yet when the runner's time is up.
    ssm
      .on(GetParameterCommand)
      .rejectsOnce(notFound())
      .callsFake(() => {
        signals.emit('SIGINT', 'SIGINT');
        signals.emit('SIGTERM', 'SIGTERM');
        return { Parameter: { Name: NAME, Version: 4, Value: 'ami-00000000' } };
      });
    const result = await publishPhase.run(phaseContext, built(['web', `eu-west-1:${AMI_WEST}`]));
    expect(result.status).toBe('cancelled');
    expect(result.ssm?.regions).toEqual([
      {
        region: 'eu-west-1',
        amiId: AMI_WEST,
        state: 'written',
        version: 5,
        error: expect.stringMatching(
          /^the action had to stop \(SIGINT, then SIGTERM \d\.\d s later\) before this version was read back and labelled$/,
        ),
      },
    ]);
    expect(ssm.commandCalls(LabelParameterVersionCommand)).toHaveLength(0);
  });

  it('for command: publish publishes the AMIs given, and says no build succeeded when it fails', async () => {
    ssm.on(GetParameterCommand).rejects(notFound());
    ssm
      .on(PutParameterCommand)
      .rejects(new ParameterNotFound({ $metadata: { httpStatusCode: 400 }, message: 'odd' }));
    const { context: phaseContext } = context();
    phaseContext.inputs = {
      ...phaseContext.inputs,
      command: 'publish',
      amiIds: { 'eu-west-1': AMI_WEST },
    };
    expect(publishPhase.applies(phaseContext)).toBe(true);
    const result = await publishPhase.run(phaseContext, newOutcome());
    expect(ssm.commandCalls(PutParameterCommand)[0]?.args[0].input).toMatchObject({
      Name: NAME,
      Value: AMI_WEST,
    });
    expect(result.failure).toMatch(
      /^SSM parameter \/images\/web\/latest was not updated in eu-west-1 \(PutParameter of /,
    );
  });

  it('at the second signal during PutParameter says the write was sent, its answer not seen', async () => {
    const { context: phaseContext, signals } = context();
    ssm.on(GetParameterCommand).rejects(new ParameterNotFound({ message: 'none', $metadata: {} }));
    ssm.on(PutParameterCommand).callsFake(() => {
      signals.emit('SIGINT', 'SIGINT');
      signals.emit('SIGTERM', 'SIGTERM');
      return new Promise(() => {});
    });
    const result = await publishPhase.run(phaseContext, built(['web', `eu-west-1:${AMI_WEST}`]));
    expect(result.status).toBe('cancelled');
    expect(result.ssm?.regions).toEqual([
      {
        region: 'eu-west-1',
        amiId: AMI_WEST,
        state: 'sent',
        error: expect.stringMatching(
          /^the action had to stop \(SIGINT, then SIGTERM \d\.\d s later\) before PutParameter answered: whether SSM wrote a new version was not seen$/,
        ),
      },
    ]);
  });

  it('writes nothing when several builds made AMIs, and says to choose one', async () => {
    const { context: phaseContext } = context();
    const result = await publishPhase.run(
      phaseContext,
      built(['a', `eu-west-1:${AMI_WEST}`], ['b', `eu-west-1:${AMI_EAST}`]),
    );
    expect(ssm.calls()).toHaveLength(0);
    expect(result.status).toBe('failed');
    expect(result.failure).toMatch(/2 builds produced AMIs \(a, b\)/);
  });
});
