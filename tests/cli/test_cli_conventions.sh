#!/usr/bin/env bash
# Command-line conventions a new user trips over (found by a new-user trial): --help is a request (stdout, exit 0) and
# a missing command a mistake (stderr, exit 2); table columns never run together; a read-only case file gets a clear
# usage error, not an internal one. Usage: test_cli_conventions.sh path/to/tessera-cli
set -u
cli=$(realpath "$1")
work=$(mktemp -d)
chmod 0755 "$work"
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp TESSERA_PASSPHRASE='Conventions test passphrase' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR"
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }

"$cli" --help >"$work/out" 2>"$work/err"; rc=$?
check "--help exits 0" test "$rc" = 0
check "--help prints the commands to stdout" grep -q "Commands:" "$work/out"
check "--help prints nothing to stderr" test ! -s "$work/err"
"$cli" -h >/dev/null 2>&1; check "-h exits 0" test $? = 0
"$cli" >"$work/out" 2>"$work/err"; rc=$?
check "no command exits 2" test "$rc" = 2
check "no command: the list goes to stderr" grep -q "Commands:" "$work/err"
"$cli" help >/dev/null 2>&1; check "help alone exits 0" test $? = 0
"$cli" help no-such-command >/dev/null 2>&1; check "help with an unknown command exits 2" test $? = 2
"$cli" note --help >"$work/out" 2>&1; rc=$?
check "COMMAND --help exits 0" test "$rc" = 0
check "COMMAND --help prints that command's usage" grep -q "^usage: tessera-cli note" "$work/out"

c=$work/op.tessera
"$cli" create "$c" --title "Conventions" >/dev/null
printf 'statement text\n' >"$work/statement.txt"
"$cli" exhibit add "$c" "$work/statement.txt" --kind victim-statement --title "Statement of V-1 taken on 3 May" >/dev/null 2>&1
"$cli" exhibit list "$c" >"$work/list" 2>&1
check "exhibit list: a long kind and the title are separated" grep -q "victim-statement  *Statement" "$work/list"
"$cli" person add "$c" --role victim,witness --name "A person with a long label" >/dev/null 2>&1
"$cli" person list "$c" >"$work/people" 2>&1
check "person list: columns separated" bash -c "! grep -q '[a-z0-9]victim' '$work/people'"

# A read-only case: root ignores file modes, so run as an unprivileged user when this runs as root.
ro=$work/ro
mkdir -p "$ro"; cp "$c" "$ro/op.tessera"; chmod 0777 "$ro"; chmod 0444 "$ro/op.tessera"
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv >/dev/null; then
    as_user() { setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$ro" TMPDIR="$ro" "$@"; }
  else
    as_user() { :; }
  fi
else
  as_user() { "$@"; }
fi
as_user "$cli" note add "$ro/op.tessera" --about case --text "A note that cannot be saved" >"$work/out" 2>"$work/err"; rc=$?
if [ -s "$work/err" ] || [ "$rc" != 0 ]; then
  check "a read-only case: not an internal error (exit 1)" test "$rc" != 1
  check "a read-only case: the message says read-only" grep -qi "read-only" "$work/err"
else
  no "a read-only case: the write was refused"
fi

echo "passed $pass, failed $fail"
[ "$fail" = 0 ]
