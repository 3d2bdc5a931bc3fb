#!/usr/bin/env bash
# Stops a server started by start-postgres.sh. Usage: scripts/stop-postgres.sh <data dir>
set -euo pipefail
DIR="${1:?usage: stop-postgres.sh <data dir>}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[[ -f "$DIR/postmaster.pid" ]] || exit 0
if [[ "$(id -u)" == "0" ]]; then
  su postgres -s /bin/bash -c "'$BIN/pg_ctl' -D '$DIR' -m fast -w stop" >/dev/null
else
  "$BIN/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null
fi
