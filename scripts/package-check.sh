#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree and checks what agency IT and a desktop rely on:
# metadata and computed dependencies, every file in its place, the desktop entry, AppStream metadata, MIME type and
# man pages valid, and the programs inside running. Usage: scripts/package-check.sh BUILD_DIR
# (CTest runs it as "packaging: …"; exits non-zero naming the first thing that is wrong.)
set -euo pipefail
build=$(cd "${1:?usage: package-check.sh BUILD_DIR}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "package-check: $*" >&2; exit 1; }

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >/dev/null) || fail "cpack failed"
deb=$(ls "$work"/out/tessera_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no tessera_*.deb was written"
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

info=$(dpkg-deb -I "$deb")
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = tessera ] || fail "Package field is not tessera"
[ -n "$(field Version)" ] || fail "no Version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is not $(dpkg --print-architecture)"
depends=$(field Depends)
for lib in libqt6widgets6 libqt6gui6 libqt6core6 libsodium23 libphonenumber8 libssl3 fonts-dejavu-core; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (shlibdeps not computed?): $depends"
done
grep -q '^ Description:' <<<"$info" || fail "no Description"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/tessera ./usr/bin/tessera-cli \
         ./usr/share/applications/org.tesseraproject.Tessera.desktop \
         ./usr/share/metainfo/org.tesseraproject.Tessera.metainfo.xml \
         ./usr/share/mime/packages/org.tesseraproject.Tessera.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.tesseraproject.Tessera.svg \
         ./usr/share/icons/hicolor/48x48/apps/org.tesseraproject.Tessera.png \
         ./usr/share/icons/hicolor/256x256/apps/org.tesseraproject.Tessera.png \
         ./usr/share/man/man1/tessera.1.gz ./usr/share/man/man1/tessera-cli.1.gz \
         ./usr/share/doc/tessera/copyright ./usr/share/doc/tessera/changelog.Debian.gz; do
    grep -qx -- "$f" <<<"$contents" || fail "missing $f"
done
# Nothing else than what a package should hold: no build tree, no test data, no case files.
if grep -E '\.tessera$|/build/|/tests?/|\.a$|\.h$' <<<"$contents"; then fail "unexpected files above"; fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/org.tesseraproject.Tessera.desktop" || fail "desktop entry invalid"
grep -q '^MimeType=application/x-tessera-case;' "$root/usr/share/applications/org.tesseraproject.Tessera.desktop" \
    || fail "the desktop entry does not open .tessera files"
# --no-net: agency machines are offline; validation must not try to fetch screenshots or URLs.
command -v appstreamcli >/dev/null || fail "appstreamcli is needed to validate the AppStream metainfo (apt install appstream)"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.tesseraproject.Tessera.metainfo.xml" >/dev/null \
    || fail "AppStream metainfo invalid (appstreamcli validate --no-net)"
# Debian policy 12.7: the changelog, gzipped, and readable.
zcat "$root/usr/share/doc/tessera/changelog.Debian.gz" | sed -n 1p | grep -qF "tessera ($(field Version))" \
    || fail "changelog.Debian.gz does not start with this version, tessera ($(field Version))"
grep -q 'glob pattern="\*.tessera"' "$root/usr/share/mime/packages/org.tesseraproject.Tessera.xml" || fail "MIME glob missing"
for page in tessera tessera-cli; do
    zcat "$root/usr/share/man/man1/$page.1.gz" | groff -man -ww -z 2>"$work/groff.txt" || fail "man page $page does not format"
    [ ! -s "$work/groff.txt" ] || { cat "$work/groff.txt" >&2; fail "man page $page has warnings"; }
done
file "$root/usr/bin/tessera-cli" | grep -q 'stripped' || fail "tessera-cli is not stripped"
file "$root/usr/bin/tessera-cli" | grep -q 'not stripped' && fail "tessera-cli is not stripped"

# The programs inside run, and the man page lists every command the program knows.
"$root/usr/bin/tessera-cli" --version | grep -q "^tessera-cli " || fail "tessera-cli --version"
mkdir -m 700 "$work/xdg"
XDG_RUNTIME_DIR="$work/xdg" QT_QPA_PLATFORM=offscreen "$root/usr/bin/tessera" --version | grep -qi tessera || fail "tessera --version"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/tessera" --version | grep -qi tessera \
    || fail "tessera --version without a display"
manText=$(zcat "$root/usr/share/man/man1/tessera-cli.1.gz")
for cmd in $("$root/usr/bin/tessera-cli" 2>&1 | sed -n 's/^  \([a-z-]*\).*/\1/p' | grep -vx help | sort -u); do
    grep -q "^\.B $(sed 's/-/\\\\-/g' <<<"$cmd")" <<<"$manText" || fail "man page lacks command $cmd"
done
echo "package-check: ok"
