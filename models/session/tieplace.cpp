// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a tie again after its file was read anew: by file and clubs first, by line second.
#include "tieplace.h"

#include "tieset.h"

#include <cstdlib>
#include <limits>

namespace tb {

TiePlace TiePlace::of(const TieSet *set, int tieIndex)
{
    if (!set || tieIndex < 0 || std::size_t(tieIndex) >= set->ties.size())
        return {};
    const Tie &tie = set->ties[std::size_t(tieIndex)];
    if (tie.file >= set->files.size())
        return {};
    return {set->files[tie.file].path, set->clubName(tie.home), set->clubName(tie.away), tie.line};
}

int TiePlace::findIn(const TieSet *set) const
{
    if (!set || isNull())
        return -1;
    std::size_t file = 0;
    while (file < set->files.size() && set->files[file].path != path)
        ++file;
    if (file == set->files.size())
        return -1;
    // Club ids, once: the loop below then compares small integers, quick with a million ties.
    const ClubId homeId = home.isEmpty() ? NoClub : set->clubs.find(home.toUtf8());
    const ClubId awayId = away.isEmpty() ? NoClub : set->clubs.find(away.toUtf8());
    const bool clubsKnown = homeId != NoClub && awayId != NoClub;

    int byClubs = -1;
    std::int64_t nearest = std::numeric_limits<std::int64_t>::max();
    int byLine = -1;
    for (std::size_t i = 0; i < set->ties.size(); ++i) {
        const Tie &tie = set->ties[i];
        if (tie.file != file)
            continue;
        if (clubsKnown && tie.home == homeId && tie.away == awayId) {
            const std::int64_t distance = std::llabs(std::int64_t(tie.line) - std::int64_t(line));
            if (distance < nearest) {
                nearest = distance;
                byClubs = int(i);
            }
        }
        if (tie.line == line && byLine < 0)
            byLine = int(i);
    }
    return byClubs >= 0 ? byClubs : byLine;
}

} // namespace tb
