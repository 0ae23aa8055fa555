#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (Ninja, RelWithDebInfo) and builds Tie Browser on every core; used by run.sh, test.sh and .ci/run.
#   scripts/build.sh [CMAKE_ARGS...]      build directory: $TIEBROWSER_BUILD_DIR, default build/;
#                                         targets: $TIEBROWSER_TARGETS (space-separated), default all
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TIEBROWSER_BUILD_DIR:-$root/build}
jobs=$(nproc 2>/dev/null || echo 2)

args=(-S "$root" -B "$build")
# A build directory configured before keeps its generator and build type (cmake refuses to
# switch generators in place); a new one gets Ninja and an optimised build with debug info.
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    args+=(-G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}")
fi
cmake "${args[@]}" "$@"
targets=()
for t in ${TIEBROWSER_TARGETS:-}; do targets+=(--target "$t"); done
cmake --build "$build" --parallel "$jobs" "${targets[@]}"
