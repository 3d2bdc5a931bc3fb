#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Callscope needs that this machine lacks.
# Usage: scripts/install-system-deps.sh test
#   test: postgresql (a real server for the integration tests) and chromium
#         (the browser Playwright drives; never downloaded by Playwright).
# Uses apt-get as root, or through sudo; otherwise prints what to run.
set -euo pipefail
PURPOSE="${1:-test}"

missing=()
have_postgres() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }
case "$PURPOSE" in
  test)
    have_postgres || missing+=(postgresql)
    [[ -x /usr/bin/chromium ]] || missing+=(chromium)
    ;;
  *)
    echo "unknown purpose: $PURPOSE (expected: test)" >&2
    exit 2
    ;;
esac

if [[ ${#missing[@]} -eq 0 ]]; then exit 0; fi

echo "Installing system packages: ${missing[*]}"
if [[ "$(id -u)" == "0" ]]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Missing packages: ${missing[*]}. Install them with: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts a cluster on install; tests start their own on another port.
