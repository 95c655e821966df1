#!/usr/bin/env bash
# Issue 10 "Done when", word for word, through tessera-cli: a gap on the advertising element → a lead → a preservation
# request and a subpoena to the ad site → the ad site's return (ads-csv) imported against the subpoena, two rows
# outside the window quarantined → the business-record certificate attached → the element independent. Also the
# preservation renewal counted from the first period's end (18 U.S.C. 2703(f)(2)), with exact dates.
# Usage: test_casework_ad_site.sh path/to/tessera-cli [KEEP_DIR]
#   KEEP_DIR (optional): keep the finished case there as ad-site.tessera (for screenshots); it must not exist.
set -u
cli=$(realpath "$1")
keep=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Ad site pässphrase' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
jq_() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

c=$work/ad-site.tessera
"$cli" create "$c" --title "Operation Lantern" --case-number 2026-0310 --display-zone America/New_York --region US \
    --agency "Example PD" --investigator "Det. R. Alvarez" >/dev/null
off=$("$cli" person add "$c" --role offender --name "Marcus Webb" | jq_ 'd["id"]')
vic=$("$cli" person add "$c" --role victim --name "Jane Roe" | jq_ 'd["id"]')
phone=$("$cli" identifier add "$c" --person "$off" --kind phone --value "412 555 0147" | jq_ 'd["id"]')
charge=$("$cli" charge add "$c" --statute 18-usc-1591-a1-ffc --offender "$off" --victim "$vic" | jq_ 'd["id"]')
printf 'statement\n' >"$work/statement.txt"
stmt=$("$cli" exhibit add "$c" "$work/statement.txt" --kind victim-statement --title "Statement" | jq_ 'd["id"]')
ev=$("$cli" event add "$c" --when 2023-07 --category advertising --summary "Ads posted with the offender's phone number" \
    --actor "$off" --other "$vic" | jq_ 'd["id"]')
"$cli" link "$c" --event "$ev" --exhibit "$stmt" >/dev/null
"$cli" element link "$c" --charge "$charge" --element action --event "$ev" >/dev/null
status() { "$cli" proof "$c" --format json | jq_ "[e['status'] for ch in d['charges'] for e in ch['elements'] if e['id']=='action'][0]"; }
check "1. the advertising element is a gap (victim only)" test "$(status)" = victim-only

lead=$("$cli" lead add "$c" --element "$charge/action" --owner "Det. R. Alvarez" | jq_ 'd["id"]')
check "2. a lead from the gap, carrying the element" bash -c "'$cli' lead list '$c' --format json | grep -q '\"element\": \"$charge/action\"'"

# 3. Preservation to the ad site, served 2023-07-20: the first 90 days end 2023-10-18. Renewed early (2023-08-01), the
# extension still runs from 2023-10-18: 2024-01-16, not 2023-10-30 (renewal + 90).
pres=$("$cli" process add "$c" --kind preservation --provider "Example Classifieds" --served 2023-07-20 \
    --identifier "$phone" --lead "$lead" | tee "$work/pres.json" | jq_ 'd["id"]')
check "3a. preservation ends 2023-10-18" grep -q '"expires":"2023-10-18"' "$work/pres.json"
"$cli" process renew "$c" --process "$pres" --served 2023-08-01 >"$work/renew.json"
check "3b. renewed early: ends 2024-01-16 (from the first end), not 2023-10-30" grep -q '"expires":"2024-01-16"' "$work/renew.json"
"$cli" process renew "$c" --process "$pres" --served 2023-09-01 >/dev/null 2>&1
check "3c. a second renewal is refused (exit 4)" test $? = 4
sub=$("$cli" process add "$c" --kind subpoena --provider "Example Classifieds" --served 2023-08-01 --due 2023-08-31 \
    --identifier "$phone" --from 2023-07-01 --to 2023-07-31 --lead "$lead" | jq_ 'd["id"]')
"$cli" process list "$c" --format json >"$work/processes.json"
check "3d. both to the ad site, for the lead, not withdrawn" python3 -c "
import json; d=json.load(open('$work/processes.json'))
assert [(p['kind'],p['provider'],p['lead'],p['withdrawn']) for p in d]==[('preservation','Example Classifieds',$lead,False),('subpoena','Example Classifieds',$lead,False)], d"

# 4. The ad site's return: July listings in scope; June and August ones outside the window.
cat >"$work/classifieds-return.csv" <<'CSV'
Ad ID,Posted,Site,City,Phone,Title
000123,2023-07-04 21:15,example-classifieds,Pittsburgh,412.555.0147,New in town
000124,2023-07-18 20:00,example-classifieds,Pittsburgh,412.555.0147,Back this week
000125,2023-08-15 19:00,example-classifieds,Pittsburgh,412.555.0147,Last days
000126,2023-06-20 12:00,example-classifieds,Pittsburgh,412.555.0147,Arriving soon
CSV
"$cli" import "$c" "$work/classifieds-return.csv" --profile ads-csv --return-of "$sub" >"$work/imp.json" 2>/dev/null
check "4a. four listings kept, two quarantined" grep -q '"quarantined":2,"records":4' "$work/imp.json"
ex=$(jq_ 'd["exhibit"]' <"$work/imp.json")
"$cli" quarantine list "$c" --format json >"$work/q.json"
check "4b. rows 4 and 5 outside the window" python3 -c "
import json; q=json.load(open('$work/q.json')); assert [(r['row'],r['reason']) for r in q]==[(4,'outside-time-window'),(5,'outside-time-window')], q"

"$cli" lead close "$c" --lead "$lead" --outcome "Ad site records, July 2023" --exhibit "$ex" >/dev/null
check "5. the return supports the element: pending authentication" test "$(status)" = pending-authentication

printf 'Certificate of authenticity of business records (FRE 902(11)), Example Classifieds\n' >"$work/cert.txt"
"$cli" exhibit certify "$c" --exhibit "$ex" --method business-record --certificate "$work/cert.txt" --notice-served 2023-09-12 >/dev/null
check "6. certificate attached: the element is independent" test "$(status)" = independent
"$cli" exhibit list "$c" --format json >"$work/ex.json"
check "6b. the certificate is its own exhibit" python3 -c "
import json; x=json.load(open('$work/ex.json'))
assert any(e['title'].startswith('Certificate of authenticity for exhibit $ex') for e in x), x
assert [e['authentication'] for e in x if e['id']==$ex]==['business-record'], x"
check "the case checks clean" "$cli" check "$c"

if [ -n "$keep" ]; then
    mkdir -p "$keep" && cp "$c" "$keep/ad-site.tessera" && cp "$work/classifieds-return.csv" "$work/cert.txt" "$keep/" &&
        echo "kept $keep/ad-site.tessera"
fi
echo "$pass passed, $fail failed"
test "$fail" = 0
