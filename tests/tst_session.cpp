// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for Session, without widgets: the same tie after a reload, failed and cancelled loads
// that keep the set, the sample replaced, the load queue, the watcher's debounce, new rules.
#include "session.h"
#include "testfiles.h"

#include "loader.h"
#include "tieset.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

using tb::testfiles::dataFile;
using tb::testfiles::readAll;
using tb::testfiles::writeFile;

// The index of the tie whose first leg `home` plays at home, -1 when none.
int tieOf(const TieSet &set, const QString &home)
{
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        if (set.clubName(set.ties[i].home) == home)
            return int(i);
    }
    return -1;
}

int awayGoalTies(const TieSet &set)
{
    return int(std::count_if(set.ties.begin(), set.ties.end(), [](const Tie &tie) {
        return tie.decidedBy == DecidedBy::AwayGoals || tie.decidedBy == DecidedBy::AwayGoalsExtraTime;
    }));
}

// Each tie of a round takes three lines: the two legs, then the dates and the winner.
QByteArray ties(const QByteArray &round, int first, int count)
{
    const QList<QByteArray> lines = round.split('\n');
    QByteArray out;
    for (int i = first * 3; i < (first + count) * 3 && i < lines.size(); ++i)
        out += lines[i] + '\n';
    return out;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reloadKeepsTheChosenTie_data();
    void reloadKeepsTheChosenTie();
    void failedReloadKeepsTheData_data();
    void failedReloadKeepsTheData();
    void sampleIsReplacedByTheFirstRealFile();
    void loadsAskedForWhileOneRunsAreQueued();
    void changedFileIsReadOnceAfterTheDebounce();
    void cancelledLoadKeepsThePreviousSet();
    void newRulesReEvaluateTheOpenTies();
    void newRulesNeedNoFile();
    void newRulesDuringALoadReachItsResult();
    void closeAllForgetsTheFilesAndTheTie();
    void pastedRoundsAreReadFromMemory();
    void savingARoundThatCannotBeWrittenKeepsIt();
    void failuresAreKeptUntilTheFileLoads();

private:
    // Opens `paths` and waits for the load's end; false when it did not end.
    bool open(const QStringList &paths);
    // Waits for the next report (loadFinished) after `count` were seen.
    bool waitForReports(qsizetype count);
    QString copyOf(const QString &dataName, const QString &name = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    QList<LoadReport> m_reports; // every loadFinished, in order
    QList<int> m_kept; // the tie of every tieSetChanged, in order
};

void TestSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<Session>();
    m_reports.clear();
    m_kept.clear();
    connect(m_session.get(), &Session::tieSetChanged, this,
            [this](const std::shared_ptr<const TieSet> &, int tie) { m_kept.append(tie); });
    connect(m_session.get(), &Session::loadFinished, this,
            [this](const LoadReport &report) { m_reports.append(report); });
}

void TestSession::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

bool TestSession::open(const QStringList &paths)
{
    const qsizetype before = m_reports.size();
    m_session->openFiles(paths);
    return waitForReports(before + 1);
}

bool TestSession::waitForReports(qsizetype count)
{
    return QTest::qWaitFor([&] { return m_reports.size() >= count; }, 60000);
}

QString TestSession::copyOf(const QString &dataName, const QString &name)
{
    const QString path = m_dir->filePath(name.isEmpty() ? dataName : name);
    return writeFile(path, readAll(dataFile(dataName))) ? path : QString();
}

void TestSession::reloadKeepsTheChosenTie_data()
{
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<bool>("lineMoves");
    const QByteArray round = readAll(dataFile(u"cl-2014-15-r16.txt"_s));
    const QByteArray other = readAll(dataFile(u"elq-2024-25-q3.txt"_s));
    QVERIFY(!round.isEmpty() && !other.isEmpty());
    QByteArray corrected = round;
    corrected.replace("Juventus - Borussia Dortmund 2:1 (2:1)", "Juventus - Borussia Dortmund 3:1 (2:1)");
    QVERIFY(corrected != round);

    QTest::newRow("read again unchanged") << round << false;
    QTest::newRow("a score corrected") << corrected << false;
    QTest::newRow("a tie added above") << ties(other, 0, 1) + round << true;
    QTest::newRow("ties removed above") << ties(round, 2, 6) << true;
    QTest::newRow("ties added above and below") << ties(other, 0, 2) + round + ties(other, 2, 3) << true;
}

void TestSession::reloadKeepsTheChosenTie()
{
    QFETCH(QByteArray, after);
    QFETCH(bool, lineMoves);
    const QString path = copyOf(u"cl-2014-15-r16.txt"_s, u"round.txt"_s);
    QVERIFY(open({path}));
    const std::shared_ptr<const TieSet> before = m_session->tieSet();
    QVERIFY(before);
    const int chosen = tieOf(*before, u"Juventus"_s);
    QVERIFY(chosen >= 0);
    m_session->setCurrentTie(chosen);
    QCOMPARE(m_session->currentTie(), chosen);
    const std::uint32_t oldLine = before->ties[std::size_t(chosen)].line;

    // When the file is read again with other contents
    QVERIFY(writeFile(path, after));
    const qsizetype kept = m_kept.size();
    const qsizetype reports = m_reports.size();
    m_session->reload();
    QVERIFY(waitForReports(reports + 1));

    // Then the set is new, and the same tie is the chosen one, wherever it now is
    const std::shared_ptr<const TieSet> set = m_session->tieSet();
    QVERIFY(set && set != before);
    QCOMPARE(m_kept.size(), kept + 1);
    const int again = m_kept.at(kept);
    QVERIFY(again >= 0);
    QCOMPARE(set->clubName(set->ties[std::size_t(again)].home), u"Juventus"_s);
    QCOMPARE(set->clubName(set->ties[std::size_t(again)].away), u"Borussia Dortmund"_s);
    QCOMPARE(m_session->currentTie(), again);
    QCOMPARE(set->ties[std::size_t(again)].line != oldLine, lineMoves);
}

void TestSession::failedReloadKeepsTheData_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::newRow("garbage") << u"garbage"_s;
    QTest::newRow("empty") << u"empty"_s;
    QTest::newRow("binary") << u"binary"_s;
    QTest::newRow("replaced by a folder") << u"folder"_s;
    QTest::newRow("removed") << u"removed"_s;
}

void TestSession::failedReloadKeepsTheData()
{
    QFETCH(QString, breakage);
    const QString path = copyOf(u"cl-2014-15-r16.txt"_s, u"round.txt"_s);
    QVERIFY(open({path}));
    const std::shared_ptr<const TieSet> before = m_session->tieSet();
    QVERIFY(before);
    m_session->setCurrentTie(3);
    const qsizetype kept = m_kept.size();

    // When the file no longer reads
    if (breakage == u"garbage")
        QVERIFY(writeFile(path, QByteArray("garbage\nmore garbage\n")));
    else if (breakage == u"empty")
        QVERIFY(writeFile(path, QByteArray()));
    else if (breakage == u"binary")
        QVERIFY(writeFile(path, readAll(dataFile(u"bad/random-binary.bin"_s))));
    else if (breakage == u"folder")
        QVERIFY(QFile::remove(path) && QDir(m_dir->path()).mkdir(u"round.txt"_s));
    else
        QVERIFY(QFile::remove(path));
    const qsizetype reports = m_reports.size();
    m_session->reload();
    QVERIFY(waitForReports(reports + 1));

    // Then it is reported, and the very same set and tie stay
    const LoadReport &report = m_reports.at(reports);
    QCOMPARE(report.failures.size(), 1);
    QCOMPARE(report.failures.front().path, path);
    QVERIFY(!report.failures.front().reason.isEmpty());
    QVERIFY(report.loadedPaths.isEmpty());
    QCOMPARE(m_session->tieSet(), before);
    QCOMPARE(m_kept.size(), kept);
    QCOMPARE(m_session->currentTie(), 3);
}

void TestSession::sampleIsReplacedByTheFirstRealFile()
{
    QVERIFY(open({TieLoader::samplePath()}));
    QVERIFY(m_session->isSampleOnly());
    const std::shared_ptr<const TieSet> sample = m_session->tieSet();

    // A real file that fails does not replace the sample
    const QString bad = m_dir->filePath(u"bad.txt"_s);
    QVERIFY(writeFile(bad, QByteArray("garbage\n")));
    QVERIFY(open({bad}));
    QCOMPARE(m_session->tieSet(), sample);
    QVERIFY(m_session->isSampleOnly());

    // The first one that reads does
    const QString real = copyOf(u"cl-2014-15-r16.txt"_s);
    QVERIFY(open({real}));
    const std::shared_ptr<const TieSet> set = m_session->tieSet();
    QCOMPARE(set->files.size(), std::size_t(1));
    QCOMPARE(set->files.front().path, real);
    QCOMPARE(set->ties.size(), std::size_t(8));
    QVERIFY(!m_session->isSampleOnly());

    // And the next ones are added to it
    const QString more = copyOf(u"elq-2024-25-q3.txt"_s);
    QVERIFY(open({more}));
    QCOMPARE(m_session->tieSet()->files.size(), std::size_t(2));
}

void TestSession::loadsAskedForWhileOneRunsAreQueued()
{
    const QString first = copyOf(u"cl-2014-15-r16.txt"_s);
    const QString second = copyOf(u"elq-2024-25-q3.txt"_s);
    const QString third = copyOf(u"cl-2024-25-r16.txt"_s);
    QSignalSpy started(m_session.get(), &Session::started);
    QSignalSpy cancelled(m_session.get(), &Session::cancelled);

    // When more files are asked for while a load runs
    m_session->openFiles({first});
    QVERIFY(m_session->isLoading());
    m_session->openFiles({second});
    m_session->openFiles({third, second});

    // Then the running load goes on, and they are read together after it
    QCOMPARE(started.count(), 1);
    QVERIFY(waitForReports(2));
    QCOMPARE(started.count(), 2);
    QCOMPARE(started.at(0).at(0).toStringList(), QStringList{first});
    QCOMPARE(started.at(1).at(0).toStringList(), (QStringList{second, third}));
    QCOMPARE(m_reports.at(0).loadedPaths, QStringList{first});
    QCOMPARE(m_reports.at(1).loadedPaths, (QStringList{second, third}));
    QCOMPARE(cancelled.count(), 0);
    const std::shared_ptr<const TieSet> set = m_session->tieSet();
    QCOMPARE(set->files.size(), std::size_t(3));
    QCOMPARE(set->files[0].path, first);
    QCOMPARE(set->files[1].path, second);
    QCOMPARE(set->files[2].path, third);
    QVERIFY(!m_session->isLoading());
}

void TestSession::changedFileIsReadOnceAfterTheDebounce()
{
    const QString path = copyOf(u"cl-2014-15-r16.txt"_s, u"round.txt"_s);
    QVERIFY(open({path}));
    QCOMPARE(m_session->tieSet()->ties.size(), std::size_t(8));
    QSignalSpy started(m_session.get(), &Session::started);
    // Five times what an editor needs, so that a slow machine (sanitizers, a busy CI) stays inside it.
    m_session->setChangeDelay(5 * Session::ChangeDelayMs);

    // When an editor saves in several steps
    const QByteArray next = readAll(dataFile(u"elq-2024-25-q3.txt"_s));
    QVERIFY(writeFile(path, next.left(next.size() / 2)));
    QTest::qWait(50);
    QVERIFY(writeFile(path, next));
    QTest::qWait(50);
    QCOMPARE(started.count(), 0); // still within the debounce
    QVERIFY(writeFile(path, next));

    // Then the file is read again once, after the last step
    QTRY_COMPARE_WITH_TIMEOUT(m_reports.size(), 2, 20000);
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_reports.last().reloadedPaths, QStringList{path});
    QCOMPARE(m_session->tieSet()->ties.size(), std::size_t(13));
    QTest::qWait(m_session->changeDelay() + 500);
    QCOMPARE(started.count(), 1);

    // And a file removed on disk is reported, its ties kept
    QSignalSpy missing(m_session.get(), &Session::filesMissing);
    const std::shared_ptr<const TieSet> before = m_session->tieSet();
    QVERIFY(QFile::remove(path));
    QVERIFY(missing.wait(20000));
    QCOMPARE(missing.front().front().toStringList(), QStringList{path});
    QCOMPARE(m_session->tieSet(), before);
    QCOMPARE(started.count(), 1);
}

void TestSession::cancelledLoadKeepsThePreviousSet()
{
    QVERIFY(open({copyOf(u"cl-2014-15-r16.txt"_s)}));
    const std::shared_ptr<const TieSet> before = m_session->tieSet();
    const QString path = m_dir->filePath(u"big.txt"_s);
    QVERIFY(testfiles::writeBigFile(path));
    QSignalSpy started(m_session.get(), &Session::started);
    QSignalSpy cancelled(m_session.get(), &Session::cancelled);
    // Cancelled as its first progress comes: the file is read in a few dozen milliseconds, and
    // waiting for the progress to cancel afterwards could find the load already delivered on a
    // busy machine (Qt handles the events queued meanwhile before a wait returns).
    QObject connection;
    bool asked = false;
    connect(m_session.get(), &Session::progress, &connection, [&] {
        if (!std::exchange(asked, true))
            m_session->cancel();
    });

    // When a long load is cancelled, with another one queued behind it
    m_session->openFiles({path});
    m_session->openFiles({copyOf(u"elq-2024-25-q3.txt"_s)});
    QVERIFY(QTest::qWaitFor([&] { return asked; }, 60000));

    // Then the set is the one from before, and the queue is gone too
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!m_session->isLoading());
    QCOMPARE(m_session->tieSet(), before);
    QVERIFY(QTest::qWaitFor([&] { return !m_session->loader()->hasRunningThreads(); }, 60000));
    QCoreApplication::processEvents();
    QCOMPARE(m_session->tieSet(), before);
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_reports.size(), 1); // the first open only
}

void TestSession::newRulesReEvaluateTheOpenTies()
{
    QVERIFY(open({copyOf(u"cl-2014-15-r16.txt"_s)}));
    QVERIFY(awayGoalTies(*m_session->tieSet()) > 0);
    const int paris = tieOf(*m_session->tieSet(), u"Paris Saint-Germain"_s);
    QVERIFY(paris >= 0);
    m_session->setCurrentTie(paris);

    // When away goals no longer count
    m_session->setRuleSet(RuleSet::AwayGoalsNever);

    // Then no tie of the open file is decided on them, and the chosen tie stays chosen
    QTRY_COMPARE_WITH_TIMEOUT(awayGoalTies(*m_session->tieSet()), 0, 60000);
    QCOMPARE(m_session->ruleSet(), RuleSet::AwayGoalsNever);
    const std::shared_ptr<const TieSet> set = m_session->tieSet();
    QCOMPARE(set->ties.size(), std::size_t(8));
    QVERIFY(m_session->currentTie() >= 0);
    QCOMPARE(set->clubName(set->ties[std::size_t(m_session->currentTie())].home), u"Paris Saint-Germain"_s);

    // And the same rules again change nothing
    QTRY_VERIFY(!m_session->isLoading());
    QSignalSpy started(m_session.get(), &Session::started);
    m_session->setRuleSet(RuleSet::AwayGoalsNever);
    QVERIFY(!m_session->isLoading());
    QCOMPARE(started.count(), 0);
    QCOMPARE(m_session->tieSet(), set);
}

void TestSession::newRulesNeedNoFile()
{
    // Given two rounds opened from files that are then deleted
    const QString first = copyOf(u"cl-2014-15-r16.txt"_s);
    const QString second = copyOf(u"europa-league-2012-13-q1.txt"_s);
    QVERIFY(open({first, second}));
    const std::shared_ptr<const TieSet> before = m_session->tieSet();
    QVERIFY(awayGoalTies(*before) > 0);
    QVERIFY(QFile::remove(first));
    QVERIFY(QFile::remove(second));
    QSignalSpy started(m_session.get(), &Session::started);

    // When away goals no longer count
    m_session->setRuleSet(RuleSet::AwayGoalsNever);

    // Then the ties in memory are evaluated again: no file read, nothing lost
    QVERIFY(waitForReports(2));
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.front().front().toStringList(), QStringList{});
    const LoadReport report = m_reports.last();
    QVERIFY(report.reevaluated);
    QVERIFY(report.loadedPaths.isEmpty());
    QVERIFY(report.failures.isEmpty());
    const std::shared_ptr<const TieSet> after = m_session->tieSet();
    QVERIFY(after != before);
    QCOMPARE(awayGoalTies(*after), 0);
    QCOMPARE(after->ties.size(), before->ties.size());
    QCOMPARE(after->files.size(), std::size_t(2));
    QCOMPARE(after->files[0].path, before->files[0].path);
    QCOMPARE(after->files[1].path, before->files[1].path);
    QCOMPARE(after->clubs.size(), before->clubs.size());
    for (std::size_t i = 0; i < after->ties.size(); ++i) {
        QCOMPARE(after->ties[i].home, before->ties[i].home);
        QCOMPARE(after->ties[i].line, before->ties[i].line);
        QCOMPARE(after->ties[i].leg2.fullTime, before->ties[i].leg2.fullTime);
    }

    // And going back gives the first evaluation again, tie for tie
    m_session->setRuleSet(RuleSet::UefaByDate);
    QVERIFY(waitForReports(3));
    const std::shared_ptr<const TieSet> back = m_session->tieSet();
    QCOMPARE(back->ties.size(), before->ties.size());
    for (std::size_t i = 0; i < back->ties.size(); ++i) {
        QCOMPARE(back->ties[i].winner, before->ties[i].winner);
        QCOMPARE(back->ties[i].decidedBy, before->ties[i].decidedBy);
        QCOMPARE(back->ties[i].flags, before->ties[i].flags);
    }
    QCOMPARE(back->diagnostics.size(), before->diagnostics.size());
    for (std::size_t i = 0; i < back->diagnostics.size(); ++i) {
        QCOMPARE(back->diagnostics[i].line, before->diagnostics[i].line);
        QCOMPARE(back->diagnostics[i].message, before->diagnostics[i].message);
    }
}

void TestSession::newRulesDuringALoadReachItsResult()
{
    // Given a load that is still running
    const QString path = copyOf(u"cl-2014-15-r16.txt"_s);
    m_session->openFiles({path});
    QVERIFY(m_session->isLoading());

    // When the rules change before it ends
    m_session->setRuleSet(RuleSet::AwayGoalsNever);

    // Then its ties end up evaluated under the new rules, with the load reported first
    QVERIFY(waitForReports(1));
    QCOMPARE(m_reports.front().loadedPaths, QStringList{path});
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isLoading(), 60000);
    QCOMPARE(awayGoalTies(*m_session->tieSet()), 0);
    QCOMPARE(m_session->tieSet()->ties.size(), std::size_t(8));
}

void TestSession::closeAllForgetsTheFilesAndTheTie()
{
    const QString path = copyOf(u"cl-2014-15-r16.txt"_s);
    QVERIFY(open({path}));
    QCOMPARE(m_session->firstDate(), QDate(2015, 2, 17));
    QCOMPARE(m_session->lastDate(), QDate(2015, 3, 18));
    m_session->setCurrentTie(2);

    m_session->closeAll();

    QVERIFY(!m_session->tieSet());
    QCOMPARE(m_kept.last(), -1);
    QCOMPARE(m_session->currentTie(), -1);
    QVERIFY(m_session->firstDate().isNull() && m_session->lastDate().isNull());
    m_session->reload(); // nothing to read
    QVERIFY(!m_session->isLoading());

    // Opened again, the file comes without the old choice
    QVERIFY(open({path}));
    QCOMPARE(m_kept.last(), -1);
    QCOMPARE(m_session->currentTie(), -1);
}

void TestSession::pastedRoundsAreReadFromMemory()
{
    // Given a round pasted while a file is open, and the file it was copied from deleted
    const QString file = copyOf(u"cl-2014-15-r16.txt"_s);
    QVERIFY(open({file}));
    const QByteArray text = readAll(dataFile(u"elq-2024-25-q3.txt"_s));
    const qsizetype before = m_reports.size();
    QCOMPARE(m_session->openText(text), loader::pastedPath(1));
    QVERIFY(waitForReports(before + 1));
    QCOMPARE(m_reports.last().loadedPaths, QStringList{loader::pastedPath(1)});
    QCOMPARE(m_session->tieSet()->ties.size(), std::size_t(8 + 13));
    QCOMPARE(m_session->tieSet()->files.back().displayName, u"Pasted round 1"_s);
    QCOMPARE(m_session->unsavedRounds(), QStringList{loader::pastedPath(1)});
    QCOMPARE(m_session->pastedText(loader::pastedPath(1)), text);

    // Reload reads the round again from its text: it has no file
    QVERIFY(open({loader::pastedPath(1)}));
    QVERIFY(m_reports.last().failures.isEmpty());
    QCOMPARE(m_session->tieSet()->ties.size(), std::size_t(21));

    // Saved, it is that file: the text byte for byte, its name, the watcher's
    const QString saved = m_dir->filePath(u"q3.txt"_s);
    m_session->setCurrentTie(8 + 2);
    const QString chosen = m_session->tieSet()->clubName(m_session->tieSet()->ties[10].home);
    QCOMPARE(m_session->saveRound(loader::pastedPath(1), saved), Session::SaveResult::Saved);
    QCOMPARE(readAll(saved), text);
    QCOMPARE(m_session->tieSet()->files.back().path, QDir::cleanPath(saved));
    QCOMPARE(m_session->tieSet()->files.back().displayName, u"q3.txt"_s);
    QCOMPARE(m_session->tieSet()->clubName(m_session->tieSet()->ties[std::size_t(m_session->currentTie())].home),
             chosen);
    QVERIFY(m_session->unsavedRounds().isEmpty());
    QVERIFY(m_session->pastedText(loader::pastedPath(1)).isEmpty());
    QCOMPARE(m_session->saveRound(loader::pastedPath(1), saved), Session::SaveResult::NotPasted);
    QVERIFY(writeFile(saved, text + ties(readAll(dataFile(u"cl-2014-15-r16.txt"_s)), 0, 1)));
    QVERIFY(waitForReports(m_reports.size() + 1));
    QCOMPARE(m_reports.last().reloadedPaths, QStringList{QDir::cleanPath(saved)});
    QCOMPARE(m_session->tieSet()->ties.size(), std::size_t(22));

    // The next paste is round 2
    QCOMPARE(m_session->openText(text), loader::pastedPath(2));
}

void TestSession::savingARoundThatCannotBeWrittenKeepsIt()
{
    const QByteArray text = readAll(dataFile(u"elq-2024-25-q3.txt"_s));
    const QString file = copyOf(u"cl-2014-15-r16.txt"_s);
    QVERIFY(open({file}));
    m_session->openText(text);
    QVERIFY(waitForReports(2));
    const std::shared_ptr<const TieSet> before = m_session->tieSet();

    // A folder that does not exist: nothing written, the round still unsaved
    QString why;
    QCOMPARE(m_session->saveRound(loader::pastedPath(1), m_dir->filePath(u"no/such/folder/q3.txt"_s), &why),
             Session::SaveResult::WriteFailed);
    QVERIFY(!why.isEmpty());
    QCOMPARE(m_session->unsavedRounds(), QStringList{loader::pastedPath(1)});
    QCOMPARE(m_session->tieSet(), before);

    // A file that is open already: saving over it would make two sources of one file, and lose it
    QCOMPARE(m_session->saveRound(loader::pastedPath(1), file), Session::SaveResult::FileIsOpen);
    QCOMPARE(readAll(file), readAll(dataFile(u"cl-2014-15-r16.txt"_s)));
    QCOMPARE(m_session->tieSet(), before);
}

void TestSession::failuresAreKeptUntilTheFileLoads()
{
    const QString path = m_dir->filePath(u"later.txt"_s);
    QVERIFY(writeFile(path, QByteArray()));
    QSignalSpy changed(m_session.get(), &Session::failuresChanged);
    QVERIFY(open({path}));
    QCOMPARE(m_session->failures().size(), 1);
    QCOMPARE(m_session->failures().front().path, path);
    QCOMPARE(m_session->failures().front().diagnostics.front().line, 1u);
    QCOMPARE(changed.count(), 1);

    // Text without ties: a failure of its own, and nothing kept of it
    m_session->openText("no ties here\n");
    QVERIFY(waitForReports(2));
    QCOMPARE(m_session->failures().size(), 2);
    QVERIFY(m_session->unsavedRounds().isEmpty());
    QVERIFY(m_session->pastedText(loader::pastedPath(1)).isEmpty());

    // The file, written meanwhile, loads: its failure goes
    QVERIFY(writeFile(path, readAll(dataFile(u"cl-2014-15-r16.txt"_s))));
    QVERIFY(open({path}));
    QCOMPARE(m_session->failures().size(), 1);
    QCOMPARE(m_session->failures().front().path, loader::pastedPath(1));
    m_session->closeAll();
    QVERIFY(m_session->failures().isEmpty());
}

} // namespace tb

QTEST_GUILESS_MAIN(tb::TestSession)
#include "tst_session.moc"
