// SPDX-License-Identifier: GPL-3.0-or-later
// Reading engsoccerdata's champs.csv: rows to matches, matches to ties, play-offs and notes.
#include "engsoccerdatareader.h"

#include <QDate>
#include <QStringList>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

using Field = std::pair<const char *, const char *>; // a field's bytes, quotes taken off

// The header's names of the columns the reader takes, in EngsoccerdataReader::Column order.
constexpr const char *ColumnNames[] = {"Date", "Season", "round", "leg",  "home",     "visitor",
                                       "FT",   "HT",     "aet",   "pens", "tiewinner"};
static_assert(std::size(ColumnNames) == EngsoccerdataReader::ColumnCount);

// Splits one CSV line into its fields ("quoted" or not); false when a quote is not closed.
bool splitFields(const char *p, const char *e, std::vector<Field> &fields)
{
    fields.clear();
    while (true) {
        if (p < e && *p == '"') {
            const char *b = ++p;
            while (p < e && !(*p == '"' && (p + 1 == e || p[1] != '"')))
                p += *p == '"' ? 2 : 1; // a doubled quote is one quote inside the field
            if (p >= e)
                return false;
            fields.emplace_back(b, p);
            ++p; // the closing quote
        } else {
            const char *b = p;
            while (p < e && *p != ',')
                ++p;
            fields.emplace_back(b, p);
        }
        if (p >= e)
            return true;
        if (*p != ',')
            return false; // text after a closing quote
        ++p;
    }
}

// Where each column the reader takes is in the header `fields`; false when one is missing.
bool columnIndexes(const std::vector<Field> &fields, std::array<int, EngsoccerdataReader::ColumnCount> &index)
{
    for (std::size_t c = 0; c < std::size(ColumnNames); ++c) {
        const auto found = std::find_if(fields.begin(), fields.end(), [name = ColumnNames[c]](const Field &f) {
            return std::size_t(f.second - f.first) == std::strlen(name)
                && bytes::sameBytes(f.first, name, std::strlen(name));
        });
        if (found == fields.end())
            return false;
        index[c] = int(found - fields.begin());
    }
    return true;
}

bool isNA(Field f)
{
    const char *b = bytes::skipBlanks(f.first, f.second);
    const char *e = bytes::trimBlanksRight(b, f.second);
    return b == e || bytes::equalsWord(b, e, "na");
}

// "3-1" (blanks around allowed, as in the record's "4-3 "); invalid when it is not one.
Score readScore(Field f)
{
    const char *b = bytes::skipBlanks(f.first, f.second);
    const char *e = bytes::trimBlanksRight(b, f.second);
    const char *dash = std::find(b, e, '-');
    if (dash == e || !bytes::allDigits(b, dash) || !bytes::allDigits(dash + 1, e))
        return {};
    const int home = bytes::parseNumber(b, dash, MaxGoals);
    const int away = bytes::parseNumber(dash + 1, e, MaxGoals);
    if (home > MaxGoals || away > MaxGoals)
        return {};
    return {std::int16_t(home), std::int16_t(away)};
}

QString fieldText(Field f)
{
    QString text = QString::fromUtf8(f.first, f.second - f.first);
    text.replace(u"\"\""_s, u"\""_s);
    return text;
}

QString columnList()
{
    QStringList names;
    for (const char *name : ColumnNames)
        names << QString::fromLatin1(name);
    return names.join(u", ");
}

QString seasonName(int season)
{
    return QStringLiteral("%1-%2").arg(season).arg((season + 1) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

bool EngsoccerdataReader::canRead(QByteArrayView head)
{
    const char *b = head.data();
    const char *e = b + head.size();
    if (bytes::startsWith(b, e, "\xEF\xBB\xBF"))
        b += 3;
    const char *end = std::find(b, e, '\n');
    if (end > b && end[-1] == '\r')
        --end;
    std::vector<Field> fields;
    std::array<int, ColumnCount> index{};
    return splitFields(b, end, fields) && columnIndexes(fields, index);
}

std::unique_ptr<Reader> EngsoccerdataReader::create(ReadContext &context)
{
    return std::make_unique<EngsoccerdataReader>(context);
}

QString EngsoccerdataReader::describe()
{
    return tr("engsoccerdata's champs.csv, a CSV file whose first line names the columns \"Date\", \"Season\", "
              "\"round\", \"leg\", \"home\", \"visitor\", \"FT\", \"HT\", \"aet\", \"pens\" and \"tiewinner\", one "
              "match a row, where the legs \"1\" and \"2\" of the same clubs in a round make a tie");
}

void EngsoccerdataReader::readHeader(const Line &line)
{
    std::vector<Field> fields;
    if (!splitFields(line.data, line.end, fields) || !columnIndexes(fields, m_index)) {
        error(line.number, 1,
              tr("the first line does not name the columns of engsoccerdata's champs.csv (%1)").arg(columnList()));
        return;
    }
    m_fieldCount = int(fields.size());
    m_headerRead = true;
}

void EngsoccerdataReader::readLine(const Line &line)
{
    if (!m_headerRead && m_fieldCount == 0) {
        // The first line is the header (canRead() saw it); blank lines before it are not rows.
        if (bytes::skipBlanks(line.data, line.end) == line.end)
            return;
        readHeader(line);
        if (!m_headerRead)
            m_fieldCount = -1; // said once; the rows cannot be read
        return;
    }
    if (!m_headerRead || bytes::skipBlanks(line.data, line.end) == line.end)
        return;
    Match match;
    QString round;
    if (!readRow(line, match, round))
        return;
    const RoundKey key{match.season, round};
    auto [it, added] = m_roundIds.try_emplace(key, std::uint32_t(m_roundNames.size()));
    if (added)
        m_roundNames.push_back(
            tr("%1 %2", "a season, then a round of it: 1966-67 Round1").arg(seasonName(match.season), round));
    m_roundOf.push_back(it->second);
    m_matches.push_back(match);
}

bool EngsoccerdataReader::readRow(const Line &line, Match &match, QString &round)
{
    std::vector<Field> fields;
    if (!splitFields(line.data, line.end, fields)) {
        error(line.number, 1,
              tr("a quoted field is not closed, or text follows its closing quote: %1")
                  .arg(quoteText(line.data, line.end)));
        return false;
    }
    if (int(fields.size()) != m_fieldCount) {
        error(line.number, 1,
              tr("the row has %1 fields, but the header names %2").arg(fields.size()).arg(m_fieldCount));
        return false;
    }
    const auto field = [&](Column c) { return fields[std::size_t(m_index[c])]; };
    const auto column = [&](Column c) { return line.column(field(c).first); };
    match.line = line.number;

    // The date: 1955-09-04.
    const Field date = field(Date);
    const char *d = date.first;
    const bool dateShape = date.second - d == 10 && d[4] == '-' && d[7] == '-' && bytes::allDigits(d, d + 4)
        && bytes::allDigits(d + 5, d + 7) && bytes::allDigits(d + 8, d + 10);
    const int year = dateShape ? bytes::parseNumber(d, d + 4, 9999) : 0;
    const int month = dateShape ? bytes::parseNumber(d + 5, d + 7, 99) : 0;
    const int day = dateShape ? bytes::parseNumber(d + 8, d + 10, 99) : 0;
    if (!dateShape || year < 1800 || month < 1 || month > 12 || day < 1 || day > bytes::daysInMonth(year, month)) {
        error(line.number, column(Date),
              tr("\"%1\" is not a date written year-month-day (1955-09-04)").arg(fieldText(date)));
        return false;
    }
    match.leg.julianDay = bytes::julianDay(year, month, day);

    const Field season = field(Season);
    if (!bytes::allDigits(season.first, season.second) || season.second - season.first != 4) {
        error(line.number, column(Season), tr("\"%1\" is not a season's first year (1955)").arg(fieldText(season)));
        return false;
    }
    match.season = bytes::parseNumber(season.first, season.second, 9999);
    // A season runs from June to June: its final may be played in the June its successor's
    // first qualifiers are (Real Madrid - Stade Reims, 13 June 1956).
    if (match.leg.date() < QDate(match.season, 6, 1) || match.leg.date() > QDate(match.season + 1, 6, 30)) {
        warning(line.number, column(Date),
                tr("the match is dated %1, which is not in the season %2 the row names; the season is taken as "
                   "written")
                    .arg(fieldText(date), seasonName(match.season)));
    }
    round = fieldText(field(Round)).trimmed();

    const Field legField = field(LegColumn);
    match.legColumn = column(LegColumn);
    if (bytes::equalsWord(legField.first, legField.second, "1"))
        match.kind = Kind::FirstLeg;
    else if (bytes::equalsWord(legField.first, legField.second, "2"))
        match.kind = Kind::SecondLeg;
    else if (bytes::equalsWord(legField.first, legField.second, "replay"))
        match.kind = Kind::Replay;
    else if (bytes::equalsWord(legField.first, legField.second, "groups") || isNA(legField)
             || bytes::equalsWord(legField.first, legField.second, "initial"))
        match.kind = Kind::Single;
    else {
        error(line.number, match.legColumn,
              tr("\"%1\" is not a leg: 1, 2, replay, groups, initial or NA").arg(fieldText(legField)));
        return false;
    }

    const Field home = field(Home), visitor = field(Visitor);
    if (isNA(home) || isNA(visitor)) {
        error(line.number, column(isNA(home) ? Home : Visitor), tr("a club's name is missing"));
        return false;
    }
    TieSet &set = m_context.set();
    match.home = set.clubs.intern(QStringView(fieldText(home)));
    match.visitor = set.clubs.intern(QStringView(fieldText(visitor)));
    if (!isNA(field(TieWinner)))
        match.winner = set.clubs.intern(QStringView(fieldText(field(TieWinner))));
    match.winnerColumn = column(TieWinner);

    Leg &leg = match.leg;
    leg.fullTime = readScore(field(FT));
    if (!leg.fullTime.isValid()) {
        error(line.number, column(FT), tr("\"%1\" is not a full-time score (3-1)").arg(fieldText(field(FT))));
        return false;
    }
    leg.scoreColumn = std::uint8_t(std::min<std::uint32_t>(column(FT), 255));
    leg.status = LegStatus::Played;
    if (!isNA(field(HT))) {
        leg.halfTime = readScore(field(HT));
        if (!leg.halfTime.isValid())
            warning(line.number, column(HT),
                    tr("\"%1\" is not a half-time score; it is left out").arg(fieldText(field(HT))));
    }
    if (!isNA(field(Aet))) {
        leg.extraTime = readScore(field(Aet));
        if (!leg.extraTime.isValid()) {
            error(line.number, column(Aet), tr("\"%1\" is not a score after extra time").arg(fieldText(field(Aet))));
            return false;
        }
        leg.status = LegStatus::ExtraTime;
    }
    const Field pens = field(Pens);
    const char *pb = bytes::skipBlanks(pens.first, pens.second);
    const char *pe = bytes::trimBlanksRight(pb, pens.second);
    if (isNA(pens) || bytes::equalsWord(pb, pe, "away goals")) {
        // Away goals: the rules work that out from the scores, and the tests compare.
    } else if (bytes::equalsWord(pb, pe, "coin toss")) {
        match.coinToss = true;
    } else if (bytes::equalsWord(pb, pe, "walkover")) {
        // The record's walkovers have the score the match was awarded with (Marseille - AC Milan
        // 1991: 3-0), which counts in the aggregate like a played one.
        leg.status = LegStatus::Awarded;
    } else if (const Score shootOut = readScore(pens); shootOut.isValid()) {
        leg.penalties = shootOut;
        leg.status = leg.hasExtraTime() ? LegStatus::PenaltiesAfterExtraTime : LegStatus::PenaltiesAfter90;
    } else {
        error(line.number, column(Pens),
              tr("\"%1\" is not a shoot-out score (4-3), away goals, coin toss, walkover or NA").arg(fieldText(pens)));
        return false;
    }
    return true;
}

void EngsoccerdataReader::skipLine()
{
    // A row is one line: a skipped line loses only its match.
}

void EngsoccerdataReader::finish()
{
    const std::size_t firstDiagnostic = std::size_t(
        std::find_if(m_context.set().diagnostics.begin(), m_context.set().diagnostics.end(),
                     [this](const Diagnostic &d) { return d.file == m_context.file(); })
        - m_context.set().diagnostics.begin());
    pairMatches();
    // Pairing reports at the lines of the matches it pairs, after the rows were read: keep the
    // file's messages in line order, as every reader's are.
    std::vector<Diagnostic> &diagnostics = m_context.set().diagnostics;
    std::stable_sort(diagnostics.begin() + qsizetype(firstDiagnostic), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    m_matches.clear();
}

void EngsoccerdataReader::pairMatches()
{
    TieSet &set = m_context.set();
    // The matches between the same two clubs in the same round of a season, in line order.
    std::map<std::tuple<std::uint32_t, ClubId, ClubId>, std::vector<std::size_t>> pairs;
    std::vector<int> singles(m_roundNames.size(), 0);
    std::vector<std::uint32_t> firstSingle(m_roundNames.size(), 0);
    const auto single = [&](std::size_t m) {
        const std::uint32_t round = m_roundOf[m];
        if (singles[round]++ == 0)
            firstSingle[round] = m_matches[m].line;
    };
    for (std::size_t m = 0; m < m_matches.size(); ++m) {
        const Match &match = m_matches[m];
        if (match.kind == Kind::Single) {
            single(m);
            continue;
        }
        pairs[{m_roundOf[m], std::min(match.home, match.visitor), std::max(match.home, match.visitor)}].push_back(m);
    }

    struct Built
    {
        Tie tie;
        TieSource source;
        Playoff playoff;
        bool hasPlayoff = false;
        std::uint32_t round = 0;
    };
    std::vector<Built> built;
    built.reserve(pairs.size());
    for (const auto &[key, matches] : pairs) {
        std::vector<std::size_t> legs, replays;
        for (std::size_t m : matches)
            (m_matches[m].kind == Kind::Replay ? replays : legs).push_back(m);
        if (legs.empty()) {
            // A replay of a one-match final (Bayern Munich - Atlético Madrid, 1974): one more single match.
            for (std::size_t m : replays)
                single(m);
            continue;
        }
        const Match &any = m_matches[legs.front()];
        const QString clubs = tr("%1 - %2").arg(set.clubName(any.home), set.clubName(any.visitor));
        if (legs.size() == 1) {
            warning(any.line, any.legColumn,
                    tr("%1 has no return match in %2; it is no tie").arg(clubs, m_roundNames[std::get<0>(key)]));
            continue;
        }
        if (legs.size() > 2) {
            for (std::size_t m : legs)
                warning(m_matches[m].line, m_matches[m].legColumn,
                        tr("%1 play %2 legs in %3; none of them is read as a tie")
                            .arg(clubs)
                            .arg(legs.size())
                            .arg(m_roundNames[std::get<0>(key)]));
            continue;
        }
        // The first leg is the earlier match, whatever the row's leg says (some rows of 1992-93
        // have them the wrong way round).
        std::stable_sort(legs.begin(), legs.end(), [this](std::size_t a, std::size_t b) {
            return m_matches[a].leg.julianDay < m_matches[b].leg.julianDay;
        });
        const Match &first = m_matches[legs[0]];
        const Match &second = m_matches[legs[1]];
        if (first.home == second.home) {
            warning(second.line, second.legColumn,
                    tr("%1 is at home in both legs; it is no tie").arg(set.clubName(first.home)));
            continue;
        }
        if (first.kind != Kind::FirstLeg)
            warning(first.line, first.legColumn,
                    tr("the row says leg 2, but the match is the first of the tie, on line %1 the second")
                        .arg(second.line));
        if (second.kind != Kind::SecondLeg)
            warning(
                second.line, second.legColumn,
                tr("the row says leg 1, but the match is the second of the tie, on line %1 the first").arg(first.line));
        if (replays.size() > 1) {
            for (std::size_t i = 1; i < replays.size(); ++i)
                warning(m_matches[replays[i]].line, m_matches[replays[i]].legColumn,
                        tr("a second play-off of %1; only the first, on line %2, is read")
                            .arg(clubs)
                            .arg(m_matches[replays[0]].line));
        }
        const Match *replay = replays.empty() ? nullptr : &m_matches[replays[0]];
        const Match &last = replay && replay->line > second.line ? *replay : second;

        Built b;
        b.round = std::get<0>(key);
        Tie &tie = b.tie;
        tie.leg1 = first.leg;
        tie.leg2 = second.leg;
        tie.home = first.home;
        tie.away = first.visitor;
        tie.statedWinner = last.winner;
        tie.line = first.line;
        tie.file = m_context.file();
        if (first.coinToss || second.coinToss || (replay && replay->coinToss))
            tie.readFlags |= CoinTossRecorded;
        tie.flags = tie.readFlags;
        b.source = TieSource{m_context.file(),       first.line,       second.line, last.line, first.leg.scoreColumn,
                             second.leg.scoreColumn, last.winnerColumn};
        if (replay) {
            b.hasPlayoff = true;
            b.playoff.match = replay->leg;
            b.playoff.first = replay->home == tie.home ? Side::Home : Side::Away;
            b.playoff.line = replay->line;
        }
        built.push_back(b);
    }

    // Ties in line order, each round named from its first tie on; a round whose ties the file
    // interleaves with another's is named again where it resumes.
    std::sort(built.begin(), built.end(), [](const Built &a, const Built &b) { return a.tie.line < b.tie.line; });
    std::uint32_t round = std::uint32_t(-1);
    for (const Built &b : built) {
        if (b.round != round) {
            round = b.round;
            m_context.addRound(b.tie.line, m_roundNames[round]);
        }
        set.addReadTie(b.tie, b.source);
        if (b.hasPlayoff)
            set.addPlayoff(b.playoff);
    }

    for (std::size_t r = 0; r < singles.size(); ++r) {
        if (singles[r] == 0)
            continue;
        m_context.report(Severity::Note, firstSingle[r], 1,
                         singles[r] == 1
                             ? tr("%1: 1 single match, not a two-legged tie").arg(m_roundNames[r])
                             : tr("%1: %2 single matches, not two-legged ties").arg(m_roundNames[r]).arg(singles[r]));
    }
}

} // namespace tb
