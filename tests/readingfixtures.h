// SPDX-License-Identifier: GPL-3.0-or-later
// What the reading tests share: a tie the rules find nothing to say about, reading bytes, and describing what was read.
#pragma once

#include "loader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>

namespace tb::test {

using namespace Qt::StringLiterals;

// A tie the rules find nothing to say about, so that a test's diagnostics are only the parser's.
inline const QByteArray GoodTie = "1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n"
                                  "2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n"
                                  "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\n";

inline QString dataDir()
{
    const QByteArray fromEnv = qgetenv("TIEBROWSER_DATA");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    return QFINDTESTDATA("data");
}

// The sample's first tie with `result` as its second leg's result.
inline QByteArray gomelTieWithSecondLeg(const QByteArray &result)
{
    return "1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n"
           "2nd (2nd leg) FK Gomel - Víkingur "
        + result
        + "\n"
          "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\n";
}

// Through the loader, as every caller reads, under the name "test.txt".
inline TieSet parse(const QByteArray &bytes, qint64 chunkSize = qint64(4) << 20)
{
    ReadOptions options;
    options.chunkSize = chunkSize;
    TieSet set;
    loader::readBytes(bytes, u"test.txt"_s, set, options);
    return set;
}

// One string per diagnostic, so that a whole list is checked in one QCOMPARE.
inline QStringList describe(const TieSet &set, bool errorsOnly = false)
{
    QStringList lines;
    for (const Diagnostic &d : set.diagnostics) {
        if (errorsOnly && d.severity != Severity::Error)
            continue;
        lines << u"%1:%2: %3: %4"_s.arg(d.line).arg(d.column).arg(
            d.severity == Severity::Error ? u"error"_s : u"warning"_s, d.message);
    }
    return lines;
}

// What the loader says, at 1:1, of a file without ties in any format (an empty one, say): it
// names every one.
inline const QString NoTiesFound
    = u"no ties found: this is in none of the formats Tie Browser reads, a worldfootball.net round table, where a "
      u"tie is three lines: its first leg \"1st(1st leg) HOME - AWAY 2:1 (1:0)\", its second leg \"2nd (2nd leg) "
      u"AWAY - HOME 1:1 (0:0)\" and its dates \"1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 "
      u"Winner: HOME\"; nor openfootball's Football.TXT, where rounds \"» Round of 16\" list dates \"Tue Feb/12 "
      u"2019\" and matches \"21.00  HOME (ENG) v AWAY (FRA)  0-2 (0-0)\", and a tie is a match and its return "
      u"match in the same round; nor engsoccerdata's champs.csv, a CSV file whose first line names the columns "
      u"\"Date\", \"Season\", \"round\", \"leg\", \"home\", \"visitor\", \"FT\", \"HT\", \"aet\", \"pens\" and "
      u"\"tiewinner\", one match a row, where the legs \"1\" and \"2\" of the same clubs in a round make a tie"_s;

inline QString scoreText(Score s)
{
    return s.isValid() ? u"%1:%2"_s.arg(s.home).arg(s.away) : QString();
}

// "status ht ft et pens", e.g. "ExtraTime 0:0 1:0 2:1 -".
inline QString legText(const Leg &leg)
{
    static const char *const names[] = {"Played",    "ExtraTime",  "PenaltiesAfter90", "PenaltiesAfterExtraTime",
                                        "NotPlayed", "Abandoned",  "Annulled",         "Rescheduled",
                                        "Walkover",  "DidNotPlay", "DecidedAtTable",   "Awarded"};
    const auto orDash = [](Score s) { return s.isValid() ? scoreText(s) : u"-"_s; };
    return u"%1 %2 %3 %4 %5"_s.arg(QLatin1String(names[int(leg.status)]), orDash(leg.halfTime), orDash(leg.fullTime),
                                   orDash(leg.extraTime), orDash(leg.penalties));
}

inline QByteArray repeated(char c, qsizetype n)
{
    return QByteArray(n, c);
}

} // namespace tb::test
