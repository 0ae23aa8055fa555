// The chart panel: the charts follow the filter, the sort and the current tie; export and theme.
#include "aggregatechart.h"
#include "chartexportdialog.h"
#include "chartfixtures.h"
#include "chartpanel.h"
#include "legschart.h"
#include "progressionchart.h"
#include "tiefiltermodel.h"
#include "tietablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QLineSeries>

using namespace Qt::StringLiterals;
using namespace tb;

class TestChartPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void followsTheFilter();
    void followsTheSort();
    void followsTheCurrentTie();
    void newDataForgetsTheCurrentTie();
    void exportWhatIsShown();
    void copyToClipboard();
    void theme();
    void kindNames();
    void exportDialog();

private:
    TieTableModel *m_model = nullptr;
    TieFilterModel *m_filter = nullptr;
    ChartPanel *m_panel = nullptr;
    std::shared_ptr<TieSet> m_set;
};

void TestChartPanel::init()
{
    m_set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    m_model = new TieTableModel;
    m_model->setTieSet(m_set);
    m_filter = new TieFilterModel;
    m_filter->setSourceModel(m_model);
    m_panel = new ChartPanel(m_filter);
    m_panel->resize(900, 700);
}

void TestChartPanel::cleanup()
{
    delete m_panel;
    delete m_filter;
    delete m_model;
}

void TestChartPanel::followsTheFilter()
{
    AggregateChart *chart = m_panel->aggregateChart();
    QCOMPARE(chart->tieCount(), 37);
    // When the user types a club into the filter
    m_filter->setClubText(u"suduva"_s);
    // Then the aggregate bars show only the matching ties, at once
    QCOMPARE(chart->tieCount(), 1);
    QCOMPARE(chart->tieLabel(0), u"1. FK Sūduva 3:3 FC Daugava"_s);
    m_filter->setClubText(u"fk"_s);
    QCOMPARE(chart->tieCount(), int(m_filter->visibleSourceRows().size()));
    for (int bar = 0; bar < chart->shownCount(); ++bar)
        QCOMPARE(chart->tieAtBar(bar), m_filter->visibleSourceRows()[std::size_t(bar)]);
    m_filter->setClubText(u"no such club"_s);
    QCOMPARE(chart->tieCount(), 0);
    m_filter->setClubText(QString());
    QCOMPARE(chart->tieCount(), 37);
}

void TestChartPanel::followsTheSort()
{
    AggregateChart *chart = m_panel->aggregateChart();
    m_filter->sort(TieTableModel::HomeColumn, Qt::AscendingOrder);
    const std::vector<int> &rows = m_filter->visibleSourceRows();
    QCOMPARE(chart->tieAtBar(0), rows.front());
    QVERIFY(chart->tieLabel(0).startsWith(u"1. "_s + m_set->clubName(m_set->ties[std::size_t(rows.front())].home)));
    const int firstAscending = rows.front();
    m_filter->sort(TieTableModel::HomeColumn, Qt::DescendingOrder);
    for (int bar = 0; bar < chart->shownCount(); ++bar)
        QCOMPARE(chart->tieAtBar(bar), m_filter->visibleSourceRows()[std::size_t(bar)]);
    QVERIFY(chart->tieAtBar(0) != firstAscending);
}

void TestChartPanel::followsTheCurrentTie()
{
    QVERIFY(!m_panel->legsChart()->hasTie());
    QVERIFY(!m_panel->progressionChart()->hasTie());
    m_panel->setCurrentTie(0); // Víkingur - FK Gomel
    QCOMPARE(m_panel->currentTie(), 0);
    QVERIFY(m_panel->legsChart()->hasTie());
    QCOMPARE(m_panel->legsChart()->drawnGoals(1, Side::Away, Period::SecondHalf), 6);
    QCOMPARE(m_panel->progressionChart()->runningAggregate(Side::Away)->points().constLast().y(), 10.0);
    QCOMPARE(m_panel->aggregateChart()->currentTie(), 0);
    m_panel->setCurrentTie(-1);
    QVERIFY(!m_panel->legsChart()->hasTie());
    QVERIFY(!m_panel->progressionChart()->hasTie());
    m_panel->setCurrentTie(9999);
    QCOMPARE(m_panel->currentTie(), -1);
}

void TestChartPanel::newDataForgetsTheCurrentTie()
{
    m_panel->setCurrentTie(5);
    // A different file is opened: index 5 would be another tie of another set
    m_model->setTieSet(charttest::loadRound(u"cl-2014-15-r16.txt"_s));
    QCOMPARE(m_panel->currentTie(), -1);
    QVERIFY(!m_panel->legsChart()->hasTie());
    QCOMPARE(m_panel->aggregateChart()->tieCount(), 8);
    m_panel->setCurrentTie(0);
    QVERIFY(m_panel->legsChart()->title().contains(u"Chelsea FC"_s));
}

void TestChartPanel::exportWhatIsShown()
{
    QTemporaryDir dir;
    m_filter->setClubText(u"fk"_s);
    m_panel->setCurrentTie(m_filter->visibleSourceRows().front());
    for (int kind = 0; kind < ChartPanel::ChartKindCount; ++kind) {
        m_panel->setCurrentKind(ChartPanel::ChartKind(kind));
        QCOMPARE(m_panel->currentKind(), ChartPanel::ChartKind(kind));
        const QString path = dir.filePath(ChartPanel::kindName(ChartPanel::ChartKind(kind)) + u".png"_s);
        ChartExportOptions options;
        options.size = QSize(1000, 600);
        options.scale = 2;
        QString error;
        QVERIFY2(m_panel->exportCurrentChartTo(path, options, &error), qPrintable(error));
        QCOMPARE(QImageReader(path).size(), QSize(2000, 1200));
    }
    // The exported aggregate chart shows the same ties as the screen
    const auto chart = m_panel->makeChart(ChartPanel::AggregateKind, QSize(1000, 600));
    auto *aggregate = qobject_cast<AggregateChart *>(chart.get());
    QVERIFY(aggregate);
    QCOMPARE(aggregate->tieCount(), m_panel->aggregateChart()->tieCount());
    QCOMPARE(aggregate->tieAtBar(0), m_panel->aggregateChart()->tieAtBar(0));
    // The export is a chart of its own: the one on screen keeps its size
    QVERIFY(aggregate != m_panel->aggregateChart());
}

void TestChartPanel::copyToClipboard()
{
    m_panel->setCurrentKind(ChartPanel::LegsKind);
    m_panel->setCurrentTie(1);
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
    QVERIFY(m_panel->legsChart()->isDark());
    QVERIFY(m_panel->aggregateChart()->isDark());
    QCOMPARE(m_panel->aggregateChart()->theme(), QChart::ChartThemeDark);
    m_panel->setChartTheme(u"light"_s);
    QVERIFY(!m_panel->progressionChart()->isDark());
    // Following the palette: a dark palette makes dark charts
    m_panel->setChartTheme(u"system"_s);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_panel->setPalette(dark);
    QVERIFY(m_panel->aggregateChart()->isDark());
    m_panel->setPalette(QPalette(Qt::white));
    QVERIFY(!m_panel->aggregateChart()->isDark());
}

void TestChartPanel::kindNames()
{
    for (int kind = 0; kind < ChartPanel::ChartKindCount; ++kind)
        QCOMPARE(ChartPanel::kindFromName(ChartPanel::kindName(ChartPanel::ChartKind(kind))), kind);
    QCOMPARE(ChartPanel::kindFromName(u"pie"_s), -1);
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

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
