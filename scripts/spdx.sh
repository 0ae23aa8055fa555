#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file names its licence in an SPDX line near its top (within its first 3 lines,
# so that a shebang or an XML declaration can come first): GPL-3.0-or-later, except the
# AppStream metainfo, which is CC0-1.0 as its <metadata_license> says.
#   scripts/spdx.sh            adds the line where it is missing, in the comment syntax of the file
#   scripts/spdx.sh --check    changes nothing; lists each file without the line and exits 1 if any
# Not sources, so not covered: documentation (*.md), test data and the sample, images, LICENSE,
# resources/debian/ (the copyright file states the licences, and a Debian changelog has no
# comments), and translations/*.ts, which lupdate rewrites without comments outside messages.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
mode=fix
if [[ "${1:-}" == "--check" ]]; then
    mode=check
elif [[ $# -gt 0 ]]; then
    echo "usage: $0 [--check]" >&2
    exit 2
fi

# Tracked files and new ones not yet added (but not what .gitignore leaves out, like build/).
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h' '*.cmake' 'CMakeLists.txt' '*/CMakeLists.txt' '*.sh' '*.py' \
    '.ci/*' '*.desktop' '*.metainfo.xml' '*.svg' '*.1' '*.dict' '.clang-format' '.clang-tidy')

licence_of() {
    case $1 in
    *.metainfo.xml) echo CC0-1.0 ;;
    *) echo GPL-3.0-or-later ;;
    esac
}

# The line as the file's language writes a comment.
spdx_line() {
    local tag="SPDX-License-Identifier: $(licence_of "$1")"
    case $1 in
    *.cpp | *.h) echo "// $tag" ;;
    *.xml | *.svg) echo "<!-- $tag -->" ;;
    *.1) echo ".\\\" $tag" ;;
    *) echo "# $tag" ;;
    esac
}

# Lines that must stay first: a shebang, an XML declaration.
keeps_first_line() {
    local first
    first=$(head -n 1 "$1")
    [[ "$first" == '#!'* || "$first" == '<?xml'* ]]
}

# All of it in a function, which bash reads whole before running it: this script is one of the
# files it may rewrite, and bash reads a script file as it goes.
main() {
    local bad=0 added=0 f line tmp
    for f in "${files[@]}"; do
        [[ -f "$f" ]] || continue # deleted in the work tree, not yet in the index
        line=$(spdx_line "$f")
        if head -n 3 "$f" | grep -qxF -- "$line"; then
            continue
        fi
        if [[ $mode == check ]]; then
            if head -n 3 "$f" | grep -q 'SPDX-License-Identifier:'; then
                echo "wrong licence: $f (expected: $line)"
            else
                echo "no SPDX line: $f (scripts/spdx.sh adds it)"
            fi
            bad=$((bad + 1))
            continue
        fi
        if head -n 3 "$f" | grep -q 'SPDX-License-Identifier:'; then
            echo "spdx: $f names another licence; left for a person to decide" >&2
            bad=$((bad + 1))
            continue
        fi
        tmp=$(mktemp)
        if keeps_first_line "$f"; then
            { head -n 1 "$f"; printf '%s\n' "$line"; tail -n +2 "$f"; } >"$tmp"
        else
            { printf '%s\n' "$line"; cat "$f"; } >"$tmp"
        fi
        cat "$tmp" >"$f" # in place, so the file keeps its mode (scripts stay executable)
        rm -f "$tmp"
        added=$((added + 1))
    done

    if [[ $mode == check ]]; then
        echo "spdx: ${#files[@]} files, $bad without their SPDX line"
    else
        echo "spdx: ${#files[@]} files, $added lines added"
    fi
    [[ $bad -eq 0 ]]
}
main; exit # on one line: bash has read both before the file changes under it
