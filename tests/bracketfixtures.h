// SPDX-License-Identifier: GPL-3.0-or-later
// Rounds for the bracket tests: real files of tests/data read together, and synthetic chains of
// rounds written in the worldfootball.net format (as large as a test needs, with long names).
#pragma once

#include "loader.h"
#include "testfiles.h"
#include "tieset.h"

#include <QDate>
#include <QDir>
#include <QStringList>
#include <QTest>
#include <memory>
#include <numeric>
#include <vector>

namespace tb::brackettest {

using tb::testfiles::dataFile;

// The 2018-19 Champions League from the round of 16 to the semi-finals, three files.
inline QStringList chain2018()
{
    return {QStringLiteral("cl-2018-19-r16.txt"), QStringLiteral("cl-2018-19-qf.txt"),
            QStringLiteral("cl-2018-19-sf.txt")};
}

// Four real rounds of different competitions and seasons.
inline QStringList unrelatedRounds()
{
    return {QStringLiteral("europa-league-2012-13-q1.txt"), QStringLiteral("cl-2014-15-r16.txt"),
            QStringLiteral("cl-2024-25-r16.txt"), QStringLiteral("elq-2024-25-q3.txt")};
}

// Reads `paths` (names in tests/data, or absolute paths) through the one loading route, rules
// and all; fails the test's checks later (an empty set) when one cannot be read.
inline std::shared_ptr<TieSet> load(const QStringList &names)
{
    QStringList paths;
    for (const QString &name : names)
        paths << (QDir::isAbsolutePath(name) ? name : dataFile(name));
    loader::Loaded loaded = loader::loadFiles(paths);
    if (!loaded.unreadable.isEmpty())
        qWarning("cannot read %s", qPrintable(loaded.unreadable.constFirst().path));
    return std::make_shared<TieSet>(std::move(loaded.set));
}

inline std::vector<int> allRows(const TieSet &set)
{
    std::vector<int> rows(set.ties.size());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

// The name of synthetic club `n`: long, so that narrow boxes must shorten it.
inline QString clubName(int n)
{
    return QStringLiteral("Sporting Club of Far Away Town Number %1").arg(n);
}

inline QByteArray tieText(const QString &home, const QString &away, QDate first)
{
    // The first leg's home club wins 2:0 at home and 1:0 away: 3:0 on aggregate.
    const QString dates = QStringLiteral("1st(1st leg): %1 20:45 2nd (2nd leg): %2 20:45 Winner: %3\n")
                              .arg(first.toString(QStringLiteral("dd/MM/yyyy")),
                                   first.addDays(7).toString(QStringLiteral("dd/MM/yyyy")), home);
    return QStringLiteral("1st(1st leg) %1 - %2 2:0 (1:0)\n2nd (2nd leg) %2 - %1 0:1 (0:0)\n").arg(home, away).toUtf8()
        + dates.toUtf8();
}

// Writes a knockout of `firstRoundTies` ties (a power of two) halving to one tie, a file per
// round named so that their names say nothing of their order, and returns the paths. With
// `entrants`, the second round instead pairs each winner with a new club, as qualifying rounds do.
inline QStringList writeChain(const QDir &dir, int firstRoundTies, bool entrants = false)
{
    QStringList paths;
    std::vector<int> clubs(std::size_t(2 * firstRoundTies));
    std::iota(clubs.begin(), clubs.end(), 1);
    int nextClub = 2 * firstRoundTies + 1;
    QDate date(2020, 2, 4);
    for (int round = 0; clubs.size() >= 2; ++round) {
        QByteArray text;
        std::vector<int> winners;
        for (std::size_t i = 0; i + 1 < clubs.size(); i += 2) {
            text += tieText(clubName(clubs[i]), clubName(clubs[i + 1]), date);
            winners.push_back(clubs[i]);
        }
        const QString path = dir.filePath(QStringLiteral("z%1.txt").arg(97 - round));
        if (!testfiles::writeFile(path, text))
            qWarning("cannot write %s", qPrintable(path));
        paths << path;
        date = date.addDays(21);
        if (entrants && round == 0) {
            clubs.clear();
            for (const int winner : winners) {
                clubs.push_back(winner);
                clubs.push_back(nextClub++);
            }
            continue;
        }
        clubs = winners;
    }
    return paths;
}

} // namespace tb::brackettest
