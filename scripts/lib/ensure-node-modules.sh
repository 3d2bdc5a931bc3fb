# Sourced by setup.sh and test.sh: checks Node and installs npm packages when
# package.json or the lockfile changed since the last install.
node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [[ "$node_major" -lt 20 ]]; then
  echo "Callscope needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi
marker="node_modules/.callscope-installed"
if [[ ! -f "$marker" || package.json -nt "$marker" || ( -f package-lock.json && package-lock.json -nt "$marker" ) ]]; then
  echo "==> npm install"
  # npm install, not npm ci: the lockfile may lack other platforms' optional packages.
  npm install --no-audit --no-fund --loglevel=error
  touch "$marker"
fi
