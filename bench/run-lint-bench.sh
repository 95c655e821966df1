#!/usr/bin/env bash
# Language linter benchmark: in-process figures from bench_lint, then the whole tessera-cli lint process on a 3 MB
# narrative with /usr/bin/time (median of REPEATS, start-up included). Usage: bench/run-lint-bench.sh [BUILD_DIR] [REPEATS]
set -euo pipefail
build=${1:-build/dev}
repeats=${2:-5}
for t in bench/bench_lint app/tessera-cli; do
    [[ -x "$build/$t" ]] || cmake --build "$build" --target "$(basename "$t")" >&2
done
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT INT TERM
"$build/bench/bench_lint"
"$build/bench/bench_lint" generate "$dir/narrative.txt" $((3 * 1024 * 1024))
bytes=$(stat -c %s "$dir/narrative.txt")
walls=()
cpus=()
for _ in $(seq "$repeats"); do
    /usr/bin/time -f '%e %M %U %S' -o "$dir/time" "$build/app/tessera-cli" lint "$dir/narrative.txt" --format json >"$dir/out.json"
    walls+=("$(cut -d' ' -f1 "$dir/time")")
    cpus+=("$(awk '{print $3 + $4}' "$dir/time")")
    rss=$(cut -d' ' -f2 "$dir/time")
done
median=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
cpu=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
findings=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$dir/out.json" 2>/dev/null || echo '?')
awk -v b="$bytes" -v s="$median" -v r="$repeats" -v f="$findings" -v m="$rss" -v c="$cpu" 'BEGIN {
    mb = b / 1048576; printf "tessera-cli lint --format json on %.2f MB: median of %d wall %.3f s = %.1f MB/s (%s findings, peak RSS %d MB)\n", mb, r, s, (s > 0 ? mb / s : 0), f, m / 1024
    printf "  CPU time (user + sys), median: %.3f s = %.1f MB/s (wall above CPU means the machine was busy)\n", c, (c > 0 ? mb / c : 0) }'
