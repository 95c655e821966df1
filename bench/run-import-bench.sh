#!/usr/bin/env bash
# Call-record import benchmark (bench/README.md): Tessera's encrypted import against the sqlite3 shell's .import of
# the same CSV, in the same run. Not a test; never registered with CTest.
#
#   bench/run-import-bench.sh [BUILD_DIR] [N] [REPEATS]
#
# BUILD_DIR defaults to <repo>/build/dev, N to 1000000 rows, REPEATS to 3. Needs the sqlite3 and time packages
# (apt-get install sqlite3 time). Everything is written to one temporary folder, removed on exit.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
build=${1:-$repo/build/dev}
rows=${2:-1000000}
repeats=${3:-3}

die() { echo "run-import-bench: $*" >&2; exit 2; }
[[ $rows =~ ^[1-9][0-9]*$ ]] || die "N must be a positive whole number (got '$rows')"
[[ $repeats =~ ^[1-9][0-9]*$ ]] || die "REPEATS must be a positive whole number (got '$repeats')"
command -v sqlite3 >/dev/null || die "sqlite3 not found: apt-get install sqlite3"
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found: apt-get install time"
[[ -d $build ]] || die "$build: no such build directory (configure with cmake --preset dev, or pass BUILD_DIR)"
bench=$build/bench/bench_import
if [[ ! -x $bench ]]; then
    echo "building bench_import in $build ..." >&2
    cmake --build "$build" --target bench_import >&2 || die "cannot build bench_import"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tessera-import-bench.XXXXXX")
cleanup() { rm -rf -- "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

csv=$tmp/cdr.csv
case_file=$tmp/bench.tcase
plain_db=$tmp/plain.db
indexed_db=$tmp/indexed.db

# value KEY FILE: the value of KEY=... in a bench_import output line.
value() { tr ' ' '\n' <"$2" | sed -n "s/^$1=//p" | head -n 1; }
# median of the numbers given as arguments
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {printf "%.2f", (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mib() { awk -v b="$1" 'BEGIN {printf "%.1f", b/1048576}'; }
# timed OUT CMD...: runs CMD under /usr/bin/time; OUT gets "wall_s peak_kib user_s sys_s".
timed() {
    local out=$1; shift
    /usr/bin/time -f '%e %M %U %S' -o "$out" "$@"
}
cpu_s() { awk -v u="$1" -v s="$2" 'BEGIN {printf "%.2f", u + s}'; }
row_count() { sqlite3 "$1" 'SELECT count(*) FROM cdr;'; }

# The indexed baseline: the CSV's six columns in a table with the indexes Tessera keeps on `record`
# (core/storage/migrations/0001_initial.sql), with keys of the same shape and spread, and the page cache Tessera sets
# (PRAGMA cache_size = -65536 in core/storage/Database.cpp):
#   record_time(lower_utc, upper_utc, exhibit_id, row_number) -> cdr_time(datetime): keys in file order
#   record_originator(originator) -> the subscriber on outgoing rows, else the correspondent (E.164-sized)
#   record_recipient(recipient)   -> the correspondent on outgoing rows, else the subscriber
subscriber_e164='+14125550147' # bench_import.cpp kSubscriber, normalised
indexed_schema="CREATE TABLE cdr(interaction TEXT, direction TEXT, correspondent_id TEXT, datetime TEXT,
                                 call_duration TEXT, antenna_id TEXT);
CREATE INDEX cdr_time ON cdr(datetime);
CREATE INDEX cdr_originator ON cdr(CASE WHEN direction = 'out' THEN '$subscriber_e164' ELSE '+1' || correspondent_id END);
CREATE INDEX cdr_recipient ON cdr(CASE WHEN direction = 'out' THEN '+1' || correspondent_id ELSE '$subscriber_e164' END);"
baseline_indexes=3
migration=$repo/core/storage/migrations/0001_initial.sql
if [[ -r $migration ]]; then
    tessera_indexes=$(grep -ciE '^[[:space:]]*CREATE[[:space:]]+(UNIQUE[[:space:]]+)?INDEX[[:space:]].*[[:space:]]ON[[:space:]]+record[[:space:]]*\(' \
                      "$repo"/core/storage/migrations/*.sql | awk -F: '{n += $NF} END {print n + 0}')
    if [[ $tessera_indexes != "$baseline_indexes" ]]; then
        echo "run-import-bench: warning: Tessera's migrations create $tessera_indexes indexes on record, the baseline" \
             "has $baseline_indexes; update indexed_schema in $0" >&2
    fi
fi

echo "generating $rows call records ..." >&2
"$bench" generate "$csv" "$rows" >"$tmp/gen.out"
csv_bytes=$(stat -c %s "$csv")

declare -a t_written t_cpu p_cpu i_cpu t_wall t_open t_import t_kdf t_create t_rss_open t_rss_import p_wall p_rss i_wall i_rss
case_bytes=0 plain_bytes=0 indexed_bytes=0 records=0 flagged=0
for ((i = 1; i <= repeats; i++)); do
    echo "repeat $i/$repeats: Tessera ..." >&2
    rm -f -- "$case_file"
    "$bench" create "$case_file" >"$tmp/create.out"
    timed "$tmp/time.out" "$bench" import "$case_file" "$csv" >"$tmp/import.out"
    read -r wall _ user sys <"$tmp/time.out"
    t_wall+=("$wall")
    t_cpu+=("$(cpu_s "$user" "$sys")")
    t_kdf+=("$(value kdf_s "$tmp/create.out")")
    t_create+=("$(value create_s "$tmp/create.out")")
    t_open+=("$(value open_s "$tmp/import.out")")
    t_import+=("$(value import_s "$tmp/import.out")")
    t_rss_open+=("$(value rss_open_mib "$tmp/import.out")")
    t_rss_import+=("$(value rss_import_mib "$tmp/import.out")")
    t_written+=("$(value written_mib "$tmp/import.out")")
    if [[ $i == 1 && $(value rss_reset "$tmp/import.out") != 1 ]]; then
        echo "run-import-bench: warning: cannot reset the peak RSS (/proc/self/clear_refs); the import's peak" \
             "includes the KDF's" >&2
    fi
    records=$(value records "$tmp/import.out")
    flagged=$(value flagged "$tmp/import.out")
    [[ $records == "$rows" ]] || die "Tessera imported $records records, expected $rows"
    case_bytes=$(stat -c %s "$case_file")
    rm -f -- "$case_file"

    echo "repeat $i/$repeats: sqlite3 .import, no index ..." >&2
    rm -f -- "$plain_db"
    timed "$tmp/time.out" sqlite3 "$plain_db" -cmd '.mode csv' ".import \"$csv\" cdr"
    read -r wall kib user sys <"$tmp/time.out"
    p_wall+=("$wall")
    p_cpu+=("$(cpu_s "$user" "$sys")")
    p_rss+=("$(awk -v k="$kib" 'BEGIN {printf "%.1f", k/1024}')")
    [[ $(row_count "$plain_db") == "$rows" ]] || die "sqlite3 (no index) loaded the wrong number of rows"
    plain_bytes=$(stat -c %s "$plain_db")
    rm -f -- "$plain_db"

    echo "repeat $i/$repeats: sqlite3 .import, $baseline_indexes indexes ..." >&2
    rm -f -- "$indexed_db"
    sqlite3 "$indexed_db" "$indexed_schema"
    timed "$tmp/time.out" sqlite3 "$indexed_db" -cmd 'PRAGMA cache_size = -65536' ".import --csv --skip 1 \"$csv\" cdr"
    read -r wall kib user sys <"$tmp/time.out"
    i_wall+=("$wall")
    i_cpu+=("$(cpu_s "$user" "$sys")")
    i_rss+=("$(awk -v k="$kib" 'BEGIN {printf "%.1f", k/1024}')")
    [[ $(row_count "$indexed_db") == "$rows" ]] || die "sqlite3 (indexed) loaded the wrong number of rows"
    indexed_bytes=$(stat -c %s "$indexed_db")
    rm -f -- "$indexed_db"
done

tw=$(median "${t_wall[@]}")
tu=$(median "${t_cpu[@]}")
twr=$(median "${t_written[@]}")
pu=$(median "${p_cpu[@]}")
iu=$(median "${i_cpu[@]}")
ti=$(median "${t_import[@]}")
to=$(median "${t_open[@]}")
tk=$(median "${t_kdf[@]}")
tc=$(median "${t_create[@]}")
tro=$(median "${t_rss_open[@]}")
tri=$(median "${t_rss_import[@]}")
pw=$(median "${p_wall[@]}")
pr=$(median "${p_rss[@]}")
iw=$(median "${i_wall[@]}")
ir=$(median "${i_rss[@]}")
tpeak=$(awk -v a="$tro" -v b="$tri" 'BEGIN {printf "%.1f", (a > b) ? a : b}')
tro=$(awk -v a="$tro" 'BEGIN {printf "%.1f", a}')
tri=$(awk -v a="$tri" 'BEGIN {printf "%.1f", a}')
pr=$(awk -v a="$pr" 'BEGIN {printf "%.1f", a}')
ir=$(awk -v a="$ir" 'BEGIN {printf "%.1f", a}')

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.1fx", a/b; else print "n/a"}'; }
rate() { awk -v n="$rows" -v s="$1" 'BEGIN {if (s > 0) printf "%.0f", n/s; else print "n/a"}'; }
list() { local IFS=' '; echo "$*"; }
# row LABEL WALL CPU ROWS_PER_S RSS FILE
row() { printf '| %-31s | %6s | %6s | %8s | %12s | %8s |\n' "$@"; }

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
echo
echo "== Tessera call-record import benchmark =="
echo "host: $(nproc) cores, ${cpu:-unknown CPU}, load average $(cut -d' ' -f1-3 /proc/loadavg); $(uname -sr); sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
echo "data: $rows generated bandicoot rows, $(mib "$csv_bytes") MiB CSV ($flagged flagged, expected: the repeated DST hour); medians of $repeats"
echo "Tessera: case made with KdfParameters::releaseDefault(); CallDetailRecordImporter::run, cdr-bandicoot,"
echo "         America/New_York, --subscriber; one transaction; SQLCipher 3.4.1 (SQLite 3.15.2)"
echo
row "side" "wall s" "CPU s" "rows/s" "peak RSS MiB" "file MiB"
row "-------------------------------" "------" "------" "--------" "------------" "--------"
row "Tessera import, process total" "$tw" "$tu" "$(rate "$tw")" "$tpeak" "$(mib "$case_bytes")"
row "  of which open (Argon2id KDF)" "$to" "" "" "$tro" ""
row "  of which import proper" "$ti" "" "$(rate "$ti")" "$tri" ""
row "sqlite3 .import, no index" "$pw" "$pu" "$(rate "$pw")" "$pr" "$(mib "$plain_bytes")"
row "sqlite3 .import, $baseline_indexes indexes" "$iw" "$iu" "$(rate "$iw")" "$ir" "$(mib "$indexed_bytes")"
echo
echo "Tessera/sqlite3 with $baseline_indexes indexes (the fairer baseline): $(ratio "$tw" "$iw") wall, $(ratio "$tu" "$iu") CPU (process totals); import proper $(ratio "$ti" "$iw") wall"
echo "Tessera/sqlite3 without index (raw .import):         $(ratio "$tw" "$pw") wall, $(ratio "$tu" "$pu") CPU (process totals); import proper $(ratio "$ti" "$pw") wall"
echo "case file / plain db: $(ratio "$case_bytes" "$plain_bytes") size (the case also holds the native CSV, each row's JSON and SHA-256)"
echo "Tessera import wrote $twr MiB through write(2) for a $(mib "$case_bytes") MiB case file"
echo "KDF alone $tk s; case creation $tc s (outside the import figures; opening the case pays the KDF again)"
echo "runs, wall s: Tessera $(list "${t_wall[@]}") | sqlite3 no index $(list "${p_wall[@]}") | $baseline_indexes indexes $(list "${i_wall[@]}")"
