# windows_base image: basic hardening and the SSM agent. Runs over WinRM as Administrator.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

# Amazon's Windows images ship the SSM agent; make sure it starts at boot.
Set-Service -Name AmazonSSMAgent -StartupType Automatic

# No SMBv1, no guest, firewall on for every profile.
Set-SmbServerConfiguration -EnableSMB1Protocol $false -Force
Disable-LocalUser -Name Guest
Set-NetFirewallProfile -Profile Domain, Private, Public -Enabled True

# No SSL 3.0, TLS 1.0 or TLS 1.1, as server or client.
$protocols = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols'
foreach ($protocol in 'SSL 3.0', 'TLS 1.0', 'TLS 1.1') {
  foreach ($side in 'Server', 'Client') {
    $key = Join-Path -Path (Join-Path -Path $protocols -ChildPath $protocol) -ChildPath $side
    New-Item -Path $key -Force | Out-Null
    New-ItemProperty -Path $key -Name Enabled -Value 0 -PropertyType DWord -Force | Out-Null
    New-ItemProperty -Path $key -Name DisabledByDefault -Value 1 -PropertyType DWord -Force | Out-Null
  }
}

# .NET uses the operating system's TLS versions instead of its own defaults.
foreach ($framework in 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319', 'HKLM:\SOFTWARE\WOW6432Node\Microsoft\.NETFramework\v4.0.30319') {
  New-ItemProperty -Path $framework -Name SchUseStrongCrypto -Value 1 -PropertyType DWord -Force | Out-Null
  New-ItemProperty -Path $framework -Name SystemDefaultTlsVersions -Value 1 -PropertyType DWord -Force | Out-Null
}
