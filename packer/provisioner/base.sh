#!/usr/bin/env bash
# Base image: current packages, the SSM agent, basic hardening. Runs as root (sudo -E).
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
readonly files=/tmp/base

# cloud-init may still be writing apt sources when SSH comes up; a degraded run (exit 2) is
# still a finished one.
cloud-init status --wait >/dev/null || [[ $? -eq 2 ]]

apt-get update
apt-get -y -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold dist-upgrade
apt-get -y install --no-install-recommends unattended-upgrades apparmor auditd ca-certificates

# Canonical's images ship the SSM agent as a snap; make sure it is there and starts at boot.
if ! snap list amazon-ssm-agent >/dev/null 2>&1; then
  snap install amazon-ssm-agent --classic
fi
systemctl enable snap.amazon-ssm-agent.amazon-ssm-agent.service

# SSH: keys only, no root, no forwarding; checked before it can lock anyone out.
install -m 0644 -o root -g root "$files/ssh/90-hardening.conf" /etc/ssh/sshd_config.d/90-hardening.conf
install -d -m 0755 /run/sshd
sshd -t

install -m 0644 -o root -g root "$files/sysctl/90-hardening.conf" /etc/sysctl.d/90-hardening.conf
sysctl --quiet --system

# Security updates keep coming after the image is built.
install -m 0644 -o root -g root "$files/apt/20auto-upgrades" /etc/apt/apt.conf.d/20auto-upgrades

systemctl enable auditd.service apparmor.service

# Nobody logs in with a password.
passwd --lock root >/dev/null
