// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for MainWindow on the offscreen platform: the bundled sample, filtering by typing, sorting
// by a header click, copying, exporting the table, keeping the selection, the Problems pane and
// restoring the layout, the About box. Opening, failing, watching and closing files: tst_windowfiles.
#include "mainwindow.h"
#include "testfiles.h"
#include "windowfixtures.h"

#include "filterbar.h"
#include "messagebar.h"
#include "problemmodel.h"
#include "problemsdock.h"
#include "settings.h"
#include "statuspanel.h"
#include "tiedetailview.h"
#include "tiefiltermodel.h"
#include "tieloader.h"
#include "tietablemodel.h"
#include "tietableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCollator>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

using tb::testfiles::dataFile;
using tb::testfiles::readAll;
using tb::testfiles::writeFile;
using tb::windowtest::findAction;
using tb::windowtest::whenShown;
// The display text of one column, top to bottom, as the table shows it.
QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

} // namespace

class TestMainWindow : public QObject, windowtest::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensTheBundledSample();
    void typingFiltersTheRows_data();
    void typingFiltersTheRows();
    void clickingAHeaderSorts();
    void copyPutsSelectedRowsOnTheClipboard();
    void exportTableWritesTheFilteredRowsInTableOrder();
    void exportTableFailureKeepsTheExistingFile();
    void exportDatabaseCancelKeepsTheExistingFile();
    void selectionIsKeptAcrossFilterChanges();
    void problemActivationShowsTheTieThroughTheFilter();
    void problemCountOpensTheProblemsPane();
    void layoutIsRestoredOnNextStart();
    void aboutBoxNamesTheVersionAndLicence();
};

void TestMainWindow::init()
{
    QVERIFY(setUp(true));
}

void TestMainWindow::cleanup()
{
    tearDown();
}

void TestMainWindow::opensTheBundledSample()
{
    QSignalSpy done(m_window.get(), &MainWindow::loadDone);
    m_window->openSample();
    QVERIFY(done.wait(60000));

    QVERIFY(m_window->tieSet());
    QCOMPARE(m_window->filterModel()->rowCount(), 37);
    QVERIFY(m_window->windowTitle().contains(u"sample"_s));
    QCOMPARE(m_window->statusPanel()->tieCountText(), u"37 of 37 ties"_s);
    // The sample is not one of the user's files
    QVERIFY(Settings(iniPath()).recentFiles().isEmpty());
}

void TestMainWindow::typingFiltersTheRows_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("rows");
    QTest::newRow("accent-free") << u"suduva"_s << 1;
    QTest::newRow("upper case") << u"GOMEL"_s << 1;
    QTest::newRow("no such club") << u"zzz"_s << 0;
}

void TestMainWindow::typingFiltersTheRows()
{
    QFETCH(QString, typed);
    QFETCH(int, rows);
    QVERIFY(open({dataFile(u"europa-league-2012-13-q1.txt"_s)}));

    QTest::keyClicks(m_window->filterBar()->clubEdit(), typed);

    QCOMPARE(m_window->filterModel()->rowCount(), rows);
    QCOMPARE(m_window->statusPanel()->tieCountText(), u"%1 of 37 ties"_s.arg(rows));

    QTest::keyClick(m_window->filterBar()->clubEdit(), Qt::Key_Escape);
    QCOMPARE(m_window->filterModel()->rowCount(), 37);
}

void TestMainWindow::clickingAHeaderSorts()
{
    QVERIFY(open({dataFile(u"europa-league-2012-13-q1.txt"_s)}));
    QHeaderView *header = m_window->tableView()->horizontalHeader();
    const int column = TieTableModel::HomeColumn;
    const QPoint middle(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);

    QCOMPARE(m_window->filterModel()->sortColumn(), column);
    const QStringList clubs = columnTexts(m_window->filterModel(), column);
    QCOMPARE(clubs.size(), 37);
    QCollator collator;
    for (qsizetype i = 1; i < clubs.size(); ++i)
        QVERIFY2(collator.compare(clubs[i - 1], clubs[i]) <= 0, qPrintable(clubs[i - 1] + u" > "_s + clubs[i]));

    // A second click turns the order round
    const Qt::SortOrder before = m_window->filterModel()->sortOrder();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    QVERIFY(m_window->filterModel()->sortOrder() != before);
    const QStringList reversed = columnTexts(m_window->filterModel(), column);
    QCOMPARE(reversed.front(), clubs.back());
}

void TestMainWindow::copyPutsSelectedRowsOnTheClipboard()
{
    QVERIFY(open({dataFile(u"europa-league-2012-13-q1.txt"_s)}));
    QTableView *table = m_window->tableView();
    QAbstractItemModel *model = table->model();
    table->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(2, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->setFocus();

    QAction *copy = findAction(m_window.get(), u"Copy"_s);
    QVERIFY(copy);
    QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
    copy->trigger();

    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // a header and the three rows
    int visibleColumns = 0;
    for (int column = 0; column < model->columnCount(); ++column)
        visibleColumns += !table->isColumnHidden(column);
    QCOMPARE(lines[0].split(u'\t').size(), visibleColumns);
    QCOMPARE(lines[0].split(u'\t').front(), model->headerData(0, Qt::Horizontal).toString());
    QCOMPARE(lines[1].split(u'\t').at(TieTableModel::HomeColumn),
             model->index(0, TieTableModel::HomeColumn).data().toString());
    QCOMPARE(lines[3].split(u'\t').at(TieTableModel::AwayColumn),
             model->index(2, TieTableModel::AwayColumn).data().toString());
}

void TestMainWindow::exportTableWritesTheFilteredRowsInTableOrder()
{
    QVERIFY(open({dataFile(u"europa-league-2012-13-q1.txt"_s)}));
    QTest::keyClicks(m_window->filterBar()->clubEdit(), u"fk"_s);
    m_window->tableView()->sortByColumn(TieTableModel::AwayColumn, Qt::DescendingOrder);
    const int rows = m_window->filterModel()->rowCount();
    QVERIFY(rows > 1 && rows < 37);
    const QStringList homes = columnTexts(m_window->filterModel(), TieTableModel::HomeColumn);
    const QString path = m_dir->filePath(u"ties.json"_s);

    QVERIFY(m_window->exportTable(path));

    const QJsonArray table = QJsonDocument::fromJson(readAll(path)).array();
    QCOMPARE(table.size(), rows);
    QStringList exported;
    for (const QJsonValue &tie : table)
        exported.append(tie.toObject().value(u"home"_s).toString());
    QCOMPARE(exported, homes);

    // CSV too, chosen by the extension: a header line and one line per row
    const QString csv = m_dir->filePath(u"ties.csv"_s);
    QVERIFY(m_window->exportTable(csv));
    QCOMPARE(readAll(csv).split('\n').size() - 1, rows + 1);

    // and a SQLite database (tst_sqliteexport reads one back)
    const QString database = m_dir->filePath(u"ties.db"_s);
    QVERIFY(m_window->exportTable(database));
    QVERIFY(readAll(database).startsWith(QByteArrayView("SQLite format 3\0", 16)));
}

void TestMainWindow::exportTableFailureKeepsTheExistingFile()
{
    QVERIFY(open({dataFile(u"europa-league-2012-13-q1.txt"_s)}));
    // A folder where the file should go: nothing can be written there
    const QString blocked = m_dir->filePath(u"blocked.csv"_s);
    QVERIFY(QDir(m_dir->path()).mkdir(u"blocked.csv"_s));

    QVERIFY(!m_window->exportTable(blocked));

    QVERIFY(QFileInfo(blocked).isDir());
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY(m_window->messageBar()->text().contains(u"blocked.csv"_s));

    // An unknown extension is refused before anything is written
    QVERIFY(!m_window->exportTable(m_dir->filePath(u"ties.xlsx"_s)));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"ties.xlsx"_s)));
}

void TestMainWindow::exportDatabaseCancelKeepsTheExistingFile()
{
    // Given 216,001 ties open, which take a while to write as a database, and an older export,
    const QString big = m_dir->filePath(u"big.txt"_s);
    QVERIFY(tb::testfiles::writeBigFile(big));
    QVERIFY(open({big}));
    const QString path = m_dir->filePath(u"ties.sqlite"_s);
    const QByteArray old = "an older export, to be kept\n";
    QVERIFY(tb::testfiles::writeFile(path, old));

    // when the user presses Cancel in the progress dialog that comes up,
    bool dialogSeen = false;
    QTimer canceller;
    connect(&canceller, &QTimer::timeout, this, [&] {
        if (auto *dialog = m_window->findChild<QProgressDialog *>(); dialog && dialog->isVisible()) {
            dialogSeen = true;
            dialog->cancel();
        }
    });
    canceller.start(20);
    const bool written = m_window->exportTable(path);
    canceller.stop();

    // then nothing was written over the old file, and no error is reported for it.
    QVERIFY(dialogSeen);
    QVERIFY(!written);
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(m_dir->path()).entryList({u"*ties.sqlite*"_s}, QDir::Files | QDir::Hidden),
             QStringList{u"ties.sqlite"_s});
    QVERIFY(!m_window->messageBar()->isVisible());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"cancelled"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::selectionIsKeptAcrossFilterChanges()
{
    QVERIFY(open({dataFile(u"europa-league-2012-13-q1.txt"_s)}));
    TieTableView *table = m_window->tableView();
    const TieSet &set = *m_window->tieSet();
    int gomel = -1;
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        if (set.clubName(set.ties[i].away) == u"FK Gomel"_s)
            gomel = int(i);
    }
    QVERIFY(gomel >= 0);
    QVERIFY(table->selectTie(gomel));
    QSignalSpy changes(table, &TieTableView::currentTieChanged);

    // A filter that keeps the tie keeps it selected
    QTest::keyClicks(m_window->filterBar()->clubEdit(), u"gom"_s);
    QCOMPARE(m_window->filterModel()->rowCount(), 1);
    QCOMPARE(table->currentTie(), gomel);
    QVERIFY(table->selectionModel()->isRowSelected(0, {}));
    QCOMPARE(changes.count(), 0);

    // A filter that hides it leaves nothing selected
    QTest::keyClicks(m_window->filterBar()->clubEdit(), u"x"_s);
    QCOMPARE(table->currentTie(), -1);
    QCOMPARE(changes.count(), 1);

    // and when it shows again, it is selected again
    QTest::keyClick(m_window->filterBar()->clubEdit(), Qt::Key_Escape);
    QCOMPARE(table->currentTie(), gomel);
    QCOMPARE(changes.count(), 2);
    QCOMPARE(changes.last().front().toInt(), gomel);

    // Sorting keeps it too
    table->sortByColumn(TieTableModel::AwayColumn, Qt::DescendingOrder);
    QCOMPARE(table->currentTie(), gomel);
}

void TestMainWindow::problemActivationShowsTheTieThroughTheFilter()
{
    // Given a round whose first tie names a winner that the scores contradict
    QByteArray round = readAll(dataFile(u"europa-league-2012-13-q1.txt"_s));
    round.replace("Winner: FK Gomel", "Winner: Víkingur");
    const QString path = m_dir->filePath(u"wrong-winner.txt"_s);
    QVERIFY(writeFile(path, round));
    QVERIFY(open({path}));
    m_window->problemsDock()->show();
    ProblemModel *problems = m_window->problemsDock()->model();
    QVERIFY(problems->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < problems->rowCount() && row < 0; ++r) {
        if (problems->tieIndex(r) >= 0)
            row = r;
    }
    QVERIFY(row >= 0);
    const int tie = problems->tieIndex(row);
    QVERIFY(!m_window->statusPanel()->problemCountText().contains(u"warnings: 0"_s));

    // and a filter that hides that tie
    QTest::keyClicks(m_window->filterBar()->clubEdit(), u"elfsborg"_s);
    QCOMPARE(m_window->filterModel()->rowCount(), 1);

    // When the problem is double-clicked in the Problems pane
    QTableView *view = m_window->problemsDock()->view();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    const QModelIndex index = view->model()->index(row, ProblemModel::MessageColumn);
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at); // a double-click begins with a click
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);

    // Then the filter is cleared and the tie selected
    QVERIFY(!m_window->filterBar()->isActive());
    QCOMPARE(m_window->filterModel()->rowCount(), 37);
    QCOMPARE(m_window->tableView()->currentTie(), tie);
}

void TestMainWindow::problemCountOpensTheProblemsPane()
{
    QVERIFY(open({dataFile(u"cl-2014-15-r16.txt"_s)}));
    QVERIFY(!m_window->problemsDock()->isVisible());

    QCOMPARE(m_window->problemsDock()->model()->rowCount(), 0); // filled when first shown

    QTest::mouseClick(m_window->statusPanel()->problemsButton(), Qt::LeftButton);

    QVERIFY(m_window->problemsDock()->isVisible());
    QCOMPARE(m_window->problemsDock()->model()->tieSet(), m_window->tieSet());
}

void TestMainWindow::layoutIsRestoredOnNextStart()
{
    // Given a window resized, with a column moved and another widened
    m_window->resize(900, 640);
    QHeaderView *header = m_window->tableView()->horizontalHeader();
    header->moveSection(header->visualIndex(TieTableModel::WinnerColumn), 0);
    header->resizeSection(TieTableModel::HomeColumn, 333);
    m_window->close();
    m_window.reset();

    // When the program starts again
    m_window = newWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Then the window and the table look as they did
    QCOMPARE(m_window->size(), QSize(900, 640));
    QHeaderView *restored = m_window->tableView()->horizontalHeader();
    QCOMPARE(restored->visualIndex(TieTableModel::WinnerColumn), 0);
    QCOMPARE(restored->sectionSize(TieTableModel::HomeColumn), 333);
}

void TestMainWindow::aboutBoxNamesTheVersionAndLicence()
{
    // When Help > About Tie Browser is chosen
    QAction *about = findAction(m_window.get(), u"About Tie Browser"_s);
    QVERIFY(about);
    QString text;
    bool shown = false;
    whenShown<QMessageBox>([&text, &shown](QMessageBox *box) {
        shown = true;
        text = box->text();
        box->accept();
    });
    about->trigger(); // returns when the box is closed

    // Then the box names the version and the licence, GPL-3.0-or-later, with a link to its text
    QVERIFY(shown);
    QVERIFY2(text.contains(QStringLiteral(TIEBROWSER_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(u"GPL-3.0-or-later"_s), qPrintable(text));
    QVERIFY2(text.contains(u"GNU General Public License"_s), qPrintable(text));
    QVERIFY2(text.contains(u"https://www.gnu.org/licenses/gpl-3.0.html"_s), qPrintable(text));
}

} // namespace tb

QTEST_MAIN(tb::TestMainWindow)
#include "tst_mainwindow.moc"
