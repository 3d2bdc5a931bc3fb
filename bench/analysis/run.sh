#!/usr/bin/env bash
# bench/analysis/run.sh – the QA analysis: agreement with labels, speed, re-analysis throughput
#
#   bash bench/analysis/run.sh                 all three (~45 min on 2 cores, most of it re-analysis)
#   bash bench/analysis/run.sh agreement       agreement with the labels: default and pre-tuning scorecard, labelled and both hold-out sets (seconds)
#   bash bench/analysis/run.sh speed           one analysis of a 10-minute call, and the word-alignment comparison (~1 min)
#   bash bench/analysis/run.sh reanalysis      10,000 re-analyses through the embedded runner, then the cost of
#                                              one runner claim against the queue length (throw-away PostgreSQL)
#
# Results: bench/analysis/results/<date>-<name>.md (what is printed) and .json.
# Knobs: BENCH_RECORDS (10000), BENCH_CONFIGS (2x2,4x4: runner concurrency x per-org
# concurrency; other values write <date>-reanalysis-<configs>.*), BENCH_PG_PORT (55491),
# BENCH_KEEP_WORK=1 keeps bench/.work/analysis.
# Re-analysis uses scripts/start-postgres.sh (Debian postgresql; root or a user who
# can run initdb); without PostgreSQL it falls back to in-memory PGlite.
set -euo pipefail

MODE="${1:-all}"
case "$MODE" in all | agreement | speed | reanalysis) ;; *)
  echo "usage: bash bench/analysis/run.sh [all|agreement|speed|reanalysis]" >&2
  exit 2
  ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
TSX="$ROOT/node_modules/.bin/tsx"
[[ -x "$TSX" ]] || { echo "[bench:analysis] $TSX is missing: npm ci first" >&2; exit 1; }

export AUTH_SECRET="${AUTH_SECRET:-bench-secret-0123456789abcdefghijklmnop}"
export LOG_LEVEL=silent
# The local analyzer and the embedded runner are what is measured.
unset LLM_BASE_URL INNGEST_EVENT_KEY INNGEST_DEV DATABASE_URL

DATE="$(date +%F)"
RESULTS="$ROOT/bench/analysis/results"
WORK="$ROOT/bench/.work/analysis"
mkdir -p "$RESULTS"
say() { echo "[bench:analysis] $*" >&2; }

if [[ "$MODE" == all || "$MODE" == agreement ]]; then
  for set in labelled holdout holdout2; do
    for card in default previous; do
      say "agreement with the labels: $set set, $card scorecard"
      "$TSX" bench/analysis/agreement.ts --set "$set" --scorecard "$card" --json "$RESULTS/$DATE-agreement-$set-$card.json" | tee "$RESULTS/$DATE-agreement-$set-$card.md"
    done
  done
fi

if [[ "$MODE" == all || "$MODE" == speed ]]; then
  say "speed of one analysis (fresh process)"
  "$TSX" bench/analysis/speed.ts --json "$RESULTS/$DATE-speed.json" | tee "$RESULTS/$DATE-speed.md"
fi

if [[ "$MODE" == all || "$MODE" == reanalysis ]]; then
  PORT="${BENCH_PG_PORT:-55491}"
  PGDIR="$WORK/pg"
  CONFIGS="${BENCH_CONFIGS:-2x2,4x4}"
  NAME="reanalysis"
  if [[ "$CONFIGS" != "2x2,4x4" ]]; then NAME="reanalysis-${CONFIGS//,/_}"; fi
  ARGS=(--records "${BENCH_RECORDS:-10000}" --configs "$CONFIGS" --json "$RESULTS/$DATE-$NAME.json")
  cleanup() {
    bash "$ROOT/scripts/stop-postgres.sh" "$PGDIR" 2>/dev/null || true
    if [[ "${BENCH_KEEP_WORK:-0}" != 1 ]]; then rm -rf "$WORK"; fi
  }
  trap cleanup EXIT
  rm -rf "$PGDIR"
  mkdir -p "$WORK"
  if URL="$(bash "$ROOT/scripts/start-postgres.sh" "$PGDIR" "$PORT" 2>"$WORK/start.log")"; then
    say "PostgreSQL at $URL"
    ARGS+=(--url "$URL" --pgdata "$PGDIR")
  else
    say "PostgreSQL did not start ($(tail -1 "$WORK/start.log")): using in-memory PGlite"
    ARGS+=(--pglite)
  fi
  say "re-analysis throughput (${BENCH_RECORDS:-10000} records, configs $CONFIGS)"
  "$TSX" bench/analysis/reanalysis.ts "${ARGS[@]}" | tee "$RESULTS/$DATE-$NAME.md"
  if [[ -n "${URL:-}" && " ${ARGS[*]} " != *" --pglite "* ]]; then
    say "cost of one runner claim against the queue length"
    "$TSX" bench/analysis/claim-cost.ts --url "$URL" --sizes 100,1000,5000,10000,20000,50000 | tee "$RESULTS/$DATE-claim-cost.md"
  fi
fi
