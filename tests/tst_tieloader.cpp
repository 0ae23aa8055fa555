// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for TieLoader: loading off the GUI thread, progress, cancelling, failures that keep what
// was there, and reloads that replace a file's ties in place.
#include "testfiles.h"
#include "tieloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

using tb::testfiles::dataFile;
using tb::testfiles::readAll;
using tb::testfiles::writeFile;
QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// Collects what a loader reports, so that a test can wait for the end and then look.
struct Recorder
{
    explicit Recorder(TieLoader &loader)
    {
        QObject::connect(&loader, &TieLoader::finished, &loader, [this](const LoadResult &r) { results.append(r); });
        QObject::connect(&loader, &TieLoader::progress, &loader, [this](qint64 done, qint64 total) {
            progress.append({done, total});
        });
        QObject::connect(&loader, &TieLoader::cancelled, &loader, [this] { ++cancelled; });
    }
    QList<LoadResult> results;
    QList<std::pair<qint64, qint64>> progress;
    int cancelled = 0;
};

// Waits for the one result of a load started just before.
LoadResult waitForResult(Recorder &recorder)
{
    if (!QTest::qWaitFor([&] { return !recorder.results.isEmpty(); }, 60000))
        return {};
    return recorder.results.takeFirst();
}

// Every field the rules set on a tie, and every diagnostic as a line, so that a difference names
// the first tie or diagnostic that differs.
QStringList decisions(const TieSet &set)
{
    QStringList lines;
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        const Tie &t = set.ties[i];
        lines.append(
            u"tie %1: winner %2, by %3, flags %4"_s.arg(i).arg(int(t.winner)).arg(int(t.decidedBy)).arg(t.flags));
    }
    for (const Diagnostic &d : set.diagnostics)
        lines.append(u"%1:%2:%3 %4 %5 %6"_s.arg(d.file)
                         .arg(d.line)
                         .arg(d.column)
                         .arg(int(d.severity))
                         .arg(int(d.origin))
                         .arg(d.message));
    for (const SourceFile &f : set.files)
        lines.append(u"%1: %2 errors, %3 warnings"_s.arg(f.displayName).arg(f.errorCount).arg(f.warningCount));
    return lines;
}

bool sameKeys(const TieIndexes &a, const TieIndexes &b)
{
    for (int key = 0; key < TieIndexes::KeyCount; ++key) {
        if (!a.keys[key] || !b.keys[key] || *a.keys[key] != *b.keys[key])
            return false;
    }
    return a.firstDay == b.firstDay && a.lastDay == b.lastDay && a.clubs && b.clubs
        && a.clubs->offsets == b.clubs->offsets && a.clubs->ties == b.clubs->ties && a.sortedBy == b.sortedBy
        && bool(a.sorted) == bool(b.sorted) && (!a.sorted || *a.sorted == *b.sorted) && a.foldedClubs && b.foldedClubs
        && *a.foldedClubs == *b.foldedClubs;
}

} // namespace

class TestTieLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void loadsOneFile();
    void loadsSeveralFilesInOrder();
    void progressCoversTheBytesOfAllFiles();
    void unreadableOrEmptyFileIsAFailure_data();
    void unreadableOrEmptyFileIsAFailure();
    void goodFilesLoadBesideAFailedOne();
    void reloadReplacesTheFileInPlace();
    void reloadThatFailsKeepsTheOldTies();
    void sameFileTwiceIsReadOnce();
    void cancelDeliversNothing();
    void newLoadSupersedesTheRunningOne();
    void destroyingWhileLoadingIsSafe();
    void sampleHasItsOwnName();
    void parallelReevaluationEqualsSerial_data();
    void parallelReevaluationEqualsSerial();
    void indexesComeWithTheSet();

private:
    QString bigFile(); // a few hundred thousand ties, made once per test
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTieLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestTieLoader::bigFile()
{
    const QString path = m_dir->filePath(u"big.txt"_s);
    return testfiles::writeBigFile(path) ? path : QString();
}

void TestTieLoader::loadsOneFile()
{
    // Given a real round with 37 ties
    TieLoader loader;
    Recorder recorder(loader);
    const QString path = dataFile(u"europa-league-2012-13-q1.txt"_s);

    // When it is loaded
    loader.load({path});
    QVERIFY(loader.isLoading());
    const LoadResult result = waitForResult(recorder);

    // Then all ties arrive with the file named by its file name
    QVERIFY(!loader.isLoading());
    QVERIFY(result.set);
    QCOMPARE(result.set->ties.size(), std::size_t(37));
    QCOMPARE(result.set->files.size(), std::size_t(1));
    QCOMPARE(result.set->files.front().displayName, u"europa-league-2012-13-q1.txt"_s);
    QCOMPARE(result.set->files.front().path, absolute(path));
    QCOMPARE(result.loadedPaths, QStringList{absolute(path)});
    QVERIFY(result.failures.isEmpty());
    QCOMPARE(result.set->clubName(result.set->ties.front().home), u"Víkingur"_s);
}

void TestTieLoader::loadsSeveralFilesInOrder()
{
    TieLoader loader;
    Recorder recorder(loader);
    const QString first = dataFile(u"cl-2014-15-r16.txt"_s);
    const QString second = dataFile(u"cl-2024-25-r16.txt"_s);

    loader.load({first, second});
    const LoadResult result = waitForResult(recorder);

    QVERIFY(result.set);
    QCOMPARE(result.set->files.size(), std::size_t(2));
    QCOMPARE(result.set->files[0].displayName, u"cl-2014-15-r16.txt"_s);
    QCOMPARE(result.set->files[1].displayName, u"cl-2024-25-r16.txt"_s);
    QCOMPARE(result.set->ties.size(), std::size_t(16));
    QCOMPARE(int(result.set->ties.front().file), 0);
    QCOMPARE(int(result.set->ties.back().file), 1);
}

void TestTieLoader::progressCoversTheBytesOfAllFiles()
{
    TieLoader loader;
    Recorder recorder(loader);
    const QString first = dataFile(u"cl-2014-15-r16.txt"_s);
    const QString second = dataFile(u"elq-2024-25-q3.txt"_s);
    const qint64 total = QFileInfo(first).size() + QFileInfo(second).size();

    loader.load({first, second});
    QVERIFY(waitForResult(recorder).set);

    QVERIFY(!recorder.progress.isEmpty());
    qint64 previous = 0;
    for (const auto &[done, all] : std::as_const(recorder.progress)) {
        QCOMPARE(all, total);
        QVERIFY(done >= previous);
        previous = done;
    }
    QCOMPARE(recorder.progress.back().first, total);
}

void TestTieLoader::unreadableOrEmptyFileIsAFailure_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // written to `name` in a temporary folder, unless null
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("missing") << u"missing.txt"_s << QByteArray() << QString();
    QTest::newRow("directory") << u"folder"_s << QByteArray() << QString();
    QTest::newRow("empty") << u"empty.txt"_s << QByteArray("") << u"No ties"_s;
    QTest::newRow("blank lines") << u"blank.txt"_s << QByteArray("\n\n   \n") << u"No ties"_s;
    QTest::newRow("not a results file") << u"prose.txt"_s << QByteArray("Dear reader,\nthis is a letter.\n")
                                        << u"No ties"_s;
}

void TestTieLoader::unreadableOrEmptyFileIsAFailure()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, reasonPart);
    const QString path = m_dir->filePath(name);
    if (name == u"folder"_s)
        QVERIFY(QDir(m_dir->path()).mkdir(name));
    else if (!content.isNull())
        QVERIFY(writeFile(path, content));

    TieLoader loader;
    Recorder recorder(loader);
    loader.load({path});
    QVERIFY(QTest::qWaitFor([&] { return !recorder.results.isEmpty(); }, 30000));
    const LoadResult result = recorder.results.takeFirst();

    QVERIFY(!result.set);
    QVERIFY(result.loadedPaths.isEmpty());
    QCOMPARE(result.failures.size(), 1);
    QCOMPARE(result.failures.front().path, absolute(path));
    QCOMPARE(result.failures.front().displayName, name);
    QVERIFY(!result.failures.front().reason.isEmpty());
    if (!reasonPart.isEmpty())
        QVERIFY2(result.failures.front().reason.contains(reasonPart), qPrintable(result.failures.front().reason));
}

void TestTieLoader::goodFilesLoadBesideAFailedOne()
{
    // Given a set already loaded
    TieLoader loader;
    Recorder recorder(loader);
    loader.load({dataFile(u"cl-2014-15-r16.txt"_s)});
    const std::shared_ptr<const TieSet> base = waitForResult(recorder).set;
    QVERIFY(base);

    // When a good file and a missing one are opened
    const QString missing = m_dir->filePath(u"missing.txt"_s);
    loader.load({dataFile(u"cl-2024-25-r16.txt"_s), missing}, base);
    const LoadResult result = waitForResult(recorder);

    // Then the good one is added to what was there and the missing one is reported
    QVERIFY(result.set);
    QCOMPARE(result.set->files.size(), std::size_t(2));
    QCOMPARE(result.set->ties.size(), std::size_t(16));
    QCOMPARE(result.failures.size(), 1);
    QCOMPARE(result.failures.front().path, absolute(missing));
    // and the base set itself was not touched
    QCOMPARE(base->ties.size(), std::size_t(8));
    QCOMPARE(base->files.size(), std::size_t(1));
}

void TestTieLoader::reloadReplacesTheFileInPlace()
{
    // Given two files open, the first with 37 ties
    const QString a = m_dir->filePath(u"a.txt"_s);
    const QString b = m_dir->filePath(u"b.txt"_s);
    QVERIFY(writeFile(a, readAll(dataFile(u"europa-league-2012-13-q1.txt"_s))));
    QVERIFY(writeFile(b, readAll(dataFile(u"cl-2014-15-r16.txt"_s))));
    TieLoader loader;
    Recorder recorder(loader);
    loader.load({a, b});
    const std::shared_ptr<const TieSet> base = waitForResult(recorder).set;
    QVERIFY(base);
    QCOMPARE(base->ties.size(), std::size_t(45));

    // When the first file now holds another round (8 ties) and is read again
    QVERIFY(writeFile(a, readAll(dataFile(u"cl-2024-25-r16.txt"_s))));
    loader.load({a}, base);
    const LoadResult result = waitForResult(recorder);

    // Then its ties are replaced, it keeps its place, and the second file is as it was
    QVERIFY(result.set);
    QCOMPARE(result.set->files.size(), std::size_t(2));
    QCOMPARE(result.set->files[0].path, absolute(a));
    QCOMPARE(result.set->files[1].path, absolute(b));
    QCOMPARE(result.set->ties.size(), std::size_t(16));
    int inA = 0;
    for (const Tie &tie : result.set->ties)
        inA += tie.file == 0;
    QCOMPARE(inA, 8);
    QCOMPARE(result.set->clubName(result.set->ties.back().home), base->clubName(base->ties.back().home));
}

void TestTieLoader::reloadThatFailsKeepsTheOldTies()
{
    const QString a = m_dir->filePath(u"a.txt"_s);
    QVERIFY(writeFile(a, readAll(dataFile(u"cl-2014-15-r16.txt"_s))));
    TieLoader loader;
    Recorder recorder(loader);
    loader.load({a});
    const std::shared_ptr<const TieSet> base = waitForResult(recorder).set;
    QVERIFY(base);

    // The file is emptied (an editor half-way through saving) and read again
    QVERIFY(writeFile(a, QByteArray()));
    loader.load({a}, base);
    const LoadResult result = waitForResult(recorder);

    QVERIFY(!result.set); // nothing to replace the old ties with
    QCOMPARE(result.failures.size(), 1);
    QCOMPARE(base->ties.size(), std::size_t(8));
}

void TestTieLoader::sameFileTwiceIsReadOnce()
{
    const QString path = dataFile(u"cl-2014-15-r16.txt"_s);
    const QString other = QFileInfo(path).absolutePath() + u"/./"_s + QFileInfo(path).fileName();
    TieLoader loader;
    Recorder recorder(loader);

    loader.load({path, other});
    const LoadResult result = waitForResult(recorder);

    QVERIFY(result.set);
    QCOMPARE(result.set->files.size(), std::size_t(1));
    QCOMPARE(result.set->ties.size(), std::size_t(8));
}

void TestTieLoader::cancelDeliversNothing()
{
    const QString big = bigFile();
    QVERIFY(!big.isEmpty());
    TieLoader loader;
    Recorder recorder(loader);
    loader.load({dataFile(u"cl-2014-15-r16.txt"_s)});
    const std::shared_ptr<const TieSet> base = waitForResult(recorder).set;
    QVERIFY(base);

    // When a big load is cancelled once it is under way
    loader.load({big}, base);
    QVERIFY(QTest::qWaitFor([&] { return !recorder.progress.isEmpty(); }, 30000));
    loader.cancel();

    // Then it says so at once, and nothing of it arrives later
    QCOMPARE(recorder.cancelled, 1);
    QVERIFY(!loader.isLoading());
    QVERIFY(QTest::qWaitFor([&] { return !loader.hasRunningThreads(); }, 60000));
    QCoreApplication::processEvents();
    QVERIFY(recorder.results.isEmpty());

    // and the next load builds on the old set only
    loader.load({dataFile(u"cl-2024-25-r16.txt"_s)}, base);
    const LoadResult result = waitForResult(recorder);
    QVERIFY(result.set);
    QCOMPARE(result.set->files.size(), std::size_t(2));
    QCOMPARE(result.set->ties.size(), std::size_t(16));
    QCOMPARE(recorder.cancelled, 1);
}

void TestTieLoader::newLoadSupersedesTheRunningOne()
{
    const QString big = bigFile();
    QVERIFY(!big.isEmpty());
    TieLoader loader;
    Recorder recorder(loader);

    loader.load({big});
    loader.load({dataFile(u"cl-2014-15-r16.txt"_s)});
    const LoadResult result = waitForResult(recorder);
    QVERIFY(QTest::qWaitFor([&] { return !loader.hasRunningThreads(); }, 60000));
    QCoreApplication::processEvents();

    QVERIFY(result.set);
    QCOMPARE(result.set->ties.size(), std::size_t(8));
    QVERIFY(recorder.results.isEmpty()); // the big one never arrives
    QCOMPARE(recorder.cancelled, 0);
}

void TestTieLoader::destroyingWhileLoadingIsSafe()
{
    const QString big = bigFile();
    QVERIFY(!big.isEmpty());
    auto loader = std::make_unique<TieLoader>();
    Recorder recorder(*loader);
    loader->load({big});
    QVERIFY(QTest::qWaitFor([&] { return !recorder.progress.isEmpty(); }, 30000));

    loader.reset(); // waits for the thread, which stops at the next cancellation check

    QCoreApplication::processEvents();
    QVERIFY(recorder.results.isEmpty());
}

void TestTieLoader::sampleHasItsOwnName()
{
    QCOMPARE(TieLoader::samplePath(), u":/sample.txt"_s);
    QVERIFY(TieLoader::displayNameFor(TieLoader::samplePath()).contains(u"sample"_s));
    QCOMPARE(TieLoader::displayNameFor(u"/some/where/round.txt"_s), u"round.txt"_s);
}

void TestTieLoader::parallelReevaluationEqualsSerial_data()
{
    QTest::addColumn<int>("rules");
    for (const RuleSetInfo &info : rules::ruleSets())
        QTest::newRow(info.key) << int(info.id);
}

void TestTieLoader::parallelReevaluationEqualsSerial()
{
    // Given over 200,000 ties read under UEFA's rules (each rule set finds other warnings in them),
    QFETCH(int, rules);
    const QString path = bigFile();
    QVERIFY(!path.isEmpty());
    TieSet set;
    QVERIFY(loader::readFile(path, set).readable);
    QVERIFY(set.ties.size() > 200000);

    // when new rules are applied in memory, on every core,
    const std::shared_ptr<TieSet> parallel = TieLoader::reevaluated(set, RuleSet(rules));

    // then every tie is decided and every warning written as one thread does it, in the same order.
    TieSet serial = set;
    rules::evaluate(serial, RuleSet(rules));
    QVERIFY(!serial.diagnostics.empty() || RuleSet(rules) == RuleSet::UefaByDate);
    QCOMPARE(parallel->diagnostics.size(), serial.diagnostics.size());
    QCOMPARE(decisions(*parallel), decisions(serial));
}

void TestTieLoader::indexesComeWithTheSet()
{
    // Given a loader that is told the table sorts by the home club,
    TieLoader loader;
    Recorder recorder(loader);
    loader.setSortedBy(TieIndexes::HomeKey);

    // when a file is loaded, the set comes with its indexes, as built from the set itself;
    loader.load({bigFile()});
    const LoadResult loaded = waitForResult(recorder);
    QVERIFY(loaded.set && loaded.indexes);
    QCOMPARE(loaded.indexes->sortedBy, int(TieIndexes::HomeKey));
    QVERIFY(sameKeys(*loaded.indexes, *TieIndexes::build(*loaded.set, TieIndexes::HomeKey)));

    // and new rules bring indexes of the ties as they are decided now, sorted the way asked then.
    loader.setRuleSet(RuleSet::AwayGoalsNever);
    loader.setSortedBy(TieIndexes::WinnerKey);
    loader.reevaluate(loaded.set, loaded.indexes);
    const LoadResult again = waitForResult(recorder);
    QVERIFY(again.reevaluated && again.set && again.indexes);
    QVERIFY(sameKeys(*again.indexes, *TieIndexes::build(*again.set, TieIndexes::WinnerKey)));
    // The keys the rules do not touch are shared, not copied.
    QCOMPARE(again.indexes->keys[TieIndexes::HomeKey], loaded.indexes->keys[TieIndexes::HomeKey]);
    QCOMPARE(again.indexes->foldedClubs, loaded.indexes->foldedClubs);
}

} // namespace tb

QTEST_GUILESS_MAIN(tb::TestTieLoader)
#include "tst_tieloader.moc"
