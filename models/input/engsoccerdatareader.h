// SPDX-License-Identifier: GPL-3.0-or-later
// jalapic/engsoccerdata's champs.csv: every European Cup match, one a row, paired into two-legged ties.
#pragma once

#include "reader.h"

#include <QCoreApplication>
#include <array>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace tb {

// The third round format: a CSV file whose header names the columns "Date", "Season", "round",
// "leg", "home", "visitor", "FT", "HT", "aet", "pens" and "tiewinner" (docs/FORMAT.md). A row is
// one match; its "leg" says which: "1" and "2" are the legs of a tie, "replay" its play-off,
// "groups" and "NA" (a one-match final) single matches. The rows of a round are not together in
// the file (groups interleave, a round starts before the one before ends), so the reader keeps
// every match and pairs them when the input ends.
class EngsoccerdataReader final : public Reader
{
    Q_DECLARE_TR_FUNCTIONS(EngsoccerdataReader)

public:
    explicit EngsoccerdataReader(ReadContext &context)
        : m_context(context)
    { }

    // Whether the first line is champs.csv's header: every column the reader needs is named.
    static bool canRead(QByteArrayView head);
    static std::unique_ptr<Reader> create(ReadContext &context);
    static QString describe();
    // Ties are paired over the whole file: it is read in one piece (no pieceStart).
    static constexpr ReaderFormat Format{"engsoccerdata", &EngsoccerdataReader::canRead, &EngsoccerdataReader::create,
                                         &EngsoccerdataReader::describe, nullptr};

    void readLine(const Line &line) override;
    void skipLine() override;
    void finish() override;

    // The columns the reader takes, in this order in `Row::fields`.
    enum Column {
        Date,
        Season,
        Round,
        LegColumn,
        Home,
        Visitor,
        FT,
        HT,
        Aet,
        Pens,
        TieWinner,
        ColumnCount
    };

private:
    enum class Kind : std::uint8_t {
        FirstLeg,
        SecondLeg,
        Replay,
        Single
    };

    // One match as read; names are interned at once, the line's bytes do not live on.
    struct Match
    {
        Leg leg; // from `home`'s side
        ClubId home = NoClub, visitor = NoClub, winner = NoClub;
        std::uint32_t line = 0;
        std::uint32_t winnerColumn = 0;
        std::uint32_t legColumn = 0;
        int season = 0;
        Kind kind = Kind::Single;
        bool coinToss = false;
    };
    // A round of a season: "1966-67 Round1".
    using RoundKey = std::pair<int, QString>;

    void readHeader(const Line &line);
    bool readRow(const Line &line, Match &match, QString &round);
    // Turns the matches into ties, play-offs and notes.
    void pairMatches();

    void error(std::uint32_t line, std::uint32_t column, const QString &message)
    {
        m_context.report(Severity::Error, line, column, message);
    }
    void warning(std::uint32_t line, std::uint32_t column, const QString &message)
    {
        m_context.report(Severity::Warning, line, column, message);
    }

    ReadContext &m_context;
    bool m_headerRead = false;
    std::array<int, ColumnCount> m_index{}; // each column's position in a row
    int m_fieldCount = 0;
    std::vector<Match> m_matches; // in line order
    std::vector<QString> m_roundNames; // by round id
    std::vector<std::uint32_t> m_roundOf; // each match's round id
    std::map<RoundKey, std::uint32_t> m_roundIds;
};

} // namespace tb
