// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the main window's printing and preferences paths: the menu entries and shortcuts,
// Export PDF of what the filter leaves, and preferences that re-evaluate the ties and persist.
#include "chartpanel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "preferences.h"
#include "settings.h"
#include "testfiles.h"
#include "tiefiltermodel.h"
#include "tieset.h"
#include "windowfixtures.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

using tb::testfiles::dataFile;
using tb::testfiles::readAll;
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?!s)"_s);
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

QAction *menuAction(QMenuBar *bar, const QString &menuText, const QString &actionText)
{
    for (QAction *menuEntry : bar->actions()) {
        if (menuEntry->text() != menuText || !menuEntry->menu())
            continue;
        for (QAction *action : menuEntry->menu()->actions()) {
            if (action->text() == actionText)
                return action;
        }
    }
    return nullptr;
}

int awayGoalTies(const TieSet &set)
{
    return int(std::count_if(set.ties.begin(), set.ties.end(), [](const Tie &tie) {
        return tie.decidedBy == DecidedBy::AwayGoals || tie.decidedBy == DecidedBy::AwayGoalsExtraTime;
    }));
}

} // namespace

class TestWindowPrintPrefs : public QObject, windowtest::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menusOfferPrintExportPdfAndPreferences();
    void printActionsNeedAFile();
    void exportPdfWritesTheFilteredTableAndChart();
    void exportPdfFailureIsShown();
    void newRulesReevaluateTheTies();
    void chartThemeAndExportSizeApplyAndPersist();
    void sameRulesDoNotReload();
};

void TestWindowPrintPrefs::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestWindowPrintPrefs::init()
{
    QVERIFY(setUp(false));
}

void TestWindowPrintPrefs::cleanup()
{
    tearDown();
}

void TestWindowPrintPrefs::menusOfferPrintExportPdfAndPreferences()
{
    QMenuBar *bar = m_window->menuBar();
    QAction *print = menuAction(bar, u"&File"_s, u"&Print…"_s);
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(!print->toolTip().isEmpty());
    QAction *pdf = menuAction(bar, u"&File"_s, u"Export P&DF…"_s);
    QVERIFY(pdf);
    QVERIFY(!pdf->shortcut().isEmpty());
    QAction *preferences = menuAction(bar, u"&Edit"_s, u"Pre&ferences…"_s);
    QVERIFY(preferences);
    QCOMPARE(preferences->shortcuts(), QKeySequence::keyBindings(QKeySequence::Preferences));
    QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
}

void TestWindowPrintPrefs::printActionsNeedAFile()
{
    QMenuBar *bar = m_window->menuBar();
    QAction *print = menuAction(bar, u"&File"_s, u"&Print…"_s);
    QAction *pdf = menuAction(bar, u"&File"_s, u"Export P&DF…"_s);
    QVERIFY(!print->isEnabled());
    QVERIFY(!pdf->isEnabled());
    QVERIFY(open({dataFile(u"cl-2014-15-r16.txt"_s)}));
    QVERIFY(print->isEnabled());
    QVERIFY(pdf->isEnabled());
}

void TestWindowPrintPrefs::exportPdfWritesTheFilteredTableAndChart()
{
    // Given two files, all ties shown
    QVERIFY(open({dataFile(u"europa-league-2012-13-q1.txt"_s), dataFile(u"elq-2024-25-q3.txt"_s)}));
    const QString all = m_dir->filePath(u"all.pdf"_s);
    QVERIFY(m_window->exportPdf(all));
    const QByteArray allPdf = readAll(all);
    QVERIFY(allPdf.startsWith("%PDF-"));
    const int allPages = pdfPageCount(allPdf);
    // The table takes more than a page, and the chart has one of its own.
    QVERIFY2(allPages >= 3, QByteArray::number(allPages).constData());

    // When the filter leaves a few ties
    QTest::keyClicks(m_window->filterBar()->clubEdit(), u"Vikingur"_s);
    QTRY_VERIFY(m_window->filterModel()->rowCount() > 0);
    QVERIFY(m_window->filterModel()->rowCount() < 5);
    const QString some = m_dir->filePath(u"some.pdf"_s);
    QVERIFY(m_window->exportPdf(some));

    // Then the table fits on one page, followed by the chart's
    QCOMPARE(pdfPageCount(readAll(some)), 2);
}

void TestWindowPrintPrefs::exportPdfFailureIsShown()
{
    QVERIFY(open({dataFile(u"cl-2014-15-r16.txt"_s)}));
    const QString path = m_dir->filePath(u"missing-folder/ties.pdf"_s);
    QVERIFY(!m_window->exportPdf(path));
    QVERIFY(m_window->messageBar()->isVisibleTo(m_window.get()));
    QVERIFY2(m_window->messageBar()->text().contains(QDir::toNativeSeparators(path)),
             qPrintable(m_window->messageBar()->text()));
}

void TestWindowPrintPrefs::newRulesReevaluateTheTies()
{
    // Given the 2014-15 round of 16 under UEFA's rules of the day: PSG went through on away goals
    QVERIFY(open({dataFile(u"cl-2014-15-r16.txt"_s)}));
    QVERIFY(awayGoalTies(*m_window->tieSet()) > 0);

    // When the preferences say away goals never count
    Preferences preferences = m_window->preferences();
    preferences.rules = RuleSet::AwayGoalsNever;
    QSignalSpy done(m_window.get(), &MainWindow::loadDone);
    m_window->applyPreferences(preferences);
    QVERIFY(done.wait(60000));

    // Then no tie is decided on away goals any more, and the choice is kept
    QCOMPARE(awayGoalTies(*m_window->tieSet()), 0);
    QCOMPARE(Settings(iniPath()).ruleSet(), RuleSet::AwayGoalsNever);
    QCOMPARE(m_window->preferences().rules, RuleSet::AwayGoalsNever);
}

void TestWindowPrintPrefs::chartThemeAndExportSizeApplyAndPersist()
{
    Preferences preferences = m_window->preferences();
    preferences.chartTheme = u"dark"_s;
    preferences.exportSize = QSize(1600, 900);
    preferences.language = u"de"_s;
    m_window->applyPreferences(preferences);

    QCOMPARE(m_window->chartPanel()->chartTheme(), u"dark"_s);
    QCOMPARE(m_window->chartPanel()->exportSize(), QSize(1600, 900));
    const Settings stored(iniPath());
    QCOMPARE(stored.chartTheme(), u"dark"_s);
    QCOMPARE(stored.exportSize(), QSize(1600, 900));
    QCOMPARE(stored.language(), u"de"_s);

    // A new window starts with them
    m_window.reset();
    m_window = std::make_unique<MainWindow>(std::make_unique<Settings>(iniPath()));
    QCOMPARE(m_window->chartPanel()->chartTheme(), u"dark"_s);
    QCOMPARE(m_window->preferences(), preferences);
}

void TestWindowPrintPrefs::sameRulesDoNotReload()
{
    QVERIFY(open({dataFile(u"cl-2014-15-r16.txt"_s)}));
    Preferences preferences = m_window->preferences();
    preferences.chartTheme = u"light"_s;
    m_window->applyPreferences(preferences);
    QVERIFY(!m_window->isLoading());
}

} // namespace tb

QTEST_MAIN(tb::TestWindowPrintPrefs)
#include "tst_windowprintprefs.moc"
