// SPDX-License-Identifier: GPL-3.0-or-later
// A club's other ties in date order.
#include "clubpath.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace tb {

namespace {

// The day a tie is known by: the day it was decided, that is its second leg's, or the first
// leg's when the second has no date. Undated ties sort last.
std::int64_t dayOf(const Tie &tie)
{
    if (tie.leg2.julianDay != 0)
        return tie.leg2.julianDay;
    if (tie.leg1.julianDay != 0)
        return tie.leg1.julianDay;
    return std::numeric_limits<std::int32_t>::max();
}

} // namespace

ClubPath clubPath(const TieSet &set, ClubId club, int except, std::size_t limit, const TieIndexes::ClubIndex *index)
{
    ClubPath path;
    path.club = club;
    if (club == NoClub)
        return path;
    if (index && std::size_t(club) + 1 < index->offsets.size()) {
        // A million ties take milliseconds to walk, on the GUI thread at every selection.
        for (std::uint32_t k = index->offsets[club]; k < index->offsets[club + 1]; ++k) {
            if (index->ties[k] != except)
                path.ties.push_back(index->ties[k]);
        }
    } else {
        for (std::size_t i = 0; i < set.ties.size(); ++i) {
            const Tie &tie = set.ties[i];
            if (int(i) != except && (tie.home == club || tie.away == club))
                path.ties.push_back(int(i));
        }
    }
    path.total = path.ties.size();
    const auto byDay = [&set](int a, int b) {
        const std::int64_t da = dayOf(set.ties[std::size_t(a)]);
        const std::int64_t db = dayOf(set.ties[std::size_t(b)]);
        return da != db ? da < db : a < b;
    };
    if (path.ties.size() > limit) {
        // The nearest to the tie shown: what leads to it and what follows, not a club's first
        // dozen ties of a long file.
        const std::int64_t centre = except >= 0 && std::size_t(except) < set.ties.size()
            ? dayOf(set.ties[std::size_t(except)])
            : 0;
        const auto nearer = [&](int a, int b) {
            const std::int64_t da = std::llabs(dayOf(set.ties[std::size_t(a)]) - centre);
            const std::int64_t db = std::llabs(dayOf(set.ties[std::size_t(b)]) - centre);
            return da != db ? da < db : byDay(a, b);
        };
        std::nth_element(path.ties.begin(), path.ties.begin() + std::ptrdiff_t(limit), path.ties.end(), nearer);
        path.ties.resize(limit);
    }
    std::sort(path.ties.begin(), path.ties.end(), byDay);
    return path;
}

} // namespace tb
