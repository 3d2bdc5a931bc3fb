#!/usr/bin/env bash
# Starts a throw-away PostgreSQL on 127.0.0.1 for tests and benchmarks, and
# prints its URL. Usage: scripts/start-postgres.sh <data dir> [port]
# Needs the Debian `postgresql` package. Run as root (it switches to the
# postgres user) or as a user who can run initdb.
set -euo pipefail
DIR="${1:?usage: start-postgres.sh <data dir> [port]}"
PORT="${2:-55432}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [[ -z "$BIN" ]]; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
  exit 1
fi

as_pg() {
  if [[ "$(id -u)" == "0" ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

mkdir -p "$DIR"
if [[ "$(id -u)" == "0" ]]; then chown postgres:postgres "$DIR"; fi
if [[ ! -f "$DIR/PG_VERSION" ]]; then
  as_pg "'$BIN/initdb' -D '$DIR' -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8" >/dev/null
fi
# fsync off: this server holds test data only, and it makes the suite faster.
as_pg "'$BIN/pg_ctl' -D '$DIR' -w -l '$DIR/server.log' -o \"-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null
as_pg "'$BIN/createdb' -h 127.0.0.1 -p $PORT -U postgres callscope" 2>/dev/null || true
echo "postgres://postgres@127.0.0.1:${PORT}/callscope"
