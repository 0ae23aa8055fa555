#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Lints every C++ source of models/, views/ and app/ with clang-tidy 14 and .clang-tidy; fails on any finding.
#   scripts/tidy.sh              checks them all, one clang-tidy per core ($TIEBROWSER_TIDY_JOBS, default nproc)
#   scripts/tidy.sh FILE.cpp...  checks only these sources; a header is checked through the sources that include it
#   scripts/tidy.sh --list       prints the checks .clang-tidy enables
# It needs a compilation database from clang (gcc's flags are not all clang's): it configures one in
# $TIEBROWSER_TIDY_BUILD_DIR (default build-tidy/) and builds nothing there unless a source includes moc output.
# clang-tidy-14 and clang come with scripts/install-deps.sh --ci. The last line is the tally.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=${TIEBROWSER_TIDY_BUILD_DIR:-$root/build-tidy}
jobs=${TIEBROWSER_TIDY_JOBS:-$(nproc 2>/dev/null || echo 2)}
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
[[ -n "$tidy" ]] || { echo "tidy.sh: clang-tidy is missing (scripts/install-deps.sh --ci installs it)" >&2; exit 2; }
clangxx=$(command -v clang++-14 || command -v clang++ || true)
[[ -n "$clangxx" ]] || { echo "tidy.sh: clang++ is missing (scripts/install-deps.sh --ci installs it)" >&2; exit 2; }

if [[ "${1:-}" == "--list" ]]; then
    # Any source will do: the configuration is the folder's.
    exec "$tidy" --list-checks app/main.cpp --
elif [[ "${1:-}" == -* ]]; then
    echo "usage: $0 [--list | FILE...]" >&2
    exit 2
fi

if [[ $# -gt 0 ]]; then
    files=("$@")
else
    mapfile -t files < <(git ls-files 'models/*.cpp' 'views/*.cpp' 'app/*.cpp')
fi

# The database: configured again every time (a few seconds), so that a source added to a
# CMakeLists.txt since the last run is in it. Only our libraries and the program, no tests.
CXX="$clangxx" cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
    -DBUILD_TESTING=OFF >"$build.configure.log" 2>&1 || { cat "$build.configure.log" >&2; exit 2; }
rm -f "$build.configure.log"
# moc's output is compiled on its own (mocs_compilation.cpp), so clang-tidy needs nothing generated
# unless a source includes it ("foo.moc", "moc_foo.cpp", a .ui file's "ui_foo.h"). Qt's autogen
# targets wait for the libraries they belong to, so that case builds everything once.
if grep -qE '^#include "([^"]+\.moc|moc_[^"]+\.cpp|ui_[^"]+\.h)"' "${files[@]}"; then
    cmake --build "$build" --parallel "$jobs" >/dev/null || { echo "tidy.sh: building $build failed" >&2; exit 2; }
fi

# One clang-tidy per file, `jobs` at once, each into a log of its own so that the output is not
# interleaved; printed afterwards in file order.
logs=$(mktemp -d "${TMPDIR:-/tmp}/tiebrowser-tidy.XXXXXX")
trap 'rm -rf "$logs"' EXIT
export TIDY="$tidy" BUILD="$build" LOGS="$logs"
# shellcheck disable=SC2016 # the inner bash expands them, once per file
printf '%s\n' "${files[@]}" | xargs -P "$jobs" -I{} bash -c '
    log="$LOGS/$(tr / _ <<<"$1")"
    "$TIDY" -p "$BUILD" --quiet "$1" >"$log.out" 2>&1
    echo $? >"$log.rc"' _ {}

bad=0
for f in "${files[@]}"; do
    log="$logs/$(tr / _ <<<"$f")"
    if [[ "$(cat "$log.rc" 2>/dev/null)" != 0 ]] || grep -qE ': (warning|error): ' "$log.out"; then
        echo "--- $f"
        cat "$log.out"
        bad=$((bad + 1))
    fi
done
checks=$("$tidy" --list-checks app/main.cpp -- | grep -c '^    ')
echo "tidy: ${#files[@]} files, $bad with findings ($(basename "$tidy"), $checks checks)"
[[ $bad -eq 0 ]]
