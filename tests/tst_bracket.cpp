// SPDX-License-Identifier: GPL-3.0-or-later
// The bracket's core: rounds found in the rows, chained by their winners and dates (not by file
// names or the order files were opened), the tree's order, the club filter's path, clubs that
// enter late, rounds that do not chain, and the cap on a huge file.
#include "bracket.h"
#include "bracketfixtures.h"
#include "tiequery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tb;
using namespace tb::brackettest;

class TestBracket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chain_data();
    void chain();
    void treeOrder();
    void clubPath();
    void unchained_data();
    void unchained();
    void footballTxtRounds();
    void roundNamedAgain();
    void entrants();
    void notKnockout();
    void tooLarge();
    void millionTies();
    void noRows();
};

namespace {

QStringList names(const TieSet &set, const std::vector<ClubId> &clubs)
{
    QStringList result;
    for (const ClubId club : clubs)
        result << set.clubName(club);
    return result;
}

std::vector<int> columnSizes(const Bracket &bracket)
{
    std::vector<int> sizes;
    for (const BracketRound &round : bracket.rounds)
        sizes.push_back(int(round.ties.size()));
    return sizes;
}

// The other club of tie `entry` than the one matching `club`.
QString opponent(const TieSet &set, const BracketTie &entry)
{
    const Tie &tie = set.ties[std::size_t(entry.tie)];
    return entry.highlighted[0] ? set.clubName(tie.away) : set.clubName(tie.home);
}

} // namespace

void TestBracket::chain_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("renamed");
    QTest::newRow("in order") << chain2018() << false;
    QTest::newRow("semi-finals first") << QStringList{chain2018()[2], chain2018()[0], chain2018()[1]} << false;
    QTest::newRow("names that say nothing") << QStringList{chain2018()[1], chain2018()[2], chain2018()[0]} << true;
}

void TestBracket::chain()
{
    // Given the 2018-19 round of 16, quarter- and semi-finals, opened in any order under any names
    QFETCH(QStringList, files);
    QFETCH(bool, renamed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (renamed) {
        for (qsizetype i = 0; i < files.size(); ++i) {
            // Names in the reverse order of the rounds
            const QString copy = dir.filePath(u"round-%1.txt"_s.arg(char16_t(u'c' - i)));
            QVERIFY(QFile::copy(dataFile(files[i]), copy));
            files[i] = copy;
        }
    }
    const auto set = load(files);
    QCOMPARE(set->ties.size(), std::size_t(14));

    // When the bracket is built of all their ties
    const Bracket bracket = buildBracket(*set, allRows(*set));

    // Then the rounds stand in three columns of 8, 4 and 2 ties, in the order of their dates,
    // each following the one before, and the semi-finals' winners are the finalists
    QCOMPARE(columnSizes(bracket), (std::vector<int>{8, 4, 2}));
    QCOMPARE(bracket.chainCount, 1);
    QVERIFY(!bracket.rounds[0].followsPrevious);
    QVERIFY(bracket.rounds[1].followsPrevious);
    QVERIFY(bracket.rounds[2].followsPrevious);
    QVERIFY(bracket.rounds[0].lastDay < bracket.rounds[1].firstDay);
    QVERIFY(bracket.rounds[1].lastDay < bracket.rounds[2].firstDay);
    QCOMPARE(bracket.chainEnd, 2);
    QCOMPARE(names(*set, bracket.finalists), (QStringList{u"Tottenham Hotspur"_s, u"Liverpool FC"_s}));
    QCOMPARE(bracket.tieCount(), 14);
    for (const BracketRound &round : bracket.rounds) {
        for (const BracketTie &entry : round.ties) {
            QVERIFY(entry.shown);
            QCOMPARE(entry.entered, (std::array<bool, 2>{false, false})); // nobody enters after the first round
            QCOMPARE(entry.highlighted, (std::array<bool, 2>{false, false}));
        }
    }
    if (!renamed)
        QCOMPARE(bracket.rounds[1].fileName, u"cl-2018-19-qf.txt"_s);
}

void TestBracket::treeOrder()
{
    // Given the 2018-19 chain
    const auto set = load(chain2018());
    const Bracket bracket = buildBracket(*set, allRows(*set));
    QCOMPARE(bracket.rounds.size(), std::size_t(3));

    // Then each tie after the first round comes from the two ties just before it in the column
    // before (so that no lines cross), and each of its clubs won the tie it comes from
    for (std::size_t column = 1; column < 3; ++column) {
        const BracketRound &round = bracket.rounds[column];
        for (std::size_t row = 0; row < round.ties.size(); ++row) {
            const BracketTie &entry = round.ties[row];
            QCOMPARE(entry.from, (std::array<int, 2>{int(2 * row), int(2 * row + 1)}));
            const Tie &tie = set->ties[std::size_t(entry.tie)];
            const std::array<ClubId, 2> clubs{tie.home, tie.away};
            for (std::size_t side = 0; side < 2; ++side) {
                const BracketTie &before = bracket.rounds[column - 1].ties[std::size_t(entry.from[side])];
                QCOMPARE(set->ties[std::size_t(before.tie)].winnerClub(), clubs[side]);
            }
        }
    }
    // find() gives a tie's column and row
    const BracketTie &semi = bracket.rounds[2].ties[1];
    QCOMPARE(bracket.find(semi.tie), std::pair(2, 1));
    QCOMPARE(bracket.find(-1), std::pair(-1, -1));
}

void TestBracket::clubPath()
{
    // Given the chain filtered by "ajax", as the table filters it
    const auto set = load(chain2018());
    TieQuery query;
    query.clubText = u"ajax"_s;
    const std::vector<int> rows = query.select(*set);
    QCOMPARE(rows.size(), std::size_t(3));

    // When the bracket is built of those rows with the filter's text
    const Bracket bracket = buildBracket(*set, rows, query.foldedClubText());

    // Then the three rounds are drawn whole, the ties the filter hides greyed, and Ajax's ties
    // are highlighted on Ajax's side: against Real Madrid, Juventus and Tottenham Hotspur
    QCOMPARE(columnSizes(bracket), (std::vector<int>{8, 4, 2}));
    QStringList path;
    int shown = 0;
    for (const BracketRound &round : bracket.rounds) {
        for (const BracketTie &entry : round.ties) {
            shown += entry.shown ? 1 : 0;
            const bool onPath = entry.highlighted[0] || entry.highlighted[1];
            QCOMPARE(onPath, entry.shown);
            QVERIFY(!(entry.highlighted[0] && entry.highlighted[1]));
            if (onPath) {
                const Tie &tie = set->ties[std::size_t(entry.tie)];
                QCOMPARE(set->clubName(entry.highlighted[0] ? tie.home : tie.away), u"AFC Ajax"_s);
                path << opponent(*set, entry);
            }
        }
    }
    QCOMPARE(shown, 3);
    QCOMPARE(path, (QStringList{u"Real Madrid"_s, u"Juventus"_s, u"Tottenham Hotspur"_s}));
    // Ajax lost the semi-final: no finalist is highlighted
    QCOMPARE(bracket.finalistHighlighted, (std::vector<bool>{false, false}));

    // A finalist's name highlights that finalist
    query.clubText = u"LIVERPOOL"_s;
    const Bracket liverpool = buildBracket(*set, query.select(*set), query.foldedClubText());
    QCOMPARE(liverpool.finalistHighlighted, (std::vector<bool>{false, true}));
}

void TestBracket::unchained_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("columns");
    // Four competitions and seasons: no round's clubs are another's winners
    QTest::newRow("four real rounds") << unrelatedRounds() << 4;
    // Seven of 2014-15's sixteen winners play the 2018-19 round of 16, four years on: no chain
    QTest::newRow("seasons apart") << QStringList{u"cl-2014-15-r16.txt"_s, u"cl-2018-19-r16.txt"_s} << 2;
}

void TestBracket::unchained()
{
    QFETCH(QStringList, files);
    QFETCH(int, columns);
    const auto set = load(files);
    QVERIFY(!set->ties.empty());

    const Bracket bracket = buildBracket(*set, allRows(*set));

    // Each round stands in a column of its own, in the order of their dates, with no finalists
    QCOMPARE(int(bracket.rounds.size()), columns);
    QCOMPARE(bracket.chainCount, columns);
    for (std::size_t i = 0; i < bracket.rounds.size(); ++i) {
        QVERIFY(!bracket.rounds[i].followsPrevious);
        if (i > 0)
            QVERIFY(bracket.rounds[i - 1].firstDay <= bracket.rounds[i].firstDay);
        for (const BracketTie &entry : bracket.rounds[i].ties)
            QCOMPARE(entry.from, (std::array<int, 2>{-1, -1}));
    }
    QVERIFY(bracket.finalists.empty());
    QCOMPARE(bracket.chainEnd, -1);
    QCOMPARE(bracket.tieCount(), int(set->ties.size()));
}

void TestBracket::footballTxtRounds()
{
    // Given a whole Football.TXT season: eight groups (single matches, no ties), the round of 16,
    // quarter- and semi-finals in one file, and the final, one match
    const auto set = load({u"openfootball-cl-2018-19.txt"_s});
    QVERIFY(set->hasRounds());

    const Bracket bracket = buildBracket(*set, allRows(*set));

    // Then its named knockout rounds chain, and the finalists are those of the final
    QCOMPARE(columnSizes(bracket), (std::vector<int>{8, 4, 2}));
    QCOMPARE(bracket.rounds[0].name, u"Round of 16"_s);
    QCOMPARE(bracket.rounds[1].name, u"Quarterfinals"_s);
    QCOMPARE(bracket.rounds[2].name, u"Semifinals"_s);
    QCOMPARE(bracket.rounds[0].fileName, u"openfootball-cl-2018-19.txt"_s);
    QCOMPARE(bracket.chainCount, 1);
    QCOMPARE(bracket.notKnockoutRounds, 0);
    QCOMPARE(names(*set, bracket.finalists), (QStringList{u"Tottenham Hotspur"_s, u"Liverpool FC"_s}));
}

void TestBracket::roundNamedAgain()
{
    // Given the European Cup record, whose rows interleave 1966-67's first round with the round of
    // 16 (the reader names "1966-67 Round1" again where it resumes), filtered to that season
    const auto set = load({u"engsoccerdata-champs.csv"_s});
    TieQuery season;
    season.from = QDate(1966, 7, 1);
    season.to = QDate(1967, 6, 30);
    const Bracket bracket = buildBracket(*set, season.select(*set));

    // Then the first round is one column of 14 ties, followed by the round of 16, the quarter- and
    // semi-finals; the preliminary round, played while the first round began, stands apart
    QCOMPARE(columnSizes(bracket), (std::vector<int>{2, 14, 8, 4, 2}));
    QCOMPARE(bracket.rounds[1].name, u"1966-67 Round1"_s);
    QCOMPARE(bracket.rounds[2].name, u"1966-67 R16"_s);
    QVERIFY(bracket.rounds[2].followsPrevious);
    QCOMPARE(names(*set, bracket.finalists), (QStringList{u"Celtic"_s, u"Internazionale"_s}));
}

void TestBracket::entrants()
{
    // Given a qualifying-style chain: 8 ties, then each winner against a club new to it, then a knockout
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto set = load(writeChain(QDir(dir.path()), 8, true));
    QCOMPARE(set->ties.size(), std::size_t(8 + 8 + 4 + 2 + 1));

    const Bracket bracket = buildBracket(*set, allRows(*set));

    // Then the rounds chain, and in the second round each away club (new) entered there; the
    // home clubs came from the first round
    QCOMPARE(columnSizes(bracket), (std::vector<int>{8, 8, 4, 2, 1}));
    QCOMPARE(bracket.chainCount, 1);
    for (const BracketTie &entry : bracket.rounds[1].ties) {
        QCOMPARE(entry.entered, (std::array<bool, 2>{false, true}));
        QVERIFY(entry.from[0] >= 0);
        QCOMPARE(entry.from[1], -1);
    }
    for (std::size_t column = 2; column < bracket.rounds.size(); ++column) {
        for (const BracketTie &entry : bracket.rounds[column].ties)
            QCOMPARE(entry.entered, (std::array<bool, 2>{false, false}));
    }
    QCOMPARE(names(*set, bracket.finalists), QStringList{clubName(1)});
}

void TestBracket::notKnockout()
{
    // Given a round where a club plays two ties (a group written as ties), beside the chain
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString group = dir.filePath(u"group.txt"_s);
    QVERIFY(testfiles::writeFile(group,
                                 tieText(clubName(1), clubName(2), QDate(2019, 9, 18))
                                     + tieText(clubName(1), clubName(3), QDate(2019, 10, 2))));
    QStringList files = chain2018();
    files << group;
    const auto set = load(files);

    const Bracket bracket = buildBracket(*set, allRows(*set));

    // Then it is left out, named for the note
    QCOMPARE(bracket.notKnockoutRounds, 1);
    QCOMPARE(bracket.firstNotKnockout, u"group.txt"_s);
    QCOMPARE(columnSizes(bracket), (std::vector<int>{8, 4, 2}));
}

void TestBracket::tooLarge()
{
    // Given one round of more ties than a bracket draws, beside the 2018-19 chain
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray text;
    for (int i = 0; i < Bracket::MaxRoundTies + 1; ++i)
        text += tieText(clubName(2 * i), clubName(2 * i + 1), QDate(2021, 8, 3));
    const QString big = dir.filePath(u"big.txt"_s);
    QVERIFY(testfiles::writeFile(big, text));
    QStringList files = chain2018();
    files << big;
    const auto set = load(files);

    const Bracket bracket = buildBracket(*set, allRows(*set));

    // Then the big round is counted and left out, the chain drawn
    QCOMPARE(bracket.tooLargeRounds, 1);
    QCOMPARE(bracket.tooLargeTies, Bracket::MaxRoundTies + 1);
    QCOMPARE(columnSizes(bracket), (std::vector<int>{8, 4, 2}));
}

void TestBracket::millionTies()
{
    // Given a set of a million ties in one file, all of them rows
    TieSet set;
    set.files.push_back({});
    set.files.back().displayName = u"million.txt"_s;
    const ClubId a = set.clubs.intern(u"Alpha"_s);
    const ClubId b = set.clubs.intern(u"Beta"_s);
    Tie tie;
    tie.home = a;
    tie.away = b;
    tie.winner = Side::Home;
    tie.leg1.julianDay = int(QDate(2020, 1, 1).toJulianDay());
    set.ties.assign(1'000'000, tie);
    for (std::size_t i = 0; i < set.ties.size(); ++i)
        set.ties[i].line = std::uint32_t(3 * i + 1);
    const std::vector<int> rows = allRows(set);

    // When its bracket is built
    QElapsedTimer timer;
    timer.start();
    const Bracket bracket = buildBracket(set, rows, u"alpha"_s);
    const qint64 ms = timer.elapsed();

    // Then it is counted, not drawn, and quickly
    QVERIFY(bracket.isEmpty());
    QCOMPARE(bracket.tooLargeRounds, 1);
    QCOMPARE(bracket.tooLargeTies, 1'000'000);
    qInfo("bracket of 1,000,000 ties: %lld ms", ms);
    QVERIFY2(ms < 1000, qPrintable(u"%1 ms"_s.arg(ms)));
}

void TestBracket::noRows()
{
    const auto set = load(chain2018());
    QVERIFY(buildBracket(*set, {}).isEmpty());
    QVERIFY(buildBracket(TieSet(), {0, 1}).isEmpty());
    // Rows out of range name no tie
    QVERIFY(buildBracket(*set, {-1, 99}).isEmpty());
}

QTEST_GUILESS_MAIN(TestBracket)
#include "tst_bracket.moc"
