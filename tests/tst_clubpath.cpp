// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for clubPath() and pathStepText(): a club's other ties in date order, on the real
// Champions League 2018-19 chain and on a round named inside a Football.TXT season.
#include "clubpath.h"
#include "loader.h"
#include "testfiles.h"
#include "tietext.h"

#include <QLocale>
#include <QTest>

using namespace tb;
using namespace Qt::StringLiterals;

namespace {

int tieOf(const TieSet &set, const QString &home, const QString &away)
{
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        if (set.clubName(set.ties[i].home) == home && set.clubName(set.ties[i].away) == away)
            return int(i);
    }
    return -1;
}

QStringList stepTexts(const TieSet &set, const ClubPath &path)
{
    QStringList texts;
    for (const int tie : path.ties)
        texts << pathStepText(set, std::size_t(tie), path.club);
    return texts;
}

} // namespace

class TestClubPath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void knockoutChain_data();
    void knockoutChain();
    void filesInAnyOrder();
    void aClubOfOneTie();
    void longPathsKeepTheNearest();
    void roundsOfASeason();

private:
    TieSet m_chain;
};

void TestClubPath::initTestCase()
{
    // Dates are written in this locale's month names; the tests compare English ones.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // The semi-finals first: the path is in date order, not in the order of the files.
    for (const char *file : {"cl-2018-19-sf.txt", "cl-2018-19-r16.txt", "cl-2018-19-qf.txt"})
        QVERIFY(loader::readFile(testfiles::dataFile(QString::fromLatin1(file)), m_chain).readable);
    QCOMPARE(m_chain.ties.size(), std::size_t(2 + 8 + 4));
}

void TestClubPath::knockoutChain_data()
{
    QTest::addColumn<QString>("club");
    QTest::addColumn<QStringList>("steps");
    // Counted from the files: the second leg's date, the aggregate from the club's side.
    QTest::newRow("Tottenham Hotspur")
        << u"Tottenham Hotspur"_s
        << QStringList{u"5 Mar 2019 (cl-2018-19-r16.txt), through on aggregate against Borussia Dortmund (4:0)"_s,
                       u"17 Apr 2019 (cl-2018-19-qf.txt), through on away goals against Manchester City (4:4)"_s};
    QTest::newRow("AFC Ajax")
        << u"AFC Ajax"_s
        << QStringList{u"5 Mar 2019 (cl-2018-19-r16.txt), through on aggregate against Real Madrid (5:3)"_s,
                       u"16 Apr 2019 (cl-2018-19-qf.txt), through on aggregate against Juventus (3:2)"_s};
}

void TestClubPath::knockoutChain()
{
    QFETCH(QString, club);
    QFETCH(QStringList, steps);
    const int semi = tieOf(m_chain, u"Tottenham Hotspur"_s, u"AFC Ajax"_s);
    QVERIFY(semi >= 0);
    const ClubId id = m_chain.clubs.find(club.toUtf8());
    const ClubPath path = clubPath(m_chain, id, semi);
    QCOMPARE(path.total, std::size_t(2));
    QCOMPARE(stepTexts(m_chain, path), steps);
}

void TestClubPath::filesInAnyOrder()
{
    // From the quarter-final: the tie before it and the one after, in that order.
    const int quarter = tieOf(m_chain, u"AFC Ajax"_s, u"Juventus"_s);
    const ClubPath path = clubPath(m_chain, m_chain.clubs.find("AFC Ajax"), quarter);
    QCOMPARE(path.ties.size(), std::size_t(2));
    QCOMPARE(path.ties[0], tieOf(m_chain, u"AFC Ajax"_s, u"Real Madrid"_s));
    QCOMPARE(path.ties[1], tieOf(m_chain, u"Tottenham Hotspur"_s, u"AFC Ajax"_s));
    QCOMPARE(pathStepText(m_chain, std::size_t(path.ties[1]), path.club),
             u"8 May 2019 (cl-2018-19-sf.txt), out on away goals against Tottenham Hotspur (3:3)"_s);
}

void TestClubPath::aClubOfOneTie()
{
    const int r16 = tieOf(m_chain, u"Tottenham Hotspur"_s, u"Borussia Dortmund"_s);
    const ClubPath path = clubPath(m_chain, m_chain.clubs.find("Borussia Dortmund"), r16);
    QVERIFY(path.ties.empty());
    QCOMPARE(path.total, std::size_t(0));
    QVERIFY(clubPath(m_chain, NoClub, r16).ties.empty());
}

void TestClubPath::longPathsKeepTheNearest()
{
    // The sample 30 times over, a month apart each time: FK Gomel plays 30 ties.
    const QByteArray round = testfiles::readAll(testfiles::dataFile(u"europa-league-2012-13-q1.txt"_s));
    TieSet set;
    for (int month = 0; month < 30; ++month) {
        QByteArray copy = round;
        // Copy w is dated w months after January 2012: only the month and the year move.
        copy.replace("/07/2012", u"/%1/20%2"_s.arg(1 + month % 12, 2, 10, QChar(u'0')).arg(12 + month / 12).toLatin1());
        QVERIFY(loader::readBytes(copy + '\n', u"month%1.txt"_s.arg(month), set).readable);
    }
    const ClubId gomel = set.clubs.find("FK Gomel");
    std::vector<int> gomelTies;
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        if (set.ties[i].away == gomel || set.ties[i].home == gomel)
            gomelTies.push_back(int(i));
    }
    QCOMPARE(gomelTies.size(), std::size_t(30));
    // From the 16th copy's tie: the 12 nearest in time, six each side, in date order.
    const int middle = gomelTies[15];
    const ClubPath path = clubPath(set, gomel, middle);
    QCOMPARE(path.total, std::size_t(29));
    QCOMPARE(
        path.ties,
        (std::vector<int>{gomelTies[9], gomelTies[10], gomelTies[11], gomelTies[12], gomelTies[13], gomelTies[14],
                          gomelTies[16], gomelTies[17], gomelTies[18], gomelTies[19], gomelTies[20], gomelTies[21]}));

    // Through the club index, as the detail view asks for it: the same path, for every club
    // and every tie of each, with and without a cut.
    const TieIndexes::ClubIndex index = TieIndexes::computeClubIndex(set);
    int compared = 0;
    for (ClubId club = 0; club < ClubId(set.clubs.size()); ++club) {
        for (std::uint32_t k = index.offsets[club]; k < index.offsets[club + 1]; k += 7) {
            const int except = index.ties[k];
            for (const std::size_t limit : {std::size_t(3), ClubPathLimit, std::size_t(100)}) {
                const ClubPath walked = clubPath(set, club, except, limit);
                const ClubPath indexed = clubPath(set, club, except, limit, &index);
                QCOMPARE(indexed.ties, walked.ties);
                QCOMPARE(indexed.total, walked.total);
                ++compared;
            }
        }
    }
    QVERIFY(compared > 300);
}

void TestClubPath::roundsOfASeason()
{
    // A Football.TXT season names its rounds: the round's name comes before the file's.
    TieSet season;
    QVERIFY(loader::readFile(testfiles::dataFile(u"openfootball-cl-2018-19.txt"_s), season).readable);
    const int semi = tieOf(season, u"Tottenham Hotspur"_s, u"AFC Ajax"_s);
    QVERIFY(semi >= 0);
    const ClubPath path = clubPath(season, season.clubs.find("AFC Ajax"), semi);
    QCOMPARE(stepTexts(season, path),
             (QStringList{u"5 Mar 2019 (Round of 16, openfootball-cl-2018-19.txt), through on aggregate against Real "
                          u"Madrid (5:3)"_s,
                          u"16 Apr 2019 (Quarterfinals, openfootball-cl-2018-19.txt), through on aggregate against "
                          u"Juventus (3:2)"_s}));
}

QTEST_GUILESS_MAIN(TestClubPath)
#include "tst_clubpath.moc"
