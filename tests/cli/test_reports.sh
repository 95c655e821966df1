#!/usr/bin/env bash
# Issue 5 point 5 through tessera-cli: a report drafted (the writing prompts counted on stderr, never stored), signed
# (signer, time, SHA-256 of the exact text), frozen, changed into version 2 and signed again; every signed version and
# the current draft in the production's reports.csv, protected names by pseudonym; no finding in the case or packet.
# Usage: test_reports.sh path/to/tessera-cli
set -u
cli=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Reports pässphrase' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
jq_() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
code() { "$@" >/dev/null 2>&1; echo $?; }

c=$work/op.tessera
"$cli" create "$c" --title "Operation Lantern" --case-number 2026-0311 --display-zone America/New_York --region US \
    --agency "Example PD" --investigator "Det. R. Alvarez" >/dev/null
"$cli" person add "$c" --role offender --name "Marcus Webb" >/dev/null
"$cli" person add "$c" --role victim --name "Jane Roe" >/dev/null

printf 'On 3 July 2023 Marcus Webb drove Jane Roe to the Riverside Motel.\n\nJane Roe claims she was a prostitute.' >"$work/v1.txt"
id=$("$cli" report add "$c" --title "Investigative report" --text-file "$work/v1.txt" 2>"$work/add.err" | tee "$work/add.json" | jq_ 'd["id"]')
check "report add prints the id, version 1, draft" grep -q '"status":"draft"' "$work/add.json"
check "the writing prompts are counted on stderr while drafting" grep -q 'writing prompt' "$work/add.err"

sig=$("$cli" report sign "$c" --report "$id" | tee "$work/sign1.json" | jq_ 'd["sha256"]')
check "the signature's SHA-256 is the hash of the exact text" test "$sig" = "$(sha256sum <"$work/v1.txt" | cut -d' ' -f1)"
check "the signature names the signer, version 1 and the time in UTC" python3 -c "
import json; d=json.load(open('$work/sign1.json'))
assert d['signed_by']=='Det. R. Alvarez' and d['version']==1 and d['status']=='signed' and d['signed_utc'].endswith('Z'), d"
check "a signed version cannot be signed again (exit 2)" test "$(code "$cli" report sign "$c" --report "$id")" = 2

v2=$("$cli" report edit "$c" --report "$id" --text "On 3 July 2023 Marcus Webb drove Jane Roe to the Riverside Motel and paid in cash." | jq_ 'd["version"]')
check "an edit after signing starts version 2 as a draft" test "$v2" = 2
check "signing with a stale --sha256 is refused (exit 2)" test "$(code "$cli" report sign "$c" --report "$id" --sha256 "$sig")" = 2
good=$(printf 'On 3 July 2023 Marcus Webb drove Jane Roe to the Riverside Motel and paid in cash.' | sha256sum | cut -d' ' -f1)
check "signing with the draft's --sha256 signs version 2" bash -c "'$cli' report sign '$c' --report $id --sha256 $good | grep -q '\"version\":2'"
"$cli" report edit "$c" --report "$id" --text "A third text, still a draft." >/dev/null

"$cli" report list "$c" --format json >"$work/list.json"
check "report list: versions 1 and 2 signed, 3 a draft" python3 -c "
import json; d=json.load(open('$work/list.json')); v=d[0]['versions']
assert [x['status'] for x in v]==['signed','signed','draft'] and d[0]['status']=='draft' and d[0]['version']==3, d
assert v[0]['sha256']=='$sig' and v[2]['sha256'] is None and v[2]['signed_by'] is None"
"$cli" report show "$c" --report "$id" --version 1 --format json >"$work/show1.json"
check "report show --version 1 gives the signed text unchanged" python3 -c "
import json; d=json.load(open('$work/show1.json')); assert d['text']==open('$work/v1.txt').read() and d['sha256']=='$sig', d"
check "report show (table) names the signer and hash" bash -c "'$cli' report show '$c' --report $id --version 2 | grep -q 'SHA-256 $good'"
check "report list (table) shows the draft" bash -c "'$cli' report list '$c' | grep -q 'draft'"

check "an unknown report is exit 2" test "$(code "$cli" report show "$c" --report 99)" = 2
check "an unknown version is exit 2" test "$(code "$cli" report show "$c" --report "$id" --version 9)" = 2
check "no text is exit 2" test "$(code "$cli" report add "$c" --title T)" = 2
check "a missing --text-file is exit 4" test "$(code "$cli" report add "$c" --title T --text-file "$work/none.txt")" = 4
printf '\xff\xfe bad' >"$work/bad.txt"
check "a --text-file that is not UTF-8 is exit 4" test "$(code "$cli" report add "$c" --title T --text-file "$work/bad.txt")" = 4

# The prompts' reasons and suggestions for that text, to look for in the case and the production.
"$cli" lint "$work/v1.txt" --format json >"$work/lint.json"
python3 -c "
import json; f=json.load(open('$work/lint.json')); text=open('$work/v1.txt').read()
needles=set()
for x in f:
    for s in [x['rule'], x['why'], x['source']] + x['suggestions']:
        if len(s) >= 6 and s.lower() not in text.lower(): needles.add(s)
assert len(needles) >= 3, needles
open('$work/needles.txt','w').write('\n'.join(sorted(needles)))"

"$cli" export "$c" --out "$work/prod" >/dev/null
check "the production holds reports.csv" test -f "$work/prod/reports.csv"
check "reports.csv: both signed versions with signer, time and hash, and the draft marked" python3 -c "
import csv; r=list(csv.DictReader(open('$work/prod/reports.csv')))
assert [x['version'] for x in r]==['1','2','3'], r
assert r[0]['status']=='signed' and r[0]['sha256']=='$sig' and r[0]['signed_by']=='Det. R. Alvarez' and r[0]['signed_utc'].endswith('Z')
assert r[1]['sha256']=='$good' and r[2]['status']=='draft (unsigned)' and r[2]['sha256']==''
assert r[0]['redacted']=='yes' and 'Jane Roe' not in open('$work/prod/reports.csv').read() and '[V-1]' in r[0]['text']"
check "the manifest lists reports.csv" grep -q 'reports.csv' "$work/prod/manifest.json"
check "no finding's rule, reason, suggestion or source is in the production" python3 -c "
import os; needles=open('$work/needles.txt').read().split('\n'); hits=[]
for root,_,files in os.walk('$work/prod'):
    for f in files:
        b=open(os.path.join(root,f),'rb').read().decode('utf-8','replace').lower()
        hits+=[(f,n) for n in needles if n.lower() in b]
assert not hits, hits"
if command -v pdftotext >/dev/null; then
    pdftotext "$work/prod/report.pdf" "$work/report.txt"
    check "the report PDF's summary names reports.csv" bash -c "tr '\n' ' ' <'$work/report.txt' | grep -q 'reports.csv'"
    check "no finding text in the report PDF" python3 -c "
t=open('$work/report.txt').read().lower(); n=open('$work/needles.txt').read().split('\n')
assert not [x for x in n if x.lower() in t]"
fi
"$cli" activity "$c" --format json --limit 0 >"$work/act.json"
check "the activity log names the signatures, never the text" python3 -c "
import json; a=json.load(open('$work/act.json')); acts=[x['action'] for x in a]
assert acts.count('report.sign')==2 and 'report.draft' in acts, acts
assert not any('Riverside' in x['text'] or 'prostitute' in x['text'] for x in a)"
check "the case checks clean" "$cli" check "$c"

echo "$pass passed, $fail failed"
test "$fail" = 0
