#!/usr/bin/env bash
# What a new-user trial found in import and the timeline, through tessera-cli (session 3): a date-only record shown a
# day early in the table, report.pdf and analyst CSV; record content missing from summaries; the import summary's time
# basis; short rows; blank files; every date bad; unknown regions, reversed periods and identifier shapes.
# Usage: test_import_trial.sh path/to/tessera-cli
set -u
cli=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Trial pässphrase 42' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
exits() { local want=$1; shift; "$@" >"$work/out" 2>"$work/err"; test $? -eq "$want"; }

c=$work/z.tessera
"$cli" create "$c" --title "Trial" --display-zone America/New_York --region US >/dev/null

# 1 and 2: a calendar day in another zone, with its title and place; an e-mail's subject.
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Etc/GMT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20220101\r\nSUMMARY:Meeting at the motel\r\nLOCATION:Room 12\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' >"$work/day.ics"
check "all-day calendar imports" exits 0 "$cli" import "$c" "$work/day.ics" --profile ics
check "its basis is from the file, not assumed" \
    grep -q '"time_basis":"Etc/GMT","time_basis_assumed":false,"time_basis_counts":\[{"basis":"Etc/GMT","records":1,"source":"file"}\],"time_basis_source":"file"' "$work/out"
printf 'From: A <a@example.org>\r\nTo: b@example.org\r\nSubject: Pick-up at nine\r\nDate: Sun, 16 Jun 2013 17:50:12 +0200\r\n\r\nbody\r\n' >"$work/m.eml"
check "e-mail imports" exits 0 "$cli" import "$c" "$work/m.eml" --profile eml
check "e-mail: basis +02:00 from the file" grep -q '"time_basis":"+02:00","time_basis_assumed":false' "$work/out"
check "no assumed-zone warning for zoned times" bash -c "! grep -q 'assumed' '$work/err'"
# A source's words that name a protected person: documents show the pseudonym (as for every other summary).
"$cli" person add "$c" --role victim --name "Quinta Zebrowski" >/dev/null
printf 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20220102\r\nSUMMARY:Drive Quinta Zebrowski to the motel\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' >"$work/named.ics"
"$cli" import "$c" "$work/named.ics" --profile ics >/dev/null 2>&1
"$cli" timeline "$c" >"$work/tl.txt"
check "table: the date-only record is 2022-01-01 in New York" grep -q '^2022-01-01 .*calendar-event' "$work/tl.txt"
check "table: not a day early" bash -c "! grep -q '^2021-12-31' '$work/tl.txt'"
check "table: calendar SUMMARY and LOCATION in the summary" grep -q 'Meeting at the motel.* at Room 12' "$work/tl.txt"
check "table: e-mail Subject in the summary" grep -q 'Pick-up at nine' "$work/tl.txt"
"$cli" timeline "$c" --format json >"$work/tl.json"
check "json: summary carries the calendar title" grep -q 'Meeting at the motel' "$work/tl.json"
"$cli" export "$c" --out "$work/packet" >/dev/null 2>"$work/export.err"
check "export writes analyst/timeline.csv" test -f "$work/packet/analyst/timeline.csv"
check "analyst CSV: the day is 2022-01-01 and the title is there" grep -q '^2022-01-01,.*Meeting at the motel' "$work/packet/analyst/timeline.csv"
check "analyst CSV: the protected name in a source's words is redacted" \
    bash -c "grep -q 'Drive \[V-1\] to the motel' '$work/packet/analyst/timeline.csv' && ! grep -rq 'Zebrowski' '$work/packet/analyst'"
pdftotext -layout "$work/packet/report.pdf" "$work/report.txt"
check "report.pdf: the protected name is not printed" bash -c "! grep -q 'Zebrowski' '$work/report.txt'"
check "report.pdf: the day is 2022-01-01" grep -q '2022-01-01' "$work/report.txt"
check "report.pdf: never 2021-12-31" bash -c "! grep -q '2021-12-31' '$work/report.txt'"
check "report.pdf: the e-mail subject" grep -q 'Pick-up at nine' "$work/report.txt"

# 3: a bank file without zones is assumed and says so, like a call detail record return.
printf 'Date,Description,Amount\n2024-01-05,ok\n2024-01-06,fine,3.00\n' >"$work/short.csv"
check "short row: the rest imports (exit 0)" exits 0 "$cli" import "$c" "$work/short.csv" --profile bank-csv
check "short row: one record, one rejected" grep -q '"records":1,"rejected":1' "$work/out"
check "assumed basis reported with its count" grep -q '"time_basis_assumed":true,"time_basis_counts":\[{"basis":"America/New_York","records":1,"source":"assumed"}\]' "$work/out"
check "assumed-zone warning on stderr" grep -q '1 of 1 records carry no time zone of their own' "$work/err"
"$cli" rejects "$c" >"$work/rejects.txt"
check "the reject report names file, row and field" grep -q 'short.csv: row 2, field (row): expected 3 fields, found 2' "$work/rejects.txt"

# 5: blank and empty files alike; every date bad says so.
printf '\r\n\r\n' >"$work/blank.csv"
: >"$work/empty.csv"
check "blank-lines-only file: exit 4" exits 4 "$cli" import "$c" "$work/blank.csv" --profile bank-csv
check "blank: says empty" grep -q 'the file is empty' "$work/err"
check "empty file: exit 4" exits 4 "$cli" import "$c" "$work/empty.csv" --profile bank-csv
printf 'Date,Description,Amount\nnot a date,a,1.00\nxx,b,2.00\n' >"$work/bad.csv"
check "every date bad: exit 4" exits 4 "$cli" import "$c" "$work/bad.csv" --profile bank-csv
check "every date bad: every row rejected, by field" grep -q 'every row was rejected (2 rows) — field Date: not a date and time' "$work/err"
check "every date bad: not a column misfit" bash -c "! grep -q 'do not fit' '$work/err'"
printf 'Date,Description,Amount\r\n' >"$work/header.csv"
check "header only: an exhibit with a warning (exit 0)" exits 0 "$cli" import "$c" "$work/header.csv" --profile bank-csv
check "header only: the warning" grep -q 'holds no records' "$work/err"

# 6: values checked.
check "create --region ZZ: exit 2" exits 2 "$cli" create "$work/zz.tessera" --title ZZ --region ZZ
check "create --region ZZ: names the option" grep -q -- '--region' "$work/err"
check "create --region ZZ: no file" test ! -e "$work/zz.tessera"
check "case set --region ZZ: exit 2" exits 2 "$cli" case set "$c" --region ZZ
check "case set --region gb: stored as GB" bash -c "'$cli' case set '$c' --region gb | grep -q '\"region\": \"GB\"'"
check "import --region ZZ: exit 2" exits 2 "$cli" import "$c" "$work/header.csv" --profile bank-csv --region ZZ
person=$("$cli" person add "$c" --role offender --name "Sam Offender" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
check "identifier --to before --from: exit 2" exits 2 "$cli" identifier add "$c" --person "$person" --kind phone \
    --value "+1 412 555 0147" --from 2014-05-01 --to 2014-01-01
check "identifier e-mail without @: exit 2" exits 2 "$cli" identifier add "$c" --person "$person" --kind email --value "Some Name"
check "identifier phone with letters: exit 2" exits 2 "$cli" identifier add "$c" --person "$person" --kind phone --value "Some Name"
check "identifier invalid phone: kept and flagged" exits 0 "$cli" identifier add "$c" --person "$person" --kind phone --value "+1 999 555"
check "identifier invalid phone: the flag" grep -q '"flags":\["invalid-number"\]' "$work/out"
check "identifier a real e-mail: exit 0" exits 0 "$cli" identifier add "$c" --person "$person" --kind email --value "a.b@example.org"
check "timeline --to before --from: exit 2" exits 2 "$cli" timeline "$c" --from 2014-03-05 --to 2014-03-01

echo "$pass passed, $fail failed"
test "$fail" -eq 0
