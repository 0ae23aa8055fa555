#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Formats every C++ source of the project with .clang-format (clang-format 14, Debian 12's).
#   scripts/format.sh            rewrites the files in place
#   scripts/format.sh --check    changes nothing; lists each file that is not formatted and exits 1 if any
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
format=$(command -v clang-format-14 || command -v clang-format || true)
[[ -n "$format" ]] || { echo "format.sh: clang-format is missing (scripts/install-deps.sh --ci installs it)" >&2; exit 2; }

mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [[ "${1:-}" == "--check" ]]; then
    bad=0
    for f in "${files[@]}"; do
        if ! "$format" --style=file "$f" | cmp -s - "$f"; then
            echo "not formatted: $f (scripts/format.sh fixes it)"
            bad=$((bad + 1))
        fi
    done
    echo "format: ${#files[@]} files, $bad not formatted"
    [[ $bad -eq 0 ]]
elif [[ $# -eq 0 ]]; then
    "$format" --style=file -i "${files[@]}"
else
    echo "usage: $0 [--check]" >&2
    exit 2
fi
