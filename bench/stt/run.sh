#!/usr/bin/env bash
# bench/stt/run.sh – PocketSphinx word error rate and speed on the synthesised test call
#
#   bash bench/stt/run.sh          the shipped setup (kal16 agent, rms customer, default flags)
#   bash bench/stt/run.sh sweep    plus other voices, slower speech and decoder flags (~2 min)
#
# Works in bench/.work/stt (gitignored), removed on exit; BENCH_KEEP_WORK=1 keeps it.
# Results: bench/stt/results/<date>-pocketsphinx.json and markdown on stdout.
set -euo pipefail

MODE="${1:-shipped}"
case "$MODE" in shipped | sweep) ;; *)
  echo "usage: bash bench/stt/run.sh [shipped|sweep]" >&2
  exit 2
  ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$ROOT/bench/.work/stt"

for tool in flite sox soxi ffmpeg ffprobe pocketsphinx_continuous; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "[bench:stt] $tool is missing: apt-get install flite sox ffmpeg pocketsphinx pocketsphinx-en-us" >&2
    exit 127
  fi
done

cleanup() {
  if [[ "${BENCH_KEEP_WORK:-0}" != 1 ]]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT
mkdir -p "$WORK"

cd "$ROOT"
npx tsx bench/stt/run.ts "$MODE" "$WORK"
