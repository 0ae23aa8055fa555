#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the README's screenshots headless: starts the built tiebrowser under Xvfb with fresh
# settings, and grabs the whole screen with ImageMagick's import into docs/screenshots/.
#   scripts/screenshots.sh        (after scripts/run.sh or scripts/build.sh; installs xvfb and imagemagick if missing)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TIEBROWSER_BUILD_DIR:-$root/build}
out=$root/docs/screenshots
app=$build/app/tiebrowser
[[ -x "$app" ]] || { echo "screenshots.sh: build first ($app is missing)" >&2; exit 2; }

need=()
command -v Xvfb >/dev/null || need+=(xvfb xauth)
command -v import >/dev/null || need+=(imagemagick)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xclip >/dev/null || need+=(xclip)
command -v xwininfo >/dev/null || need+=(x11-utils)
if [[ ${#need[@]} -gt 0 ]]; then
    SUDO=(); [[ $(id -u) -eq 0 ]] || SUDO=(sudo)
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${need[@]}"
fi

mkdir -p "$out"
config=$(mktemp -d)
display=:${TIEBROWSER_SCREEN:-97}
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$config"' EXIT
sleep 1

# shot NAME SECONDS ARGS...: starts the app with ARGS, waits, grabs the screen, closes the app.
shot() {
    local name=$1 wait=$2; shift 2
    # Fresh settings each time, so a shot never depends on a previous run's window layout.
    XDG_CONFIG_HOME=$config/$name LC_ALL=${SHOT_LOCALE:-C.UTF-8} LANGUAGE= DISPLAY=$display "$app" "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep "$wait"
    DISPLAY=$display import -window root "$out/$name.png"
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    echo "wrote $out/$name.png"
}

shot window 5
shot four-rounds 5 "$root"/tests/data/{europa-league-2012-13-q1,cl-2014-15-r16,cl-2024-25-r16,elq-2024-25-q3}.txt

# The paste workflow: the sample's round as a browser copies it (cells separated by tabs) on the
# clipboard, Ctrl+W to close the sample, Ctrl+V, and a tie chosen. No window manager runs, so the
# window gets the keyboard by hand.
paste_shot() {
    XDG_CONFIG_HOME=$config/paste LC_ALL=${SHOT_LOCALE:-C.UTF-8} LANGUAGE= DISPLAY=$display "$app" >/dev/null 2>&1 &
    local pid=$!
    sleep 4
    sed -E -e 's/^(1st\(1st leg\)|2nd \(2nd leg\)) (.+) - (.+) ([0-9]+:[0-9]+( \([^)]*\))?( [a-z]+)?)$/\1\t\2\t-\t\3\t\4\t/' \
        -e 's/ (2nd \(2nd leg\):|Winner:) /\t\1\t/g' -e 's/$/\r/' "$root/resources/sample.txt" |
        DISPLAY=$display xclip -selection clipboard
    local window
    window=$(DISPLAY=$display xwininfo -root -tree | awk '/"[^"]* — Tie Browser": \("tiebrowser"/ {print $1; exit}')
    DISPLAY=$display xdotool windowfocus "$window" key ctrl+w sleep 0.5 key ctrl+v sleep 3 \
        key Down Down Down Down Down Down sleep 1
    DISPLAY=$display import -window root -crop 1200x800+0+0 +repage "$out/paste.png"
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    echo "wrote $out/paste.png"
}
paste_shot
