// The run's last phase: the built AMI ids (or, for `command: publish`, the given ones) into the SSM
// parameter. Loads the SSM client only when there is something to publish.
import * as core from '@actions/core';
import { abandonOnAbort, describeSignals } from '../cancel.js';
import {
  artifactsOf,
  type PhaseResult,
  type SsmPublication,
  type SsmRegionResult,
} from '../outcome.js';
import { amiBuildNames, collectAmis } from '../packer/artifacts.js';
import type { Phase, RunContext } from '../phases.js';
import { startStopwatch } from '../stopwatch.js';
import { severalAmiBuildsProblem } from './validation.js';

export const publishPhase: Phase<RunContext> = {
  name: 'publish',
  applies: ({ inputs }) => inputs.command !== 'validate' && inputs.aws.ssmParameter !== undefined,
  run: async (context, outcome): Promise<PhaseResult> => {
    const elapsedMs = startStopwatch();
    const { inputs, cancellation } = context;
    const parameterName = inputs.aws.ssmParameter ?? '';
    const label = inputs.aws.ssmParameterLabel;
    const built = inputs.command === 'build';
    const artifacts = artifactsOf(outcome);
    const amiIds = built ? collectAmis(artifacts).amiIds : (inputs.amiIds ?? {});
    const ssm: SsmPublication = { parameterName, homeRegion: inputs.aws.region, regions: [] };
    if (label !== undefined) ssm.label = label;
    const result = (): PhaseResult => {
      const unpublished = ssm.regions.filter((region) => region.state !== 'published');
      return {
        phase: 'publish',
        status: cancellation.requested ? 'cancelled' : unpublished.length > 0 ? 'failed' : 'ok',
        durationMs: elapsedMs(),
        ssm,
        ...(unpublished.length > 0 ? { failure: publicationFailure(ssm, unpublished, built) } : {}),
      };
    };

    // For HCL2 templates the builds are known only now (JSON ones were checked before the build).
    const ambiguity = built
      ? severalAmiBuildsProblem(amiBuildNames(artifacts), parameterName, 'after')
      : undefined;
    if (ambiguity !== undefined || Object.keys(amiIds).length === 0) {
      const error = ambiguity ?? 'the build produced no AMI';
      ssm.regions.push({ region: inputs.aws.region ?? '', state: 'skipped', error });
      return result();
    }

    const { plannedPublications, publishAmiIds } = await import('./publish.js');
    ssm.regions = plannedPublications(amiIds);
    const publication = publishAmiIds(
      {
        parameterName,
        label,
        amiIds,
        credentials: context.credentials,
        accountId: outcome.accountId,
        stopStarting: cancellation.requestedSignal,
        stopWaiting: cancellation.timeUpSignal,
      },
      {},
      ssm.regions as ReturnType<typeof plannedPublications>,
    );
    await core.group(`Publish to SSM parameter ${parameterName}`, async () => {
      try {
        await abandonOnAbort(publication, cancellation.timeUpSignal, () => new TimeUp());
      } catch (error) {
        if (!(error instanceof TimeUp)) throw error;
        const stopped = `the action had to stop (${describeSignals(cancellation.received)})`;
        for (const region of ssm.regions) stoppedWhile(region, stopped);
        core.info(`Stopped waiting for SSM: ${describeSignals(cancellation.received)}`);
      }
    });
    return result();
  },
};

class TimeUp extends Error {}

/** Says, for a region still waiting when the action stopped, what it was waiting for. */
function stoppedWhile(region: SsmRegionResult, stopped: string): void {
  const { waitingFor } = region;
  delete region.waitingFor;
  switch (waitingFor) {
    case 'PutParameter':
      region.state = 'sent';
      region.error = `${stopped} before PutParameter answered: whether SSM wrote a new version was not seen`;
      break;
    case 'validation':
      region.error = `${stopped} before this version was read back and labelled`;
      break;
    case 'LabelParameterVersion':
      region.error = `${stopped} before LabelParameterVersion answered: whether the label moved was not seen`;
      break;
  }
}

function publicationFailure(
  ssm: SsmPublication,
  unpublished: SsmPublication['regions'],
  built: boolean,
): string {
  return `${built ? 'The build succeeded, but SSM' : 'SSM'} parameter ${ssm.parameterName} was not updated in ${unpublished
    .map((region) => `${region.region} (${region.error ?? region.state})`)
    .join(', ')}`;
}
