#!/usr/bin/env bash
# What changes after a production reaches the next one (issue 7), through tessera-cli with the real renderer:
# `export --supplemental` holds exhibits and events that changed (authentication, chain of custody, a corrected
# received time, notes, links), new note versions, interviews and benefits — not only new items; the Jencks index lists
# recorded interviews and notes about a witness; `exhibit correct-received` keeps the entry time and shows both; a
# rotated PDF exhibit is Bates-stamped upright bottom right.
# Usage: test_case_packet_changes.sh path/to/tessera-cli
set -u
cli=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Changes pässphrase 1' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }

c=$work/changes.tessera
"$cli" create "$c" --title "Operation Change" --case-number 2026-0099 --display-zone America/New_York \
    --agency "Example PD" --investigator "Det. R. Alvarez" >/dev/null
off=$("$cli" person add "$c" --role offender --name "Marcus Webb" | id)
v1=$("$cli" person add "$c" --role victim --name "Jane ZEBRANAME Roe" --dob 2001-04-05 | id)
wit=$("$cli" person add "$c" --role witness --name "Carl Hotel" --dob 1980-01-01 | id)
e1=$("$cli" event add "$c" --when 2023-03-02 --category payment --summary "Paid for the ad" --actor "$off" --other "$v1" | id)
e2=$("$cli" event add "$c" --when 2023-03-05 --category lodging --summary "Booked the motel room" --actor "$off" --other "$v1" | id)
e3=$("$cli" event add "$c" --when 2023-03-09 --category transport --summary "Drove to Trenton" --actor "$off" --other "$v1" | id)
printf 'folio,amount\n1,-89.50\n' >"$work/folio.csv"
printf 'Statement of a hotel clerk\n' >"$work/statement-w.txt"
fol=$("$cli" exhibit add "$c" "$work/folio.csv" --kind lodging-records --title "Hotel folio" | id)
stw=$("$cli" exhibit add "$c" "$work/statement-w.txt" --kind witness-statement --title "Clerk interview" --provided-by "$wit" | id)
"$cli" link "$c" --event "$e2" --exhibit "$fol" >/dev/null
wnote=$("$cli" note add "$c" --about "person:$wit" --text "Clerk recognised the car." | id)
"$cli" note add "$c" --about "person:$off" --text "Offender seen at the motel." >/dev/null
"$cli" checkpoint record "$c" --victim "$v1" --point interview --decision agreed --explained >/dev/null
"$cli" interview add "$c" --victim "$v1" --lead "forensic interviewer" --note-taker "Det. R. Alvarez" >/dev/null 2>&1

# A rotated PDF exhibit (pages 2 and 3 turned a quarter turn each way), made with qpdf from a PDF the CLI writes.
"$cli" memo "$c" --out "$work/plain.pdf" >/dev/null
qpdf "$work/plain.pdf" --pages "$work/plain.pdf" 1,1,1 -- --rotate=+90:2 --rotate=+270:3 "$work/rotated.pdf"
rot=$("$cli" exhibit add "$c" "$work/rotated.pdf" --kind other --title "Rotated scan" | id)

p1=$work/p1
"$cli" export "$c" --out "$p1" >"$work/p1.json"
check "the first production verifies" bash -c "'$cli' verify-packet '$p1' >/dev/null 2>&1"
pdftotext -layout "$p1/report.pdf" "$work/p1.txt"
check "Jencks: the statement, the recorded interview (by pseudonym) and the note about the witness" bash -c \
  "grep -q 'witness-statement: Clerk interview' '$work/p1.txt' && grep -q 'interview (led by forensic' '$work/p1.txt' && grep -q 'interview record' '$work/p1.txt' && grep -q 'notes.csv, note $wnote' '$work/p1.txt'"
check "Jencks: no note about the offender, no victim's name" bash -c \
  "! grep -q 'Offender seen' '$work/p1.txt' && ! grep -q 'ZEBRANAME' '$work/p1.txt'"
stamped=$(ls "$p1"/natives/*.stamped.pdf)
check "the rotated PDF exhibit has a stamped copy" test -f "$stamped"
check "each page of the rotated exhibit carries its Bates number upright, bottom right as viewed" python3 - "$stamped" <<'PY'
import re, subprocess, sys
html = subprocess.run(['pdftotext', '-bbox', sys.argv[1], '-'], capture_output=True, text=True, check=True).stdout
pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
assert len(pages) == 3, len(pages)
for i, (w, h, body) in enumerate(pages):
    w, h = float(w), float(h)
    if i in (1, 2):  # quarter-turned: viewed with width and height swapped
        w, h = h, w
    m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">TSR-', body)
    assert m, i
    x0, y0, x1, y1 = map(float, m.groups())
    assert x1 - x0 > 2 * (y1 - y0), (i, m.groups())     # reads horizontally
    assert 5 < w - x1 < 30 and 5 < h - y1 < 40, (i, w, h, m.groups())  # bottom right
PY
b1=$(python3 -c "import json; print(json.load(open('$work/p1.json'))['last_bates'])")
fol_bates=$(python3 -c "
import json; m=json.load(open('$p1/manifest.json'))
print([f['bates_begin'] for f in m['files'] if f.get('role') == 'native' and f['exhibit_id'] == $fol][0])")

"$cli" export "$c" --out "$work/none" --supplemental >/dev/null 2>&1; rc=$?
check "nothing new or changed yet: the supplemental is refused (exit 2)" test $rc = 2

# Changes, none of them a new exhibit or event.
"$cli" exhibit certify "$c" --exhibit "$fol" --method business-record --notice-served 2026-11-01 >/dev/null 2>&1
"$cli" note revise "$c" --note "$wnote" --text "Clerk recognised the car and its plate." >/dev/null
"$cli" benefit add "$c" --to "$v1" --kind transport --date 2023-05-02 --amount 40.00 >/dev/null 2>&1
"$cli" exhibit correct-received "$c" --exhibit "$stw" --when 2023-06-01 --reason "disc delivered in June, imported later" >"$work/corr.json"; rc=$?
check "exhibit correct-received records the received time beside the exhibit" bash -c "test $rc = 0 && grep -q '\"received_lower_utc\":\"2023-06-01T04:00:00' '$work/corr.json'"
check "exhibit list shows the entry time and the corrected received time" python3 -c "
import json, subprocess; l=json.loads(subprocess.run(['$cli', 'exhibit', 'list', '$c', '--format', 'json'], capture_output=True, text=True, check=True).stdout)
e={x['id']: x for x in l}
assert e[$stw]['received_utc'].startswith('2023-06-01T04:00:00') and e[$stw]['entered_utc'].startswith('20'), e[$stw]
assert e[$fol]['received_utc'] is None, e[$fol]"
"$cli" exhibit correct-received "$c" --exhibit "$stw" --when 2999-01-01 --reason "x" >/dev/null 2>&1; rc=$?
check "a received time in the future is refused (exit 2)" test $rc = 2
"$cli" exhibit correct-received "$c" --exhibit "$stw" --when 2023-06-01 --reason " " >/dev/null 2>&1; rc=$?
check "an empty reason is refused (exit 2)" test $rc = 2

p2=$work/p2
"$cli" export "$c" --out "$p2" --supplemental >"$work/p2.json"
check "the supplemental verifies" bash -c "'$cli' verify-packet '$p2' >/dev/null 2>&1 && cd '$p2' && sha256sum --quiet -c SHA256SUMS"
check "its Bates numbers continue" python3 -c "
import json; a=json.load(open('$work/p2.json'))
assert int(a['first_bates'][4:]) == int('$b1'[4:]) + 1, a"
check "no native is produced again" bash -c "! ls '$p2/natives/' 2>/dev/null | grep -q ."
pdftotext -layout "$p2/report.pdf" "$work/p2.txt"
tr -s ' \n' ' ' <"$work/p2.txt" >"$work/p2.flat"
check "the certified folio is listed under its earlier Bates number, marked changed" bash -c \
  "grep -q 'CHANGED since production 1' '$work/p2.flat' && grep -q '$fol_bates' '$work/p2.flat' && grep -q 'business-record' '$work/p2.flat'"
check "the corrected statement shows both the corrected received time and the entry time" bash -c \
  "grep -q 'received time corrected' '$work/p2.flat' && grep -q 'corrected; entered in the case' '$work/p2.flat' && grep -q 'disc delivered in June' '$work/p2.flat'"
check "the event linked to the certified folio is in the timeline, marked changed; unchanged events are not" bash -c \
  "grep -q 'Booked the motel room' '$work/p2.flat' && grep -q 'changed since production 1' '$work/p2.flat' && ! grep -q 'Drove to Trenton' '$work/p2.flat'"
check "notes.csv holds only the new version" bash -c "grep -q 'and its plate' '$p2/notes.csv' && ! grep -q '^$wnote,1,' '$p2/notes.csv'"
check "Giglio lists the new benefit only" bash -c "grep -q 'transport, 40.00' '$work/p2.flat'"
check "Jencks lists the new note version, not the interview produced before" bash -c \
  "grep -q 'notes.csv, note $wnote, version 2' '$work/p2.flat' && ! grep -q 'interview record' '$work/p2.flat'"
check "exhibit-index.csv says which production holds each native" python3 -c "
import csv; rows=list(csv.DictReader(open('$p2/analyst/exhibit-index.csv')))
assert all(r['produced_in'] == '1' for r in rows) and len(rows) == 2, rows"
check "no protected name in the supplemental" bash -c "! grep -rqa 'ZEBRANAME' '$p2'"
"$cli" export "$c" --out "$work/none2" --supplemental >/dev/null 2>&1; rc=$?
check "right after it, nothing is new or changed (exit 2)" test $rc = 2

echo "passed $pass, failed $fail"
test $fail = 0
