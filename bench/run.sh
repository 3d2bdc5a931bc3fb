#!/usr/bin/env bash
# bench/run.sh – API throughput: authenticated project list vs. health, on PGlite and/or PostgreSQL
#
#   bash bench/run.sh [pglite|postgres|all]      (default: all)
#
# Builds the app if .next is missing or older than the sources, then for each
# database: a fresh data dir (and a throw-away PostgreSQL cluster), the demo
# organization from the admin CLI, `next start` on loopback with the rate
# limit raised out of the way, and bench/api-throughput.mjs. Everything lives
# in bench/.work/ and is stopped and removed on exit.
#
# Knobs (environment): BENCH_PORT (3350), BENCH_PG_PORT (3351), BENCH_DURATION (15),
# BENCH_WARMUP (3), BENCH_CONNECTIONS (10), BENCH_PROJECTS (300),
# PG_BIN (/usr/lib/postgresql/15/bin), BENCH_KEEP_WORK=1 keeps bench/.work.
set -euo pipefail

MODE="${1:-all}"
case "$MODE" in pglite | postgres | all) ;; *)
  echo "usage: bash bench/run.sh [pglite|postgres|all]" >&2
  exit 2
  ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/.work"
PORT="${BENCH_PORT:-3350}"
PG_PORT="${BENCH_PG_PORT:-3351}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
DURATION="${BENCH_DURATION:-15}"
WARMUP="${BENCH_WARMUP:-3}"
CONNECTIONS="${BENCH_CONNECTIONS:-10}"
PROJECTS="${BENCH_PROJECTS:-300}"
# The default 200 requests/minute would turn the run into a 429 benchmark.
RATE_LIMIT="100000000"
AUTH_SECRET="bench-only-$(date +%s)-$RANDOM$RANDOM-0123456789abcdefghijkl"

SERVER_PID=""
PG_DIR=""

log() { echo "[bench] $*" >&2; }

as_postgres() {
  # initdb and pg_ctl refuse to run as root; as another user they run directly.
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}

stop_postgres() {
  if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/postmaster.pid" ]; then
    as_postgres "'$PG_BIN/pg_ctl' -D '$PG_DIR' -m fast -w stop" >/dev/null 2>&1 || true
  fi
  PG_DIR=""
}

cleanup() {
  local status=$?
  stop_server
  stop_postgres
  if [ "${BENCH_KEEP_WORK:-0}" != "1" ]; then rm -rf "$WORK"/pglite-data "$WORK"/postgres-data "$WORK"/pg; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_build() {
  cd "$ROOT"
  local stamp=".next/BUILD_ID"
  if [ -f "$stamp" ]; then
    local newer
    newer="$(find app components db lib inngest instrumentation.ts next.config.ts package.json package-lock.json postcss.config.mjs tsconfig.json \
      -newer "$stamp" -type f ! -name '*.test.ts' ! -name '*.test.tsx' -print -quit 2>/dev/null || true)"
    if [ -z "$newer" ]; then
      log "reusing the .next build ($(cat "$stamp"))"
      return
    fi
    log "$newer is newer than the build; rebuilding"
  fi
  log "building (npx next build)"
  npx next build >"$WORK/build.log" 2>&1 || {
    tail -30 "$WORK/build.log" >&2
    exit 1
  }
}

start_postgres() {
  PG_DIR="$WORK/pg"
  rm -rf "$PG_DIR"
  mkdir -p "$PG_DIR"
  chmod 700 "$PG_DIR"
  if [ "$(id -u)" = "0" ]; then chown postgres: "$PG_DIR"; fi
  log "starting a throw-away PostgreSQL on 127.0.0.1:$PG_PORT"
  as_postgres "'$PG_BIN/initdb' -D '$PG_DIR' -A trust -U postgres" >"$WORK/initdb.log" 2>&1
  as_postgres "'$PG_BIN/pg_ctl' -D '$PG_DIR' -o \"-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1\" -l '$PG_DIR/log' -w start" >/dev/null
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres callscope_bench
}

wait_for_health() {
  for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$PORT/api/v1/health" >/dev/null 2>&1; then return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.2
  done
  log "the server did not come up; last lines of its log:"
  tail -30 "$WORK/server-$1.log" >&2
  exit 1
}

run_one() {
  local db="$1"
  local data="$WORK/$db-data"
  rm -rf "$data"
  mkdir -p "$data"
  local -a env_vars=("DATA_DIR=$data" "NODE_ENV=production" "APP_URL=http://127.0.0.1:$PORT" "AUTH_SECRET=$AUTH_SECRET")
  if [ "$db" = "pglite" ] && grep -qs '^DATABASE_URL=' "$ROOT"/.env "$ROOT"/.env.local "$ROOT"/.env.production "$ROOT"/.env.production.local; then
    # Next.js and the admin CLI would pick it up and quietly benchmark PostgreSQL instead.
    log "DATABASE_URL is set in an .env file under $ROOT; remove it for the pglite run"
    exit 1
  fi
  if [ "$db" = "postgres" ]; then
    start_postgres
    env_vars+=("DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/callscope_bench")
  fi

  # PGlite allows one process per data dir: seed before the server starts.
  log "[$db] seeding the demo organization"
  local demo key
  demo="$(cd "$ROOT" && env "${env_vars[@]}" npx tsx scripts/admin.ts demo --json)"
  key="$(node -e 'process.stdout.write(JSON.parse(process.argv[1]).apiKey)' "$demo")"

  log "[$db] starting next start on 127.0.0.1:$PORT (RATE_LIMIT_PER_MINUTE=$RATE_LIMIT)"
  (
    cd "$ROOT"
    exec env "${env_vars[@]}" RATE_LIMIT_PER_MINUTE="$RATE_LIMIT" \
      node node_modules/next/dist/bin/next start -H 127.0.0.1 -p "$PORT"
  ) >"$WORK/server-$db.log" 2>&1 &
  SERVER_PID=$!
  wait_for_health "$db"

  local -a pg_args=()
  if [ "$db" = "postgres" ]; then pg_args=(--pg-pid-file "$PG_DIR/postmaster.pid"); fi
  node "$ROOT/bench/api-throughput.mjs" measure --db "$db" --url "http://127.0.0.1:$PORT" --api-key "$key" \
    --out "$WORK/part-$db.json" --projects "$PROJECTS" --connections "$CONNECTIONS" --duration "$DURATION" \
    --warmup "$WARMUP" --server-pid "$SERVER_PID" "${pg_args[@]}"

  stop_server
  if [ "$db" = "postgres" ]; then stop_postgres; fi
}

mkdir -p "$WORK"
rm -f "$WORK"/part-*.json
read -r load _ </proc/loadavg 2>/dev/null || load=0
if awk -v l="$load" 'BEGIN { exit !(l > 1.0) }'; then
  log "warning: load average is $load; other work on this machine will skew the numbers"
fi
ensure_build

parts=()
for db in pglite postgres; do
  if [ "$MODE" = "all" ] || [ "$MODE" = "$db" ]; then
    run_one "$db"
    parts+=("$WORK/part-$db.json")
  fi
done

cd "$ROOT"
node bench/api-throughput.mjs report "${parts[@]}"
