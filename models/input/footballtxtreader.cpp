// SPDX-License-Identifier: GPL-3.0-or-later
// The Football.TXT reader: which line is which, titles, round headers and dates, and a round's matches paired into ties.
#include "footballtxtreader.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace tb {

using namespace bytes;
using namespace Qt::StringLiterals;

namespace {

// "»" and "▪", the two markers of a round header the format has used, in UTF-8.
constexpr char RoundMark[] = "\xC2\xBB";
constexpr char OldRoundMark[] = "\xE2\x96\xAA";

constexpr std::array<const char *, 7> Weekdays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<const char *, 12> Months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};

// The index of the three-letter word at p in `words` (any letter case), or -1.
template<std::size_t N>
int wordIndex(const char *p, const char *e, const std::array<const char *, N> &words)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (matchWord(p, e, words[i]))
            return int(i);
    }
    return -1;
}

const char *skipRoundMark(const char *p, const char *e)
{
    if (startsWith(p, e, RoundMark))
        return p + sizeof(RoundMark) - 1;
    if (startsWith(p, e, OldRoundMark))
        return p + sizeof(OldRoundMark) - 1;
    return nullptr;
}

struct DateText
{
    int weekday = -1; // 0 = Monday
    int month = 0; // 1-12
    int day = 0;
    int year = 0; // 0: not written
    const char *end = nullptr;
};

// "Tue Feb/12 2019" or "Wed Feb/13": the words, not whether they make a date.
bool scanDate(const char *p, const char *e, DateText &out)
{
    out.weekday = wordIndex(p, e, Weekdays);
    if (out.weekday < 0 || p + 3 >= e || !isBlank(p[3]))
        return false;
    p = skipBlanks(p + 3, e);
    const int month = wordIndex(p, e, Months);
    if (month < 0 || p + 3 >= e || p[3] != '/')
        return false;
    out.month = month + 1;
    p += 4;
    const char *digits = p;
    while (p < e && isDigit(*p) && p - digits < 2)
        ++p;
    if (p == digits || (p < e && !isBlank(*p)))
        return false;
    out.day = parseNumber(digits, p, 99);
    const char *q = skipBlanks(p, e);
    if (e - q >= 4 && allDigits(q, q + 4) && (q + 4 == e || isBlank(q[4]))) {
        out.year = parseNumber(q, q + 4, 9999);
        p = q + 4;
    }
    out.end = p;
    return true;
}

int weekdayOf(std::int32_t julianDay)
{
    return int(julianDay % 7); // 0 = Monday, as QDate::fromJulianDay(j).dayOfWeek() - 1
}

// "21.00" (or "21:00") followed by a blank: minutes after midnight, or -1.
int scanKickoff(const char *p, const char *e, const char *&after)
{
    const char *q = p;
    while (q < e && isDigit(*q) && q - p < 2)
        ++q;
    if (q == p || q >= e || (*q != '.' && *q != ':') || e - q < 4 || !isDigit(q[1]) || !isDigit(q[2])
        || (q + 3 < e && !isBlank(q[3])))
        return -1;
    const int hours = parseNumber(p, q, 99);
    const int minutes = parseNumber(q + 1, q + 3, 99);
    after = q + 3;
    return hours < 24 && minutes < 60 ? hours * 60 + minutes : -2;
}

// A club's name without the country code in brackets that ends it: "Manchester United (ENG)".
QByteArrayView withoutCountry(const char *b, const char *e)
{
    e = trimBlanksRight(b, e);
    if (e - b >= 4 && e[-1] == ')') {
        const char *open = e - 2;
        while (open > b && *open >= 'A' && *open <= 'Z')
            --open;
        const auto letters = e - 1 - (open + 1);
        if (*open == '(' && letters >= 2 && letters <= 4)
            e = trimBlanksRight(b, open);
    }
    return QByteArrayView(b, e - b);
}

// Where the country code "(FRA)" after the away club ends, or nullptr.
const char *countryEnd(const char *p, const char *e)
{
    for (; p < e; ++p) {
        if (*p != '(')
            continue;
        const char *q = p + 1;
        while (q < e && *q >= 'A' && *q <= 'Z')
            ++q;
        if (q < e && *q == ')' && q - p - 1 >= 2 && q - p - 1 <= 4 && (q + 1 == e || isBlank(q[1])))
            return q + 1;
    }
    return nullptr;
}

// "2-1": returns the end, or nullptr.
const char *scanScore(const char *p, const char *e, Score &score, bool &tooLarge)
{
    const char *q = p;
    while (q < e && isDigit(*q))
        ++q;
    if (q == p || q >= e || *q != '-')
        return nullptr;
    const char *r = q + 1;
    while (r < e && isDigit(*r))
        ++r;
    if (r == q + 1 || (r < e && !isBlank(*r) && *r != ',' && *r != ')'))
        return nullptr;
    const int home = parseNumber(p, q, MaxGoals);
    const int away = parseNumber(q + 1, r, MaxGoals);
    tooLarge = home > MaxGoals || away > MaxGoals;
    score.home = std::int16_t(std::min(home, MaxGoals));
    score.away = std::int16_t(std::min(away, MaxGoals));
    return r;
}

// "pen." / "a.e.t." (with or without the dots): the end of the word, or nullptr.
const char *scanMark(const char *p, const char *e, const char *withDots, const char *without)
{
    if (const char *q = matchWord(p, e, withDots); q && (q == e || isBlank(*q) || *q == '('))
        return q;
    if (const char *q = matchWord(p, e, without); q && (q == e || isBlank(*q) || *q == '('))
        return q;
    return nullptr;
}

} // namespace

bool FootballTxtReader::canRead(QByteArrayView head)
{
    // The first line that is not blank or a comment decides: the title, a round or a date.
    const char *p = head.data();
    const char *e = p + head.size();
    bool first = true;
    while (p < e) {
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', std::size_t(e - p)));
        const char *end = newline ? newline : e;
        const char *b = first && startsWith(p, end, "\xEF\xBB\xBF") ? p + 3 : p;
        first = false;
        b = skipBlanks(b, end);
        if (b < end && *b != '#') {
            if (*b == '=')
                return end - b > 2 && isBlank(b[1]);
            if (skipRoundMark(b, end))
                return true;
            DateText date;
            return scanDate(b, end, date);
        }
        p = newline ? newline + 1 : e;
    }
    return false;
}

std::unique_ptr<Reader> FootballTxtReader::create(ReadContext &context)
{
    return std::make_unique<FootballTxtReader>(context);
}

QString FootballTxtReader::describe()
{
    return tr("openfootball's Football.TXT, where rounds \"» Round of 16\" list dates \"Tue Feb/12 2019\" and "
              "matches \"21.00  HOME (ENG) v AWAY (FRA)  0-2 (0-0)\", and a tie is a match and its return match "
              "in the same round");
}

QString FootballTxtReader::roundKey(QStringView header)
{
    // ", Matchday 2", ", Leg 2", ", 2nd Leg", ", Second leg" name a part of a round.
    static const QRegularExpression part(
        u"(^|,\\s*)(matchday\\s*\\d+|leg\\s*\\d+|(1st|2nd|first|second)\\s+leg)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString key = header.trimmed().toString();
    const QRegularExpressionMatch found = part.match(key);
    if (found.hasMatch())
        key.truncate(found.capturedStart());
    return key.trimmed();
}

void FootballTxtReader::skipLine()
{
    // A line that is not text loses only the match on it; its return match is then single.
}

void FootballTxtReader::finish()
{
    closeRound();
}

void FootballTxtReader::readLine(const Line &line)
{
    const char *p = skipBlanks(line.data, line.end);
    const char *e = line.end;
    if (p == e || *p == '#')
        return; // blank lines and comments are allowed anywhere
    if (*p == '=') {
        readTitle(line, p);
        return;
    }
    if (const char *rest = skipRoundMark(p, e)) {
        readRoundHeader(line, rest);
        return;
    }
    if (readDate(line, p))
        return;
    readMatch(line, p);
}

void FootballTxtReader::readTitle(const Line &line, const char *p)
{
    // "= UEFA Champions League 2018/19": the season's first year, for dates written without one.
    const char *e = line.end;
    for (const char *q = p; q + 4 <= e; ++q) {
        if (allDigits(q, q + 4) && (q == p || !isDigit(q[-1])) && (q + 4 == e || !isDigit(q[4]))) {
            m_seasonYear = parseNumber(q, q + 4, 9999);
            return;
        }
    }
}

void FootballTxtReader::readRoundHeader(const Line &line, const char *p)
{
    const char *e = trimBlanksRight(p, line.end);
    p = skipBlanks(p, e);
    if (p == e) {
        // A mark alone names no round: the round read so far goes on, and its ties keep its name.
        error(line, skipBlanks(line.data, line.end),
              tr("a round mark without the round's name, such as \"» Round of 16\"; the line was skipped"));
        return;
    }
    const QString header = QString::fromUtf8(p, e - p);
    const QString key = roundKey(header);
    // The next matchday of the round read so far goes on with it.
    if (m_roundLine > 0 && key == m_roundKey && !key.isEmpty())
        return;
    closeRound();
    m_roundKey = key;
    m_roundName = key.isEmpty() ? header : key;
    m_roundLine = line.number;
    m_context.addRound(line.number, m_roundName);
}

bool FootballTxtReader::readDate(const Line &line, const char *p)
{
    DateText date;
    if (!scanDate(p, line.end, date))
        return false;
    const char *rest = skipBlanks(date.end, line.end);
    if (rest < line.end && *rest != '#')
        warning(line, rest, tr("\"%1\" after the date was ignored").arg(quoteText(rest, line.end)));
    const QString written = quoteText(p, date.end);
    const auto valid = [&date](int year) {
        return year > 0 && date.month >= 1 && date.day >= 1 && date.day <= daysInMonth(year, date.month);
    };
    m_julianDay = 0;
    if (date.year > 0) {
        if (!valid(date.year)) {
            error(line, p, tr("\"%1\" is not a date: the matches below it have no date").arg(written));
            return true;
        }
        m_year = date.year;
        m_julianDay = julianDay(date.year, date.month, date.day);
        if (weekdayOf(m_julianDay) != date.weekday) {
            const char *day = skipBlanks(p + 3, date.end); // "Feb/12 2019", without the weekday
            warning(line, p,
                    tr("%1 was a %2, not a %3: the date was taken as written")
                        .arg(quoteText(day, date.end), QLocale().dayName(weekdayOf(m_julianDay) + 1),
                             QLocale().dayName(date.weekday + 1)));
        }
        return true;
    }
    // No year: the year above, carried forward, or the next one (before any year, the season's
    // two from the title), whichever calendar puts this date on its weekday. Consecutive years
    // never both do.
    const int first = m_year > 0 ? m_year : m_seasonYear;
    if (first == 0) {
        error(line, p,
              tr("\"%1\" has no year, and neither the title nor a date above gives one: write it as in \"Tue "
                 "Feb/12 2019\"; the matches below it have no date")
                  .arg(written));
        return true;
    }
    if (!valid(first) && !valid(first + 1)) {
        error(line, p, tr("\"%1\" is not a date: the matches below it have no date").arg(written));
        return true;
    }
    for (const int year : {first, first + 1}) {
        if (valid(year) && weekdayOf(julianDay(year, date.month, date.day)) == date.weekday) {
            m_year = year;
            m_julianDay = julianDay(year, date.month, date.day);
            return true;
        }
    }
    const int year = std::max(m_year, first);
    if (valid(year))
        m_julianDay = julianDay(year, date.month, date.day);
    warning(line, p,
            tr("\"%1\" is on that weekday neither in %2 nor in %3: taken as in %4")
                .arg(written, QString::number(first), QString::number(first + 1), QString::number(year)));
    return true;
}

void FootballTxtReader::readMatch(const Line &line, const char *p)
{
    const char *e = trimBlanksRight(p, line.end);
    const char *start = p;
    const char *afterTime = nullptr;
    const int kickoff = scanKickoff(p, e, afterTime);
    if (kickoff == -2) {
        warning(line, p,
                tr("\"%1\" is not a time of day: the match has no kick-off time").arg(quoteText(p, afterTime)));
        m_kickoff = -1;
        p = skipBlanks(afterTime, e);
    } else if (kickoff >= 0) {
        m_kickoff = std::int16_t(kickoff);
        p = skipBlanks(afterTime, e);
    }

    // " v " between the clubs; the one right after a country code when a name holds one too.
    const char *separator = nullptr;
    for (const char *q = p; q + 3 <= e; ++q) {
        if (q[0] == ' ' && q[1] == 'v' && q[2] == ' ') {
            if (!separator)
                separator = q;
            if (trimBlanksRight(p, q) > p && trimBlanksRight(p, q)[-1] == ')') {
                separator = q;
                break;
            }
        }
    }
    if (!separator) {
        if (m_context.countUnreadable(line.number)) {
            error(line, start,
                  tr("unrecognised line \"%1\": expected a round \"» Round of 16\", a date \"Tue Feb/12 2019\" or a "
                     "match \"21.00  HOME (ENG) v AWAY (FRA)  0-2 (0-0)\"")
                      .arg(quoteText(start, e)));
        }
        return;
    }
    Match match;
    match.line = line.number;
    match.leg.kickoffMinutes = m_kickoff;
    match.leg.julianDay = m_julianDay;
    const QByteArrayView home = withoutCountry(p, separator);
    const char *awayBegin = skipBlanks(separator + 3, e);
    const char *awayCode = countryEnd(awayBegin, e);
    const char *resultBegin = e;
    if (awayCode) {
        resultBegin = skipBlanks(awayCode, e);
    } else {
        // No country code: the result is what follows the last wide gap, if it starts a score.
        for (const char *q = e; q > awayBegin + 1; --q) {
            if (isDigit(*(q - 1)) && isBlank(q[-2]) && q - 3 >= awayBegin && isBlank(q[-3])) {
                resultBegin = q - 1;
                break;
            }
        }
    }
    const QByteArrayView away = withoutCountry(awayBegin, awayCode ? awayCode : resultBegin);
    if (home.isEmpty() || away.isEmpty()) {
        error(line, home.isEmpty() ? p : awayBegin,
              tr("a match needs two clubs, \"HOME (ENG) v AWAY (FRA)\": %1 is empty; the match was skipped")
                  .arg(home.isEmpty() ? tr("the home club") : tr("the away club")));
        return;
    }
    match.home.assign(home.data(), std::size_t(home.size()));
    match.away.assign(away.data(), std::size_t(away.size()));
    if (resultBegin < e) {
        match.scoreColumn = line.column(resultBegin);
        match.broken = !readResult(line, resultBegin, e, match);
    } else {
        match.leg.status = LegStatus::NotPlayed; // no result: not played yet
        match.scoreColumn = line.column(e);
    }
    m_matches.push_back(std::move(match));
}

bool FootballTxtReader::readResult(const Line &line, const char *b, const char *e, Match &match)
{
    // [P-Q pen.] F-A [a.e.t.] [(h-a) | (n-m, h-a)]
    const auto fail = [&](const char *at, const QString &why) {
        error(line, at, tr("%1; the match and the tie it belongs to were skipped").arg(why));
        return false;
    };
    const auto expectedScore = [&](const char *at) {
        return fail(at, tr("expected a score such as 2-1 here, found \"%1\"").arg(quoteText(at, e)));
    };
    bool tooLarge = false;
    const auto large = [&](const char *at) {
        return fail(at, tr("more than %1 goals for one side is not a score").arg(MaxGoals));
    };
    // A score at `at` into `score`: the blank-skipped position after it, or null once the
    // failure is reported.
    const auto scoreAt = [&](const char *at, Score &score) -> const char * {
        const char *end = scanScore(at, e, score, tooLarge);
        if (!end)
            return expectedScore(at), nullptr;
        if (tooLarge)
            return large(at), nullptr;
        return skipBlanks(end, e);
    };
    Leg &leg = match.leg;
    Score first;
    const char *p = scoreAt(b, first);
    if (!p)
        return false;
    Score main = first;
    Score penalties;
    if (const char *q = scanMark(p, e, "pen.", "pen")) {
        penalties = first;
        p = scoreAt(skipBlanks(q, e), main);
        if (!p)
            return false;
    }
    bool extraTime = false;
    if (const char *q = scanMark(p, e, "a.e.t.", "aet")) {
        extraTime = true;
        p = skipBlanks(q, e);
    }
    Score inBrackets[2];
    int count = 0;
    const char *bracketAt = p;
    if (p < e && *p == '(') {
        p = skipBlanks(p + 1, e);
        while (true) {
            if (count == 2)
                return fail(p,
                            tr("more than two scores in brackets: expected \"(1-0)\" or, after \"a.e.t.\", "
                               "\"(2-1, 1-0)\""));
            p = scoreAt(p, inBrackets[count]);
            if (!p)
                return false;
            ++count;
            if (p < e && *p == ',') {
                p = skipBlanks(p + 1, e);
                continue;
            }
            if (p < e && *p == ')') {
                p = skipBlanks(p + 1, e);
                break;
            }
            return fail(p, tr("expected \",\" or \")\" after the score in brackets"));
        }
    }
    if (p < e && *p != '#') {
        warning(line, p, tr("\"%1\" after the result was ignored").arg(quoteText(p, e)));
    }

    if (penalties.isValid())
        leg.penalties = penalties;
    if (extraTime) {
        // "3-1 a.e.t. (2-1, 1-1)": after 120 minutes, then (after 90, half time).
        leg.status = penalties.isValid() ? LegStatus::PenaltiesAfterExtraTime : LegStatus::ExtraTime;
        leg.extraTime = main;
        if (count == 2) {
            leg.fullTime = inBrackets[0];
            leg.halfTime = inBrackets[1];
        } else {
            warning(line, count ? bracketAt : b,
                    tr("\"a.e.t.\" without \"(2-1, 1-0)\": the score after 90 minutes is not given"));
            if (count == 1)
                leg.halfTime = inBrackets[0];
        }
        return true;
    }
    leg.status = penalties.isValid() ? LegStatus::PenaltiesAfter90 : LegStatus::Played;
    leg.fullTime = main;
    if (count == 2) {
        warning(line, bracketAt,
                tr("two scores in brackets without \"a.e.t.\": read the second as the half-time score"));
        leg.halfTime = inBrackets[1];
    } else if (count == 1) {
        leg.halfTime = inBrackets[0];
    } else if (main.home == 0 && main.away == 0) {
        leg.halfTime = main; // "0-0" needs no half time: it can only have been 0-0
    }
    return true;
}

void FootballTxtReader::closeRound()
{
    std::vector<Match> matches = std::move(m_matches);
    m_matches.clear();
    if (matches.empty())
        return;

    // A tie's clubs play each other twice in the round, home and away, and nobody else: in a
    // group each club plays several, so no pair of its matches is a tie.
    std::unordered_map<std::string, int> appearances;
    std::unordered_map<std::string, std::vector<std::size_t>> byPair;
    const auto pairKey = [](const std::string &home, const std::string &away) {
        std::string key = home;
        key.push_back('\0');
        key += away;
        return key;
    };
    for (std::size_t i = 0; i < matches.size(); ++i) {
        ++appearances[matches[i].home];
        ++appearances[matches[i].away];
        byPair[pairKey(matches[i].home, matches[i].away)].push_back(i);
    }
    std::vector<bool> used(matches.size());
    std::vector<std::size_t> single;
    int ties = 0;
    TieSet &set = m_context.set();
    for (std::size_t i = 0; i < matches.size(); ++i) {
        if (used[i])
            continue;
        const Match &first = matches[i];
        std::size_t partner = matches.size();
        if (appearances[first.home] == 2 && appearances[first.away] == 2) {
            const auto found = byPair.find(pairKey(first.away, first.home));
            if (found != byPair.end()) {
                for (const std::size_t j : found->second) {
                    if (j > i && !used[j]) {
                        partner = j;
                        break;
                    }
                }
            }
        }
        if (partner == matches.size()) {
            single.push_back(i);
            continue;
        }
        used[i] = used[partner] = true;
        ++ties;
        const Match &second = matches[partner];
        if (first.broken || second.broken)
            continue; // said at the broken line
        Tie tie;
        tie.leg1 = first.leg;
        tie.leg2 = second.leg;
        tie.home = set.clubs.intern(QByteArrayView(first.home.data(), qsizetype(first.home.size())));
        tie.away = set.clubs.intern(QByteArrayView(first.away.data(), qsizetype(first.away.size())));
        tie.line = first.line;
        tie.file = m_context.file();
        tie.readFlags = WinnerNotWritten;
        tie.flags = tie.readFlags;
        TieSource source;
        source.file = m_context.file();
        source.leg1Line = first.line;
        source.leg2Line = second.line;
        source.datesLine = second.line;
        source.leg1ScoreColumn = first.scoreColumn;
        source.leg2ScoreColumn = second.scoreColumn;
        set.addReadTie(tie, source);
    }

    if (!single.empty()) {
        const std::uint32_t at = m_roundLine > 0 ? m_roundLine : matches[single.front()].line;
        const QString round = m_roundName.isEmpty() ? tr("Matches before any round") : m_roundName;
        const auto count = int(single.size());
        if (ties == 0) {
            // A group, a league phase or a final: nothing is wrong, the matches are just not ties.
            m_context.report(Severity::Note, at, 1,
                             count == 1 ? tr("%1: 1 single match, not a two-legged tie").arg(round)
                                        : tr("%1: %2 single matches, not two-legged ties").arg(round).arg(count));
        } else {
            // Among ties, a match without its return match is a gap in the file.
            QStringList listed;
            for (std::size_t k = 0; k < single.size() && k < 3; ++k) {
                const Match &m = matches[single[k]];
                listed << tr("%1 v %2 (line %3)")
                              .arg(QString::fromStdString(m.home), QString::fromStdString(m.away))
                              .arg(m.line);
            }
            if (single.size() > 3)
                listed << tr("%1 more").arg(single.size() - 3);
            m_context.report(
                Severity::Warning, at, 1,
                tr("%1: %2 without a return match in the round, so not part of a tie: %3")
                    .arg(round, count == 1 ? tr("1 match") : tr("%1 matches").arg(count), listed.join(u", "_s)));
        }
    }
}

} // namespace tb
