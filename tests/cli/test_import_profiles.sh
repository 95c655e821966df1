#!/usr/bin/env bash
# Import profiles through tessera-cli (issue 6): the profile list, --map, --profile-file, --date-order, the exit
# codes of an ambiguous date column, a duplicate file and an empty calendar, on small hand-made files.
# Usage: test_import_profiles.sh path/to/tessera-cli
set -u
cli=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Profiles pässphrase' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
exits() { local want=$1; shift; "$@" >"$work/out" 2>"$work/err"; test $? -eq "$want"; }

c=$work/p.tessera
"$cli" create "$c" --title "Profiles" --display-zone America/New_York --region US >/dev/null
"$cli" profiles >"$work/profiles"
for name in cdr-bandicoot cdr-orange cdr-carrier bank-csv ofx timesketch-csv timesketch-jsonl vcard ics eml gpx \
            ads-csv lodging-csv lpr-csv; do
    check "profiles lists $name" grep -q "^$name " "$work/profiles"
done

printf 'Transaction Date,Amount,Description\n05/03/2021,"1,036.47",Shop\n04/03/2021,-12.00,Bar\n' >"$work/bank.csv"
check "ambiguous day/month column: exit 4" exits 4 "$cli" import "$c" "$work/bank.csv" --profile bank-csv
check "the message names the column" grep -q '"Transaction Date"' "$work/err"
check "the message names the option" grep -q -- '--date-order' "$work/err"
check "nothing was written" bash -c "'$cli' exhibit list '$c' --format json | python3 -c 'import json,sys; sys.exit(json.load(sys.stdin) != [])'"
check "--date-order dmy imports" exits 0 "$cli" import "$c" "$work/bank.csv" --profile bank-csv --date-order dmy --time-basis UTC
check "two records" grep -q '"records":2' "$work/out"
check "same file again: exit 4" exits 4 "$cli" import "$c" "$work/bank.csv" --profile bank-csv --date-order dmy
check "same file: the message says so" grep -q 'same SHA-256' "$work/err"
check "bad --date-order: exit 2" exits 2 "$cli" import "$c" "$work/bank.csv" --profile bank-csv --date-order ydm

printf 'When|Who|Whom\n2023-01-02 10:00|4125550147|6175550199\n' >"$work/odd.csv"
check "unmapped layout: exit 4" exits 4 "$cli" import "$c" "$work/odd.csv" --profile cdr-carrier
check "the message points to --map" grep -q -- '--map' "$work/err"
check "unknown --map field: exit 2" exits 2 "$cli" import "$c" "$work/odd.csv" --profile cdr-carrier --map colour=Who
check "--map a column that is not there: exit 4" exits 4 "$cli" import "$c" "$work/odd.csv" --profile cdr-carrier \
    --map datetime=When --map originator=Nobody
check "--map imports" exits 0 "$cli" import "$c" "$work/odd.csv" --profile cdr-carrier --map datetime=When \
    --map originator=Who --map recipient=Whom
check "one record, UTC basis not assumed" grep -q '"records":1,"rejected":0,"time_basis":"UTC","time_basis_assumed":false' "$work/out"

printf '2023-01-02;10:00:00;4125550147;6175550199\n' >"$work/nohead.csv"
cat >"$work/carrier.json" <<'JSON'
{"tessera_profile": 1, "profile": "cdr-carrier", "map": {"date": "1", "time": "2", "originator": "3", "recipient": "4"},
 "time_basis": "America/Chicago"}
JSON
check "--profile-file imports a headerless file" exits 0 "$cli" import "$c" "$work/nohead.csv" --profile-file "$work/carrier.json"
check "the profile file's time basis" grep -q '"time_basis":"America/Chicago"' "$work/out"
printf '{"not": "a profile"}' >"$work/bad.json"
check "a JSON file that is not a profile: exit 4" exits 4 "$cli" import "$c" "$work/nohead.csv" --profile-file "$work/bad.json"

printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n' >"$work/empty.ics"
check "empty calendar: exit 0" exits 0 "$cli" import "$c" "$work/empty.ics" --profile ics
check "empty calendar: a warning" grep -q 'no records' "$work/err"
check "empty calendar: an exhibit" grep -q '"records":0' "$work/out"

printf 'BEGIN:VCARD\nVERSION:3.0\nFN:A Person\nTEL;TYPE=CELL:412-555-0147\nEMAIL:a@example.org\nEND:VCARD\n' >"$work/a.vcf"
check "vCard: identifiers counted" bash -c "'$cli' import '$c' '$work/a.vcf' --profile vcard | grep -q '\"identifiers\":2'"

echo "$pass passed, $fail failed"
test "$fail" -eq 0
