// SPDX-License-Identifier: GPL-3.0-or-later
// What a view is told to show: the set, the ties the table shows (in its order) and the selected
// tie. Every chart, the chart panel and the detail view take this one value.
#pragma once

#include "tieindexes.h"
#include "tieset.h"

#include <QString>
#include <memory>
#include <vector>

namespace tb {

struct ShownTies
{
    std::shared_ptr<const TieSet> set;
    std::vector<int> rows; // indexes into set->ties, in the table's order
    int current = -1; // the selected tie, an index into set->ties; -1 = none
    // The club filter's text as typed (TieQuery::clubText), for a chart that marks the club's
    // path; the rows are already filtered by it.
    QString clubText = {};
    // Each club's ties in `set`, when the set came with its indexes (from the loader); a view
    // that looks up a club's ties uses it instead of walking every tie.
    std::shared_ptr<const TieIndexes::ClubIndex> clubIndex = {};

    // The selected tie, or nullptr when there is none (no set, -1 or out of range).
    const Tie *currentTie() const
    {
        return set && current >= 0 && std::size_t(current) < set->ties.size() ? &set->ties[std::size_t(current)]
                                                                              : nullptr;
    }
    // `current` when it names a tie of the set, otherwise -1.
    int currentIndex() const { return currentTie() ? current : -1; }
};

} // namespace tb
