#!/usr/bin/env bash
# clang-tidy over core (tessera_core and tessera_time) with the bugprone-* checks; exit 1 on any finding, each one
# printed as file:line:col: warning: what [check-name].
# Usage: scripts/clang-tidy-core.sh [build-dir [file.cpp...]]   (default build/dev and every core/**/*.cpp; the
# build directory is configured with compile commands if needed). Files run in parallel, $(nproc) at a time.
# Run by scripts/test.sh (and so by CI) unless CLANG_TIDY=0. bugprone-easily-swappable-parameters is left out, as in
# the repository's .clang-tidy: it flags every function taking two parameters of one type (two paths, two ids) and
# the remedy, a strong type per argument, would change most of core's API for no found defect. A check that is wrong
# for one line gets a NOLINTNEXTLINE(check) with the reason beside it; keep them rare (none today).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
shift || true
if [ ! -f "$build/compile_commands.json" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
fi
# Generated sources (Qt resources, migrations) must exist for the compile commands to resolve.
cmake --build "$build" -j "$(nproc)" --target tessera_core >/dev/null
log=$(mktemp)
trap 'rm -f "$log"' EXIT
files=("$@")
if [ ${#files[@]} = 0 ]; then
  mapfile -d '' files < <(find core -name '*.cpp' -print0 | sort -z)
fi
# clang-tidy prints findings on stdout and exits non-zero only when a file does not compile (or it crashes): both
# fail the step, the first with its error in the log.
status=0
printf '%s\0' "${files[@]}" |
  xargs -0 -n 2 -P "$(nproc)" clang-tidy -p "$build" --quiet \
    --checks='-*,bugprone-*,-bugprone-easily-swappable-parameters' --header-filter="^$PWD/core/.*" \
    >"$log" 2>/dev/null || status=$?
# A finding in a header shows once for each file that includes it: list each once.
findings=$(grep -E '^[^ ].*:[0-9]+:[0-9]+: (warning|error):' "$log" | sed "s|^$PWD/||" | sort -u || true)
if [ -n "$findings" ]; then
  echo "$findings"
  echo "clang-tidy: $(echo "$findings" | wc -l) bugprone finding(s) in core (above)" >&2
  exit 1
fi
if [ "$status" != 0 ]; then
  cat "$log"
  echo "clang-tidy: failed (exit $status) without a finding: a file did not compile or clang-tidy crashed" >&2
  exit 1
fi
echo "clang-tidy: ${#files[@]} core files clean of bugprone-* findings"
