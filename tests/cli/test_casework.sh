#!/usr/bin/env bash
# Issue 10 "Done when", through tessera-cli: a gap on the advertising act (the action element of 18 U.S.C. 1591) → a
# lead → a preservation request and a subpoena → the return imported, two rows outside the window quarantined → the
# business-record certificate attached → the element independent. Plus notes, the due view, the letter draft, the
# deconfliction export, the activity log and the production's notes.csv and quarantine.csv.
# Usage: test_casework.sh path/to/tessera-cli
set -u
cli=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Casework pässphrase' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
jq_() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

c=$work/op.tessera
"$cli" create "$c" --title "Operation Lantern" --case-number 2026-0310 --display-zone America/New_York --region US \
    --agency "Example PD" --investigator "Det. R. Alvarez" >/dev/null
off=$("$cli" person add "$c" --role offender --name "Marcus Webb" | jq_ 'd["id"]')
vic=$("$cli" person add "$c" --role victim --name "Jane Roe" | jq_ 'd["id"]')
phone=$("$cli" identifier add "$c" --person "$off" --kind phone --value "412 555 0147" | jq_ 'd["id"]')
"$cli" identifier add "$c" --person "$off" --kind plate --value "NJ ABC123" >/dev/null
"$cli" identifier add "$c" --person "$vic" --kind phone --value "412 555 0199" >/dev/null
charge=$("$cli" charge add "$c" --statute 18-usc-1591-a1-ffc --offender "$off" --victim "$vic" | jq_ 'd["id"]')

# The advertising act is known from the victim's statement alone: a gap.
printf 'statement\n' >"$work/statement.txt"
stmt=$("$cli" exhibit add "$c" "$work/statement.txt" --kind victim-statement --title "Statement" | jq_ 'd["id"]')
ev=$("$cli" event add "$c" --when 2023-07 --category advertising --summary "Ads posted with the offender's phone number" \
    --actor "$off" --other "$vic" | jq_ 'd["id"]')
"$cli" link "$c" --event "$ev" --exhibit "$stmt" >/dev/null
"$cli" element link "$c" --charge "$charge" --element action --event "$ev" >/dev/null
status() { "$cli" proof "$c" --format json | jq_ "[e['status'] for ch in d['charges'] for e in ch['elements'] if e['id']=='action'][0]"; }
check "the advertising act rests on the victim alone" test "$(status)" = victim-only

# Gap → lead in one step.
"$cli" lead gaps "$c" --format json >"$work/gaps.json"
check "lead gaps lists the action element" python3 -c "
import json; g=json.load(open('$work/gaps.json')); assert any(x['charge']==$charge and x['element']=='action' for x in g)"
lead=$("$cli" lead add "$c" --element "$charge/action" --owner "Det. R. Alvarez" --due 2023-09-01 | tee "$work/lead.json" | jq_ 'd["id"]')
check "the lead's title comes from the gap" grep -q '"title":"Get online ads for the action element' "$work/lead.json"

# Preservation (2703(f)): 90 days from service, renewed once for 90 more, not twice.
pres=$("$cli" process add "$c" --kind preservation --provider "Example Wireless" --served 2023-07-20 --identifier "$phone" | tee "$work/pres.json" | jq_ 'd["id"]')
check "preservation ends 90 days after service" grep -q '"expires":"2023-10-18"' "$work/pres.json"
"$cli" process renew "$c" --process "$pres" --served 2023-10-10 >"$work/renew.json"
check "renewed once for 90 more days" grep -q '"expires":"2024-01-16"' "$work/renew.json"
"$cli" process renew "$c" --process "$pres" --served 2023-12-01 >/dev/null 2>"$work/err"; rc=$?
check "a second renewal is refused (exit 4, names 2703(f)(2))" bash -c "test $rc = 4 && grep -q '2703(f)(2)' '$work/err'"

# The subpoena with its scope: the offender's phone, July 2023.
sub=$("$cli" process add "$c" --kind subpoena --provider "Example Wireless" --served 2023-08-01 --due 2023-08-31 \
    --identifier "$phone" --from 2023-07-01 --to 2023-07-31 --lead "$lead" | jq_ 'd["id"]')
"$cli" process list "$c" --due-within 200 --today 2023-08-20 --format json >"$work/due.json"
check "the due view: subpoena return first, then the preservation period" python3 -c "
import json; d=json.load(open('$work/due.json')); assert [p['id'] for p in d]==[$sub,$pres], d
assert d[0]['deadlines'][0]=={'date':'2023-08-31','action':d[0]['deadlines'][0]['action'],'days_left':11}"
n7=$("$cli" process list "$c" --due-within 7 --today 2023-08-20 --format json | jq_ 'len(d)')
check "nothing due within 7 days of 2023-08-20" test "$n7" = 0
"$cli" process letter "$c" --process "$sub" >"$work/letter.txt"
check "the letter draft names the number, window and basis" bash -c "grep -q '^DRAFT' '$work/letter.txt' && grep -q '+14125550147' '$work/letter.txt' && grep -q '2023-07-01 through 2023-07-31' '$work/letter.txt' && grep -q '2703(c)(2)' '$work/letter.txt'"

# The return: rows 2 and 3 in July, rows 4 (August) and 5 (June) outside the window.
printf 'interaction,direction,correspondent_id,datetime,call_duration,antenna_id\ntext,out,4125550148,2023-07-01 10:00:00,,1\ncall,in,4125550149,2023-07-10 22:15:00,61,2\ntext,out,4125550148,2023-08-15 09:00:00,,1\ntext,in,4125550150,2023-06-20 12:00:00,,3\n' >"$work/return.csv"
"$cli" import "$c" "$work/return.csv" --profile cdr-bandicoot --subscriber 4125550147 --time-basis UTC --return-of "$sub" >"$work/imp.json" 2>"$work/imp.err"
check "import keeps 4 records and quarantines 2" grep -q '"quarantined":2,"records":4' "$work/imp.json"
check "import says so on stderr" grep -q '2 records outside the scope of legal process' "$work/imp.err"
ex=$(jq_ 'd["exhibit"]' <"$work/imp.json")
"$cli" quarantine list "$c" --format json >"$work/q.json"
check "quarantine list: rows 4 and 5, outside the window" python3 -c "
import json; q=json.load(open('$work/q.json')); assert [(r['exhibit'],r['row'],r['reason']) for r in q]==[($ex,4,'outside-time-window'),($ex,5,'outside-time-window')], q"
nr=$("$cli" timeline "$c" --layer records --format json | jq_ 'len(d)')
check "the timeline leaves the quarantined records out" test "$nr" = 2
"$cli" exhibit list "$c" --format json >"$work/ex.json"
check "the exhibit's provenance points to the process" grep -q "return of legal process $sub (subpoena to Example Wireless" "$work/ex.json"
printf 'interaction,direction,correspondent_id,datetime,call_duration,antenna_id\ntext,out,4125550148,2023-07-02 10:00:00,,1\n' >"$work/other.csv"
"$cli" import "$c" "$work/other.csv" --profile cdr-bandicoot --return-of 99 >/dev/null 2>&1
check "an unknown process is a usage error" test $? = 2

# Closing the lead with the return links it to the element's event; the certificate makes the element independent.
"$cli" lead close "$c" --lead "$lead" --outcome "Carrier records for July 2023" --exhibit "$ex" >"$work/close.json"
check "closing the lead links the return to the advertising event" grep -q "\"linked_events\":\[$ev\]" "$work/close.json"
check "pending authentication before the certificate" test "$(status)" = pending-authentication
printf 'certificate of authenticity\n' >"$work/cert.txt"
"$cli" exhibit certify "$c" --exhibit "$ex" --method business-record --certificate "$work/cert.txt" --notice-served 2023-09-12 >/dev/null
check "the element is independent" test "$(status)" = independent
nd=$("$cli" process list "$c" --due-within 30 --today 2023-08-20 --format json | jq_ 'len(d)')
check "the return took the subpoena off the due view" test "$nd" = 0

# Notes: append-only, versioned, produced.
note=$("$cli" note add "$c" --text "Ad site contacted; carrier named in the ad." --about "event:$ev" | jq_ 'd["id"]')
"$cli" note revise "$c" --note "$note" --text "Ad site contacted; carrier named in the ad; Jane Roe not contacted." >"$work/rev.json"
check "a revision is version 2" grep -q '"version":2' "$work/rev.json"
nv=$("$cli" note list "$c" --format json | jq_ 'len(d[0]["versions"])')
check "both versions kept" test "$nv" = 2
"$cli" note revise "$c" --note 99 --text x >/dev/null 2>&1
check "revising an unknown note is a usage error" test $? = 2
"$cli" process add "$c" --kind letter --provider X >/dev/null 2>&1
check "an unknown kind of process is a usage error" test $? = 2

"$cli" export "$c" --out "$work/prod" >/dev/null
check "the production verifies" "$cli" verify-packet "$work/prod"
check "notes.csv holds both versions, the victim by pseudonym" python3 -c "
import csv; r=list(csv.DictReader(open('$work/prod/notes.csv')))
assert [x['version'] for x in r]==['1','2'], r
assert 'Jane Roe' not in open('$work/prod/notes.csv').read() and '[V-1]' in r[1]['text']"
check "quarantine.csv lists rows 4 and 5 with the native's Bates number" python3 -c "
import csv,json; r=list(csv.DictReader(open('$work/prod/quarantine.csv')))
assert [x['row'] for x in r]==['4','5'] and all(x['native_bates'].startswith('TSR-') for x in r), r
m=json.load(open('$work/prod/manifest.json')); assert {'notes','quarantine'} <= {f.get('role') for f in m['files']}"
check "the native return is produced as received" bash -c "cmp -s '$work/return.csv' \"\$(grep -l 'text,in,4125550150' '$work/prod'/natives/*)\""
if command -v pdftotext >/dev/null; then
    check "the report says records are quarantined" bash -c "pdftotext '$work/prod/report.pdf' - | tr '\n' ' ' | grep -q 'quarantined'"
fi

# Deconfliction: offender-side only, logged.
"$cli" deconfliction "$c" --out "$work/deconfliction.csv" >"$work/dec.json"
check "deconfliction holds the offender's phone and plate, never the victim's" bash -c "grep -q '+14125550147' '$work/deconfliction.csv' && grep -q 'NJ ABC123' '$work/deconfliction.csv' && ! grep -q '+14125550199' '$work/deconfliction.csv' && ! grep -q 'Jane' '$work/deconfliction.csv'"
"$cli" activity "$c" --format json --limit 0 >"$work/act.json"
check "the activity log shows the export, the quarantine and the renewal" python3 -c "
import json; a=json.load(open('$work/act.json')); acts=[x['action'] for x in a]
assert acts[0]=='deconfliction.export' and 'import.return-of' in acts and 'process.renew' in acts, acts
assert not any('Jane' in x['text'] or 'carrier named' in x['text'] for x in a)"
check "the case checks clean" "$cli" check "$c"

echo "$pass passed, $fail failed"
test "$fail" = 0
