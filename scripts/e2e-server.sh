#!/usr/bin/env bash
# Serves the production build for Playwright on a throw-away embedded database.
# Writes the demo credentials to e2e/.state/seed.json for the tests to read.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-3100}"
STATE_DIR="e2e/.state"
mkdir -p "$STATE_DIR"

export DATA_DIR="$(mktemp -d /tmp/callscope-e2e.XXXXXX)"
export AUTH_SECRET="$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')"
export APP_URL="http://127.0.0.1:${PORT}"
export PORT
# The ingest tests serve recordings from a server on 127.0.0.1, which production refuses by default.
export INGEST_ALLOW_PRIVATE_URLS=true
# The webhook tests run their receivers on 127.0.0.1 too.
export WEBHOOK_ALLOW_PRIVATE_URLS=true
# The e2e server never talks to a real database someone else owns.
unset DATABASE_URL

node_modules/.bin/tsx scripts/admin.ts demo --json > "$STATE_DIR/seed.json"
# npm start is what operators run; it honours PORT, DATA_DIR and DATABASE_URL.
exec npm start --silent -- -H 127.0.0.1
