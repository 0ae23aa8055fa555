#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package the way the README says (`cpack -G DEB` in the build directory) and,
# with --check, runs what desktops and Debian run on it: desktop-file-validate on the desktop
# entry, appstreamcli on the AppStream metainfo, lintian on the .deb. Errors and warnings fail
# (exit 1); hints, infos and pedantic notes are shown and pass. The last line is the tally.
#   scripts/package.sh            build/tiebrowser_<version>_<arch>.deb (build directory: $TIEBROWSER_BUILD_DIR)
#   scripts/package.sh --check    and validate (scripts/install-deps.sh --ci installs lintian)
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TIEBROWSER_BUILD_DIR:-$root/build}
check=0
if [[ "${1:-}" == "--check" ]]; then
    check=1
elif [[ $# -gt 0 ]]; then
    echo "usage: $0 [--check]" >&2
    exit 2
fi

bash "$root/scripts/build.sh" || { echo "package: FAILED: the build failed"; exit 1; }
# The package of this build only: an old version's .deb left in the folder would be checked too.
rm -f "$build"/tiebrowser_*.deb
(cd "$build" && cpack -G DEB) || { echo "package: FAILED: cpack -G DEB failed"; exit 1; }
debs=("$build"/tiebrowser_*.deb)
[[ -f "${debs[0]}" ]] || { echo "package: FAILED: cpack made no tiebrowser_*.deb in $build"; exit 1; }
deb=${debs[0]}
echo "package: $deb ($(stat -c %s "$deb") bytes)"
[[ $check -eq 1 ]] || exit 0

checks=0
bad=0
notes=()
# run NAME COMMAND...: runs one validator, prints its output, counts it as failed on a non-zero
# exit or on an "error:"/"warning:" line (`E:`/`W:` for lintian), and notes the lighter findings.
run() {
    local name=$1 out rc heavy light
    shift
    printf -- '--- %s\n' "$*"
    out=$("$@" 2>&1)
    rc=$?
    [[ -n "$out" ]] && printf '%s\n' "$out"
    heavy=$(grep -cE '(: (error|warning): |^[EW]: )' <<<"$out")
    light=$(grep -cE '(: hint: |^[IPX]: )' <<<"$out")
    checks=$((checks + 1))
    if [[ $rc -ne 0 || $heavy -gt 0 ]]; then
        bad=$((bad + 1))
        echo "--- $name: FAILED (exit $rc, $heavy errors or warnings)"
    else
        echo "--- $name: passed"
    fi
    [[ $light -gt 0 ]] && notes+=("$name $light")
}

missing=()
for tool in desktop-file-validate appstreamcli lintian; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "package: FAILED: ${missing[*]} missing (scripts/install-deps.sh --ci installs them)"
    exit 1
fi

run desktop-file-validate desktop-file-validate "$root/resources/io.github.tiebrowser.TieBrowser.desktop"
run appstreamcli appstreamcli validate --no-net --pedantic "$root/resources/io.github.tiebrowser.TieBrowser.metainfo.xml"
# Warnings fail too: each would need a fix, or an override with its reason (README, "Packaging").
run lintian lintian --fail-on error,warning --display-info --pedantic "$deb"

summary="$checks validators, $((checks - bad)) passed"
[[ ${#notes[@]} -gt 0 ]] && summary+="; hints/infos: $(IFS=,; echo "${notes[*]}" | sed 's/,/, /g')"
if [[ $bad -eq 0 ]]; then
    echo "package: $summary"
else
    echo "package: FAILED: $summary"
    exit 1
fi
