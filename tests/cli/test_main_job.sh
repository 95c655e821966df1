#!/usr/bin/env bash
# The main job end to end through tessera-cli, as a detective would script it, on the bundled real samples:
# create → person add → identifier add → import (both real layouts) → timeline → export → verify-packet,
# plus the security promises a user relies on (no plaintext on disk, exit codes, locking, tamper detection).
# Usage: test_main_job.sh path/to/tessera-cli path/to/samples
set -u
cli=$(realpath "$1")
samples=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Main job pässphrase' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR" "$work/case"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }

c=$work/case/op-2026-0042.tessera
"$cli" create "$c" --title "Operation Marker" --case-number 2026-0042 --display-zone America/New_York \
    --agency "Example PD" --investigator "Det. R. Alvarez" >/dev/null
check "create" test -s "$c"

off=$("$cli" person add "$c" --role offender --name "Marcus Webb" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
vic=$("$cli" person add "$c" --role victim --name "Jane MARKERNAME Roe" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["id"], d["pseudonym"])')
vid=${vic% *}; vps=${vic#* }
check "victims get a pseudonym" test "$vps" = V-1
"$cli" identifier add "$c" --person "$off" --kind phone --value "412 555 0147" >/dev/null
"$cli" identifier add "$c" --person "$vid" --kind handle --value A >/dev/null

"$cli" import "$c" "$samples/cdr-bandicoot/ego.csv" --profile cdr-bandicoot --subscriber "412-555-0147" \
    --time-basis America/New_York >"$work/imp1.json"
check "import ego.csv: 314 records" grep -q '"records":314' "$work/imp1.json"
"$cli" import "$c" "$samples/cdr-bandicoot/u_test.csv" --profile cdr-orange --time-basis UTC --region SN >"$work/imp2.json"
check "import u_test.csv: 500 records, 175 flagged" grep -q '"flagged":175,"quarantined":0,"records":500' "$work/imp2.json"

# A generated return carrying a marker string: it must never appear in plaintext on disk.
printf 'interaction,direction,correspondent_id,datetime,call_duration,antenna_id\ntext,out,MARKERQZX7731,2014-04-20 10:00:00,,1\n' >"$work/marker.csv"
"$cli" import "$c" "$work/marker.csv" --profile cdr-bandicoot --subscriber 4125550147 --time-basis UTC >/dev/null
check "marker and victim name absent from the case file" bash -c "! grep -aqE 'MARKERQZX7731|MARKERNAME|Operation Marker' '$c'"

n=$("$cli" timeline "$c" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
check "timeline holds every record (815)" test "$n" = 815
nv=$("$cli" timeline "$c" --person "$vid" --format json | python3 -c '
import json,sys
d=json.load(sys.stdin)
assert all(any(p["label"]=="V-1" for p in i["actors"]+i["others"]) for i in d)
assert not any("MARKERNAME" in json.dumps(i) for i in d)
print(len(d))')
check "timeline --person shows the victim's records by pseudonym only (18)" test "$nv" = 18
"$cli" timeline "$c" --format csv >"$work/t.csv"
check "timeline CSV header" bash -c "head -1 '$work/t.csv' | grep -qx 'id,kind,lower_utc,upper_utc,edtf,category,actors,others,summary,exhibits,corroboration'"
check "timeline ordered by time" python3 -c "
import csv; rows=list(csv.DictReader(open('$work/t.csv')))
assert [r['lower_utc'] for r in rows]==sorted(r['lower_utc'] for r in rows)"

# Rows that cannot be read are reported by file, row and field, never by value.
printf 'interaction,direction,correspondent_id,datetime,call_duration,antenna_id\ntext,out,A,2014-04-21 10:00:00,,1\ntext,out,A,CELLMARKER991,,1\n' >"$work/partly.csv"
"$cli" import "$c" "$work/partly.csv" --profile cdr-bandicoot --subscriber 4125550147 --time-basis UTC >"$work/imp3.json" 2>"$work/err"
"$cli" rejects "$c" --format json >"$work/rej.json"
check "rejects lists file, row and field, and no cell value anywhere" bash -c "grep -q '\"rejected\":1' '$work/imp3.json' && python3 -c \"import json; r=json.load(open('$work/rej.json')); assert r==[{'exhibit':r[0]['exhibit'],'file':'partly.csv','row':3,'field':'datetime','reason':r[0]['reason']}]\" && ! grep -q CELLMARKER991 '$work/rej.json' '$work/err'"

# Exit codes and the file left untouched.
h=$(sha256sum "$c" | cut -c1-64)
TESSERA_PASSPHRASE=wrong "$cli" timeline "$c" >/dev/null 2>&1; rc=$?
check "wrong passphrase: exit 3" test "$rc" = 3
echo "not,a,call,record" >"$work/bad.csv"
"$cli" import "$c" "$work/bad.csv" --profile cdr-bandicoot --time-basis UTC >/dev/null 2>"$work/err"; rc=$?
check "unparsable file: exit 4 naming the file" bash -c "test $rc = 4 && grep -q bad.csv '$work/err'"
"$cli" import "$c" "$samples/cdr-bandicoot/ego.csv" --profile cdr-bandicoot --time-basis UTC >/dev/null 2>&1; rc=$?
check "same file twice: exit 4" test "$rc" = 4
check "case file bytes unchanged by refused commands" test "$(sha256sum "$c" | cut -c1-64)" = "$h"
# A live process holding the lock (QLockFile format: pid, process name, host).
printf '%s\n%s\n%s\n' $$ "$(basename "$(readlink /proc/$$/exe)")" "$(hostname)" >"$c.lock"
"$cli" timeline "$c" >/dev/null 2>"$work/err"; rc=$?
check "open elsewhere: exit 5 with a clear message" bash -c "test $rc = 5 && grep -q 'open elsewhere' '$work/err'"
rm -f "$c.lock"
"$cli" create "$c" --title again >/dev/null 2>&1; rc=$?
check "create over an existing file: exit 2" test "$rc" = 2
TESSERA_PASSPHRASE=short "$cli" create "$work/case/weak.tessera" --title weak >/dev/null 2>&1; rc=$?
check "a new passphrase under 8 characters is refused: exit 2, no file" bash -c "test $rc = 2 && test ! -e '$work/case/weak.tessera'"
check "the case file is readable by its owner only" test "$(stat -c %a "$c")" = 600
TESSERA_NEW_PASSPHRASE='a new passphrase 2' "$cli" rekey "$c" >/dev/null
check "rekey: the new passphrase opens the case, the old one no longer does" bash -c "TESSERA_PASSPHRASE='a new passphrase 2' '$cli' case show '$c' >/dev/null && ! '$cli' case show '$c' >/dev/null 2>&1"
TESSERA_PASSPHRASE='a new passphrase 2' TESSERA_NEW_PASSPHRASE='a third passphrase 3' "$cli" rekey "$c" --rotate >/dev/null
check "rekey --rotate: re-encrypted, only the newest passphrase opens it, content intact" bash -c "TESSERA_PASSPHRASE='a third passphrase 3' '$cli' timeline '$c' --format json | python3 -c 'import json,sys; assert len(json.load(sys.stdin))==816' && ! TESSERA_PASSPHRASE='a new passphrase 2' '$cli' case show '$c' >/dev/null 2>&1"
export TESSERA_PASSPHRASE='a third passphrase 3'
"$cli" check "$c" >/dev/null
check "check: database and audit chain intact" test $? = 0
cp "$c" "$work/case/copy.tessera"
python3 -c "import sys; p=sys.argv[1]; b=bytearray(open(p,'rb').read()); b[100]^=1; open(p,'wb').write(b)" "$work/case/copy.tessera"
"$cli" check "$work/case/copy.tessera" >/dev/null 2>"$work/err"; rc=$?
check "check reports a damaged header copy (the case still opens from the other)" bash -c "test $rc = 5 && grep -q 'copy A' '$work/err'"

# The packet.
p=$work/packet
"$cli" export "$c" --out "$p" >"$work/exp.json"
check "export writes the production" test -f "$p/report.pdf" -a -f "$p/manifest.json" -a -f "$p/SHA256SUMS" -a -f "$p/manifest.json.sig"
fp=$(python3 -c 'import json; print(json.load(open("'"$work/exp.json"'"))["seal_fingerprint"])')
check "verify-packet with the expected key" "$cli" verify-packet "$p" --expect-key "$fp"
check "sha256sum -c SHA256SUMS" bash -c "cd '$p' && sha256sum --quiet -c SHA256SUMS"
check "verify-packet with a relative path, as VERIFY.txt says" bash -c "cd '$work' && '$cli' verify-packet packet >/dev/null 2>&1 && '$cli' verify-packet ./packet/ >/dev/null 2>&1"
check "without --expect-key, verify-packet says the key was not checked out of band" bash -c "'$cli' verify-packet '$p' 2>&1 >/dev/null | grep -q 'expect-key'"
check "natives are byte-identical" cmp -s "$p/natives/$(cd "$p/natives" && ls | head -1)" "$samples/cdr-bandicoot/ego.csv"
if command -v openssl >/dev/null; then
  check "the seal verifies with OpenSSL" bash -c "cd '$p' && openssl pkeyutl -verify -pubin -inkey seal-public-key.pem -rawin -in manifest.json -sigfile manifest.json.sig >/dev/null"
fi
pdftotext -layout "$p/report.pdf" "$work/report.txt"
check "report text extracts: cover, Bates number, exhibit hash" bash -c "grep -q 'Discovery production' '$work/report.txt' && grep -q 'TSR-000001' '$work/report.txt' && grep -q \"\$(sha256sum '$samples/cdr-bandicoot/ego.csv' | cut -c1-64)\" <(tr -d ' \n' <'$work/report.txt')"
check "report shows the victim by pseudonym, never by name" bash -c "grep -q 'V-1' '$work/report.txt' && ! grep -q MARKERNAME '$work/report.txt'"
check "nothing from the case left in the temp folder" bash -c "! grep -rqaE 'MARKERQZX7731|MARKERNAME' '$TMPDIR' && test -z \"\$(find '$TMPDIR' -type f)\""
last=$(ls "$p/natives" | tail -1)
printf 'x' >>"$p/natives/$last"
"$cli" verify-packet "$p" >/dev/null 2>"$work/err"; rc=$?
check "a changed native fails verification, naming it" bash -c "test $rc != 0 && grep -q '$last' '$work/err'"
"$cli" export "$c" --out "$work/packet2" >"$work/exp2.json"
check "the next production continues the Bates numbers" python3 -c "
import json; a=json.load(open('$work/exp.json')); b=json.load(open('$work/exp2.json'))
assert int(b['first_bates'].split('-')[1]) == int(a['last_bates'].split('-')[1]) + 1"

# The proof board (issue 3): a victim's statement alone, then independent call records, pending until certified.
check "statutes lists the sixteen templates" bash -c "test \$('$cli' statutes | wc -l) = 16"
pc=$work/case/proof.tessera
"$cli" create "$pc" --title "Proof board" --display-zone America/New_York >/dev/null
po=$("$cli" person add "$pc" --role offender --name "Offender P" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
pv=$("$cli" person add "$pc" --role victim --name "Person P" --dob 1996-02-02 | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
pch=$("$cli" charge add "$pc" --statute 18-usc-1591-a1-ffc --offender "$po" --victim "$pv" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
pev=$("$cli" event add "$pc" --when 2023-06-15 --category communication --summary "calls" --actor "$po" --other "$pv" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
"$cli" element link "$pc" --charge "$pch" --element commerce --event "$pev" >/dev/null
printf 'statement\n' >"$work/statement.txt"; printf 'records\n' >"$work/records.csv"
pst=$("$cli" exhibit add "$pc" "$work/statement.txt" --kind victim-statement | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
prc=$("$cli" exhibit add "$pc" "$work/records.csv" --kind call-records | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
"$cli" link "$pc" --event "$pev" --exhibit "$pst" >/dev/null
status() { "$cli" proof "$pc" --format json | python3 -c "import json,sys; d=json.load(sys.stdin); e=[x for x in d['charges'][0]['elements'] if x['id']=='commerce'][0]; print(e['status'], d['victim_burden'])"; }
check "proof: the statement alone is victim-only, burden 0.25" test "$(status)" = "victim-only 0.25"
"$cli" link "$pc" --event "$pev" --exhibit "$prc" >/dev/null
check "proof: uncertified call records are pending authentication" test "$(status)" = "pending-authentication 0"
"$cli" exhibit certify "$pc" --exhibit "$prc" --method business-record --notice-served 2026-11-01 >/dev/null
check "proof: certified call records are independent" test "$(status)" = "independent 0"
"$cli" element link "$pc" --charge "$pch" --element nonsense --event "$pev" >/dev/null 2>&1; rc=$?
check "element link: an unknown element is a usage error (exit 2)" test $rc = 2
check "proof JSON has the contract's keys" bash -c "'$cli' proof '$pc' --format json | python3 -c \"import json,sys; d=json.load(sys.stdin); c=d['charges'][0]; assert set(c)>={'id','statute','offender','victim','elements'}; assert set(c['elements'][0])>={'id','role','text','status','events','exhibits','suggestions'}\""

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
