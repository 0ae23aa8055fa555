// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for MainWindow's files on the offscreen platform: opening through the menu's path and by
// drops, more files added, failures and cancels that keep what was loaded, watching files (the
// same tie in the table and the detail view after a re-read) and closing them.
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
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

using tb::testfiles::dataFile;
using tb::testfiles::readAll;
using tb::testfiles::writeFile;
using tb::windowtest::findAction;
} // namespace

class TestWindowFiles : public QObject, windowtest::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void openRecentUsesTheOpenPath();
    void droppingFilesOpensThem();
    void openingMoreFilesAddsThem();
    void badFileKeepsWhatWasLoaded_data();
    void badFileKeepsWhatWasLoaded();
    void cancellingALoadKeepsWhatWasLoaded();
    void changedFileIsReadAgain();
    void changedFileKeepsTheTieInTheDetailView_data();
    void changedFileKeepsTheTieInTheDetailView();
    void closeAllEmptiesTheWindow();
};

void TestWindowFiles::init()
{
    QVERIFY(setUp(true));
}

void TestWindowFiles::cleanup()
{
    tearDown();
}

void TestWindowFiles::openRecentUsesTheOpenPath()
{
    // Given a file in the recent list of a fresh window
    const QString path = QFileInfo(dataFile(u"cl-2014-15-r16.txt"_s)).absoluteFilePath();
    m_window.reset();
    Settings(iniPath()).addRecentFile(path);
    m_window = newWindow();
    m_window->show();

    // When it is picked from File > Open Recent
    auto *recent = m_window->menuBar()->findChild<QMenu *>();
    QMenu *recentMenu = nullptr;
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        if (menu->title().remove(u'&') == u"Open Recent"_s)
            recentMenu = menu;
    }
    QVERIFY(recent);
    QVERIFY(recentMenu);
    QVERIFY(recentMenu->isEnabled());
    Q_EMIT recentMenu->aboutToShow();
    const QList<QAction *> entries = recentMenu->actions();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.front()->toolTip(), QDir::toNativeSeparators(path));
    QSignalSpy done(m_window.get(), &MainWindow::loadDone);
    entries.front()->trigger();
    QVERIFY(done.wait(60000));

    // Then it is open
    QCOMPARE(m_window->filterModel()->rowCount(), 8);
    QCOMPARE(m_window->tieSet()->files.front().path, path);
}

void TestWindowFiles::droppingFilesOpensThem()
{
    const QString path = dataFile(u"elq-2024-25-q3.txt"_s);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QVERIFY(drop(mime));

    QCOMPARE(m_window->filterModel()->rowCount(), 13);
    QCOMPARE(Settings(iniPath()).recentFiles(), QStringList{QFileInfo(path).absoluteFilePath()});
}

void TestWindowFiles::openingMoreFilesAddsThem()
{
    QTableView *table = m_window->tableView();
    QVERIFY(open({dataFile(u"cl-2014-15-r16.txt"_s)}));
    QVERIFY(table->isColumnHidden(TieTableModel::FileColumn));

    QVERIFY(open({dataFile(u"cl-2024-25-r16.txt"_s)}));
    QCOMPARE(m_window->filterModel()->rowCount(), 16);
    QVERIFY(!table->isColumnHidden(TieTableModel::FileColumn)); // two files: say which is which

    // Opening a file already open reads it again instead of adding it twice
    QVERIFY(open({dataFile(u"cl-2014-15-r16.txt"_s)}));
    QCOMPARE(m_window->filterModel()->rowCount(), 16);
    QCOMPARE(m_window->tieSet()->files.size(), std::size_t(2));
}

void TestWindowFiles::badFileKeepsWhatWasLoaded_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // null: the file does not exist
    QTest::newRow("missing") << u"missing.txt"_s << QByteArray();
    QTest::newRow("empty") << u"empty.txt"_s << QByteArray("");
    QTest::newRow("no ties") << u"letter.txt"_s << QByteArray("Dear reader,\nno football here.\n");
}

void TestWindowFiles::badFileKeepsWhatWasLoaded()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString path = m_dir->filePath(name);
    if (!content.isNull())
        QVERIFY(writeFile(path, content));
    QVERIFY(open({dataFile(u"europa-league-2012-13-q1.txt"_s)}));
    const std::shared_ptr<const TieSet> before = m_window->tieSet();
    QTest::keyClicks(m_window->filterBar()->clubEdit(), u"gomel"_s);

    QVERIFY(open({path}));

    QCOMPARE(m_window->tieSet(), before); // the very same data, not a copy
    QCOMPARE(m_window->filterModel()->rowCount(), 1); // and the filter as it was
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(m_window->messageBar()->text().contains(name), qPrintable(m_window->messageBar()->text()));
    // The Problems pane lists the file with what was wrong, at its first line when it has no ties
    const ProblemModel *problems = m_window->problemsDock()->model();
    QVERIFY(problems->rowCount() >= 1);
    const int last = problems->rowCount() - 1;
    QCOMPARE(problems->data(problems->index(last, ProblemModel::FileColumn)).toString(), name);
    QCOMPARE(problems->data(problems->index(last, 0), ProblemModel::TieIndexRole).toInt(), -1);
    if (!content.isNull()) {
        const int first = problems->rowCount() - (content.isEmpty() ? 1 : 3);
        QCOMPARE(problems->data(problems->index(first, ProblemModel::LineColumn)).toString(), u"1"_s);
        QVERIFY(problems->data(problems->index(first, ProblemModel::MessageColumn))
                    .toString()
                    .startsWith(u"no ties found:"_s));
    }
}

void TestWindowFiles::cancellingALoadKeepsWhatWasLoaded()
{
    QVERIFY(open({dataFile(u"cl-2014-15-r16.txt"_s)}));
    const std::shared_ptr<const TieSet> before = m_window->tieSet();
    const QString path = m_dir->filePath(u"big.txt"_s);
    QVERIFY(testfiles::writeBigFile(path));

    QSignalSpy done(m_window.get(), &MainWindow::loadDone);
    // Cancel is clicked as the first progress is shown. The file is read in a few dozen
    // milliseconds: on a busy machine, waiting for the progress and clicking afterwards could
    // find the load already delivered (Qt handles the events queued meanwhile before the wait
    // returns), and a finished load is no longer cancelled.
    QObject connection;
    bool clicked = false;
    connect(m_window->loader(), &TieLoader::progress, &connection, [&] {
        if (std::exchange(clicked, true))
            return;
        QVERIFY(m_window->statusPanel()->cancelButton()->isVisibleTo(m_window.get()));
        QTest::mouseClick(m_window->statusPanel()->cancelButton(), Qt::LeftButton);
    });
    m_window->openFiles({path});
    QVERIFY(m_window->statusPanel()->cancelButton()->isVisibleTo(m_window.get()));
    QVERIFY(QTest::qWaitFor([&] { return clicked; }, 60000));

    QCOMPARE(done.count(), 1);
    QCOMPARE(m_window->tieSet(), before);
    QVERIFY(!m_window->statusPanel()->cancelButton()->isVisibleTo(m_window.get()));
    QVERIFY(QTest::qWaitFor([&] { return !m_window->loader()->hasRunningThreads(); }, 60000));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->tieSet(), before);
}

void TestWindowFiles::changedFileIsReadAgain()
{
    const QString path = m_dir->filePath(u"round.txt"_s);
    QVERIFY(writeFile(path, readAll(dataFile(u"cl-2014-15-r16.txt"_s))));
    QVERIFY(open({path}));
    QCOMPARE(m_window->filterModel()->rowCount(), 8);

    // When the file changes on disk, it is read again by itself
    QVERIFY(writeFile(path, readAll(dataFile(u"elq-2024-25-q3.txt"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->filterModel()->rowCount(), 13, 20000);

    // A change that breaks the file keeps the ties read before
    QSignalSpy done(m_window.get(), &MainWindow::loadDone);
    QVERIFY(writeFile(path, QByteArray("garbage\n")));
    QVERIFY(done.wait(20000));
    QCOMPARE(m_window->filterModel()->rowCount(), 13);
    QVERIFY(m_window->messageBar()->isVisible());
}

void TestWindowFiles::changedFileKeepsTheTieInTheDetailView_data()
{
    QTest::addColumn<QByteArray>("after");
    const QByteArray round = readAll(dataFile(u"cl-2014-15-r16.txt"_s));
    QByteArray corrected = round;
    corrected.replace("Juventus - Borussia Dortmund 2:1 (2:1)", "Juventus - Borussia Dortmund 3:1 (2:1)");
    QVERIFY(corrected != round);
    const QByteArray other = readAll(dataFile(u"elq-2024-25-q3.txt"_s));
    // A tie takes three lines: the two legs, then the dates and the winner.
    const QList<QByteArray> lines = other.split('\n');
    QVERIFY(lines.size() > 3);
    const QByteArray firstTieOfOther = lines[0] + '\n' + lines[1] + '\n' + lines[2] + '\n';

    // The tie stays in its row: the table keeps it without a new current row
    QTest::newRow("a score corrected") << corrected;
    // The tie moves down a row
    QTest::newRow("a tie added above") << QByteArray(firstTieOfOther + corrected);
}

void TestWindowFiles::changedFileKeepsTheTieInTheDetailView()
{
    QFETCH(QByteArray, after);
    const QString path = m_dir->filePath(u"round.txt"_s);
    QVERIFY(writeFile(path, readAll(dataFile(u"cl-2014-15-r16.txt"_s))));
    QVERIFY(open({path}));
    const auto tieOfJuventus = [this] {
        const TieSet &set = *m_window->tieSet();
        for (std::size_t i = 0; i < set.ties.size(); ++i) {
            if (set.clubName(set.ties[i].home) == u"Juventus"_s)
                return int(i);
        }
        return -1;
    };
    m_window->showTie(tieOfJuventus());
    QVERIFY(m_window->detailView()->summaryText().contains(u"Borussia Dortmund"_s));

    // When the file changes on disk and is read again by itself
    QSignalSpy done(m_window.get(), &MainWindow::loadDone);
    QVERIFY(writeFile(path, after));
    QVERIFY(done.wait(20000));

    // Then the table and the detail view both show the same tie, as it now reads
    QVERIFY(tieOfJuventus() >= 0);
    QCOMPARE(m_window->tableView()->currentTie(), tieOfJuventus());
    const QString shown = m_window->detailView()->summaryText();
    QVERIFY2(shown.contains(u"Juventus"_s) && shown.contains(u"Borussia Dortmund"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"3:1"_s), qPrintable(shown));
}

void TestWindowFiles::closeAllEmptiesTheWindow()
{
    QVERIFY(open({dataFile(u"cl-2014-15-r16.txt"_s)}));
    QAction *close = findAction(m_window.get(), u"Close All Files"_s);
    QVERIFY(close);
    QVERIFY(close->isEnabled());

    close->trigger();

    QVERIFY(!m_window->tieSet());
    QCOMPARE(m_window->filterModel()->rowCount(), 0);
    QVERIFY(!close->isEnabled());
    QCOMPARE(m_window->statusPanel()->tieCountText(), u"0 of 0 ties"_s);
}

} // namespace tb

QTEST_MAIN(tb::TestWindowFiles)
#include "tst_windowfiles.moc"
