#!/usr/bin/env bash
# Sets up Callscope on its embedded defaults and starts it:
#   npm packages, a local AUTH_SECRET in .env.local, database migrations,
#   a demo organization (its admin's credentials and an API key are printed),
#   a production build, then `npm start` on http://localhost:${PORT:-3000}.
# Safe to run again: it reuses what exists and prints the same demo credentials.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-node-modules.sh

if [[ ! -f .env.local ]] || ! grep -q '^AUTH_SECRET=' .env.local; then
  echo "==> creating AUTH_SECRET in .env.local (for this machine only)"
  umask 077
  echo "AUTH_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')" >> .env.local
fi

bash scripts/install-system-deps.sh runtime

echo "==> migrating the database"
npm run -s admin -- migrate

echo "==> demo organization"
CREDENTIALS="$(npm run -s admin -- demo)"

needs_build() {
  [[ ! -f .next/BUILD_ID ]] && return 0
  [[ -n "$(find app components lib db inngest instrumentation.ts next.config.ts package.json postcss.config.mjs \
    -newer .next/BUILD_ID -print -quit 2>/dev/null)" ]]
}
if needs_build; then
  echo "==> building (about a minute the first time)"
  npm run -s build > .next-build.log 2>&1 || { cat .next-build.log; exit 1; }
  rm -f .next-build.log
fi

echo
echo "$CREDENTIALS"
echo
echo "Starting Callscope on http://localhost:${PORT:-3000} (Ctrl+C to stop)"
exec npm start
