import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkConventions,
  checkSharedConventions,
  formatViolations,
  loadTemplate,
  parseTemplate,
  type RuleId,
  SHARED_FILE,
} from './conventions.js';
import { listTemplates, PACKER_DIR } from './repository.js';

// A small template that follows every convention; each case below breaks one of them.
const COMPLIANT = `
packer {
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = "~> 1.8.0"
    }
  }
}

variable "build_version" { default = "dev" }
variable "git_commit" { default = "unknown" }
variable "build_run_url" { default = "manual" }
variable "channel" { default = "latest" }
variable "aws_region" { default = env("AWS_REGION") }
variable "parent_ami_parameter" { default = "/images/base/latest" }
variable "build_run" { default = env("PACKER_BUILD_RUN") }

locals {
  image           = { role = "demo", layer = "infrastructure", os = "ubuntu", os_version = "24.04" }
  parent          = { parameter = var.parent_ami_parameter, version = data.amazon-parameterstore.base.version }
  build_timestamp = formatdate("YYYYMMDDhhmmss", timestamp())
  ami_name        = "\${local.image.role}-\${local.image.layer}-\${local.image.os}-\${local.image.os_version}-\${local.build_timestamp}-\${var.build_version}"
  tags = {
    Name         = local.ami_name
    Role         = local.image.role
    Layer        = local.image.layer
    OS           = local.image.os
    SourceAMI    = "{{ .SourceAMI }}"
    SourceAMIParameter        = local.parent.parameter
    SourceAMIParameterVersion = local.parent.version
    BuildVersion = var.build_version
    GitCommit    = var.git_commit
    BuildRunURL  = var.build_run_url
    SSMParameter = local.ssm_parameter
    ManagedBy    = "packer"
  }
  ssm_parameter = "/images/\${local.image.role}/\${var.channel}"
  builder_tags  = { Name = "builder", PackerBuildRun = var.build_run }
}

data "amazon-parameterstore" "base" {
  name   = var.parent_ami_parameter
  region = var.aws_region
}

source "amazon-ebs" "demo" {
  region                                    = var.aws_region
  source_ami                                = data.amazon-parameterstore.base.value
  ssh_username                              = "ubuntu"
  ssh_clear_authorized_keys                 = true
  temporary_security_group_source_public_ip = true
  metadata_options {
    http_tokens = "required"
  }
  imds_support = "v2.0"
  encrypt_boot = true
  launch_block_device_mappings {
    device_name = "/dev/sda1"
    encrypted   = true
  }
  ami_name        = local.ami_name
  tags            = local.tags
  snapshot_tags   = local.tags
  run_tags        = local.builder_tags
  run_volume_tags = local.builder_tags
}

build {
  sources = ["source.amazon-ebs.demo"]
  provisioner "shell" {
    scripts = ["\${path.root}/../provisioner/demo.sh", "\${path.root}/../provisioner/cleanup.sh"]
  }
}
`;

async function violationsOf(content: string) {
  return checkConventions(await parseTemplate('demo', [{ name: 'demo.pkr.hcl', content }]));
}

describe('the convention rules', () => {
  it('accept a template that follows them', async () => {
    expect(formatViolations(await violationsOf(COMPLIANT))).toBe('');
  });

  it.each<[RuleId, string, string, string]>([
    ['plugin-pinned', 'an unpinned plugin', 'version = "~> 1.8.0"', 'version = ">= 1.0.0"'],
    [
      'plugin-pinned',
      'another plugin source',
      'github.com/hashicorp/amazon',
      'github.com/someone/amazon',
    ],
    [
      'release-variables',
      'a missing release variable',
      'variable "git_commit" { default = "unknown" }',
      '',
    ],
    [
      'release-variables',
      'a release variable without default',
      'variable "build_run_url" { default = "manual" }',
      'variable "build_run_url" {}',
    ],
    ['image-identity', 'a role that is not the directory', 'role = "demo"', 'role = "other"'],
    ['image-identity', 'an unknown layer', 'layer = "infrastructure"', 'layer = "middle"'],
    ['image-identity', 'no os_version', ', os_version = "24.04"', ''],
    [
      'builds-amazon-ebs',
      'a build of nothing',
      'sources = ["source.amazon-ebs.demo"]',
      'sources = []',
    ],
    [
      'ami-name',
      'the version before the timestamp',
      `\${local.build_timestamp}-\${var.build_version}`,
      `\${var.build_version}-\${local.build_timestamp}`,
    ],
    ['ami-name', 'no build timestamp', 'formatdate("YYYYMMDDhhmmss", timestamp())', '"fixed"'],
    [
      'ssm-parameter',
      'another parameter name',
      `"/images/\${local.image.role}/\${var.channel}"`,
      `"/amis/\${local.image.role}"`,
    ],
    [
      'ssm-parameter',
      'always latest, even for a pre-release',
      `"/images/\${local.image.role}/\${var.channel}"`,
      `"/images/\${local.image.role}/latest"`,
    ],
    ['release-variables', 'no channel', 'variable "channel" { default = "latest" }', ''],
    [
      'region',
      'a hard-wired region',
      'variable "aws_region" { default = env("AWS_REGION") }',
      'variable "aws_region" { default = "eu-west-1" }',
    ],
    [
      'region',
      'a data source in another region',
      'region = var.aws_region\n}',
      'region = "us-east-1"\n}',
    ],
    [
      'region',
      'a builder in another region',
      'region                                    = var.aws_region',
      'region = "us-east-1"',
    ],
    [
      'lineage',
      'no parent recorded',
      'parent          = { parameter = var.parent_ami_parameter, version = data.amazon-parameterstore.base.version }',
      '',
    ],
    [
      'lineage',
      'a recorded parent that is not the one read',
      'parent          = { parameter = var.parent_ami_parameter,',
      'parent          = { parameter = "/images/base/latest",',
    ],
    [
      'lineage',
      'no version recorded',
      'version = data.amazon-parameterstore.base.version }',
      'version = "unknown" }',
    ],
    [
      'lineage',
      'a parent a release cannot pin',
      'name   = var.parent_ami_parameter',
      'name   = "/images/base/latest"',
    ],
    ['required-tags', 'a missing tag', 'BuildRunURL  = var.build_run_url', ''],
    ['run-tag', 'builders without the run tag', 'PackerBuildRun = var.build_run', ''],
    ['run-tag', 'volumes without the run tag', 'run_volume_tags = local.builder_tags', ''],
    [
      'run-tag',
      'a run tag the action does not set',
      'variable "build_run" { default = env("PACKER_BUILD_RUN") }',
      'variable "build_run" { default = "manual" }',
    ],
    [
      'required-tags',
      'a hard-coded release tag',
      'GitCommit    = var.git_commit',
      'GitCommit    = "abc1234"',
    ],
    ['required-tags', 'no snapshot tags', 'snapshot_tags   = local.tags', ''],
    ['imdsv2', 'IMDSv1 on the builder', 'http_tokens = "required"', 'http_tokens = "optional"'],
    ['imdsv2', 'an AMI without IMDSv2', 'imds_support = "v2.0"', ''],
    ['encrypted-root', 'an unencrypted AMI', 'encrypt_boot = true', 'encrypt_boot = false'],
    ['encrypted-root', 'an unencrypted build volume', 'encrypted   = true', 'encrypted   = false'],
    [
      'builder-only-access',
      'a builder open to the world',
      'temporary_security_group_source_public_ip = true',
      'temporary_security_group_source_cidrs = ["0.0.0.0/0"]',
    ],
    [
      'builder-only-access',
      'the default security group rule',
      'temporary_security_group_source_public_ip = true',
      '',
    ],
    [
      'source-ami',
      'another parameter',
      'variable "parent_ami_parameter" { default = "/images/base/latest" }',
      'variable "parent_ami_parameter" { default = "/images/web_node/latest" }',
    ],
    [
      'source-ami',
      'a fixed AMI above the base layer',
      'data.amazon-parameterstore.base.value',
      '"ami-0123456789abcdef0"',
    ],
    [
      'source-ami',
      'a base image not from the vendor',
      'layer = "infrastructure"',
      'layer = "base"',
    ],
    [
      'cleanup-last',
      'cleanup before the last script',
      `["\${path.root}/../provisioner/demo.sh", "\${path.root}/../provisioner/cleanup.sh"]`,
      `["\${path.root}/../provisioner/cleanup.sh", "\${path.root}/../provisioner/demo.sh"]`,
    ],
    [
      'cleanup-last',
      'the builder key left in place',
      'ssh_clear_authorized_keys                 = true',
      'ssh_clear_authorized_keys = false',
    ],
    [
      'no-credentials',
      'a key in the template',
      'region                                    = var.aws_region',
      'region = var.aws_region\n  secret_key = "not-a-real-key"',
    ],
  ])('reject %s: %s', async (rule, _breach, from, to) => {
    const broken = COMPLIANT.replace(from, to);
    expect(broken).not.toBe(COMPLIANT);

    const violations = await violationsOf(broken);

    expect(violations.map((v) => v.rule)).toContain(rule);
    expect(violations.every((v) => v.rule === rule)).toBe(true);
    expect(formatViolations(violations)).toMatch(new RegExp(`^demo: \\[${rule}\\] `, 'm'));
  });

  it('check the top-level source completed by the build-level one', async () => {
    const completed = COMPLIANT.replace('ssh_clear_authorized_keys                 = true', '')
      .replace('source "amazon-ebs" "demo"', 'source "amazon-ebs" "image"')
      .replace(
        'sources = ["source.amazon-ebs.demo"]',
        'source "amazon-ebs.image" {\n    name = "demo"\n    ssh_clear_authorized_keys = true\n  }',
      );
    const forgotten = completed.replace('ssh_clear_authorized_keys = true', '');

    expect(formatViolations(await violationsOf(completed))).toBe('');
    expect(formatViolations(await violationsOf(forgotten))).toBe(
      'demo: [cleanup-last] source demo: ssh_clear_authorized_keys must be true',
    );
  });

  it('name the template and the file that does not parse', async () => {
    await expect(violationsOf(COMPLIANT.replace(/}\s*$/, ''))).rejects.toThrow(
      'demo: [parses] demo.pkr.hcl is not valid HCL',
    );
  });

  it('want one conventions file, the same in every template', () => {
    const shared = '# conventions\n';
    const violations = checkSharedConventions([
      { template: 'one', content: shared },
      { template: 'edited', content: `${shared}# drift\n` },
      { template: 'two', content: shared },
      { template: 'without', content: undefined },
    ]);

    expect(formatViolations(violations)).toBe(
      [
        `edited: [shared-conventions] ${SHARED_FILE} differs from the copy in one, two: change every copy together`,
        `without: [shared-conventions] has no ${SHARED_FILE}`,
      ].join('\n'),
    );
  });
});

describe('the image templates in packer/', async () => {
  const templates = await listTemplates();

  it('are the four images of the hierarchy, at least', () => {
    expect(templates).toEqual(
      expect.arrayContaining(['app_node', 'base', 'web_node', 'windows_base']),
    );
  });

  it.each(templates)('%s follows the image conventions', async (name) => {
    const template = await loadTemplate(join(PACKER_DIR, name));

    expect(formatViolations(checkConventions(template))).toBe('');
  });

  it(`share one ${SHARED_FILE}`, async () => {
    const read = (name: string) =>
      readFile(join(PACKER_DIR, name, SHARED_FILE), 'utf8').catch(() => undefined);
    const copies = await Promise.all(
      templates.map(async (template) => ({ template, content: await read(template) })),
    );

    expect(formatViolations(checkSharedConventions(copies))).toBe('');
  });
});
