// SPDX-License-Identifier: GPL-3.0-or-later
// A club's path through the loaded rounds: its other ties in date order, for the detail view.
#pragma once

#include "tieindexes.h"
#include "tieset.h"

#include <vector>

namespace tb {

struct ClubPath
{
    ClubId club = NoClub;
    // Indexes into the set's ties, in the order the club played them: by the second leg's date
    // (the first leg's when the second has none), undated ties last in file order.
    std::vector<int> ties;
    // How many of the club's other ties there are; above `ties.size()` when the path was cut.
    std::size_t total = 0;
};

// The ties of `club` in `set` other than `except`, at most `limit` of them: those nearest in
// time to `except` when there are more (a club of a synthetic million-tie file plays thousands).
// With `index` (the set's TieIndexes::clubs), only the club's own ties are visited; without it,
// one pass over every tie.
inline constexpr std::size_t ClubPathLimit = 12; // what the detail view lists of a club's ties
ClubPath clubPath(const TieSet &set, ClubId club, int except, std::size_t limit = ClubPathLimit,
                  const TieIndexes::ClubIndex *index = nullptr);

} // namespace tb
