#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's second command: installs what is missing, builds, and runs the whole test suite
# with ctest on every core (GUI tests use Qt's offscreen platform, so no display is needed).
#   scripts/test.sh [CTEST_ARGS...]     e.g. scripts/test.sh -R parser
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TIEBROWSER_BUILD_DIR:-$root/build}
jobs=$(nproc 2>/dev/null || echo 2)

bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh"
ctest --test-dir "$build" --output-on-failure --no-tests=error --parallel "$jobs" "$@"
