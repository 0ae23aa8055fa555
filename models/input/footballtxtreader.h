// SPDX-License-Identifier: GPL-3.0-or-later
// openfootball's Football.TXT (docs/FORMAT.md): rounds of single matches, paired into two-legged ties.
#pragma once

#include "reader.h"

#include <QCoreApplication>
#include <string>
#include <vector>

namespace tb {

// The second round format. A season file lists matches under round headers ("» Round of 16")
// and date lines ("  Tue Feb/12 2019"); a tie is a match A v B and the later B v A in the same
// round, the matchdays of a round ("» Playoffs, Matchday 1", "…, Matchday 2") taken together.
// Unlike a worldfootball.net table, a tie's lines are only known when its round ends, so the
// reader holds one round's matches at a time and pairs them then.
class FootballTxtReader final : public Reader
{
    Q_DECLARE_TR_FUNCTIONS(FootballTxtReader)

public:
    explicit FootballTxtReader(ReadContext &context)
        : m_context(context)
    { }

    // Whether the first lines look like Football.TXT: a "= Title", a "» Round" header, or a date
    // line "Tue Feb/12 2019", before anything that is not a comment.
    static bool canRead(QByteArrayView head);
    static std::unique_ptr<Reader> create(ReadContext &context);
    static QString describe();
    // A round's matches are paired only when it ends, and a date line's year carries forward:
    // the file is read in one piece (no pieceStart).
    static constexpr ReaderFormat Format{"footballtxt", &FootballTxtReader::canRead, &FootballTxtReader::create,
                                         &FootballTxtReader::describe, nullptr};

    void readLine(const Line &line) override;
    void skipLine() override;
    void finish() override;

    // The round a header names once the matchday ("…, Matchday 2") or leg ("…, 2nd Leg") is
    // taken off: the matchdays of one round have the same key. Empty when nothing is left.
    static QString roundKey(QStringView header);

private:
    // One match line as read; the names are copied because the line's bytes do not live on.
    struct Match
    {
        Leg leg;
        std::string home, away; // without the country code
        std::uint32_t line = 0;
        std::uint32_t scoreColumn = 0;
        bool broken = false; // its result could not be read: the tie it belongs to is lost
    };

    void readTitle(const Line &line, const char *p);
    void readRoundHeader(const Line &line, const char *p);
    // A date line "Tue Feb/12 2019" or "Wed Feb/13"; false when `p` does not start one.
    bool readDate(const Line &line, const char *p);
    void readMatch(const Line &line, const char *p);
    bool readResult(const Line &line, const char *b, const char *e, Match &match);
    // Pairs the round's matches into ties, reports the single ones, and starts a new round.
    void closeRound();

    void error(const Line &line, const char *at, const QString &message)
    {
        m_context.report(Severity::Error, line.number, at ? line.column(at) : 0, message);
    }
    void warning(const Line &line, const char *at, const QString &message)
    {
        m_context.report(Severity::Warning, line.number, at ? line.column(at) : 0, message);
    }

    ReadContext &m_context;
    int m_seasonYear = 0; // the first year of the title's "2024/25"; 0 when not given
    int m_year = 0; // the year the last date line had or was given
    std::int32_t m_julianDay = 0; // the date line in force
    std::int16_t m_kickoff = -1; // the kick-off time above, which a match without one keeps
    QString m_roundKey;
    QString m_roundName;
    std::uint32_t m_roundLine = 0; // the line of the round's first header; 0: no header yet
    std::vector<Match> m_matches; // the round's, in line order
};

} // namespace tb
