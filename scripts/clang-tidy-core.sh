#!/usr/bin/env bash
# clang-tidy over core (tessera_core and tessera_time) with the bugprone-* checks; exit 1 on any finding.
# Usage: scripts/clang-tidy-core.sh [build-dir]   (default build/dev; configured with compile commands if needed)
# Run by scripts/test.sh with CLANG_TIDY=1. bugprone-easily-swappable-parameters is left out, as in the repository's .clang-tidy:
# it flags every function taking two parameters of one type (two paths, two ids) and the remedy, a strong type per
# argument, would change most of core's API for no found defect. A check that is wrong for one line gets a
# NOLINT(check) with the reason on that line; keep them rare.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
if [ ! -f "$build/compile_commands.json" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
fi
# Generated sources (Qt resources, migrations) must exist for the compile commands to resolve.
cmake --build "$build" -j2 --target tessera_core >/dev/null
log=$(mktemp)
trap 'rm -f "$log"' EXIT
find core -name '*.cpp' -print0 | sort -z |
  xargs -0 -n 4 -P 2 clang-tidy -p "$build" --quiet --checks='-*,bugprone-*,-bugprone-easily-swappable-parameters' \
    --header-filter="^$PWD/core/.*" >"$log" 2>/dev/null || true
if grep -E 'warning:|error:' "$log"; then
  echo "clang-tidy: bugprone findings in core (above)" >&2
  exit 1
fi
echo "clang-tidy: core is clean of bugprone-* findings"
