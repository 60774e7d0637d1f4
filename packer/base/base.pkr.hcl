# Base image: Canonical's Ubuntu LTS, updated, with the SSM agent and basic hardening.
# Every other Linux image starts from it, through the SSM parameter /images/base/latest.

locals {
  image = {
    role       = "base"
    layer      = "base"
    os         = "ubuntu"
    os_version = "24.04"
  }
  # A base image starts from the vendor's AMI (source_ami_filter), not from a parameter of ours.
  parent = {
    parameter = "none"
    version   = "none"
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

build {
  source "amazon-ebs.image" {
    name = "base"

    # Canonical's own account: the most recent Ubuntu 24.04 LTS published there.
    source_ami_filter {
      filters = {
        name                = "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"
        root-device-type    = "ebs"
        virtualization-type = "hvm"
      }
      owners      = ["099720109477"]
      most_recent = true
    }

    communicator              = "ssh"
    ssh_username              = "ubuntu"
    ssh_clear_authorized_keys = true
  }

  provisioner "file" {
    source      = "${path.root}/../files/base"
    destination = "/tmp"
  }

  provisioner "shell" {
    execute_command = "chmod +x {{ .Path }}; {{ .Vars }} sudo -E {{ .Path }}"
    scripts = [
      "${path.root}/../provisioner/base.sh",
      "${path.root}/../provisioner/cleanup.sh",
    ]
  }
}
