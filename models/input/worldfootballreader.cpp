// SPDX-License-Identifier: GPL-3.0-or-later
// The worldfootball.net reader: which line is which, the three lines of a tie, and the tie they make.
#include "worldfootballreader.h"

#include "bytesource.h"

#include <cstring>

namespace tb {

using namespace bytes;
using namespace Qt::StringLiterals;

const char *matchLegLabel(const char *p, const char *e, const char *ordinal)
{
    p = matchWord(p, e, ordinal);
    if (!p)
        return nullptr;
    p = skipBlanks(p, e);
    if (p >= e || *p != '(')
        return nullptr;
    p = skipBlanks(p + 1, e);
    p = matchWord(p, e, ordinal);
    if (!p)
        return nullptr;
    p = skipBlanks(p, e);
    p = matchWord(p, e, "leg");
    if (!p)
        return nullptr;
    p = skipBlanks(p, e);
    if (p >= e || *p != ')')
        return nullptr;
    return p + 1;
}

bool WorldfootballReader::canRead(QByteArrayView head)
{
    // Any of the first lines that starts with a leg's label, once blanks and a byte-order mark
    // are skipped: the lines "1st(1st leg) ..." and "2nd (2nd leg) ..." are this format's own.
    const char *p = head.data();
    const char *e = p + head.size();
    while (p < e) {
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', std::size_t(e - p)));
        const char *end = newline ? newline : e;
        const char *b = startsWith(p, end, "\xEF\xBB\xBF") ? p + 3 : p;
        b = skipBlanks(b, end);
        if (matchLegLabel(b, end, "1st") || matchLegLabel(b, end, "2nd"))
            return true;
        p = newline ? newline + 1 : e;
    }
    return false;
}

std::unique_ptr<Reader> WorldfootballReader::create(ReadContext &context)
{
    return std::make_unique<WorldfootballReader>(context);
}

void WorldfootballReader::skipLine()
{
    // A tie one of whose lines cannot be read is lost, but only that tie.
    // When the broken line was itself a first leg, its second leg and dates line follow: they
    // are part of the same lost tie, not new problems.
    m_state = State::SkipTie;
}

void WorldfootballReader::finish()
{
    if (m_state == State::ExpectLeg2 || m_state == State::ExpectDates)
        incompleteTie(0);
    m_state = State::ExpectLeg1;
}

void WorldfootballReader::finishBefore(std::uint32_t nextLine)
{
    // What readLine() says of an open tie when a first leg comes.
    if (m_state == State::ExpectLeg2 || m_state == State::ExpectDates)
        incompleteTie(nextLine);
    m_state = State::ExpectLeg1;
}

qsizetype WorldfootballReader::pieceStart(QByteArrayView window)
{
    // Only the label exactly as the site writes it, at the very start of a whole line of text
    // (no NUL, which would have the line skipped): what readLine() surely takes for a first leg.
    constexpr char Label[] = "1st(1st leg)";
    constexpr std::size_t LabelSize = sizeof(Label) - 1;
    const char *b = window.data();
    const char *e = b + window.size();
    for (const char *p = b; p < e;) {
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', std::size_t(e - p)));
        if (!newline)
            return -1; // the line may go on past the window
        if (startsWith(p, newline, Label) && !std::memchr(p, '\0', std::size_t(newline - p))) {
            const char *rest = skipBlanks(p + LabelSize, newline);
            if (rest == newline || *rest != ':')
                return p - b;
        }
        p = newline + 1;
    }
    return -1;
}

QString WorldfootballReader::describe()
{
    return tr("a worldfootball.net round table, where a tie is three lines: its first leg \"1st(1st leg) HOME - AWAY "
              "2:1 (1:0)\", its second leg \"2nd (2nd leg) AWAY - HOME 1:1 (0:0)\" and its dates \"1st(1st leg): "
              "03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: HOME\"");
}

void WorldfootballReader::incompleteTie(std::uint32_t atLine)
{
    const QString missing = m_state == State::ExpectLeg2 ? tr("its second leg") : tr("its dates line");
    if (atLine > 0) {
        m_context.reportNamingLine(
            Severity::Error, atLine, 1,
            tr("the tie from line %1 is incomplete: expected %2 here; that tie was skipped").arg(u"%1"_s, missing),
            m_leg1.line);
    } else {
        m_context.report(
            Severity::Error, m_leg1.line, 0,
            tr("the file ends before this tie is complete: %1 is missing; the tie was skipped").arg(missing));
    }
}

void WorldfootballReader::readLine(const Line &line)
{
    const char *p = skipBlanks(line.data, line.end);
    const char *e = line.end;
    if (p == e)
        return; // blank lines are allowed anywhere

    enum class Kind {
        Leg1,
        Leg2,
        Dates,
        Unknown
    } kind = Kind::Unknown;
    const char *rest = nullptr;
    // The labels as the site writes them are matched whole; variants take the slower way.
    const char *q = startsWith(p, e, "1st(1st leg)") ? p + 12 : matchLegLabel(p, e, "1st");
    if (q) {
        rest = skipBlanks(q, e);
        if (rest < e && *rest == ':') {
            kind = Kind::Dates;
            ++rest;
        } else {
            kind = Kind::Leg1;
        }
    } else if (const char *q2 = startsWith(p, e, "2nd (2nd leg)") ? p + 13 : matchLegLabel(p, e, "2nd")) {
        rest = skipBlanks(q2, e);
        kind = (rest < e && *rest == ':') ? Kind::Unknown : Kind::Leg2;
    }

    switch (kind) {
    case Kind::Unknown:
        if (m_context.countUnreadable(line.number)) {
            error(line, p,
                  tr("unrecognised line \"%1\": expected a tie's first leg \"1st(1st leg) HOME - AWAY 2:1 (1:0)\", "
                     "its second leg \"2nd (2nd leg) AWAY - HOME 1:1 (0:0)\" or its dates \"1st(1st leg): 03/07/2012 "
                     "...\"")
                      .arg(quote(p, e)));
        }
        return;
    case Kind::Leg1:
        if (m_state == State::ExpectLeg2 || m_state == State::ExpectDates)
            incompleteTie(line.number);
        m_state = readFirstLeg(line, rest) ? State::ExpectLeg2 : State::SkipTie;
        return;
    case Kind::Leg2:
        switch (m_state) {
        case State::ExpectLeg1:
            error(line, p,
                  tr("a second leg with no first leg before it: expected \"1st(1st leg) HOME - AWAY ...\" first; "
                     "this tie was skipped"));
            m_state = State::SkipTie;
            return;
        case State::ExpectDates:
            m_context.reportNamingLine(Severity::Error, line.number, line.column(p),
                                       tr("a second \"2nd (2nd leg)\" line for the tie from line %1: expected its "
                                          "dates line; that tie was skipped"),
                                       m_leg1.line);
            m_state = State::SkipTie;
            return;
        case State::SkipTie: return;
        case State::ExpectLeg2: m_state = readSecondLeg(line, rest) ? State::ExpectDates : State::SkipTie; return;
        }
        return;
    case Kind::Dates:
        switch (m_state) {
        case State::ExpectLeg1:
            error(line, p,
                  tr("a dates line with no tie before it: expected the first leg \"1st(1st leg) HOME - AWAY ...\""));
            return;
        case State::ExpectLeg2:
            incompleteTie(line.number);
            m_state = State::ExpectLeg1;
            return;
        case State::SkipTie: m_state = State::ExpectLeg1; return;
        case State::ExpectDates:
            readDates(line, rest);
            m_state = State::ExpectLeg1;
            return;
        }
        return;
    }
}

bool WorldfootballReader::matchClubs(const Line &line)
{
    // The second leg names the same clubs swapped; among all the ways both lines can be split
    // at " - ", take the one where that holds.
    const std::string &a = m_leg1.clubs;
    const std::string &b = m_leg2.clubs;
    for (const auto &[leftEnd1, rightBegin1] : m_leg1.splits) {
        const std::size_t homeLength = leftEnd1;
        const std::size_t awayLength = a.size() - rightBegin1;
        for (const auto &[leftEnd2, rightBegin2] : m_leg2.splits) {
            if (leftEnd2 != awayLength || b.size() - rightBegin2 != homeLength)
                continue;
            if (sameBytes(b.data(), a.data() + rightBegin1, awayLength)
                && sameBytes(b.data() + rightBegin2, a.data(), homeLength)) {
                m_home = std::uint32_t(homeLength);
                m_awayStart = rightBegin1;
                m_away = std::uint32_t(awayLength);
                return true;
            }
        }
    }
    const auto [l1, r1] = m_leg1.splits.front();
    const auto [l2, r2] = m_leg2.splits.front();
    const char *ad = a.data();
    const char *bd = b.data();
    m_context.report(
        Severity::Error, line.number, line.column(line.data + m_leg2.clubsOffset),
        tr("second leg names %1 - %2, but the first leg was %3 - %4; the tie was skipped")
            .arg(quote(bd, bd + l2), quote(bd + r2, bd + b.size()), quote(ad, ad + l1), quote(ad + r1, ad + a.size())));
    return false;
}

void WorldfootballReader::completeTie(const Line &datesLine, QByteArrayView winner, std::uint32_t winnerColumn)
{
    TieSet &set = m_context.set();
    Tie tie;
    tie.leg1 = m_leg1.leg;
    tie.leg2 = m_leg2.leg;
    const QByteArrayView home(m_leg1.clubs.data(), m_home);
    const QByteArrayView away(m_leg1.clubs.data() + m_awayStart, m_away);
    tie.home = set.clubs.intern(home);
    tie.away = set.clubs.intern(away);
    // The stated winner is nearly always one of the two clubs: no need to hash it again.
    tie.statedWinner = winner.isEmpty() ? NoClub
        : sameBytes(winner, home)       ? tie.home
        : sameBytes(winner, away)       ? tie.away
                                        : set.clubs.intern(winner);
    tie.line = m_leg1.line;
    tie.file = m_context.file();
    // What reading the scores found odd; the rules, evaluated after reading, add their own.
    if (m_leg1.inconsistent || m_leg2.inconsistent)
        tie.readFlags = InconsistentScore;
    tie.flags = tie.readFlags;

    TieSource source;
    source.file = m_context.file();
    source.leg1Line = m_leg1.line;
    source.leg2Line = m_leg2.line;
    source.datesLine = datesLine.number;
    source.leg1ScoreColumn = m_leg1.scoreColumn;
    source.leg2ScoreColumn = m_leg2.scoreColumn;
    source.winnerColumn = winnerColumn;
    if (set.ties.size() == set.ties.capacity()) {
        // The estimate was short: double, in huge pages.
        reserveInHugePages(set.ties, set.ties.size());
    }
    set.addReadTie(tie, source);
}

} // namespace tb
