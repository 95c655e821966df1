#!/usr/bin/env bash
# New-user trial defects through tessera-cli: an unsafe Bates prefix is refused where it is set (exit 2); an export
# killed at any moment leaves no staging folder (SIGINT/SIGTERM clean up; after SIGKILL the next export sweeps it),
# and no staging folder is ever readable by others; `timeline` shows a protected name only with --reveal (audited).
# Usage: test_export_interrupt.sh path/to/tessera-cli
set -u
cli=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp HOME=$work/home QT_QPA_PLATFORM=offscreen TESSERA_PASSPHRASE='correct horse 42' TESSERA_INSECURE_TEST_KDF=1
mkdir -p "$TMPDIR" "$HOME"
cd "$work" || exit 1
pass=0; fail=0
ok() { pass=$((pass+1)); echo "ok   - $*"; }
no() { fail=$((fail+1)); echo "FAIL - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else no "$what"; fi; }

# 1. The Bates prefix, checked where it is set.
"$cli" create op.tessera --title "Operation Interrupt" >/dev/null
"$cli" case set op.tessera --bates-prefix "../../escaped" >/dev/null 2>err.txt
check "case set --bates-prefix ../../escaped: exit 2" test $? -eq 2
check "  the message names the option" grep -q -- "--bates-prefix" err.txt
"$cli" create tab.tessera --title T --bates-prefix "$(printf 'A\tB')" >/dev/null 2>&1
check "create --bates-prefix with a tab: exit 2" test $? -eq 2
"$cli" create abs.tessera --title T --bates-prefix /abs/evil >/dev/null 2>&1
check "create --bates-prefix /abs/evil: exit 2, no case file" test $? -eq 2 -a ! -e abs.tessera
"$cli" case set op.tessera --bates-prefix OPI-26 >/dev/null
check "a safe prefix is kept" bash -c "'$cli' case show op.tessera | grep -q '\"bates_prefix\": \"OPI-26\"'"

# A case big enough that an export takes a moment.
python3 - >big.csv <<'PY'
import datetime
print('interaction,direction,correspondent_id,datetime,call_duration,antenna_id')
t = datetime.datetime(2014, 1, 1)
for i in range(6000):
    print('call,out,4125550%03d,%s,60,1' % (i % 1000, (t + datetime.timedelta(minutes=i)).strftime('%Y-%m-%d %H:%M:%S')))
PY
"$cli" import op.tessera big.csv --profile cdr-bandicoot --subscriber 4125550147 --time-basis UTC >/dev/null

# 2. Killed at a few moments: never readable by others while it runs, gone after the signal.
readable=0
watch_modes() { # prints "open" when a staging folder or anything in it grants group/other access
    while kill -0 "$1" 2>/dev/null; do
        find out -path '*.partial-*' \( -perm /077 \) -print 2>/dev/null | grep -q . && echo open
        sleep 0.05
    done
}
for sig in TERM INT; do
    for t in 0.2 0.8 2; do
        rm -rf out
        "$cli" export op.tessera --out out/prod >/dev/null 2>err.txt &
        pid=$!
        watch_modes "$pid" >modes.txt &
        wpid=$!
        sleep "$t"
        kill -"$sig" "$pid" 2>/dev/null
        wait "$pid"; rc=$?
        wait "$wpid"
        grep -q open modes.txt && readable=1
        left=$(find out -maxdepth 1 -name '*.partial-*' 2>/dev/null | wc -l)
        check "SIG$sig after ${t}s (rc $rc): no staging folder left" test "$left" -eq 0
        if [ "$rc" -ne 0 ]; then
            check "  interrupted: no production either" test ! -e out/prod
        fi
    done
done
check "no staging folder was ever readable by group or others" test "$readable" -eq 0

# SIGKILL cannot be caught: the staging folder stays, user-only, and the next export sweeps it.
rm -rf out
"$cli" export op.tessera --out out/prod >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 100); do [ -n "$(find out -maxdepth 1 -name 'prod.partial-*' 2>/dev/null)" ] && break; sleep 0.02; done
sleep 0.3
kill -KILL "$pid"; wait "$pid" 2>/dev/null
stale=$(find out -maxdepth 1 -name 'prod.partial-*' | head -1)
check "after SIGKILL a staging folder stays behind (it cannot clean up)" test -n "$stale"
check "  it is mode 0700" test "$(stat -c %a "$stale" 2>/dev/null)" = 700
mkdir -p out/not-ours.partial-1 # no marker: not Tessera's, never removed
"$cli" export op.tessera --out out/second >/dev/null
check "the next export succeeds" test -f out/second/manifest.json
check "  and sweeps the stale staging folder" test -z "$(find out -maxdepth 1 -name 'prod.partial-*')"
check "  but leaves a folder without Tessera's marker" test -d out/not-ours.partial-1
check "the production is user-only (0700, files 0600)" \
    bash -c "test \"\$(stat -c %a out/second)\" = 700 && test -z \"\$(find out/second -perm /077)\""
check "  and verifies" bash -c "'$cli' verify-packet out/second >/dev/null 2>&1"

# 5. A protected name typed into an event summary: pseudonym unless --reveal, which is audited.
"$cli" person add op.tessera --role victim --name "Maria QZXLopez" >/dev/null
"$cli" event add op.tessera --when 2014-04-20 --category recruitment --summary "Met Maria QZXLopez at the station" >/dev/null 2>&1
for fmt in table json csv; do
    "$cli" timeline op.tessera --layer events --format $fmt >tl.txt
    check "timeline --format $fmt shows [V-1], not the name" bash -c "grep -q 'V-1' tl.txt && ! grep -q QZXLopez tl.txt"
done
"$cli" timeline op.tessera --layer events --reveal >tl.txt
check "timeline --reveal shows the name" grep -q "Maria QZXLopez" tl.txt
check "  and is audited as a view of protected data" bash -c "'$cli' activity op.tessera --format json | grep -q 'person reveal (timeline)'"

echo "passed $pass, failed $fail"
[ "$fail" -eq 0 ]
