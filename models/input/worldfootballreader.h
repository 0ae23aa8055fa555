// SPDX-License-Identifier: GPL-3.0-or-later
// The worldfootball.net round table (FORMAT.md): three lines per tie, read by scanning bytes.
#pragma once

#include "reader.h"

#include <QCoreApplication>
#include <string>
#include <utility>
#include <vector>

namespace tb {

// The first implementation of Reader, and the fallback for input no other reader claims.
class WorldfootballReader final : public Reader
{
    Q_DECLARE_TR_FUNCTIONS(Parser)

public:
    explicit WorldfootballReader(ReadContext &context)
        : m_context(context)
    { }

    // Whether one of the first lines starts with a tie's label, "1st(1st leg)" or "2nd (2nd leg)".
    static bool canRead(QByteArrayView head);
    static std::unique_ptr<Reader> create(ReadContext &context);
    // The first line in `window` that is a tie's first leg as the site writes it: a reader
    // meeting it starts a new tie, whatever came before.
    static qsizetype pieceStart(QByteArrayView window);
    static QString describe();
    static constexpr ReaderFormat Format{"worldfootball", &WorldfootballReader::canRead, &WorldfootballReader::create,
                                         &WorldfootballReader::describe, &WorldfootballReader::pieceStart};

    void readLine(const Line &line) override;
    void skipLine() override;
    void finish() override;
    void finishBefore(std::uint32_t nextLine) override;

    // The start of the line, cut at a character boundary, with "…" when cut (quoteText()).
    static QString quote(const char *b, const char *e) { return quoteText(b, e); }

private:
    enum class State {
        ExpectLeg1,
        ExpectLeg2,
        ExpectDates,
        SkipTie
    };
    enum class ScoreError {
        None,
        Empty,
        NotNumbers,
        Negative,
        TooLarge
    };

    // A leg line read, waiting for the rest of its tie. The club text is copied because the
    // line's bytes do not outlive the chunk they came in.
    struct LegText
    {
        Leg leg;
        std::string clubs; // "HOME - AWAY" as written, trimmed
        std::vector<std::pair<std::uint32_t, std::uint32_t>> splits; // (end of left name, start of right name)
        std::uint32_t line = 0;
        std::uint32_t scoreColumn = 0;
        std::uint32_t scoreOffset = 0; // bytes from the start of the line to the result
        std::uint32_t clubsOffset = 0; // bytes from the start of the line; a column only if a message needs it
        bool inconsistent = false;
    };

    // worldfootballleg.cpp: one leg line. A first leg's clubs are split at every " - "; a second
    // leg's are first compared with the first leg's, swapped, and split only when they differ.
    bool readFirstLeg(const Line &line, const char *p);
    bool readSecondLeg(const Line &line, const char *p);
    // The result at the end of the line, into `out`; the clubs before it in [clubsBegin, the
    // returned end). Null when the line is wrong (reported).
    const char *readLegResult(const Line &line, const char *p, LegText &out, const char *&clubsBegin);
    // The fast way of readLegResult() for the two results nearly every leg ends in, "2:1 (1:0)"
    // and "2:1", in [p, e) (trimmed): the end of the clubs, or null for the general way.
    const char *readPlainResult(const Line &line, const char *p, const char *e, LegText &out);
    bool splitClubs(const Line &line, const char *clubsBegin, const char *clubsEnd, LegText &out);
    // The fast way of matchClubs() for a second leg that names the first leg's clubs swapped.
    bool matchSwappedClubs(const char *b, const char *e); // [b, e): the second leg's clubs
    bool readResult(const Line &line, const char *tokenBegin, const char *resultEnd, const char *bracketOpen,
                    const char *bracketClose, int suffix, const char *suffixWord, LegText &out);
    bool reportScoreError(const Line &line, const char *b, const char *e, ScoreError error);
    static ScoreError parseScore(const char *b, const char *e, Score &score);

    // worldfootballdates.cpp: the dates line.
    bool readDates(const Line &line, const char *p);
    bool readDateTime(const Line &line, const char *&p, const char *e, Leg &leg, bool first);

    // worldfootballreader.cpp: the three lines of a tie.
    bool matchClubs(const Line &line);
    void completeTie(const Line &datesLine, QByteArrayView winner, std::uint32_t winnerColumn);
    // `atLine`: the line where the next tie starts, at column 1; 0 when the input ended.
    void incompleteTie(std::uint32_t atLine);

    void error(const Line &line, const char *at, const QString &message)
    {
        m_context.report(Severity::Error, line.number, at ? line.column(at) : 0, message);
    }
    // An error in a leg line loses the tie it belongs to; the message says so, after why.
    void tieError(const Line &line, const char *at, const QString &message)
    {
        error(line, at, tr("%1; the tie was skipped").arg(message));
    }
    void warning(const Line &line, const char *at, const QString &message)
    {
        m_context.report(Severity::Warning, line.number, at ? line.column(at) : 0, message);
    }

    ReadContext &m_context;
    State m_state = State::ExpectLeg1;
    LegText m_leg1, m_leg2;
    std::uint32_t m_home = 0, m_away = 0; // chosen split, as byte lengths into m_leg1.clubs
    std::uint32_t m_awayStart = 0;
};

// "1st(1st leg)" or "2nd (2nd leg)", with any blanks around the parts and any letter case.
// Returns the position after the closing bracket, or nullptr.
const char *matchLegLabel(const char *p, const char *e, const char *ordinal);

} // namespace tb
