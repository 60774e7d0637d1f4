#!/usr/bin/env bash
# web_node image: nginx with the configuration shipped in packer/files/nginx. Runs as root (sudo -E).
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
readonly files=/tmp/nginx

apt-get update
apt-get -y install --no-install-recommends nginx

install -m 0644 -o root -g root "$files/nginx.conf" /etc/nginx/nginx.conf
install -d -m 0755 /etc/nginx/conf.d
install -m 0644 -o root -g root "$files"/conf.d/*.conf /etc/nginx/conf.d/
# The shipped nginx.conf does not read sites-enabled; drop Debian's default site all the same.
rm -f /etc/nginx/sites-enabled/default

nginx -t
systemctl enable nginx.service
