// SPDX-License-Identifier: GPL-3.0-or-later
// The shape of many ties at once: how they were decided, whether the club at home in the second
// leg went through, and by how many goals on aggregate. One pass over the rows, nothing allocated
// per tie, so that a million ties cost a few milliseconds. The summary chart and `--summary` show it.
#pragma once

#include "tie.h"
#include "tieset.h"

#include <QString>
#include <array>
#include <span>

namespace tb {

struct TieSummary
{
    // The aggregate margins counted one by one; the last bucket holds this margin and more.
    static constexpr int MarginBuckets = 6; // 0, 1, 2, 3, 4, 5+
    static constexpr int WideMargin = MarginBuckets - 1;

    int ties = 0; // the rows summed up

    // How decided: a count per DecidedBy (indexed by its value), as the rules set it (`decided_by`
    // of --export-table).
    std::array<int, DecidedByCount> decidedBy{};

    // Who went through, over the decided ties only (those with a winner, awarded ones included;
    // the undecided are left out): the club at home in the second leg is the tie's `away` (the
    // first leg is played at `home`).
    int decided = 0; // = secondLegHostThrough + firstLegHostThrough
    int secondLegHostThrough = 0;
    int firstLegHostThrough = 0;

    // The aggregate margin: the difference of the two clubs' goals over both legs, extra time
    // included, shoot-outs not counted (rules::aggregate), so 0 means level on aggregate
    // (decided on away goals, by a shoot-out or not at all). Counted only for ties with a score
    // in both legs (an awarded score counts, as in the aggregate); the others are `withoutResult`.
    std::array<int, MarginBuckets> margins{};
    int withoutResult = 0; // ties with a leg without a score: not in `margins`

    // Sums up set.ties[i] for each i in `rows`; indexes outside the set are skipped.
    static TieSummary of(const TieSet &set, std::span<const int> rows);

    int count(DecidedBy by) const { return decidedBy[std::size_t(by)]; }
    int withMargin() const { return ties - withoutResult; } // the ties in `margins`
    // Shares from 0 to 1 of their own totals (0 when the total is 0): of `ties`, of `decided`,
    // of withMargin().
    double share(DecidedBy by) const { return fraction(count(by), ties); }
    double secondLegHostShare() const { return fraction(secondLegHostThrough, decided); }
    double firstLegHostShare() const { return fraction(firstLegHostThrough, decided); }
    double marginShare(int bucket) const { return fraction(margins[std::size_t(bucket)], withMargin()); }

    friend bool operator==(const TieSummary &, const TieSummary &) = default;

    // The words both the chart and the command line use (context "TieSummary").
    static QString decidedTitle(); // "How the ties were decided"
    static QString throughTitle(); // "Who went through"
    static QString marginTitle(); // "Aggregate margin"
    static QString hostText(Side host); // Side::Away: "Second-leg home club"; Home: "First-leg home club"
    static QString marginText(int bucket); // "Level (0)", "1 goal", "2 goals", ..., "5+ goals"
    // What a figure counts, for the chart's title and the command line's headings:
    // "of the 36 decided ties, awarded ones included" (decided: with a winner),
    // "of the 37 ties with a score in both legs, extra time included, shoot-outs not counted".
    static QString throughNote(int decided);
    static QString marginNote(int withMargin);

private:
    static double fraction(int part, int whole) { return whole > 0 ? double(part) / double(whole) : 0.0; }
};

} // namespace tb
