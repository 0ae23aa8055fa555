// SPDX-License-Identifier: GPL-3.0-or-later
// The table delegates: the winner in bold, a contradicted winner and problem severities marked.
#include "itemdelegates.h"
#include "modelfixtures.h"
#include "problemmodel.h"
#include "tietablemodel.h"

#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

// initStyleOption is protected: this is how a view asks a delegate for a cell's look.
template<typename Delegate>
struct Probe : Delegate
{
    using Delegate::Delegate;
    QStyleOptionViewItem option(const QModelIndex &index) const
    {
        QStyleOptionViewItem result;
        Delegate::initStyleOption(&result, index);
        return result;
    }
};

} // namespace

class TestItemDelegates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tieCells_data();
    void tieCells();
    void problemSeverity();
};

void TestItemDelegates::tieCells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("bold");
    QTest::addColumn<bool>("marked");

    // Row 0: Víkingur - FK Gomel, Gomel through as the file says. Row 1: Khazar Lankaran won 4:2,
    // the file names JK Nõmme Kalju.
    QTest::newRow("winner named in the away column") << 0 << int(TieTableModel::AwayColumn) << true << false;
    QTest::newRow("loser plain") << 0 << int(TieTableModel::HomeColumn) << false << false;
    QTest::newRow("winner column, agreed") << 0 << int(TieTableModel::WinnerColumn) << true << false;
    QTest::newRow("winner column, contradicted") << 1 << int(TieTableModel::WinnerColumn) << true << true;
    QTest::newRow("score never stressed") << 1 << int(TieTableModel::AggregateColumn) << false << false;
}

void TestItemDelegates::tieCells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(bool, bold);
    QFETCH(bool, marked);

    // Given a real file whose second tie's stated winner the rules contradict
    const auto set = test::loadDataFile(u"bad/winner-contradicts-rules.txt"_s);
    QVERIFY(set);
    TieTableModel model;
    model.setTieSet(set);
    QTableView view;
    view.setModel(&model);
    Probe<TieItemDelegate> delegate(&view);

    // When the delegate styles the cell
    const QStyleOptionViewItem option = delegate.option(model.index(row, column));

    // Then the winner is bold and only the contradicted winner carries the mark
    QCOMPARE(option.font.bold(), bold);
    QCOMPARE(!option.icon.isNull(), marked);
    QCOMPARE(option.palette.color(QPalette::Text) == errorColor(), marked);
}

void TestItemDelegates::problemSeverity()
{
    const auto set = test::loadDataFile(u"bad/winner-contradicts-rules.txt"_s);
    QVERIFY(set);
    const auto broken = test::loadDataFile(u"bad/score-letters.txt"_s);
    QVERIFY(broken);
    set->append(std::move(*broken));
    ProblemModel model;
    model.setTieSet(set);
    QTableView view;
    view.setModel(&model);
    Probe<ProblemItemDelegate> delegate(&view);

    int errors = 0, warnings = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex severity = model.index(row, ProblemModel::SeverityColumn);
        const QStyleOptionViewItem option = delegate.option(severity);
        const bool error = severity.data(ProblemModel::SeverityRole).toInt() == int(Severity::Error);
        QVERIFY(!option.icon.isNull());
        QCOMPARE(option.palette.color(QPalette::Text), error ? errorColor() : warningColor());
        (error ? errors : warnings) += 1;
        // Other columns keep the palette's text colour.
        const QStyleOptionViewItem message = delegate.option(model.index(row, ProblemModel::MessageColumn));
        QVERIFY(message.icon.isNull());
    }
    QVERIFY(errors > 0);
    QVERIFY(warnings > 0);
}

} // namespace tb

QTEST_MAIN(tb::TestItemDelegates)
#include "tst_itemdelegates.moc"
