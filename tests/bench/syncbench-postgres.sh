#!/bin/sh
# omnicrm-syncstorebench on the PostgreSQL backend: a throwaway PostgreSQL 15 in a temporary folder
# (tests/sync/server/run-with-postgres.sh), then the bench with --database pointing at it.
# Usage: tests/bench/syncbench-postgres.sh BUILD_DIR [bench options]
set -eu
BUILD=${1:?usage: syncbench-postgres.sh BUILD_DIR [bench options]}
shift
HERE=$(dirname "$0")
exec "$HERE/../sync/server/run-with-postgres.sh" sh -c \
    'exec "$0" --database "$OMNICRM_TEST_PG_URL" "$@"' "$BUILD/tests/bench/omnicrm-syncstorebench" "$@"
