#!/usr/bin/env bash
# Last provisioner of every Linux image: nothing of the build may stay on the image, and every
# instance launched from it must start as a new machine. Runs as root (sudo -E).
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

apt-get -y autoremove --purge
apt-get -y clean
rm -rf /var/lib/apt/lists/*

# Packer's temporary key, and any other: instances get theirs from cloud-init at launch.
find /root /home -path '*/.ssh/authorized_keys' -type f -delete
# Host keys are generated again on first boot, so no two instances share them.
rm -f /etc/ssh/ssh_host_*_key /etc/ssh/ssh_host_*_key.pub

# cloud-init runs again as on a new instance (keys, user-data, hostname), with a new machine id.
cloud-init clean --logs --seed --machine-id

# Shell history, uploads and logs of the build.
rm -f /root/.bash_history /home/*/.bash_history
rm -rf /tmp/* /var/tmp/*
journalctl --rotate >/dev/null
journalctl --vacuum-time=1s >/dev/null
find /var/log -type f \( -name '*.gz' -o -name '*.[0-9]' \) -delete
find /var/log -type f -exec truncate --size=0 {} +

sync
