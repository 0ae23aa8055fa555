// SPDX-License-Identifier: GPL-3.0-or-later
// The chart panel: the charts follow the filter, the sort and the current tie; export and theme.
#include "aggregatechart.h"
#include "chartexportdialog.h"
#include "chartfixtures.h"
#include "chartpanel.h"
#include "chartregistry.h"
#include "legschart.h"
#include "progressionchart.h"
#include "showntiesfeed.h"
#include "summarychart.h"
#include "tiefiltermodel.h"
#include "tietablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QtCharts/QBarSet>
#include <QtCharts/QLineSeries>

using namespace Qt::StringLiterals;
using namespace tb;

namespace {

// The panel's widget of type W with the accessible name `name`, or nullptr.
template<typename W>
W *named(const QWidget *panel, QStringView name)
{
    const auto widgets = panel->findChildren<W *>();
    for (W *widget : widgets) {
        if (widget->accessibleName() == name)
            return widget;
    }
    return nullptr;
}

} // namespace

class TestChartPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void followsTheFilter();
    void followsTheSort();
    void drawsWhenTheQueuedEventsAreHandled();
    void followsTheCurrentTie();
    void newDataForgetsTheCurrentTie();
    void exportWhatIsShown();
    void copyToClipboard();
    void theme();
    void kindNames();
    void exportDialog();
    void clickingABarSelectsItsTie();
    void pagerTurnsThePages();
    void hiddenChartsWaitUntilShown();
    void manyTiesOfferTheSummary_data();
    void manyTiesOfferTheSummary();

private:
    // The panel's chart of each kind, as the registry names them.
    template<typename Chart>
    Chart *chartOf(const char16_t *key) const
    {
        return qobject_cast<Chart *>(m_panel->chart(ChartRegistry::indexOf(QStringView(key))));
    }
    LegsChart *legsChart() const { return chartOf<LegsChart>(u"legs"); }
    ProgressionChart *progressionChart() const { return chartOf<ProgressionChart>(u"progression"); }
    AggregateChart *aggregateChart() const { return chartOf<AggregateChart>(u"aggregate"); }
    SummaryChart *summaryChart() const { return chartOf<SummaryChart>(u"summary"); }
    // What the window does when a file is opened: the feed gets the set, the model its rows.
    void open(std::shared_ptr<const TieSet> set)
    {
        m_feed->setTieSet(set);
        m_model->setTieSet(set);
    }

    TieTableModel *m_model = nullptr;
    TieFilterModel *m_filter = nullptr;
    ShownTiesFeed *m_feed = nullptr;
    ChartPanel *m_panel = nullptr;
    std::shared_ptr<TieSet> m_set;
};

void TestChartPanel::init()
{
    m_set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    m_model = new TieTableModel;
    m_filter = new TieFilterModel;
    m_filter->setSourceModel(m_model);
    m_panel = new ChartPanel;
    m_feed = new ShownTiesFeed(m_filter);
    connect(m_feed, &ShownTiesFeed::shownChanged, m_panel, &ChartPanel::showTies);
    open(m_set);
    m_panel->resize(900, 700);
}

void TestChartPanel::cleanup()
{
    delete m_panel;
    delete m_feed;
    delete m_filter;
    delete m_model;
}

void TestChartPanel::followsTheFilter()
{
    QCOMPARE(aggregateChart()->tieCount(), 37);
    // When the user types a club into the filter
    m_filter->setClubText(u"suduva"_s);
    // Then the aggregate bars show only the matching ties: the panel draws its chart once the
    // queued events are handled, and at once when the chart is asked for (as here)
    QCOMPARE(aggregateChart()->tieCount(), 1);
    QCOMPARE(aggregateChart()->tieLabel(0), u"1. FK Sūduva 3:3 FC Daugava"_s);
    m_filter->setClubText(u"fk"_s);
    QCOMPARE(aggregateChart()->tieCount(), int(m_filter->visibleSourceRows().size()));
    for (int bar = 0; bar < aggregateChart()->shownCount(); ++bar)
        QCOMPARE(aggregateChart()->tieAtBar(bar), m_filter->visibleSourceRows()[std::size_t(bar)]);
    m_filter->setClubText(u"no such club"_s);
    QCOMPARE(aggregateChart()->tieCount(), 0);
    m_filter->setClubText(QString());
    QCOMPARE(aggregateChart()->tieCount(), 37);
}

void TestChartPanel::followsTheSort()
{
    m_filter->sort(TieTableModel::HomeColumn, Qt::AscendingOrder);
    const std::vector<int> &rows = m_filter->visibleSourceRows();
    QCOMPARE(aggregateChart()->tieAtBar(0), rows.front());
    QVERIFY(aggregateChart()->tieLabel(0).startsWith(u"1. "_s
                                                     + m_set->clubName(m_set->ties[std::size_t(rows.front())].home)));
    const int firstAscending = rows.front();
    m_filter->sort(TieTableModel::HomeColumn, Qt::DescendingOrder);
    for (int bar = 0; bar < aggregateChart()->shownCount(); ++bar)
        QCOMPARE(aggregateChart()->tieAtBar(bar), m_filter->visibleSourceRows()[std::size_t(bar)]);
    QVERIFY(aggregateChart()->tieAtBar(0) != firstAscending);
}

void TestChartPanel::drawsWhenTheQueuedEventsAreHandled()
{
    // A change is drawn once, after the events queued with it (the table's paint after a load):
    // not inside the change, and without anybody asking for the chart.
    AggregateChart *bars = aggregateChart();
    m_filter->setClubText(u"suduva"_s);
    m_filter->setClubText(u"fk"_s);
    QCOMPARE(bars->tieCount(), 37);
    QTRY_COMPARE(bars->tieCount(), int(m_filter->visibleSourceRows().size()));
    QVERIFY(bars->tieCount() < 37);
}

void TestChartPanel::followsTheCurrentTie()
{
    QVERIFY(!legsChart()->hasTie());
    QVERIFY(!progressionChart()->hasTie());
    m_feed->setCurrentTie(0); // Víkingur - FK Gomel
    QCOMPARE(m_panel->currentTie(), 0);
    QVERIFY(legsChart()->hasTie());
    QCOMPARE(legsChart()->drawnGoals(1, Side::Away, Period::SecondHalf), 6);
    QCOMPARE(progressionChart()->runningAggregate(Side::Away)->points().constLast().y(), 10.0);
    QCOMPARE(aggregateChart()->currentTie(), 0);
    m_feed->setCurrentTie(-1);
    QVERIFY(!legsChart()->hasTie());
    QVERIFY(!progressionChart()->hasTie());
    m_feed->setCurrentTie(9999);
    QCOMPARE(m_panel->currentTie(), -1);
}

void TestChartPanel::newDataForgetsTheCurrentTie()
{
    m_feed->setCurrentTie(5);
    // A different file is opened: index 5 would be another tie of another set
    open(charttest::loadRound(u"cl-2014-15-r16.txt"_s));
    QCOMPARE(m_panel->currentTie(), -1);
    QVERIFY(!legsChart()->hasTie());
    QCOMPARE(aggregateChart()->tieCount(), 8);
    m_feed->setCurrentTie(0);
    QVERIFY(legsChart()->title().contains(u"Chelsea FC"_s));
}

void TestChartPanel::exportWhatIsShown()
{
    QTemporaryDir dir;
    m_filter->setClubText(u"fk"_s);
    m_feed->setCurrentTie(m_filter->visibleSourceRows().front());
    for (int kind = 0; kind < ChartRegistry::count(); ++kind) {
        m_panel->setCurrentKind(kind);
        QCOMPARE(m_panel->currentKind(), kind);
        const QString path = dir.filePath(ChartRegistry::kind(kind).keyText() + u".png"_s);
        ChartExportOptions options;
        options.size = QSize(1000, 600);
        options.scale = 2;
        QString error;
        QVERIFY2(m_panel->exportCurrentChartTo(path, options, &error), qPrintable(error));
        QCOMPARE(QImageReader(path).size(), QSize(2000, 1200));
    }
    // The exported aggregate chart shows the same ties as the screen
    const auto chart = m_panel->makeChart(ChartRegistry::indexOf(u"aggregate"), QSize(1000, 600));
    auto *aggregate = qobject_cast<AggregateChart *>(chart.get());
    QVERIFY(aggregate);
    QCOMPARE(aggregate->tieCount(), aggregateChart()->tieCount());
    QCOMPARE(aggregate->tieAtBar(0), aggregateChart()->tieAtBar(0));
    // The export is a chart of its own: the one on screen keeps its size
    QVERIFY(aggregate != aggregateChart());
}

void TestChartPanel::copyToClipboard()
{
    m_panel->setCurrentKind(ChartRegistry::indexOf(u"legs"));
    m_feed->setCurrentTie(1);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    m_panel->copyCurrentChart();
    const QImage image = QApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 300 && image.height() > 200);
}

void TestChartPanel::theme()
{
    m_panel->setChartTheme(u"dark"_s);
    QCOMPARE(m_panel->chartTheme(), u"dark"_s);
    QVERIFY(legsChart()->isDark());
    QVERIFY(aggregateChart()->isDark());
    QCOMPARE(aggregateChart()->theme(), QChart::ChartThemeDark);
    m_panel->setChartTheme(u"light"_s);
    QVERIFY(!progressionChart()->isDark());
    // Following the palette: a dark palette makes dark charts
    m_panel->setChartTheme(u"system"_s);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_panel->setPalette(dark);
    QVERIFY(aggregateChart()->isDark());
    m_panel->setPalette(QPalette(Qt::white));
    QVERIFY(!aggregateChart()->isDark());
}

void TestChartPanel::kindNames()
{
    for (int kind = 0; kind < ChartRegistry::count(); ++kind)
        QCOMPARE(ChartRegistry::indexOf(ChartRegistry::kind(kind).keyText()), kind);
    QCOMPARE(ChartRegistry::indexOf(u"pie"_s), -1);
}

void TestChartPanel::exportDialog()
{
    ChartExportDialog dialog(u"/tmp/charts/aggregate.png"_s, QSize(1024, 640));
    QCOMPARE(dialog.format(), ChartFormat::Png);
    QCOMPARE(dialog.chartSize(), QSize(1024, 640));
    dialog.setScale(2);
    QCOMPARE(dialog.scale(), 2.0);
    // Choosing a format renames the file; vector formats have no scale
    dialog.setFormat(ChartFormat::Svg);
    QCOMPARE(dialog.path(), u"/tmp/charts/aggregate.svg"_s);
    QCOMPARE(dialog.scale(), 1.0);
    // Typing a name picks the format
    dialog.setPath(u"/tmp/charts/report.pdf"_s);
    QCOMPARE(dialog.format(), ChartFormat::Pdf);
    dialog.setPath(u"/tmp/charts/photo.JPEG"_s);
    QCOMPARE(dialog.format(), ChartFormat::Jpeg);
    QCOMPARE(dialog.options().scale, 2.0);
    // The size is bounded
    dialog.setChartSize(QSize(50, 99999));
    QCOMPARE(dialog.chartSize(), QSize(ChartExportDialog::MinSide, ChartExportDialog::MaxSide));
}

void TestChartPanel::clickingABarSelectsItsTie()
{
    m_filter->sort(TieTableModel::HomeColumn, Qt::DescendingOrder);
    AggregateChart *chart = aggregateChart();
    QSignalSpy clicked(m_panel, &ChartPanel::tieClicked);
    // Qt reports a click on a bar by its category, counted from the bottom
    Q_EMIT chart->homeSet()->clicked(chart->categoryOfBar(2));
    Q_EMIT chart->awaySet()->clicked(chart->categoryOfBar(0));
    QCOMPARE(clicked.count(), 2);
    QCOMPARE(clicked.at(0).at(0).toInt(), m_filter->visibleSourceRows()[2]);
    QCOMPARE(clicked.at(1).at(0).toInt(), m_filter->visibleSourceRows()[0]);
}

void TestChartPanel::pagerTurnsThePages()
{
    AggregateChart *chart = aggregateChart();
    chart->setPageSize(10);
    QToolButton *next = named<QToolButton>(m_panel, u"Next ties");
    QToolButton *previous = named<QToolButton>(m_panel, u"Previous ties");
    QVERIFY(next && previous);
    QCOMPARE(chart->page(), 0);
    QVERIFY(!previous->isEnabled());
    next->click();
    QCOMPARE(chart->page(), 1);
    QCOMPARE(chart->tieAtBar(0), m_filter->visibleSourceRows()[10]);
    QVERIFY(previous->isEnabled());
    QLabel *shown = named<QLabel>(m_panel, u"Ties shown");
    QVERIFY(shown);
    QCOMPARE(shown->text(), u"Ties 11\u201320 of 37"_s);
    next->click();
    next->click();
    QCOMPARE(chart->page(), 3);
    QVERIFY(!next->isEnabled());
    previous->click();
    QCOMPARE(chart->page(), 2);
}

void TestChartPanel::hiddenChartsWaitUntilShown()
{
    // Given the aggregate bars on a tab that is not on show
    AggregateChart *bars = aggregateChart();
    m_panel->setCurrentKind(ChartRegistry::indexOf(u"legs"));
    QCOMPARE(bars->tieCount(), 37);
    // When the filter changes, only the chart on show draws anew at once
    m_filter->setClubText(u"suduva"_s);
    QCOMPARE(bars->tieCount(), 37);
    // Then the bars catch up when their tab comes on show
    m_panel->setCurrentKind(ChartRegistry::indexOf(u"aggregate"));
    QCOMPARE(bars->tieCount(), 1);
    // and whenever they are asked for (printing, export)
    m_panel->setCurrentKind(ChartRegistry::indexOf(u"legs"));
    m_filter->setClubText(QString());
    QCOMPARE(aggregateChart()->tieCount(), 37);
}

void TestChartPanel::manyTiesOfferTheSummary_data()
{
    QTest::addColumn<int>("ties");
    QTest::addColumn<bool>("offered");
    QTest::newRow("one round") << 37 << false;
    QTest::newRow("a page") << AggregateChart::MaxPageSize << false;
    QTest::newRow("a page and one") << AggregateChart::MaxPageSize + 1 << true;
    QTest::newRow("many pages") << 5000 << true;
}

void TestChartPanel::manyTiesOfferTheSummary()
{
    QFETCH(int, ties);
    QFETCH(bool, offered);
    // Given the aggregate bars on show, with `ties` rows (the sample's ties over and over)
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    const int aggregate = ChartRegistry::indexOf(u"aggregate");
    const int summary = ChartRegistry::indexOf(u"summary");
    QVERIFY(aggregate >= 0 && summary >= 0);
    m_panel->setCurrentKind(aggregate);
    ShownTies shown;
    shown.set = m_set;
    std::vector<int> rows;
    for (int i = 0; i < ties; ++i)
        rows.push_back(i % int(m_set->ties.size()));
    shown.rows = std::move(rows);
    m_panel->showTies(shown);
    QCOMPARE(aggregateChart()->tieCount(), ties);

    // Then above a page of the most ties, the pager offers the summary of them all
    QPushButton *offer = named<QPushButton>(m_panel, u"Show the summary");
    QVERIFY(offer);
    QCOMPARE(offer->isVisible(), offered);
    if (!offered)
        return;
    QCOMPARE(offer->text(), u"%1 ties: show the summary"_s.arg(QLocale().toString(ties)));
    // and the pager still turns the pages
    QToolButton *next = named<QToolButton>(m_panel, u"Next ties");
    QVERIFY(next && next->isEnabled());
    next->click();
    QCOMPARE(aggregateChart()->page(), 1);

    // When the offer is taken
    QTest::mouseClick(offer, Qt::LeftButton);
    // Then the summary is on show, of the same rows
    QCOMPARE(m_panel->currentKind(), summary);
    QCOMPARE(summaryChart()->summary().ties, ties);
}

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
