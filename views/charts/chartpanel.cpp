// The chart panel: three chart views in tabs, fed from the filter model and the current tie.
#include "chartpanel.h"

#include "aggregatechart.h"
#include "chartexportdialog.h"
#include "chartstyle.h"
#include "legschart.h"
#include "progressionchart.h"
#include "tiefiltermodel.h"
#include "tietablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>

using namespace Qt::StringLiterals;

namespace tb {

struct ChartPanel::Private
{
    TieFilterModel *filter = nullptr;
    QTabWidget *tabs = nullptr;
    QChartView *views[ChartKindCount] = {};
    LegsChart *legs = nullptr;
    ProgressionChart *progression = nullptr;
    AggregateChart *aggregate = nullptr;
    QToolButton *previous = nullptr;
    QToolButton *next = nullptr;
    QLabel *pageLabel = nullptr;

    std::shared_ptr<const TieSet> set; // the set the current tie index refers to
    int currentTie = -1;
    ChartThemeChoice theme = ChartThemeChoice::FollowPalette;
    QString exportFolder;
    QSize exportSize;

    std::shared_ptr<const TieSet> modelSet() const
    {
        return filter && filter->tieModel() ? filter->tieModel()->tieSet() : nullptr;
    }
    bool dark(const QWidget *panel) const { return useDarkTheme(theme, panel->palette()); }
};

ChartPanel::ChartPanel(TieFilterModel *ties, QWidget *parent)
    : QWidget(parent)
    , d(new Private)
{
    d->filter = ties;
    setAccessibleName(tr("Charts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->tabs = new QTabWidget(this);
    d->tabs->setAccessibleName(tr("Chart"));
    d->tabs->setDocumentMode(true);
    layout->addWidget(d->tabs);

    d->legs = new LegsChart;
    d->progression = new ProgressionChart;
    d->aggregate = new AggregateChart;
    QChart *charts[ChartKindCount] = {d->legs, d->progression, d->aggregate};
    const QString names[ChartKindCount] = {tr("Per-leg scores"), tr("Running aggregate"), tr("Aggregate bars")};
    const QString tips[ChartKindCount] = {
        tr("Each club's goals in both legs of the selected tie, by half"),
        tr("The aggregate of both clubs through the selected tie, stage by stage"),
        tr("Both clubs' aggregate goals for every tie the filter leaves, in the table's order")};
    for (int kind = 0; kind < ChartKindCount; ++kind) {
        auto *view = new QChartView(charts[kind]); // the view owns its chart
        view->setRenderHint(QPainter::Antialiasing);
        view->setAccessibleName(names[kind]);
        view->setAccessibleDescription(tips[kind]);
        view->setMinimumSize(320, 240);
        d->views[kind] = view;
        if (kind != AggregateKind) {
            d->tabs->addTab(view, names[kind]);
        } else {
            // The aggregate chart pages through the ties; the buttons sit under it.
            auto *page = new QWidget;
            auto *pageLayout = new QVBoxLayout(page);
            pageLayout->setContentsMargins(0, 0, 0, 0);
            pageLayout->addWidget(view, 1);
            auto *bar = new QHBoxLayout;
            d->previous = new QToolButton(page);
            d->previous->setArrowType(Qt::LeftArrow);
            d->previous->setText(tr("Previous ties"));
            d->previous->setToolTip(tr("Show the previous page of ties"));
            d->previous->setAccessibleName(tr("Previous ties"));
            d->next = new QToolButton(page);
            d->next->setArrowType(Qt::RightArrow);
            d->next->setText(tr("Next ties"));
            d->next->setToolTip(tr("Show the next page of ties"));
            d->next->setAccessibleName(tr("Next ties"));
            d->pageLabel = new QLabel(page);
            d->pageLabel->setAccessibleName(tr("Ties shown"));
            bar->addWidget(d->previous);
            bar->addWidget(d->pageLabel, 1, Qt::AlignCenter);
            bar->addWidget(d->next);
            pageLayout->addLayout(bar);
            d->tabs->addTab(page, names[kind]);
        }
        d->tabs->setTabToolTip(kind, tips[kind]);
    }

    const auto updatePager = [this] {
        AggregateChart *chart = d->aggregate;
        d->previous->setEnabled(chart->page() > 0);
        d->next->setEnabled(chart->page() + 1 < chart->pageCount());
        const QLocale locale;
        if (chart->tieCount() == 0)
            d->pageLabel->setText(tr("No ties"));
        else
            d->pageLabel->setText(tr("Ties %1\u2013%2 of %3")
                                      .arg(locale.toString(chart->firstShown() + 1),
                                           locale.toString(chart->firstShown() + chart->shownCount()),
                                           locale.toString(chart->tieCount())));
    };
    connect(d->aggregate, &AggregateChart::pageChanged, this, updatePager);
    connect(d->previous, &QToolButton::clicked, this, [this] { d->aggregate->setPage(d->aggregate->page() - 1); });
    connect(d->next, &QToolButton::clicked, this, [this] { d->aggregate->setPage(d->aggregate->page() + 1); });
    for (QBarSet *set : {d->aggregate->homeSet(), d->aggregate->awaySet()}) {
        connect(set, &QBarSet::clicked, this, [this](int category) {
            const int tie = d->aggregate->tieAtBar(d->aggregate->categoryOfBar(category));
            if (tie >= 0)
                Q_EMIT tieClicked(tie);
        });
    }

    // Follow the filter and the sort live; a new set invalidates the current tie's index.
    const auto followRows = [this] {
        const std::shared_ptr<const TieSet> set = d->modelSet();
        if (set != d->set) {
            d->set = set;
            setCurrentTie(-1);
        }
        d->aggregate->setTies(set, set ? d->filter->visibleSourceRows() : std::vector<int>());
    };
    if (d->filter) {
        connect(d->filter, &TieFilterModel::visibleRowsChanged, this, followRows);
        connect(d->filter, &QAbstractItemModel::modelReset, this, followRows);
    }
    followRows();
    updatePager();

    const bool dark = d->dark(this);
    d->legs->setDark(dark);
    d->progression->setDark(dark);
    d->aggregate->setDark(dark);
    d->tabs->setCurrentIndex(AggregateKind);
}

ChartPanel::~ChartPanel()
{
    delete d;
}

void ChartPanel::setCurrentTie(int tieIndex)
{
    d->set = d->modelSet();
    if (!d->set || tieIndex < 0 || std::size_t(tieIndex) >= d->set->ties.size())
        tieIndex = -1;
    d->currentTie = tieIndex;
    if (tieIndex < 0) {
        d->legs->clearTie();
        d->progression->clearTie();
    } else {
        d->legs->setTie(*d->set, tieIndex);
        d->progression->setTie(*d->set, tieIndex);
    }
    d->aggregate->setCurrentTie(tieIndex);
}

int ChartPanel::currentTie() const
{
    return d->currentTie;
}

ChartPanel::ChartKind ChartPanel::currentKind() const
{
    return ChartKind(std::clamp(d->tabs->currentIndex(), 0, ChartKindCount - 1));
}

void ChartPanel::setCurrentKind(ChartKind kind)
{
    d->tabs->setCurrentIndex(kind);
}

QString ChartPanel::kindName(ChartKind kind)
{
    switch (kind) {
    case LegsKind:
        return u"legs"_s;
    case ProgressionKind:
        return u"progression"_s;
    case AggregateKind:
        return u"aggregate"_s;
    case ChartKindCount:
        break;
    }
    return {};
}

int ChartPanel::kindFromName(const QString &name)
{
    for (int kind = 0; kind < ChartKindCount; ++kind) {
        if (name == kindName(ChartKind(kind)))
            return kind;
    }
    return -1;
}

void ChartPanel::setChartTheme(const QString &theme)
{
    if (theme == u"light")
        d->theme = ChartThemeChoice::Light;
    else if (theme == u"dark")
        d->theme = ChartThemeChoice::Dark;
    else
        d->theme = ChartThemeChoice::FollowPalette;
    const bool dark = d->dark(this);
    d->legs->setDark(dark);
    d->progression->setDark(dark);
    d->aggregate->setDark(dark);
}

QString ChartPanel::chartTheme() const
{
    switch (d->theme) {
    case ChartThemeChoice::Light:
        return u"light"_s;
    case ChartThemeChoice::Dark:
        return u"dark"_s;
    case ChartThemeChoice::FollowPalette:
        break;
    }
    return u"system"_s;
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
    const QSize onScreen = d->views[currentKind()]->size();
    return onScreen.isEmpty() ? QSize(1200, 800) : onScreen;
}

std::unique_ptr<QChart> ChartPanel::makeChart(ChartKind kind, QSize size) const
{
    const bool dark = d->dark(this);
    switch (kind) {
    case LegsKind: {
        auto chart = std::make_unique<LegsChart>();
        chart->setDark(dark);
        if (d->set && d->currentTie >= 0)
            chart->setTie(*d->set, d->currentTie);
        return chart;
    }
    case ProgressionKind: {
        auto chart = std::make_unique<ProgressionChart>();
        chart->setDark(dark);
        if (d->set && d->currentTie >= 0)
            chart->setTie(*d->set, d->currentTie);
        return chart;
    }
    case AggregateKind:
    case ChartKindCount:
        break;
    }
    auto chart = std::make_unique<AggregateChart>();
    chart->setDark(dark);
    const std::shared_ptr<const TieSet> set = d->modelSet();
    chart->setTies(set, set ? d->filter->visibleSourceRows() : std::vector<int>());
    chart->setCurrentTie(d->currentTie);
    chart->fitToSize(size);
    // Start where the screen starts, so the export shows what the user is looking at.
    chart->setPage(d->aggregate->firstShown() / chart->pageSize());
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
        withTitle.title = d->tabs->tabText(currentKind());
    return ChartExporter::write(chart.get(), path, withTitle, error);
}

void ChartPanel::exportCurrentChart()
{
    const QString suggested = QDir(exportFolder()).filePath(kindName(currentKind()) + u".png"_s);
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
    QChartView *view = d->views[currentKind()];
    const QSize size = view->size().isEmpty() ? QSize(1200, 800) : view->size();
    QImage image = renderCurrentChart(size, view->devicePixelRatioF());
    if (!image.isNull())
        QApplication::clipboard()->setImage(image);
}

LegsChart *ChartPanel::legsChart() const
{
    return d->legs;
}

ProgressionChart *ChartPanel::progressionChart() const
{
    return d->progression;
}

AggregateChart *ChartPanel::aggregateChart() const
{
    return d->aggregate;
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && d->theme == ChartThemeChoice::FollowPalette) {
        const bool dark = d->dark(this);
        if (dark != d->aggregate->isDark()) {
            d->legs->setDark(dark);
            d->progression->setDark(dark);
            d->aggregate->setDark(dark);
        }
    }
    QWidget::changeEvent(event);
}


} // namespace tb
