#!/usr/bin/env bash
# Rolling encrypted backups through tessera-cli (issue 8 §6): taken on opening, kept to N, atomic, no plaintext;
# a passphrase change re-keys them (the old passphrase opens nothing), a key rotation replaces them; backups and
# restore. Usage: test_backups.sh path/to/tessera-cli
set -u
cli=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='Backup test passphrase' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
count() { "$cli" backups "$1" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'; }
ids() { "$cli" backups "$1" --format json | python3 -c 'import json,sys; print(" ".join(b["id"] for b in json.load(sys.stdin)))'; }
exhibits() { "$cli" exhibit list "$1" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'; }
csv() { printf 'interaction,direction,correspondent_id,datetime,call_duration,antenna_id\ntext,out,MARKERBKP%s,2014-04-20 10:00:00,,1\n' "$1"; }

c=$work/case/op.tessera
mkdir -p "$work/case"
"$cli" create "$c" --title "Backup MARKERTITLE" >/dev/null
check "a new case has no backups yet" test "$(count "$c")" = 0
# Interval 0: a backup on every open after a change (the throttle has its own case at the end).
"$cli" case set "$c" --backup-interval 0 >/dev/null
check "opening takes a backup" test "$(count "$c")" = 1
"$cli" case show "$c" >/dev/null
check "opening after a change takes another (interval 0)" test "$(count "$c")" = 2
"$cli" case show "$c" >/dev/null
check "opening an unchanged case takes no further backup" test "$(count "$c")" = 2
first=$(ids "$c" | tr ' ' '\n' | tail -1)
for i in 1 2 3 4 5 6; do
    csv "$i" >"$work/r$i.csv"
    "$cli" import "$c" "$work/r$i.csv" --profile cdr-bandicoot --subscriber 4125550147 --time-basis UTC >/dev/null 2>&1
done
check "the last 5 are kept by default" test "$(count "$c")" = 5
check "the oldest was rolled out" bash -c "! grep -q '$first' <<<'$(ids "$c")'"
"$cli" case set "$c" --keep-backups 3 >/dev/null
"$cli" case show "$c" >/dev/null
check "case set --keep-backups 3: three kept" test "$(count "$c")" = 3
"$cli" case set "$c" --keep-backups x >/dev/null 2>&1; rc=$?
check "case set --keep-backups x: exit 2" test "$rc" = 2
check "backup folder: mode 0700, files 0600, nothing but backups in it" bash -c "
  test \$(stat -c %a '$c.backups') = 700 && test -z \"\$(find '$c.backups' -type f ! -perm 600)\" &&
  test -z \"\$(find '$c.backups' -type f ! -name '*Z.tessera')\""
check "no plaintext in any backup (title, imported values)" bash -c "! grep -raqE 'MARKERBKP|MARKERTITLE' '$c.backups'"

# Restore: the oldest kept backup was taken when the last import opened the case, before it changed anything.
oldest=$(ids "$c" | tr ' ' '\n' | tail -1)
"$cli" restore "$c" --backup "$oldest" --out "$work/restored.tessera" >"$work/out.json"; rc=$?
check "restore: exit 0, prints the new path" bash -c "test $rc = 0 && grep -q restored.tessera '$work/out.json'"
check "restore: the restored case passes check" "$cli" check "$work/restored.tessera"
check "restore: the restored case holds that version (one exhibit less than the case)" \
    test "$(exhibits "$work/restored.tessera")" = $(( $(exhibits "$c") - 1 ))
"$cli" restore "$c" --backup "$oldest" --out "$work/restored.tessera" >/dev/null 2>&1; rc=$?
check "restore over an existing file: exit 2" test "$rc" = 2
"$cli" restore "$c" --backup 20000101T000000000Z --out "$work/none.tessera" >/dev/null 2>&1; rc=$?
check "restore of an unknown id: exit 2, nothing written" bash -c "test $rc = 2 && test ! -e '$work/none.tessera'"
TESSERA_PASSPHRASE=wrong-passphrase "$cli" restore "$c" --backup "$oldest" --out "$work/wrong.tessera" >/dev/null 2>&1; rc=$?
check "restore with a wrong passphrase: exit 3, nothing left behind" bash -c "test $rc = 3 && test ! -e '$work/wrong.tessera'"

# A passphrase change re-keys every backup: the old passphrase opens nothing.
printf 'Second backup passphrase\n' >"$work/new.pass"
"$cli" rekey "$c" --new-passphrase-file "$work/new.pass" >/dev/null; rc=$?
check "rekey: exit 0" test "$rc" = 0
export TESSERA_PASSPHRASE='Second backup passphrase'
n=$(count "$c"); opened_new=0; opened_old=0
for id in $(ids "$c"); do
    TESSERA_PASSPHRASE='Backup test passphrase' "$cli" restore "$c" --backup "$id" --out "$work/old-$id.tessera" >/dev/null 2>&1 && opened_old=$((opened_old + 1))
    "$cli" restore "$c" --backup "$id" --out "$work/new-$id.tessera" >/dev/null 2>&1 && opened_new=$((opened_new + 1))
done
check "after a passphrase change the old passphrase opens none of the $n backups" test "$opened_old" = 0
check "and the new passphrase opens every one of them" test "$opened_new" = "$n"

# A key rotation removes the backups under the old data key and takes one fresh backup.
before=$(ids "$c")
printf 'Third backup passphrase\n' >"$work/third.pass"
"$cli" rekey "$c" --rotate --new-passphrase-file "$work/third.pass" >/dev/null; rc=$?
after=$(ids "$c")
check "rekey --rotate: exit 0, one fresh backup replaces the old ones" bash -c "test $rc = 0 && test \$(wc -w <<<'$after') = 1 && ! grep -qw '$after' <<<'$before'"
TESSERA_PASSPHRASE='Third backup passphrase' "$cli" restore "$c" --backup "$after" --out "$work/rot.tessera" >/dev/null 2>&1; rc=$?
check "the fresh backup opens with the new passphrase" test "$rc" = 0

# A backup that cannot be written (disk full) is a warning; the command still works and the case is unharmed.
export TESSERA_PASSPHRASE='Third backup passphrase'
"$cli" case set "$c" --keep-backups 5 >/dev/null
csv 9 >"$work/r9.csv"
"$cli" import "$c" "$work/r9.csv" --profile cdr-bandicoot --subscriber 4125550147 --time-basis UTC >/dev/null 2>&1
nb=$(count "$c")
prlimit --fsize=65536 "$cli" case show "$c" >/dev/null 2>"$work/err"; rc=$?
check "backup on a full disk: the command still succeeds with a warning" bash -c "test $rc = 0 && grep -q 'no backup was taken' '$work/err'"
check "backup on a full disk: no partial backup or temporary file left" bash -c "test \$(ls -A '$c.backups' | wc -l) = $nb"
check "the case still passes check" "$cli" check "$c"

# The throttle: at most one backup per interval (default 60 minutes), however often the case is opened and changed.
t=$work/case/throttle.tessera
age() { # age BACKUP-ID MINUTES: renames the backup as if taken MINUTES ago (negative: in the future)
    local from=$1 to
    to=$(python3 -c 'import datetime,sys; t=datetime.datetime.strptime(sys.argv[1],"%Y%m%dT%H%M%S%fZ")-datetime.timedelta(minutes=int(sys.argv[2])); print(t.strftime("%Y%m%dT%H%M%S")+"%03dZ"%(t.microsecond//1000))' "$from" "$2")
    mv "$t.backups/$from.tessera" "$t.backups/$to.tessera"
}
"$cli" create "$t" --title "Throttle" >/dev/null
"$cli" case show "$t" >"$work/show.json"
check "the default interval is 60 minutes (a JSON number)" grep -q '"backup_interval": 60,' "$work/show.json"
check "the first open takes a backup" test "$(count "$t")" = 1
for i in 1 2 3; do
    "$cli" import "$t" "$work/r$i.csv" --profile cdr-bandicoot --subscriber 4125550147 --time-basis UTC >/dev/null 2>&1
done
"$cli" case show "$t" >/dev/null
check "within the interval, opening a changed case four times takes no new backup" test "$(count "$t")" = 1
age "$(ids "$t")" 59
"$cli" case show "$t" >/dev/null
check "a backup 59 minutes old still holds the next one back" test "$(count "$t")" = 1
age "$(ids "$t")" 2
"$cli" case show "$t" >/dev/null
check "once the newest backup is 61 minutes old, the next open takes one" test "$(count "$t")" = 2
"$cli" import "$t" "$work/r4.csv" --profile cdr-bandicoot --subscriber 4125550147 --time-basis UTC >/dev/null 2>&1
age "$(ids "$t" | cut -d' ' -f1)" -1440
"$cli" case show "$t" >/dev/null
check "a newest backup dated in the future (clock set back) does not hold new ones back" test "$(count "$t")" = 3
"$cli" case set "$t" --backup-interval 10081 >/dev/null 2>&1; rc=$?
check "case set --backup-interval 10081: exit 2" test "$rc" = 2
"$cli" case set "$t" --backup-interval 1h >/dev/null 2>&1; rc=$?
check "case set --backup-interval 1h: exit 2" test "$rc" = 2
"$cli" case set "$t" --backup-interval 0 >/dev/null
"$cli" case show "$t" >/dev/null
check "case set --backup-interval 0: the next open after a change takes one" test "$(count "$t")" = 4

# A damaged case is never backed up over the good backups (found by a new-user trial: five changes to a damaged file
# rotated every good backup out).
d=$work/damaged/op.tessera
mkdir -p "$work/damaged"
"$cli" create "$d" --title "Damaged" >/dev/null
"$cli" case set "$d" --backup-interval 0 >/dev/null
python3 -c "
print('interaction,direction,correspondent_id,datetime,call_duration,antenna_id')
for i in range(5000): print('text,out,MARKERDMG%d,2014-04-%02d 10:%02d:00,,1' % (i, 1 + i % 28, i % 60))" >"$work/big.csv"
"$cli" import "$d" "$work/big.csv" --profile cdr-bandicoot --subscriber 4125550147 --time-basis UTC >/dev/null 2>&1
"$cli" case show "$d" >/dev/null
before=$(ids "$d")
size=$(stat -c %s "$d")
# Four bytes inside a record page: opening and changing settings still work, but the page fails its HMAC when read.
printf '\x00\x00\x00\x00' | dd of="$d" bs=1 seek=$((size * 3 / 4)) conv=notrunc status=none
for i in 1 2 3 4 5 6; do "$cli" case set "$d" --title "Damaged $i" >/dev/null 2>"$work/damaged.err"; done
check "a damaged case: changes still save (the damaged page is not read)" test "$("$cli" case show "$d" --format json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["title"])')" = "Damaged 6"
check "a damaged case: no backup rotated out, none added" test "$(ids "$d")" = "$before"
check "a damaged case: the warning says why no backup was taken" grep -q "fails its integrity check" "$work/damaged.err"
good=0
for b in $before; do
    rm -f "$work/restored.tessera"
    "$cli" restore "$d" --backup "$b" --out "$work/restored.tessera" >/dev/null 2>&1 && "$cli" check "$work/restored.tessera" >/dev/null 2>&1 && good=$((good + 1))
done
check "a damaged case: every kept backup still passes check" test "$good" = "$(echo $before | wc -w)"

echo "# $pass passed, $fail failed"
test "$fail" = 0
