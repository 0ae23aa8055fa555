// SPDX-License-Identifier: GPL-3.0-or-later
// Tests TieQuery: which ties a club text, a date range, a decided-by choice and a file keep.
#include "modelfixtures.h"
#include "tieindexes.h"
#include "tiequery.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tb;
using namespace tb::test;

class TestTieQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isEmpty_data();
    void isEmpty();
    void select_data();
    void select();
    void clubMask();
    void matchesWithoutMask();
    void realFile();

private:
    std::shared_ptr<TieSet> m_set;
};

void TestTieQuery::initTestCase()
{
    // Given five ties over two files, with dates spread over July and August 2012.
    TieSetBuilder b;
    b.add(u"Víkingur"_s, u"FK Gomel"_s, on(played(s(0, 6), s(0, 0)), QDate(2012, 7, 3), 16, 30),
          on(played(s(4, 0), s(0, 0)), QDate(2012, 7, 12), 17), Side::Away, DecidedBy::Aggregate); // 0
    b.add(u"FK Sūduva"_s, u"FC Daugava"_s, on(played(s(0, 1), s(0, 0)), QDate(2012, 7, 5)),
          on(played(s(2, 3), s(0, 2)), QDate(2012, 7, 12)), Side::Home, DecidedBy::AwayGoals); // 1
    b.add(u"Þór Akureyri"_s, u"FK Čelik Nikšić"_s, on(played(s(1, 0)), QDate(2012, 7, 31)),
          on(played(s(1, 1)), QDate(2012, 8, 7)), Side::Home, DecidedBy::Aggregate); // 2
    b.file(u"/data/other.txt"_s);
    b.add(u"ÍBV Vestmannaeyjar"_s, u"St Patrick's Athletic"_s, on(played(s(0, 1)), QDate(2012, 7, 5)),
          on(extraTime(s(2, 1), s(0, 0), s(1, 0)), QDate(2012, 7, 12)), Side::Away, DecidedBy::AwayGoalsExtraTime); // 3
    b.add(u"FK Gomel"_s, u"Nobody FC"_s, unplayed(), unplayed(), Side::None, DecidedBy::Undecided, QString()); // 4
    m_set = b.set();
}

void TestTieQuery::isEmpty_data()
{
    QTest::addColumn<QString>("clubText");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("decidedBy");
    QTest::addColumn<int>("file");
    QTest::addColumn<bool>("empty");

    QTest::newRow("nothing") << QString() << QDate() << QDate() << -1 << -1 << true;
    QTest::newRow("spaces only") << u"   "_s << QDate() << QDate() << -1 << -1 << true;
    QTest::newRow("club") << u"go"_s << QDate() << QDate() << -1 << -1 << false;
    QTest::newRow("from") << QString() << QDate(2012, 7, 1) << QDate() << -1 << -1 << false;
    QTest::newRow("to") << QString() << QDate() << QDate(2012, 7, 1) << -1 << -1 << false;
    QTest::newRow("decided by") << QString() << QDate() << QDate() << 0 << -1 << false;
    QTest::newRow("file") << QString() << QDate() << QDate() << -1 << 0 << false;
}

void TestTieQuery::isEmpty()
{
    QFETCH(QString, clubText);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, decidedBy);
    QFETCH(int, file);
    QFETCH(bool, empty);
    const TieQuery query{clubText, from, to, decidedBy, file, {}};
    QCOMPARE(query.isEmpty(), empty);
}

void TestTieQuery::select_data()
{
    QTest::addColumn<QString>("clubText");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("decidedBy");
    QTest::addColumn<int>("file");
    QTest::addColumn<QList<int>>("expected");

    const QDate none;
    QTest::newRow("everything") << QString() << none << none << -1 << -1 << QList<int>{0, 1, 2, 3, 4};
    QTest::newRow("club on either side") << u"gomel"_s << none << none << -1 << -1 << QList<int>{0, 4};
    QTest::newRow("suduva") << u"suduva"_s << none << none << -1 << -1 << QList<int>{1};
    QTest::newRow("celik") << u"celik"_s << none << none << -1 << -1 << QList<int>{2};
    QTest::newRow("thor") << u"THOR"_s << none << none << -1 << -1 << QList<int>{2};
    QTest::newRow("ibv") << u"ibv"_s << none << none << -1 << -1 << QList<int>{3};
    QTest::newRow("surrounding spaces ignored") << u"  ibv "_s << none << none << -1 << -1 << QList<int>{3};
    QTest::newRow("inner text") << u"k ni"_s << none << none << -1 << -1 << QList<int>{2};
    QTest::newRow("no club") << u"zzz"_s << none << none << -1 << -1 << QList<int>{};
    QTest::newRow("one day, first legs") << QString() << QDate(2012, 7, 5) << QDate(2012, 7, 5) << -1 << -1
                                         << QList<int>{1, 3};
    QTest::newRow("one day, second legs")
        << QString() << QDate(2012, 7, 12) << QDate(2012, 7, 12) << -1 << -1 << QList<int>{0, 1, 3};
    QTest::newRow("either leg in range") << QString() << QDate(2012, 8, 1) << QDate(2012, 8, 31) << -1 << -1
                                         << QList<int>{2};
    QTest::newRow("range between the legs")
        << QString() << QDate(2012, 7, 6) << QDate(2012, 7, 11) << -1 << -1 << QList<int>{};
    QTest::newRow("open start") << QString() << none << QDate(2012, 7, 3) << -1 << -1 << QList<int>{0};
    QTest::newRow("open end") << QString() << QDate(2012, 7, 13) << none << -1 << -1 << QList<int>{2};
    QTest::newRow("decided on away goals")
        << QString() << none << none << int(DecidedBy::AwayGoals) << -1 << QList<int>{1};
    QTest::newRow("undecided") << QString() << none << none << int(DecidedBy::Undecided) << -1 << QList<int>{4};
    QTest::newRow("second file") << QString() << none << none << -1 << 1 << QList<int>{3, 4};
    QTest::newRow("club and file") << u"gomel"_s << none << none << -1 << 1 << QList<int>{4};
    QTest::newRow("club and date") << u"fk"_s << QDate(2012, 7, 1) << QDate(2012, 7, 10) << -1 << -1
                                   << QList<int>{0, 1};
    QTest::newRow("everything combined") << u"o"_s << QDate(2012, 7, 1) << QDate(2012, 7, 31)
                                         << int(DecidedBy::Aggregate) << 0 << QList<int>{0, 2};
}

void TestTieQuery::select()
{
    QFETCH(QString, clubText);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, decidedBy);
    QFETCH(int, file);
    QFETCH(QList<int>, expected);

    const TieQuery query{clubText, from, to, decidedBy, file, {}};
    const std::vector<int> rows = query.select(*m_set);
    QCOMPARE(QList<int>(rows.begin(), rows.end()), expected);

    // The same answer tie by tie, through the precomputed folded names.
    const std::vector<bool> mask = query.matchingClubs(TieIndexes::foldClubNames(m_set->clubs));
    QList<int> one;
    for (std::size_t i = 0; i < m_set->ties.size(); ++i) {
        if (query.matches(m_set->ties[i], mask))
            one.append(int(i));
    }
    QCOMPARE(one, expected);
}

void TestTieQuery::clubMask()
{
    const TieQuery query{u"fk"_s, {}, {}, -1, -1, {}};
    const std::vector<bool> mask = query.matchingClubs(m_set->clubs);
    QCOMPARE(mask.size(), m_set->clubs.size());
    for (std::size_t id = 0; id < mask.size(); ++id) {
        const QString name = m_set->clubs.name(ClubId(id));
        QCOMPARE(bool(mask[id]), name.startsWith(u"FK "_s));
    }
    // No club condition: no mask at all, so the per-tie test skips it.
    QVERIFY(TieQuery{}.matchingClubs(m_set->clubs).empty());
    QVERIFY((TieQuery{u" "_s, {}, {}, -1, -1, {}}.matchingClubs(m_set->clubs).empty()));
}

void TestTieQuery::matchesWithoutMask()
{
    // A tie with an unknown club id never matches a club condition (and does not crash).
    Tie stray = m_set->ties[0];
    stray.home = NoClub;
    stray.away = 12345;
    const TieQuery query{u"gomel"_s, {}, {}, -1, -1, {}};
    QVERIFY(!query.matches(stray, query.matchingClubs(m_set->clubs)));
    QVERIFY(TieQuery{}.matches(stray, {}));
}

void TestTieQuery::realFile()
{
    const auto set = loadDataFile(u"europa-league-2012-13-q1.txt"_s);
    QVERIFY(set);
    QCOMPARE(set->ties.size(), std::size_t(37));

    const auto homeAndAway = [&set](const std::vector<int> &rows) {
        QStringList out;
        for (const int row : rows) {
            const Tie &tie = set->ties[std::size_t(row)];
            out << set->clubName(tie.home) + u" - "_s + set->clubName(tie.away);
        }
        return out;
    };
    QCOMPARE(homeAndAway((TieQuery{u"suduva"_s, {}, {}, -1, -1, {}}.select(*set))),
             (QStringList{u"FK Sūduva - FC Daugava"_s}));
    QCOMPARE(homeAndAway((TieQuery{u"ibv"_s, {}, {}, -1, -1, {}}.select(*set))),
             (QStringList{u"St Patrick's Athletic - ÍBV Vestmannaeyjar"_s}));
    // The sample's six away-goals ties, one of them after extra time.
    QCOMPARE((TieQuery{{}, {}, {}, int(DecidedBy::AwayGoals), -1, {}}.select(*set).size()), std::size_t(5));
    QCOMPARE((TieQuery{{}, {}, {}, int(DecidedBy::AwayGoalsExtraTime), -1, {}}.select(*set).size()), std::size_t(1));
    // First legs on 3 July only.
    const std::vector<int> july3 = TieQuery{{}, QDate(2012, 7, 3), QDate(2012, 7, 3), -1, -1, {}}.select(*set);
    QVERIFY(!july3.empty());
    for (const int row : july3)
        QCOMPARE(set->ties[std::size_t(row)].leg1.date(), QDate(2012, 7, 3));
}

QTEST_GUILESS_MAIN(TestTieQuery)
#include "tst_tiequery.moc"
