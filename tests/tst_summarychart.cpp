// SPDX-License-Identifier: GPL-3.0-or-later
// The summary chart: its bars and labels are the summary's figures, it follows the rows it is
// given, colours by the theme and exports its labels as text.
#include "chartexporter.h"
#include "chartfixtures.h"
#include "summarychart.h"
#include "tietext.h"

#include <QFile>
#include <QFontMetrics>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QValueAxis>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace tb;

class TestSummaryChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rows_data();
    void rows();
    void followsTheRows();
    void empty();
    void narrowChartShortensTheNames();
    void theme_data();
    void theme();
    void svgHoldsTheLabels();

private:
    std::shared_ptr<TieSet> m_sample;
};

using charttest::allRows;

void TestSummaryChart::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_sample = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    QCOMPARE(m_sample->ties.size(), std::size_t(37));
}

void TestSummaryChart::rows_data()
{
    // Each row of the chart, from the top, on the sample's 37 ties: its figure, the count drawn
    // and the start of its label (shares of the figure's own total).
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("figure");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("label");
    const auto add = [](const char *name, int row, SummaryChart::Figure figure, int count, const QString &label) {
        QTest::newRow(name) << row << int(figure) << count << label;
    };
    add("aggregate", 0, SummaryChart::Decided, 31, u"Aggregate: 31 (83.8%)"_s);
    add("away goals", 1, SummaryChart::Decided, 5, u"Away goals: 5 (13.5%)"_s);
    add("extra time", 2, SummaryChart::Decided, 0, u"Extra time: 0 (0.0%)"_s);
    add("away goals aet", 3, SummaryChart::Decided, 1, u"Away goals (a.e.t.): 1 (2.7%)"_s);
    add("penalties", 4, SummaryChart::Decided, 0, u"Penalties: 0 (0.0%)"_s);
    add("playoff", 5, SummaryChart::Decided, 0, u"Play-off: 0 (0.0%)"_s);
    add("coin toss", 6, SummaryChart::Decided, 0, u"Coin toss: 0 (0.0%)"_s);
    add("awarded", 7, SummaryChart::Decided, 0, u"Awarded: 0 (0.0%)"_s);
    add("undecided", 8, SummaryChart::Decided, 0, u"Undecided: 0 (0.0%)"_s);
    // Counted by hand in tst_tiesummary: 21 second-leg hosts through, 16 first-leg hosts
    add("2nd-leg host", 9, SummaryChart::Through, 21, u"Second-leg home club: 21 (56.8%)"_s);
    add("1st-leg host", 10, SummaryChart::Through, 16, u"First-leg home club: 16 (43.2%)"_s);
    add("level", 11, SummaryChart::Margins, 6, u"Level (0): 6 (16.2%)"_s);
}

void TestSummaryChart::rows()
{
    QFETCH(int, row);
    QFETCH(int, figure);
    QFETCH(int, count);
    QFETCH(QString, label);
    SummaryChart chart;
    chart.showTies({m_sample, allRows(*m_sample)});
    QCOMPARE(int(SummaryChart::figureOfRow(row)), figure);
    QCOMPARE(chart.drawnCount(row), count);
    QCOMPARE(chart.rowLabel(row), label);
    // Only the row's own figure has a bar in it
    const int category = SummaryChart::RowCount - 1 - row;
    for (int other = 0; other < SummaryChart::FigureCount; ++other) {
        const qreal value = chart.figureSet(SummaryChart::Figure(other))->at(category);
        QCOMPARE(value, other == figure ? qreal(count) : 0.0);
    }
}

void TestSummaryChart::followsTheRows()
{
    // Given the whole sample, the margin rows are the summary's
    SummaryChart chart;
    chart.showTies({m_sample, allRows(*m_sample)});
    const TieSummary &s = chart.summary();
    QCOMPARE(s.ties, 37);
    int margins = 0;
    for (int bucket = 0; bucket < TieSummary::MarginBuckets; ++bucket) {
        const int row = SummaryChart::RowCount - TieSummary::MarginBuckets + bucket;
        QCOMPARE(chart.drawnCount(row), s.margins[std::size_t(bucket)]);
        QVERIFY(chart.rowLabel(row).startsWith(TieSummary::marginText(bucket) + u": "_s));
        margins += chart.drawnCount(row);
    }
    QCOMPARE(margins, 37);
    QVERIFY(chart.title().contains(u"37 ties"_s));
    QVERIFY(chart.countAxis()->max() >= 31); // room for the longest bar

    // When the filter leaves two ties (what the panel gives: the table's rows)
    const int gomel = charttest::findTie(*m_sample, u"Víkingur"_s);
    const int stPat = charttest::findTie(*m_sample, u"St Patrick's Athletic"_s);
    chart.showTies({m_sample, {gomel, stPat}, gomel});
    // Then the chart sums up those two
    QCOMPARE(chart.summary().ties, 2);
    QCOMPARE(chart.drawnCount(0), 1); // aggregate
    QCOMPARE(chart.drawnCount(3), 1); // away goals after extra time
    QCOMPARE(chart.rowLabel(9), u"Second-leg home club: 1 (50.0%)"_s); // FK Gomel
    QCOMPARE(chart.rowLabel(11), u"Level (0): 1 (50.0%)"_s); // 2:2 after extra time
    QVERIFY2(chart.title().contains(u"2 ties"_s), qPrintable(chart.title()));
    // A new current tie alone changes nothing
    chart.showTies({m_sample, {gomel, stPat}, stPat});
    QCOMPARE(chart.summary().ties, 2);
}

void TestSummaryChart::empty()
{
    SummaryChart chart;
    QVERIFY(chart.title().contains(u"no ties to show"_s));
    chart.showTies({m_sample, {}});
    for (int row = 0; row < SummaryChart::RowCount; ++row)
        QCOMPARE(chart.drawnCount(row), 0);
    QCOMPARE(chart.rowLabel(0), u"Aggregate: 0 (0.0%)"_s);
    QCOMPARE(chart.drawnCount(SummaryChart::RowCount), -1);
    QCOMPARE(chart.rowLabel(-1), QString());
    QCOMPARE(chart.rowAxis()->count(), SummaryChart::RowCount);
    // Without a set at all (nothing loaded)
    chart.showTies({});
    QCOMPARE(chart.summary().ties, 0);
}

void TestSummaryChart::narrowChartShortensTheNames()
{
    // Given the sample's summary fitted to a narrow chart
    SummaryChart chart;
    chart.showTies({m_sample, allRows(*m_sample)});
    const QString whole = chart.rowLabel(3);
    QCOMPARE(whole, u"Away goals (a.e.t.): 1 (2.7%)"_s);
    chart.fitToWidth(300);
    // Then the long names are shortened, never the figures, and the axis still has a label per row
    const QFontMetrics metrics(chart.rowAxis()->labelsFont());
    QSet<QString> labels;
    for (int row = 0; row < SummaryChart::RowCount; ++row) {
        const QString label = chart.rowLabel(row);
        QVERIFY2(metrics.horizontalAdvance(label) <= 300 / 2, qPrintable(label));
        QVERIFY2(label.endsWith(u"%)"_s), qPrintable(label));
        labels.insert(label);
    }
    QCOMPARE(labels.size(), SummaryChart::RowCount);
    QVERIFY2(chart.rowLabel(3).contains(u'\u2026'), qPrintable(chart.rowLabel(3)));
    QVERIFY(chart.rowLabel(3).endsWith(u": 1 (2.7%)"_s));
    // and a wide chart has room for them whole again
    chart.fitForExport(QSize(1200, 800), nullptr);
    QCOMPARE(chart.rowLabel(3), whole);
}

void TestSummaryChart::theme_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestSummaryChart::theme()
{
    QFETCH(bool, dark);
    SummaryChart chart;
    chart.showTies({m_sample, allRows(*m_sample)});
    chart.setDark(!dark);
    chart.setDark(dark);
    const ChartColors colors = chartColors(dark);
    QCOMPARE(chart.figureSet(SummaryChart::Decided)->color(), colors.home);
    QCOMPARE(chart.figureSet(SummaryChart::Through)->color(), colors.winner);
    QCOMPARE(chart.figureSet(SummaryChart::Margins)->color(), colors.away);
    QCOMPARE(chart.theme(), dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    QCOMPARE(chart.figureSet(SummaryChart::Figure(SummaryChart::FigureCount)), nullptr);
}

void TestSummaryChart::svgHoldsTheLabels()
{
    // Given the chart of the sample, exported as SVG at the default size
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SummaryChart chart;
    chart.showTies({m_sample, allRows(*m_sample)});
    chart.fitForExport(ChartSizeLimits::Default, nullptr);
    const QString path = dir.filePath(u"summary.svg"_s);
    ChartExportOptions options;
    options.size = ChartSizeLimits::Default;
    QString error;
    QVERIFY2(ChartExporter::write(&chart, path, options, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    // Then every row's label, the figures' names and the title are in it as text
    for (int row = 0; row < SummaryChart::RowCount; ++row)
        QVERIFY2(svg.contains(chart.rowLabel(row).toHtmlEscaped()), qPrintable(chart.rowLabel(row)));
    for (const QString &figure : {TieSummary::decidedTitle(), TieSummary::throughTitle(), TieSummary::marginTitle()})
        QVERIFY2(svg.contains(figure), qPrintable(figure));
    QVERIFY(svg.contains(u"37 ties"_s));
}

QTEST_MAIN(TestSummaryChart)
#include "tst_summarychart.moc"
