#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The peer: a straightforward Python reader of worldfootball.net round tables.

What an analyst would write in an afternoon to check a round file, and what `scripts/bench.sh`
times against `tiebrowser --check`: one regular expression per line kind, one pass over the
lines, a list of ties, UEFA's rules by the second leg's date, and the stated winner compared with
the rules' one. Python 3 standard library only.

    python3 tests/bench/peer_regex.py FILE...           one summary line per file
    python3 tests/bench/peer_regex.py --list FILE...     also one line per tie, tab-separated:
                                                         file, line, home, away, winner, decided by

Each file gets "FILE: N ties, E errors, W warnings": a line it cannot read (or place in a tie)
is an error, a stated winner the rules disagree with is a warning. The tie count is the same as
`tiebrowser --check`'s on the real rounds in tests/data and on tiebench's synthetic file; so are
the winners (tests/bench/peer_check.py checks both).

Where it is simpler than Tie Browser:
- Diagnostics: no messages, no line or column, only the counts. A broken line drops its tie, and
  the tie's remaining lines each count as another error (Tie Browser reports a lost tie once).
- The warnings are only a stated winner that disagrees with the rules or names neither club;
  Tie Browser also flags inconsistent scores (half time above full time, extra time or a
  shoot-out that was not needed, "aet" or "pso" with too few scores, a missing "Winner:").
- The clubs are split at the first " - "; Tie Browser tries every " - " and keeps the split the
  second leg confirms, so it also reads a club with " - " in its name.
- No limits on goals (Tie Browser refuses more than 999) and no check of the kick-off time.
- UTF-8 only (bad bytes replaced); Tie Browser also reads UTF-16 and Windows-1252 files.
- Every tie is kept in memory as Python objects; Tie Browser streams the bytes and keeps a
  72-byte record per tie.
- The UEFA rules only (Tie Browser's --rules offers other sets).
"""

import datetime
import re
import sys
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

Score = Tuple[int, int]  # (goals of the leg's home club, goals of its away club)

# UEFA abolished the away goals rule from 2021-22; 1 June 2021 separates the seasons.
AWAY_GOALS_ABOLISHED = datetime.date(2021, 6, 1)

LABEL1 = r"1st\s*\(\s*1st\s+leg\s*\)"
LABEL2 = r"2nd\s*\(\s*2nd\s+leg\s*\)"
SCORE = r"\d+:\d+"
STATUS = r"abor\.?|annull\.?|resch\.?|w/o|w\.o\.|wo|dnp|dec\.?"

# "1st(1st leg) HOME - AWAY 2:1 (1:0)", "2nd (2nd leg) AWAY - HOME 1:3 (2:1, 2:1, 2:1) pso", ...
LEG_RE = re.compile(
    rf"^(?P<label>{LABEL1}|{LABEL2})\s+(?P<home>.+?)\s+-\s+(?P<away>.+?)\s+"
    rf"(?P<main>{SCORE}|-:-|{STATUS})(?:\s*\((?P<brackets>[^()]*)\))?(?:\s*(?P<suffix>aet|pso|dec\.?))?$",
    re.IGNORECASE,
)
# "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel"
DATES_RE = re.compile(
    rf"^{LABEL1}\s*:\s*(?:(?P<d1>\d{{1,2}})[/.](?P<m1>\d{{1,2}})[/.](?P<y1>\d{{4}})(?:\s+\d{{1,2}}:\d{{2}})?)?"
    rf"\s*{LABEL2}\s*:?\s*(?:(?P<d2>\d{{1,2}})[/.](?P<m2>\d{{1,2}})[/.](?P<y2>\d{{4}})(?:\s+\d{{1,2}}:\d{{2}})?)?"
    rf"\s*(?:Winner\s*:\s*(?P<winner>.*))?$",
    re.IGNORECASE,
)
BRACKET_SCORE_RE = re.compile(r"^\s*(\d+):(\d+)\s*$")


@dataclass
class Leg:
    home: str
    away: str
    full_time: Optional[Score] = None  # after 90 minutes (or the awarded score)
    half_time: Optional[Score] = None
    extra_time: Optional[Score] = None  # after 120 minutes
    penalties: Optional[Score] = None
    awarded: bool = False
    date: Optional[datetime.date] = None

    def final(self) -> Optional[Score]:
        return self.extra_time or self.full_time


@dataclass
class Tie:
    line: int
    leg1: Leg
    leg2: Leg
    stated_winner: str = ""
    winner: str = ""  # by the rules: a club's name, or "" when undecided
    decided_by: str = "undecided"


class ReadError(Exception):
    pass


def parse_score(text: str) -> Score:
    home, away = text.split(":")
    return int(home), int(away)


def parse_leg(match: "re.Match[str]") -> Leg:
    leg = Leg(match["home"], match["away"])
    main = match["main"]
    suffix = (match["suffix"] or "").lower()
    brackets = []
    if match["brackets"] is not None:
        for part in match["brackets"].split(","):
            m = BRACKET_SCORE_RE.match(part)
            if not m:
                raise ReadError(f"not a score in brackets: {part!r}")
            brackets.append((int(m[1]), int(m[2])))
    if brackets:
        leg.half_time = brackets[0]
    if not main[0].isdigit():  # "-:-" or a status word: no result
        return leg
    score = parse_score(main)
    if suffix == "aet":  # "F:A (h:a, n:m) aet": after 120 minutes first
        leg.extra_time = score
        leg.full_time = brackets[1] if len(brackets) >= 2 else None
    elif suffix == "pso":  # "P:Q (h:a, n:m[, e:f]) pso": the shoot-out first
        leg.penalties = score
        leg.full_time = brackets[1] if len(brackets) >= 2 else None
        leg.extra_time = brackets[2] if len(brackets) >= 3 else None
    else:  # "F:A (h:a)", or "F:A dec." awarded with that score
        leg.full_time = score
        leg.awarded = suffix.startswith("dec")
    return leg


def parse_date(day: Optional[str], month: Optional[str], year: Optional[str]) -> Optional[datetime.date]:
    if day is None:
        return None
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError as e:
        raise ReadError(str(e))


def leader(home: int, away: int, tie: Tie) -> str:
    if home > away:
        return tie.leg1.home
    if away > home:
        return tie.leg1.away
    return ""


def decide_on_scores(tie: Tie) -> Tuple[str, str]:
    """Both legs have a score: UEFA's rules of the day. Scores from the first leg's home club."""
    l1, l2 = tie.leg1, tie.leg2
    date = l2.date or l1.date
    away_goals = date is not None and date < AWAY_GOALS_ABOLISHED  # in extra time too
    first = l1.final()
    winner = leader(first[0] + l2.full_time[1], first[1] + l2.full_time[0], tie)
    if winner:
        return winner, "aggregate"
    if away_goals:
        winner = leader(l2.full_time[1], first[1], tie)
        if winner:
            return winner, "away_goals"
    if l2.extra_time:
        winner = leader(first[0] + l2.extra_time[1], first[1] + l2.extra_time[0], tie)
        if winner:
            return winner, "extra_time"
        if away_goals:
            winner = leader(l2.extra_time[1], first[1], tie)
            if winner:
                return winner, "away_goals_extra_time"
    if l2.penalties:
        # The second leg's home club is the tie's away club.
        winner = leader(l2.penalties[1], l2.penalties[0], tie)
        if winner:
            return winner, "penalties"
    return "", "undecided"


def decide(tie: Tie) -> Tuple[str, str]:
    stated = tie.stated_winner if tie.stated_winner in (tie.leg1.home, tie.leg1.away) else ""
    if tie.leg1.full_time is None or tie.leg2.full_time is None:
        # Not played, a walkover, a bare "dec.": the file's winner is all there is.
        return (stated, "awarded") if stated else ("", "undecided")
    winner, how = decide_on_scores(tie)
    if tie.leg1.awarded or tie.leg2.awarded:
        # An awarded score counts as played; the tie was decided at the table all the same.
        winner = winner or stated
        return (winner, "awarded") if winner else ("", "undecided")
    return winner, how


def read_round(path: str):
    """Returns (ties, errors, warnings)."""
    ties: List[Tie] = []
    errors = 0
    warnings = 0
    leg1: Optional[Leg] = None
    leg1_line = 0
    leg2: Optional[Leg] = None
    with open(path, encoding="utf-8-sig", errors="replace") as f:
        for number, raw in enumerate(f, 1):
            line = raw.strip()
            if not line:
                continue
            try:
                leg_match = LEG_RE.match(line)
                if leg_match:
                    leg = parse_leg(leg_match)
                    if leg_match["label"].startswith("1"):
                        if leg1 is not None:
                            errors += 1  # the tie before is incomplete
                        leg1, leg1_line, leg2 = leg, number, None
                    else:
                        if leg1 is None or leg2 is not None:
                            raise ReadError("a second leg out of place")
                        if (leg.home, leg.away) != (leg1.away, leg1.home):
                            raise ReadError("the second leg names other clubs")
                        leg2 = leg
                    continue
                dates_match = DATES_RE.match(line)
                if not dates_match:
                    raise ReadError("unrecognised line")
                if leg1 is None or leg2 is None:
                    raise ReadError("a dates line out of place")
                leg1.date = parse_date(dates_match["d1"], dates_match["m1"], dates_match["y1"])
                leg2.date = parse_date(dates_match["d2"], dates_match["m2"], dates_match["y2"])
                tie = Tie(leg1_line, leg1, leg2, (dates_match["winner"] or "").strip())
                tie.winner, tie.decided_by = decide(tie)
                if tie.stated_winner and tie.stated_winner not in (leg1.home, leg1.away):
                    warnings += 1
                elif tie.winner and tie.winner != tie.stated_winner:
                    warnings += 1
                ties.append(tie)
                leg1 = leg2 = None
            except ReadError:
                errors += 1
                leg1 = leg2 = None
    if leg1 is not None:
        errors += 1  # the file ends inside a tie
    return ties, errors, warnings


def count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def main(argv: List[str]) -> int:
    listing = "--list" in argv
    paths = [a for a in argv if a != "--list"]
    if not paths or any(a.startswith("--") for a in paths):
        print("usage: peer_regex.py [--list] FILE...", file=sys.stderr)
        return 2
    total_errors = 0
    for path in paths:
        try:
            ties, errors, warnings = read_round(path)
        except OSError as e:
            print(f"{path}: cannot read: {e.strerror}", file=sys.stderr)
            return 1
        if listing:
            for t in ties:
                print(f"{path}\t{t.line}\t{t.leg1.home}\t{t.leg1.away}\t{t.winner}\t{t.decided_by}")
        print(f"{path}: {count(len(ties), 'tie')}, {count(errors, 'error')}, {count(warnings, 'warning')}")
        total_errors += errors
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
