# Infrastructure image for Go services: service user, directories and systemd unit, on top of the
# base image. Given app_binary, the application image instead: the service baked in, on top of the
# app_node image (base → infrastructure → application), named, tagged and published after
# app_name instead of app_node.

locals {
  baked = var.app_binary != ""
  image = {
    role       = local.baked ? var.app_name : "app_node"
    layer      = local.baked ? "application" : "infrastructure"
    os         = "ubuntu"
    os_version = "24.04"
  }
  # The same expression as the data source's name (test/images checks that they agree).
  parent = {
    parameter = var.parent_ami_parameter != "" ? var.parent_ami_parameter : var.app_binary != "" ? "/images/app_node/latest" : "/images/base/latest"
    version   = data.amazon-parameterstore.parent_ami.version
  }
}

variable "instance_type" {
  type        = string
  default     = "t3.micro"
  description = "Instance type of the builder."
}

variable "root_volume_size" {
  type        = number
  default     = 10
  description = "Size of the root volume, in GiB."
}

variable "parent_ami_parameter" {
  type        = string
  default     = ""
  description = "SSM parameter holding the AMI to start from; a label pins a release: /images/base/latest:v1.2.3. Empty: /images/base/latest, or /images/app_node/latest for an application image."
}

variable "app_binary" {
  type        = string
  default     = ""
  description = "Path of a linux/amd64 service binary to bake in as /opt/app/bin/app. Empty: the infrastructure image."
}

variable "app_name" {
  type        = string
  default     = "app"
  description = "Role of the application image (AMI name, tags, /images/<app_name>/latest) when app_binary is set."

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,30}$", var.app_name))
    error_message = "The app_name must start with a lower-case letter and hold at most 31 lower-case letters, digits or '_'."
  }
}

# Read when building; `packer validate` leaves it unknown unless given -evaluate-datasources.
# GetParameter takes the name as given, so name:label reads the labelled version. Variables only
# here: data sources are evaluated before locals on older Packer versions.
data "amazon-parameterstore" "parent_ami" {
  name   = var.parent_ami_parameter != "" ? var.parent_ami_parameter : var.app_binary != "" ? "/images/app_node/latest" : "/images/base/latest"
  region = var.aws_region
}

build {
  source "amazon-ebs.image" {
    name       = "app_node"
    source_ami = data.amazon-parameterstore.parent_ami.value

    communicator              = "ssh"
    ssh_username              = "ubuntu"
    ssh_clear_authorized_keys = true
  }

  provisioner "file" {
    source      = "${path.root}/../files/app_node"
    destination = "/tmp"
  }

  # Application image only: app_node.sh installs what it finds at /tmp/app-binary.
  dynamic "provisioner" {
    for_each = local.baked ? [var.app_binary] : []
    labels   = ["file"]
    content {
      source      = provisioner.value
      destination = "/tmp/app-binary"
    }
  }

  provisioner "shell" {
    execute_command = "chmod +x {{ .Path }}; {{ .Vars }} sudo -E {{ .Path }}"
    scripts = [
      "${path.root}/../provisioner/app_node.sh",
      "${path.root}/../provisioner/cleanup.sh",
    ]
  }
}
