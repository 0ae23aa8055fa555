// SPDX-License-Identifier: GPL-3.0-or-later
// What the user narrowed the ties to: club text, a date range, how decided, a source file, a round.
// Shared by the command line (--filter/--from/--to) and the table's filter model.
#pragma once

#include "tieset.h"

#include <QDate>
#include <QString>
#include <vector>

namespace tb {

struct TieQuery
{
    QString clubText; // matched against both clubs, see textfold.h; empty = any club
    QDate from; // a tie matches when either leg's date is in [from, to];
    QDate to; // an invalid bound is open
    int decidedBy = -1; // a DecidedBy value, or -1 for any
    int file = -1; // a TieSet::files index, or -1 for any
    QString round; // a round's name (SourceFile::rounds), in any file; empty = any round

    friend bool operator==(const TieQuery &, const TieQuery &) = default;
    // Whether the two differ at most in clubText.
    bool sameButClubText(const TieQuery &other) const;

    bool isEmpty() const;
    // clubText as it is matched: folded (textfold.h, a line per spelling), each line without
    // surrounding spaces; empty = any club.
    QString foldedClubText() const;

    // Precomputes, for every club in `clubs`, whether it matches clubText (a few thousand
    // clubs at most, so this is cheap; the per-tie test is then two lookups).
    std::vector<bool> matchingClubs(const ClubTable &clubs) const;
    // Same with the names already folded (TieIndexes::foldClubNames()), for callers that filter often.
    std::vector<bool> matchingClubs(const std::vector<QString> &foldedNames) const;
    // `clubMask` from matchingClubs(); empty mask = no club condition. The round is not looked
    // at: it is the set's to say (matchesRound()).
    bool matches(const Tie &tie, const std::vector<bool> &clubMask) const;
    bool matchesRound(const TieSet &set, const Tie &tie) const;

    // Indices into set.ties of the matching ties, in file order.
    std::vector<int> select(const TieSet &set) const;
};

} // namespace tb
