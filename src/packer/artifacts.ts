// Artifacts and AMIs from the records of `packer build -machine-readable`.
import type { MachineLine } from './stream.js';

export interface Artifact {
  /** The build target Packer prints (`amazon-ebs`, `web_node`, `amazon-ebs.web_node`). */
  buildName: string;
  builderId: string;
  id: string;
}

export interface RegionAmi {
  region: string;
  amiId: string;
}

export interface Amis {
  /** First AMI of the first AMI artifact: the first region its id lists. */
  amiId: string | undefined;
  /** Region → AMI id over all artifacts; where two artifacts share a region, the first one wins. */
  amiIds: Record<string, string>;
}

/**
 * One entry per artifact, in the order Packer printed them. `artifact,<n>,<key>,<value>` records are
 * grouped per build and index; entries without an id are left out, and an artifact printed again
 * under another index (a post-processor passing it on) counts once.
 */
export function collectArtifacts(lines: readonly MachineLine[]): Artifact[] {
  const byBuildAndIndex = new Map<string, Artifact>();
  for (const line of lines) {
    if (line.type !== 'artifact') continue;
    const [index = '', key = '', value = ''] = line.data;
    const groupKey = JSON.stringify([line.target, index]);
    let artifact = byBuildAndIndex.get(groupKey);
    if (!artifact) {
      artifact = { buildName: line.target, builderId: '', id: '' };
      byBuildAndIndex.set(groupKey, artifact);
    }
    if (key === 'builder-id') artifact.builderId = value;
    if (key === 'id') artifact.id = value;
  }

  const seen = new Set<string>();
  const artifacts: Artifact[] = [];
  for (const artifact of byBuildAndIndex.values()) {
    const identity = JSON.stringify([artifact.buildName, artifact.builderId, artifact.id]);
    if (artifact.id === '' || seen.has(identity)) continue;
    seen.add(identity);
    artifacts.push(artifact);
  }
  return artifacts;
}

// `us-east-1`, `ap-southeast-2`, `us-gov-west-1`, `cn-north-1`.
const REGION_AMI = /^([a-z]{2}(?:-[a-z]+)+-\d+):(ami-[0-9a-f]+)$/;

/**
 * The AMIs of an amazon-ebs style artifact id, `region:ami-...` or several separated by commas;
 * empty when the id is anything else (another builder's artifact).
 */
export function parseAmis(artifactId: string): RegionAmi[] {
  const amis: RegionAmi[] = [];
  for (const part of artifactId.split(',')) {
    const match = REGION_AMI.exec(part.trim());
    if (!match) return [];
    const [, region = '', amiId = ''] = match;
    amis.push({ region, amiId });
  }
  return amis;
}

export function collectAmis(artifacts: readonly Artifact[]): Amis {
  let amiId: string | undefined;
  const amiIds: Record<string, string> = {};
  for (const artifact of artifacts) {
    for (const ami of parseAmis(artifact.id)) {
      amiId ??= ami.amiId;
      amiIds[ami.region] ??= ami.amiId;
    }
  }
  return { amiId, amiIds };
}

/** The builds whose artifacts hold AMIs, each once, in the order Packer printed them. */
export function amiBuildNames(artifacts: readonly Artifact[]): string[] {
  return [
    ...new Set(
      artifacts
        .filter((artifact) => parseAmis(artifact.id).length > 0)
        .map((artifact) => artifact.buildName),
    ),
  ];
}
