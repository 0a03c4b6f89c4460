#!/bin/sh
# Runs a command with OMNICRM_TEST_PG_URL pointing at a throwaway PostgreSQL 15 server in a
# temporary folder (TOOLCHAIN.md), then stops the server and removes the folder.
# Usage: run-with-postgres.sh COMMAND [ARGS…]   (as root, or as a user who may run initdb)
# Exits 77 (skipped) when PostgreSQL 15 is not installed.
set -eu
BIN=/usr/lib/postgresql/15/bin
[ -x "$BIN/initdb" ] || { echo "PostgreSQL 15 not installed: skipped"; exit 77; }
D=$(mktemp -d)
PORT=${OMNICRM_TEST_PG_PORT:-55432}
if [ "$(id -u)" = 0 ]; then
    chown postgres "$D"
    AS="runuser -u postgres --"
else
    AS=""
fi
cleanup() {
    $AS "$BIN/pg_ctl" -D "$D/db" -w stop >/dev/null 2>&1 || true
    rm -rf "$D"
}
trap cleanup EXIT INT TERM
$AS "$BIN/initdb" -D "$D/db" -A trust -U omnicrm >/dev/null
$AS "$BIN/pg_ctl" -D "$D/db" -o "-p $PORT -k $D -c listen_addresses=127.0.0.1" -l "$D/log" -w start >/dev/null
OMNICRM_TEST_PG_URL="postgres://omnicrm@127.0.0.1:$PORT/postgres" "$@"
