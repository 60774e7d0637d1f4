# Infrastructure image for Go services: service user, directories and systemd unit, on top of the
# current base image. Given app_binary, it also bakes the service in: the application image, named
# and published after app_name instead of app_node.

locals {
  baked = var.app_binary != ""
  image = {
    role       = local.baked ? var.app_name : "app_node"
    layer      = local.baked ? "application" : "infrastructure"
    os         = "ubuntu"
    os_version = "24.04"
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

variable "base_ami_parameter" {
  type        = string
  default     = "/images/base/latest"
  description = "SSM parameter holding the base AMI id; a label pins a release: /images/base/latest:v1.2.3."
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
data "amazon-parameterstore" "base_ami" {
  name   = var.base_ami_parameter
  region = var.aws_region
}

build {
  source "amazon-ebs.image" {
    name       = "app_node"
    source_ami = data.amazon-parameterstore.base_ami.value

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
