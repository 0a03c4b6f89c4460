#!/usr/bin/env bash
# Configures and builds one CMake preset (dev by default) with ccache. Usage: build.sh [preset] [targets…]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
shift || true
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/omnicrm-ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-2G}
if [ ! -f "build/$preset/build.ninja" ]; then
  cmake --preset "$preset" >/dev/null
fi
if [ "$#" -gt 0 ]; then
  cmake --build --preset "$preset" --target "$@"
else
  cmake --build --preset "$preset"
fi
