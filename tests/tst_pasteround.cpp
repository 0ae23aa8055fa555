// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for rounds that reach the window as text, on the offscreen platform: Edit > Paste Round
// with a browser's copy (tab-separated cells) and with an editor's, Ctrl+V in the club filter,
// pasted text without ties, dropped text, File > Save Round As, and the question before an
// unsaved round is closed.
#include "mainwindow.h"
#include "testfiles.h"
#include "windowfixtures.h"

#include "filterbar.h"
#include "loader.h"
#include "mainactions.h"
#include "messagebar.h"
#include "problemmodel.h"
#include "problemsdock.h"
#include "session.h"
#include "settings.h"
#include "tiedetailview.h"
#include "tiefiltermodel.h"
#include "tieset.h"
#include "tietablemodel.h"
#include "tietableview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

using tb::testfiles::dataFile;
using tb::testfiles::readAll;
using tb::windowtest::findAction;
using tb::windowtest::whenShown;

// The sample as a browser copies worldfootball.net's table: every cell ends in a tab, so the
// clubs, the dash and the result come tab-separated, and lines end in CRLF.
QByteArray asBrowserCopy(const QByteArray &text)
{
    QString copy;
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    static const QRegularExpression leg(
        uR"(^(1st\(1st leg\)|2nd \(2nd leg\)) (.+?) - (.+?) (\S+(?: \([^)]*\))?(?: \S+)?)$)"_s);
    static const QRegularExpression dates(
        uR"(^(1st\(1st leg\):) (\S+) (\S+) (2nd \(2nd leg\):) (\S+) (\S+) (Winner:) (.*)$)"_s);
    for (const QString &line : lines) {
        QRegularExpressionMatch m = leg.match(line);
        if (!m.hasMatch())
            m = dates.match(line);
        QStringList cells = m.hasMatch() ? m.capturedTexts().mid(1) : QStringList{line};
        if (m.regularExpression() == leg)
            cells.insert(2, u"-"_s); // the dash is a cell of its own
        copy += cells.join(u'\t') + u"\t\r\n"_s;
    }
    return copy.toUtf8();
}

// Clicks `button` of the next message box, keeping its question in `text`.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    whenShown<QMessageBox>([button, text](QMessageBox *box) {
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace

class TestPasteRound : public QObject, windowtest::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyWindowSaysWhatToDo();
    void pasteReadsTheClipboard_data();
    void pasteReadsTheClipboard();
    void pasteInTheClubFilterPastesText();
    void textWithoutTiesChangesNothing();
    void droppedTextIsPasted();
    void saveRoundAsWritesThePastedText();
    void closingAsksAboutUnsavedRounds();

private:
    // Triggers Edit > Paste Round with `text` on the clipboard and waits for the result.
    bool paste(const QByteArray &text);
    QAction *action(const QString &text) const { return findAction(m_window.get(), text); }
    QByteArray m_sample;
};

void TestPasteRound::init()
{
    QVERIFY(setUp(true));
    m_sample = readAll(dataFile(u"europa-league-2012-13-q1.txt"_s));
    QVERIFY(!m_sample.isEmpty());
}

void TestPasteRound::cleanup()
{
    tearDown();
}

bool TestPasteRound::paste(const QByteArray &text)
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(text));
    QSignalSpy done(m_window.get(), &MainWindow::loadDone);
    m_window->tableView()->setFocus(); // not in a text field
    action(u"Paste Round"_s)->trigger();
    return done.wait(60000);
}

void TestPasteRound::emptyWindowSaysWhatToDo()
{
    QCOMPARE(m_window->tableView()->placeholderText(),
             u"Open a file, drop one here, or paste a round copied from worldfootball.net (Ctrl+V)"_s);
    // The hint is drawn, not only stored: the empty table has text on it.
    QWidget *viewport = m_window->tableView()->viewport();
    const QImage empty = viewport->grab().toImage();
    const QRgb base = empty.pixel(2, 2);
    int inked = 0;
    for (int y = 0; y < empty.height(); ++y) {
        for (int x = 0; x < empty.width(); ++x)
            inked += empty.pixel(x, y) != base;
    }
    QVERIFY2(inked > 100, qPrintable(QString::number(inked)));

    QVERIFY(paste(m_sample));
    QVERIFY(m_window->tableView()->placeholderText().isEmpty());
}

void TestPasteRound::pasteReadsTheClipboard_data()
{
    QTest::addColumn<bool>("browser");
    QTest::newRow("copied in a browser (tabs)") << true;
    QTest::newRow("copied from a text file") << false;
}

void TestPasteRound::pasteReadsTheClipboard()
{
    QFETCH(bool, browser);
    const QByteArray text = browser ? asBrowserCopy(m_sample) : m_sample;
    if (browser)
        QVERIFY(text.contains("\tFK Gomel\t-\tVíkingur\t4:0 (0:0)\t\r\n"));

    QVERIFY(paste(text));

    // Read by the same reader as the file: every tie, no problem
    const std::shared_ptr<const TieSet> set = m_window->tieSet();
    QVERIFY(set);
    QCOMPARE(m_window->filterModel()->rowCount(), 37);
    QCOMPARE(set->errorCount() + set->warningCount(), 0);
    // A source named like a file, everywhere a file's name shows
    QCOMPARE(set->files.size(), std::size_t(1));
    QCOMPARE(set->files.front().displayName, u"Pasted round 1"_s);
    QCOMPARE(m_window->windowTitle(), u"Pasted round 1"_s);
    QVERIFY2(m_window->detailView()->summaryText().contains(u"Pasted round 1, line "_s),
             qPrintable(m_window->detailView()->summaryText()));
    QCOMPARE(m_window->session()->unsavedRounds(), QStringList{loader::pastedPath(1)});
    QVERIFY(action(u"Save Round As…"_s)->isEnabled());
    // Nothing to remember among the recent files: it has no file yet
    QCOMPARE(Settings(iniPath()).recentFiles(), QStringList());

    // A second paste is a second source, in the file filter beside the first
    QVERIFY(paste(m_sample));
    QCOMPARE(m_window->filterModel()->rowCount(), 74);
    auto *files = m_window->filterBar()->findChild<QComboBox *>(u"fileFilter"_s);
    QVERIFY(files);
    QCOMPARE(files->count(), 3); // all files, then the two rounds
    QCOMPARE(files->itemText(2), u"Pasted round 2"_s);
}

void TestPasteRound::pasteInTheClubFilterPastesText()
{
    QGuiApplication::clipboard()->setText(u"gomel"_s);
    QLineEdit *club = m_window->filterBar()->clubEdit();
    club->setFocus();
    QSignalSpy started(m_window->session(), &Session::started);
    QTest::keySequence(club, QKeySequence::Paste);
    QCOMPARE(club->text(), u"gomel"_s);
    QCOMPARE(started.count(), 0);
    QVERIFY(!m_window->tieSet());
}

void TestPasteRound::textWithoutTiesChangesNothing()
{
    QVERIFY(open({dataFile(u"cl-2014-15-r16.txt"_s)}));
    const std::shared_ptr<const TieSet> before = m_window->tieSet();

    QVERIFY(paste("Round of 16\nfirst legs\n"));

    QCOMPARE(m_window->tieSet(), before); // the very same data
    QCOMPARE(m_window->filterModel()->rowCount(), 8);
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    const QString message = m_window->messageBar()->text();
    QVERIFY2(message.startsWith(u"Nothing was pasted: the text holds no ties."_s), qPrintable(message));
    QVERIFY2(message.contains(u"unrecognised line \"Round of 16\""_s), qPrintable(message));
    QVERIFY(m_window->session()->unsavedRounds().isEmpty());
    QVERIFY(!action(u"Save Round As…"_s)->isEnabled());

    // The Problems pane says why, under the round's name, with the located "no ties found"
    const ProblemModel *problems = m_window->problemsDock()->model();
    QCOMPARE(problems->rowCount(), 3);
    QCOMPARE(problems->data(problems->index(0, ProblemModel::FileColumn)).toString(), u"Pasted round 1"_s);
    QCOMPARE(problems->data(problems->index(0, ProblemModel::LineColumn)).toString(), u"1"_s);
    QVERIFY(problems->data(problems->index(0, ProblemModel::MessageColumn)).toString().startsWith(u"no ties found:"_s));
    QCOMPARE(problems->data(problems->index(0, 0), ProblemModel::TieIndexRole).toInt(), -1);

    // Empty text does not even start a load
    QSignalSpy started(m_window->session(), &Session::started);
    QGuiApplication::clipboard()->clear();
    m_window->tableView()->setFocus();
    action(u"Paste Round"_s)->trigger();
    QCOMPARE(started.count(), 0);
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Information);
    QVERIFY(m_window->messageBar()->text().startsWith(u"There is no text to paste."_s));

    // The next paste with ties takes the number the failed one left free
    QVERIFY(paste(m_sample));
    QCOMPARE(m_window->tieSet()->files.back().displayName, u"Pasted round 1"_s);
    QCOMPARE(problems->rowCount(), 0); // the failure of "Pasted round 1" is history now
}

void TestPasteRound::droppedTextIsPasted()
{
    // A selection dragged from a browser carries text/plain (and text/html) but no URL.
    QMimeData mime;
    mime.setText(QString::fromUtf8(asBrowserCopy(m_sample)));
    mime.setHtml(u"<table><tr><td>1st(1st leg)</td></tr></table>"_s);
    QVERIFY(drop(mime));
    QCOMPARE(m_window->filterModel()->rowCount(), 37);
    QCOMPARE(m_window->tieSet()->files.front().displayName, u"Pasted round 1"_s);
}

void TestPasteRound::saveRoundAsWritesThePastedText()
{
    const QByteArray text = asBrowserCopy(m_sample);
    QVERIFY(paste(text));
    m_window->tableView()->selectTie(5);
    const QString chosen = m_window->detailView()->summaryText().section(u'\n', 0, 0);

    // When saved through File > Save Round As… (the dialog answered as a user would)
    const QString path = m_dir->filePath(u"el-q1.txt"_s);
    whenShown<QFileDialog>([path](QFileDialog *dialog) {
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks the name, as the button does
    });
    action(u"Save Round As…"_s)->trigger();

    // The file is the pasted text, byte for byte
    QCOMPARE(readAll(path), text);
    // From then on the round is that file: its name, the recent files, the same tie on show
    const std::shared_ptr<const TieSet> set = m_window->tieSet();
    QCOMPARE(set->files.front().displayName, u"el-q1.txt"_s);
    QCOMPARE(set->files.front().path, path);
    QCOMPARE(m_window->windowTitle(), u"el-q1.txt"_s);
    QCOMPARE(Settings(iniPath()).recentFiles(), QStringList{path});
    QCOMPARE(m_window->detailView()->summaryText().section(u'\n', 0, 0), chosen);
    QVERIFY(m_window->session()->unsavedRounds().isEmpty());
    QVERIFY(!action(u"Save Round As…"_s)->isEnabled());

    // And the watcher's: a change on disk is read again
    QSignalSpy done(m_window.get(), &MainWindow::loadDone);
    QVERIFY(testfiles::writeFile(path, text + readAll(dataFile(u"cl-2014-15-r16.txt"_s))));
    QVERIFY(done.wait(60000));
    QCOMPARE(m_window->filterModel()->rowCount(), 45);

    // Closing asks nothing now
    QVERIFY(m_window->close());
}

void TestPasteRound::closingAsksAboutUnsavedRounds()
{
    QVERIFY(paste(m_sample));

    // Cancel keeps the window and the round
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QVERIFY(!m_window->close());
    QCOMPARE(question, u"Pasted round 1 has not been saved. Save it before it is closed?"_s);
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->filterModel()->rowCount(), 37);

    // Close All Files asks too; Cancel there keeps the files
    answerNextMessageBox(QMessageBox::Cancel);
    action(u"Close All Files"_s)->trigger();
    QCOMPARE(m_window->filterModel()->rowCount(), 37);

    // Save, then a cancelled file dialog, keeps the window as well
    answerNextMessageBox(QMessageBox::Save);
    whenShown<QFileDialog>([](QFileDialog *dialog) { dialog->reject(); });
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());

    // Discard closes it
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
}

} // namespace tb

QTEST_MAIN(tb::TestPasteRound)
#include "tst_pasteround.moc"
