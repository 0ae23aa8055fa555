// SPDX-License-Identifier: GPL-3.0-or-later
// Tests TieTableModel: display texts, sort keys of every column, tooltips, emphasis and marks.
#include "modelfixtures.h"
#include "rules.h"
#include "tietablemodel.h"
#include "tietext.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;
using namespace tb;
using namespace tb::test;

class TestTieTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shape();
    void display_data();
    void display();
    void sortOrder_data();
    void sortOrder();
    void sortRole_data();
    void sortRole();
    void toolTip_data();
    void toolTip();
    void emphasis();
    void mismatchMark();
    void roles();
    void headers();
    void replaceAndClear();
    void realFile();
    void awardedLeg();

private:
    std::shared_ptr<TieSet> m_set;
};

// Ten ties covering every kind of result and outcome (see the comment on each).
static std::shared_ptr<TieSet> makeFixture()
{
    TieSetBuilder b;
    // 0: plain, away club through on aggregate
    b.add(u"Víkingur"_s, u"FK Gomel"_s, on(played(s(0, 6), s(0, 0)), QDate(2012, 7, 3), 16, 30),
          on(played(s(4, 0), s(0, 0)), QDate(2012, 7, 12), 17, 0), Side::Away, DecidedBy::Aggregate);
    // 1: level 3:3, through on away goals 3 to 1
    b.add(u"FK Sūduva"_s, u"FC Daugava"_s, on(played(s(0, 1), s(0, 0)), QDate(2012, 7, 5), 17, 30),
          on(played(s(2, 3), s(0, 2)), QDate(2012, 7, 12), 17, 0), Side::Home, DecidedBy::AwayGoals);
    // 2: away goals after extra time
    b.add(u"St Patrick's Athletic"_s, u"ÍBV Vestmannaeyjar"_s, on(played(s(1, 0), s(1, 0)), QDate(2012, 7, 5), 19, 45),
          on(extraTime(s(2, 1), s(0, 0), s(1, 0)), QDate(2012, 7, 12), 20, 30), Side::Home,
          DecidedBy::AwayGoalsExtraTime);
    // 3: shoot-out after extra time (Real Madrid - Bayern 2012)
    b.add(u"FC Bayern München"_s, u"Real Madrid"_s, on(played(s(2, 1), s(1, 1)), QDate(2012, 4, 17), 20, 45),
          on(penaltiesAfterExtraTime(s(1, 3), s(2, 1), s(2, 1), s(2, 1)), QDate(2012, 4, 25), 20, 45), Side::Home,
          DecidedBy::Penalties);
    // 4: shoot-out straight after 90 minutes; first leg without half time or kick-off time
    b.add(u"Þór Akureyri"_s, u"FK Čelik Nikšić"_s, on(played(s(0, 0)), QDate(2022, 7, 7)),
          on(penaltiesAfter90(s(1, 4), s(0, 1), s(1, 1)), QDate(2022, 7, 14), 18, 0), Side::Home, DecidedBy::Penalties);
    // 5: extra time decided it
    b.add(u"Aalborg BK"_s, u"Zenit"_s, on(played(s(1, 0)), QDate(2015, 8, 4), 19, 0),
          on(extraTime(s(2, 0), s(1, 0), s(1, 0)), QDate(2015, 8, 11), 19, 0), Side::Away, DecidedBy::ExtraTime);
    // 6: walkover in the second leg
    b.add(u"KR Reykjavík"_s, u"Brøndby IF"_s, on(played(s(3, 0)), QDate(2013, 7, 4)),
          on(unplayed(LegStatus::Walkover), QDate(2013, 7, 11), 20, 0), Side::Home, DecidedBy::Awarded);
    // 7: not played yet, no dates, no winner stated
    b.add(u"Alpha"_s, u"Beta"_s, unplayed(), unplayed(), Side::None, DecidedBy::Undecided, QString());
    // 8: the file names the other club
    b.add(u"Gamma"_s, u"Delta"_s, on(played(s(2, 0)), QDate(2013, 7, 4)), on(played(s(0, 1)), QDate(2013, 7, 11)),
          Side::Home, DecidedBy::Aggregate, u"Delta"_s)
        .flags
        = WinnerMismatch;
    // 9: second file; the file names a club that is in neither leg
    b.file(u"/data/other.txt"_s);
    b.add(u"Epsilon"_s, u"FK Gomel"_s, on(played(s(1, 1)), QDate(2013, 7, 4)), on(played(s(1, 1)), QDate(2013, 7, 11)),
          Side::None, DecidedBy::Undecided, u"Nobody"_s)
        .flags
        = StatedWinnerUnknown | InconsistentScore;
    return b.set();
}

// Rows in the order of the model's sort keys for `column` (equal keys: row order).
static QList<int> rowsByKey(const TieTableModel &model, int column)
{
    const std::vector<qint64> &keys = model.sortKeys(column);
    QList<int> rows(model.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(),
                     [&keys](int a, int b) { return keys[std::size_t(a)] < keys[std::size_t(b)]; });
    return rows;
}

void TestTieTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_set = makeFixture();
}

void TestTieTableModel::shape()
{
    TieTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(TieTableModel::ColumnCount));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTieSet(m_set);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a table: no children
    QVERIFY(model.sortKeys(-1).empty());
    QVERIFY(model.sortKeys(TieTableModel::ColumnCount).empty());
}

void TestTieTableModel::display_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("date and kick-off") << 0 << int(TieTableModel::FirstLegDateColumn) << u"03/07/2012 16:30"_s;
    QTest::newRow("date without kick-off") << 4 << int(TieTableModel::FirstLegDateColumn) << u"07/07/2022"_s;
    QTest::newRow("no date") << 7 << int(TieTableModel::FirstLegDateColumn) << QString();
    QTest::newRow("second-leg date") << 2 << int(TieTableModel::SecondLegDateColumn) << u"12/07/2012 20:30"_s;
    QTest::newRow("home") << 1 << int(TieTableModel::HomeColumn) << u"FK Sūduva"_s;
    QTest::newRow("away") << 4 << int(TieTableModel::AwayColumn) << u"FK Čelik Nikšić"_s;
    QTest::newRow("first leg") << 0 << int(TieTableModel::FirstLegColumn) << u"0:6 (0:0)"_s;
    QTest::newRow("no half time") << 4 << int(TieTableModel::FirstLegColumn) << u"0:0"_s;
    QTest::newRow("not played") << 7 << int(TieTableModel::FirstLegColumn) << u"-:-"_s;
    QTest::newRow("second leg") << 0 << int(TieTableModel::SecondLegColumn) << u"4:0 (0:0)"_s;
    QTest::newRow("aet") << 2 << int(TieTableModel::SecondLegColumn) << u"2:1 aet (0:0, 1:0)"_s;
    QTest::newRow("pens after aet") << 3 << int(TieTableModel::SecondLegColumn) << u"2:1 aet (2:1, 2:1), 1:3 pens"_s;
    QTest::newRow("pens after 90") << 4 << int(TieTableModel::SecondLegColumn) << u"1:1 (0:1), 1:4 pens"_s;
    QTest::newRow("walkover") << 6 << int(TieTableModel::SecondLegColumn) << u"walkover"_s;
    QTest::newRow("aggregate") << 0 << int(TieTableModel::AggregateColumn) << u"0:10"_s;
    QTest::newRow("aggregate level") << 1 << int(TieTableModel::AggregateColumn) << u"3:3"_s;
    QTest::newRow("aggregate with extra time") << 2 << int(TieTableModel::AggregateColumn) << u"2:2"_s;
    QTest::newRow("aggregate without shoot-out") << 3 << int(TieTableModel::AggregateColumn) << u"3:3"_s;
    QTest::newRow("aggregate after extra time") << 5 << int(TieTableModel::AggregateColumn) << u"1:2"_s;
    QTest::newRow("no aggregate: walkover") << 6 << int(TieTableModel::AggregateColumn) << QString();
    QTest::newRow("no aggregate: not played") << 7 << int(TieTableModel::AggregateColumn) << QString();
    QTest::newRow("winner away") << 0 << int(TieTableModel::WinnerColumn) << u"FK Gomel"_s;
    QTest::newRow("winner home") << 3 << int(TieTableModel::WinnerColumn) << u"FC Bayern München"_s;
    QTest::newRow("computed winner, not the stated one") << 8 << int(TieTableModel::WinnerColumn) << u"Gamma"_s;
    QTest::newRow("no winner") << 7 << int(TieTableModel::WinnerColumn) << QString();
    QTest::newRow("file") << 0 << int(TieTableModel::FileColumn) << u"round.txt"_s;
    QTest::newRow("second file") << 9 << int(TieTableModel::FileColumn) << u"other.txt"_s;
}

void TestTieTableModel::display()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    TieTableModel model;
    model.setTieSet(m_set);
    QCOMPARE(model.data(model.index(row, column)).toString(), text);
}

void TestTieTableModel::sortOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QList<int>>("rows");

    // Missing dates last; a date without kick-off time before the same day's times.
    QTest::newRow("first-leg date") << int(TieTableModel::FirstLegDateColumn)
                                    << QList<int>{3, 0, 1, 2, 6, 8, 9, 5, 4, 7};
    QTest::newRow("second-leg date") << int(TieTableModel::SecondLegDateColumn)
                                     << QList<int>{3, 0, 1, 2, 8, 9, 6, 5, 4, 7};
    // Collation, not code points: Č with C, Þ after Z as in Icelandic and the root collation.
    QTest::newRow("home") << int(TieTableModel::HomeColumn) << QList<int>{5, 7, 9, 3, 1, 8, 6, 2, 0, 4};
    QTest::newRow("away") << int(TieTableModel::AwayColumn) << QList<int>{7, 6, 8, 1, 4, 0, 9, 2, 3, 5};
    // Goal difference of the leg's home club, then goals; legs without a score last, by status.
    QTest::newRow("first leg") << int(TieTableModel::FirstLegColumn) << QList<int>{0, 1, 4, 9, 2, 5, 3, 8, 6, 7};
    // ... then the shoot-out's difference.
    QTest::newRow("second leg") << int(TieTableModel::SecondLegColumn) << QList<int>{8, 1, 4, 9, 3, 2, 5, 0, 7, 6};
    QTest::newRow("aggregate") << int(TieTableModel::AggregateColumn) << QList<int>{0, 5, 4, 2, 9, 1, 3, 8, 6, 7};
    QTest::newRow("winner") << int(TieTableModel::WinnerColumn) << QList<int>{3, 0, 1, 8, 6, 2, 5, 4, 7, 9};
    QTest::newRow("decided by") << int(TieTableModel::DecidedByColumn) << QList<int>{0, 8, 1, 5, 2, 3, 4, 6, 7, 9};
    QTest::newRow("file") << int(TieTableModel::FileColumn) << QList<int>{9, 0, 1, 2, 3, 4, 5, 6, 7, 8};
}

void TestTieTableModel::sortOrder()
{
    QFETCH(int, column);
    QFETCH(QList<int>, rows);
    TieTableModel model;
    model.setTieSet(m_set);
    QCOMPARE(model.sortKeys(column).size(), std::size_t(10));
    QCOMPARE(rowsByKey(model, column), rows);
    // Cached: the same vector on the next call.
    QCOMPARE(&model.sortKeys(column), &model.sortKeys(column));
}

void TestTieTableModel::sortRole_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("date") << 0 << int(TieTableModel::FirstLegDateColumn) << QVariant(QDate(2012, 7, 3));
    QTest::newRow("no date") << 7 << int(TieTableModel::SecondLegDateColumn) << QVariant();
    QTest::newRow("club") << 4 << int(TieTableModel::HomeColumn) << QVariant(u"Þór Akureyri"_s);
    QTest::newRow("winner") << 0 << int(TieTableModel::WinnerColumn) << QVariant(u"FK Gomel"_s);
    QTest::newRow("no winner") << 7 << int(TieTableModel::WinnerColumn) << QVariant();
    QTest::newRow("decided by") << 1 << int(TieTableModel::DecidedByColumn) << QVariant(int(DecidedBy::AwayGoals));
    QTest::newRow("file") << 9 << int(TieTableModel::FileColumn) << QVariant(u"other.txt"_s);
    QTest::newRow("no aggregate") << 6 << int(TieTableModel::AggregateColumn) << QVariant();
}

void TestTieTableModel::sortRole()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    TieTableModel model;
    model.setTieSet(m_set);
    QCOMPARE(model.data(model.index(row, column), TieTableModel::SortRole), value);
}

void TestTieTableModel::toolTip_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("aggregate") << 0 << int(TieTableModel::WinnerColumn) << u"FK Gomel through on aggregate, 10 to 0"_s;
    QTest::newRow("away goals") << 1 << int(TieTableModel::DecidedByColumn)
                                << u"Level 3:3 on aggregate; FK Sūduva through on away goals, 3 to 1"_s;
    QTest::newRow("away goals after extra time")
        << 2 << int(TieTableModel::AggregateColumn)
        << u"Level 2:2 on aggregate after extra time; St Patrick's Athletic through on away goals (extra time included), 1 to 0"_s;
    QTest::newRow("penalties after extra time")
        << 3 << int(TieTableModel::WinnerColumn)
        << u"Level 3:3 on aggregate; FC Bayern München won the penalty shoot-out 3 to 1"_s;
    QTest::newRow("penalties after 90") << 4 << int(TieTableModel::WinnerColumn)
                                        << u"Level 1:1 on aggregate; Þór Akureyri won the penalty shoot-out 4 to 1"_s;
    QTest::newRow("extra time") << 5 << int(TieTableModel::WinnerColumn)
                                << u"Zenit through after extra time, 2 to 1 on aggregate"_s;
    QTest::newRow("awarded") << 6 << int(TieTableModel::WinnerColumn) << u"Awarded to KR Reykjavík (walkover)"_s;
    QTest::newRow("not played") << 7 << int(TieTableModel::WinnerColumn)
                                << u"Not decided yet: a leg has not been played"_s;
    QTest::newRow("stated winner differs")
        << 8 << int(TieTableModel::WinnerColumn)
        << u"Gamma through on aggregate, 3 to 0\nThe file names Delta as the winner, but by the rules Gamma went through"_s;
    QTest::newRow("stated winner is neither club") << 9 << int(TieTableModel::WinnerColumn)
                                                   << u"Not decided: the scores in the file do not settle the tie\n"
                                                      "The file names Nobody as the winner, which is neither club\n"
                                                      "Some scores in this tie do not add up; see the Problems list"_s;
    QTest::newRow("first leg") << 0 << int(TieTableModel::FirstLegColumn)
                               << u"Víkingur - FK Gomel\nHalf time: 0:0\nFull time: 0:6"_s;
    QTest::newRow("second leg, shoot-out")
        << 3 << int(TieTableModel::SecondLegColumn)
        << u"Real Madrid - FC Bayern München\nHalf time: 2:1\nFull time: 2:1\nAfter extra time: 2:1\nPenalty shoot-out: 1:3"_s;
    QTest::newRow("leg without half time") << 4 << int(TieTableModel::FirstLegColumn)
                                           << u"Þór Akureyri - FK Čelik Nikšić\nHalf time: not given\nFull time: 0:0"_s;
    QTest::newRow("walkover") << 6 << int(TieTableModel::SecondLegColumn)
                              << u"Brøndby IF - KR Reykjavík\nNo result: walkover"_s;
    QTest::newRow("leg not played") << 7 << int(TieTableModel::FirstLegColumn) << u"Alpha - Beta\nNot played yet"_s;
    QTest::newRow("date") << 0 << int(TieTableModel::FirstLegDateColumn) << u"Tuesday, 3 July 2012 16:30"_s;
    QTest::newRow("file and line") << 9 << int(TieTableModel::FileColumn) << u"/data/other.txt, line 1"_s;
    QTest::newRow("home club") << 1 << int(TieTableModel::HomeColumn) << u"FK Sūduva: at home in the first leg"_s;
}

void TestTieTableModel::toolTip()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    TieTableModel model;
    model.setTieSet(m_set);
    QCOMPARE(model.data(model.index(row, column), Qt::ToolTipRole).toString(), text);
}

void TestTieTableModel::emphasis()
{
    TieTableModel model;
    model.setTieSet(m_set);
    const auto bold = [&model](int row, int column) {
        return model.data(model.index(row, column), TieTableModel::EmphasisRole).toBool();
    };
    // Away club won tie 0: its name and the winner column are bold, the loser's is not.
    QVERIFY(bold(0, TieTableModel::AwayColumn));
    QVERIFY(bold(0, TieTableModel::WinnerColumn));
    QVERIFY(!bold(0, TieTableModel::HomeColumn));
    QVERIFY(bold(1, TieTableModel::HomeColumn));
    QVERIFY(!bold(1, TieTableModel::AwayColumn));
    QVERIFY(!bold(1, TieTableModel::AggregateColumn));
    // Undecided: nothing emphasised.
    for (int column = 0; column < TieTableModel::ColumnCount; ++column)
        QVERIFY(!bold(7, column));
    QCOMPARE(model.data(model.index(1, TieTableModel::AggregateColumn), Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::Alignment(Qt::AlignCenter));
    QVERIFY(!model.data(model.index(1, TieTableModel::HomeColumn), Qt::TextAlignmentRole).isValid());
}

void TestTieTableModel::mismatchMark()
{
    TieTableModel model;
    model.setTieSet(m_set);
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool mismatch = row == 8 || row == 9;
        QCOMPARE(model.data(model.index(row, 0), TieTableModel::MismatchRole).toBool(), mismatch);
        QCOMPARE(model.data(model.index(row, TieTableModel::WinnerColumn), TieTableModel::MismatchRole).toBool(),
                 mismatch);
    }
}

void TestTieTableModel::roles()
{
    TieTableModel model;
    model.setTieSet(m_set);
    QCOMPARE(model.data(model.index(4, 3), TieTableModel::TieIndexRole).toInt(), 4);
    QCOMPARE(model.data(model.index(0, 0), TieTableModel::WinnerSideRole).toInt(), int(Side::Away));
    QCOMPARE(model.data(model.index(1, 0), TieTableModel::WinnerSideRole).toInt(), int(Side::Home));
    QCOMPARE(model.data(model.index(7, 0), TieTableModel::WinnerSideRole).toInt(), int(Side::None));
    QCOMPARE(model.data(model.index(1, TieTableModel::DecidedByColumn)).toString(),
             decidedByText(DecidedBy::AwayGoals));
    QVERIFY(!model.data(model.index(0, 0), Qt::UserRole + 100).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
}

void TestTieTableModel::headers()
{
    TieTableModel model;
    QStringList titles;
    for (int column = 0; column < TieTableModel::ColumnCount; ++column) {
        titles << model.headerData(column, Qt::Horizontal).toString();
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QCOMPARE(titles,
             (QStringList{u"1st leg date"_s, u"Home"_s, u"Away"_s, u"1st leg"_s, u"2nd leg"_s, u"Aggregate"_s,
                          u"Winner"_s, u"Decided by"_s, u"2nd leg date"_s, u"File"_s, u"Round"_s}));
    QVERIFY(!model.headerData(TieTableModel::ColumnCount, Qt::Horizontal).isValid());
}

void TestTieTableModel::replaceAndClear()
{
    TieTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTieSet(m_set);
    const std::vector<qint64> keysBefore = model.sortKeys(TieTableModel::HomeColumn);
    QCOMPARE(keysBefore.size(), std::size_t(10));

    // Given a smaller set, the cached keys and ranks follow it.
    TieSetBuilder b;
    b.add(u"Zeta"_s, u"Alpha"_s, played(s(1, 0)), played(s(0, 0)), Side::Home, DecidedBy::Aggregate);
    b.add(u"Beta"_s, u"Zeta"_s, played(s(1, 0)), played(s(0, 0)), Side::Home, DecidedBy::Aggregate);
    model.setTieSet(b.set());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(rowsByKey(model, TieTableModel::HomeColumn), (QList<int>{1, 0}));
    QCOMPARE(model.foldedClubNames().size(), std::size_t(3));

    model.setTieSet(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.sortKeys(TieTableModel::HomeColumn).empty());
    QVERIFY(model.foldedClubNames().empty());
}

void TestTieTableModel::realFile()
{
    const auto set = loadDataFile(u"europa-league-2012-13-q1.txt"_s);
    QVERIFY(set);
    TieTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTieSet(set);
    QCOMPARE(model.rowCount(), 37);

    // Every cell has text where it should, and the tooltips explain every decided tie.
    int sudRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (const int column : {TieTableModel::HomeColumn, TieTableModel::AwayColumn, TieTableModel::FirstLegColumn,
                                 TieTableModel::SecondLegColumn, TieTableModel::AggregateColumn,
                                 TieTableModel::WinnerColumn, TieTableModel::FirstLegDateColumn})
            QVERIFY2(!model.data(model.index(row, column)).toString().isEmpty(), qPrintable(QString::number(row)));
        QVERIFY(!model.data(model.index(row, TieTableModel::WinnerColumn), Qt::ToolTipRole).toString().isEmpty());
        if (model.data(model.index(row, TieTableModel::HomeColumn)).toString() == u"FK Sūduva"_s)
            sudRow = row;
    }
    QVERIFY(sudRow >= 0);
    QCOMPARE(model.data(model.index(sudRow, TieTableModel::FirstLegColumn)).toString(), u"0:1 (0:0)"_s);
    QCOMPARE(model.data(model.index(sudRow, TieTableModel::SecondLegColumn)).toString(), u"2:3 (0:2)"_s);
    QCOMPARE(model.data(model.index(sudRow, TieTableModel::AggregateColumn)).toString(), u"3:3"_s);
    QCOMPARE(model.data(model.index(sudRow, TieTableModel::WinnerColumn), Qt::ToolTipRole).toString(),
             u"Level 3:3 on aggregate; FK Sūduva through on away goals, 3 to 1"_s);
    QCOMPARE(model.data(model.index(sudRow, TieTableModel::FirstLegDateColumn)).toString(), u"05/07/2012 17:30"_s);

    // The date column sorts by date and time: the keys never go down along the sorted rows.
    const QList<int> byDate = rowsByKey(model, TieTableModel::FirstLegDateColumn);
    for (qsizetype i = 1; i < byDate.size(); ++i) {
        const Leg &a = set->ties[std::size_t(byDate[i - 1])].leg1;
        const Leg &b = set->ties[std::size_t(byDate[i])].leg1;
        QVERIFY(a.julianDay < b.julianDay || (a.julianDay == b.julianDay && a.kickoffMinutes <= b.kickoffMinutes));
    }
}

QTEST_MAIN(TestTieTableModel)
void TestTieTableModel::awardedLeg()
{
    // Legia - Celtic 2014: 4:1 in Warsaw, the second leg awarded 3:0 to Celtic, through on away goals.
    const auto set = loadDataFile(u"cl-2014-15-q3-awarded.txt"_s);
    QVERIFY(set);
    TieTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTieSet(set);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, TieTableModel::SecondLegColumn)).toString(), u"3:0 dec."_s);
    QCOMPARE(model.data(model.index(0, TieTableModel::AggregateColumn)).toString(), u"4:4"_s);
    QCOMPARE(model.data(model.index(0, TieTableModel::DecidedByColumn)).toString(), u"Awarded"_s);
    QCOMPARE(model.data(model.index(0, TieTableModel::SecondLegColumn), Qt::ToolTipRole).toString(),
             u"Celtic FC - Legia Warszawa\nAwarded at the table: 3:0"_s);
    QCOMPARE(model.data(model.index(0, TieTableModel::WinnerColumn), Qt::ToolTipRole).toString(),
             u"Celtic FC through: the second leg awarded 3:0 to Celtic FC, 4 to 4 on aggregate"_s);
    // The awarded leg sorts by its score, like a played one.
    QVERIFY(model.data(model.index(0, TieTableModel::SecondLegColumn), TieTableModel::SortRole).isValid());
}

#include "tst_tietablemodel.moc"
