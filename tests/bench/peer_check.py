#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeps the peer honest: peer_regex.py must read the same ties as Tie Browser, with the same winners.

    peer_check.py TIEBROWSER [--tiebench TIEBENCH] FILE_OR_DIR...

For each file (a directory stands for its *.txt, openfootball-* seasons and ec-* rounds of the
play-off era left out), compares the tie count of `tiebrowser --check`'s
summary line with the peer's, and, tie for tie, the line, the clubs, the winner by the rules and
how the tie was decided with `tiebrowser --export-table - --format json`. With --tiebench, also
does so on a synthetic file of 5,000 ties (plain, aet and pso legs, both away-goals eras), the
kind of file scripts/bench.sh times. Exits 1 on the first file where they differ. The ctest
`peer_regex` runs it on tests/data's real rounds; it takes a second or two.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peer_regex  # noqa: E402

SYNTHETIC_TIES = 5000


def tiebrowser_ties(tiebrowser, path):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    check = subprocess.run([tiebrowser, "--check", path], capture_output=True, text=True, env=env)
    if check.returncode not in (0, 1):
        sys.exit(f"peer_check: tiebrowser --check {path} failed ({check.returncode}): {check.stderr}")
    summary = check.stdout.strip().splitlines()[-1]
    m = re.search(r": (\d+) ties?,", summary)
    if not m:
        sys.exit(f"peer_check: no summary line from tiebrowser --check {path}: {summary!r}")
    export = subprocess.run([tiebrowser, "--export-table", "-", "--format", "json", path],
                            capture_output=True, text=True, env=env)
    if export.returncode not in (0, 1):
        sys.exit(f"peer_check: tiebrowser --export-table {path} failed ({export.returncode}): {export.stderr}")
    rows = json.loads(export.stdout) if export.stdout.strip() else []
    return int(m[1]), [(int(r["line"]), r["home"], r["away"], r["winner"], r["decided_by"]) for r in rows]


def compare(tiebrowser, path):
    count, expected = tiebrowser_ties(tiebrowser, path)
    ties, _, _ = peer_regex.read_round(path)
    got = [(t.line, t.leg1.home, t.leg1.away, t.winner, t.decided_by) for t in ties]
    if len(ties) != count or len(expected) != count:
        print(f"{path}: tiebrowser --check reads {count} ties (its export {len(expected)}), the peer {len(ties)}")
        return False
    for want, have in zip(expected, got):
        if want != have:
            print(f"{path}: tiebrowser has {want}, the peer {have}")
            return False
    print(f"{path}: {peer_regex.count(count, 'tie')}, the same in both")
    return True


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    tiebrowser, rest = argv[0], argv[1:]
    tiebench = None
    if rest[0] == "--tiebench":
        tiebench, rest = rest[1], rest[2:]
    paths = []
    for p in rest:
        # The peer reads worldfootball.net's tables only: openfootball's seasons are not its format.
        # It knows the modern rules only, as the reader a user would write: the European Cup rounds
        # of the play-off era (ec-*) are Tie Browser's to get right, not a fair comparison.
        paths += sorted(os.path.join(p, f) for f in os.listdir(p)
                        if f.endswith(".txt") and not f.startswith(("openfootball-", "ec-"))) \
            if os.path.isdir(p) else [p]
    with tempfile.TemporaryDirectory() as scratch:
        if tiebench:
            synthetic = os.path.join(scratch, "synthetic.txt")
            subprocess.run([tiebench, "--ties", str(SYNTHETIC_TIES), "--keep", synthetic, "--write-only"],
                           check=True, stderr=subprocess.DEVNULL,
                           env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
            paths.append(synthetic)
        ok = all([compare(tiebrowser, p) for p in paths])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
