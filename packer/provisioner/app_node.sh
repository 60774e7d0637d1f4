#!/usr/bin/env bash
# app_node image: what a Go service needs to run (user, directories, systemd unit from
# packer/files/app_node) and, for an application image, the service binary. Runs as root (sudo -E).
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
readonly files=/tmp/app_node
# Uploaded by the template only when app_binary is set.
readonly uploaded_binary=/tmp/app-binary

# A static Go binary needs only CA certificates and time zones from the system.
apt-get update
apt-get -y install --no-install-recommends ca-certificates tzdata

if ! id app >/dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir /var/lib/app --shell /usr/sbin/nologin app
fi

install -d -m 0755 -o root -g root /opt/app /opt/app/bin
install -d -m 0750 -o root -g app /etc/app
install -m 0644 -o root -g root "$files/app.service" /etc/systemd/system/app.service

if [[ -f $uploaded_binary ]]; then
  install -m 0755 -o root -g root "$uploaded_binary" /opt/app/bin/app
  rm -f "$uploaded_binary"
fi

systemctl daemon-reload
systemctl enable app.service
