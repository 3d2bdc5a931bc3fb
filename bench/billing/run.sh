#!/usr/bin/env bash
# bench/billing/run.sh – what billing adds to the hot paths: the budget check, metering, the request counter
#
#   bash bench/billing/run.sh              PGlite and a throw-away PostgreSQL (~6 min on 2 cores)
#   bash bench/billing/run.sh pglite       in-memory PGlite only
#   bash bench/billing/run.sh postgres     PostgreSQL only (scripts/start-postgres.sh)
#
# Results: bench/billing/results/<date>-<database>.json. Knobs: BENCH_RUNS (300),
# BENCH_PG_PORT (55493), BENCH_KEEP_WORK=1 keeps bench/.work/billing.
set -euo pipefail

MODE="${1:-all}"
case "$MODE" in all | pglite | postgres) ;; *)
  echo "usage: bash bench/billing/run.sh [all|pglite|postgres]" >&2
  exit 2
  ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
TSX="$ROOT/node_modules/.bin/tsx"
[[ -x "$TSX" ]] || { echo "[bench:billing] $TSX is missing: npm ci first" >&2; exit 1; }
export AUTH_SECRET="${AUTH_SECRET:-bench-secret-0123456789abcdefghijklmnop}"
RUNS="${BENCH_RUNS:-300}"
PG_PORT="${BENCH_PG_PORT:-55493}"
WORK="$ROOT/bench/.work/billing"
DATE="$(date +%Y-%m-%d)"
mkdir -p "$WORK" bench/billing/results

cleanup() {
  local status=$?
  if [[ -f "$WORK/pg/postmaster.pid" ]]; then bash scripts/stop-postgres.sh "$WORK/pg" >/dev/null 2>&1 || true; fi
  if [[ "${BENCH_KEEP_WORK:-0}" != "1" ]]; then rm -rf "$WORK"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

read -r load _ </proc/loadavg 2>/dev/null || load=0
echo "[bench:billing] load average before: $load" >&2

if [[ "$MODE" == all || "$MODE" == pglite ]]; then
  "$TSX" bench/billing/measure.ts --pglite --runs "$RUNS" --json "bench/billing/results/$DATE-pglite.json" >/dev/null
fi
if [[ "$MODE" == all || "$MODE" == postgres ]]; then
  url="$(bash scripts/start-postgres.sh "$WORK/pg" "$PG_PORT")"
  "$TSX" bench/billing/measure.ts --url "$url" --runs "$RUNS" --json "bench/billing/results/$DATE-postgres.json" >/dev/null
fi
