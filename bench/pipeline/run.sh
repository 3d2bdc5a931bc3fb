#!/usr/bin/env bash
# bench/pipeline/run.sh – the audio pipeline against raw speech-to-text, and its throughput
#
#   npm run build && bash bench/pipeline/run.sh
#   APP_DIR=/tmp/bench-app bash bench/pipeline/run.sh     # a built copy of the app elsewhere
#
# Needs a production build in APP_DIR (default: this repository) and flite, sox,
# ffmpeg, pocketsphinx, curl. It synthesises a 60 s stereo call with known words
# (scripts/make-test-calls.sh, repeated and cut to BENCH_CALL_SECONDS), starts
# `next start` on a fresh embedded database, then:
#
#   Part A (latency): BENCH_ROUNDS rounds (default 3, after one warm-up round) of
#     raw pocketsphinx_continuous on the whole call downmixed to mono (one process),
#     raw pocketsphinx_continuous on the two channels in parallel (as the pipeline runs them),
#     POST /api/v1/records/upload until GET /api/v1/records/:id says completed (polled every 100 ms);
#   Part B (throughput): BENCH_COPIES (default 20) uploads of the call at once with curl,
#     polled until every record is completed or failed.
#
# Then it stops the server, reads the per-step timings from the job tables, prints
# markdown tables and writes them to bench/pipeline/results/latest.md (+ latest.json).
#
# Knobs: APP_DIR, BENCH_PORT (3370), BENCH_ROUNDS (3), BENCH_COPIES (20),
# BENCH_CALL_SECONDS (60), BENCH_KEEP_WORK=1 keeps the work dir. JOB_CONCURRENCY and
# JOB_CONCURRENCY_PER_ORG, when set, are passed to the server (the report names the
# values in effect). Work dir: $APP_DIR/bench/.work/pipeline (gitignored), cleaned at
# start and removed on exit.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APP_DIR="${APP_DIR:-$HERE/../..}"
[[ -d "$APP_DIR" ]] || { echo "[bench:pipeline] APP_DIR=$APP_DIR is not a directory" >&2; exit 1; }
APP_DIR="$(cd "$APP_DIR" && pwd)"
PORT="${BENCH_PORT:-3370}"
ROUNDS="${BENCH_ROUNDS:-3}"
COPIES="${BENCH_COPIES:-20}"
CALL_SECONDS="${BENCH_CALL_SECONDS:-60}"
WORK="$APP_DIR/bench/.work/pipeline"
BASE_URL="http://127.0.0.1:$PORT"

say() { echo "[bench:pipeline] $*" >&2; }

for tool in flite sox soxi ffmpeg ffprobe pocketsphinx_continuous curl node; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    say "$tool is missing: apt-get install flite sox ffmpeg pocketsphinx pocketsphinx-en-us curl"
    exit 127
  fi
done
if [[ ! -f "$APP_DIR/.next/BUILD_ID" ]]; then
  say "no production build in $APP_DIR ($APP_DIR/.next/BUILD_ID is missing)."
  say "Run \`npm run build\` there first, or point APP_DIR at a built copy of the app."
  exit 1
fi
# Next.js loads .env files on start: a DATABASE_URL or Inngest key there would
# take the server off the embedded database and runner this benchmark measures.
for f in "$APP_DIR"/.env*; do
  [[ -f "$f" && "$f" != *.example ]] || continue
  if grep -Eq '^\s*(export\s+)?(DATABASE_URL|INNGEST_EVENT_KEY|INNGEST_DEV|STT_PROVIDER|S3_BUCKET)=' "$f"; then
    say "$f sets DATABASE_URL, INNGEST_*, STT_PROVIDER or S3_BUCKET; this benchmark needs the embedded defaults."
    exit 1
  fi
done

# The value a setting has in the server: the environment, else the first .env
# file Next.js loads in production that sets it, else lib/config.ts's default.
setting() { # setting NAME -> "value<TAB>where it comes from"
  local name=$1 f value
  if [[ -n "${!name:-}" ]]; then printf '%s\tenvironment\n' "${!name}"; return; fi
  for f in .env.production.local .env.local .env.production .env; do
    if [[ -f "$APP_DIR/$f" ]]; then
      value=$(sed -nE "s/^\s*(export\s+)?$name=[\"']?([0-9]+).*/\2/p" "$APP_DIR/$f" | tail -1)
      if [[ -n "$value" ]]; then printf '%s\t%s\n' "$value" "$f"; return; fi
    fi
  done
  value=$(sed -nE "s/^\s*$name: .*\.default\(([0-9]+)\).*/\1/p" "$APP_DIR/lib/config.ts" | head -1)
  printf '%s\tlib/config.ts default\n' "${value:-?}"
}
IFS=$'\t' read -r JOB_CONC JOB_CONC_FROM < <(setting JOB_CONCURRENCY)
IFS=$'\t' read -r JOB_CONC_ORG JOB_CONC_ORG_FROM < <(setting JOB_CONCURRENCY_PER_ORG)

SERVER=""
stop_server() {
  [[ -n "$SERVER" ]] || return 0
  kill "$SERVER" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  SERVER=""
}
cleanup() {
  stop_server
  if [[ "${BENCH_KEEP_WORK:-0}" != 1 ]]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$WORK" && mkdir -p "$WORK/calls"
LOAD=$(cut -d' ' -f1 /proc/loadavg)
if awk -v l="$LOAD" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  say "load average $LOAD on $(nproc) cores: other work is running, expect noisy wall times (compare the CPU table)"
fi

# 1. The call: the scripted call (about 35 s, agent left, customer right)
# repeated and cut to CALL_SECONDS, 16 kHz 16-bit stereo; the raw baselines'
# inputs are made from it with sox (plain 44-byte WAV headers, as the decoder wants).
say "synthesising a ${CALL_SECONDS} s call"
bash "$APP_DIR/scripts/make-test-calls.sh" "$WORK/calls" >/dev/null
ONE=$(soxi -D "$WORK/calls/call-stereo.wav")
REPEAT=$(awk -v a="$ONE" -v b="$CALL_SECONDS" 'BEGIN { n = int(b / a); if (n * a < b) n++; print n }')
PIECES=()
for _ in $(seq 1 "$REPEAT"); do PIECES+=("$WORK/calls/call-stereo.wav"); done
sox -D "${PIECES[@]}" -r 16000 -c 2 -b 16 "$WORK/call.wav" trim 0 "$CALL_SECONDS"
sox -D "$WORK/call.wav" "$WORK/mono.wav" remix 1v1,2v1   # the channels never overlap: no clipping
sox -D "$WORK/call.wav" -c 1 "$WORK/left.wav" remix 1
sox -D "$WORK/call.wav" -c 1 "$WORK/right.wav" remix 2

# 2. The decoder flags, straight from the app (pocketSphinxArgs), so the raw
# baseline runs exactly what the pipeline runs.
PS_ARGS=$(cd "$APP_DIR" && node_modules/.bin/tsx -e '
import { pocketSphinxArgs, POCKETSPHINX_MODEL_DIR } from "./lib/stt/pocketsphinx";
console.log(JSON.stringify(pocketSphinxArgs("@WAV@", POCKETSPHINX_MODEL_DIR)));')

# 3. A fresh embedded database with the demo organization, then the server.
export DATA_DIR="$WORK/data" AUTH_SECRET="bench-secret-0123456789abcdefghijklmnop" PORT
# Polling every 100 ms is 600 requests a minute: lift the 200/minute limit.
export RATE_LIMIT_PER_MINUTE=100000000 LOG_LEVEL="${LOG_LEVEL:-info}"
unset DATABASE_URL INNGEST_EVENT_KEY INNGEST_SIGNING_KEY INNGEST_DEV STT_PROVIDER S3_BUCKET
say "seeding the demo organization in $DATA_DIR"
SEED="$(cd "$APP_DIR" && node_modules/.bin/tsx scripts/admin.ts demo --json)"
KEY="$(node -e 'console.log(JSON.parse(process.argv[1]).apiKey)' "$SEED")"

say "starting next start on $BASE_URL (JOB_CONCURRENCY=$JOB_CONC, per org $JOB_CONC_ORG)"
(cd "$APP_DIR" && exec node_modules/.bin/next start -H 127.0.0.1 -p "$PORT") >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do
  curl -sf "$BASE_URL/api/v1/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { say "the server exited:"; tail -20 "$WORK/server.log" >&2; exit 1; }
  sleep 0.2
done
curl -sf "$BASE_URL/api/v1/health" >/dev/null || { say "no answer from $BASE_URL/api/v1/health"; exit 1; }
PROJECT="$(curl -sf -H "Authorization: Bearer $KEY" "$BASE_URL/api/v1/projects" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).data[0].id))')"

export BENCH_WORK="$WORK" BENCH_BASE_URL="$BASE_URL" BENCH_API_KEY="$KEY" BENCH_PROJECT_ID="$PROJECT"
export BENCH_SERVER_PID="$SERVER" BENCH_PS_ARGS="$PS_ARGS" BENCH_ROUNDS="$ROUNDS" BENCH_COPIES="$COPIES"
export BENCH_CALL="$WORK/call.wav" BENCH_MONO="$WORK/mono.wav" BENCH_LEFT="$WORK/left.wav" BENCH_RIGHT="$WORK/right.wav"
export BENCH_JOB_CONCURRENCY="$JOB_CONC" BENCH_JOB_CONCURRENCY_FROM="$JOB_CONC_FROM"
export BENCH_JOB_CONCURRENCY_PER_ORG="$JOB_CONC_ORG" BENCH_JOB_CONCURRENCY_PER_ORG_FROM="$JOB_CONC_ORG_FROM"
export BENCH_APP_DIR="$APP_DIR" BENCH_RESULTS_DIR="$HERE/results"

# 4. Part A, Part B; then, with the server stopped (PGlite allows one process),
# the step timings from job_runs/job_steps; then the report.
node "$HERE/measure.mjs" latency
node "$HERE/measure.mjs" throughput
stop_server
if grep -Eq '"level":"(warn|error)"' "$WORK/server.log"; then
  say "the server logged warnings or errors (last 5):"
  grep -E '"level":"(warn|error)"' "$WORK/server.log" | tail -5 >&2
fi
node "$HERE/measure.mjs" steps
node "$HERE/measure.mjs" report
