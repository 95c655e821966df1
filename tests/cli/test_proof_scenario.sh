#!/usr/bin/env bash
# Issue 3 "Done when" scenario through tessera-cli: an offender who advertises, books lodging and receives payments,
# with one victim's statement and independent records. The proof board must show which elements are proven
# independently, which are pending authentication, which rest on the statement alone, and what would close each gap.
# Usage: test_proof_scenario.sh path/to/tessera-cli path/to/samples [KEEP_DIR]
#   KEEP_DIR (optional): keep the scenario case there as scenario.tessera (for screenshots); it must not exist.
set -u
cli=$(realpath "$1")
samples=$(realpath "$2")
keep=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Scenario pässphrase' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR" "$work/case" "$work/files"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }

c=$work/case/scenario.tessera
"$cli" create "$c" --title "Operation Harbor" --case-number 2026-0311 --display-zone America/New_York \
    --agency "Example PD" --investigator "Det. R. Alvarez" >/dev/null
check "create" test -s "$c"

off=$("$cli" person add "$c" --role offender --name "Marcus Webb" | id)
vic=$("$cli" person add "$c" --role victim --name "Jane Roe" --dob 1999-06-15 | id)
"$cli" identifier add "$c" --person "$off" --kind phone --value "412 555 0147" >/dev/null

# Independent records: the offender's call detail records (a carrier's certified business record).
cdr=$("$cli" import "$c" "$samples/cdr-bandicoot/ego.csv" --profile cdr-bandicoot --subscriber "412-555-0147" \
      --time-basis America/New_York --exhibit-title "Carrier return, 412-555-0147" | python3 -c 'import json,sys; print(json.load(sys.stdin)["exhibit"])')
check "call records imported as an exhibit" test -n "$cdr"
recs=$("$cli" timeline "$c" --layer records --format json | python3 -c '
import json,sys; d=json.load(sys.stdin); print(" ".join("--from-record %d" % i["id"] for i in d[:3]))')

# Exhibits attached as files: the ad, the hotel folio, the payment records, the victim's statement.
printf 'Ad 88123, posted 2024-02-27, contact 412-555-0147\n' >"$work/files/ad.txt"
printf 'Folio 5531, Harbor Inn, Newark NJ, 2024-03-01 to 2024-03-04, guest phone 412-555-0147\n' >"$work/files/folio.txt"
printf 'Payment account P-77, phone 412-555-0147, 2024-03-02 $300, 2024-03-03 $450\n' >"$work/files/payments.txt"
printf 'Statement of V-1 (summary): threats and control of documents\n' >"$work/files/statement.txt"
ad=$("$cli" exhibit add "$c" "$work/files/ad.txt" --kind online-ads --title "Online ad 88123" | id)
folio=$("$cli" exhibit add "$c" "$work/files/folio.txt" --kind lodging-records --title "Harbor Inn folio" | id)
pay=$("$cli" exhibit add "$c" "$work/files/payments.txt" --kind financial-records --title "Payment account P-77" | id)
stmt=$("$cli" exhibit add "$c" "$work/files/statement.txt" --kind victim-statement --title "Statement of V-1" --provided-by "$vic" | id)
for x in "$cdr" "$ad" "$pay"; do
    "$cli" exhibit certify "$c" --exhibit "$x" --method business-record --notice-served 2026-11-20 >/dev/null 2>&1
done
# The hotel folio is not certified yet: pending authentication.

e_ad=$("$cli" event add "$c" --when 2024-02-27 --category advertising --summary "Ad 88123 offers V-1 for commercial sex, contact number the offender's" --actor "$off" --other "$vic" --place "Newark, NJ" | id)
e_lodge=$("$cli" event add "$c" --when 2024-03-01/2024-03-04 --category lodging --summary "Offender books a room at the Harbor Inn where V-1 is kept" --actor "$off" --other "$vic" --place "Newark, NJ" | id)
e_pay=$("$cli" event add "$c" --when 2024-03-02 --category payment --summary "Sex buyer payments to the offender's account P-77" --actor "$off" --place "Jersey City, NJ" | id)
e_threat=$("$cli" event add "$c" --when 2024-03~ --category threat --summary "Offender threatens V-1 and keeps her ID card" --actor "$off" --other "$vic" --place "Newark, NJ" | id)
# shellcheck disable=SC2086
e_calls=$("$cli" event add "$c" --when 2024-03-02 --category communication --summary "Calls arranging dates on the offender's phone" --actor "$off" $recs --place "Philadelphia, PA" | id)
"$cli" link "$c" --event "$e_ad" --exhibit "$ad" >/dev/null
"$cli" link "$c" --event "$e_lodge" --exhibit "$folio" >/dev/null
"$cli" link "$c" --event "$e_pay" --exhibit "$pay" >/dev/null
"$cli" link "$c" --event "$e_threat" --exhibit "$stmt" >/dev/null

ch1=$("$cli" charge add "$c" --statute 18-usc-1591-a1-ffc --offender "$off" --victim "$vic" | id)
ch2=$("$cli" charge add "$c" --statute 18-usc-1952 --offender "$off" | id)
link() { "$cli" element link "$c" --charge "$1" --element "$2" --event "$3" >/dev/null; }
link "$ch1" action "$e_lodge"
link "$ch1" means "$e_threat"
link "$ch1" purpose "$e_pay"
link "$ch1" purpose "$e_ad"
link "$ch1" commerce "$e_calls"
link "$ch2" travel-or-facility "$e_calls"
link "$ch2" intent "$e_ad"
link "$ch2" act "$e_pay"

"$cli" proof "$c" --format json >"$work/proof.json"
check "proof JSON: statuses per element" python3 - "$work/proof.json" "$ch1" "$ch2" <<'PY'
import json, sys
b = json.load(open(sys.argv[1])); ch1, ch2 = int(sys.argv[2]), int(sys.argv[3])
st = {(c["id"], e["id"]): e for c in b["charges"] for e in c["elements"]}
assert st[(ch1, "action")]["status"] == "pending-authentication", st[(ch1, "action")]
assert st[(ch1, "means")]["status"] == "victim-only"
assert st[(ch1, "purpose")]["status"] == "independent"
assert st[(ch1, "commerce")]["status"] == "independent"
assert all(st[(ch2, e)]["status"] == "independent" for e in ("travel-or-facility", "intent", "act"))
PY
check "proof JSON: victim burden is 1 of 7 required elements" python3 -c "
import json; b=json.load(open('$work/proof.json')); assert abs(b['victim_burden']-1/7)<1e-9, b['victim_burden']"
check "proof JSON: each gap says what would close it" python3 - "$work/proof.json" "$ch1" <<'PY'
import json, sys
b = json.load(open(sys.argv[1])); ch1 = int(sys.argv[2])
el = {e["id"]: e for c in b["charges"] if c["id"] == ch1 for e in c["elements"]}
assert any("exhibit certify" in s for s in el["action"]["suggestions"]), el["action"]["suggestions"]
assert any("victim-sourced evidence alone" in s for s in el["means"]["suggestions"])
assert any("Independent evidence that usually proves this" in s for s in el["means"]["suggestions"])
assert el["purpose"]["suggestions"] == []
PY
check "proof JSON: charging notes (earliest chargeable date, districts by event place)" python3 - "$work/proof.json" "$ch1" "$ch2" <<'PY'
import json, sys, datetime
b = json.load(open(sys.argv[1])); ch = {c["id"]: c for c in b["charges"]}
c1, c2 = ch[int(sys.argv[2])], ch[int(sys.argv[3])]
assert c1["earliest_chargeable_date"] is None and "3299" in c1["limitation"], c1["limitation"]
today = datetime.date.today()
assert c2["earliest_chargeable_date"] == today.replace(year=today.year - 5).isoformat(), c2["earliest_chargeable_date"]
d1 = {d["place"]: d["district"] for d in c1["districts"]}
assert d1 == {"Newark, NJ": "D.N.J.", "Jersey City, NJ": "D.N.J.", "Philadelphia, PA": "E.D. Pa."}, d1
assert c1["victim_label"] == "V-1" and c1["minor_status"] == "adult", c1["minor_status"]
PY
"$cli" proof "$c" >"$work/proof.txt"
check "proof table names the victim by pseudonym only" bash -c "grep -q 'victim: V-1' '$work/proof.txt' && ! grep -q 'Jane' '$work/proof.txt'"

# Identifier linking: the ad's phone = the call records' subscriber number = the payment account's phone.
"$cli" exhibit-identifier add "$c" --exhibit "$ad" --kind phone --value "(412) 555-0147" >"$work/ei.json"
check "exhibit-identifier add normalises to E.164" grep -q '"value":"+14125550147"' "$work/ei.json"
"$cli" exhibit-identifier add "$c" --exhibit "$pay" --kind phone --value "412.555.0147" >/dev/null
"$cli" links "$c" --format json >"$work/links.json"
check "links: one phone links the ad, the call records and the payment account, attributed to the offender" python3 - "$work/links.json" "$ad" "$cdr" "$pay" <<'PY'
import json, sys
links = json.load(open(sys.argv[1])); ad, cdr, pay = map(int, sys.argv[2:5])
l = [x for x in links if x["value"] == "+14125550147"]
assert len(l) == 1, links
ex = {e["id"]: e for e in l[0]["exhibits"]}
assert set(ex) == {ad, cdr, pay}, ex
assert ex[cdr]["records"] == 314 and not ex[cdr]["stated"] and ex[ad]["stated"]
assert l[0]["kind"] == "phone" and [p["label"] for p in l[0]["people"]] == ["Marcus Webb"]
PY
"$cli" links "$c" --exhibit "$folio" --format json >"$work/links-folio.json"
check "links --exhibit: the folio shares nothing yet" python3 -c "import json; assert json.load(open('$work/links-folio.json')) == []"

# The offender's pattern: acts by category over time, victims by pseudonym, places.
"$cli" pattern "$c" --offender "$off" --format json >"$work/pattern.json"
check "pattern: acts by category and month, V-1 by pseudonym, places by count" python3 - "$work/pattern.json" <<'PY'
import json, sys
[p] = json.load(open(sys.argv[1]))
assert p["events"] == 5 and p["records"] == 314, p
assert p["acts_by_category"] == {"advertising": {"2024-02": 1}, "communication": {"2024-03": 1}, "lodging": {"2024-03": 1},
                                 "payment": {"2024-03": 1}, "threat": {"2024-03": 1}}, p["acts_by_category"]
assert [(v["label"], v["events"]) for v in p["victims"]] == [("V-1", 3)]
assert p["places"][0] == {"place": "Newark, NJ", "events": 3, "categories": ["advertising", "lodging", "threat"]}
assert "Jane" not in json.dumps(p)
PY

# Rule-promoted events: calls and texts between the offender's phone and a sex buyer's number, one event per day.
buyer=$("$cli" person add "$c" --role sex-buyer --name "Buyer E" | id)
"$cli" identifier add "$c" --person "$buyer" --kind handle --value E >/dev/null
"$cli" proposals "$c" --format json >"$work/prop.json"
check "proposals: buyer-contact proposes communication events from the 68 unpromoted contact records" python3 - "$work/prop.json" "$off" "$buyer" <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); off, buyer = int(sys.argv[2]), int(sys.argv[3])
assert p and all(x["rule"] == "buyer-contact" and x["category"] == "communication" for x in p)
assert all(x["actors"] == [off] and x["others"] == [buyer] for x in p)
# 70 records with E, of which the calls event above was promoted from 2
assert sum(len(x["records"]) for x in p) == 68, sum(len(x["records"]) for x in p)
PY
key=$(python3 -c "import json; print(json.load(open('$work/prop.json'))[0]['key'])")
n0=$(python3 -c "import json; print(len(json.load(open('$work/prop.json'))))")
"$cli" proposals accept "$c" --key "$key" >"$work/acc.json"
n1=$("$cli" proposals "$c" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
check "proposals accept records the event and the proposal is gone" test "$n1" = "$((n0 - 1))"
"$cli" proposals accept "$c" --key "$key" >/dev/null 2>&1; rc=$?
check "accepting the same proposal twice is a usage error (exit 2)" test $rc = 2

if [ -n "$keep" ]; then
    mkdir -p "$keep" && cp "$c" "$keep/scenario.tessera" && echo "kept $keep/scenario.tessera"
fi
echo "passed $pass, failed $fail"
[ "$fail" -eq 0 ]
