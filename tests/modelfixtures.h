// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-built ties for the model tests: each test states exactly the legs, clubs and outcome it needs.
#pragma once

#include "loader.h"
#include "tieset.h"

#include <QDate>
#include <QString>
#include <QTest>
#include <memory>

namespace tb::test {

inline Score s(int home, int away)
{
    return Score{static_cast<std::int16_t>(home), static_cast<std::int16_t>(away)};
}

// "F:A (h:a)", or "F:A" without `half`.
inline Leg played(Score full, Score half = {})
{
    Leg leg;
    leg.status = LegStatus::Played;
    leg.fullTime = full;
    leg.halfTime = half;
    return leg;
}

// "E:F (h:a, n:m) aet"
inline Leg extraTime(Score after120, Score half, Score after90)
{
    Leg leg = played(after90, half);
    leg.status = LegStatus::ExtraTime;
    leg.extraTime = after120;
    return leg;
}

// "P:Q (h:a, n:m) pso"
inline Leg penaltiesAfter90(Score shootOut, Score half, Score after90)
{
    Leg leg = played(after90, half);
    leg.status = LegStatus::PenaltiesAfter90;
    leg.penalties = shootOut;
    return leg;
}

// "P:Q (h:a, n:m, e:f) pso"
inline Leg penaltiesAfterExtraTime(Score shootOut, Score half, Score after90, Score after120)
{
    Leg leg = extraTime(after120, half, after90);
    leg.status = LegStatus::PenaltiesAfterExtraTime;
    leg.penalties = shootOut;
    return leg;
}

inline Leg unplayed(LegStatus status = LegStatus::NotPlayed)
{
    Leg leg;
    leg.status = status;
    return leg;
}

inline Leg on(Leg leg, QDate date, int hour = -1, int minute = 0)
{
    leg.julianDay = date.isValid() ? static_cast<std::int32_t>(date.toJulianDay()) : 0;
    leg.kickoffMinutes = hour < 0 ? -1 : static_cast<std::int16_t>(hour * 60 + minute);
    return leg;
}

// Builds a TieSet tie by tie; the outcome is given, not computed, so a test is about its own unit.
class TieSetBuilder
{
public:
    TieSetBuilder()
        : m_set(std::make_shared<TieSet>())
    {
        file(QStringLiteral("/data/round.txt"));
    }

    TieSetBuilder &file(const QString &path)
    {
        SourceFile source;
        source.path = path;
        source.displayName = path.mid(path.lastIndexOf(u'/') + 1);
        m_set->files.push_back(source);
        m_line = 1;
        return *this;
    }

    // `statedWinner`: the "Winner:" field; "=" (the default) names the computed winner, empty names none.
    Tie &add(const QString &home, const QString &away, Leg leg1, Leg leg2, Side winner, DecidedBy decidedBy,
             const QString &statedWinner = QStringLiteral("="))
    {
        Tie tie;
        tie.home = m_set->clubs.intern(QStringView(home));
        tie.away = m_set->clubs.intern(QStringView(away));
        tie.leg1 = leg1;
        tie.leg2 = leg2;
        tie.winner = winner;
        tie.decidedBy = decidedBy;
        if (statedWinner == u'=')
            tie.statedWinner = tie.winnerClub();
        else if (!statedWinner.isEmpty())
            tie.statedWinner = m_set->clubs.intern(QStringView(statedWinner));
        tie.file = static_cast<std::uint16_t>(m_set->files.size() - 1);
        tie.line = m_line;
        m_line += 3;
        m_set->files.back().tieCount++;
        m_set->ties.push_back(tie);
        return m_set->ties.back();
    }

    Diagnostic &diagnostic(std::uint32_t line, std::uint32_t column, Severity severity, const QString &message)
    {
        m_set->diagnostics.push_back(
            Diagnostic{static_cast<std::uint16_t>(m_set->files.size() - 1), line, column, severity, message});
        return m_set->diagnostics.back();
    }

    std::shared_ptr<TieSet> set() const { return m_set; }

private:
    std::shared_ptr<TieSet> m_set;
    std::uint32_t m_line = 1;
};

// A real results file from tests/data, read by the project's parser.
inline std::shared_ptr<TieSet> loadDataFile(const QString &name)
{
    const QString dir = qEnvironmentVariable("TIEBROWSER_DATA");
    const QString path = dir.isEmpty() ? QFINDTESTDATA(QStringLiteral("data/") + name) : dir + u'/' + name;
    auto set = std::make_shared<TieSet>();
    const ReadResult result = loader::readFile(path, *set);
    if (!result.readable)
        set.reset();
    return set;
}

} // namespace tb::test
