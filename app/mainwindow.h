// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: wires the session, the models and the views together; holds no business logic.
#pragma once

#include <QMainWindow>
#include <QStringList>
#include <memory>

QT_BEGIN_NAMESPACE
class QSplitter;
QT_END_NAMESPACE

namespace tb {

class ChartPanel;
class FilterBar;
class MainActions;
class MessageBar;
class ProblemsDock;
class Session;
class Settings;
class ShownTiesFeed;
class StatusPanel;
class TieDetailView;
class TieFilterModel;
class TieLoader;
class TieTableModel;
class TieTableView;
class TablePrinter;
struct LoadReport;
struct Preferences;
struct TieIndexes;
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

    // The one way files get opened: the command line, File > Open, Open Recent and drops come
    // here, and go on to the session (which also reads files again when they change on disk).
    // Files already open are read again and replace their ties in place; others are added.
    // A file that fails leaves what was loaded as it was.
    void openFiles(const QStringList &paths);
    void openSample();
    bool isLoading() const;

    // Reads `text` as a round, as Edit > Paste Round and dropping text do: the same reader as a
    // file, the source named "Pasted round N". Text without ties loads nothing and says why.
    void pasteText(const QString &text);
    // Writes pasted round `round` (its path in the set) to `file`; from then on it is that file.
    // Failures are shown in the message bar; returns whether the file was written.
    bool saveRoundAs(const QString &round, const QString &file);

    // Writes the ties the filter leaves, in the table's order, to `path` (.csv or .json).
    // Failures are shown in the message bar; returns whether the file was written.
    bool exportTable(const QString &path);
    // Writes the table as File > Print does (the filter's ties in the table's order, then the
    // chart on show) to a PDF at `path`. Failures are shown in the message bar.
    bool exportPdf(const QString &path);
    // Stores what the preferences dialog returned and applies it: the chart theme and export
    // size at once, new tie rules by evaluating the open ties again (no file is read); a new language
    // at the next start.
    void applyPreferences(const Preferences &preferences);
    Preferences preferences() const;

    std::shared_ptr<const TieSet> tieSet() const;
    Session *session() const { return m_session; }
    TieTableView *tableView() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    TieFilterModel *filterModel() const { return m_filter; }
    MessageBar *messageBar() const { return m_messageBar; }
    StatusPanel *statusPanel() const { return m_status; }
    ProblemsDock *problemsDock() const { return m_problemsDock; }
    TieLoader *loader() const;
    ChartPanel *chartPanel() const { return m_charts; }
    TieDetailView *detailView() const { return m_detail; }

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
    void createCentralArea();
    void connectActions();
    void connectParts();
    void restoreLayout();
    void saveLayout();

    void onLoadFinished(const LoadReport &report);
    void onLoadCancelled();
    void applySet(const std::shared_ptr<const TieSet> &set, int currentTie, std::shared_ptr<const TieIndexes> indexes);
    void updateTieCounts();
    void updateWindowTitle();

    void askOpenFiles();
    void pasteRound();
    QString roundToSave() const;
    bool askSaveRoundAs(const QString &round); // false: not saved (cancelled or failed)
    bool confirmUnsavedRounds(); // false: the user chose to keep the window as it is
    void updateProblemCounts();
    void askExportTable();
    void askExportPdf();
    void print();
    void showPreferences();
    TablePrinter makeTablePrinter() const;
    void about();

    std::unique_ptr<Settings> m_settings;
    Session *m_session;
    TieTableModel *m_model;
    TieFilterModel *m_filter;

    MainActions *m_actions = nullptr;
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

    bool m_columnsFitted = false; // widths come from the saved layout or, once, from the first data
};

} // namespace tb
