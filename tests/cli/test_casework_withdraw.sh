#!/usr/bin/env bash
# Withdrawing casework added in error from the CLI (the GUI's undo of adding a note, lead or legal process, migration
# 0015), and a supplemental production telling the prosecutor that a note produced before was withdrawn since: it is
# produced again in notes.csv marked withdrawn, and the report says so. Found by a new-user trial (session 3).
# Usage: test_casework_withdraw.sh path/to/tessera-cli
set -u
cli=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Withdraw pässphrase' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }

c=$work/w.tessera
"$cli" create "$c" --title "Operation Undo" --display-zone America/New_York --agency "Example PD" \
    --investigator "Det. R. Alvarez" >/dev/null
keep=$("$cli" note add "$c" --text "Subpoena served on the carrier." | id)
wrong=$("$cli" note add "$c" --text "Entered on the wrong case: motel clerk interview." | id)
"$cli" export "$c" --out "$work/p1" >/dev/null || no "first production"
check "the first production holds both notes, neither withdrawn" python3 -c "
import csv; rows=list(csv.DictReader(open('$work/p1/notes.csv')))
assert sorted(int(r['note_id']) for r in rows)==[$keep,$wrong] and all(r['withdrawn']=='' for r in rows), rows"

"$cli" note withdraw "$c" --note "$wrong" >"$work/wd.json"
check "note withdraw prints the note and its state" grep -q "\"note\":$wrong,\"withdrawn\":true" "$work/wd.json"
check "the note list marks it withdrawn" bash -c "'$cli' note list '$c' | grep -q '^$wrong .*(withdrawn)'"
"$cli" note withdraw "$c" --note "$wrong" >/dev/null 2>"$work/err"; rc=$?
check "withdrawing it again is refused (exit 4) and says so" bash -c "test $rc = 4 && grep -q 'withdrawn already' '$work/err'"
"$cli" note withdraw "$c" --note 999 >/dev/null 2>"$work/err"; rc=$?
check "an unknown note is a usage error (exit 2)" test $rc = 2

"$cli" export "$c" --out "$work/p2" --supplemental >/dev/null || no "supplemental production"
check "the supplemental produces the withdrawn note again, marked, and not the unchanged one" python3 -c "
import csv; rows=list(csv.DictReader(open('$work/p2/notes.csv')))
assert [(int(r['note_id']), r['withdrawn']) for r in rows]==[($wrong,'yes')], rows"
pdftotext -layout "$work/p2/report.pdf" - | tr -s ' \n' ' ' >"$work/p2.flat"
check "the supplemental report says the note was withdrawn since production 1" \
    grep -q "Note(s) #$wrong were withdrawn by the investigator since production 1" "$work/p2.flat"
"$cli" export "$c" --out "$work/none" --supplemental >/dev/null 2>&1; rc=$?
check "right after it, nothing is new or changed (exit 2)" test $rc = 2

# Withdrawn and reinstated again between two productions: no change of status to report.
"$cli" note withdraw "$c" --note "$keep" >/dev/null && "$cli" note withdraw "$c" --note "$keep" --reinstate >"$work/re.json"
check "reinstate prints withdrawn false" grep -q "\"withdrawn\":false" "$work/re.json"
"$cli" export "$c" --out "$work/none3" --supplemental >/dev/null 2>&1; rc=$?
check "withdrawn and reinstated since: nothing changed (exit 2)" test $rc = 2

# Leads and legal process.
lead=$("$cli" lead add "$c" --title "Get the motel's registration cards" --due 2030-01-10 | id)
proc=$("$cli" process add "$c" --kind subpoena --provider "Example Motel" --served 2030-01-02 --due 2030-01-20 | id)
due_ids() { "$cli" process list "$c" --due-within 30 --today 2030-01-05 --format json | python3 -c 'import json,sys; print(" ".join(str(p["id"]) for p in json.load(sys.stdin)))'; }
check "the process is due" test "$(due_ids)" = "$proc"
"$cli" lead withdraw "$c" --lead "$lead" >/dev/null && "$cli" process withdraw "$c" --process "$proc" >/dev/null
check "a withdrawn process has no deadline" test -z "$(due_ids)"
check "the lead list marks the lead withdrawn" bash -c "'$cli' lead list '$c' --format json | python3 -c '
import json,sys; d=json.load(sys.stdin); assert [l[\"withdrawn\"] for l in d if l[\"id\"]==$lead]==[True], d'"
check "the audit chain holds the withdrawals and checks" bash -c "'$cli' check '$c' >/dev/null && '$cli' activity '$c' --limit 0 | grep -qi 'withdr'"

echo "passed $pass, failed $fail"
test $fail = 0
