# Base image for Windows servers: Amazon's current Windows Server 2022 AMI, hardened, reached over
# WinRM on HTTPS only (bootstrap/windows_winrm.ps1), generalised with EC2Launch v2 at the end.

locals {
  image = {
    role       = "windows_base"
    layer      = "base"
    os         = "windows"
    os_version = "2022"
  }
  # A base image starts from the vendor's AMI (source_ami_filter), not from a parameter of ours.
  parent = {
    parameter = "none"
    version   = "none"
  }
}

variable "instance_type" {
  type        = string
  default     = "t3.medium"
  description = "Instance type of the builder."
}

variable "root_volume_size" {
  type        = number
  default     = 40
  description = "Size of the root volume, in GiB."
}

build {
  source "amazon-ebs.image" {
    name = "windows_base"

    # Amazon's own account: the most recent monthly, patched Windows Server 2022 image.
    source_ami_filter {
      filters = {
        name                = "Windows_Server-2022-English-Full-Base-*"
        root-device-type    = "ebs"
        virtualization-type = "hvm"
      }
      owners      = ["amazon"]
      most_recent = true
    }

    # The Administrator password is decrypted with the temporary key pair; sysprep resets it.
    communicator   = "winrm"
    winrm_username = "Administrator"
    winrm_use_ssl  = true
    winrm_use_ntlm = true
    # The listener's certificate is self-signed by the bootstrap: TLS without a CA to check.
    winrm_insecure = true
    winrm_timeout  = "30m"
    user_data_file = "${path.root}/../bootstrap/windows_winrm.ps1"
  }

  provisioner "powershell" {
    script = "${path.root}/../provisioner/windows/base.ps1"
  }

  provisioner "windows-restart" {
    restart_timeout = "15m"
  }

  provisioner "powershell" {
    script = "${path.root}/../provisioner/windows/cleanup.ps1"
  }
}
