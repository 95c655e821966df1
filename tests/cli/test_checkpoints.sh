#!/usr/bin/env bash
# Victim choice through tessera-cli (issue 4), as a detective would script it:
# "V-1 declines an interview and a device extraction; the case against the offender is built from records; V-1
# later agrees to an interview with an advocate" — plus the benefit ledger, sealing after a withdrawal, and a
# production from which no protected detail, declined choice or safe-contact note can be extracted (pdftotext, pdfinfo).
# Usage: test_checkpoints.sh path/to/tessera-cli path/to/samples
set -u
cli=$(realpath "$1")
samples=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Checkpoint pässphrase' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
jget() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

c=$work/op.tessera
"$cli" create "$c" --title "Operation Lantern" --case-number 2026-0107 --display-zone America/New_York \
    --investigator "Det. R. Alvarez" >/dev/null
off=$("$cli" person add "$c" --role offender --name "Marcus Webb" | jget '["id"]')
vid=$("$cli" person add "$c" --role victim --name "Rosa QZVICTIMNAME Diaz" --dob 1999-05-05 | jget '["id"]')
wid=$("$cli" person add "$c" --role witness --name "Kid QZMINORNAME Witness" | jget '["pseudonym"]')
check "a witness of unknown age gets a pseudonym" test "$wid" = W-1
"$cli" identifier add "$c" --person "$off" --kind phone --value "412 555 0147" >/dev/null
"$cli" identifier add "$c" --person "$vid" --kind email --value "qzvictim@example.org" >/dev/null

"$cli" checkpoints --format json >"$work/points.json"
check "checkpoints lists every decision point of the contract, each with alternatives" python3 -c "
import json; d=json.load(open('$work/points.json')); ids={p['id'] for p in d}
need={'interview','advocate','interpreter','recording','medical-exam','photographs','device-extraction','return-of-property','contact','referral','continued-presence','t-visa','u-visa','media','testify'}
assert need <= ids, need-ids
assert all(p['explain'] and p['if_declined'] for p in d)
assert [p for p in d if p['id']=='continued-presence'][0]['never_conditioned_on_cooperation']"

# No decision yet: an interview is held (exit 6), naming the decision point and that it is missing.
"$cli" interview add "$c" --victim "$vid" --lead "SA Lee" --note-taker "Det. Park" >/dev/null 2>"$work/err"; rc=$?
check "interview add without a decision: exit 6, 'interview' missing" bash -c "test $rc = 6 && grep -q \"'interview' is missing\" '$work/err'"

# V-1 declines an interview and a device extraction.
"$cli" checkpoint record "$c" --victim "$vid" --point interview --decision declined --explained \
    --note "QZDECLINENOTE prefers not to talk now" >"$work/d1.json"
check "a declined interview returns the offender-focused alternatives" python3 -c "
import json; d=json.load(open('$work/d1.json')); assert d['decision']=='declined' and any('records' in a for a in d['alternatives'])"
"$cli" checkpoint record "$c" --victim "$vid" --point device-extraction --decision declined --explained >/dev/null
"$cli" interview add "$c" --victim "$vid" --lead "SA Lee" --note-taker "Det. Park" >"$work/out" 2>"$work/err"; rc=$?
check "interview add after a decline: exit 6 naming 'interview' and declined, nothing printed" bash -c "test $rc = 6 && grep -q \"'interview' is declined\" '$work/err' && test ! -s '$work/out'"
check "the message names the person by pseudonym only" bash -c "grep -q V-1 '$work/err' && ! grep -q QZVICTIMNAME '$work/err'"
printf 'extraction of the phone\n' >"$work/phone.bin"
n0=$("$cli" exhibit list "$c" --format json | jget '.__len__()')
"$cli" exhibit add "$c" "$work/phone.bin" --kind victim-device-extraction --provided-by "$vid" >/dev/null 2>"$work/err"; rc=$?
check "extracting V-1's phone after a decline: exit 6 naming 'device-extraction'" bash -c "test $rc = 6 && grep -q \"'device-extraction' is declined\" '$work/err'"
check "nothing was written" test "$("$cli" exhibit list "$c" --format json | jget '.__len__()')" = "$n0"

# Other choices, safe-contact details, benefits.
"$cli" checkpoint record "$c" --victim "$vid" --point medical-exam --decision declined --note "QZEXAMNOTE" >/dev/null 2>&1
"$cli" checkpoint record "$c" --victim "$vid" --point referral --decision declined >/dev/null
"$cli" checkpoint record "$c" --victim "$vid" --point contact --decision agreed --explained \
    --note "text only after 6 pm, code word QZSAFECONTACT" >/dev/null
# Contacting V-1 the way they chose: logged (channel and safe-contact note never produced); seeing them is audited.
"$cli" contact add "$c" --victim "$vid" --channel "text QZCHANNEL" --purpose "court date notice" \
    --safe-note "QZSAFENOTE only after 6 pm" --when 2026-03-02T18:30:00-05:00 >"$work/ct.json"
check "contact add with the contact choice agreed" python3 -c "import json; assert json.load(open('$work/ct.json'))['id'] > 0"
"$cli" contact list "$c" --victim "$vid" --format json >"$work/ct-list.json"
check "contact list without --details leaves out the channel and safe-contact note" bash -c "
grep -q 'court date notice' '$work/ct-list.json' && ! grep -qE 'QZCHANNEL|QZSAFENOTE' '$work/ct-list.json'"
"$cli" contact details "$c" --victim "$vid" >"$work/ct-details.json"
check "contact details shows the safe-contact details while the choice allows it" grep -q QZSAFECONTACT "$work/ct-details.json"
"$cli" checkpoint record "$c" --victim "$vid" --point continued-presence --decision agreed --explained >/dev/null 2>"$work/err"
check "recording Continued Presence says it is never conditioned on cooperation" grep -q "never conditioned on cooperation" "$work/err"
"$cli" checkpoint record "$c" --victim "$vid" --point interview --decision agreed --scope-from 2026-01-01 >/dev/null 2>&1; rc=$?
check "a scope on a point that takes none: exit 2" test $rc = 2
"$cli" benefit add "$c" --to "$vid" --kind lodging --date 2026-03-01 --amount 125.50 --note "two nights" >/dev/null 2>&1
"$cli" benefit add "$c" --to "$vid" --kind continued-presence --date 2026-03-02 >/dev/null 2>"$work/err"
check "benefit add continued-presence says it is never conditioned on cooperation" grep -q "never conditioned on cooperation" "$work/err"
"$cli" benefit add "$c" --to "$vid" --kind money --date 2026-03-03 --amount 1e3 >/dev/null 2>&1; rc=$?
check "a floating-point amount is refused: exit 2" test $rc = 2
"$cli" benefit list "$c" --format json >"$work/benefits.json"
check "benefit list: exact decimal text, victims by pseudonym" python3 -c "
import json; d=json.load(open('$work/benefits.json')); assert [b['kind'] for b in d]==['lodging','continued-presence']
assert d[0]['amount']=='125.50' and isinstance(d[0]['amount'], str) and d[1]['amount'] is None and d[0]['label']=='V-1'"

# The case against the offender is built from records.
"$cli" import "$c" "$samples/cdr-bandicoot/ego.csv" --profile cdr-bandicoot --subscriber "412-555-0147" \
    --time-basis America/New_York >"$work/imp.json"
check "the offender's call records import (314)" grep -q '"records":314' "$work/imp.json"
cdr=$(jget '["exhibit"]' <"$work/imp.json")
"$cli" exhibit certify "$c" --exhibit "$cdr" --method business-record --notice-served 2026-11-01 >/dev/null 2>&1
ch=$("$cli" charge add "$c" --statute 18-usc-1591-a1-ffc --offender "$off" --victim "$vid" | jget '["id"]')
ev=$("$cli" event add "$c" --when 2014-03 --category communication --summary "Webb used his phone to arrange dates" \
     --actor "$off" --other "$vid" | jget '["id"]')
"$cli" link "$c" --event "$ev" --exhibit "$cdr" >/dev/null
"$cli" element link "$c" --charge "$ch" --element commerce --event "$ev" >/dev/null
check "proof: the commerce element is proven independently of V-1" bash -c "'$cli' proof '$c' --format json | python3 -c \"import json,sys; d=json.load(sys.stdin); e=[x for x in d['charges'][0]['elements'] if x['id']=='commerce'][0]; assert e['status']=='independent', e\""

# V-1 later agrees to an interview with an advocate.
"$cli" checkpoint record "$c" --victim "$vid" --point interview --decision agreed --explained --advocate-present >/dev/null
"$cli" interview add "$c" --victim "$vid" --lead "SA Lee" --note-taker "Det. Park" --advocate "Shelter advocate" \
    >"$work/i1.json" 2>"$work/err"; rc=$?
check "interview add after V-1 agrees: exit 0, interview 1, no repeat warning" bash -c "test $rc = 0 && python3 -c \"import json; d=json.load(open('$work/i1.json')); assert d['interview_number']==1 and d['recorded'] is False\" && ! grep -q 'warning' '$work/err'"
check "recording and interpreter not yet asked: reminders that block nothing" bash -c "grep -q \"'recording' has not been asked\" '$work/err'"
"$cli" interview add "$c" --victim "$vid" --lead "SA Lee" --note-taker "Det. Park" >"$work/i2.json" 2>"$work/err"
check "a second interview is preceded by a warning with the count and the alternatives" bash -c "grep -q 'interviewed 1 time' '$work/err' && grep -q 'records' '$work/err' && grep -q '\"interview_number\":2' '$work/i2.json'"

# A device extraction within an agreed scope, then withdrawn: sealed and flagged, never purged.
"$cli" checkpoint record "$c" --victim "$vid" --point device-extraction --decision agreed --explained \
    --scope-from 2014-03-01 --scope-to 2014-04-30 --scope-item WhatsApp >/dev/null
ex=$("$cli" exhibit add "$c" "$work/phone.bin" --kind victim-device-extraction --provided-by "$vid" --title "V-1 phone, WhatsApp" | jget '["id"]')
check "with the agreed choice the extraction is added" test -n "$ex"
"$cli" checkpoint record "$c" --victim "$vid" --point device-extraction --decision withdrawn >"$work/w.json" 2>/dev/null
check "withdrawal seals the extraction" python3 -c "import json; d=json.load(open('$work/w.json')); assert d['sealed_exhibits']==[$ex]"
"$cli" exhibit list "$c" --format json >"$work/ex.json"
check "exhibit list flags the sealed exhibit (kept, for the prosecutor)" python3 -c "
import json; d={e['id']:e for e in json.load(open('$work/ex.json'))}; assert 'prosecutor' in d[$ex]['sealed'] and d[$cdr]['sealed'] is None"

"$cli" checkpoint list "$c" --victim "$vid" --format json >"$work/list.json"
check "checkpoint list: a JSON array of decisions, oldest first, with scope, who and when" python3 -c "
import json; d=json.load(open('$work/list.json')); ids=[x['id'] for x in d]; assert ids==sorted(ids) and len(d)==9
assert d[0]['point']=='interview' and d[0]['decision']=='declined' and d[0]['recorded_utc'].endswith('Z')
x=[x for x in d if x['decision']=='agreed' and x['point']=='device-extraction'][0]
assert x['scope']=={'from':'2014-03-01','to':'2014-04-30','items':['WhatsApp']} and x['recorded_by']=='Det. R. Alvarez'"
"$cli" checkpoint record "$c" --victim "$vid" --point contact --decision declined >/dev/null
"$cli" checkpoint list "$c" --victim "$vid" --format json >"$work/list2.json"
check "once V-1 declines contact, the safe-contact note is withheld from the listing" bash -c "! grep -q QZSAFECONTACT '$work/list2.json' && grep -q note_withheld '$work/list2.json'"
check "the audit chain holds every decision" bash -c "'$cli' check '$c' >/dev/null"
"$cli" contact add "$c" --victim "$vid" --channel phone >/dev/null 2>"$work/err"; rc=$?
check "after V-1 declines contact: contact add exit 6 naming 'contact', with the alternative" bash -c "
test $rc = 6 && grep -q \"'contact' is declined\" '$work/err' && grep -q 'advocate' '$work/err'"
"$cli" contact details "$c" --victim "$vid" >/dev/null 2>&1; rc=$?
check "after V-1 declines contact: contact details exit 6" test $rc = 6
check "the contact log is kept (nothing existing hidden): it still lists the entry" bash -c "
'$cli' contact list '$c' --victim '$vid' --format json | grep -q 'court date notice'"

# Photographs of branding: declined → exit 6 with the alternatives; agreed → a victim-photograph exhibit by pseudonym.
printf 'JPEG-BYTES-OF-A-BRANDING-TATTOO\n' >"$work/branding.jpg"
"$cli" checkpoint record "$c" --victim "$vid" --point photographs --decision declined --explained >/dev/null
"$cli" photograph add "$c" "$work/branding.jpg" --victim "$vid" --subject branding >/dev/null 2>"$work/err"; rc=$?
check "photograph add after a decline: exit 6 naming 'photographs', offering the suspect's phone" bash -c "
test $rc = 6 && grep -q \"'photographs' is declined\" '$work/err' && grep -q \"suspect's own phone\" '$work/err'"
"$cli" checkpoint record "$c" --victim "$vid" --point photographs --decision agreed --explained >/dev/null
photo=$("$cli" photograph add "$c" "$work/branding.jpg" --victim "$vid" --subject branding | jget '["id"]')
"$cli" exhibit list "$c" --format json >"$work/ex2.json"
check "the photograph is an exhibit of V-1, titled by pseudonym, victim-sourced" python3 -c "
import json; e=[e for e in json.load(open('$work/ex2.json')) if e['id']==$photo][0]
assert e['kind']=='victim-photograph' and e['title']=='Photograph (branding) of V-1' and e['victim_sourced']"

# A media request about V-1: declined → exit 6 with the offender-focused alternative; agreed → recorded.
"$cli" checkpoint record "$c" --victim "$vid" --point media --decision declined --explained >/dev/null
"$cli" media add "$c" --victim "$vid" --received 2026-03-05 --outlet "QZOUTLET Gazette" --request "QZMEDIAREQ profile" \
    >/dev/null 2>"$work/err"; rc=$?
check "media add after a decline: exit 6 naming 'media', offering an offender-focused statement" bash -c "
test $rc = 6 && grep -q \"'media' is declined\" '$work/err' && grep -q \"offender's conduct\" '$work/err'"
"$cli" checkpoint record "$c" --victim "$vid" --point media --decision agreed --explained >/dev/null
"$cli" media add "$c" --victim "$vid" --received 2026-03-05 --outlet "QZOUTLET Gazette" --request "QZMEDIAREQ profile" \
    --response "statement on the offender's conduct only" >/dev/null
check "media list shows the request" bash -c "'$cli' media list '$c' --format json | grep -q QZOUTLET"

# An investigator's note that names V-1 (notes are discoverable: the production copy shows the pseudonym).
"$cli" note add "$c" --text "Met Rosa QZVICTIMNAME Diaz with the advocate; she spoke about Webb's phone." --about "person:$vid" >/dev/null 2>&1

# The production: victims and minors by pseudonym; nothing declined, no safe-contact note, no protected detail.
p=$work/packet
"$cli" export "$c" --out "$p" >/dev/null
check "the production verifies" bash -c "'$cli' verify-packet '$p' >/dev/null 2>&1"
pdftotext -layout "$p/report.pdf" "$work/report.txt"
pdfinfo "$p/report.pdf" >"$work/info.txt"
# Tessera's own documents of the production (the natives are produced as received).
find "$p" -printf '%P\n' >"$work/names.txt"
# Every document Tessera itself writes: the report's text and metadata, file names, and each file beside the natives.
cat "$work/report.txt" "$work/info.txt" "$work/names.txt" $(find "$p" -maxdepth 1 -type f ! -name '*.pdf' ! -name '*.sig') >"$work/own.txt"
check "the report names V-1 and W-1 by pseudonym" bash -c "grep -q 'V-1' '$work/report.txt' && grep -q 'W-1' '$work/report.txt'"
check "no protected name, identifier, declined choice or safe-contact note in text, metadata, manifest or file names" \
    bash -c "! grep -qiE 'QZVICTIMNAME|Rosa|Diaz|QZMINORNAME|qzvictim@example|QZDECLINENOTE|QZEXAMNOTE|QZSAFECONTACT|QZCHANNEL|QZSAFENOTE|QZOUTLET|QZMEDIAREQ|medical-exam|referral|declined' '$work/own.txt'"
check "the investigator's note is produced, naming V-1 by the marked pseudonym" grep -q '\[V-1\]' "$p/notes.csv"
check "no protected detail anywhere in the production folder, natives included" \
    bash -c "! grep -rqaiE 'QZVICTIMNAME|QZMINORNAME|QZDECLINENOTE|QZEXAMNOTE|QZSAFECONTACT|QZCHANNEL|QZSAFENOTE|QZOUTLET|QZMEDIAREQ' '$p'"
check "the photograph of V-1 is produced (nothing existing hidden from the prosecutor)" \
    python3 -c "import json; m=json.load(open('$p/manifest.json')); assert any(f.get('exhibit_id')==$photo for f in m['files'])"
check "the sealed extraction is produced as received, flagged in the exhibit index and the manifest" bash -c "
grep -q 'SEALED' '$work/report.txt' && python3 -c \"import json; m=json.load(open('$p/manifest.json')); s=[f for f in m['files'] if f.get('exhibit_id')==$ex][0]; assert 'prosecutor' in s['sealed']\""
check "the PDF metadata carries no protected detail" bash -c "grep -q 'Operation Lantern' '$work/info.txt'"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
