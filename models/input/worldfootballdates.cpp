// SPDX-License-Identifier: GPL-3.0-or-later
// The worldfootball.net reader's dates line: "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 Winner: X".
#include "worldfootballreader.h"

#include <cstring>

#include <array>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tb {

using namespace bytes;

namespace {

// The julian day of the first of every month from 1900 to 2099, and of 1 January 2100: a month's
// first day and its length in one look, where the arithmetic of julianDay() and daysInMonth() is a
// chain of a dozen multiplications and a branch on the month. The parser reads two dates a tie.
constexpr int FirstTabledYear = 1900;
constexpr int TabledYears = 200;
constexpr auto MonthStarts = [] {
    std::array<std::int32_t, TabledYears * 12 + 1> starts{};
    for (int i = 0; i <= TabledYears * 12; ++i)
        starts[std::size_t(i)] = julianDay(FirstTabledYear + i / 12, i % 12 + 1, 1);
    return starts;
}();

// The julian day of a date, or 0 when there is no such day.
std::int32_t julianDayIfValid(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1)
        return 0;
    if (year >= FirstTabledYear && year < FirstTabledYear + TabledYears) {
        const auto i = std::size_t((year - FirstTabledYear) * 12 + month - 1);
        const std::int32_t first = MonthStarts[i];
        return day <= MonthStarts[i + 1] - first ? first + day - 1 : 0;
    }
    return year >= 1 && day <= daysInMonth(year, month) ? julianDay(year, month, day) : 0;
}

#ifdef __SSE2__
// Whether the sixteen bytes at p have the shape of the site's "DD/MM/YYYY HH:MM": digits, and
// the separators where it puts them. One compare of the block, where a test a byte is a branch
// a byte; the values are read afterwards, and checked by the caller.
bool hasSiteDateTimeShape(const char *p)
{
    const __m128i separators = _mm_setr_epi8(0, 0, '/', 0, 0, '/', 0, 0, 0, 0, ' ', 0, 0, ':', 0, 0);
    constexpr unsigned SeparatorPlaces = (1U << 2) | (1U << 5) | (1U << 10) | (1U << 13);
    return hasShape(p, separators, ~SeparatorPlaces & 0xFFFFU, SeparatorPlaces);
}
#endif

inline int twoDigits(const char *p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}

} // namespace

bool WorldfootballReader::readDateTime(const Line &line, const char *&p, const char *e, Leg &leg, bool first)
{
    p = skipBlanks(p, e);
#ifdef __SSE2__
    // The site's own form with its time, as nearly every date is written, followed by a blank
    // or the end. Out of range, or in any other form, it is read by the ways below.
    if (e - p >= 16 && hasSiteDateTimeShape(p) && (e - p == 16 || isBlank(p[16]))) {
        const int hours = twoDigits(p + 11);
        const int minutes = twoDigits(p + 14);
        const std::int32_t julian = julianDayIfValid(twoDigits(p + 6) * 100 + twoDigits(p + 8), twoDigits(p + 3),
                                                     twoDigits(p));
        if (julian != 0 && hours <= 23 && minutes <= 59) {
            leg.julianDay = julian;
            leg.kickoffMinutes = std::int16_t(hours * 60 + minutes);
            p += 16;
            return true;
        }
    }
#endif
    // The site's own form, "DD/MM/YYYY HH:MM" or "DD/MM/YYYY", read at fixed places. Anything
    // else, and any date or time out of range, takes the general way below (which reports it).
    if (e - p >= 10 && p[2] == '/' && p[5] == '/' && isDigit(p[0]) && isDigit(p[1]) && isDigit(p[3]) && isDigit(p[4])
        && isDigit(p[6]) && isDigit(p[7]) && isDigit(p[8]) && isDigit(p[9]) && (e - p == 10 || p[10] == ' ')) {
        const int day = (p[0] - '0') * 10 + (p[1] - '0');
        const int month = (p[3] - '0') * 10 + (p[4] - '0');
        const int year = (p[6] - '0') * 1000 + (p[7] - '0') * 100 + (p[8] - '0') * 10 + (p[9] - '0');
        const char *t = p + 11;
        const bool simpleTime = e - t >= 5 && isDigit(t[0]) && isDigit(t[1]) && t[2] == ':' && isDigit(t[3])
            && isDigit(t[4]) && (e - t == 5 || isBlank(t[5]));
        // A time, or none: never both (a time starts with two digits), so the nearly always
        // present time spares the other questions.
        const bool noTime = !simpleTime
            && (e - p == 10 || (t < e && !isDigit(*t) && !isBlank(*t)) || startsWith(t, e, "2nd"));
        const int hours = simpleTime ? (t[0] - '0') * 10 + (t[1] - '0') : 0;
        const int minutes = simpleTime ? (t[3] - '0') * 10 + (t[4] - '0') : 0;
        const std::int32_t julian = julianDayIfValid(year, month, day);
        if (julian != 0 && (noTime || (simpleTime && hours <= 23 && minutes <= 59))) {
            leg.julianDay = julian;
            if (noTime) {
                p += 10;
            } else {
                leg.kickoffMinutes = std::int16_t(hours * 60 + minutes);
                p = t + 5;
            }
            return true;
        }
    }
    if (p >= e || !isDigit(*p)) {
        warning(line, p < e ? p : nullptr, first ? tr("no date for the first leg") : tr("no date for the second leg"));
        return true;
    }
    const char *b = p;
    while (p < e && !isBlank(*p))
        ++p;
    // DD/MM/YYYY (a dot also separates, as some exports write it).
    const char *s1 = b;
    while (s1 < p && isDigit(*s1))
        ++s1;
    const char *s2 = s1 < p ? s1 + 1 : p;
    while (s2 < p && isDigit(*s2))
        ++s2;
    const bool shapeOk = s1 < p && (*s1 == '/' || *s1 == '.') && s2 < p && *s2 == *s1 && s1 - b >= 1 && s1 - b <= 2
        && s2 - s1 - 1 >= 1 && s2 - s1 - 1 <= 2 && p - s2 - 1 == 4 && allDigits(s2 + 1, p);
    if (!shapeOk) {
        error(line, b,
              tr("\"%1\" is not a date: expected day/month/year, such as 03/07/2012; the tie was skipped")
                  .arg(quote(b, p)));
        return false;
    }
    const int day = parseNumber(b, s1, 99);
    const int month = parseNumber(s1 + 1, s2, 99);
    const int year = parseNumber(s2 + 1, p, 9999);
    if (month < 1 || month > 12 || year < 1) {
        error(line, b,
              tr("\"%1\" is not a date: there is no month %2; the tie was skipped").arg(quote(b, p)).arg(month));
        return false;
    }
    if (day < 1 || day > daysInMonth(year, month)) {
        error(line, b,
              tr("\"%1\" is not a date: that month has %2 days; the tie was skipped")
                  .arg(quote(b, p))
                  .arg(daysInMonth(year, month)));
        return false;
    }
    leg.julianDay = julianDay(year, month, day);

    // An optional kick-off time HH:MM.
    const char *t = skipBlanks(p, e);
    if (t < e && isDigit(*t) && !matchLegLabel(t, e, "2nd")) {
        const char *te = t;
        while (te < e && !isBlank(*te))
            ++te;
        const auto *colon = static_cast<const char *>(std::memchr(t, ':', std::size_t(te - t)));
        const bool timeShape = colon && colon - t >= 1 && colon - t <= 2 && te - colon == 3 && allDigits(t, colon)
            && allDigits(colon + 1, te);
        const int hours = timeShape ? parseNumber(t, colon, 99) : 99;
        const int minutes = timeShape ? parseNumber(colon + 1, te, 99) : 99;
        if (hours > 23 || minutes > 59) {
            error(line, t,
                  tr("\"%1\" is not a time of day: expected hours and minutes from 00:00 to 23:59; the tie was "
                     "skipped")
                      .arg(quote(t, te)));
            return false;
        }
        leg.kickoffMinutes = std::int16_t(hours * 60 + minutes);
        p = te;
    }
    return true;
}

bool WorldfootballReader::readDates(const Line &line, const char *p)
{
    const char *e = trimBlanksRight(p, line.end);
    Leg &leg1 = m_leg1.leg;
    Leg &leg2 = m_leg2.leg;
    if (!readDateTime(line, p, e, leg1, true))
        return false;
    p = skipBlanks(p, e);
    const char *afterLabel = startsWith(p, e, "2nd (2nd leg)") ? p + 13 : matchLegLabel(p, e, "2nd");
    if (!afterLabel) {
        error(line, p < e ? p : nullptr,
              tr("expected \"2nd (2nd leg):\" and the second leg's date after the first leg's date, found \"%1\"; "
                 "the tie was skipped")
                  .arg(quote(p, e)));
        return false;
    }
    p = skipBlanks(afterLabel, e);
    if (p < e && *p == ':')
        ++p;
    if (!readDateTime(line, p, e, leg2, false))
        return false;
    p = skipBlanks(p, e);

    QByteArrayView winner; // empty: not stated
    std::uint32_t winnerColumn = 0;
    if (p == e) {
        warning(line, nullptr, tr("no \"Winner:\" at the end of the dates line; read the winner as not stated"));
    } else {
        const char *afterWinner = matchWord(p, e, "winner");
        if (afterWinner)
            afterWinner = skipBlanks(afterWinner, e);
        if (!afterWinner || afterWinner >= e || *afterWinner != ':') {
            error(line, p,
                  tr("expected \"Winner:\" and the winning club after the dates, found \"%1\"; the tie was skipped")
                      .arg(quote(p, e)));
            return false;
        }
        const char *name = skipBlanks(afterWinner + 1, e);
        // Every byte before the name was read as a label, a digit, a separator or a blank: all
        // ASCII, so the name's column is its byte offset, whatever the name itself holds.
        winnerColumn = std::uint32_t(name - line.data) + 1;
        winner = QByteArrayView(name, e - name);
    }
    completeTie(line, winner, winnerColumn);
    return true;
}

} // namespace tb
