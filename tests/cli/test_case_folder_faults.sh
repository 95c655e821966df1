#!/usr/bin/env bash
# A new-user trial of the installed package (session 4): a case in a read-only folder opens read-only (reads work,
# writes get the read-only error, a hot journal is refused); a full disk is named as such; `create` refuses
# --passphrase-file; `--` ends the options; a named pipe or a device is "not a regular file" and never blocks; an empty
# passphrase file is a usage error and a CRLF one works; `case show` prints its counts as JSON numbers.
# Usage: test_case_folder_faults.sh path/to/tessera-cli
set -u
cli=$(realpath "$1")
work=$(mktemp -d)
chmod 0711 "$work"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
export TMPDIR=$work/tmp TESSERA_PASSPHRASE='Folder faults passphrase' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }
cd "$work" || exit 1

c=$work/op.tessera
"$cli" create "$c" --title "Folder faults" >/dev/null
"$cli" person add "$c" --role offender --name "Offender One" >/dev/null

# ---- 1. a case in a read-only folder ------------------------------------------------------------------------------
ro=$work/rodir
mkdir -p "$ro"; cp "$c" "$ro/op.tessera"
if [ "$(id -u)" = 0 ]; then
    # root writes through any mode bits: run as an unprivileged user who owns the folder and the file
    chown -R 65534:65534 "$ro"
    as_user() { setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$ro" TMPDIR="$ro" "$@"; }
else
    as_user() { "$@"; }
fi
chmod 0555 "$ro"
h=$(sha256sum "$ro/op.tessera" | cut -c1-64)
for cmd in "person list" "check" "timeline" "case show"; do
    # shellcheck disable=SC2086
    as_user "$cli" $cmd "$ro/op.tessera" >"$work/out" 2>"$work/err"; rc=$?
    check "read-only folder: '$cmd' works (exit 0, got $rc: $(head -c 200 "$work/err"))" test "$rc" = 0
done
check "read-only folder: person list shows the person" grep -q "Offender One" <(as_user "$cli" person list "$ro/op.tessera" 2>/dev/null)
check "read-only folder: a warning says it was opened read-only" grep -q "opened read-only" "$work/err"
check "read-only folder: not the old 'is the folder writable?' refusal" bash -c "! grep -q 'is the folder writable' '$work/err'"
as_user "$cli" person add "$ro/op.tessera" --role witness --name "Witness Two" >/dev/null 2>"$work/err"; rc=$?
check "read-only folder: a write is exit 2 (got $rc)" test "$rc" = 2
check "read-only folder: the write's message says read-only" grep -q "read-only; nothing was saved" "$work/err"
printf 'A brand new passphrase\n' >"$work/new.pass"; chmod 0644 "$work/new.pass"
as_user "$cli" rekey "$ro/op.tessera" --new-passphrase-file "$work/new.pass" >/dev/null 2>"$work/err"; rc=$?
check "read-only folder: rekey refused with exit 2 (got $rc)" test "$rc" = 2
check "read-only folder: the case file's bytes are unchanged" test "$(sha256sum "$ro/op.tessera" | cut -c1-64)" = "$h"
check "read-only folder: no lock file, journal or backup folder appeared" test "$(ls -A "$ro")" = "op.tessera"
# A hot rollback journal (an interrupted write) cannot be rolled back read-only: refused clearly, nothing read.
chmod 0755 "$ro"; printf 'hot journal bytes' >"$ro/op.tessera-tjournal"
[ "$(id -u)" = 0 ] && chown 65534:65534 "$ro/op.tessera-tjournal"
chmod 0555 "$ro"
as_user "$cli" person list "$ro/op.tessera" >"$work/out" 2>"$work/err"; rc=$?
check "read-only folder with a hot journal: exit 5 (got $rc)" test "$rc" = 5
check "read-only folder with a hot journal: the message names the rollback journal" grep -q "rollback journal" "$work/err"
check "read-only folder with a hot journal: nothing printed on stdout" test ! -s "$work/out"
check "read-only folder with a hot journal: the journal is left alone" test -e "$ro/op.tessera-tjournal"
chmod 0755 "$ro"

# ---- 2. a full disk (a 1 MiB tmpfs, in a user and mount namespace when not root) ---------------------------------
mkdir -p "$work/full"
cat >"$work/full.sh" <<'EOF'
set -u
dir=$1 case=$2 cli=$3 out=$4
mount -t tmpfs -o size=1m tmpfs "$dir" || exit 77
cp "$case" "$dir/op.tessera" || exit 78
dd if=/dev/zero of="$dir/filler" bs=4k 2>/dev/null
"$cli" check "$dir/op.tessera" >"$out.check" 2>"$out.check.err"; echo $? >"$out.check.rc"
"$cli" person add "$dir/op.tessera" --role witness --name "Witness Two" >/dev/null 2>"$out.add.err"; echo $? >"$out.add.rc"
"$cli" create "$dir/new.tessera" --title New >/dev/null 2>"$out.create.err"; echo $? >"$out.create.rc"
umount "$dir"
EOF
if [ "$(id -u)" = 0 ]; then runner=(unshare -m bash); else runner=(unshare -rm bash); fi
"${runner[@]}" "$work/full.sh" "$work/full" "$c" "$cli" "$work/f" 2>/dev/null; rc=$?
if [ "$rc" = 77 ] || [ "$rc" = 78 ] || [ ! -e "$work/f.check.rc" ]; then
    echo "# skipped: cannot mount a small tmpfs here (not permitted); the full-disk messages are untested"
else
    check "full disk: check still works (exit 0, got $(cat "$work/f.check.rc"))" test "$(cat "$work/f.check.rc")" = 0
    check "full disk: check warns that the disk is full" grep -q "the disk holding the case is full" "$work/f.check.err"
    check "full disk: a write says the disk is full (exit 1)" bash -c "test \"\$(cat '$work/f.add.rc')\" = 1 && grep -q 'the disk holding the case is full' '$work/f.add.err'"
    check "full disk: create says the disk is full" grep -q "the disk holding the case is full" "$work/f.create.err"
    check "full disk: nothing asks whether the folder is writable" bash -c "! cat '$work'/f.*.err | grep -q 'is the folder writable'"
fi

# ---- 3. create and --passphrase-file --------------------------------------------------------------------------------
printf 'A passphrase for create\n' >"$work/np"
"$cli" create "$work/c1.tessera" --title T --passphrase-file "$work/np" >/dev/null 2>"$work/err"; rc=$?
check "create --passphrase-file: exit 2 (got $rc)" test "$rc" = 2
check "create --passphrase-file: says to use --new-passphrase-file" grep -q -- "--new-passphrase-file" "$work/err"
check "create --passphrase-file: no file created" test ! -e "$work/c1.tessera"
env -u TESSERA_PASSPHRASE "$cli" create "$work/c2.tessera" --title T --new-passphrase-file "$work/np" >/dev/null 2>&1
check "create --new-passphrase-file works" env -u TESSERA_PASSPHRASE "$cli" check "$work/c2.tessera" --passphrase-file "$work/np"

# ---- 4. -- ends the options --------------------------------------------------------------------------------------
"$cli" create --title Dash -- -dash.tessera >/dev/null 2>"$work/err"; rc=$?
check "create --title T -- -dash.tessera: exit 0 (got $rc: $(cat "$work/err"))" test "$rc" = 0
check "create -- -dash.tessera: the file exists" test -s "$work/-dash.tessera"
"$cli" create --title Help -- --help >"$work/out" 2>&1; rc=$?
check "a --help after -- is a file name, not a request (exit $rc)" bash -c "test $rc = 0 && test -s '$work/--help'"
"$cli" create -- late.tessera --title T >/dev/null 2>"$work/err"; rc=$?
check "an option after -- : exit 2 saying options go before -- (got $rc)" bash -c "test $rc = 2 && grep -q 'put options before --' '$work/err'"
printf 'interaction,direction,correspondent_id,datetime,call_duration,antenna_id\ncall,out,+14125550100,2024-04-01 10:00:00,60,1\n' >"$work/-A.csv"
"$cli" import "$c" -A.csv --profile cdr-bandicoot --subscriber 4125550147 --time-basis UTC >/dev/null 2>"$work/err"; rc=$?
check "import CASE -A.csv: exit 2 with a hint to put -- before the file" bash -c "test $rc = 2 && grep -q 'put -- before it' '$work/err'"
"$cli" import "$c" --profile cdr-bandicoot --subscriber 4125550147 --time-basis UTC -- -A.csv >"$work/out" 2>"$work/err"; rc=$?
check "import CASE … -- -A.csv imports it (exit $rc: $(cat "$work/err"))" bash -c "test $rc = 0 && grep -q '\"records\":1' '$work/out'"

# ---- 5. a named pipe or a device is not a regular file ----------------------------------------------------------
mkfifo "$work/pipe"
timeout 20 "$cli" import "$c" "$work/pipe" --profile cdr-bandicoot --time-basis UTC >/dev/null 2>"$work/err"; rc=$?
check "import of a FIFO: exit 4 without blocking (got $rc)" test "$rc" = 4
check "import of a FIFO: 'not a regular file'" grep -q "not a regular file" "$work/err"
for dev in /dev/zero /dev/urandom; do
    timeout 20 "$cli" import "$c" "$dev" --profile cdr-bandicoot --time-basis UTC >/dev/null 2>"$work/err"; rc=$?
    check "import of $dev: exit 4, 'not a regular file' (got $rc)" bash -c "test $rc = 4 && grep -q 'not a regular file' '$work/err'"
done
timeout 20 "$cli" exhibit add "$c" "$work/pipe" --kind other >/dev/null 2>"$work/err"; rc=$?
check "exhibit add of a FIFO: exit 4, 'not a regular file' (got $rc)" bash -c "test $rc = 4 && grep -q 'not a regular file' '$work/err'"

# ---- 6. passphrase files ------------------------------------------------------------------------------------------
: >"$work/empty.pass"
env -u TESSERA_PASSPHRASE "$cli" check "$c" --passphrase-file "$work/empty.pass" >/dev/null 2>"$work/err"; rc=$?
check "an empty passphrase file: exit 2 (got $rc)" test "$rc" = 2
check "an empty passphrase file: says so" grep -q "the passphrase file is empty" "$work/err"
printf '%s\r\n' "$TESSERA_PASSPHRASE" >"$work/crlf.pass"
env -u TESSERA_PASSPHRASE "$cli" check "$c" --passphrase-file "$work/crlf.pass" >/dev/null 2>"$work/err"; rc=$?
check "a passphrase file ending in CRLF opens the case (got $rc)" test "$rc" = 0
printf '%s\n\n' "$TESSERA_PASSPHRASE" >"$work/two.pass"
env -u TESSERA_PASSPHRASE "$cli" check "$c" --passphrase-file "$work/two.pass" >/dev/null 2>&1; rc=$?
check "only one line ending is stripped (two newlines: wrong passphrase, exit 3; got $rc)" test "$rc" = 3

# ---- 8. case show: counts are numbers -----------------------------------------------------------------------------
"$cli" case show "$c" >"$work/show" 2>/dev/null
check "case show: keep_backups and backup_interval are JSON numbers" python3 -c '
import json, sys
o = json.load(open(sys.argv[1]))
sys.exit(0 if type(o["keep_backups"]) is int and type(o["backup_interval"]) is int and o["keep_backups"] == 5 and o["backup_interval"] == 60 else 1)' "$work/show"

echo "# $pass passed, $fail failed"
test "$fail" = 0
