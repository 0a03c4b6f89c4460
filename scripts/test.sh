#!/usr/bin/env bash
# Installs what is missing, builds the dev preset and runs every test with CTest. A private
# D-Bus session with an unlocked gnome-keyring lets the keychain tests use a real secret service.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh dev
export HOME_FOR_KEYRING=$(mktemp -d)
trap 'rm -rf "$HOME_FOR_KEYRING"' EXIT
cd build/dev
# The keyring writes under $HOME: a throwaway one keeps a developer's real keyring untouched.
HOME="$HOME_FOR_KEYRING" dbus-run-session -- sh -c \
  'printf omnicrm | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; \
   ctest --output-on-failure -j2 --timeout 600'
