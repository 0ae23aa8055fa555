// SPDX-License-Identifier: GPL-3.0-or-later
// The ties the export tests write: four made by hand that cover every kind of value, and the
// selection of all of a set's ties.
#pragma once

#include "rules.h"
#include "tieset.h"

#include <QDate>
#include <QString>
#include <utility>
#include <vector>

namespace tb::exportfixtures {

using namespace Qt::StringLiterals;

inline Score sc(int home, int away)
{
    return Score{static_cast<std::int16_t>(home), static_cast<std::int16_t>(away)};
}

inline Leg leg(LegStatus status, Score fullTime, Score halfTime = {}, QDate date = {}, int kickoff = -1)
{
    Leg l;
    l.status = status;
    l.fullTime = fullTime;
    l.halfTime = halfTime;
    l.julianDay = date.isValid() ? static_cast<std::int32_t>(date.toJulianDay()) : 0;
    l.kickoffMinutes = static_cast<std::int16_t>(kickoff);
    return l;
}

inline void addTie(TieSet &set, std::uint16_t file, std::uint32_t line, const QString &home, const QString &away,
                   const Leg &leg1, const Leg &leg2, const QString &stated)
{
    Tie tie;
    tie.file = file;
    tie.line = line;
    tie.home = set.clubs.intern(QStringView(home));
    tie.away = set.clubs.intern(QStringView(away));
    tie.statedWinner = stated.isEmpty() ? NoClub : set.clubs.intern(QStringView(stated));
    tie.leg1 = leg1;
    tie.leg2 = leg2;
    std::vector<Diagnostic> ignored;
    rules::evaluate(tie, set.clubs, RuleSet::UefaByDate, {}, ignored);
    set.ties.push_back(tie);
}

// Four ties covering away goals after extra time, a shoot-out with a name that needs quoting,
// a tie not finished and a walkover.
inline TieSet sampleSet()
{
    TieSet set;
    for (const auto &[path, name] :
         {std::pair{u"/data/europa-league-2012-13-q1.txt"_s, u"europa-league-2012-13-q1.txt"_s},
          std::pair{u"mixed.txt"_s, u"mixed.txt"_s}}) {
        SourceFile file;
        file.path = path;
        file.displayName = name;
        set.files.push_back(file);
    }

    Leg stPat2 = leg(LegStatus::ExtraTime, sc(1, 0), sc(0, 0), QDate(2012, 7, 12), 20 * 60 + 30);
    stPat2.extraTime = sc(2, 1);
    addTie(set, 0, 97, u"St Patrick's Athletic"_s, u"ÍBV Vestmannaeyjar"_s,
           leg(LegStatus::Played, sc(1, 0), sc(1, 0), QDate(2012, 7, 5), 19 * 60 + 45), stPat2,
           u"St Patrick's Athletic"_s);

    Leg ajax2 = leg(LegStatus::PenaltiesAfterExtraTime, sc(0, 1), sc(0, 0), QDate(2024, 8, 15), 20 * 60 + 15);
    ajax2.extraTime = sc(0, 1);
    ajax2.penalties = sc(13, 12);
    addTie(set, 1, 4, u"Club, \"Quoted\" FC"_s, u"AFC Ajax"_s,
           leg(LegStatus::Played, sc(0, 1), sc(0, 1), QDate(2024, 8, 8)), ajax2, u"AFC Ajax"_s);

    addTie(set, 1, 7, u"A"_s, u"B"_s, leg(LegStatus::Played, sc(2, 0)), leg(LegStatus::NotPlayed, {}), {});
    addTie(set, 1, 10, u"C"_s, u"D\\E"_s, leg(LegStatus::Played, sc(0, 3), {}, QDate(2024, 8, 1), 9 * 60 + 5),
           leg(LegStatus::Walkover, {}), u"D\\E"_s);
    return set;
}

inline std::vector<int> allTies(const TieSet &set)
{
    std::vector<int> indices(set.ties.size());
    for (std::size_t i = 0; i < indices.size(); ++i)
        indices[i] = int(i);
    return indices;
}

} // namespace tb::exportfixtures
