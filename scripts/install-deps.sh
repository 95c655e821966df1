#!/usr/bin/env bash
# Installs the Debian 12 packages Tessera needs to build, run and test (compiler and CMake included).
# Runs apt-get as root, or through sudo when not root.
set -euo pipefail
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
packages=(
  # build
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools
  libsqlcipher-dev libsodium-dev libphonenumber-dev libssl-dev catch2
  libqpdf-dev  # PDF bookmarks and fixed metadata in report.pdf and the memo (Qt 6.4 writes no outline)
  # translations: Qt Linguist tools (lupdate, lrelease, CMake support) and Qt's own strings in other languages
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  # run: fonts (Qt writes a PDF with blank text when none is installed). Noto covers Arabic, Hebrew and other scripts
  # (fonts-noto-core: 12 MB download, 42 MB installed) and Chinese, Japanese, Korean (fonts-noto-cjk: 57 MB, 91 MB)
  fonts-dejavu-core fonts-noto-core fonts-noto-cjk
  # tests, demo and benchmark: PDF text extraction, seal check with OpenSSL, PDF outline check (qpdf), screenshots,
  # the sqlite3 baseline
  poppler-utils qpdf openssl python3 xvfb xauth imagemagick sqlite3 time
  # the Debian package and its checks: dpkg-shlibdeps, desktop entry and AppStream validators, man page lint
  dpkg-dev file desktop-file-utils appstream groff-base
  # fuzzing the import readers (scripts/fuzz.sh): clang with libFuzzer
  clang libclang-rt-14-dev
  # static analysis of the core (scripts/clang-tidy-core.sh, bugprone-* checks)
  clang-tidy
)
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "install-deps: ${#packages[@]} packages present"
