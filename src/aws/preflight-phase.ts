// The preflight phase, after the credentials and before `packer build`: in every region that will be
// published, is the SSM parameter ready to take the AMI? A build whose AMI could not be published is
// refused before it starts, instead of leaving an orphaned AMI behind it.
import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { abandonOnAbort, Cancelled } from '../cancel.js';
import type { Inputs } from '../inputs.js';
import type { PhaseResult, StepStatus } from '../outcome.js';
import { legacyAmiBuilds } from '../packer/template.js';
import type { Phase, RunContext } from '../phases.js';
import { startStopwatch } from '../stopwatch.js';
import { severalAmiBuildsProblem } from './validation.js';

export interface PreflightPlan {
  /** Region → the AMI id to publish there, or undefined before a build (its AMI is not known yet). */
  regions: Record<string, string | undefined>;
  /** What stops the run before AWS is asked anything. */
  problem?: string;
  /** What cannot be known before the build, for the log. */
  note?: string;
}

/**
 * `command: publish`: its AMIs' regions. Before a build: the template's own for a legacy JSON template (each AMI
 * build's literal `region`, or aws-region, and its literal `ami_regions`), aws-region for HCL2, whose
 * builds only Packer can evaluate. Several AMI builds and one parameter are refused here for JSON;
 * for HCL2 that is only known from the build's artifacts, after it.
 */
export function preflightPlan(inputs: Inputs, templateText: string | undefined): PreflightPlan {
  if (inputs.command === 'publish') return { regions: { ...inputs.amiIds } };
  const home = inputs.aws.region ?? '';
  const builds =
    inputs.templateKind === 'legacy-json' && templateText !== undefined
      ? legacyAmiBuilds(templateText, inputs.only, inputs.except)
      : undefined;
  if (builds === undefined) {
    return {
      regions: { [home]: undefined },
      note:
        `${inputs.template} is an HCL2 template: only Packer knows its builds and regions, so ${home} ` +
        '(aws-region) is checked now; any other region the build copies its AMI to (ami_regions) is ' +
        'checked just before its publication, and several AMI builds are found after the build.',
    };
  }
  const regions = builds.flatMap((build) => [build.region ?? home, ...build.amiRegions]);
  const plan: PreflightPlan = {
    regions: Object.fromEntries((regions.length > 0 ? regions : [home]).map((r) => [r, undefined])),
  };
  const problem = severalAmiBuildsProblem(
    builds.map((build) => build.name),
    inputs.aws.ssmParameter ?? '',
    'before',
  );
  if (problem !== undefined) plan.problem = problem;
  return plan;
}

export const preflightPhase: Phase<RunContext> = {
  name: 'preflight',
  applies: ({ inputs }) => inputs.command !== 'validate' && inputs.aws.ssmParameter !== undefined,
  run: async (context, outcome): Promise<PhaseResult> => {
    const elapsedMs = startStopwatch();
    const { inputs, cancellation } = context;
    const parameterName = inputs.aws.ssmParameter ?? '';
    const result = (status: StepStatus, failure?: string): PhaseResult => ({
      phase: 'preflight',
      status,
      durationMs: elapsedMs(),
      ...(failure === undefined ? {} : { failure }),
    });

    const templateText =
      inputs.templateKind === 'legacy-json' && inputs.command === 'build'
        ? await readFile(inputs.templatePath, 'utf8')
        : undefined;
    const plan = preflightPlan(inputs, templateText);
    if (plan.problem !== undefined) return result('failed', plan.problem);

    const { preflight } = await import('./preflight.js');
    const regions = Object.keys(plan.regions);
    try {
      const problems = await core.group(
        `Check SSM parameter ${parameterName} in ${regions.join(', ')}`,
        async () => {
          if (plan.note !== undefined) core.info(plan.note);
          return abandonOnAbort(
            preflight({
              parameterName,
              regions: plan.regions,
              credentials: context.credentials,
              accountId: outcome.accountId,
            }),
            cancellation.requestedSignal,
            () => new Cancelled(),
          );
        },
      );
      if (problems.length === 0) return result('ok');
      return result(
        'failed',
        `Not ${inputs.command === 'build' ? 'built' : 'published'}: ${problems.join('\n')}`,
      );
    } catch (error) {
      if (error instanceof Cancelled) return result('cancelled');
      throw error;
    }
  },
};
