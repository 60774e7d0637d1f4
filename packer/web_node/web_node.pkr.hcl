# Infrastructure image for web servers: nginx, with the configuration shipped in files/nginx, on
# top of the base image (a release passes its own: /images/base/latest:v1.2.3).

locals {
  image = {
    role       = "web_node"
    layer      = "infrastructure"
    os         = "ubuntu"
    os_version = "24.04"
  }
  parent = {
    parameter = var.parent_ami_parameter
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
  default     = "/images/base/latest"
  description = "SSM parameter holding the base AMI id; a label pins a release: /images/base/latest:v1.2.3."
}

# Read when building; `packer validate` leaves it unknown unless given -evaluate-datasources.
# GetParameter takes the name as given, so name:label reads the labelled version.
data "amazon-parameterstore" "parent_ami" {
  name   = var.parent_ami_parameter
  region = var.aws_region
}

build {
  source "amazon-ebs.image" {
    name       = "web_node"
    source_ami = data.amazon-parameterstore.parent_ami.value

    communicator              = "ssh"
    ssh_username              = "ubuntu"
    ssh_clear_authorized_keys = true
  }

  provisioner "file" {
    source      = "${path.root}/../files/nginx"
    destination = "/tmp"
  }

  provisioner "shell" {
    execute_command = "chmod +x {{ .Path }}; {{ .Vars }} sudo -E {{ .Path }}"
    scripts = [
      "${path.root}/../provisioner/web_node.sh",
      "${path.root}/../provisioner/cleanup.sh",
    ]
  }
}
