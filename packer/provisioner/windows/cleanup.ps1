# Last provisioner of windows_base: nothing of the build may stay on the image. Runs over WinRM as
# Administrator, and ends the build's Windows session by generalising the machine with sysprep.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

# The bootstrap's WinRM listener carries this very session, so it cannot be removed now: a
# start-up task removes it, its certificate and its firewall rule on each new instance's first
# boot, then itself.
$taskName = 'remove-packer-build-winrm'
$removal = @'
$certificates = Get-ChildItem -Path Cert:\LocalMachine\My | Where-Object { $_.FriendlyName -eq 'packer-build-winrm' }
foreach ($certificate in $certificates) {
  Get-ChildItem -Path WSMan:\localhost\Listener |
    Where-Object { (Get-Item -Path "$($_.PSPath)\CertificateThumbprint").Value -eq $certificate.Thumbprint } |
    Remove-Item -Recurse -Force
  Remove-Item -Path $certificate.PSPath -Force
}
Remove-NetFirewallRule -Name 'packer-build-winrm' -ErrorAction SilentlyContinue
Unregister-ScheduledTask -TaskName 'remove-packer-build-winrm' -Confirm:$false
'@
$encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($removal))
$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -NonInteractive -EncodedCommand $encoded"
$trigger = New-ScheduledTaskTrigger -AtStartup
Register-ScheduledTask -TaskName $taskName -Action $action -Trigger $trigger -User 'SYSTEM' -RunLevel Highest -Force | Out-Null

# Temporary files and logs of the build.
Remove-Item -Path "$env:TEMP\*", 'C:\Windows\Temp\*' -Recurse -Force -ErrorAction SilentlyContinue
Get-EventLog -List | ForEach-Object { Clear-EventLog -LogName $_.Log }

# EC2Launch v2: run first-boot tasks again on every new instance (new password, user-data,
# hostname), then sysprep: removes the build's Administrator password and machine identity.
$ec2launch = 'C:\Program Files\Amazon\EC2Launch\ec2launch.exe'
& $ec2launch reset --block
if ($LASTEXITCODE -ne 0) { throw "ec2launch reset failed with exit code $LASTEXITCODE" }
& $ec2launch sysprep --shutdown --block
if ($LASTEXITCODE -ne 0) { throw "ec2launch sysprep failed with exit code $LASTEXITCODE" }
