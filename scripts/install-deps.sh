#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Tie Browser needs to build, test, package and run, when any is missing.
# Runs apt-get as root, or through sudo; does nothing (and needs no network) when everything is there.
#   scripts/install-deps.sh        what scripts/run.sh and scripts/test.sh need
#   scripts/install-deps.sh --ci   also clang with its sanitizer and libFuzzer runtimes, clang-format,
#                                  clang-tidy and lintian (.ci/run)
set -euo pipefail

packages=(
    # The toolchain. dpkg-dev brings dpkg-shlibdeps, which `cpack -G DEB` uses to work out the
    # package's dependencies; file is what CPack's DEB generator uses to find binaries to strip.
    build-essential cmake ninja-build pkg-config dpkg-dev file
    # Qt 6.4 as Debian 12 ships it. libgl-dev/libglx-dev/libxkbcommon-dev: Qt6Gui's CMake
    # package looks for them. qt6-l10n-tools: lrelease/lupdate for the German translation.
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libgl-dev libglx-dev libxkbcommon-dev
    # ICU's headers: the club search transliterates names with ICU (which Qt Core links too).
    libicu-dev
    # Qt SQL's SQLite driver writes the SQLite export (Qt6::Sql itself is in qt6-base-dev); the
    # sqlite3 tool is how the tests open an export as a user would.
    libqt6sql6-sqlite sqlite3
    # Qt finds no font at all on a minimal system; the GUI tests measure and render text.
    fonts-dejavu-core
    # The install test validates the .desktop file and the AppStream metainfo with these.
    desktop-file-utils appstream
)
if [[ "${1:-}" == "--ci" ]]; then
    # clang's sanitizer and libFuzzer runtimes live in libclang-rt-14-dev; llvm brings
    # llvm-symbolizer so that sanitizer reports name functions and lines; clang-format-14 checks
    # the source format (scripts/format.sh), clang-tidy-14 lints it (scripts/tidy.sh); lintian
    # checks the built .deb (the packaging stage).
    packages+=(clang libclang-rt-14-dev llvm clang-format-14 clang-tidy-14 lintian)
elif [[ $# -gt 0 ]]; then
    echo "usage: $0 [--ci]" >&2
    exit 2
fi

# One dpkg-query for all of them: a package it does not list as installed is missing.
mapfile -t installed < <(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' "${packages[@]}" 2>/dev/null \
    | awk '$1 == "ii" { print $2 }' | sed 's/:.*//')
missing=()
for p in "${packages[@]}"; do
    found=0
    for q in "${installed[@]}"; do [[ "$p" == "$q" ]] && { found=1; break; }; done
    [[ $found -eq 1 ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
elif command -v sudo >/dev/null; then
    SUDO=(sudo)
else
    echo "install-deps: error: missing packages (${missing[*]}) and neither root nor sudo to install them" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive

# Refresh the package lists unless that was done in the last few hours (a second call from
# .ci/run then costs nothing); if the install still fails on stale lists, refresh and try again.
lists_fresh() {
    [[ -n "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -240 -print -quit 2>/dev/null)" ]]
}
install() {
    "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}
lists_fresh || "${SUDO[@]}" apt-get update -q
if ! install; then
    "${SUDO[@]}" apt-get update -q
    install
fi
