// What a legacy JSON template says before Packer runs it: which of its builds make AMIs, and in
// which regions when the template names them literally. HCL2 templates need Packer to evaluate them,
// and Packer 1.6.6's `inspect` prints no builds for HCL2, so for those nothing is known before the
// build.
import { regionProblem } from '../aws/validation.js';

/** Builders whose artifact is an AMI id per region (`region:ami-…`). */
const AMI_BUILDERS = new Set([
  'amazon-ebs',
  'amazon-chroot',
  'amazon-ebssurrogate',
  'amazon-instance',
]);

export interface AmiBuild {
  /** The build's name: the builder's `name`, or its `type`. */
  name: string;
  /** `region`, when the template gives it literally (not through a variable). */
  region: string | undefined;
  /** The entries of `ami_regions` given literally. */
  amiRegions: string[];
}

interface RawBuilder {
  type?: unknown;
  name?: unknown;
  region?: unknown;
  ami_regions?: unknown;
}

/**
 * The AMI-making builds of a legacy JSON template that `packer build` runs with these `only` and
 * `except` names (legacy JSON matches them exactly); undefined when `text` is not such a template.
 */
export function legacyAmiBuilds(
  text: string,
  only: readonly string[],
  except: readonly string[],
): AmiBuild[] | undefined {
  let template: unknown;
  try {
    template = JSON.parse(text);
  } catch {
    return undefined;
  }
  const builders = (template as { builders?: unknown } | null)?.builders;
  if (!Array.isArray(builders)) return undefined;
  return (builders as RawBuilder[])
    .filter((builder) => typeof builder.type === 'string' && AMI_BUILDERS.has(builder.type))
    .map((builder) => ({
      name: typeof builder.name === 'string' ? builder.name : String(builder.type),
      region: literalRegion(builder.region),
      amiRegions: Array.isArray(builder.ami_regions)
        ? builder.ami_regions.flatMap((region) => literalRegion(region) ?? [])
        : [],
    }))
    .filter(
      (build) => (only.length === 0 || only.includes(build.name)) && !except.includes(build.name),
    );
}

function literalRegion(value: unknown): string | undefined {
  return typeof value === 'string' && regionProblem(value) === undefined ? value : undefined;
}
