// SPDX-License-Identifier: GPL-3.0-or-later
// The feed from the table to the views: the filter's rows in its order, the set it is given, the
// selected tie, and what a new set does to the selection.
#include "chartfixtures.h"
#include "showntiesfeed.h"
#include "tiefiltermodel.h"
#include "tietablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace tb;

class TestShownTiesFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void followsTheFilterAndTheSort();
    void currentTie_data();
    void currentTie();
    void newSetForgetsTheCurrentTie();
    void rowsOfAnotherSetAreDropped();
    void noSet();
    void rowsAreSharedNotCopied();
    void rowsCompareByContent_data();
    void rowsCompareByContent();

private:
    std::shared_ptr<const TieSet> m_set;
    std::unique_ptr<TieTableModel> m_model;
    std::unique_ptr<TieFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ShownTiesFeed> m_feed;
};

void TestShownTiesFeed::init()
{
    m_set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    m_model = std::make_unique<TieTableModel>();
    m_model->setTieSet(m_set);
    m_filter = std::make_unique<TieFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_filter.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_feed = std::make_unique<ShownTiesFeed>(m_filter.get());
    m_feed->setTieSet(m_set);
}

void TestShownTiesFeed::cleanup()
{
    m_feed.reset();
    m_tester.reset();
    m_filter.reset();
    m_model.reset();
}

void TestShownTiesFeed::followsTheFilterAndTheSort()
{
    QCOMPARE(m_feed->shown().set, m_set);
    QCOMPARE(m_feed->shown().rows.size(), std::size_t(37));
    QSignalSpy changed(m_feed.get(), &ShownTiesFeed::shownChanged);
    m_filter->setClubText(u"suduva"_s);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_feed->shown().rows.list(), m_filter->visibleSourceRows());
    QCOMPARE(m_feed->shown().rows.size(), std::size_t(1));
    // The club text goes with the rows, for the charts that mark the club (the bracket's path)
    QCOMPARE(m_feed->shown().clubText, u"suduva"_s);
    m_filter->setClubText(u"fk"_s);
    QCOMPARE(m_feed->shown().clubText, u"fk"_s);
    m_filter->sort(TieTableModel::HomeColumn, Qt::DescendingOrder);
    QCOMPARE(m_feed->shown().rows.list(), m_filter->visibleSourceRows());
    QVERIFY(m_feed->shown().rows.size() > 1);
    // What is sent is what the feed holds
    const auto last = changed.constLast().constFirst().value<ShownTies>();
    QCOMPARE(last.rows.list(), m_feed->shown().rows.list());
    // the very list, not a copy of it
    QCOMPARE(&last.rows.list(), &m_feed->shown().rows.list());
}

void TestShownTiesFeed::currentTie_data()
{
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("shown");
    QTest::newRow("first") << 0 << 0;
    QTest::newRow("last") << 36 << 36;
    QTest::newRow("none") << -1 << -1;
    QTest::newRow("past the end") << 37 << -1;
    QTest::newRow("far past the end") << 9999 << -1;
    QTest::newRow("negative") << -5 << -1;
}

void TestShownTiesFeed::currentTie()
{
    QFETCH(int, asked);
    QFETCH(int, shown);
    QSignalSpy changed(m_feed.get(), &ShownTiesFeed::shownChanged);
    m_feed->setCurrentTie(asked);
    // No tie was current before: a change is told, asking for none (or for no tie of the set)
    // is none; nor is asking for the same tie again, as the table and the window both do
    // after a load (the views would lay the tie out twice).
    QCOMPARE(changed.count(), shown >= 0 ? 1 : 0);
    m_feed->setCurrentTie(asked);
    QCOMPARE(changed.count(), shown >= 0 ? 1 : 0);
    QCOMPARE(m_feed->shown().current, shown);
    QCOMPARE(m_feed->shown().currentTie() != nullptr, shown >= 0);
    // The rows stay as the filter has them
    QCOMPARE(m_feed->shown().rows.list(), m_filter->visibleSourceRows());
}

void TestShownTiesFeed::newSetForgetsTheCurrentTie()
{
    m_feed->setCurrentTie(5);
    const auto other = charttest::loadRound(u"cl-2014-15-r16.txt"_s);
    m_feed->setTieSet(other);
    m_model->setTieSet(other);
    QCOMPARE(m_feed->shown().set, std::shared_ptr<const TieSet>(other));
    QCOMPARE(m_feed->shown().current, -1);
    QCOMPARE(m_feed->shown().rows.size(), std::size_t(8));
    // The same set again is no new set
    m_feed->setCurrentTie(3);
    m_feed->setTieSet(other);
    QCOMPARE(m_feed->shown().current, 3);
}

void TestShownTiesFeed::rowsOfAnotherSetAreDropped()
{
    // The set is told before the model: the filter still has the 37 rows of the old set
    const auto other = charttest::loadRound(u"cl-2014-15-r16.txt"_s);
    m_feed->setTieSet(other);
    QVERIFY(m_feed->shown().rows.empty()); // not rows 0 to 7 of the old set, as if they were the new set's
    QVERIFY(!m_feed->shown().clubIndex);
    m_model->setTieSet(other);
    QCOMPARE(m_feed->shown().rows.list(), m_filter->visibleSourceRows());
}

void TestShownTiesFeed::noSet()
{
    m_feed->setTieSet(nullptr);
    QVERIFY(m_feed->shown().rows.empty());
    m_feed->setCurrentTie(0);
    QCOMPARE(m_feed->shown().current, -1);
    QVERIFY(!m_feed->shown().currentTie());
}

// A million rows are 4 MB: every view that keeps what it is told (the chart panel, each chart)
// holds the one list the feed made, and a copy of ShownTies copies no row.
void TestShownTiesFeed::rowsAreSharedNotCopied()
{
    std::vector<int> rows(100000);
    std::iota(rows.begin(), rows.end(), 0);
    const int *const data = rows.data();
    const ShownRows shown(std::move(rows)); // the list is moved in, not copied
    QCOMPARE(shown.list().data(), data);
    const ShownRows copy = shown; // the copy is the test
    QCOMPARE(copy.list().data(), data);
    QCOMPARE(copy.size(), std::size_t(100000));
    QCOMPARE(copy[99999], 99999);

    ShownTies ties{m_set, shown};
    const ShownTies told = ties;
    QCOMPARE(told.rows.list().data(), data);

    // The feed makes one list at a change, and a receiver gets that list
    QSignalSpy changed(m_feed.get(), &ShownTiesFeed::shownChanged);
    m_filter->setClubText(u"fk"_s);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(&changed.constLast().constFirst().value<ShownTies>().rows.list(), &m_feed->shown().rows.list());
}

void TestShownTiesFeed::rowsCompareByContent_data()
{
    QTest::addColumn<std::vector<int>>("a");
    QTest::addColumn<std::vector<int>>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("equal lists") << std::vector<int>{3, 1, 2} << std::vector<int>{3, 1, 2} << true;
    QTest::newRow("another order") << std::vector<int>{3, 1, 2} << std::vector<int>{1, 2, 3} << false;
    QTest::newRow("one fewer") << std::vector<int>{3, 1, 2} << std::vector<int>{3, 1} << false;
    QTest::newRow("both empty") << std::vector<int>{} << std::vector<int>{} << true;
}

// Two lists made apart are the same rows when they hold the same indexes in the same order (a
// chart then keeps its page); an empty ShownRows is no rows.
void TestShownTiesFeed::rowsCompareByContent()
{
    QFETCH(std::vector<int>, a);
    QFETCH(std::vector<int>, b);
    QFETCH(bool, same);
    QCOMPARE(ShownRows(a) == ShownRows(b), same);
    QCOMPARE(ShownRows(a) != ShownRows(b), !same);
    QCOMPARE(ShownRows() == ShownRows(b), b.empty());
    QVERIFY(ShownRows().empty());
    QCOMPARE(ShownRows().size(), std::size_t(0));
}

QTEST_MAIN(TestShownTiesFeed)
#include "tst_showntiesfeed.moc"
