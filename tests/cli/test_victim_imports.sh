#!/usr/bin/env bash
# Imports of a victim's own device or data through tessera-cli (issue 4): `import --provided-by PERSON` asks the
# person's device-extraction choice for every profile family; exit 6 names the decision point and nothing is written;
# within an agreed scope only the records inside the dates and apps are created; after a withdrawal, no more imports.
# Usage: test_victim_imports.sh path/to/tessera-cli
set -u
cli=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Import pässphrase' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
jget() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

c=$work/dev.tessera
"$cli" create "$c" --title "Operation Harbor" --display-zone America/New_York >/dev/null
off=$("$cli" person add "$c" --role offender --name "Marcus Webb" | jget '["id"]')
vid=$("$cli" person add "$c" --role victim --name "Rosa QZVICTIMNAME Diaz" | jget '["id"]')

cat >"$work/phone.jsonl" <<'J'
{"message":"m1","datetime":"2025-03-05T10:00:00+00:00","timestamp_desc":"Message sent","data_type":"android:messaging:whatsapp"}
{"message":"m2","datetime":"2025-03-06T10:00:00+00:00","timestamp_desc":"Message sent","data_type":"android:sms"}
{"message":"m3","datetime":"2025-05-01T10:00:00+00:00","timestamp_desc":"Message sent","data_type":"android:messaging:whatsapp"}
J
printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Contact One\r\nTEL:+12125550103\r\nEND:VCARD\r\n' >"$work/contacts.vcf"
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20250305T100000Z\r\nSUMMARY:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' >"$work/cal.ics"
printf 'From: a@example.org\r\nTo: b@example.org\r\nDate: Wed, 05 Mar 2025 10:00:00 +0000\r\nSubject: s\r\n\r\nx\r\n' >"$work/m.eml"
printf '<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="40.7" lon="-74.0"><time>2025-03-05T10:00:00Z</time></wpt></gpx>\n' >"$work/t.gpx"
printf 'message,datetime,timestamp_desc\nm1,2025-03-05T10:00:00+00:00,Message sent\n' >"$work/ts.csv"
count() { "$cli" exhibit list "$c" --format json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))"; }

# No decision: every profile family is held, naming the decision point; nothing written.
for f in phone.jsonl:timesketch-jsonl ts.csv:timesketch-csv contacts.vcf:vcard cal.ics:ics m.eml:eml t.gpx:gpx; do
    file=${f%%:*}; prof=${f##*:}
    "$cli" import "$c" "$work/$file" --profile "$prof" --provided-by "$vid" >/dev/null 2>"$work/err"; rc=$?
    check "$prof of V-1's device without a decision: exit 6 naming 'device-extraction' missing, by pseudonym" bash -c "
    test $rc = 6 && grep -q \"'device-extraction' is missing\" '$work/err' && grep -q V-1 '$work/err' && ! grep -q QZVICTIMNAME '$work/err'"
done
check "nothing was written" test "$(count)" = 0
"$cli" import "$c" "$work/phone.jsonl" --profile timesketch-jsonl --provided-by 999 >/dev/null 2>&1; rc=$?
check "an unknown person: exit 2" test $rc = 2

# Declined: held with the offender-focused alternatives; the offender's own device is never held.
"$cli" checkpoint record "$c" --victim "$vid" --point device-extraction --decision declined --explained >/dev/null
"$cli" import "$c" "$work/phone.jsonl" --profile timesketch-jsonl --provided-by "$vid" >/dev/null 2>"$work/err"; rc=$?
check "declined: exit 6 with the alternatives (suspect's device, provider records)" bash -c "
test $rc = 6 && grep -q \"'device-extraction' is declined\" '$work/err' && grep -q \"suspect's device\" '$work/err'"
"$cli" import "$c" "$work/ts.csv" --profile timesketch-csv --provided-by "$off" >"$work/o.json"
check "the offender's device imports whatever V-1 chose" python3 -c "import json; assert json.load(open('$work/o.json'))['records']==1"

# Agreed for WhatsApp in March 2025: only that record is created; the contact list is outside.
"$cli" checkpoint record "$c" --victim "$vid" --point device-extraction --decision agreed --explained \
    --scope-from 2025-03-01 --scope-to 2025-03-31 --scope-item WhatsApp >/dev/null
"$cli" import "$c" "$work/phone.jsonl" --profile timesketch-jsonl --provided-by "$vid" >"$work/i.json" 2>"$work/err"
check "within scope: 1 record created, 2 outside not created, with a warning" bash -c "
python3 -c \"import json; d=json.load(open('$work/i.json')); assert d['records']==1 and d['outside_scope']==2\" &&
grep -q 'outside the dates and apps' '$work/err'"
ex=$(jget '["exhibit"]' <"$work/i.json")
"$cli" import "$c" "$work/contacts.vcf" --profile vcard --provided-by "$vid" >/dev/null 2>"$work/err"; rc=$?
check "V-1's contacts, not agreed to: exit 6, nothing imported" bash -c "test $rc = 6 && grep -q 'device-extraction' '$work/err'"
"$cli" timeline "$c" --format json >"$work/tl.json"
check "the timeline holds only the agreed record of V-1's phone" python3 -c "
import json; d=json.load(open('$work/tl.json')); s=[x['lower_utc'] for x in d if x['kind']=='record' and $ex in x['exhibits']]
assert s==['2025-03-05T10:00:00.000000Z'], s"

# Withdrawn: the exhibit is sealed (kept, for the prosecutor); no further import.
"$cli" checkpoint record "$c" --victim "$vid" --point device-extraction --decision withdrawn >"$work/w.json"
check "withdrawal seals the imported exhibit" python3 -c "import json; assert json.load(open('$work/w.json'))['sealed_exhibits']==[$ex]"
"$cli" import "$c" "$work/cal.ics" --profile ics --provided-by "$vid" >/dev/null 2>"$work/err"; rc=$?
check "after the withdrawal: exit 6, 'withdrawn'" bash -c "test $rc = 6 && grep -q \"'device-extraction' is withdrawn\" '$work/err'"
check "the audit chain holds" bash -c "'$cli' check '$c' >/dev/null"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
