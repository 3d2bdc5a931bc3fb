#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Callscope needs that this machine lacks.
# Usage: scripts/install-system-deps.sh runtime|test
#   runtime: ffmpeg (decoding) and PocketSphinx with its US English model
#            (the embedded speech-to-text).
#   test:    runtime, plus postgresql (a real server for the integration tests),
#            chromium (the browser Playwright drives; never downloaded by
#            Playwright), and flite + sox (to synthesise test calls with known words).
# Uses apt-get as root, or through sudo; otherwise prints what to run.
set -euo pipefail
PURPOSE="${1:-test}"

missing=()
need() { # need <package> <path that shows it is installed>
  compgen -G "$2" >/dev/null || missing+=("$1")
}
case "$PURPOSE" in
  runtime | test)
    need ffmpeg /usr/bin/ffmpeg
    need pocketsphinx /usr/bin/pocketsphinx_continuous
    need pocketsphinx-en-us "/usr/share/pocketsphinx/model/en-us/en-us/mdef"
    ;;&
  test)
    need postgresql "/usr/lib/postgresql/*/bin/initdb"
    need chromium /usr/bin/chromium
    need flite /usr/bin/flite
    need sox /usr/bin/sox
    ;;
  runtime) ;;
  *)
    echo "unknown purpose: $PURPOSE (expected: runtime or test)" >&2
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
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
