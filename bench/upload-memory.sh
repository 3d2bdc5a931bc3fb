#!/usr/bin/env bash
# Upload memory: how much the server's resident memory grows while a large
# recording streams in through POST /api/v1/records/upload.
# Usage: bash bench/upload-memory.sh [size in MB, default 400]   (needs `npm run build` first)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB="${1:-400}"
PORT="${BENCH_PORT:-3360}"
WORK="bench/.work/upload-memory"
rm -rf "$WORK" && mkdir -p "$WORK"
[[ -f .next/BUILD_ID ]] || { echo "Run npm run build first." >&2; exit 1; }

export DATA_DIR="$PWD/$WORK/data" AUTH_SECRET="bench-secret-0123456789abcdefghijklmnop" PORT
unset DATABASE_URL
SEED="$(node_modules/.bin/tsx scripts/admin.ts demo --json)"
KEY="$(node -e 'console.log(JSON.parse(process.argv[1]).apiKey)' "$SEED")"

# A stereo 16 kHz WAV of about SIZE_MB: 64 000 bytes per second of audio.
SECONDS_OF_AUDIO=$(( SIZE_MB * 1048576 / 64000 ))
sox -n -r 16000 -c 2 -b 16 "$WORK/big.wav" synth "$SECONDS_OF_AUDIO" whitenoise vol 0.05
FILE_BYTES=$(stat -c %s "$WORK/big.wav")

node_modules/.bin/next start -H 127.0.0.1 -p "$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break; sleep 0.2; done
PROJECT="$(curl -sf -H "Authorization: Bearer $KEY" "http://127.0.0.1:$PORT/api/v1/projects" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).data[0].id))')"

rss_kb() { # the server and its children
  local total=0
  for pid in $SERVER $(pgrep -P "$SERVER" || true); do
    total=$(( total + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
# Warm the route (compilation caches, first allocations) with a small upload.
sox -n -r 16000 -c 2 -b 16 "$WORK/small.wav" synth 2 whitenoise vol 0.05
curl -sf -o /dev/null -H "Authorization: Bearer $KEY" -F "projectId=$PROJECT" -F "file=@$WORK/small.wav" "http://127.0.0.1:$PORT/api/v1/records/upload"
sleep 2
BASE=$(rss_kb)
PEAK=$BASE
START=$(date +%s.%N)
curl -sf -o "$WORK/response.json" -H "Authorization: Bearer $KEY" -F "projectId=$PROJECT" -F "file=@$WORK/big.wav" \
  "http://127.0.0.1:$PORT/api/v1/records/upload" &
UPLOAD=$!
while kill -0 $UPLOAD 2>/dev/null; do
  NOW=$(rss_kb); (( NOW > PEAK )) && PEAK=$NOW
  sleep 0.1
done
wait $UPLOAD
END=$(date +%s.%N)
STORED=$(find "$DATA_DIR/objects/records" -name original -size +1M -printf '%s\n' | sort -n | tail -1)

node -e '
const [file, base, peak, secs, stored] = process.argv.slice(1).map(Number);
const mib = (kb) => (kb / 1024).toFixed(1);
console.log(`| upload | file MiB | stored MiB | seconds | MiB/s | server RSS before | peak | growth |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
console.log(`| POST /records/upload | ${(file/1048576).toFixed(1)} | ${(stored/1048576).toFixed(1)} | ${secs.toFixed(1)} | ${(file/1048576/secs).toFixed(1)} | ${mib(base)} | ${mib(peak)} | **${mib(peak-base)} MiB** |`);
' "$FILE_BYTES" "$BASE" "$PEAK" "$(echo "$END - $START" | bc)" "${STORED:-0}"
