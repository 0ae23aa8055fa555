#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes one round of engsoccerdata's champs.csv in worldfootball.net's three-line layout
# (docs/FORMAT.md), as a user copying a 1960s round from the site would have it: the two legs and
# the stated winner (`tiewinner`), no play-off line (the site's notation for one is not known to
# us). Made tests/data/ec-1966-67-r1.txt:
#   python3 scripts/engsoccer-to-worldfootball.py tests/data/engsoccerdata-champs.csv 1966 Round1 \
#       > tests/data/ec-1966-67-r1.txt
import csv
import sys


def score(ft, ht):
    full = ft.replace("-", ":")
    return full if ht == "NA" else f"{full} ({ht.replace('-', ':')})"


def date(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def main(path, season, round_name):
    rows = [r for r in csv.DictReader(open(path, encoding="utf-8"))
            if r["Season"] == season and r["round"] == round_name]
    firsts = sorted((r for r in rows if r["leg"] == "1"), key=lambda r: r["Date"])
    seconds = {(r["visitor"], r["home"]): r for r in rows if r["leg"] == "2"}
    for first in firsts:
        second = seconds[(first["home"], first["visitor"])]
        print(f"1st(1st leg) {first['home']} - {first['visitor']} {score(first['FT'], first['HT'])}")
        print(f"2nd (2nd leg) {second['home']} - {second['visitor']} {score(second['FT'], second['HT'])}")
        print(f"1st(1st leg): {date(first['Date'])} 2nd (2nd leg): {date(second['Date'])} "
              f"Winner: {first['tiewinner']}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
