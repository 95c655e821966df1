#!/usr/bin/env bash
# The README's first command: installs what is needed, builds Tessera, creates a demo case from the bundled real
# call records (samples/), and opens it in the GUI.   --headless: write the discovery production instead.
set -euo pipefail
cd "$(dirname "$0")/.."
headless=0
[ "${1:-}" = "--headless" ] && headless=1
if [ "$headless" = 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: writing the discovery production instead of opening the GUI (same as --headless)."
  headless=1
fi
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
cli=build/release/app/tessera-cli
gui=build/release/app/tessera
out=${TESSERA_DEMO_DIR:-$HOME/tessera-demo}
mkdir -p "$out"
case_file=$out/demo-2026-0042.tessera
packet=$out/production-1
rm -rf "$case_file" "$case_file.lock" "$packet"
export TESSERA_PASSPHRASE="demo passphrase 2026"
echo "Demo case: $case_file"
echo "Demo passphrase: $TESSERA_PASSPHRASE   (a demo only: real cases need a strong passphrase of your own)"
"$cli" create "$case_file" --title "Demo: call records (bandicoot sample)" --case-number 2026-0042 \
  --display-zone America/New_York --agency "Demo Police Department" --investigator "Det. Demo" >/dev/null
# People are illustrative: the sample's correspondents are letters and fake numbers, not real people.
off=$("$cli" person add "$case_file" --role offender --name "Subject One (demo)" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
vic=$("$cli" person add "$case_file" --role victim --name "Demo Person" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
"$cli" identifier add "$case_file" --person "$off" --kind handle --value ego >/dev/null
"$cli" identifier add "$case_file" --person "$off" --kind phone --value 770000000 --region SN >/dev/null
"$cli" identifier add "$case_file" --person "$vic" --kind handle --value A >/dev/null
"$cli" identifier add "$case_file" --person "$vic" --kind phone --value 770000005 --region SN >/dev/null
"$cli" import "$case_file" samples/cdr-bandicoot/ego.csv --profile cdr-bandicoot --subscriber ego --time-basis America/New_York
"$cli" import "$case_file" samples/cdr-bandicoot/u_test.csv --profile cdr-orange --time-basis UTC --region SN
"$cli" event add "$case_file" --when 2014-03-04 --category communication --actor "$off" --other "$vic" \
  --summary "Subject One called V-1; the call lasted over an hour and a half" --from-record 23 >/dev/null
if [ "$headless" = 1 ]; then
  QT_QPA_PLATFORM=offscreen "$cli" export "$case_file" --out "$packet"
  "$cli" verify-packet "$packet"
  echo "Discovery production written to $packet (open report.pdf)"
else
  unset TESSERA_PASSPHRASE
  echo "Opening the GUI; enter the demo passphrase when asked."
  "$gui" "$case_file"
fi
