<powershell>
# User data of the windows_base builder, run once by EC2Launch v2 at first boot: WinRM on HTTPS
# only, so Packer's WinRM communicator can connect without credentials ever crossing in clear.
# Everything created here is named packer-build-winrm; provisioner/windows/cleanup.ps1 arranges
# for it to be removed from instances launched from the image.
$ErrorActionPreference = 'Stop'

Enable-PSRemoting -SkipNetworkProfileCheck -Force

# No plain-HTTP listener, no unencrypted traffic, no Basic authentication (Packer uses NTLM).
Get-ChildItem -Path WSMan:\localhost\Listener |
  Where-Object { $_.Keys -contains 'Transport=HTTP' } |
  Remove-Item -Recurse -Force
Set-Item -Path WSMan:\localhost\Service\AllowUnencrypted -Value $false
Set-Item -Path WSMan:\localhost\Service\Auth\Basic -Value $false
Set-Item -Path WSMan:\localhost\MaxTimeoutms -Value 1800000

# A self-signed certificate that outlives the build by a day at most.
$certificate = New-SelfSignedCertificate `
  -DnsName $env:COMPUTERNAME `
  -CertStoreLocation Cert:\LocalMachine\My `
  -FriendlyName 'packer-build-winrm' `
  -NotAfter (Get-Date).AddDays(1)
New-Item -Path WSMan:\localhost\Listener -Transport HTTPS -Address * `
  -CertificateThumbPrint $certificate.Thumbprint -Force | Out-Null

Disable-NetFirewallRule -Name 'WINRM-HTTP-In-TCP', 'WINRM-HTTP-In-TCP-PUBLIC' -ErrorAction SilentlyContinue
New-NetFirewallRule -Name 'packer-build-winrm' -DisplayName 'WinRM over HTTPS (image build)' `
  -Direction Inbound -Protocol TCP -LocalPort 5986 -Action Allow -Profile Any | Out-Null

Restart-Service -Name WinRM
</powershell>
<persist>false</persist>
