#!/usr/bin/env bash
# bench/data100k/run.sh – the 100,000-record benchmarks: search (API vs the
# same SQL), alert evaluation per analysis, and a whole-organization export.
#
#   bash bench/data100k/run.sh [all|search|export|alerts]     (default: all)
#
# Makes (or reuses) a throw-away PostgreSQL in bench/.work/data100k/pg with
# the demo organization and BENCH_RECORDS synthetic records
# (scripts/generate-records.ts: ~15–20 min for 100,000 on 2 cores), then:
#   search: builds the app if there is no build, starts `next start` on
#           127.0.0.1:BENCH_PORT against that database, runs search.ts;
#   export: export.ts (the app's writeExport, CSV and JSON);
#   alerts: alerts.ts (rule evaluation per analysis).
# Results go to bench/data100k/results/<date>-<name>.md (and .json).
#
# Knobs: BENCH_RECORDS (100000), BENCH_PG_PORT (55492), BENCH_PORT (3360),
# BENCH_ROUNDS (10), BENCH_KEEP_WORK=1 keeps the database for the next run
# (the records are generated only when the database is new).
set -euo pipefail

MODE="${1:-all}"
case "$MODE" in all | search | export | alerts) ;; *)
  echo "usage: bash bench/data100k/run.sh [all|search|export|alerts]" >&2
  exit 2
  ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
WORK="$ROOT/bench/.work/data100k"
RESULTS="$ROOT/bench/data100k/results"
RECORDS="${BENCH_RECORDS:-100000}"
PG_PORT="${BENCH_PG_PORT:-55492}"
PORT="${BENCH_PORT:-3360}"
ROUNDS="${BENCH_ROUNDS:-10}"
DATE="$(date -u +%Y-%m-%d)"
TSX="node_modules/.bin/tsx"
export AUTH_SECRET="${AUTH_SECRET:-bench-only-0123456789abcdefghijklmnopqrstuvwxyz}"
export LOG_LEVEL=silent
export DATA_DIR="$WORK/data"
export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
unset LLM_BASE_URL INNGEST_EVENT_KEY INNGEST_SIGNING_KEY INNGEST_DEV
SERVER_PID=""
mkdir -p "$WORK" "$RESULTS"
say() { echo "[bench:data100k] $*" >&2; }

cleanup() {
  local status=$?
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; fi
  if [[ "${BENCH_KEEP_WORK:-0}" != "1" ]]; then
    bash scripts/stop-postgres.sh "$WORK/pg" >/dev/null 2>&1 || true
    rm -rf "$WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fresh=0
[[ -f "$WORK/pg/PG_VERSION" ]] || fresh=1
bash scripts/start-postgres.sh "$WORK/pg" "$PG_PORT" >/dev/null 2>&1 || true
if [[ "$fresh" == 1 || ! -f "$DATA_DIR/demo-credentials.json" ]]; then
  say "new database: the demo organization and $RECORDS records (slow: every record is analysed)"
  "$TSX" scripts/admin.ts demo >/dev/null
  "$TSX" scripts/generate-records.ts --url "$DATABASE_URL" --count "$RECORDS" | tee "$WORK/generated.json"
else
  say "reusing the database in $WORK/pg"
  "$TSX" scripts/admin.ts migrate >/dev/null
fi
KEY="$(node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).apiKey)' "$DATA_DIR/demo-credentials.json")"

if [[ "$MODE" == all || "$MODE" == search ]]; then
  if [[ ! -f .next/BUILD_ID ]]; then
    say "building the app"
    npx next build >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log" >&2; exit 1; }
  fi
  say "starting the server on 127.0.0.1:$PORT"
  NODE_ENV=production AUTH_TRUST_HOST=true APP_URL="http://127.0.0.1:$PORT" RATE_LIMIT_PER_MINUTE=100000000 \
    npx next start -H 127.0.0.1 -p "$PORT" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$PORT/api/v1/health" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$WORK/server.log" >&2; exit 1; }
    sleep 0.2
  done
  say "search: $ROUNDS rounds"
  "$TSX" bench/data100k/search.ts --url "$DATABASE_URL" --base-url "http://127.0.0.1:$PORT" --key "$KEY" --rounds "$ROUNDS" \
    --json "$RESULTS/$DATE-search.json" | tee "$RESULTS/$DATE-search.md"
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
fi

if [[ "$MODE" == all || "$MODE" == export ]]; then
  say "export: CSV and JSON of every record"
  node --expose-gc --import tsx bench/data100k/export.ts --url "$DATABASE_URL" --json "$RESULTS/$DATE-export.json" | tee "$RESULTS/$DATE-export.md"
fi

if [[ "$MODE" == all || "$MODE" == alerts ]] && [[ -f bench/data100k/alerts.ts ]]; then
  say "alerts: evaluation per analysis"
  "$TSX" bench/data100k/alerts.ts --url "$DATABASE_URL" --json "$RESULTS/$DATE-alerts.json" | tee "$RESULTS/$DATE-alerts.md"
fi
