#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's first command: installs what is missing, builds, and starts Tie Browser on the
# given files (none: the bundled sample, the Europa League 2012-13 first qualifying round).
#   scripts/run.sh [FILE...]        (any tiebrowser option works too, e.g. --check FILE)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TIEBROWSER_BUILD_DIR:-$root/build}

bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh" >&2

# Only the window needs a display; --check, --export-table, --help and the like do not.
headless=0
for a in "$@"; do [[ "$a" == --* ]] && headless=1; done
if [[ $headless -eq 0 && -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]]; then
    echo "run.sh: note: no DISPLAY or WAYLAND_DISPLAY is set, so the window may not open" \
         "(the command-line modes such as --check FILE work without one)" >&2
fi
# The files are passed as given: we never cd, so relative paths stay relative to the caller.
exec "$build/app/tiebrowser" "$@"
