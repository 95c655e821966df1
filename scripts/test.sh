#!/usr/bin/env bash
# Installs what is needed, builds Tessera (preset "dev"), runs the fuzz targets briefly, every test with CTest, and
# the core tests again under ASan + UBSan (preset "asan"; ASAN=0 skips), and clang-tidy's bugprone-* checks over core
# (CLANG_TIDY=0 skips).
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
# Static analysis: clang-tidy's bugprone-* checks over core, $(nproc) files at a time; any finding fails the run and
# is named (file:line, check). On by default (seen clean: 74 core files); CLANG_TIDY=0 skips it for a quicker local run.
if [ "${CLANG_TIDY:-1}" != 0 ]; then
  tidy_start=$SECONDS
  bash scripts/clang-tidy-core.sh build/dev
  echo "clang-tidy: $((SECONDS - tidy_start)) s"
fi
ctest --preset dev -j 2
# The core and time tests again under AddressSanitizer + UndefinedBehaviorSanitizer (preset "asan": the core library,
# the CLI the core tests call, and the two test programs only). Any report fails the run. On by default (seen clean:
# 203 core and time tests); ASAN=0 skips it for a quicker local run.
if [ "${ASAN:-1}" != 0 ]; then
  asan_start=$SECONDS
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$(nproc)"
  echo "asan: built in $((SECONDS - asan_start)) s"
  ctest --preset asan -j 2
fi
