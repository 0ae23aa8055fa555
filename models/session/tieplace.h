// SPDX-License-Identifier: GPL-3.0-or-later
// Where a tie comes from (its file, its clubs, its line), to find "the same tie" again in a set read anew.
#pragma once

#include <QString>
#include <cstdint>

namespace tb {

struct TieSet;

struct TiePlace
{
    QString path; // the file, as the set names it; empty for "no tie"
    QString home; // the first leg's home club
    QString away; // the first leg's away club
    std::uint32_t line = 0;

    bool isNull() const { return path.isEmpty(); }

    // The place of tie `tieIndex` of `set`; null when there is no such tie.
    static TiePlace of(const TieSet *set, int tieIndex);
    // The index of the same tie in `set`, -1 when it is gone. The same tie is the one of the
    // same file between the same clubs, so that ties added or removed above it do not matter;
    // when the pairing occurs more than once in the file, the one nearest the old line. Failing
    // that (a club's name was corrected), the tie on the same line of the same file.
    int findIn(const TieSet *set) const;
};

} // namespace tb
