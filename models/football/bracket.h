// SPDX-License-Identifier: GPL-3.0-or-later
// The knockout bracket of the loaded rounds: which rounds the rows touch, which of those follow
// one another (clubs of a round's ties are winners of the round before, found from the winners'
// names and the dates, never from file names), and where each tie stands in its column. No
// widgets: the bracket chart draws it, the tests read it.
#pragma once

#include "tieset.h"

#include <QString>
#include <array>
#include <vector>

namespace tb {

struct BracketTie
{
    int tie = -1; // index into the set's ties
    // For the first leg's home club [0] and away club [1]: the position, in the column before,
    // of the tie that club won to get here; -1 when it did not come from there.
    std::array<int, 2> from{-1, -1};
    // The club's first tie in its chain is this one, in a round after the chain's first: it
    // entered the competition here (qualifying rounds).
    std::array<bool, 2> entered{false, false};
    // The club matches the club filter's text: its path is highlighted.
    std::array<bool, 2> highlighted{false, false};
    bool shown = true; // among the rows the filter leaves (the rest of its round is drawn greyed)
};

struct BracketRound
{
    QString name; // the round's name in its file (Football.TXT), else empty
    QString fileName; // the file's display name
    int file = -1;
    int roundIndex = -1; // in SourceFile::rounds, -1 for a file that names none
    int firstDay = 0; // Julian days of its earliest and latest leg; 0 = no dates
    int lastDay = 0;
    // Whether this round follows the column before it (its clubs include that round's winners);
    // false for the first column and for a round that starts a chain of its own.
    bool followsPrevious = false;
    std::vector<BracketTie> ties; // top to bottom
};

struct Bracket
{
    // The largest round a bracket draws, and the most ties in all its rounds: a tree of 64
    // first-round ties holds 127 ties, and more than these would not be legible at any size a
    // screen or page has. A million-tie file is counted, not drawn.
    static constexpr int MaxRoundTies = 128;
    static constexpr int MaxTies = 256;
    // The next round of a knockout comes within weeks; rounds further apart are other seasons.
    static constexpr int MaxGapDays = 90;

    std::vector<BracketRound> rounds; // the columns, left to right; a chain's rounds side by side
    // The winners of the last round of the longest chain (of two or more rounds), top to bottom;
    // empty when no rounds chain.
    std::vector<ClubId> finalists;
    std::vector<bool> finalistHighlighted; // for each finalist: matches the club filter
    int chainEnd = -1; // the column the finalists follow, or -1

    int chainCount = 0; // groups of columns that follow one another (a lone round counts as one)
    // Rounds the rows touch that are not drawn, and their ties.
    int tooLargeRounds = 0; // each more than MaxRoundTies ties
    int tooLargeTies = 0;
    int overCapRounds = 0; // left out because the bracket already held MaxTies ties
    int overCapTies = 0;
    int notKnockoutRounds = 0; // a club plays more than one tie in them (a group)
    QString firstNotKnockout; // the name of one of them, for the note

    int tieCount() const;
    bool isEmpty() const { return rounds.empty(); }
    // The column and position of tie `tieIndex` (an index into the set's ties), or {-1, -1}.
    std::pair<int, int> find(int tieIndex) const;
};

// The bracket of the rounds that `rows` (indexes into set.ties) touch. Each of those rounds is
// drawn whole, the ties outside `rows` greyed; `foldedClubText` (the club filter's text as it is
// matched, TieQuery::foldedClubText()) marks the clubs whose path is highlighted. Linear in the rows and in the ties of the touched
// files; the chaining works on the few rounds left.
Bracket buildBracket(const TieSet &set, const std::vector<int> &rows, const QString &foldedClubText = {});

} // namespace tb
