// SPDX-License-Identifier: GPL-3.0-or-later
// The chart panel: one tab per registered chart kind, each told what the panel is told.
#include "chartpanel.h"

#include "aggregatechart.h"
#include "chartexportdialog.h"
#include "chartregistry.h"
#include "chartstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtCharts/QChartView>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace tb {

struct ChartPanel::Private
{
    QTabWidget *tabs = nullptr;
    std::vector<QChartView *> views; // one per registered kind; each view owns its chart
    std::vector<TieChart *> charts;
    // Charts on tabs not on show are told what to show when they come on show (or are asked
    // for): at a million rows, drawing them all at every change would hold up the GUI thread.
    mutable std::vector<char> stale;
    // The chart on show is brought up to date once the queued events are handled (a timer, not
    // a queued call: Qt runs timers after those): after a load the table's rows are painted
    // first, and a run of changes (keys held down in the table) draws the chart once.
    QTimer redraw;
    ShownTies shown;
    ChartThemeChoice theme = ChartThemeChoice::FollowPalette;
    QString exportFolder;
    QSize exportSize;

    bool dark(const QWidget *panel) const { return useDarkTheme(theme, panel->palette()); }

    void bringUpToDate(int kind) const
    {
        if (kind < 0 || std::size_t(kind) >= charts.size() || !stale[std::size_t(kind)])
            return;
        stale[std::size_t(kind)] = 0;
        charts[std::size_t(kind)]->showTies(shown);
    }
};

namespace {

// Previous and next buttons with a label between them, under a chart that draws a page at a time;
// `offer`, if any, goes beside the label.
QWidget *pagedPage(QChartView *view, TieChart *chart, QWidget *offer)
{
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(view, 1);
    auto *bar = new QHBoxLayout;
    auto *previous = new QToolButton(page);
    previous->setArrowType(Qt::LeftArrow);
    previous->setText(ChartPanel::tr("Previous ties"));
    previous->setToolTip(ChartPanel::tr("Show the previous page of ties"));
    previous->setAccessibleName(ChartPanel::tr("Previous ties"));
    auto *next = new QToolButton(page);
    next->setArrowType(Qt::RightArrow);
    next->setText(ChartPanel::tr("Next ties"));
    next->setToolTip(ChartPanel::tr("Show the next page of ties"));
    next->setAccessibleName(ChartPanel::tr("Next ties"));
    auto *label = new QLabel(page);
    label->setAccessibleName(ChartPanel::tr("Ties shown"));
    bar->addWidget(previous);
    bar->addWidget(label, 1, Qt::AlignCenter);
    if (offer)
        bar->addWidget(offer);
    bar->addWidget(next);
    pageLayout->addLayout(bar);

    const auto update = [chart, previous, next, label] {
        previous->setEnabled(chart->page() > 0);
        next->setEnabled(chart->page() + 1 < chart->pageCount());
        label->setText(chart->pageText());
    };
    QObject::connect(chart, &TieChart::pageChanged, page, update);
    QObject::connect(previous, &QToolButton::clicked, chart, [chart] { chart->setPage(chart->page() - 1); });
    QObject::connect(next, &QToolButton::clicked, chart, [chart] { chart->setPage(chart->page() + 1); });
    update();
    return page;
}

// Thousands of pages of bars tell nobody anything: above a page of the most ties, the aggregate
// bars offer the summary of them all. The pager stays for those who want the bars.
QPushButton *summaryOffer(AggregateChart *chart, const std::function<void()> &showSummary)
{
    auto *offer = new QPushButton;
    offer->setFlat(true);
    offer->setCursor(Qt::PointingHandCursor);
    offer->setAccessibleName(ChartPanel::tr("Show the summary"));
    offer->setToolTip(ChartPanel::tr("How these ties were decided, who went through and by how many goals, in "
                                     "one chart"));
    const auto update = [chart, offer] {
        const int ties = chart->tieCount();
        offer->setText(ChartPanel::tr("%1 ties: show the summary").arg(QLocale().toString(ties)));
        offer->setVisible(ties > AggregateChart::MaxPageSize);
    };
    // Shown by the first update, once it has a place in the pager (a widget without a parent
    // would show as a window of its own); the chart says when its ties change.
    offer->hide();
    QObject::connect(chart, &TieChart::pageChanged, offer, update);
    QObject::connect(offer, &QPushButton::clicked, offer, showSummary);
    return offer;
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    setAccessibleName(tr("Charts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->tabs = new QTabWidget(this);
    d->tabs->setAccessibleName(tr("Chart"));
    d->tabs->setDocumentMode(true);
    layout->addWidget(d->tabs);

    const int summaryKind = ChartRegistry::indexOf(u"summary");
    for (const ChartKind &kind : ChartRegistry::kinds()) {
        TieChart *chart = kind.make().release(); // the view takes it
        auto *view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setAccessibleName(kind.translatedTitle());
        view->setAccessibleDescription(kind.translatedDescription());
        view->setMinimumSize(320, 240);
        d->views.push_back(view);
        d->charts.push_back(chart);
        QWidget *offer = nullptr;
        if (auto *bars = qobject_cast<AggregateChart *>(chart); bars && bars->isPaged() && summaryKind >= 0)
            offer = summaryOffer(bars, [this, summaryKind] { setCurrentKind(summaryKind); });
        QWidget *page = chart->isPaged() ? pagedPage(view, chart, offer) : view;
        const int tab = d->tabs->addTab(page, kind.translatedTitle());
        d->tabs->setTabToolTip(tab, kind.translatedDescription());
        connect(chart, &TieChart::tieClicked, this, &ChartPanel::tieClicked);
        chart->showTies(d->shown);
    }
    d->stale.assign(d->charts.size(), 0);
    connect(d->tabs, &QTabWidget::currentChanged, this, [this](int kind) { d->bringUpToDate(kind); });
    d->redraw.setSingleShot(true);
    d->redraw.setInterval(0);
    connect(&d->redraw, &QTimer::timeout, this, [this] { d->bringUpToDate(currentKind()); });
    applyTheme();
    // The chart of all the rows is the first one of use before a tie is selected.
    for (int kind = 0; kind < ChartRegistry::count(); ++kind) {
        if (ChartRegistry::kind(kind).draws == ChartKind::Draws::AllRows) {
            d->tabs->setCurrentIndex(kind);
            break;
        }
    }
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::showTies(const ShownTies &ties)
{
    d->shown = ties;
    d->shown.current = ties.currentIndex();
    std::fill(d->stale.begin(), d->stale.end(), 1);
    d->redraw.start(); // chart() and the exports bring a chart up to date when asked for it
}

const ShownTies &ChartPanel::shownTies() const
{
    return d->shown;
}

int ChartPanel::currentTie() const
{
    return d->shown.current;
}

int ChartPanel::currentKind() const
{
    return std::clamp(d->tabs->currentIndex(), 0, ChartRegistry::count() - 1);
}

void ChartPanel::setCurrentKind(int kind)
{
    d->tabs->setCurrentIndex(kind);
}

void ChartPanel::setChartTheme(const QString &theme)
{
    if (theme == u"light")
        d->theme = ChartThemeChoice::Light;
    else if (theme == u"dark")
        d->theme = ChartThemeChoice::Dark;
    else
        d->theme = ChartThemeChoice::FollowPalette;
    applyTheme();
}

QString ChartPanel::chartTheme() const
{
    switch (d->theme) {
    case ChartThemeChoice::Light: return u"light"_s;
    case ChartThemeChoice::Dark: return u"dark"_s;
    case ChartThemeChoice::FollowPalette: break;
    }
    return u"system"_s;
}

void ChartPanel::applyTheme()
{
    const bool dark = d->dark(this);
    for (TieChart *chart : d->charts)
        chart->setDark(dark);
}

void ChartPanel::setExportDefaults(const QString &folder, QSize size)
{
    d->exportFolder = folder;
    d->exportSize = size;
}

QString ChartPanel::exportFolder() const
{
    if (!d->exportFolder.isEmpty())
        return d->exportFolder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QSize ChartPanel::exportSize() const
{
    if (d->exportSize.isValid() && !d->exportSize.isEmpty())
        return d->exportSize;
    const QSize onScreen = d->views[std::size_t(currentKind())]->size();
    return onScreen.isEmpty() ? ChartSizeLimits::Default : onScreen;
}

std::unique_ptr<QChart> ChartPanel::makeChart(int kind, QSize size) const
{
    if (kind < 0 || kind >= ChartRegistry::count())
        return nullptr;
    std::unique_ptr<TieChart> chart = ChartRegistry::kind(kind).make();
    chart->setDark(d->dark(this));
    chart->showTies(d->shown);
    d->bringUpToDate(kind); // the exported chart follows the one on screen (its page, say)
    chart->fitForExport(size, d->charts[std::size_t(kind)]);
    return chart;
}

QImage ChartPanel::renderCurrentChart(QSize size, qreal scale) const
{
    const std::unique_ptr<QChart> chart = makeChart(currentKind(), size);
    return ChartExporter::render(chart.get(), size, scale);
}

bool ChartPanel::exportCurrentChartTo(const QString &path, const ChartExportOptions &options, QString *error)
{
    const std::unique_ptr<QChart> chart = makeChart(currentKind(), options.size);
    ChartExportOptions withTitle = options;
    if (withTitle.title.isEmpty())
        withTitle.title = ChartRegistry::kind(currentKind()).translatedTitle();
    return ChartExporter::write(chart.get(), path, withTitle, error);
}

void ChartPanel::exportCurrentChart()
{
    const QString suggested = QDir(exportFolder()).filePath(ChartRegistry::kind(currentKind()).keyText() + u".png"_s);
    ChartExportDialog dialog(suggested, exportSize(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!exportCurrentChartTo(dialog.path(), dialog.options(), &error)) {
        // The user asked for this file and must know it was not written.
        QMessageBox::warning(this, tr("Export Chart"), error);
        return;
    }
    d->exportFolder = QFileInfo(dialog.path()).absolutePath();
    d->exportSize = dialog.chartSize();
    Q_EMIT exportDefaultsChanged(d->exportFolder, d->exportSize);
}

void ChartPanel::copyCurrentChart()
{
    QChartView *view = d->views[std::size_t(currentKind())];
    const QSize size = view->size().isEmpty() ? ChartSizeLimits::Default : view->size();
    QImage image = renderCurrentChart(size, view->devicePixelRatioF());
    if (!image.isNull())
        QApplication::clipboard()->setImage(image);
}

TieChart *ChartPanel::chart(int kind) const
{
    if (kind < 0 || kind >= ChartRegistry::count())
        return nullptr;
    d->bringUpToDate(kind);
    return d->charts[std::size_t(kind)];
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && d->theme == ChartThemeChoice::FollowPalette) {
        if (!d->charts.empty() && d->dark(this) != d->charts.front()->isDark())
            applyTheme();
    }
    QWidget::changeEvent(event);
}

} // namespace tb
