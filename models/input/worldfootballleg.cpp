// SPDX-License-Identifier: GPL-3.0-or-later
// The worldfootball.net reader's leg lines: "1st(1st leg) HOME - AWAY 2:1 (1:0)", every result notation.
#include "worldfootballreader.h"

#include <cstring>

namespace tb {

using namespace bytes;

namespace {

// More " - " separators than this in one line cannot be club names; it also bounds the work of
// matching the two legs' splits against each other.
constexpr int MaxSeparators = 64;

struct StatusWord
{
    const char *text;
    LegStatus status;
};

constexpr StatusWord StatusWords[] = {
    {"abor.", LegStatus::Abandoned}, {"abor", LegStatus::Abandoned},      {"annull.", LegStatus::Annulled},
    {"annull", LegStatus::Annulled}, {"resch.", LegStatus::Rescheduled},  {"resch", LegStatus::Rescheduled},
    {"wo", LegStatus::Walkover},     {"w/o", LegStatus::Walkover},        {"w.o.", LegStatus::Walkover},
    {"dnp", LegStatus::DidNotPlay},  {"dec.", LegStatus::DecidedAtTable}, {"dec", LegStatus::DecidedAtTable},
};

// Whether [b, e) ends in a result with a score, "F:A" or "F:A (h:a)": what "dec." follows when
// it marks an awarded score. Club names end in letters or a bracket with letters, never in this.
bool endsWithScore(const char *b, const char *e)
{
    if (e > b && e[-1] == ')') {
        const void *open = memrchr(b, '(', std::size_t(e - 1 - b));
        if (!open || !std::memchr(open, ':', std::size_t(e - 1 - static_cast<const char *>(open))))
            return false;
        e = trimBlanksRight(b, static_cast<const char *>(open));
    }
    const char *token = e;
    while (token > b && !isBlank(token[-1]))
        --token;
    return token < e && isDigit(*token) && isDigit(e[-1]) && std::memchr(token, ':', std::size_t(e - token));
}

// The site's way of writing the scores in brackets, "1:0", "1:0, 1:1" or "1:0, 1:1, 2:1": one
// digit a side, a comma and one blank between them. Then they are read at fixed places, with a
// branch or two where the general way below takes one per byte. Anything else is left to it.
bool oneDigitScores(const char *b, const char *e, Score (&scores)[3], int &count)
{
    const std::ptrdiff_t length = e - b;
    if (length != 3 && length != 8 && length != 13)
        return false;
    const std::ptrdiff_t n = length / 5 + 1;
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        const char *q = b + 5 * i;
        if (!isDigit(q[0]) || q[1] != ':' || !isDigit(q[2]) || (i + 1 < n && (q[3] != ',' || q[4] != ' ')))
            return false;
        scores[i] = Score{std::int16_t(q[0] - '0'), std::int16_t(q[2] - '0')};
    }
    count = int(n);
    return true;
}

} // namespace

WorldfootballReader::ScoreError WorldfootballReader::parseScore(const char *b, const char *e, Score &score)
{
    if (b >= e)
        return ScoreError::Empty;
    // The common case, one digit a side.
    if (e - b == 3 && b[1] == ':' && isDigit(b[0]) && isDigit(b[2])) {
        score.home = std::int16_t(b[0] - '0');
        score.away = std::int16_t(b[2] - '0');
        return ScoreError::None;
    }
    const char *colon = findInShort(b, e, ':');
    if (!colon)
        return ScoreError::NotNumbers;
    const char *hb = b, *he = trimBlanksRight(b, colon);
    const char *ab = skipBlanks(colon + 1, e), *ae = e;
    if ((hb < he && *hb == '-' && allDigits(hb + 1, he)) || (ab < ae && *ab == '-' && allDigits(ab + 1, ae)))
        return ScoreError::Negative;
    if (!allDigits(hb, he) || !allDigits(ab, ae))
        return ScoreError::NotNumbers;
    const int home = parseNumber(hb, he, MaxGoals);
    const int away = parseNumber(ab, ae, MaxGoals);
    if (home > MaxGoals || away > MaxGoals)
        return ScoreError::TooLarge;
    score.home = std::int16_t(home);
    score.away = std::int16_t(away);
    return ScoreError::None;
}

bool WorldfootballReader::reportScoreError(const Line &line, const char *b, const char *e, ScoreError scoreError)
{
    switch (scoreError) {
    case ScoreError::None: return true;
    case ScoreError::Empty: tieError(line, b, tr("expected a score such as 1:0 here")); break;
    case ScoreError::NotNumbers:
        tieError(line, b,
                 tr("\"%1\" is not a score: expected the goals of each side in digits, such as 2:1").arg(quote(b, e)));
        break;
    case ScoreError::Negative:
        tieError(line, b, tr("\"%1\" is not a score: goals cannot be negative").arg(quote(b, e)));
        break;
    case ScoreError::TooLarge:
        tieError(line, b, tr("\"%1\" is not a score: more than %2 goals").arg(quote(b, e)).arg(MaxGoals));
        break;
    }
    return false;
}

bool WorldfootballReader::readFirstLeg(const Line &line, const char *p)
{
    const char *clubsBegin = nullptr;
    const char *clubsEnd = readLegResult(line, p, m_leg1, clubsBegin);
    if (!clubsEnd)
        return false;
    m_leg1.scoreColumn = line.column(line.data + m_leg1.scoreOffset);
    return splitClubs(line, clubsBegin, clubsEnd, m_leg1);
}

bool WorldfootballReader::readSecondLeg(const Line &line, const char *p)
{
    const char *clubsBegin = nullptr;
    const char *clubsEnd = readLegResult(line, p, m_leg2, clubsBegin);
    if (!clubsEnd)
        return false;
    if (matchSwappedClubs(clubsBegin, clubsEnd)) {
        // Before the result both lines have their label, blanks, the same two names and a dash,
        // and only the names can be anything but ASCII: the characters before the result are
        // the bytes less the names' continuation bytes, which the first leg counted.
        const std::uint32_t continuations = m_leg1.scoreOffset + 1 - m_leg1.scoreColumn;
        m_leg2.scoreColumn = m_leg2.scoreOffset + 1 - continuations;
        return true;
    }
    m_leg2.scoreColumn = line.column(line.data + m_leg2.scoreOffset);
    return splitClubs(line, clubsBegin, clubsEnd, m_leg2) && matchClubs(line);
}

bool WorldfootballReader::matchSwappedClubs(const char *b, const char *e)
{
    // Nearly every second leg: "AWAY - HOME", the first leg's one split swapped. Then matching
    // the splits of both lines would choose that split, so it is taken without them. With more
    // than one split in the first leg, the choice between them is matchClubs()'s.
    if (m_leg1.splits.size() != 1)
        return false;
    const std::string &first = m_leg1.clubs;
    const auto [homeLength, awayBegin] = m_leg1.splits.front();
    const std::size_t awayLength = first.size() - awayBegin;
    const auto length = std::size_t(e - b);
    // The names, and between them blanks, one dash, blanks: the split matchClubs() would take.
    if (length < awayLength + homeLength + 3 || !sameBytes(b, first.data() + awayBegin, awayLength)
        || !sameBytes(e - homeLength, first.data(), homeLength))
        return false;
    const char *separator = b + awayLength;
    const char *separatorEnd = e - homeLength;
    const char *dash = skipBlanks(separator, separatorEnd);
    if (dash == separator || dash == separatorEnd || *dash != '-')
        return false;
    const char *afterDash = skipBlanks(dash + 1, separatorEnd);
    if (afterDash == dash + 1 || afterDash != separatorEnd)
        return false;
    m_home = homeLength;
    m_awayStart = awayBegin;
    m_away = std::uint32_t(awayLength);
    return true;
}

const char *WorldfootballReader::readPlainResult(const Line &line, const char *p, const char *e, LegText &out)
{
    // [p, e): the line after its label, trimmed. The ways below would read these two results as
    // they are read here: no suffix, the one-digit scores at their places.
    Leg &leg = out.leg;
#ifdef __SSE2__
    // " F:A (h:a)": the sixteen bytes that end the line, of which the last ten are looked at in
    // one compare, as the dates line's are (more than four in five legs).
    if (e - p >= 11 && e - line.data >= 16) {
        const __m128i separators = _mm_setr_epi8(0, 0, 0, 0, 0, 0, ' ', 0, ':', 0, ' ', '(', 0, ':', 0, ')');
        constexpr unsigned DigitPlaces = (1U << 7) | (1U << 9) | (1U << 12) | (1U << 14);
        constexpr unsigned SeparatorPlaces = (1U << 6) | (1U << 8) | (1U << 10) | (1U << 11) | (1U << 13) | (1U << 15);
        if (hasShape(e - 16, separators, DigitPlaces, SeparatorPlaces)) {
            out.scoreOffset = std::uint32_t(e - 9 - line.data);
            leg.status = LegStatus::Played;
            leg.fullTime = Score{std::int16_t(e[-9] - '0'), std::int16_t(e[-7] - '0')};
            leg.halfTime = Score{std::int16_t(e[-4] - '0'), std::int16_t(e[-2] - '0')};
            return trimBlanksRight(p, e - 10);
        }
    }
#endif
    // " F:A": the score alone.
    if (e - p >= 5 && e[-4] == ' ' && e[-2] == ':' && isDigit(e[-3]) && isDigit(e[-1])) {
        out.scoreOffset = std::uint32_t(e - 3 - line.data);
        leg.status = LegStatus::Played;
        leg.fullTime = Score{std::int16_t(e[-3] - '0'), std::int16_t(e[-1] - '0')};
        return trimBlanksRight(p, e - 4);
    }
    return nullptr;
}

const char *WorldfootballReader::readLegResult(const Line &line, const char *p, LegText &out, const char *&clubsBegin)
{
    out.leg = Leg();
    out.line = line.number;
    out.inconsistent = false;
    const char *e = trimBlanksRight(p, line.end);
    p = skipBlanks(p, e);
    if (const char *clubsEnd = readPlainResult(line, p, e, out)) {
        clubsBegin = p;
        return clubsEnd;
    }

    // The result is at the end of the line; everything before it is the two clubs.
    enum {
        NoSuffix,
        Aet,
        Pso,
        Awarded
    } suffix = NoSuffix;
    const char *suffixWord = nullptr;
    if (e - p >= 4 && (isBlank(e[-4]) || e[-4] == ')')) {
        if (equalsWord(e - 3, e, "aet"))
            suffix = Aet;
        else if (equalsWord(e - 3, e, "pso"))
            suffix = Pso;
        if (suffix != NoSuffix) {
            suffixWord = e - 3;
            e = trimBlanksRight(p, e - 3);
        }
    }
    if (suffix == NoSuffix) {
        // "dec." after a score is an awarded score; alone it stays the status word.
        const char *word = e - 4;
        if (e - p >= 5 && equalsWord(word, e, "dec."))
            ;
        else if (e - p >= 4 && equalsWord(e - 3, e, "dec"))
            word = e - 3;
        else
            word = nullptr;
        if (word && (isBlank(word[-1]) || word[-1] == ')') && endsWithScore(p, trimBlanksRight(p, word))) {
            suffix = Awarded;
            suffixWord = word;
            e = trimBlanksRight(p, word);
        }
    }
    const char *bracketOpen = nullptr, *bracketClose = nullptr;
    if (e > p && e[-1] == ')') {
        bracketClose = e - 1;
        const char *open = findLastInShort(p, bracketClose, '('); // a few bytes before the end
        if (!open) {
            tieError(line, bracketClose, tr("a closing bracket \")\" with no opening bracket before it"));
            return nullptr;
        }
        bracketOpen = open;
        e = trimBlanksRight(p, bracketOpen);
    }
    // The result's first word; most often three bytes, "2:1".
    const char *token = e;
    if (e - p >= 4 && isBlank(e[-4]) && !isBlank(e[-3]) && !isBlank(e[-2]) && !isBlank(e[-1])) {
        token = e - 3;
    } else {
        while (token > p && !isBlank(token[-1]))
            --token;
    }
    if (token == e || token == p) {
        tieError(line, e == p ? e : p,
                 tr("expected two clubs and a result, such as \"Víkingur - FK Gomel 0:6 (0:0)\""));
        return nullptr;
    }
    if (!readResult(line, token, e, bracketOpen, bracketClose, suffix, suffixWord, out))
        return nullptr;
    clubsBegin = p;
    return trimBlanksRight(p, token);
}

bool WorldfootballReader::splitClubs(const Line &line, const char *clubsBegin, const char *clubsEnd, LegText &out)
{
    const char *p = clubsBegin;
    // Every " - " (blanks, a dash, blanks) is a place where the names may split.
    out.clubs.assign(p, std::size_t(clubsEnd - p));
    out.clubsOffset = std::uint32_t(p - line.data);
    out.splits.clear();
    const char *c = out.clubs.data();
    const char *ce = c + out.clubs.size();
    for (const char *d = c; d < ce;) {
        const auto *dash = static_cast<const char *>(std::memchr(d, '-', std::size_t(ce - d)));
        if (!dash)
            break;
        d = dash + 1;
        if (dash == c || dash + 1 >= ce || !isBlank(dash[-1]) || !isBlank(dash[1]))
            continue;
        const char *leftEnd = trimBlanksRight(c, dash);
        const char *rightBegin = skipBlanks(dash + 1, ce);
        if (leftEnd == c || rightBegin == ce)
            continue;
        if (out.splits.size() == MaxSeparators) {
            tieError(line, p, tr("too many \" - \" separators to tell the two clubs apart"));
            return false;
        }
        out.splits.emplace_back(std::uint32_t(leftEnd - c), std::uint32_t(rightBegin - c));
    }
    if (out.splits.empty()) {
        tieError(line, p,
                 tr("expected the two clubs separated by \" - \", such as \"Víkingur - FK Gomel\", found \"%1\"")
                     .arg(quote(c, ce)));
        return false;
    }
    return true;
}

bool WorldfootballReader::readResult(const Line &line, const char *tokenBegin, const char *resultEnd,
                                     const char *bracketOpen, const char *bracketClose, int suffix,
                                     const char *suffixWord, LegText &out)
{
    Leg &leg = out.leg;
    out.scoreOffset = std::uint32_t(tokenBegin - line.data);

    // The main result: a score, "-:-" or a status word.
    Score main;
    bool hasMain = false;
    if (equalsWord(tokenBegin, resultEnd, "-:-")) {
        leg.status = LegStatus::NotPlayed;
    } else {
        bool found = false;
        for (const StatusWord &word : StatusWords) {
            if (isDigit(*tokenBegin))
                break;
            if (equalsWord(tokenBegin, resultEnd, word.text)) {
                leg.status = word.status;
                found = true;
                break;
            }
        }
        if (!found) {
            if (!findInShort(tokenBegin, resultEnd, ':')) {
                tieError(line, tokenBegin,
                         tr("expected a result at the end of the line, such as 2:1, 2:1 (1:0), -:- or a status word "
                            "such as abor., found \"%1\"")
                             .arg(quote(tokenBegin, resultEnd)));
                return false;
            }
            // The message only when there is one: this runs for every leg.
            if (const ScoreError scoreError = parseScore(tokenBegin, resultEnd, main); scoreError != ScoreError::None)
                return reportScoreError(line, tokenBegin, resultEnd, scoreError);
            hasMain = true;
            leg.status = LegStatus::Played;
        }
    }

    // The bracketed scores, comma separated.
    Score inBrackets[3];
    int count = 0;
    if (bracketOpen && !oneDigitScores(bracketOpen + 1, bracketClose, inBrackets, count)) {
        const char *b = bracketOpen + 1;
        while (true) {
            const char *comma = findInShort(b, bracketClose, ',');
            const char *partEnd = comma ? comma : bracketClose;
            const char *sb = skipBlanks(b, partEnd);
            const char *se = trimBlanksRight(sb, partEnd);
            if (count == 3) {
                tieError(line, sb,
                         tr("more than three scores in brackets: expected at most half time, after 90 minutes and "
                            "after extra time"));
                return false;
            }
            if (const ScoreError scoreError = parseScore(sb, se, inBrackets[count]); scoreError != ScoreError::None)
                return reportScoreError(line, sb, se, scoreError);
            ++count;
            if (!comma)
                break;
            b = comma + 1;
        }
    }

    if (!hasMain) {
        // "-:-" or a status word: a bracketed score can only be the score so far.
        if (count >= 1)
            leg.halfTime = inBrackets[0];
        return true;
    }

    // Messages about the brackets point at them, or at the "aet"/"pso" that wanted them.
    const char *suffixAt = bracketOpen ? bracketOpen : suffixWord;
    // A plain result, "F:A" or "F:A (h:a)"; or the same followed by "dec.": awarded with that score.
    if (suffix == 0 || suffix == 3) {
        leg.fullTime = main;
        if (suffix == 3)
            leg.status = LegStatus::Awarded;
        if (count >= 1)
            leg.halfTime = inBrackets[0];
        if (count >= 2) {
            warning(line, suffixAt,
                    (suffix == 3 ? tr("%1 scores in brackets before \"dec.\": read the first as the half-time score "
                                      "and ignored the others")
                                 : tr("%1 scores in brackets but no \"aet\" or \"pso\" after them: read the first as "
                                      "the half-time score and ignored the others"))
                        .arg(count));
            out.inconsistent = true;
        }
        return true;
    }
    if (suffix == 1) { // "F:A (h:a, n:m) aet": the score after 120 minutes comes first
        leg.status = LegStatus::ExtraTime;
        leg.extraTime = main;
        if (count >= 1)
            leg.halfTime = inBrackets[0];
        if (count >= 2)
            leg.fullTime = inBrackets[1];
        if (count == 1) {
            warning(line, suffixAt,
                    tr("\"aet\" with only one score in brackets: read it as the half-time score; the score after "
                       "90 minutes is not given"));
            out.inconsistent = true;
        } else if (count == 0) {
            warning(line, suffixAt,
                    tr("\"aet\" without scores in brackets: the half-time score and the score after 90 minutes are "
                       "not given"));
            out.inconsistent = true;
        } else if (count == 3) {
            warning(line, suffixAt,
                    tr("three scores in brackets with \"aet\": expected half time and after 90 minutes; the third "
                       "was ignored"));
            out.inconsistent = true;
        }
        return true;
    }
    // "P:Q (h:a, n:m[, e:f]) pso": the shoot-out score comes first.
    leg.penalties = main;
    leg.status = count == 3 ? LegStatus::PenaltiesAfterExtraTime : LegStatus::PenaltiesAfter90;
    if (count >= 1)
        leg.halfTime = inBrackets[0];
    if (count >= 2)
        leg.fullTime = inBrackets[1];
    if (count == 3)
        leg.extraTime = inBrackets[2];
    if (count < 2) {
        warning(line, suffixAt,
                tr("\"pso\" with %1 score(s) in brackets: expected half time and after 90 minutes (and after extra "
                   "time, if it was played); the score before the shoot-out is not given")
                    .arg(count));
        out.inconsistent = true;
    }
    return true;
}

} // namespace tb
