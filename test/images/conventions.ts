// The image conventions of packer/README.md as rules over parsed templates. A template is a
// directory of .pkr.hcl files, parsed with HashiCorp's HCL parser (@cdktf/hcl2json) into the JSON
// shape of HCL: blocks become arrays of objects, expressions stay as "${...}" strings.

import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse } from '@cdktf/hcl2json';

export type RuleId =
  | 'parses'
  | 'shared-conventions'
  | 'plugin-pinned'
  | 'release-variables'
  | 'image-identity'
  | 'builds-amazon-ebs'
  | 'ami-name'
  | 'ssm-parameter'
  | 'required-tags'
  | 'imdsv2'
  | 'encrypted-root'
  | 'builder-only-access'
  | 'source-ami'
  | 'lineage'
  | 'run-tag'
  | 'region'
  | 'cleanup-last'
  | 'no-credentials';

export interface Violation {
  template: string;
  rule: RuleId;
  message: string;
}

export interface TemplateFile {
  name: string;
  content: string;
}

/** A template directory, parsed: `config` is every file's blocks merged, as Packer reads them. */
export interface Template {
  name: string;
  config: Record<string, unknown>;
}

/** The file every template directory holds an identical copy of. */
export const SHARED_FILE = 'conventions.pkr.hcl';

export const LAYERS = ['base', 'infrastructure', 'application'] as const;

/** Tag → what its value must be or refer to. Applies to the AMI and to its snapshots. */
export const REQUIRED_TAGS: Readonly<Record<string, RegExp>> = {
  Name: /\blocal\.ami_name\b/,
  Role: /\blocal\.image\.role\b/,
  Layer: /\blocal\.image\.layer\b/,
  OS: /\blocal\.image\.os\b/,
  SourceAMI: /\{\{\s*\.SourceAMI\s*\}\}/,
  SourceAMIParameter: /\blocal\.parent\.parameter\b/,
  SourceAMIParameterVersion: /\blocal\.parent\.version\b/,
  BuildVersion: /\bvar\.build_version\b/,
  GitCommit: /\bvar\.git_commit\b/,
  BuildRunURL: /\bvar\.build_run_url\b/,
  SSMParameter: /\blocal\.ssm_parameter\b/,
  ManagedBy: /^packer$/,
};

/**
 * Where an image's AMI id is published (`latest`, or `candidate` for a pre-release); the release
 * workflow writes the same name.
 */
export const SSM_PARAMETER = `/images/\${local.image.role}/\${var.channel}`;

/** Release metadata the workflows pass as variables; each needs a default for a plain validate. */
export const RELEASE_VARIABLES = [
  'build_version',
  'git_commit',
  'build_run_url',
  'channel',
] as const;

/** The region: the action's (it sets AWS_REGION for Packer), unless a `-var aws_region` says so. */
export const REGION_DEFAULT = `\${env("AWS_REGION")}`;

/**
 * The action's run tag: Packer gets it as PACKER_BUILD_RUN, the builder's resources carry it as
 * PackerBuildRun (src/state.ts), and the post step finds leftovers by it.
 */
export const RUN_TAG = {
  key: 'PackerBuildRun',
  variable: 'build_run',
  default: `\${env("PACKER_BUILD_RUN")}`,
};

/** The region every builder and data source uses. */
const REGION_REFERENCE = `\${var.aws_region}`;

/** The variable through which a release names the parent it builds on, with its label. */
export const PARENT_VARIABLE = 'parent_ami_parameter';

/** The AMI name's parts, in order. */
const AMI_NAME_PARTS = [
  /\blocal\.image\.role\b/,
  /\blocal\.image\.layer\b/,
  /\blocal\.image\.os\b/,
  /\blocal\.image\.os_version\b/,
  /\blocal\.build_timestamp\b/,
  /\bvar\.build_version\b/,
];

/** Base images start from the OS vendor's own published AMIs. */
export const VENDOR_OWNERS: Readonly<Record<string, readonly string[]>> = {
  ubuntu: ['099720109477'],
  windows: ['amazon', '801119661308'],
};

/** Images above the base layer start from the base image of their OS, read from SSM. */
export const BASE_PARAMETERS: Readonly<Record<string, string>> = {
  ubuntu: '/images/base/latest',
  windows: '/images/windows_base/latest',
};

/** What the last provisioner must run, by communicator. */
const CLEANUP: Readonly<Record<string, { provisioner: string; script: string }>> = {
  ssh: { provisioner: 'shell', script: 'provisioner/cleanup.sh' },
  winrm: { provisioner: 'powershell', script: 'provisioner/windows/cleanup.ps1' },
};

const CREDENTIAL_SETTINGS = ['access_key', 'secret_key', 'token', 'ssh_password', 'winrm_password'];
const OPEN_CIDRS = ['0.0.0.0/0', '::/0'];

/** Parses a template given as files; a file that does not parse throws, naming template and file. */
export async function parseTemplate(
  name: string,
  files: readonly TemplateFile[],
): Promise<Template> {
  let config: Record<string, unknown> = {};
  for (const file of files) {
    let parsed: Record<string, unknown>;
    try {
      parsed = await parse(file.name, file.content);
    } catch (error) {
      throw new Error(`${name}: [parses] ${file.name} is not valid HCL`, { cause: error });
    }
    config = mergeBlocks(config, parsed);
  }
  return { name, config };
}

/** Reads and parses every .pkr.hcl file of a template directory; the template is named after it. */
export async function loadTemplate(directory: string): Promise<Template> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.pkr.hcl')).sort();
  const files = await Promise.all(
    names.map(async (name) => ({ name, content: await readFile(join(directory, name), 'utf8') })),
  );
  return parseTemplate(basename(directory), files);
}

/** Every convention a single template must follow. */
export function checkConventions(template: Template): Violation[] {
  const violations: Violation[] = [];
  const report = (rule: RuleId, message: string) =>
    violations.push({ template: template.name, rule, message });
  const { config } = template;
  const locals = mergeLocals(config.locals);
  const variables = asRecord(config.variable);
  const resolve = (value: unknown) => resolveReference(value, locals, variables);

  checkPlugin(config, report);
  checkReleaseVariables(variables, report);
  checkRegion(config, variables, (message) => report('region', message));
  const image = checkIdentity(template.name, resolve(locals.image), report);
  if (locals.ssm_parameter !== SSM_PARAMETER) {
    report(
      'ssm-parameter',
      `local.ssm_parameter must be "${SSM_PARAMETER}", not ${JSON.stringify(locals.ssm_parameter)}`,
    );
  }

  const sources = effectiveSources(config);
  if (sources.length === 0) {
    report('builds-amazon-ebs', 'no build uses an amazon-ebs source');
  }
  for (const { name, settings, build } of sources) {
    const at = (message: string) => `source ${name}: ${message}`;
    checkAmiName(resolve(settings.ami_name), locals, (message) => report('ami-name', at(message)));
    for (const attribute of ['tags', 'snapshot_tags']) {
      checkTags(attribute, resolve(settings[attribute]), (message) =>
        report('required-tags', at(message)),
      );
    }
    checkImds(settings, (message) => report('imdsv2', at(message)));
    checkEncryption(settings, (message) => report('encrypted-root', at(message)));
    checkAccess(settings, (message) => report('builder-only-access', at(message)));
    checkSourceAmi(image, settings, config, resolve, (message) =>
      report('source-ami', at(message)),
    );
    checkLineage(image, settings, config, locals, variables, (message) =>
      report('lineage', at(message)),
    );
    checkRunTag(resolve, settings, variables, (message) => report('run-tag', at(message)));
    if (settings.region !== REGION_REFERENCE) {
      report('region', at(`region must be var.aws_region, not ${JSON.stringify(settings.region)}`));
    }
    checkCleanup(settings, build, (message) => report('cleanup-last', at(message)));
    for (const setting of CREDENTIAL_SETTINGS.filter((key) => key in settings)) {
      report('no-credentials', at(`sets ${setting}: credentials come from the environment`));
    }
  }
  return violations;
}

/**
 * Every template directory must hold the same conventions.pkr.hcl. The content most copies share
 * is the reference, so the message points at the copy that drifted.
 */
export function checkSharedConventions(
  copies: readonly { template: string; content: string | undefined }[],
): Violation[] {
  const holders = new Map<string, string[]>();
  for (const { template, content } of copies) {
    if (content !== undefined) {
      holders.set(content, [...(holders.get(content) ?? []), template]);
    }
  }
  const [reference, agreeing = []] =
    [...holders.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  return copies.flatMap(({ template, content }) => {
    if (content === undefined) {
      return [violation(template, 'shared-conventions', `has no ${SHARED_FILE}`)];
    }
    if (content !== reference) {
      return [
        violation(
          template,
          'shared-conventions',
          `${SHARED_FILE} differs from the copy in ${agreeing.join(', ')}: change every copy together`,
        ),
      ];
    }
    return [];
  });
}

export function formatViolations(violations: readonly Violation[]): string {
  return violations.map((v) => `${v.template}: [${v.rule}] ${v.message}`).join('\n');
}

type Report = (rule: RuleId, message: string) => void;
type Say = (message: string) => void;

interface Image {
  role: string;
  layer: string;
  os: string;
}

interface EffectiveSource {
  name: string;
  settings: Record<string, unknown>;
  build: Record<string, unknown>;
}

function checkRunTag(
  resolve: (value: unknown) => unknown,
  settings: Record<string, unknown>,
  variables: Record<string, unknown>,
  say: Say,
): void {
  const declaration = asRecord(asArray(variables[RUN_TAG.variable])[0]);
  if (declaration.default !== RUN_TAG.default) {
    say(`variable ${RUN_TAG.variable} must default to ${RUN_TAG.default}`);
  }
  for (const attribute of ['run_tags', 'run_volume_tags']) {
    const value = asRecord(resolve(settings[attribute]))[RUN_TAG.key];
    if (value !== `\${var.${RUN_TAG.variable}}`) {
      say(`${attribute} must carry ${RUN_TAG.key} = var.${RUN_TAG.variable}`);
    }
  }
}

function checkPlugin(config: Record<string, unknown>, report: Report): void {
  const plugins = asArray(config.packer).flatMap((block) =>
    asArray(asRecord(block).required_plugins),
  );
  const amazon = plugins
    .map((block) => asRecord(block).amazon)
    .find((value) => value !== undefined);
  const { source, version } = asRecord(amazon);
  if (source !== 'github.com/hashicorp/amazon') {
    report(
      'plugin-pinned',
      `required_plugins must require amazon from github.com/hashicorp/amazon`,
    );
  } else if (typeof version !== 'string' || !/^~>\s*\d+\.\d+\.\d+$/.test(version)) {
    report(
      'plugin-pinned',
      `the amazon plugin's version must be pinned as "~> X.Y.Z", not ${JSON.stringify(version)}`,
    );
  }
}

function checkReleaseVariables(variables: Record<string, unknown>, report: Report): void {
  for (const name of RELEASE_VARIABLES) {
    const declaration = asRecord(asArray(variables[name])[0]);
    if (!(name in variables)) {
      report('release-variables', `variable ${name} is not declared`);
    } else if (typeof declaration.default !== 'string' || declaration.default === '') {
      report(
        'release-variables',
        `variable ${name} needs a non-empty default for a plain validate`,
      );
    }
  }
}

function checkIdentity(template: string, value: unknown, report: Report): Image | undefined {
  const image = asRecord(value);
  const missing = ['role', 'layer', 'os', 'os_version'].filter(
    (key) => typeof image[key] !== 'string' || image[key] === '',
  );
  if (value === undefined || missing.length > 0) {
    report(
      'image-identity',
      `local.image must set role, layer, os and os_version (missing: ${missing.join(', ')})`,
    );
    return undefined;
  }
  const [role, layer, os] = [String(image.role), String(image.layer), String(image.os)];
  if (!literalsOf(role).includes(template)) {
    report(
      'image-identity',
      `local.image.role is ${JSON.stringify(role)}: it must name the template directory "${template}"`,
    );
  }
  const layers = literalsOf(layer);
  if (
    layers.length === 0 ||
    !layers.every((name) => (LAYERS as readonly string[]).includes(name))
  ) {
    report(
      'image-identity',
      `local.image.layer is ${JSON.stringify(layer)}: it must be one of ${LAYERS.join(', ')}`,
    );
  }
  return { role, layer, os };
}

function checkAmiName(value: unknown, locals: Record<string, unknown>, say: Say): void {
  if (typeof value !== 'string') {
    say('ami_name is not set');
    return;
  }
  let from = 0;
  for (const part of AMI_NAME_PARTS) {
    const found = part.exec(value.slice(from));
    if (found === null) {
      say(
        `ami_name must be role, layer, os, os_version, build timestamp and build_version in that order: ${value}`,
      );
      return;
    }
    from += found.index + found[0].length;
  }
  if (!String(locals.build_timestamp).includes('timestamp()')) {
    say('local.build_timestamp must be computed from timestamp()');
  }
}

function checkTags(attribute: string, value: unknown, say: Say): void {
  if (!isRecord(value)) {
    say(`${attribute} must be an object of tags, found ${JSON.stringify(value)}`);
    return;
  }
  for (const [tag, expected] of Object.entries(REQUIRED_TAGS)) {
    const actual = value[tag];
    if (actual === undefined) {
      say(`${attribute} lacks the tag ${tag}`);
    } else if (typeof actual !== 'string' || !expected.test(actual)) {
      say(`${attribute}.${tag} is ${JSON.stringify(actual)}: it must match ${expected}`);
    }
  }
}

function checkImds(settings: Record<string, unknown>, say: Say): void {
  const options = asArray(settings.metadata_options).map(asRecord);
  if (!options.some((block) => block.http_tokens === 'required')) {
    say('metadata_options must set http_tokens = "required" (IMDSv2 on the builder)');
  }
  if (settings.imds_support !== 'v2.0') {
    say('imds_support must be "v2.0" (IMDSv2 on instances launched from the AMI)');
  }
}

function checkEncryption(settings: Record<string, unknown>, say: Say): void {
  if (settings.encrypt_boot !== true) {
    say('encrypt_boot must be true');
  }
  const mappings = asArray(settings.launch_block_device_mappings).map(asRecord);
  if (mappings.length === 0) {
    say('launch_block_device_mappings must declare the root volume, encrypted');
  }
  for (const mapping of mappings.filter((block) => block.encrypted !== true)) {
    say(
      `launch_block_device_mappings ${JSON.stringify(mapping.device_name)} must set encrypted = true`,
    );
  }
}

function checkAccess(settings: Record<string, unknown>, say: Say): void {
  for (const key of ['security_group_id', 'security_group_ids', 'security_group_filter']) {
    if (key in settings) {
      say(`${key} replaces the temporary security group that only the builder may reach`);
    }
  }
  const cidrs = asArray(settings.temporary_security_group_source_cidrs);
  if (cidrs.some((cidr) => OPEN_CIDRS.includes(String(cidr)))) {
    say(
      `temporary_security_group_source_cidrs opens the builder to the world: ${cidrs.join(', ')}`,
    );
  } else if (settings.temporary_security_group_source_public_ip !== true && cidrs.length === 0) {
    say(
      'temporary_security_group_source_public_ip must be true (or source CIDRs set): the default opens the builder to 0.0.0.0/0',
    );
  }
}

function checkSourceAmi(
  image: Image | undefined,
  settings: Record<string, unknown>,
  config: Record<string, unknown>,
  resolve: (value: unknown) => unknown,
  say: Say,
): void {
  if (image === undefined) {
    return;
  }
  if (image.layer === 'base') {
    const filter = asRecord(asArray(settings.source_ami_filter)[0]);
    const owners = asArray(filter.owners).map(String);
    const vendor = VENDOR_OWNERS[image.os] ?? [];
    if (filter.most_recent !== true) {
      say('a base image must take the most recent AMI of a source_ami_filter (most_recent = true)');
    }
    if (owners.length === 0 || !owners.every((owner) => vendor.includes(owner))) {
      say(
        `a base image must start from the vendor's own AMIs (owners ${JSON.stringify(vendor)}), not ${JSON.stringify(owners)}`,
      );
    }
    return;
  }
  const expected = BASE_PARAMETERS[image.os];
  const reference = /^\$\{data\.amazon-parameterstore\.([\w-]+)\.value\}$/.exec(
    String(settings.source_ami),
  );
  const dataSource = asRecord(
    asArray(asRecord(asRecord(config.data)['amazon-parameterstore'])[reference?.[1] ?? ''])[0],
  );
  const parameter = resolve(dataSource.name);
  // An application image's parameter is chosen by an expression that must still name the base.
  const named = typeof parameter === 'string' && parameter.includes(`"${expected}"`);
  if (reference === null || 'source_ami_filter' in settings) {
    say(`source_ami must be data.amazon-parameterstore.<name>.value, read from ${expected}`);
  } else if (parameter !== expected && !named) {
    say(`the source AMI must come from ${expected}, not ${JSON.stringify(parameter)}`);
  }
}

/**
 * local.parent records where the source AMI came from, for the lineage tags: "none" for a base
 * image; otherwise the parameter the data source reads (the same expression, through
 * var.parent_ami_parameter so a release can pass its label) and the version it found.
 */
function checkLineage(
  image: Image | undefined,
  settings: Record<string, unknown>,
  config: Record<string, unknown>,
  locals: Record<string, unknown>,
  variables: Record<string, unknown>,
  say: Say,
): void {
  const parent = asRecord(locals.parent);
  if (typeof parent.parameter !== 'string' || typeof parent.version !== 'string') {
    say('local.parent must set parameter and version (the lineage tags)');
    return;
  }
  if (image === undefined || image.layer === 'base') {
    return;
  }
  const dataSourceName = /^\$\{data\.amazon-parameterstore\.([\w-]+)\.value\}$/.exec(
    String(settings.source_ami),
  )?.[1];
  if (dataSourceName === undefined) {
    return; // the source-ami rule reports it
  }
  const dataSource = asRecord(
    asArray(asRecord(asRecord(config.data)['amazon-parameterstore'])[dataSourceName])[0],
  );
  if (
    !(PARENT_VARIABLE in variables) ||
    !String(dataSource.name).includes(`var.${PARENT_VARIABLE}`)
  ) {
    say(
      `the source AMI's parameter must be var.${PARENT_VARIABLE}, so a release can pass its label`,
    );
  }
  if (parent.parameter !== dataSource.name) {
    say(
      `local.parent.parameter must be the data source's name, ${JSON.stringify(dataSource.name)}, not ${JSON.stringify(parent.parameter)}`,
    );
  }
  const version = `\${data.amazon-parameterstore.${dataSourceName}.version}`;
  if (parent.version !== version) {
    say(`local.parent.version must be ${version}, not ${JSON.stringify(parent.version)}`);
  }
}

/** aws_region defaults to AWS_REGION, and every data source reads in that region. */
function checkRegion(
  config: Record<string, unknown>,
  variables: Record<string, unknown>,
  say: Say,
): void {
  const declared = asRecord(asArray(variables.aws_region)[0]);
  if (declared.default !== REGION_DEFAULT) {
    say(
      `variable aws_region must default to env("AWS_REGION") (the action's aws-region), not ${JSON.stringify(declared.default)}`,
    );
  }
  for (const [kind, sources] of Object.entries(asRecord(config.data))) {
    for (const [name, blocks] of Object.entries(asRecord(sources))) {
      const region = asRecord(asArray(blocks)[0]).region;
      if (region !== REGION_REFERENCE) {
        say(`data.${kind}.${name} must read in var.aws_region, not ${JSON.stringify(region)}`);
      }
    }
  }
}

function checkCleanup(
  settings: Record<string, unknown>,
  build: Record<string, unknown>,
  say: Say,
): void {
  const communicator = String(settings.communicator ?? 'ssh');
  const cleanup = CLEANUP[communicator];
  if (cleanup === undefined) {
    say(`communicator ${communicator} has no cleanup convention`);
    return;
  }
  const provisioners = asArray(asRecord(build.provisioner)[cleanup.provisioner]).map(asRecord);
  const last = provisioners.at(-1);
  const scripts = last === undefined ? [] : [...asArray(last.scripts), last.script].filter(Boolean);
  if (!String(scripts.at(-1) ?? '').endsWith(cleanup.script)) {
    say(`the last ${cleanup.provisioner} provisioner must end with ${cleanup.script}`);
  }
  if (communicator === 'ssh' && settings.ssh_clear_authorized_keys !== true) {
    say('ssh_clear_authorized_keys must be true');
  }
}

/**
 * The amazon-ebs sources the builds run: a top-level source completed by the build-level
 * `source "amazon-ebs.<name>"` block, or used as is through `sources`.
 */
function effectiveSources(config: Record<string, unknown>): EffectiveSource[] {
  const topLevel = asRecord(asRecord(config.source)['amazon-ebs']);
  const declared = (name: string) => asRecord(asArray(topLevel[name])[0]);
  return asArray(config.build).flatMap((value) => {
    const build = asRecord(value);
    const listed = asArray(build.sources)
      .map((reference) => /^source\.amazon-ebs\.([\w-]+)$/.exec(String(reference))?.[1])
      .filter((name): name is string => name !== undefined)
      .map((name) => ({ name, settings: declared(name), build }));
    const completed = Object.entries(asRecord(build.source)).flatMap(([reference, blocks]) => {
      const name = /^(?:source\.)?amazon-ebs\.([\w-]+)$/.exec(reference)?.[1];
      if (name === undefined) {
        return [];
      }
      return asArray(blocks).map((block) => {
        const settings = mergeBlocks(declared(name), asRecord(block));
        return { name: String(settings.name ?? name), settings, build };
      });
    });
    return [...listed, ...completed];
  });
}

/** Follows `${local.x}` and `${var.x}` (to its default) until a value that is neither. */
function resolveReference(
  value: unknown,
  locals: Record<string, unknown>,
  variables: Record<string, unknown>,
  depth = 0,
): unknown {
  const reference = typeof value === 'string' ? /^\$\{(local|var)\.(\w+)\}$/.exec(value) : null;
  if (reference === null || depth > 10) {
    return value;
  }
  const [, kind, name = ''] = reference;
  const next = kind === 'local' ? locals[name] : asRecord(asArray(variables[name])[0]).default;
  return resolveReference(next, locals, variables, depth + 1);
}

/** The quoted literals of an expression, or the value itself when it is a plain string. */
function literalsOf(value: string): string[] {
  if (!value.startsWith('${')) {
    return [value];
  }
  return [...value.matchAll(/"([^"\\]*)"/g)].map((match) => match[1] ?? '');
}

function mergeLocals(blocks: unknown): Record<string, unknown> {
  return Object.assign({}, ...asArray(blocks).map(asRecord));
}

/** Merges parsed HCL the way Packer merges files and build-level sources: blocks accumulate. */
function mergeBlocks(
  into: Record<string, unknown>,
  from: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const existing = merged[key];
    if (Array.isArray(existing) && Array.isArray(value)) {
      merged[key] = [...existing, ...value];
    } else if (isRecord(existing) && isRecord(value)) {
      merged[key] = mergeBlocks(existing, value);
    } else {
      merged[key] = value;
    }
  }
  return merged;
}

function violation(template: string, rule: RuleId, message: string): Violation {
  return { template, rule, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
