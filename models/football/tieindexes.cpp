// SPDX-License-Identifier: GPL-3.0-or-later
// The sort keys, the club index and the date span of a set, built off the GUI thread.
#include "tieindexes.h"

#include "rules.h"
#include "textfold.h"

#include <QCollator>
#include <algorithm>
#include <limits>
#include <numeric>
#include <thread>
#include <utility>

namespace tb {
namespace {

// Below this many ties a second thread costs more than it saves.
constexpr std::size_t ParallelFrom = 50000;

// Keys of ties that have no value for a key (no date, no score, no winner) start here while the
// keys are computed; they end up right after the largest real key (see computeKeys()).
constexpr qint64 MissingKey = std::numeric_limits<qint64>::max() / 2;

qint64 dateKey(const Leg &leg)
{
    if (leg.julianDay == 0)
        return MissingKey;
    // Kick-off +1 so that an unknown time (-1) sorts before midnight of the same day.
    return qint64(leg.julianDay) * 2048 + (leg.kickoffMinutes + 1);
}

// Goal difference first, then goals: each field fits 11 bits since a side scores at most MaxGoals.
constexpr qint64 pack(qint64 key, int value)
{
    return (key << 11) | qint64(value + 1024);
}

qint64 scoreKey(Score s)
{
    return pack(pack(0, s.home - s.away), s.home + s.away);
}

qint64 legKey(const Leg &leg)
{
    if (!hasScore(leg.status) || !leg.finalScore().isValid())
        return MissingKey + static_cast<int>(leg.status); // grouped by what happened instead
    const Score shootOut = leg.hasPenalties() ? leg.penalties : Score{0, 0};
    return pack(pack(scoreKey(leg.finalScore()), shootOut.home - shootOut.away), shootOut.home + shootOut.away);
}

qint64 aggregateKey(const Tie &tie)
{
    if (!hasScore(tie.leg1.status) || !hasScore(tie.leg2.status))
        return MissingKey;
    const Aggregate a = rules::aggregate(tie);
    return scoreKey(Score{std::int16_t(a.home), std::int16_t(a.away)});
}

// Missing values right after the largest real one (in their own order), so that the keys span
// a small range and the radix sort needs few passes.
void placeMissing(TieIndexes::Keys &keys)
{
    qint64 largest = std::numeric_limits<qint64>::min();
    bool anyMissing = false;
    for (const qint64 key : keys) {
        if (key < MissingKey)
            largest = std::max(largest, key);
        else
            anyMissing = true;
    }
    if (!anyMissing)
        return;
    const qint64 base = largest == std::numeric_limits<qint64>::min() ? 0 : largest + 1;
    for (qint64 &key : keys) {
        if (key >= MissingKey)
            key = base + (key - MissingKey);
    }
}

int bitsFor(quint64 value)
{
    int bits = 0;
    while (bits < 64 && (value >> bits) != 0)
        ++bits;
    return bits;
}

// The order of indexes.sortedBy, and where each tie stands in it.
void sortIndexes(TieIndexes &indexes)
{
    indexes.sorted.reset();
    indexes.sortedPositions.reset();
    if (indexes.sortedBy < 0 || indexes.sortedBy >= TieIndexes::KeyCount || !indexes.keys[indexes.sortedBy])
        return;
    auto order = std::make_shared<std::vector<int>>();
    std::vector<quint64> a, b;
    TieIndexes::sortByKeys(*indexes.keys[indexes.sortedBy], *order, a, b);
    auto positions = std::make_shared<std::vector<int>>(order->size());
    for (std::size_t at = 0; at < order->size(); ++at)
        (*positions)[std::size_t((*order)[at])] = int(at);
    indexes.sorted = std::move(order);
    indexes.sortedPositions = std::move(positions);
}

} // namespace

std::vector<int> TieIndexes::clubRanks(const ClubTable &clubs)
{
    // Collation sort keys once per club, so the sort compares bytes, not strings through ICU.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const auto &names = clubs.names();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(names.size());
    for (const QString &name : names)
        keys.push_back(collator.sortKey(name));
    std::vector<int> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = keys[std::size_t(a)].compare(keys[std::size_t(b)]);
        return c != 0 ? c < 0 : names[std::size_t(a)] < names[std::size_t(b)];
    });
    std::vector<int> ranks(names.size(), 0);
    for (std::size_t rank = 0; rank < order.size(); ++rank)
        ranks[std::size_t(order[rank])] = int(rank);
    return ranks;
}

std::vector<QString> TieIndexes::foldClubNames(const ClubTable &clubs)
{
    return foldAllForSearch(clubs.names());
}

TieIndexes::Keys TieIndexes::computeKeys(const TieSet &set, Key key, const std::vector<int> &clubRanks)
{
    const std::vector<Tie> &ties = set.ties;
    Keys keys(ties.size());
    const auto fill = [&](auto keyOf) {
        for (std::size_t i = 0; i < ties.size(); ++i)
            keys[i] = keyOf(ties[i]);
    };
    const auto clubKey = [&clubRanks](ClubId id) -> qint64 {
        return id < clubRanks.size() ? clubRanks[id] : MissingKey;
    };
    switch (key) {
    case FirstLegDateKey: fill([](const Tie &t) { return dateKey(t.leg1); }); break;
    case SecondLegDateKey: fill([](const Tie &t) { return dateKey(t.leg2); }); break;
    case HomeKey: fill([&](const Tie &t) { return clubKey(t.home); }); break;
    case AwayKey: fill([&](const Tie &t) { return clubKey(t.away); }); break;
    case WinnerKey: fill([&](const Tie &t) { return clubKey(t.winnerClub()); }); break;
    case FirstLegKey: fill([](const Tie &t) { return legKey(t.leg1); }); break;
    case SecondLegKey: fill([](const Tie &t) { return legKey(t.leg2); }); break;
    case AggregateKey: fill([](const Tie &t) { return aggregateKey(t); }); break;
    case DecidedByKey: fill([](const Tie &t) { return qint64(t.decidedBy); }); break;
    case KeyCount: break;
    }
    placeMissing(keys);
    return keys;
}

TieIndexes::ClubIndex TieIndexes::computeClubIndex(const TieSet &set)
{
    ClubIndex index;
    const std::size_t clubs = set.clubs.size();
    index.offsets.assign(clubs + 1, 0);
    for (const Tie &tie : set.ties) {
        if (tie.home < clubs)
            ++index.offsets[tie.home + 1];
        if (tie.away < clubs && tie.away != tie.home)
            ++index.offsets[tie.away + 1];
    }
    for (std::size_t c = 0; c < clubs; ++c)
        index.offsets[c + 1] += index.offsets[c];
    index.ties.resize(index.offsets[clubs]);
    std::vector<std::uint32_t> next(index.offsets.begin(), index.offsets.end() - 1);
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        const Tie &tie = set.ties[i];
        if (tie.home < clubs)
            index.ties[next[tie.home]++] = int(i);
        if (tie.away < clubs && tie.away != tie.home)
            index.ties[next[tie.away]++] = int(i);
    }
    return index;
}

// Each row becomes one 64-bit word, key above row, sorted by an LSD radix sort over the key's
// bits only: linear, stable, a few passes of 11 bits.
void TieIndexes::sortByKeys(const Keys &keys, std::vector<int> &order, std::vector<quint64> &a, std::vector<quint64> &b)
{
    const std::size_t count = keys.size();
    order.resize(count);
    std::iota(order.begin(), order.end(), 0);
    if (count < 2)
        return;
    const auto [minIt, maxIt] = std::minmax_element(keys.begin(), keys.end());
    const quint64 min = quint64(*minIt);
    const int keyBits = bitsFor(quint64(*maxIt) - min);
    const int rowBits = bitsFor(count - 1);
    if (keyBits == 0)
        return;
    if (keyBits + rowBits > 64) {
        // Not for any real table (2^20 rows leave 44 bits of key); correct, just slower.
        std::stable_sort(order.begin(), order.end(),
                         [&keys](int x, int y) { return keys[std::size_t(x)] < keys[std::size_t(y)]; });
        return;
    }

    constexpr int Bits = 11;
    constexpr std::size_t Buckets = std::size_t(1) << Bits;
    constexpr quint64 Mask = Buckets - 1;
    const int digits = (keyBits + Bits - 1) / Bits;
    a.resize(count);
    b.resize(count);
    std::vector<std::uint32_t> counts(std::size_t(digits) * Buckets, 0);
    for (std::size_t i = 0; i < count; ++i) {
        const quint64 key = quint64(keys[i]) - min;
        a[i] = (key << rowBits) | i;
        for (int d = 0; d < digits; ++d)
            ++counts[std::size_t(d) * Buckets + ((key >> (d * Bits)) & Mask)];
    }
    for (int d = 0; d < digits; ++d) {
        std::uint32_t *bucket = counts.data() + std::size_t(d) * Buckets;
        const int shift = rowBits + d * Bits;
        if (bucket[(a[0] >> shift) & Mask] == count)
            continue; // every key has the same digit here
        std::uint32_t offset = 0;
        for (std::size_t i = 0; i < Buckets; ++i)
            offset += std::exchange(bucket[i], offset);
        for (const quint64 word : a)
            b[bucket[(word >> shift) & Mask]++] = word;
        a.swap(b);
    }
    const quint64 rowMask = (quint64(1) << rowBits) - 1;
    for (std::size_t i = 0; i < count; ++i)
        order[i] = int(a[i] & rowMask);
}

std::shared_ptr<const TieIndexes> TieIndexes::build(const TieSet &set, int sortedByKey)
{
    auto indexes = std::make_shared<TieIndexes>();
    const auto key = [&](Key k, const std::vector<int> &ranks) {
        indexes->keys[k] = std::make_shared<const Keys>(computeKeys(set, k, ranks));
    };
    // The clubs' keys wait for the collation ranks; the rest does not, so each gets a thread.
    const auto clubWork = [&] {
        const std::vector<int> ranks = clubRanks(set.clubs);
        for (const Key k : {HomeKey, AwayKey, WinnerKey})
            key(k, ranks);
        indexes->clubs = std::make_shared<const ClubIndex>(computeClubIndex(set));
        // Once per club (a few thousand), through ICU: here rather than on the first keystroke.
        indexes->foldedClubs = std::make_shared<const std::vector<QString>>(foldClubNames(set.clubs));
    };
    const auto otherWork = [&] {
        const std::vector<int> none;
        for (const Key k : {FirstLegDateKey, SecondLegDateKey, FirstLegKey, SecondLegKey, AggregateKey, DecidedByKey})
            key(k, none);
        for (const Tie &tie : set.ties) {
            for (const std::int32_t day : {tie.leg1.julianDay, tie.leg2.julianDay}) {
                if (day == 0)
                    continue;
                indexes->firstDay = indexes->firstDay == 0 ? day : std::min(indexes->firstDay, day);
                indexes->lastDay = std::max(indexes->lastDay, day);
            }
        }
    };
    if (set.ties.size() >= ParallelFrom) {
        std::thread clubThread(clubWork);
        otherWork();
        clubThread.join();
    } else {
        clubWork();
        otherWork();
    }
    indexes->sortedBy = sortedByKey >= 0 && sortedByKey < KeyCount ? sortedByKey : -1;
    sortIndexes(*indexes);
    return indexes;
}

std::shared_ptr<const TieIndexes> TieIndexes::rebuildDecisions(const TieIndexes &previous, const TieSet &set,
                                                               int sortedByKey)
{
    auto indexes = std::make_shared<TieIndexes>(previous);
    const auto winner = [&] {
        indexes->keys[WinnerKey] = std::make_shared<const Keys>(computeKeys(set, WinnerKey, clubRanks(set.clubs)));
    };
    const auto decidedBy = [&] {
        indexes->keys[DecidedByKey] = std::make_shared<const Keys>(computeKeys(set, DecidedByKey, {}));
    };
    if (set.ties.size() >= ParallelFrom) {
        std::thread winnerThread(winner);
        decidedBy();
        winnerThread.join();
    } else {
        winner();
        decidedBy();
    }
    sortedByKey = sortedByKey >= 0 && sortedByKey < KeyCount ? sortedByKey : -1;
    if (sortedByKey != previous.sortedBy || sortedByKey == WinnerKey || sortedByKey == DecidedByKey) {
        indexes->sortedBy = sortedByKey;
        sortIndexes(*indexes);
    }
    return indexes;
}

} // namespace tb
