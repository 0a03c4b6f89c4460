#!/usr/bin/env bash
# Starts the desktop app under Xvfb on a demo store and saves a screenshot of every page, in
# Arabic and in English, for review: screenshots/<lang>-<nn>-<page>.png. Also the first-run
# wizard on an empty folder. Usage: scripts/screenshots.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$PWD/screenshots}
preset=${OMNICRM_PRESET:-dev}
bash scripts/build.sh "$preset" omnicrm omnicrm-cli
app=build/$preset/app/desktop/omnicrm
cli=build/$preset/app/cli/omnicrm-cli

work=$(mktemp -d)
trap 'kill "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
export OMNICRM_PASSPHRASE=screenshots-only-passphrase
export OMNICRM_KDF=fast-for-tests
export OMNICRM_STORE=$work/store
"$cli" init --no-keychain >/dev/null
"$cli" seed-demo --contacts 400 --companies 60 --deals 120 >/dev/null

display=:97
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

mkdir -p "$out"
for lang in ar en; do
  "$app" --store "$OMNICRM_STORE" --language "$lang" --screenshots "$out"
done
# First run: the welcome wizard on an empty folder.
"$app" --store "$work/empty" --language ar --screenshots "$out"
ls -1 "$out"
