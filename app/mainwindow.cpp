// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: builds the table with its filter bar, the detail and chart views and the
// Problems pane, and passes the session's set and the current tie between them.
#include "mainwindow.h"

#include "chartpanel.h"
#include "filterbar.h"
#include "loader.h"
#include "mainactions.h"
#include "messagebar.h"
#include "preferencesdialog.h"
#include "problemsdock.h"
#include "session.h"
#include "settings.h"
#include "showntiesfeed.h"
#include "statuspanel.h"
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
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

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

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(std::make_unique<Settings>(), parent)
{ }

MainWindow::MainWindow(std::unique_ptr<Settings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
    , m_session(new Session(this))
    , m_model(new TieTableModel(this))
    , m_filter(new TieFilterModel(this))
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    m_session->setRuleSet(m_settings->ruleSet());
    m_filter->setSourceModel(m_model);

    m_actions = new MainActions(this, m_settings.get());
    createCentralArea();
    m_actions->addMenusAndToolBar(m_problemsDock);
    connectActions();
    connectParts();
    restoreLayout();
    applySet(nullptr, -1, nullptr);
    // The table, not the club filter (first in the tab order), has the keyboard at start: Ctrl+V
    // then pastes a round, and typing in the filter starts with Ctrl+F or a click.
    m_table->setFocus();
}

MainWindow::~MainWindow()
{
    // The models are older children than the views and would go first; views that outlive
    // their models (and signals into a half-destroyed window) are asking for trouble.
    m_session->disconnect(this);
    m_filter->disconnect(this);
    delete m_problemsDock;
    delete takeCentralWidget();
}

std::shared_ptr<const TieSet> MainWindow::tieSet() const
{
    return m_session->tieSet();
}

TieLoader *MainWindow::loader() const
{
    return m_session->loader();
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

void MainWindow::connectActions()
{
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::askOpenFiles);
    connect(m_actions->saveRoundAs, &QAction::triggered, this, [this] { askSaveRoundAs(roundToSave()); });
    connect(m_actions->pasteRound, &QAction::triggered, this, &MainWindow::pasteRound);
    connect(m_actions, &MainActions::recentFileChosen, this, [this](const QString &path) { openFiles({path}); });
    connect(m_actions->reload, &QAction::triggered, this, &MainWindow::reload);
    connect(m_actions->closeAll, &QAction::triggered, this, &MainWindow::closeAllFiles);
    connect(m_actions->exportTable, &QAction::triggered, this, &MainWindow::askExportTable);
    connect(m_actions->exportChart, &QAction::triggered, m_charts, &ChartPanel::exportCurrentChart);
    connect(m_actions->copyChart, &QAction::triggered, m_charts, &ChartPanel::copyCurrentChart);
    connect(m_actions->print, &QAction::triggered, this, &MainWindow::print);
    connect(m_actions->exportPdf, &QAction::triggered, this, &MainWindow::askExportPdf);
    connect(m_actions->preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_actions->copy, &QAction::triggered, this, &MainWindow::copySelection);
    connect(m_actions->find, &QAction::triggered, m_filterBar, &FilterBar::focusClubFilter);
    connect(m_actions->clearFilters, &QAction::triggered, m_filterBar, &FilterBar::clear);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::connectParts()
{
    connect(m_session, &Session::started, this, [this](const QStringList &paths) {
        m_status->setLoading(true);
        if (paths.isEmpty()) { // new rules, no file to read
            statusBar()->showMessage(tr("Applying the new tie rules…"));
            return;
        }
        QStringList names;
        for (const QString &path : paths)
            names.append(TieLoader::displayNameFor(path));
        statusBar()->showMessage(tr("Reading %1…").arg(names.join(u", "_s)));
    });
    connect(m_session, &Session::progress, m_status, &StatusPanel::setProgress);
    connect(m_session, &Session::tieSetChanged, this, &MainWindow::applySet);
    connect(m_session, &Session::loadFinished, this, &MainWindow::onLoadFinished);
    connect(m_session, &Session::cancelled, this, &MainWindow::onLoadCancelled);
    connect(m_session, &Session::failuresChanged, this, [this] {
        m_problemsDock->setFailures(m_session->failures());
        updateProblemCounts();
    });
    connect(m_session, &Session::filesMissing, this, [this](const QStringList &paths) {
        QStringList names;
        for (const QString &path : paths)
            names.append(QFileInfo(path).fileName());
        m_messageBar->showMessage(
            MessageBar::Kind::Warning,
            tr("%1 was deleted or moved; its ties stay loaded until you close the files.").arg(names.join(u", "_s)));
    });
    connect(m_status, &StatusPanel::cancelClicked, m_session, &Session::cancel);
    connect(m_status, &StatusPanel::problemsClicked, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
        m_problemsDock->setFocus();
    });

    connect(m_filterBar, &FilterBar::queryChanged, m_filter, &TieFilterModel::setQuery);
    // The next load sorts the way the table does, in the loader's thread (the columns are the
    // indexes' keys, the file column none of them).
    m_session->setSortedBy(m_filter->sortColumn());
    connect(m_filter, &QAbstractItemModel::layoutChanged, this,
            [this] { m_session->setSortedBy(m_filter->sortColumn()); });
    connect(m_filter, &TieFilterModel::visibleRowsChanged, this, &MainWindow::updateTieCounts);
    connect(m_table, &TieTableView::currentTieChanged, this, [this](int tie) {
        // -1 while a filter hides the tie: the table still wants it back, and so does the session.
        if (tie >= 0)
            m_session->setCurrentTie(tie);
        m_shown->setCurrentTie(tie);
    });
    connect(m_problemsDock, &ProblemsDock::tieActivated, this, &MainWindow::showTie);
    connect(m_charts, &ChartPanel::tieClicked, this, &MainWindow::showTie);
    connect(m_detail, &TieDetailView::tieLinkActivated, this, &MainWindow::showTie);

    m_charts->setChartTheme(m_settings->chartTheme());
    // Issue 4: the first export defaults to the chart's on-screen size; after that the size last used.
    m_charts->setExportDefaults(m_settings->lastExportFolder(),
                                m_settings->hasExportSize() ? m_settings->exportSize() : QSize());
    connect(m_charts, &ChartPanel::exportDefaultsChanged, this, [this](const QString &folder, QSize size) {
        m_settings->setLastExportFolder(folder);
        m_settings->setExportSize(size);
    });
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
    m_session->openFiles(paths);
}

void MainWindow::openSample()
{
    m_session->openSample();
}

bool MainWindow::isLoading() const
{
    return m_session->isLoading();
}

void MainWindow::reload()
{
    m_session->reload();
}

void MainWindow::closeAllFiles()
{
    if (!confirmUnsavedRounds())
        return;
    m_session->closeAll();
    m_messageBar->hide();
    statusBar()->clearMessage(); // "Read …" is about files no longer open
}

void MainWindow::onLoadFinished(const LoadReport &report)
{
    m_status->setLoading(false);
    const std::shared_ptr<const TieSet> set = m_session->tieSet();
    for (const QString &path : report.loadedPaths)
        m_settings->addRecentFile(path); // not the sample, not a pasted round: they have no file

    QStringList reloaded;
    QStringList loaded;
    for (const QString &path : report.loadedPaths)
        (report.reloadedPaths.contains(path) ? reloaded : loaded).append(TieLoader::displayNameFor(path));

    if (!report.failures.isEmpty()) {
        QStringList lines;
        for (const LoadFailure &failure : report.failures) {
            lines.append(tr("%1: %2").arg(failure.displayName, failure.reason));
            if (!QFileInfo::exists(failure.path))
                m_settings->removeRecentFile(failure.path);
        }
        const bool pasted = report.failures.size() == 1 && loader::isPastedPath(report.failures.front().path);
        const QString head = pasted ? tr("Nothing was pasted: the text holds no ties. What was loaded before is "
                                         "unchanged.")
            : report.failures.size() == 1
            ? tr("Could not open %1. What was loaded before is unchanged.").arg(report.failures.front().displayName)
            : tr("Could not open %L1 files. What was loaded before is unchanged.").arg(report.failures.size());
        m_messageBar->showMessage(report.loadedPaths.isEmpty() ? MessageBar::Kind::Error : MessageBar::Kind::Warning,
                                  head + u'\n' + lines.join(u'\n'));
    } else if (m_messageBar->kind() != MessageBar::Kind::Information) {
        m_messageBar->hide(); // an old failure is no longer news once a load went through
    }

    if (report.reevaluated && set)
        statusBar()->showMessage(tr("New tie rules applied to %L1 ties: %L2 errors, %L3 warnings")
                                     .arg(set->ties.size())
                                     .arg(set->errorCount())
                                     .arg(set->warningCount()),
                                 10000);
    else if (!reloaded.isEmpty())
        statusBar()->showMessage(tr("Changed on disk and read again: %1").arg(reloaded.join(u", "_s)), 10000);
    else if (!loaded.isEmpty() && set)
        statusBar()->showMessage(tr("Read %1: %L2 ties in all, %L3 errors, %L4 warnings")
                                     .arg(loaded.join(u", "_s))
                                     .arg(set->ties.size())
                                     .arg(set->errorCount())
                                     .arg(set->warningCount()),
                                 10000);
    else
        statusBar()->clearMessage();

    Q_EMIT loadDone();
}

void MainWindow::onLoadCancelled()
{
    m_status->setLoading(false);
    statusBar()->showMessage(tr("Loading cancelled; what was loaded before is unchanged."), 10000);
    Q_EMIT loadDone();
}

void MainWindow::applySet(const std::shared_ptr<const TieSet> &set, int currentTie,
                          std::shared_ptr<const TieIndexes> indexes)
{
    m_shown->setTieSet(set); // forgets the selected tie of the old set before the model lets go of it
    m_model->setTieSet(set, std::move(indexes));
    m_problemsDock->setTieSet(set);

    QStringList names;
    if (set) {
        for (const SourceFile &file : set->files)
            names.append(file.displayName);
    }
    m_filterBar->setFiles(names);
    m_filterBar->setRounds(set ? set->roundNames() : QStringList());
    m_filterBar->setDateSpan(m_session->firstDate(), m_session->lastDate());
    m_table->setColumnHidden(TieTableModel::FileColumn, names.size() < 2);
    m_table->setColumnHidden(TieTableModel::RoundColumn, !set || !set->hasRounds());
    if (!m_columnsFitted && set && !set->ties.empty()) {
        // Measures the rows on screen only, so this is as quick with a million ties as with ten.
        m_table->resizeColumnsToContents();
        m_columnsFitted = true;
    }
    updateProblemCounts();
    updateTieCounts();
    updateWindowTitle();
    m_actions->setHasFiles(set && !set->files.empty());
    m_actions->saveRoundAs->setEnabled(!m_session->unsavedRounds().isEmpty());
    m_table->setPlaceholderText(set && !set->ties.empty() ? QString()
                                                          : tr("Open a file, drop one here, or paste a round copied "
                                                               "from worldfootball.net (Ctrl+V)"));

    // The session's "same tie" drives the table and the views alike.
    if (!set)
        m_table->setWantedTie(-1);
    else if (currentTie >= 0)
        m_table->selectTie(currentTie);
    else
        m_table->selectTie(m_filter->visibleSourceRows().empty() ? -1 : m_filter->visibleSourceRows().front());
    m_shown->setCurrentTie(m_table->currentTie());
}

void MainWindow::updateProblemCounts()
{
    // The files that could not be loaded count too: their problems are in the pane.
    const std::shared_ptr<const TieSet> set = tieSet();
    int errors = set ? set->errorCount() : 0;
    int warnings = set ? set->warningCount() : 0;
    for (const LoadFailure &failure : m_session->failures()) {
        for (const Diagnostic &d : failure.diagnostics) {
            if (d.severity != Severity::Note)
                (d.severity == Severity::Error ? errors : warnings) += 1;
        }
    }
    m_status->setProblemCounts(errors, warnings);
}

void MainWindow::updateTieCounts()
{
    m_status->setTieCounts(m_filter->rowCount(), m_model->rowCount());
}

void MainWindow::updateWindowTitle()
{
    const std::shared_ptr<const TieSet> set = tieSet();
    QString what;
    if (set && set->files.size() == 1)
        what = set->files.front().displayName;
    else if (set && set->files.size() > 1)
        what = tr("%L1 files").arg(set->files.size());
    setWindowTitle(what.isEmpty() ? QGuiApplication::applicationDisplayName() : what);
    // With the application display name set, Qt appends " — Tie Browser" by itself.
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

void MainWindow::askOpenFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Results Files"), m_settings->lastOpenFolder(), tr("Results files (*.txt);;All files (*)"));
    if (paths.isEmpty())
        return;
    m_settings->setLastOpenFolder(QFileInfo(paths.front()).absolutePath());
    openFiles(paths);
}

Preferences MainWindow::preferences() const
{
    return {m_settings->ruleSet(), m_settings->chartTheme(), m_settings->exportSize(), m_settings->language()};
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    m_settings->setRuleSet(preferences.rules);
    m_settings->setChartTheme(preferences.chartTheme);
    m_settings->setExportSize(preferences.exportSize);
    m_settings->setLanguage(preferences.language);
    m_settings->sync();
    m_charts->setChartTheme(preferences.chartTheme);
    m_charts->setExportDefaults(m_settings->lastExportFolder(), m_settings->exportSize());
    m_session->setRuleSet(preferences.rules); // reads nothing when the rules stay the same
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
                   "<p>Reads round tables copied from worldfootball.net, openfootball's Football.TXT seasons and "
                   "engsoccerdata's European Cup record.</p>"
                   "<p>Built with Qt %2.</p>")
                    .arg(QStringLiteral(TIEBROWSER_VERSION), QString::fromLatin1(qVersion()))
                + tr("<p>Tie Browser is free software under the "
                     "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License, "
                     "version 3 or later</a> (GPL-3.0-or-later), and comes with no warranty.</p>"));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmUnsavedRounds()) {
        event->ignore();
        return;
    }
    m_session->cancel();
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Files, or a selection of text dragged from a browser (which pastes it).
    const QMimeData *mime = event->mimeData();
    if (!localFiles(mime).isEmpty() || (mime && mime->hasText() && !mime->hasUrls()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QStringList files = localFiles(mime);
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        openFiles(files);
    } else if (mime && mime->hasText() && !mime->hasUrls()) {
        event->acceptProposedAction();
        pasteText(mime->text());
    }
}

} // namespace tb
