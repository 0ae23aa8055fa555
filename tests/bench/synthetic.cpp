// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic input of tiebench: a deterministic round table of N ties, as worldfootball.net writes it.
//
// Results are drawn at random and then settled by the project's own tie rules, so that the stated
// winner always agrees with them: the file reads with (almost) no diagnostics, like a real one,
// and the benchmark measures reading, not reporting.
#include "bench.h"

#include "rules.h"
#include "tie.h"

#include <QDate>
#include <QFile>
#include <QSaveFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace tb::bench {

namespace {

// splitmix64: small, fast and the same on every platform, so every run writes the same file.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    { }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    // Goals in one half or one match: mostly 0 to 3, now and then more.
    int goals(int mean4)
    {
        int g = 0;
        while (below(8) < mean4 && g < 12)
            ++g;
        return g;
    }

private:
    std::uint64_t m_state;
};

std::vector<std::string> makeClubNames()
{
    static const char *const prefixes[] = {
        "FK",        "FC",        "SK",       "NK",      "KF",       "AC",       "CS",
        "IF",        "HNK",       "GNK",      "Dinamo",  "Sporting", "Real",     "Union",
        "Olympique", "Lokomotiv", "Slavia",   "Spartak", "Rapid",    "Vllaznia", "Ferencvárosi TC",
        "Śląsk",     "Górnik",    "Żalgiris", "Ruch"};
    static const char *const towns[] = {"Víkingur",
                                        "Gomel",
                                        "Panevėžys",
                                        "Klaksvík",
                                        "Nikšić",
                                        "Łódź",
                                        "Gdańsk",
                                        "Škofja Loka",
                                        "Þórshöfn",
                                        "Akureyri",
                                        "Tórshavn",
                                        "Füssen",
                                        "Mönchengladbach",
                                        "Malmö",
                                        "Göteborg",
                                        "Århus",
                                        "Liège",
                                        "Besançon",
                                        "Kraków",
                                        "Poznań",
                                        "Plzeň",
                                        "Olomouc",
                                        "České Budějovice",
                                        "Žilina",
                                        "Košice",
                                        "Győr",
                                        "Székesfehérvár",
                                        "Cluj",
                                        "Iași",
                                        "Craiova",
                                        "Brașov",
                                        "Plovdiv",
                                        "Skopje",
                                        "Tiranë",
                                        "Shkodër",
                                        "Prishtinë",
                                        "Podgorica",
                                        "Sarajevo",
                                        "Mostar",
                                        "Split",
                                        "Rijeka",
                                        "Osijek",
                                        "Celje",
                                        "Maribor",
                                        "Murska Sobota",
                                        "Beograd",
                                        "Novi Sad",
                                        "Niš",
                                        "Tbilisi",
                                        "Batumi",
                                        "Yerevan",
                                        "Gyumri",
                                        "Baku",
                                        "Lankaran",
                                        "Chișinău",
                                        "Tiraspol",
                                        "Minsk",
                                        "Barysaw",
                                        "Kyiv",
                                        "Lviv",
                                        "Kryvyi Rih",
                                        "Tallinn",
                                        "Narva",
                                        "Rīga",
                                        "Liepāja",
                                        "Vilnius",
                                        "Kaunas",
                                        "Espoo",
                                        "Tampere",
                                        "Oulu",
                                        "Bergen",
                                        "Tromsø",
                                        "Ålesund",
                                        "Reykjavík",
                                        "Hafnarfjörður",
                                        "Kópavogur",
                                        "Dublin",
                                        "Sligo",
                                        "Belfast",
                                        "Cardiff",
                                        "Bangor",
                                        "Eschen",
                                        "Vaduz",
                                        "Esch-sur-Alzette",
                                        "Differdange",
                                        "Andorra la Vella",
                                        "Serravalle",
                                        "Birkirkara",
                                        "Valletta",
                                        "Gibraltar",
                                        "Limassol",
                                        "Larnaca",
                                        "Thessaloniki",
                                        "Piraeus",
                                        "İstanbul",
                                        "Trabzon",
                                        "Haifa",
                                        "Tel Aviv",
                                        "Astana",
                                        "Almaty",
                                        "Ordu",
                                        "Ljubljana",
                                        "Zagreb",
                                        "Wien",
                                        "Salzburg",
                                        "Graz",
                                        "Linz",
                                        "Zürich",
                                        "Genève",
                                        "Bern",
                                        "Lugano",
                                        "Sankt Gallen"};
    static const char *const suffixes[] = {"",    "",      "",        "",    " 1893",      " 05",     " 79",
                                           " II", " City", " United", "-47", " Reykjavík", " Sportul"};
    std::set<std::string> unique;
    std::vector<std::string> names;
    Random random(20240815);
    // Enough draws for a few thousand distinct names, like many seasons of many competitions.
    for (int i = 0; i < 6000; ++i) {
        std::string name = prefixes[random.below(int(std::size(prefixes)))];
        name += ' ';
        name += towns[random.below(int(std::size(towns)))];
        name += suffixes[random.below(int(std::size(suffixes)))];
        if (unique.insert(name).second)
            names.push_back(std::move(name));
    }
    return names;
}

void appendNumber(std::string &out, int n, int width = 1)
{
    char digits[12];
    int length = 0;
    do {
        digits[length++] = char('0' + n % 10);
        n /= 10;
    } while (n > 0);
    for (int i = length; i < width; ++i)
        out += '0';
    while (length > 0)
        out += digits[--length];
}

void appendScore(std::string &out, Score s)
{
    appendNumber(out, s.home);
    out += ':';
    appendNumber(out, s.away);
}

void appendDate(std::string &out, QDate date, int kickoff)
{
    appendNumber(out, date.day(), 2);
    out += '/';
    appendNumber(out, date.month(), 2);
    out += '/';
    appendNumber(out, date.year(), 4);
    if (kickoff >= 0) {
        out += ' ';
        appendNumber(out, kickoff / 60, 2);
        out += ':';
        appendNumber(out, kickoff % 60, 2);
    }
}

Score halfOf(Random &random, Score full)
{
    return Score{std::int16_t(random.below(full.home + 1)), std::int16_t(random.below(full.away + 1))};
}

// "F:A (h:a)", "F:A", "F:A (h:a, n:m) aet", "P:Q (h:a, n:m, e:f) pso" or a status word.
void appendResult(std::string &out, const Leg &leg, bool withHalfTime)
{
    switch (leg.status) {
    case LegStatus::Played:
        appendScore(out, leg.fullTime);
        if (withHalfTime) {
            out += " (";
            appendScore(out, leg.halfTime);
            out += ')';
        }
        return;
    case LegStatus::ExtraTime:
        appendScore(out, leg.extraTime);
        out += " (";
        appendScore(out, leg.halfTime);
        out += ", ";
        appendScore(out, leg.fullTime);
        out += ") aet";
        return;
    case LegStatus::PenaltiesAfterExtraTime:
        appendScore(out, leg.penalties);
        out += " (";
        appendScore(out, leg.halfTime);
        out += ", ";
        appendScore(out, leg.fullTime);
        out += ", ";
        appendScore(out, leg.extraTime);
        out += ") pso";
        return;
    default: out += "-:-"; return;
    }
}

// The file being written, a megabyte at a time, committed whole or not at all: a failure ends
// tiebench, whose figures would mean nothing without it.
class ChunkedFile
{
public:
    explicit ChunkedFile(const QString &path)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            fail();
        text.reserve(1 << 20);
    }
    std::string text; // what is not written yet; append to it

    void writeIfFull()
    {
        if (text.size() >= (1u << 20) - 8192) {
            m_file.write(text.data(), qint64(text.size()));
            text.clear();
        }
    }
    void commit()
    {
        m_file.write(text.data(), qint64(text.size()));
        if (!m_file.commit())
            fail();
    }

private:
    [[noreturn]] void fail()
    {
        std::fprintf(stderr, "tiebench: cannot write %s: %s\n", qPrintable(m_file.fileName()),
                     qPrintable(m_file.errorString()));
        std::exit(2);
    }
    QSaveFile m_file;
};

} // namespace

void writeSyntheticFile(const QString &path, int ties)
{
    const std::vector<std::string> clubs = makeClubNames();
    Random random(0x7E1EB80125ull);
    const QDate first(2000, 7, 1);
    const int days = int(first.daysTo(QDate(2030, 6, 30)));
    static const int kickoffs[] = {16 * 60, 17 * 60 + 30, 18 * 60,      18 * 60 + 45,
                                   19 * 60, 20 * 60,      20 * 60 + 45, 21 * 60};

    ChunkedFile file(path);
    std::string &out = file.text;
    for (int i = 0; i < ties; ++i) {
        const std::string &home = clubs[std::size_t(random.below(int(clubs.size())))];
        const std::string *away = &clubs[std::size_t(random.below(int(clubs.size())))];
        while (away == &home)
            away = &clubs[std::size_t(random.below(int(clubs.size())))];

        Tie tie;
        tie.home = 0;
        tie.away = 1;
        const QDate date1 = first.addDays(random.below(days));
        const QDate date2 = date1.addDays(6 + random.below(3));
        tie.leg1.julianDay = std::int32_t(date1.toJulianDay());
        tie.leg2.julianDay = std::int32_t(date2.toJulianDay());
        tie.leg1.kickoffMinutes = std::int16_t(kickoffs[random.below(8)]);
        tie.leg2.kickoffMinutes = random.below(20) == 0 ? -1 : std::int16_t(kickoffs[random.below(8)]);

        const bool unplayed = random.below(400) == 0;
        if (unplayed) {
            tie.leg1.status = LegStatus::NotPlayed;
            tie.leg2.status = LegStatus::NotPlayed;
        } else {
            tie.leg1.status = LegStatus::Played;
            tie.leg1.fullTime = Score{std::int16_t(random.goals(4)), std::int16_t(random.goals(3))};
            tie.leg1.halfTime = halfOf(random, tie.leg1.fullTime);
            tie.leg2.status = LegStatus::Played;
            tie.leg2.fullTime = Score{std::int16_t(random.goals(4)), std::int16_t(random.goals(3))};
            tie.leg2.halfTime = halfOf(random, tie.leg2.fullTime);
            // Level after 90 minutes by the rules of the day: extra time, maybe a shoot-out.
            const Outcome after90 = rules::decide(tie);
            if (after90.winner == Side::None) {
                tie.leg2.extraTime = tie.leg2.fullTime;
                const int extra = random.below(3);
                if (extra == 1)
                    ++tie.leg2.extraTime.home;
                else if (extra == 2)
                    ++tie.leg2.extraTime.away;
                tie.leg2.status = LegStatus::ExtraTime;
                if (rules::decide(tie).winner == Side::None) {
                    tie.leg2.status = LegStatus::PenaltiesAfterExtraTime;
                    const int kicks = 3 + random.below(3);
                    const bool homeWins = random.below(2) == 0;
                    tie.leg2.penalties = homeWins
                        ? Score{std::int16_t(kicks), std::int16_t(kicks - 1 - random.below(2))}
                        : Score{std::int16_t(kicks - 1 - random.below(2)), std::int16_t(kicks)};
                }
            }
        }
        const Outcome outcome = rules::decide(tie);

        out += "1st(1st leg) ";
        out += home;
        out += " - ";
        out += *away;
        out += ' ';
        appendResult(out, tie.leg1, random.below(10) != 0);
        out += "\n2nd (2nd leg) ";
        out += *away;
        out += " - ";
        out += home;
        out += ' ';
        appendResult(out, tie.leg2, random.below(10) != 0);
        out += "\n1st(1st leg): ";
        appendDate(out, date1, tie.leg1.kickoffMinutes);
        out += " 2nd (2nd leg): ";
        appendDate(out, date2, tie.leg2.kickoffMinutes);
        out += " Winner:";
        if (outcome.winner != Side::None) {
            out += ' ';
            out += outcome.winner == Side::Home ? home : *away;
        }
        out += '\n';
        file.writeIfFull();
    }
    file.commit();
}

namespace {

// Both matches of a tie, as Football.TXT writes them, settled the way the rules of 2000 settle
// them (away goals first, then extra time, then a shoot-out), so that the file reads without
// warnings: "2-1 (1-0)", "3-1 a.e.t. (2-1, 1-1)", "5-4 pen. 1-1 a.e.t. (1-1, 0-1)".
std::pair<std::string, std::string> footballTxtTie(Random &random)
{
    const auto score = [](std::string &out, int home, int away) {
        appendNumber(out, home);
        out += '-';
        appendNumber(out, away);
    };
    const auto played = [&](int home, int away) {
        std::string out;
        score(out, home, away);
        if (home + away > 0) {
            out += " (";
            score(out, home / 2, away / 2);
            out += ')';
        }
        return out;
    };
    const int h1 = random.goals(4), a1 = random.goals(3);
    const int h2 = random.goals(4), a2 = random.goals(3);
    // The first leg's home club scores a2 away, the other club a1.
    if (h1 + a2 != a1 + h2 || a1 != a2)
        return {played(h1, a1), played(h2, a2)};
    std::string second;
    const int extra = random.below(3);
    if (extra == 2) {
        score(second, 5, 4);
        second += " pen. ";
    }
    score(second, h2 + (extra == 0), a2 + (extra == 1));
    second += " a.e.t. (";
    score(second, h2, a2);
    second += ", ";
    score(second, h2 / 2, a2 / 2);
    second += ')';
    return {played(h1, a1), second};
}

} // namespace

void writeSyntheticFootballTxtFile(const QString &path, int ties)
{
    // Rounds of 16 ties: 32 different clubs, the first legs on two days, the return matches a
    // week later, with the kick-off time left out when it is the one above, as the files do.
    const std::vector<std::string> clubs = makeClubNames();
    Random random(0xF00BA11ull);
    ChunkedFile file(path);
    std::string &out = file.text;
    static const char *const weekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    out += "= Synthetic Cup 2000/01\n\n";
    QDate day(2000, 7, 4);
    constexpr int TiesPerRound = 16;
    for (int done = 0, round = 1; done < ties; ++round) {
        const int count = std::min(TiesPerRound, ties - done);
        std::vector<std::size_t> picked;
        std::set<std::size_t> seen;
        while (int(picked.size()) < 2 * count) {
            const auto club = std::size_t(random.below(int(clubs.size())));
            if (seen.insert(club).second)
                picked.push_back(club);
        }
        std::vector<std::pair<std::string, std::string>> results;
        for (int t = 0; t < count; ++t)
            results.push_back(footballTxtTie(random));
        out += "\n\xc2\xbb Round ";
        appendNumber(out, round);
        out += '\n';
        for (int leg = 0; leg < 2; ++leg) {
            const QDate date = day.addDays(7 * leg);
            out += "  ";
            out += weekdays[date.dayOfWeek() - 1];
            out += ' ';
            out += months[date.month() - 1];
            out += '/';
            appendNumber(out, date.day());
            if (leg == 0 || date.year() != day.year()) { // the year goes on below, as in the real files
                out += ' ';
                appendNumber(out, date.year());
            }
            out += '\n';
            for (int t = 0; t < count; ++t) {
                const std::string &home = clubs[picked[std::size_t(2 * t + leg)]];
                const std::string &away = clubs[picked[std::size_t(2 * t + 1 - leg)]];
                out += t % 4 == 0 ? (t % 8 == 0 ? "    18.45  " : "    21.00  ") : "           ";
                out += home;
                out += " (XYZ) v ";
                out += away;
                out += " (ABC)  ";
                out += leg == 0 ? results[std::size_t(t)].first : results[std::size_t(t)].second;
                out += '\n';
            }
        }
        done += count;
        day = day.addDays(14);
        file.writeIfFull();
    }
    file.commit();
}

} // namespace tb::bench
