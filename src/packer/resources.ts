// The AWS resources a build announces as it creates them (amazon-ebs, in Packer 1.6.6 and in the
// amazon plugin alike), so that the post step can find what a killed Packer left behind.

export interface BuilderResources {
  instanceIds: string[];
  keyPairNames: string[];
  securityGroupNames: string[];
  amiIds: string[];
  snapshotIds: string[];
}

export type ResourceKind = keyof BuilderResources;

export function noResources(): BuilderResources {
  return { instanceIds: [], keyPairNames: [], securityGroupNames: [], amiIds: [], snapshotIds: [] };
}

// `==> amazon-ebs.web_node: Creating temporary keypair: packer_6b0d8c7f-...`, `    amazon-ebs.web_node:
// Instance ID: i-0123...`: the build name, then the step's own words.
const ANNOUNCEMENTS: ReadonlyArray<[ResourceKind, RegExp]> = [
  ['instanceIds', /: Instance ID: (i-[0-9a-f]+)\s*$/],
  ['keyPairNames', /: Creating temporary keypair: (packer_[0-9a-f-]+)\s*$/],
  [
    'securityGroupNames',
    /: Creating temporary security group for this instance: (packer_[0-9a-f-]+)\s*$/,
  ],
  ['amiIds', /: AMI: (ami-[0-9a-f]+)\s*$/],
  ['snapshotIds', /: Tagging snapshot: (snap-[0-9a-f]+)\s*$/],
];

/** The resource one `ui` message announces, if any. */
export function announcedResource(message: string): { kind: ResourceKind; id: string } | undefined {
  for (const [kind, pattern] of ANNOUNCEMENTS) {
    const id = pattern.exec(message)?.[1];
    if (id !== undefined) return { kind, id };
  }
  return undefined;
}

/** Adds `id` to `resources`; false when it was already there. */
export function addResource(resources: BuilderResources, kind: ResourceKind, id: string): boolean {
  if (resources[kind].includes(id)) return false;
  resources[kind].push(id);
  return true;
}

export function hasResources(resources: BuilderResources): boolean {
  return Object.values(resources).some((ids) => ids.length > 0);
}
