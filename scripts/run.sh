#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and starts the OmniCRM desktop app on a local
# encrypted store. The first start shows the welcome wizard (language, key in the OS keychain or
# a passphrase, business name, demo data). The store lives in $OMNICRM_STORE (default:
# ./demo-store). Without a display (no $DISPLAY or $WAYLAND_DISPLAY) it shows the same store
# through omnicrm-cli instead: creates it with demo data and lists it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh release omnicrm omnicrm-cli
app=build/release/app/desktop/omnicrm
cli=build/release/app/cli/omnicrm-cli
export OMNICRM_STORE=${OMNICRM_STORE:-$PWD/demo-store}

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" --store "$OMNICRM_STORE"
fi

echo "run: no display here; showing the store with omnicrm-cli" >&2
if [ -z "${OMNICRM_PASSPHRASE:-}" ] && [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  if [ -t 0 ]; then
    read -r -s -p "Passphrase for the store in $OMNICRM_STORE: " OMNICRM_PASSPHRASE; echo
    export OMNICRM_PASSPHRASE
  else
    echo "run: no keychain here; set OMNICRM_PASSPHRASE to create or open the store" >&2
    exit 3
  fi
fi
if [ ! -f "$OMNICRM_STORE/store.json" ]; then
  "$cli" init
  "$cli" seed-demo --contacts 500 --companies 60 --deals 120
fi
"$cli" stats
"$cli" list contacts --limit 20
"$cli" list deals --limit 10
