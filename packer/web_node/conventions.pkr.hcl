# The conventions every image follows: plugin pin, release metadata, AMI name, tags, and a
# builder source with the security defaults. Packer has no include, and a symlink would break
# Windows checkouts, so this file is copied into each template directory: keep every copy
# identical (test/images checks it). See packer/README.md.
#
# Each template supplies, in its own file: local.image (role, layer, os, os_version), local.parent
# (the SSM parameter and version its source AMI was read from, "none" for a base image), the
# variables instance_type and root_volume_size, and a build-level `source "amazon-ebs.image"`
# block that names the build and sets the source AMI and the communicator.

packer {
  required_version = ">= 1.10.0"
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = "~> 1.8.0"
    }
  }
}

variable "aws_region" {
  type        = string
  default     = env("AWS_REGION")
  description = "Region the image is built in. Default: AWS_REGION, which the action sets from its aws-region input."
}

variable "build_run" {
  type        = string
  default     = env("PACKER_BUILD_RUN")
  description = "The action's run tag (it sets PACKER_BUILD_RUN for Packer). Its post step finds what a cancelled or killed build left in EC2 by the builder's PackerBuildRun tag."
}

variable "channel" {
  type        = string
  default     = "latest"
  description = "Where the AMI id is published: latest for a release, candidate for a pre-release."

  validation {
    condition     = contains(["latest", "candidate"], var.channel)
    error_message = "The channel must be latest or candidate."
  }
}

variable "build_version" {
  type        = string
  default     = "dev"
  description = "Release version: the git tag (v1.2.3) for a release, `dev` for a build by hand."

  validation {
    condition     = can(regex("^[A-Za-z0-9._-]{1,40}$", var.build_version))
    error_message = "The build_version must be 1 to 40 letters, digits, '.', '_' or '-': it is part of the AMI name."
  }
}

variable "git_commit" {
  type        = string
  default     = "unknown"
  description = "Commit the image was built from (github.sha)."

  validation {
    condition     = can(regex("^([0-9a-f]{7,40}|unknown)$", var.git_commit))
    error_message = "The git_commit must be a hexadecimal commit id of 7 to 40 characters, or `unknown`."
  }
}

variable "build_run_url" {
  type        = string
  default     = "manual"
  description = "URL of the workflow run that built the image, `manual` for a build by hand."
}

locals {
  # One timestamp per build, so the AMI name and its tags agree.
  build_timestamp = formatdate("YYYYMMDD'T'hhmmss'Z'", timestamp())

  # <role>-<layer>-<os>-<os_version>-<timestamp>-<version>: sorts by build time within a role.
  ami_name = join("-", [
    local.image.role,
    local.image.layer,
    local.image.os,
    local.image.os_version,
    local.build_timestamp,
    var.build_version,
  ])

  ami_description = "${local.image.role} (${local.image.layer} layer), ${local.image.os} ${local.image.os_version}, ${var.build_version} at ${var.git_commit}"

  # Where the release workflow publishes the AMI id (the action's ssm-parameter input).
  ssm_parameter = "/images/${local.image.role}/${var.channel}"

  # Tags of the AMI and of its snapshots. {{ .SourceAMI }} is filled in by the amazon plugin.
  image_tags = {
    Name          = local.ami_name
    Role          = local.image.role
    Layer         = local.image.layer
    OS            = local.image.os
    OSVersion     = local.image.os_version
    SourceAMI     = "{{ .SourceAMI }}"
    SourceAMIName = "{{ .SourceAMIName }}"
    # Lineage: the parameter (with the release's label) and version the source AMI was read from.
    SourceAMIParameter        = local.parent.parameter
    SourceAMIParameterVersion = local.parent.version
    BuildVersion              = var.build_version
    BuildTimestamp            = local.build_timestamp
    GitCommit                 = var.git_commit
    BuildRunURL               = var.build_run_url
    SSMParameter              = local.ssm_parameter
    ManagedBy                 = "packer"
  }

  # Tags of the short-lived builder instance and its volumes (and, with the amazon plugin, of the
  # temporary key pair and security group), so a leftover is easy to trace, and the action's post
  # step finds it by PackerBuildRun.
  builder_tags = {
    Name           = "packer-builder-${local.image.role}"
    Role           = local.image.role
    BuildVersion   = var.build_version
    BuildRunURL    = var.build_run_url
    PackerBuildRun = var.build_run
    ManagedBy      = "packer"
  }
}

# Completed by the template's build-level `source "amazon-ebs.image"` block, which may only add
# settings: Packer refuses one that redefines a setting made here.
source "amazon-ebs" "image" {
  region        = var.aws_region
  instance_type = var.instance_type

  # Only the machine running Packer may reach the builder.
  temporary_security_group_source_public_ip = true

  # IMDSv2 only, on the builder and on every instance launched from the AMI.
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
  imds_support = "v2.0"

  # Encrypted while building, and in the AMI's snapshot.
  encrypt_boot = true
  launch_block_device_mappings {
    device_name           = "/dev/sda1"
    volume_size           = var.root_volume_size
    volume_type           = "gp3"
    encrypted             = true
    delete_on_termination = true
  }

  ami_name        = local.ami_name
  ami_description = local.ami_description
  tags            = local.image_tags
  snapshot_tags   = local.image_tags
  run_tags        = local.builder_tags
  run_volume_tags = local.builder_tags
}
