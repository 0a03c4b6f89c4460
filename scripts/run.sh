#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and runs OmniCRM on a local encrypted store.
# Until the desktop app exists this is omnicrm-cli: create the store (key in the OS keychain, or
# wrapped by a passphrase where no keychain answers), seed demo data and list it.
# The store lives in $OMNICRM_STORE (default: ./demo-store). The passphrase comes from
# $OMNICRM_PASSPHRASE, or is asked for on the terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh release omnicrm-cli
cli=build/release/app/cli/omnicrm-cli
export OMNICRM_STORE=${OMNICRM_STORE:-$PWD/demo-store}

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
