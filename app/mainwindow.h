// The main window: wires the loader, the models and the views together; holds no business logic.
#pragma once

#include <QMainWindow>
#include <QSet>
#include <QStringList>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QFileSystemWatcher;
class QMenu;
class QSplitter;
class QTimer;
class QToolBar;
QT_END_NAMESPACE

namespace tb {

class ChartPanel;
class FilterBar;
class MessageBar;
class ProblemsDock;
class Settings;
class ShownTiesFeed;
class StatusPanel;
class TieDetailView;
class TieFilterModel;
class TieLoader;
class TieTableModel;
class TieTableView;
class TablePrinter;
struct LoadResult;
struct Preferences;
struct TieSet;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // With the application's settings.
    explicit MainWindow(QWidget *parent = nullptr);
    // With settings of its own (tests give each window a temporary settings file).
    explicit MainWindow(std::unique_ptr<Settings> settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The one way files get opened: the command line, File > Open, Open Recent, drops, Reload
    // and files changed on disk all come here. Files already open are read again and replace
    // their ties in place; others are added. A file that fails leaves what was loaded as it was.
    void openFiles(const QStringList &paths);
    void openSample();
    bool isLoading() const;

    // Writes the ties the filter leaves, in the table's order, to `path` (.csv or .json).
    // Failures are shown in the message bar; returns whether the file was written.
    bool exportTable(const QString &path);
    // Writes the table as File > Print does (the filter's ties in the table's order, then the
    // chart on show) to a PDF at `path`. Failures are shown in the message bar.
    bool exportPdf(const QString &path);
    // Stores what the preferences dialog returned and applies it: the chart theme and export
    // size at once, new tie rules by reading the open files again; a new language at the next start.
    void applyPreferences(const Preferences &preferences);
    Preferences preferences() const;

    std::shared_ptr<const TieSet> tieSet() const { return m_set; }
    TieTableView *tableView() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    TieFilterModel *filterModel() const { return m_filter; }
    MessageBar *messageBar() const { return m_messageBar; }
    StatusPanel *statusPanel() const { return m_status; }
    ProblemsDock *problemsDock() const { return m_problemsDock; }
    TieLoader *loader() const { return m_loader; }
    ChartPanel *chartPanel() const { return m_charts; }

public Q_SLOTS:
    void reload();
    void closeAllFiles();
    void copySelection();
    // Selects a tie in the table, clearing the filter first when it hides the tie.
    void showTie(int tieIndex);

Q_SIGNALS:
    // After each load ends (finished, failed or cancelled) and its result is shown.
    void loadDone();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void createCentralArea();
    void connectParts();
    void restoreLayout();
    void saveLayout();

    void startPendingLoad();
    void onLoadFinished(const LoadResult &result);
    void onLoadCancelled();
    void applySet(std::shared_ptr<const TieSet> set);
    void updateTieCounts();
    void updateWindowTitle();
    void updateActions();
    void syncWatcher();
    void onFileChanged(const QString &path);
    void reloadChangedFiles();
    void fillRecentMenu();

    void askOpenFiles();
    void askExportTable();
    void askExportPdf();
    void print();
    void showPreferences();
    TablePrinter makeTablePrinter() const;
    void about();

    std::unique_ptr<Settings> m_settings;
    TieLoader *m_loader;
    TieTableModel *m_model;
    TieFilterModel *m_filter;
    std::shared_ptr<const TieSet> m_set;

    MessageBar *m_messageBar = nullptr;
    FilterBar *m_filterBar = nullptr;
    TieTableView *m_table = nullptr;
    TieDetailView *m_detail = nullptr;
    ChartPanel *m_charts = nullptr;
    ShownTiesFeed *m_shown = nullptr; // tells the detail view and the charts what to show
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    ProblemsDock *m_problemsDock = nullptr;
    StatusPanel *m_status = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportTableAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_copyChartAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QStringList m_pending;        // asked for while a load was running
    QFileSystemWatcher *m_watcher;
    QTimer *m_changeTimer;        // editors save in several steps: wait for the last one
    QSet<QString> m_changedFiles;
    bool m_columnsFitted = false; // widths come from the saved layout or, once, from the first data
    QSet<QString> m_autoReloads;  // files being read again because they changed on disk
};

} // namespace tb
