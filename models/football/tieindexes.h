// SPDX-License-Identifier: GPL-3.0-or-later
// What sorting and filtering a set's ties needs, worked out once per set: the loader builds it in
// its thread next to the set, so that the GUI thread only takes it.
#pragma once

#include "tieset.h"

#include <QString>
#include <QtGlobal>
#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace tb {

struct TieIndexes
{
    // The orders a tie table sorts by, one per column of TieTableModel but the file (few files,
    // and their names change when a pasted round is saved: that key stays the model's).
    enum Key {
        FirstLegDateKey,
        HomeKey,
        AwayKey,
        FirstLegKey,
        SecondLegKey,
        AggregateKey,
        WinnerKey,
        DecidedByKey,
        SecondLegDateKey,
        KeyCount
    };
    using Keys = std::vector<qint64>;

    // Per key, one value per tie that sorts ascending: ties without a value (no date, no score,
    // no winner) right after the largest real value, in their own order. Shared, so that new rules
    // rebuild the two keys they change (winner, decided by) and keep the rest.
    std::array<std::shared_ptr<const Keys>, KeyCount> keys;
    // The ties in ascending order of keys[sortedBy], ties with equal keys in set order; empty
    // when no key was asked for (sortedBy < 0).
    int sortedBy = -1;
    std::shared_ptr<const std::vector<int>> sorted;
    // Its inverse: where each tie stands in `sorted`. The table finds a tie's row with it after a
    // load, which would otherwise invert a million rows on the GUI thread.
    std::shared_ptr<const std::vector<int>> sortedPositions;

    // The ties of each club (CSR: ties of club c are clubTies[clubOffsets[c] .. clubOffsets[c+1]]),
    // so that a club filter visits the matching clubs' ties instead of every tie.
    struct ClubIndex
    {
        std::vector<std::uint32_t> offsets;
        std::vector<int> ties;
    };
    std::shared_ptr<const ClubIndex> clubs;
    // foldForSearch() of each club's name by ClubId, what the club filter matches typed text in.
    std::shared_ptr<const std::vector<QString>> foldedClubs;

    // The first and last day any leg is played, as Julian days; 0 when no leg has a date.
    std::int32_t firstDay = 0;
    std::int32_t lastDay = 0;

    // Everything above for `set`, the order of `sortedBy` (a Key, or -1 for none) included; the key
    // columns are filled by two threads on a large set.
    static std::shared_ptr<const TieIndexes> build(const TieSet &set, int sortedBy = -1);
    // `previous` (built for the same ties) after the rules decided them again: the winner and
    // decided-by keys anew, and the order when it is by one of them or by another key than
    // before; the rest shared.
    static std::shared_ptr<const TieIndexes> rebuildDecisions(const TieIndexes &previous, const TieSet &set,
                                                              int sortedBy = -1);

    // The pieces, for a set that came without indexes (tests, the command line) and is sorted lazily.
    // Collation rank of each club's name by ClubId: case-insensitive, numbers by value.
    static std::vector<int> clubRanks(const ClubTable &clubs);
    // keys[key] for `set`; `clubRanks` from clubRanks(), needed by the club keys only.
    static Keys computeKeys(const TieSet &set, Key key, const std::vector<int> &clubRanks);
    static ClubIndex computeClubIndex(const TieSet &set);
    // foldForSearch() of every club name, indexed by ClubId.
    static std::vector<QString> foldClubNames(const ClubTable &clubs);
    // Rows 0..n-1 in ascending order of `keys`, equal keys in row order (a radix sort). `a` and
    // `b` are scratch space that a caller sorting again may keep.
    static void sortByKeys(const Keys &keys, std::vector<int> &order, std::vector<quint64> &a, std::vector<quint64> &b);
};

} // namespace tb
