#!/usr/bin/env bash
# Installs the Debian 12 packages OmniCRM builds and tests with, only those that are missing.
# Needs root (apt-get). Safe to run again: it does nothing when everything is there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev qt6-httpserver-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libsqlcipher-dev qtkeychain-qt6-dev libssl-dev libphonenumber-dev libicu-dev libargon2-dev libjemalloc-dev
  libpq-dev postgresql-15
  libqrencode-dev
  xvfb xauth x11-utils fonts-noto-core breeze-icon-theme imagemagick dbus gnome-keyring
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages are installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing packages: ${missing[*]}" >&2
  echo "setup: run this script as root (sudo) to install them" >&2
  exit 1
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
