#!/usr/bin/env bash
# Installs what is needed, builds Tessera (preset "dev") and runs every test with CTest.
# This is the README's second command and what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
# Qt wants a private runtime folder; keep it inside the build tree so nothing is left in /tmp.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR="$PWD/build/dev/xdg-runtime"
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fi
# The import readers under libFuzzer, bounded (FUZZ_SECONDS each, default 20, and FUZZ_RUNS inputs each, default
# 2000 — a reproducible run; 0 seconds skips), before the tests so that CTest's summary stays the last word. Longer
# exploratory runs: FUZZ_RUNS=-1 scripts/fuzz.sh 600.
if [ "${FUZZ_SECONDS:-20}" != 0 ]; then
  FUZZ_RUNS="${FUZZ_RUNS:-2000}" bash scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
fi
ctest --preset dev -j 2
