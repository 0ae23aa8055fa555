// SPDX-License-Identifier: GPL-3.0-or-later
// Real rounds from tests/data for the chart and detail view tests, and a way to find a tie in them.
#pragma once

#include "loader.h"
#include "testfiles.h"
#include "tieset.h"

#include <QDir>
#include <QString>
#include <QTest>
#include <memory>
#include <numeric>
#include <vector>

namespace tb::charttest {

using tb::testfiles::dataFile;
// Parses one file of tests/data; fails the test (and returns an empty set) when it cannot.
inline std::shared_ptr<TieSet> loadRound(const QString &name)
{
    auto set = std::make_shared<TieSet>();
    const ReadResult result = loader::readFile(dataFile(name), *set);
    if (!result.readable || set->ties.empty())
        qWarning("cannot read test data %s", qPrintable(name));
    return set;
}

// Every tie of the set, in file order: the rows of a table neither sorted nor filtered.
inline std::vector<int> allRows(const TieSet &set)
{
    std::vector<int> rows(set.ties.size());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

// Index of the tie whose first-leg home club is `home` (exact name), -1 when there is none.
inline int findTie(const TieSet &set, const QString &home)
{
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        if (set.clubName(set.ties[i].home) == home)
            return int(i);
    }
    return -1;
}

// Index of the tie of `home` (first leg's home club) against `away` whose first leg was played in
// `year`, -1 when there is none: a history of many seasons holds the same pair more than once.
inline int findTie(const TieSet &set, const QString &home, const QString &away, int year)
{
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        const Tie &tie = set.ties[i];
        if (set.clubName(tie.home) == home && set.clubName(tie.away) == away && tie.leg1.date().year() == year)
            return int(i);
    }
    return -1;
}

} // namespace tb::charttest
