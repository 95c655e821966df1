#!/usr/bin/env bash
# Builds the libFuzzer targets of the import readers with clang (fuzz/CMakeLists.txt) and runs each for a bounded
# time (FUZZ_SECONDS, default 20) from its seed corpus (fuzz/corpus/<target>, plus the shared real files when the
# shared folder is beside the checkout). A crash leaves its input in build/fuzz/findings and fails the script: turn
# it into a test in tests/core before fixing it. A fixed -seed keeps runs comparable between machines; FUZZ_RUNS caps
# the number of inputs per target as well (whichever limit comes first), which makes a run reproducible: the same
# seed, corpus and cap try the same inputs on any machine fast enough to reach the cap.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-${FUZZ_SECONDS:-20}}
runs=${FUZZ_RUNS:--1}
if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ not installed; skipped"
  exit 0
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }\n' >"$probe/p.cpp"
if ! clang++ -fsanitize=fuzzer "$probe/p.cpp" -o "$probe/p" 2>/dev/null; then
  echo "fuzz: clang++ has no libFuzzer runtime (libclang-rt-dev); skipped"
  exit 0
fi
cmake -S fuzz -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/fuzz -j "$(nproc)" >/dev/null
mkdir -p build/fuzz/findings
real=../shared/data/real
status=0
for target in text table ofx jsonl vcard ics eml gpx; do
  corpus=build/fuzz/corpus/$target
  mkdir -p "$corpus"
  cp -n fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
  if [ -d "$real" ]; then
    case $target in
      text|table) cp -n "$real"/bank-csv-csv2ofx/*.csv "$real"/cdr-bandicoot/*.csv "$real"/timeline-timesketch/*.csv "$corpus"/ ;;
      ofx) cp -n "$real"/bank-ofx-ofxparse/*.ofx "$corpus"/ ;;
      jsonl) cp -n "$real"/timeline-timesketch/*.jsonl "$corpus"/ ;;
      vcard) cp -n "$real"/vcard-ezvcard/*.vcf "$corpus"/ ;;
      ics) cp -n "$real"/ics-icalendar/*.ics "$corpus"/ ;;
      eml) cp -n "$real"/eml-php-mime-mail-parser/*.eml "$corpus"/ ;;
      gpx) cp -n "$real"/gps-gpxpy/*.gpx "$corpus"/ ;;
    esac
  fi
  log=build/fuzz/fuzz_$target.log
  if build/fuzz/fuzz_"$target" -max_total_time="$seconds" -runs="$runs" -seed=1 -print_final_stats=1 -max_len=65536 -timeout=10 -rss_limit_mb=1024 \
        -artifact_prefix=build/fuzz/findings/"$target"- "$corpus" >"$log" 2>&1; then
    echo "fuzz_$target: $(grep -Eo 'Done [0-9]+ runs' "$log" | grep -Eo '[0-9]+' || echo '?') runs in ${seconds}s, no finding"
  else
    echo "fuzz_$target: FINDING — see $log and build/fuzz/findings/"
    tail -30 "$log"
    status=1
  fi
done
exit $status
