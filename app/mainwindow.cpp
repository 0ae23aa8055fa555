// The main window: builds the menus, the table with its filter bar, the detail and chart views and
// the Problems pane, and passes data and the current tie between them.
#include "mainwindow.h"

#include "chartpanel.h"
#include "filterbar.h"
#include "messagebar.h"
#include "preferencesdialog.h"
#include "problemsdock.h"
#include "settings.h"
#include "showntiesfeed.h"
#include "statuspanel.h"
#include "tableexport.h"
#include "tableprinter.h"
#include "tiedetailview.h"
#include "tiefiltermodel.h"
#include "tieloader.h"
#include "tietablemodel.h"
#include "tietableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

// Where a tie comes from, to find "the same tie" again in a set read anew.
struct TiePlace
{
    QString path;
    std::uint32_t line = 0;
};

TiePlace placeOf(const TieSet *set, int tieIndex)
{
    if (!set || tieIndex < 0 || std::size_t(tieIndex) >= set->ties.size())
        return {};
    const Tie &tie = set->ties[std::size_t(tieIndex)];
    return {set->files[tie.file].path, tie.line};
}

int findPlace(const TieSet *set, const TiePlace &place)
{
    if (!set || place.path.isEmpty())
        return -1;
    for (std::size_t i = 0; i < set->ties.size(); ++i) {
        const Tie &tie = set->ties[i];
        if (tie.line == place.line && set->files[tie.file].path == place.path)
            return int(i);
    }
    return -1;
}

bool isSampleOnly(const TieSet *set)
{
    return set && set->files.size() == 1 && set->files.front().path == TieLoader::samplePath();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(std::make_unique<Settings>(), parent)
{
}

MainWindow::MainWindow(std::unique_ptr<Settings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
    , m_loader(new TieLoader(this))
    , m_model(new TieTableModel(this))
    , m_filter(new TieFilterModel(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_changeTimer(new QTimer(this))
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    m_loader->setRuleSet(m_settings->ruleSet());
    m_filter->setSourceModel(m_model);
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(400);

    createActions();
    createCentralArea();
    createMenusAndToolBar();
    connectParts();
    restoreLayout();
    applySet(nullptr);
}

MainWindow::~MainWindow()
{
    // The models are older children than the views and would go first; views that outlive
    // their models (and signals into a half-destroyed window) are asking for trouble.
    m_loader->disconnect(this);
    m_filter->disconnect(this);
    m_watcher->disconnect(this);
    delete m_problemsDock;
    delete takeCentralWidget();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(themeIcon(u"document-open"_s, QStyle::SP_DialogOpenButton, this), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open one or more results files; they are added to the files already open"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::askOpenFiles);

    m_reloadAction = new QAction(themeIcon(u"view-refresh"_s, QStyle::SP_BrowserReload, this), tr("&Reload"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setToolTip(tr("Read the open files again; a file that fails keeps its ties"));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_closeAction = new QAction(themeIcon(u"document-close"_s, QStyle::SP_DialogCloseButton, this), tr("&Close All Files"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setToolTip(tr("Close every open file"));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeAllFiles);

    m_exportTableAction = new QAction(themeIcon(u"document-export"_s, QStyle::SP_DialogSaveButton, this), tr("&Export Table…"), this);
    m_exportTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportTableAction->setToolTip(tr("Save the ties the filter shows, in the table's order, as CSV or JSON"));
    connect(m_exportTableAction, &QAction::triggered, this, &MainWindow::askExportTable);

    m_exportChartAction = new QAction(themeIcon(u"image-x-generic"_s, QStyle::SP_DialogSaveButton, this), tr("Export C&hart…"), this);
    m_exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportChartAction->setToolTip(tr("Save the chart on show as PNG, JPEG, SVG or PDF"));

    m_copyChartAction = new QAction(tr("Copy C&hart"), this);
    m_copyChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyChartAction->setToolTip(tr("Copy the chart on show to the clipboard as an image"));

    m_printAction = new QAction(themeIcon(u"document-print"_s, QStyle::SP_FileIcon, this), tr("&Print…"), this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setToolTip(tr("Print the ties the filter shows, in the table's order, and the chart on show"));
    connect(m_printAction, &QAction::triggered, this, &MainWindow::print);

    m_exportPdfAction = new QAction(themeIcon(u"application-pdf"_s, QStyle::SP_DialogSaveButton, this), tr("Export P&DF…"), this);
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_exportPdfAction->setToolTip(tr("Save what File > Print prints as a PDF file"));
    connect(m_exportPdfAction, &QAction::triggered, this, &MainWindow::askExportPdf);

    m_preferencesAction = new QAction(themeIcon(u"configure"_s, QStyle::SP_FileDialogDetailedView, this), tr("Pre&ferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setToolTip(tr("Tie rules, chart theme, export size and language"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_quitAction = new QAction(themeIcon(u"application-exit"_s, QStyle::SP_DialogCloseButton, this), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setToolTip(tr("Quit Tie Browser"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyAction = new QAction(themeIcon(u"edit-copy"_s, QStyle::SP_FileIcon, this), tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setToolTip(tr("Copy the selected rows as tab-separated text, for a spreadsheet"));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelection);

    m_findAction = new QAction(themeIcon(u"edit-find"_s, QStyle::SP_FileDialogContentsView, this), tr("&Find Club…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setToolTip(tr("Go to the club filter"));

    m_clearFiltersAction = new QAction(themeIcon(u"edit-clear"_s, QStyle::SP_DialogResetButton, this), tr("C&lear Filters"), this);
    m_clearFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_clearFiltersAction->setToolTip(tr("Show all ties again"));

    m_aboutAction = new QAction(tr("&About Tie Browser"), this);
    m_aboutAction->setToolTip(tr("Version and licence of Tie Browser"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setToolTip(tr("Version of the Qt libraries"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralArea()
{
    m_messageBar = new MessageBar(this);
    m_filterBar = new FilterBar(this);
    m_table = new TieTableView(m_filter, this);
    m_detail = new TieDetailView(this);
    m_charts = new ChartPanel(this);
    m_shown = new ShownTiesFeed(m_filter, this);
    connect(m_shown, &ShownTiesFeed::shownChanged, m_detail, &TieDetailView::showTies);
    connect(m_shown, &ShownTiesFeed::shownChanged, m_charts, &ChartPanel::showTies);

    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_filterBar);
    tableLayout->addWidget(m_table);

    // The table gets the full width (it has ten columns); the tie and its charts share the rest.
    m_detailSplitter = new QSplitter(Qt::Horizontal, this);
    m_detailSplitter->setObjectName(u"detailSplitter"_s);
    m_detailSplitter->addWidget(m_detail);
    m_detailSplitter->addWidget(m_charts);
    m_detailSplitter->setStretchFactor(0, 2);
    m_detailSplitter->setStretchFactor(1, 3);
    m_detailSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(tableArea);
    m_mainSplitter->addWidget(m_detailSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_problemsDock = new ProblemsDock(this);
    m_problemsDock->setObjectName(u"problemsDock"_s);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    // A few lines are enough to start with; the table keeps the room (a saved layout overrides this).
    resizeDocks({m_problemsDock}, {fontMetrics().height() * 9}, Qt::Vertical);

    m_status = new StatusPanel(statusBar());
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu(); // so that the menu is enabled or not from the start
    file->addAction(m_reloadAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_exportTableAction);
    file->addAction(m_exportChartAction);
    file->addSeparator();
    file->addAction(m_printAction);
    file->addAction(m_exportPdfAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyAction);
    edit->addAction(m_copyChartAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_clearFiltersAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    m_toolBar = new QToolBar(tr("Main Toolbar"), this);
    m_toolBar->setObjectName(u"mainToolBar"_s);
    // Several actions fall back to the same style icon without an icon theme: the words tell them apart.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_reloadAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportTableAction);
    m_toolBar->addAction(m_exportChartAction);
    addToolBar(m_toolBar);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    problems->setToolTip(tr("Show or hide the problems found in the files"));
    view->addAction(problems);
    QAction *toolBar = m_toolBar->toggleViewAction();
    toolBar->setToolTip(tr("Show or hide the toolbar"));
    view->addAction(toolBar);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::connectParts()
{
    connect(m_loader, &TieLoader::started, this, [this](const QStringList &paths) {
        m_status->setLoading(true);
        QStringList names;
        for (const QString &path : paths)
            names.append(TieLoader::displayNameFor(path));
        statusBar()->showMessage(tr("Reading %1…").arg(names.join(u", "_s)));
    });
    connect(m_loader, &TieLoader::progress, m_status, &StatusPanel::setProgress);
    connect(m_loader, &TieLoader::finished, this, &MainWindow::onLoadFinished);
    connect(m_loader, &TieLoader::cancelled, this, &MainWindow::onLoadCancelled);
    connect(m_status, &StatusPanel::cancelClicked, m_loader, &TieLoader::cancel);
    connect(m_status, &StatusPanel::problemsClicked, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
        m_problemsDock->setFocus();
    });

    connect(m_filterBar, &FilterBar::queryChanged, m_filter, &TieFilterModel::setQuery);
    connect(m_filter, &TieFilterModel::visibleRowsChanged, this, &MainWindow::updateTieCounts);
    connect(m_table, &TieTableView::currentTieChanged, m_shown, &ShownTiesFeed::setCurrentTie);
    connect(m_problemsDock, &ProblemsDock::tieActivated, this, &MainWindow::showTie);

    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusClubFilter);
    connect(m_clearFiltersAction, &QAction::triggered, m_filterBar, &FilterBar::clear);
    connect(m_exportChartAction, &QAction::triggered, m_charts, &ChartPanel::exportCurrentChart);
    connect(m_copyChartAction, &QAction::triggered, m_charts, &ChartPanel::copyCurrentChart);
    m_charts->setChartTheme(m_settings->chartTheme());
    // Issue 4: the first export defaults to the chart's on-screen size; after that the size last used.
    m_charts->setExportDefaults(m_settings->lastExportFolder(),
                                m_settings->hasExportSize() ? m_settings->exportSize() : QSize());
    connect(m_charts, &ChartPanel::exportDefaultsChanged, this, [this](const QString &folder, QSize size) {
        m_settings->setLastExportFolder(folder);
        m_settings->setExportSize(size);
    });

    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::onFileChanged);
    connect(m_changeTimer, &QTimer::timeout, this, &MainWindow::reloadChangedFiles);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1200, 800);
    restoreState(m_settings->windowState());
    m_mainSplitter->restoreState(m_settings->splitterState(u"main"_s));
    m_detailSplitter->restoreState(m_settings->splitterState(u"detail"_s));
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(m_settings->headerState())) {
        m_columnsFitted = true;
        // Restoring puts the sort indicator back without sorting: sort to match it.
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(u"main"_s, m_mainSplitter->saveState());
    m_settings->setSplitterState(u"detail"_s, m_detailSplitter->saveState());
    m_settings->setHeaderState(m_table->horizontalHeader()->saveState());
    m_settings->sync();
}

void MainWindow::openFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!path.isEmpty() && !m_pending.contains(path))
            m_pending.append(path);
    }
    if (!m_loader->isLoading())
        startPendingLoad();
}

void MainWindow::openSample()
{
    openFiles({TieLoader::samplePath()});
}

bool MainWindow::isLoading() const
{
    return m_loader->isLoading();
}

void MainWindow::startPendingLoad()
{
    if (m_pending.isEmpty())
        return;
    const QStringList paths = std::exchange(m_pending, {});
    // The sample is there so that the window is not empty; the user's own files replace it.
    const bool replaceSample = isSampleOnly(m_set.get()) && !paths.contains(TieLoader::samplePath());
    m_loader->load(paths, replaceSample ? nullptr : m_set);
}

void MainWindow::onLoadFinished(const LoadResult &result)
{
    m_status->setLoading(false);

    if (result.set) {
        const TiePlace current = placeOf(m_set.get(), m_table->wantedTie());
        applySet(result.set);
        const int again = findPlace(m_set.get(), current);
        if (again >= 0)
            m_table->selectTie(again);
        else
            m_table->selectTie(m_set->ties.empty() ? -1 : m_filter->visibleSourceRows().empty() ? -1 : m_filter->visibleSourceRows().front());
        for (const QString &path : result.loadedPaths)
            m_settings->addRecentFile(path);
    }

    QStringList reloaded;
    QStringList loaded;
    for (const QString &path : result.loadedPaths) {
        (m_autoReloads.remove(path) ? reloaded : loaded).append(TieLoader::displayNameFor(path));
    }

    if (!result.failures.isEmpty()) {
        QStringList lines;
        for (const LoadFailure &failure : result.failures) {
            m_autoReloads.remove(failure.path);
            lines.append(tr("%1: %2").arg(failure.displayName, failure.reason));
            if (!QFileInfo::exists(failure.path))
                m_settings->removeRecentFile(failure.path);
        }
        const QString head = result.failures.size() == 1
            ? tr("Could not open %1. What was loaded before is unchanged.").arg(result.failures.front().displayName)
            : tr("Could not open %L1 files. What was loaded before is unchanged.").arg(result.failures.size());
        m_messageBar->showMessage(result.set ? MessageBar::Kind::Warning : MessageBar::Kind::Error,
                                  head + u'\n' + lines.join(u'\n'));
    } else if (m_messageBar->kind() != MessageBar::Kind::Information) {
        m_messageBar->hide(); // an old failure is no longer news once a load went through
    }

    if (!reloaded.isEmpty())
        statusBar()->showMessage(tr("Changed on disk and read again: %1").arg(reloaded.join(u", "_s)), 10000);
    else if (!loaded.isEmpty() && m_set)
        statusBar()->showMessage(tr("Read %1: %L2 ties in all, %L3 errors, %L4 warnings")
                                     .arg(loaded.join(u", "_s))
                                     .arg(m_set->ties.size())
                                     .arg(m_set->errorCount())
                                     .arg(m_set->warningCount()),
                                 10000);
    else
        statusBar()->clearMessage();

    Q_EMIT loadDone();
    startPendingLoad();
}

void MainWindow::onLoadCancelled()
{
    m_status->setLoading(false);
    m_pending.clear();
    m_autoReloads.clear();
    statusBar()->showMessage(tr("Loading cancelled; what was loaded before is unchanged."), 10000);
    Q_EMIT loadDone();
}

void MainWindow::applySet(std::shared_ptr<const TieSet> set)
{
    m_set = std::move(set);
    m_shown->setTieSet(m_set); // forgets the selected tie of the old set
    m_model->setTieSet(m_set);
    m_problemsDock->setTieSet(m_set);

    QStringList names;
    QDate first;
    QDate last;
    if (m_set) {
        for (const SourceFile &file : m_set->files)
            names.append(file.displayName);
        std::int32_t lo = 0;
        std::int32_t hi = 0;
        for (const Tie &tie : m_set->ties) {
            for (const std::int32_t day : {tie.leg1.julianDay, tie.leg2.julianDay}) {
                if (day == 0)
                    continue;
                lo = lo == 0 ? day : std::min(lo, day);
                hi = std::max(hi, day);
            }
        }
        if (lo)
            first = QDate::fromJulianDay(lo);
        if (hi)
            last = QDate::fromJulianDay(hi);
    }
    m_filterBar->setFiles(names);
    m_filterBar->setDateSpan(first, last);
    m_table->setColumnHidden(TieTableModel::FileColumn, names.size() < 2);
    if (!m_columnsFitted && m_set && !m_set->ties.empty()) {
        // Measures the rows on screen only, so this is as quick with a million ties as with ten.
        m_table->resizeColumnsToContents();
        m_columnsFitted = true;
    }
    m_status->setProblemCounts(m_set ? m_set->errorCount() : 0, m_set ? m_set->warningCount() : 0);
    updateTieCounts();
    updateWindowTitle();
    updateActions();
    syncWatcher();
}

void MainWindow::updateTieCounts()
{
    m_status->setTieCounts(m_filter->rowCount(), m_model->rowCount());
}

void MainWindow::updateWindowTitle()
{
    QString what;
    if (m_set && m_set->files.size() == 1)
        what = m_set->files.front().displayName;
    else if (m_set && m_set->files.size() > 1)
        what = tr("%L1 files").arg(m_set->files.size());
    setWindowTitle(what.isEmpty() ? QGuiApplication::applicationDisplayName() : what);
    // With the application display name set, Qt appends " — Tie Browser" by itself.
}

void MainWindow::updateActions()
{
    const bool hasFiles = m_set && !m_set->files.empty();
    m_reloadAction->setEnabled(hasFiles);
    m_closeAction->setEnabled(hasFiles);
    m_exportTableAction->setEnabled(hasFiles);
    m_exportChartAction->setEnabled(hasFiles);
    m_copyChartAction->setEnabled(hasFiles);
    m_printAction->setEnabled(hasFiles);
    m_exportPdfAction->setEnabled(hasFiles);
    m_copyAction->setEnabled(hasFiles);
}

void MainWindow::reload()
{
    if (!m_set)
        return;
    QStringList paths;
    for (const SourceFile &file : m_set->files)
        paths.append(file.path);
    openFiles(paths);
}

void MainWindow::closeAllFiles()
{
    m_pending.clear();
    m_autoReloads.clear();
    m_loader->cancel();
    m_table->setWantedTie(-1);
    applySet(nullptr);
    m_messageBar->hide();
}

void MainWindow::copySelection()
{
    const QString text = m_table->selectedRowsAsTsv();
    if (text.isEmpty()) {
        statusBar()->showMessage(tr("Select the rows to copy first."), 5000);
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    const int rows = int(text.count(u'\n')) - 1;
    statusBar()->showMessage(tr("Copied %L1 rows.").arg(rows), 5000);
}

void MainWindow::showTie(int tieIndex)
{
    if (tieIndex < 0)
        return;
    if (!m_table->selectTie(tieIndex)) {
        m_filterBar->clear();
        m_table->selectTie(tieIndex);
    }
    m_table->setFocus();
}

bool MainWindow::exportTable(const QString &path)
{
    if (!m_set) {
        m_messageBar->showMessage(MessageBar::Kind::Error, tr("There is nothing to export: no file is open."));
        return false;
    }
    if (!tableexport::formatForPath(path)) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Cannot export to %1: the name must end in .csv or .json.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    const std::vector<int> &rows = m_filter->visibleSourceRows();
    if (!tableexport::writeTable(path, *m_set, rows, &error)) {
        m_messageBar->showMessage(MessageBar::Kind::Error, error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %L1 ties to %2").arg(rows.size()).arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MainWindow::askOpenFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Results Files"), m_settings->lastOpenFolder(),
        tr("Results files (*.txt);;All files (*)"));
    if (paths.isEmpty())
        return;
    m_settings->setLastOpenFolder(QFileInfo(paths.front()).absolutePath());
    openFiles(paths);
}

void MainWindow::askExportTable()
{
    const QString csvFilter = tr("CSV table (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString chosenFilter = csvFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Table"),
                                                QDir(m_settings->lastExportFolder()).filePath(u"ties.csv"_s),
                                                csvFilter + u";;"_s + jsonFilter, &chosenFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter == jsonFilter ? u".json"_s : u".csv"_s;
    m_settings->setLastExportFolder(QFileInfo(path).absolutePath());
    exportTable(path);
}

TablePrinter MainWindow::makeTablePrinter() const
{
    TablePrinter printer(m_filter);
    QStringList names;
    if (m_set) {
        for (const SourceFile &file : m_set->files)
            names.append(file.displayName);
    }
    printer.setTitle(names.join(u", "_s));
    printer.setSubtitle(TablePrinter::tieCountText(m_filter->rowCount(), m_model->rowCount()));
    // The columns as the table shows them: in the user's order, without hidden ones.
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns.append(logical);
    }
    printer.setColumns(columns);
    const ChartPanel *charts = m_charts;
    printer.setChartMaker([charts](QSize size) { return charts->makeChart(charts->currentKind(), size); });
    return printer;
}

void MainWindow::print()
{
    if (!m_set)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape); // ten columns fit across, not down
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Ties"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TablePrinter table = makeTablePrinter();
    QString error;
    if (table.print(&printer, &error) == 0) {
        m_messageBar->showMessage(MessageBar::Kind::Error, error);
        return;
    }
    statusBar()->showMessage(tr("Sent %L1 pages to the printer.").arg(table.pageCount()), 10000);
}

bool MainWindow::exportPdf(const QString &path)
{
    if (!m_set) {
        m_messageBar->showMessage(MessageBar::Kind::Error, tr("There is nothing to export: no file is open."));
        return false;
    }
    const TablePrinter table = makeTablePrinter();
    QString error;
    if (!table.exportPdf(path, &error)) {
        m_messageBar->showMessage(MessageBar::Kind::Error, error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %L1 ties on %L2 pages to %3")
                                 .arg(m_filter->rowCount())
                                 .arg(table.pageCount())
                                 .arg(QDir::toNativeSeparators(path)),
                             10000);
    return true;
}

void MainWindow::askExportPdf()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"),
                                                QDir(m_settings->lastExportFolder()).filePath(u"ties.pdf"_s),
                                                tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    m_settings->setLastExportFolder(QFileInfo(path).absolutePath());
    exportPdf(path);
}

Preferences MainWindow::preferences() const
{
    return {m_settings->ruleSet(), m_settings->chartTheme(), m_settings->exportSize(), m_settings->language()};
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    const bool rulesChanged = preferences.rules != m_settings->ruleSet();
    m_settings->setRuleSet(preferences.rules);
    m_settings->setChartTheme(preferences.chartTheme);
    m_settings->setExportSize(preferences.exportSize);
    m_settings->setLanguage(preferences.language);
    m_settings->sync();
    m_charts->setChartTheme(preferences.chartTheme);
    m_charts->setExportDefaults(m_settings->lastExportFolder(), m_settings->exportSize());
    if (rulesChanged) {
        // The rules are applied while reading; reading the files again is what re-evaluates every tie.
        m_loader->setRuleSet(preferences.rules);
        reload();
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setPreferences(preferences());
    if (dialog.exec() == QDialog::Accepted)
        applyPreferences(dialog.preferences());
}

void MainWindow::about()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Tie Browser"));
    box.setIconPixmap(windowIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Tie Browser %1</h3>"
                   "<p>Browse the results of two-legged football cup ties: who went through, and how.</p>"
                   "<p>Reads round tables copied from worldfootball.net.</p>"
                   "<p>Built with Qt %2.</p>")
                    .arg(QStringLiteral(TIEBROWSER_VERSION), QString::fromLatin1(qVersion())));
    box.exec();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentFiles();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString &path = recent[i];
        // &1 … &9, then &0: a digit to pick each entry by keyboard.
        const QString label = i < 10 ? tr("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName())
                                     : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFiles({path}); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
        clear->setToolTip(tr("Forget the recently opened files"));
        connect(clear, &QAction::triggered, this, [this] {
            m_settings->clearRecentFiles();
            m_recentMenu->setEnabled(false);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::syncWatcher()
{
    QStringList wanted;
    if (m_set) {
        for (const SourceFile &file : m_set->files) {
            if (!file.path.startsWith(u':') && QFileInfo::exists(file.path))
                wanted.append(file.path);
        }
    }
    const QStringList watched = m_watcher->files();
    QStringList gone;
    for (const QString &path : watched) {
        if (!wanted.contains(path))
            gone.append(path);
    }
    if (!gone.isEmpty())
        m_watcher->removePaths(gone);
    QStringList added;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path))
            added.append(path);
    }
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

void MainWindow::onFileChanged(const QString &path)
{
    m_changedFiles.insert(path);
    m_changeTimer->start();
}

void MainWindow::reloadChangedFiles()
{
    QStringList reload;
    QStringList missing;
    for (const QString &path : std::as_const(m_changedFiles)) {
        if (QFileInfo::exists(path))
            reload.append(path);
        else
            missing.append(QFileInfo(path).fileName());
    }
    m_changedFiles.clear();
    if (!missing.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("%1 was deleted or moved; its ties stay loaded until you close the files.")
                                      .arg(missing.join(u", "_s)));
    }
    for (const QString &path : std::as_const(reload))
        m_autoReloads.insert(path);
    openFiles(reload);
    syncWatcher(); // an editor that saves by replacing the file drops it from the watcher
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_loader->cancel();
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(files);
}

} // namespace tb
