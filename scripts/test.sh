#!/usr/bin/env bash
# The whole test suite, as CI runs it:
#   lint, type-check, unit + integration tests on PGlite (and on PostgreSQL when
#   DATABASE_URL is set), a production build, then Playwright's api and ui
#   projects against it. Ends with one line: "Total: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
set -e
source scripts/lib/ensure-node-modules.sh
bash scripts/install-system-deps.sh test
set +e

# The PostgreSQL server, if any, is for the integration tests only: the
# Playwright server always runs on a fresh embedded database.
PG_URL="${DATABASE_URL:-${TEST_DATABASE_URL:-}}"
unset DATABASE_URL TEST_DATABASE_URL
rm -rf test-results && mkdir -p test-results
failed=0
step() { echo; echo "==> $*"; }
run() { "$@" || failed=1; }

step "lint"
run npm run -s lint
step "type-check"
run npm run -s typecheck

step "unit and integration tests on PGlite"
run npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest-pglite.json

if [[ -n "$PG_URL" ]]; then
  step "integration tests on PostgreSQL"
  TEST_DATABASE_URL="$PG_URL" run npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest-postgres.json
else
  echo; echo "(PostgreSQL run skipped: set DATABASE_URL=postgres://... to include it)"
fi

step "production build"
if npm run -s build > test-results/build.log 2>&1; then
  tail -n 5 test-results/build.log
  step "Playwright: api and ui"
  run npx playwright test
else
  cat test-results/build.log
  echo "Build failed; Playwright not run." >&2
  failed=1
fi

step "summary"
node scripts/summarize-tests.mjs test-results || failed=1
exit $failed
