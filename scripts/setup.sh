#!/usr/bin/env bash
# Everything a fresh machine needs before `pnpm start` or `pnpm test`: pnpm itself, the locked
# dependencies, and the Neo4j jars (fetched once from Maven Central into ~/.cache/caucus).
# With --tests it also installs Debian's chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--tests" ]; then bash scripts/install-chromium.sh; fi
PNPM_VERSION="$(node -p "require('./package.json').packageManager.split('@')[1]")"
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "Installing pnpm $PNPM_VERSION..."
  npm install -g "pnpm@$PNPM_VERSION" --silent
fi
pnpm install --frozen-lockfile
pnpm caucus setup
