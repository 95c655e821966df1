#!/usr/bin/env bash
# The case packet's three tiers through tessera-cli (issue 7): the discovery production (disclosure register, analyst
# CSVs, bookmarks, certificate template, supplemental with continuous Bates numbers), the prosecution memo and the
# sealed identity key — and that nothing of the memo or the key, and no protected identity, is in the production
# (text and metadata extracted with pdftotext, pdfinfo and qpdf).
# Usage: test_case_packet.sh path/to/tessera-cli path/to/samples
set -u
cli=$(realpath "$1")
samples=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Packet pässphrase 1' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }

c=$work/packet.tessera
"$cli" create "$c" --title "Operation Tessellate" --case-number 2026-0077 --display-zone America/New_York \
    --agency "Example PD" --investigator "Det. R. Alvarez" >/dev/null
off=$("$cli" person add "$c" --role offender --name "Marcus Webb" | id)
v1=$("$cli" person add "$c" --role victim --name "Jane ZEBRANAME Roe" --dob 2001-04-05 | id)
v2=$("$cli" person add "$c" --role victim --name "Ana QUOKKANAME Lima" | id)
wit=$("$cli" person add "$c" --role witness --name "Carl Hotel" --dob 1980-01-01 | id)
"$cli" identifier add "$c" --person "$off" --kind phone --value "412 555 0147" >/dev/null
"$cli" identifier add "$c" --person "$v1" --kind email --value "zebra.secret@example.org" >/dev/null
"$cli" import "$c" "$samples/cdr-bandicoot/ego.csv" --profile cdr-bandicoot --subscriber "412-555-0147" \
    --time-basis America/New_York >/dev/null
e1=$("$cli" event add "$c" --when 2023-03-02 --category recruitment --summary "Recruited V-1 at a bus station" \
      --actor "$off" --other "$v1" --place "Newark, NJ" | id)
e2=$("$cli" event add "$c" --when 2023-04-11 --category advertising --summary "=HYPERLINK(\"http://x\") ad posted" \
      --actor "$off" --other "$v2" --place "Trenton, NJ" | id)
e3=$("$cli" event add "$c" --when 2023-04-12 --category commercial-sex --summary "Hotel stay" --actor "$off" --other "$v2" | id)
printf 'Statement given by the person\n' >"$work/statement-v1.txt"
printf 'Statement of a hotel clerk\n' >"$work/statement-w.txt"
printf 'folio,amount\n1,-89.50\n' >"$work/folio.csv"
st1=$("$cli" exhibit add "$c" "$work/statement-v1.txt" --kind victim-statement --title "Interview 1" --provided-by "$v1" | id)
stw=$("$cli" exhibit add "$c" "$work/statement-w.txt" --kind witness-statement --title "Clerk interview" --provided-by "$wit" | id)
fol=$("$cli" exhibit add "$c" "$work/folio.csv" --kind lodging-records --title "Hotel folio" | id)
"$cli" link "$c" --event "$e3" --exhibit "$fol" >/dev/null
"$cli" link "$c" --event "$e3" --exhibit "$stw" --contradicts >/dev/null
"$cli" link "$c" --event "$e1" --exhibit "$st1" >/dev/null
ch=$("$cli" charge add "$c" --statute 18-usc-1591-a1-ffc --offender "$off" --victim "$v2" | id)
"$cli" element link "$c" --charge "$ch" --element action --event "$e3" >/dev/null

"$cli" benefit add "$c" --to "$v1" --kind lodging --date 2023-05-02 --amount 125.50 --note "Hotel for Jane ZEBRANAME Roe" >/dev/null 2>&1
"$cli" note add "$c" --text "=cmd|' /C calc'!A0 note by the investigator" >/dev/null

# ---- Tier 1: the production
p=$work/production
"$cli" export "$c" --out "$p" >"$work/exp.json"
check "export writes the production" test -f "$p/report.pdf"
check "verify-packet passes" bash -c "'$cli' verify-packet '$p' >/dev/null 2>&1"
check "sha256sum -c SHA256SUMS passes" bash -c "cd '$p' && sha256sum --quiet -c SHA256SUMS"
check "analyst CSVs and the certificate template are in the production and listed" bash -c \
  "test -f '$p/analyst/timeline.csv' -a -f '$p/analyst/timeline-timesketch.csv' -a -f '$p/analyst/exhibit-index.csv' -a -f '$p/CERTIFICATE-FRE-902-14-TEMPLATE.txt' && grep -q 'analyst/timeline.csv' '$p/SHA256SUMS'"
check "timeline.csv: a formula in a summary is neutralised" grep -q "\"'=HYPERLINK" "$p/analyst/timeline.csv"
check "Timesketch CSV has message, datetime, timestamp, timestamp_desc" bash -c "head -1 '$p/analyst/timeline-timesketch.csv' | grep -q '^message,datetime,timestamp,timestamp_desc,'"
check "Timesketch datetime is ISO 8601 with an offset" grep -qE ',2023-03-0[12]T[0-9:.]+\+00:00,' "$p/analyst/timeline-timesketch.csv"
check "the certificate template lists each native's SHA-256" grep -q "$(sha256sum "$work/folio.csv" | cut -c1-64)" "$p/CERTIFICATE-FRE-902-14-TEMPLATE.txt"

pdftotext -layout "$p/report.pdf" "$work/report.txt"
pdfinfo "$p/report.pdf" >"$work/report.info"
qpdf --json --json-key=outlines "$p/report.pdf" >"$work/report.outlines.json"
check "report has the disclosure register: Brady, Jencks, Giglio" bash -c "grep -q 'Disclosure register' '$work/report.txt' && grep -q 'Brady' '$work/report.txt' && grep -q 'Jencks' '$work/report.txt' && grep -q 'Giglio' '$work/report.txt'"
check "Brady lists the contradicting link to event $e3" grep -q "contradicting event #$e3" "$work/report.txt"
check "Jencks lists the statements by pseudonym" bash -c "grep -q 'victim-statement: Interview 1' '$work/report.txt' && grep -q 'witness-statement: Clerk interview' '$work/report.txt'"
check "Giglio lists the benefit by pseudonym, with its amount and the name in its note redacted" bash -c "grep -q 'lodging, 125.50' '$work/report.txt' && grep -q 'Hotel for \\[V-1\\]' '$work/report.txt'"
check "notes.csv: a note that starts like a formula is neutralised" grep -q ",'=cmd|" "$p/notes.csv"
check "People: person-first role wording" grep -q 'person who was trafficked' "$work/report.txt"
check "custody times name the display zone" grep -q 'Times are shown in America/New_York' "$work/report.txt"
check "report bookmarks: cover and eight sections" python3 -c "
import json; o=json.load(open('$work/report.outlines.json'))['outlines']; t=[x['title'] for x in o]
assert len(t) == 9 and t[0] == 'Cover' and t[-1].endswith('Certificate of completeness'), t"
check "report metadata: producer Tessera, a creation date" bash -c "grep -q '^Producer: *Tessera' '$work/report.info' && grep -q '^CreationDate:' '$work/report.info'"

# No protected identity anywhere in Tessera's own production documents: page text, metadata, bookmarks, file names,
# manifest, CSVs, certificate. (The natives are produced as received and are checked separately.)
own_text() {
  cat "$work/report.txt" "$work/report.info" "$work/report.outlines.json"
  find "$p" -type f ! -path "$p/natives/*" ! -name report.pdf ! -name manifest.json.sig -exec cat {} +
  find "$p" | sed "s|^$p||"
}
own_text >"$work/own.txt"
check "no protected name, date of birth or identifier in the production's own documents" bash -c \
  "! grep -qiE 'ZEBRANAME|QUOKKANAME|2001-04-05|zebra\.secret|1980-01-01' '$work/own.txt'"
check "victims appear by pseudonym" bash -c "grep -q 'V-1' '$work/report.txt' && grep -q 'V-2' '$work/report.txt'"

# ---- Tier 2: the memo
"$cli" memo "$c" --out "$work/memo.pdf" >"$work/memo.json"
check "memo writes a PDF" test -s "$work/memo.pdf"
pdftotext -layout "$work/memo.pdf" "$work/memo.txt"
check "memo: marked as work product on every page" python3 -c "
t=open('$work/memo.txt').read().split('\f'); t=[x for x in t if x.strip()]
assert len(t) >= 3 and all('ATTORNEY WORK PRODUCT' in x for x in t), len(t)"
check "memo: proof board, victim burden, gaps, charging notes, pattern" bash -c "grep -q 'Victim burden' '$work/memo.txt' && grep -q 'Proof board' '$work/memo.txt' && grep -q 'Suggested evidence' '$work/memo.txt' && grep -q 'Earliest chargeable date' '$work/memo.txt' && grep -q 'Offender pattern' '$work/memo.txt' && grep -q 'Trenton, NJ' '$work/memo.txt'"
check "memo: not Bates-numbered" bash -c "! grep -q 'TSR-0' '$work/memo.txt'"
check "memo: victims by pseudonym" bash -c "grep -q 'V-2' '$work/memo.txt' && ! grep -qE 'ZEBRANAME|QUOKKANAME' '$work/memo.txt'"
"$cli" memo "$c" --out "$p/memo.pdf" >/dev/null 2>"$work/err"; rc=$?
check "memo refuses a production's folder (exit 2), which still verifies" bash -c "test $rc = 2 && test ! -e '$p/memo.pdf' && '$cli' verify-packet '$p' >/dev/null 2>&1"

# ---- Tier 3: the identity key
export TESSERA_KEY_PASSPHRASE='given out of band 7'
"$cli" identity-key "$c" --out "$work/case.tsrkey" --office-number V-2=DA-2026-0917 >"$work/key.json"
check "identity-key writes the key with two entries (the two people with pseudonyms)" grep -q "\"entries\":2" "$work/key.json"
check "the key file holds no name in plaintext" bash -c "! grep -qaE 'ZEBRANAME|QUOKKANAME|2001-04-05' '$work/case.tsrkey'"
"$cli" identity-key open "$work/case.tsrkey" --format json >"$work/key.open.json"; rc=$?
check "identity-key open with the right passphrase shows the crosswalk" bash -c "test $rc = 0 && python3 -c \"
import json; d=json.load(open('$work/key.open.json')); e={x['pseudonym']: x for x in d['entries']}
assert e['V-1']['legal_name'] == 'Jane ZEBRANAME Roe' and e['V-1']['date_of_birth'] == '2001-04-05'
assert e['V-2']['office_number'] == 'DA-2026-0917'\""
TESSERA_KEY_PASSPHRASE='a wrong passphrase' "$cli" identity-key open "$work/case.tsrkey" >/dev/null 2>&1; rc=$?
check "identity-key open with a wrong passphrase: exit 3" test $rc = 3
"$cli" identity-key "$c" --out "$p/key.tsrkey" >/dev/null 2>&1; rc=$?
check "identity-key refuses a production's folder (exit 2)" bash -c "test $rc = 2 && test ! -e '$p/key.tsrkey'"

# ---- The tiers stay apart: nothing of the memo or the key in the production
check "no memo text in the production" bash -c "! grep -qE 'ATTORNEY WORK PRODUCT|Victim burden|Earliest chargeable date|Offender pattern' '$work/own.txt'"
check "no identity-key file or content in the production" bash -c "! grep -rlaq 'TSR-IDENTITY-KEY' '$p' && ! grep -q 'DA-2026-0917' '$work/own.txt'"

# ---- Supplemental production: only what is new, Bates numbers continuing
"$cli" export "$c" --out "$work/sup0" --supplemental >/dev/null 2>&1; rc=$?
check "a supplemental with nothing new is refused (exit 2)" test $rc = 2
printf 'new bank records\n' >"$work/bank.csv"
bank=$("$cli" exhibit add "$c" "$work/bank.csv" --kind financial-records --title "Bank records" | id)
cp "$p/report.pdf" "$work/earlier-report.pdf"   # any PDF will do as a PDF exhibit
pdfx=$("$cli" exhibit add "$c" "$work/earlier-report.pdf" --kind other --title "A PDF exhibit" | id)
pdfpages=$(pdfinfo "$work/earlier-report.pdf" | awk '/^Pages:/ {print $2}')
e4=$("$cli" event add "$c" --when 2023-05-01 --category payment --summary "Payment for the ad" --actor "$off" | id)
"$cli" link "$c" --event "$e4" --exhibit "$bank" >/dev/null
s=$work/supplemental
"$cli" export "$c" --out "$s" --supplemental >"$work/sup.json"
check "the supplemental verifies" bash -c "'$cli' verify-packet '$s' >/dev/null 2>&1"
check "sha256sum -c passes on the supplemental" bash -c "cd '$s' && sha256sum --quiet -c SHA256SUMS"
check "Bates numbers continue across the supplemental" python3 -c "
import json; a=json.load(open('$work/exp.json')); b=json.load(open('$work/sup.json'))
assert int(b['first_bates'].split('-')[1]) == int(a['last_bates'].split('-')[1]) + 1, (a, b)"
check "the supplemental holds only the new exhibits, natives byte-identical" bash -c \
  "test \$(ls '$s/natives' | grep -vc stamped) = 2 && cmp -s '$s/natives/'*.csv '$work/bank.csv' && ls '$s/natives/'*.pdf | grep -v stamped | xargs -I{} cmp -s {} '$work/earlier-report.pdf'"
check "a PDF exhibit takes one Bates number per page, continuous, ending at last_bates" python3 -c "
import json; m=json.load(open('$s/manifest.json')); sup=json.load(open('$work/sup.json'))
n=lambda b: int(b.split('-')[1])
files=[f for f in m['files'] if 'bates_begin' in f and f['role'] in ('report','native')]
files.sort(key=lambda f: n(f['bates_begin']))
assert n(files[0]['bates_begin']) == n(sup['first_bates'])
for a, b in zip(files, files[1:]): assert n(b['bates_begin']) == n(a['bates_end']) + 1, (a, b)
assert n(files[-1]['bates_end']) == n(sup['last_bates'])
pdf=[f for f in files if f['path'].endswith('.pdf') and f['role']=='native'][0]
assert n(pdf['bates_end']) - n(pdf['bates_begin']) + 1 == $pdfpages, pdf"
stamped=$(ls "$s/natives/"*.stamped.pdf 2>/dev/null | head -1)
check "the PDF exhibit has a Bates-stamped copy, each page with its number" bash -c "test -n '$stamped' && pdftotext -f 2 -l 2 '$stamped' - | grep -q \"\$(python3 -c \"
import json; m=json.load(open('$s/manifest.json')); f=[f for f in m['files'] if f['role']=='stamped-copy'][0]; p,b=f['bates_begin'].split('-'); print('%s-%06d' % (p, int(b)+1))\")\""
check "the CSV exhibit has a slip sheet with its Bates number" bash -c "ls '$s/slipsheets/'*.pdf >/dev/null && pdftotext '$s/slipsheets/'*.pdf - | grep -q 'Produced in native format'"
pdftotext -layout "$s/report.pdf" "$work/sup.txt"
check "the supplemental report says so and lists only the new event" bash -c "grep -q 'Supplemental production' '$work/sup.txt' && grep -q 'Payment for the ad' '$work/sup.txt' && ! grep -q 'Recruited' '$work/sup.txt'"
check "the supplemental's manifest names what it supplements" python3 -c "
import json; m=json.load(open('$s/manifest.json'))['production']; assert m['kind'] == 'supplemental' and m['supplements'] == 1, m"
"$cli" export "$c" --out "$work/sup2" --supplemental >/dev/null 2>&1; rc=$?
check "right after a supplemental, nothing is new (exit 2)" test $rc = 2

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
