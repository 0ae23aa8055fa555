#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The peer, side by side (issue 11): writes tiebench's synthetic file once, then times
# `tiebrowser --check` and the straightforward Python reader tests/bench/peer_regex.py on it
# (wall time, best of 3 each), and prints both times, the ratio peer / tiebrowser, each one's
# peak memory, the machine and its load before and after.
#   scripts/bench.sh [--ties N] [--runs R]    N ties (default 1000000), R runs each (default 3)
# Build directory: $TIEBROWSER_BUILD_DIR, default build/; builds tiebrowser and tiebench first
# when either is missing. The file is kept as BUILD/tests/bench/synthetic-N.txt and written again
# only when tiebench is newer. Installs GNU time (/usr/bin/time, for the peak memory) if missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TIEBROWSER_BUILD_DIR:-$root/build}
ties=1000000
runs=3
usage() { echo "usage: $0 [--ties N] [--runs R]" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
    case $1 in
        --ties) [[ $# -ge 2 && $2 =~ ^[1-9][0-9]*$ ]] || usage; ties=$2; shift 2 ;;
        --runs) [[ $# -ge 2 && $2 =~ ^[1-9][0-9]*$ ]] || usage; runs=$2; shift 2 ;;
        *) usage ;;
    esac
done

app=$build/app/tiebrowser
tiebench=$build/tests/bench/tiebench
peer=$root/tests/bench/peer_regex.py
if [[ ! -x "$app" || ! -x "$tiebench" ]]; then
    TIEBROWSER_BUILD_DIR=$build TIEBROWSER_TARGETS="tiebrowser tiebench" bash "$root/scripts/build.sh"
fi
command -v python3 >/dev/null || { echo "bench.sh: python3 is needed for the peer" >&2; exit 2; }
if [[ ! -x /usr/bin/time ]]; then
    SUDO=(); [[ $(id -u) -eq 0 ]] || SUDO=(sudo)
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends time
fi

file=$build/tests/bench/synthetic-$ties.txt
if [[ ! -s "$file" || "$tiebench" -nt "$file" ]]; then
    "$tiebench" --ties "$ties" --keep "$file" --write-only
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# measure NAME COMMAND...: runs COMMAND $runs times; sets best_ms (least wall time), best_cpu
# (user + system seconds of that run: on a shared machine, wall time also counts the waits for a
# core), peak_kib (largest max RSS) and summary (the last line of its output, the "FILE: N ties, ..." summary;
# the output goes to a file rather than /dev/null for that line, a few bytes for a clean file).
measure() {
    local name=$1; shift
    best_ms=
    best_cpu=
    peak_kib=0
    local i start end ms kib cpu status
    for ((i = 1; i <= runs; ++i)); do
        start=$(date +%s%N)
        status=0
        /usr/bin/time -f '%M %U %S' -o "$scratch/rss" "$@" >"$scratch/out" 2>"$scratch/err" || status=$?
        end=$(date +%s%N)
        ms=$(((end - start) / 1000000))
        read -r kib cpu < <(tail -n 1 "$scratch/rss" | awk '{ printf "%d %.2f\n", $1, $2 + $3 }')
        # 1: the file has errors, which --check and the peer both say with their exit status;
        # anything else is a failure to run.
        if [[ $status -gt 1 ]]; then
            echo "bench.sh: $name failed (exit $status):" >&2
            cat "$scratch/err" >&2
            exit 1
        fi
        echo "  $name run $i: $ms ms, $cpu s CPU, $((kib / 1024)) MiB" >&2
        if [[ -z "$best_ms" || $ms -lt $best_ms ]]; then
            best_ms=$ms
            best_cpu=$cpu
        fi
        [[ $kib -gt $peak_kib ]] && peak_kib=$kib
    done
    summary=$(tail -n 1 "$scratch/out")
}

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
echo "machine: $(nproc) cores, ${cpu:-unknown CPU}, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
echo "file: $file ($ties ties, $(($(stat -c %s "$file") / 1000000)) MB)"
echo "load before: $(cat /proc/loadavg)"

measure "tiebrowser --check" "$app" --check "$file"
app_ms=$best_ms app_cpu=$best_cpu app_kib=$peak_kib app_summary=$summary
measure "peer_regex.py" python3 "$peer" "$file"
peer_ms=$best_ms peer_cpu=$best_cpu peer_kib=$peak_kib peer_summary=$summary

echo "load after: $(cat /proc/loadavg)"
echo "tiebrowser --check: $app_summary"
echo "peer_regex.py:      $peer_summary"
printf 'tiebrowser_check_ms: %d (best of %d; %s s CPU), peak %d MiB\n' "$app_ms" "$runs" "$app_cpu" $((app_kib / 1024))
printf 'peer_ms: %d (best of %d; %s s CPU), peak %d MiB\n' "$peer_ms" "$runs" "$peer_cpu" $((peer_kib / 1024))
awk -v p="$peer_ms" -v a="$app_ms" -v pc="$peer_cpu" -v ac="$app_cpu" 'BEGIN {
    printf "ratio (peer / tiebrowser): %.1fx (CPU time: %.1fx)\n", (a > 0 ? p / a : 0), (ac > 0 ? pc / ac : 0) }'

# The two must have read the same ties, or the ratio compares different work.
app_ties=${app_summary#*: }; app_ties=${app_ties%% tie*}
peer_ties=${peer_summary#*: }; peer_ties=${peer_ties%% tie*}
if [[ "$app_ties" != "$peer_ties" ]]; then
    echo "bench.sh: error: tiebrowser read $app_ties ties, the peer $peer_ties" >&2
    exit 1
fi
