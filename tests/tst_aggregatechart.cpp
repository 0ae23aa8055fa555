// SPDX-License-Identifier: GPL-3.0-or-later
// The aggregate bars: values, highlights, order, labels and paging, for a whole real round.
#include "aggregatechart.h"
#include "chartexporter.h"
#include "chartfixtures.h"
#include "rules.h"

#include <QFontMetrics>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QValueAxis>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace tb;

class TestAggregateChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeRound();
    void tableOrder();
    void labelsFit();
    void paging();
    void currentTieTurnsThePage();
    void manyTies();
    void empty();
};

using charttest::allRows;

void TestAggregateChart::wholeRound()
{
    // Given the 37 ties of the 2012-13 first qualifying round
    const auto set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    QCOMPARE(set->ties.size(), std::size_t(37));

    // When the chart shows all of them in file order
    AggregateChart chart;
    chart.showTies({set, allRows(*set)});

    // Then one page holds them all, and every bar is the rules' aggregate, the winner highlighted
    QCOMPARE(chart.tieCount(), 37);
    QCOMPARE(chart.pageCount(), 1);
    QCOMPARE(chart.shownCount(), 37);
    QCOMPARE(chart.homeSet()->count(), 37);
    int highlighted = 0;
    for (int bar = 0; bar < 37; ++bar) {
        const Tie &tie = set->ties[std::size_t(bar)];
        const Aggregate total = rules::aggregate(tie);
        QCOMPARE(chart.tieAtBar(bar), bar);
        QCOMPARE(chart.drawnGoals(bar, Side::Home), total.home);
        QCOMPARE(chart.drawnGoals(bar, Side::Away), total.away);
        QCOMPARE(chart.isHighlighted(bar, Side::Home), tie.winner == Side::Home);
        QCOMPARE(chart.isHighlighted(bar, Side::Away), tie.winner == Side::Away);
        highlighted += chart.isHighlighted(bar, Side::Home) + chart.isHighlighted(bar, Side::Away);
    }
    QCOMPARE(highlighted, 37); // every tie of this round has a winner
    // Known values: Víkingur - FK Gomel 0:6, 4:0 -> 0:10, Gomel through
    QCOMPARE(chart.tieLabel(0), u"1. Víkingur 0:10 FK Gomel"_s);
    QCOMPARE(chart.drawnGoals(0, Side::Away), 10);
    QVERIFY(chart.isHighlighted(0, Side::Away));
    // The highlight is the winner's colour, the same as in the other charts
    QCOMPARE(chart.homeSet()->selectedColor(), chartColors(false).winner);
    QCOMPARE(chart.goalAxis()->max(), 13.0); // Elfsborg's 12 goals, plus room
    QVERIFY(chart.title().contains(u"all 37 ties"_s));
}

void TestAggregateChart::tableOrder()
{
    const auto set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    // The table sorted some way: the chart follows whatever order it is given
    std::vector<int> rows = {36, 0, 9, 20};
    AggregateChart chart;
    chart.showTies({set, rows});
    for (int bar = 0; bar < 4; ++bar) {
        QCOMPARE(chart.tieAtBar(bar), rows[std::size_t(bar)]);
        QCOMPARE(chart.drawnGoals(bar, Side::Home),
                 rules::aggregate(set->ties[std::size_t(rows[std::size_t(bar)])]).home);
    }
    // The first tie is drawn at the top: Qt counts categories from the bottom
    QCOMPARE(chart.categoryOfBar(0), 3);
    QVERIFY(chart.tieAxis()->at(3).startsWith(u"1. FH Hafnarfjörður"_s));
    QVERIFY(chart.tieAxis()->at(0).startsWith(u"4. "_s));
}

void TestAggregateChart::labelsFit()
{
    // Given the 37-tie round exported at the default size
    const auto set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    AggregateChart chart;
    const QSize size(1200, 800);
    chart.showTies({set, allRows(*set)});
    // When it is fitted to that size
    chart.fitToSize(size);
    // Then the whole round is on one page, and every label has a line of text of room
    QCOMPARE(chart.pageCount(), 1);
    const QFontMetrics metrics(chart.tieAxis()->labelsFont());
    const auto roomPerTie = [&chart] { return chart.plotArea().height() / chart.shownCount(); };
    QVERIFY2(roomPerTie() >= metrics.height(), qPrintable(u"%1 px per tie"_s.arg(roomPerTie())));
    // and no label is wider than its share of the chart
    for (int bar = 0; bar < chart.shownCount(); ++bar)
        QVERIFY(metrics.horizontalAdvance(chart.tieLabel(bar)) <= size.width() / 2);
    const QImage image = ChartExporter::render(&chart, size);
    QCOMPARE(image.size(), size);
    // All labels are distinct (the axis would drop duplicates) and keep their diacritics
    const QStringList labels = chart.tieAxis()->categories();
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), 37);
    QVERIFY(labels.join(u'\n').contains(u"Þór Akureyri"_s));
    QVERIFY(labels.join(u'\n').contains(u"FK Čelik Nikšić"_s));

    // A small window gets fewer ties per page instead of overlapping labels, and shorter labels
    chart.fitToSize(QSizeF(500, 400));
    QVERIFY(chart.pageCount() > 1);
    QVERIFY2(roomPerTie() >= metrics.height(), qPrintable(u"%1 px per tie"_s.arg(roomPerTie())));
    for (int bar = 0; bar < chart.shownCount(); ++bar)
        QVERIFY2(metrics.horizontalAdvance(chart.tieLabel(bar)) <= 250, qPrintable(chart.tieLabel(bar)));
    QVERIFY(chart.tieLabel(0).contains(u'\u2026') || chart.tieLabel(1).contains(u'\u2026'));
}

void TestAggregateChart::paging()
{
    const auto set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    AggregateChart chart;
    chart.setPageSize(10);
    QSignalSpy turned(&chart, &AggregateChart::pageChanged);
    chart.showTies({set, allRows(*set)});
    QCOMPARE(chart.pageCount(), 4);
    QCOMPARE(chart.shownCount(), 10);
    QVERIFY(chart.title().contains(u"ties 1\u201310 of 37"_s));

    chart.setPage(3);
    QCOMPARE(chart.page(), 3);
    QCOMPARE(chart.firstShown(), 30);
    QCOMPARE(chart.shownCount(), 7);
    QCOMPARE(chart.homeSet()->count(), 7);
    QCOMPARE(chart.tieAtBar(0), 30);
    QCOMPARE(chart.tieAtBar(7), -1);
    QVERIFY(chart.title().contains(u"ties 31\u201337 of 37"_s));
    QCOMPARE(turned.size(), 2);
    QCOMPARE(turned.last().at(0).toInt(), 3);

    // Past the end stays on the last page; a bigger page keeps the first tie shown in view
    chart.setPage(99);
    QCOMPARE(chart.page(), 3);
    chart.setPageSize(20);
    QCOMPARE(chart.page(), 1);
    QVERIFY(chart.firstShown() <= 30 && 30 < chart.firstShown() + chart.shownCount());
    // Page size is bounded so that a page stays readable
    chart.setPageSize(1000);
    QCOMPARE(chart.pageSize(), AggregateChart::MaxPageSize);
}

void TestAggregateChart::currentTieTurnsThePage()
{
    const auto set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    AggregateChart chart;
    chart.setPageSize(10);
    chart.showTies({set, allRows(*set)});
    chart.showTies({set, allRows(*set), 25});
    QCOMPARE(chart.page(), 2);
    QVERIFY(chart.tieLabel(5).startsWith(u"<b>26. "_s));
    // New rows (a filter change) open on the page of the current tie
    chart.showTies({set, {1, 2, 3, 25}, 25});
    QCOMPARE(chart.page(), 0);
    QVERIFY(chart.tieLabel(3).startsWith(u"<b>"_s));
    chart.showTies({set, {1, 2, 3, 25}, -1});
    QVERIFY(!chart.tieLabel(3).startsWith(u"<b>"_s));
}

void TestAggregateChart::manyTies()
{
    // 200,000 rows over the same 37 ties: one page is built, the note says how many are left out
    const auto set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    std::vector<int> rows(200000);
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(i % set->ties.size());
    AggregateChart chart;
    chart.showTies({set, std::move(rows)});
    QCOMPARE(chart.shownCount(), chart.pageSize());
    QCOMPARE(chart.homeSet()->count(), chart.pageSize());
    QCOMPARE(chart.pageCount(), (200000 + chart.pageSize() - 1) / chart.pageSize());
    QVERIFY2(chart.title().contains(u"of 200000"_s) || chart.title().contains(u"of 200,000"_s),
             qPrintable(chart.title()));
    chart.setPage(chart.pageCount() - 1);
    QCOMPARE(chart.tieAtBar(chart.shownCount() - 1), (200000 - 1) % 37);
}

void TestAggregateChart::empty()
{
    AggregateChart chart;
    QCOMPARE(chart.tieCount(), 0);
    QCOMPARE(chart.pageCount(), 1);
    QCOMPARE(chart.shownCount(), 0);
    QVERIFY(chart.title().contains(u"no ties"_s));
    const auto set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    chart.showTies({set, {0, 1, 2}});
    QVERIFY(chart.tieAxis()->labelsVisible());
    chart.showTies({set, {}});
    QCOMPARE(chart.homeSet()->count(), 0);
    // The ties of before leave no names behind on the axis
    QVERIFY(!chart.tieAxis()->labelsVisible());
    chart.showTies({nullptr, {1, 2, 3}}); // rows without a set mean nothing
    QCOMPARE(chart.tieCount(), 0);
    QVERIFY(!ChartExporter::render(&chart, QSize(400, 300)).isNull());
}

QTEST_MAIN(TestAggregateChart)
#include "tst_aggregatechart.moc"
