#!/usr/bin/env bash
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
shot four-rounds 5 "$root"/tests/data/*.txt
