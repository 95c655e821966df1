#!/usr/bin/env bash
# Issue 8 §2: core dumps are off in both executables (RLIMIT_CORE 0, set with PR_SET_DUMPABLE 0 by
# disableCoreDumps() before any key exists). Each program is caught while it waits — the CLI for its passphrase
# file (a FIFO nobody writes yet), the GUI on its start page — and its /proc limits are read.
# Usage: test_core_dumps.sh TESSERA_CLI TESSERA_GUI
set -u
cli="$1"
gui="$2"
work=$(mktemp -d)
trap 'kill $pid_cli $pid_gui 2>/dev/null; rm -rf "$work"' EXIT
fail=0
pid_cli=""
pid_gui=""

core_limit() { # prints "soft hard" of the core-file-size limit of process $1
    awk '/^Max core file size/ {print $5, $6}' "/proc/$1/limits"
}

wait_alive() { # waits until process $1 has started (up to 10 s)
    for _ in $(seq 100); do
        [ -r "/proc/$1/limits" ] && return 0
        sleep 0.1
    done
    return 1
}

ulimit -c unlimited 2>/dev/null || ulimit -c 1000000 2>/dev/null || true
echo "core limit of this shell: $(ulimit -c)"
if [ "$(ulimit -c)" = "0" ]; then # the programs would inherit 0 anyway: this run could not tell
    echo "SKIP: cannot raise the core-file limit here"
    exit 77
fi

mkfifo "$work/pass"
TESSERA_INSECURE_TEST_KDF=1 TESSERA_PASSPHRASE="core dump test pass" "$cli" create "$work/c.tessera" --title T >/dev/null 2>&1 \
    || { echo "FAIL: create"; exit 1; }
"$cli" timeline "$work/c.tessera" --passphrase-file "$work/pass" >/dev/null 2>&1 &
pid_cli=$!
wait_alive "$pid_cli" && sleep 0.5
got=$(core_limit "$pid_cli")
if [ "$got" = "0 0" ]; then echo "ok: tessera-cli core limit 0"; else echo "FAIL: tessera-cli core limit is '$got'"; fail=1; fi
kill "$pid_cli" 2>/dev/null

mkdir -m 700 "$work/xdg"
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/xdg" HOME="$work" "$gui" >/dev/null 2>&1 &
pid_gui=$!
wait_alive "$pid_gui" && sleep 1
got=$(core_limit "$pid_gui")
if [ "$got" = "0 0" ]; then echo "ok: tessera core limit 0"; else echo "FAIL: tessera core limit is '$got'"; fail=1; fi
kill "$pid_gui" 2>/dev/null
exit $fail
