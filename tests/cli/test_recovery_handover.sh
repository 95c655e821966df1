#!/usr/bin/env bash
# Agency recovery slot and handover through tessera-cli (issue 8 §3), with an agency key made by OpenSSL as an
# agency's IT would: a supervisor opens a case with the agency secret key; a handover re-keys the case to another
# investigator (the departing one's passphrase and old backups open nothing) and is in the audit log.
# Usage: test_recovery_handover.sh path/to/tessera-cli
set -u
cli=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Departing investigator pass' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }

openssl genpkey -algorithm X25519 -out "$work/agency.pem" 2>/dev/null
openssl pkey -in "$work/agency.pem" -pubout -out "$work/agency.pub" 2>/dev/null
openssl genpkey -algorithm X25519 -out "$work/other.pem" 2>/dev/null
openssl genpkey -algorithm ED25519 -out "$work/ed.pem" 2>/dev/null
openssl pkey -in "$work/ed.pem" -pubout -out "$work/ed.pub" 2>/dev/null

c=$work/case.tessera
"$cli" create "$c" --title "Recovery" --investigator "Det. Departing" >/dev/null
printf 'interaction,direction,correspondent_id,datetime,call_duration,antenna_id\ntext,out,A,2014-04-20 10:00:00,,1\n' >"$work/r.csv"
"$cli" import "$c" "$work/r.csv" --profile cdr-bandicoot --subscriber 4125550147 --time-basis UTC >/dev/null 2>&1

"$cli" case show "$c" --recovery-key "$work/agency.pem" >/dev/null 2>"$work/err"; rc=$?
check "before a recovery slot exists the agency key opens nothing (exit 3)" test "$rc" = 3
"$cli" slot add-recovery "$c" --public-key "$work/ed.pub" >/dev/null 2>"$work/err"; rc=$?
check "slot add-recovery with an Ed25519 key: exit 2, named" bash -c "test $rc = 2 && grep -q 'ed.pub' '$work/err'"
"$cli" slot add-recovery "$c" --public-key "$work/agency.pub" >"$work/out.json"; rc=$?
check "slot add-recovery: exit 0, prints the agency key's fingerprint" bash -c "test $rc = 0 && grep -q agency_key_fingerprint '$work/out.json'"
"$cli" case show "$c" >/dev/null; rc=$?
check "the investigator's passphrase still opens it" test "$rc" = 0
TESSERA_PASSPHRASE= "$cli" exhibit list "$c" --recovery-key "$work/agency.pem" --format json >"$work/ex.json" 2>"$work/err"; rc=$?
check "a supervisor opens it with the agency secret key (no passphrase)" bash -c "test $rc = 0 && grep -q '\"records\": 1' '$work/ex.json'"
TESSERA_PASSPHRASE= TESSERA_RECOVERY_KEY_FILE=$work/agency.pem "$cli" check "$c" >/dev/null 2>&1; rc=$?
check "TESSERA_RECOVERY_KEY_FILE works the same way, and check passes" test "$rc" = 0
TESSERA_PASSPHRASE= "$cli" case show "$c" --recovery-key "$work/other.pem" >/dev/null 2>&1; rc=$?
check "another X25519 key opens nothing (exit 3)" test "$rc" = 3
"$cli" case show "$c" --recovery-key "$work/agency.pub" >/dev/null 2>&1; rc=$?
check "a public key given as --recovery-key: exit 2" test "$rc" = 2

# A passphrase change keeps the recovery slot working.
printf 'Changed passphrase one\n' >"$work/p1"
"$cli" rekey "$c" --new-passphrase-file "$work/p1" >/dev/null
TESSERA_PASSPHRASE= "$cli" case show "$c" --recovery-key "$work/agency.pem" >/dev/null 2>&1; rc=$?
check "after a passphrase change the agency key still opens it" test "$rc" = 0
export TESSERA_PASSPHRASE='Changed passphrase one'
old_backup=$("$cli" backups "$c" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')

# Handover by the supervisor, with the agency key: a new data key under the receiving investigator's passphrase.
printf 'Receiving investigator pass\n' >"$work/to.pass"
"$cli" handover "$c" --recovery-key "$work/agency.pem" --to-passphrase-file "$work/to.pass" >/dev/null 2>&1; rc=$?
check "handover without --note: exit 2" test "$rc" = 2
"$cli" handover "$c" --recovery-key "$work/agency.pem" --to-passphrase-file "$work/to.pass" \
    --note "Det. Departing reassigned; case to Det. Receiving" --to-investigator "Det. Receiving" >/dev/null 2>"$work/err"; rc=$?
check "handover: exit 0" test "$rc" = 0
"$cli" case show "$c" >/dev/null 2>&1; rc=$?
check "after the handover the departing investigator's passphrase opens nothing (exit 3)" test "$rc" = 3
TESSERA_PASSPHRASE='Receiving investigator pass' "$cli" case show "$c" >"$work/show.json"; rc=$?
check "the receiving investigator's passphrase opens it, and they are the case's investigator" \
    bash -c "test $rc = 0 && grep -q 'Det. Receiving' '$work/show.json'"
TESSERA_PASSPHRASE= "$cli" check "$c" --recovery-key "$work/agency.pem" >/dev/null 2>&1; rc=$?
check "the agency key still opens it after the handover (recovery slot sealed to the new key)" test "$rc" = 0
check "the backups taken before the handover are gone" bash -c "! ls '$c.backups' | grep -q '$old_backup'"
TESSERA_PASSPHRASE='Receiving investigator pass' "$cli" activity "$c" --limit 0 --format json >"$work/act.json" 2>/dev/null
python3 - "$work/act.json" >"$work/audit.txt" 2>&1 <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(json.dumps(d))
PY
check "the handover, the supervisor's recovery opens and the recovery slot are in the audit log" bash -c "
  grep -q 'case.handover' '$work/audit.txt' &&
  grep -q 'case.open-with-recovery-key' '$work/audit.txt' && grep -q 'recovery-slot.add' '$work/audit.txt'"
TESSERA_PASSPHRASE='Receiving investigator pass' "$cli" check "$c" >/dev/null 2>&1; rc=$?
check "check passes after the handover (audit chain intact)" test "$rc" = 0

echo "# $pass passed, $fail failed"
test "$fail" = 0
