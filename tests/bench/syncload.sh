#!/bin/sh
# Load driver for the sync server (issue 4), run on demand: starts `omnicrm-server serve` in its
# own process on a temporary data folder, creates the tenants t01…tNN (one user u@tNN.sa each),
# then runs omnicrm-syncloadbench (1,500 WebSocket clients across 50 tenants, 20 writes/s total,
# by default) against it and stops the server.
# Usage: tests/bench/syncload.sh BUILD_DIR [driver options: --clients N --tenants N --rate R --seconds S]
# PostgreSQL backend: tests/sync/server/run-with-postgres.sh tests/bench/syncload.sh BUILD_DIR …
# (OMNICRM_TEST_PG_URL set → the server uses it).
set -eu
BUILD=${1:?usage: syncload.sh BUILD_DIR [driver options]}
shift
SERVER="$BUILD/app/server/omnicrm-server"
DRIVER="$BUILD/tests/bench/omnicrm-syncloadbench"
TENANTS=50
prev=""
for arg in "$@"; do
    [ "$prev" = "--tenants" ] && TENANTS=$arg
    prev=$arg
done
ulimit -n 16384 # a socket per client on both ends
D=$(mktemp -d)
PID=""
cleanup() {
    [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
    rm -rf "$D"
}
trap cleanup EXIT INT TERM
# Sign-in cost is not what this measures: fast password hashing for the users made here.
export OMNICRM_KDF=fast-for-tests
DB=""
[ -n "${OMNICRM_TEST_PG_URL:-}" ] && DB="--database $OMNICRM_TEST_PG_URL"
i=1
while [ "$i" -le "$TENANTS" ]; do
    t=$(printf 't%02d' "$i")
    "$SERVER" tenant create "$t" --data "$D/data" $DB >/dev/null
    printf 'load-password' | "$SERVER" user add --tenant "$t" --email "u@$t.sa" --data "$D/data" $DB >/dev/null
    i=$((i + 1))
done
"$SERVER" serve --port 0 --data "$D/data" $DB >"$D/serve.log" 2>&1 &
PID=$!
n=0
until grep -q 'listening on' "$D/serve.log"; do
    n=$((n + 1))
    [ "$n" -gt 200 ] && { cat "$D/serve.log"; exit 1; }
    sleep 0.05
done
URL=$(sed -n 's/.*listening on \(ws:[^ ]*\).*/\1/p' "$D/serve.log")
BACKEND=SQLite
[ -n "${OMNICRM_TEST_PG_URL:-}" ] && BACKEND=PostgreSQL
echo "server pid $PID at $URL ($BACKEND)"
"$DRIVER" --url "$URL" --server-pid "$PID" --tenants "$TENANTS" "$@"
