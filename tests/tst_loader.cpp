// Tests for the loading route: files and bytes through one loop, progress and cancelling, the one wording of failures, evaluating the rules again.
#include "readingfixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "testfiles.h"
#include "tieloader.h"

using namespace tb;
using namespace tb::test;
using namespace Qt::StringLiterals;

class TestLoader : public QObject
{
    Q_OBJECT

private slots:
    void oneWordingForEveryCaller_data();
    void oneWordingForEveryCaller();
    void severalFilesKeepTheirOrder();
    void bytesAndFileGiveTheSameSet();
    void realFiles_data();
    void realFiles();
    void fileAndBytesAgree();
    void hugeLineWithoutNewlineFromFile();
    void unreadablePaths();
    void progressAndCancel();
    void cancelWhileReadingAFile();
};

void TestLoader::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("ties");
    QTest::newRow("europa-league-2012-13-q1") << u"europa-league-2012-13-q1.txt"_s << 37;
    QTest::newRow("cl-2014-15-r16") << u"cl-2014-15-r16.txt"_s << 8;
    QTest::newRow("cl-2024-25-r16") << u"cl-2024-25-r16.txt"_s << 8;
    QTest::newRow("elq-2024-25-q3") << u"elq-2024-25-q3.txt"_s << 13;
}

void TestLoader::realFiles()
{
    QFETCH(QString, file);
    QFETCH(int, ties);

    TieSet set;
    const ReadResult result = loader::readFile(dataDir() + u'/' + file, set);

    QVERIFY(result.readable);
    QVERIFY(!result.cancelled);
    QCOMPARE(describe(set, true), QStringList());
    QCOMPARE(int(set.ties.size()), ties);
    QCOMPARE(set.files.size(), std::size_t(1));
    QCOMPARE(set.files[0].tieCount, ties);
    QCOMPARE(set.files[0].errorCount, 0);
    QCOMPARE(set.files[0].displayName, file);
    QCOMPARE(set.clubs.size(), std::size_t(2 * ties));
    for (const Tie &tie : set.ties) {
        QVERIFY(tie.statedWinner == tie.home || tie.statedWinner == tie.away);
        QVERIFY(tie.leg1.julianDay > 0 && tie.leg2.julianDay > tie.leg1.julianDay);
    }
}

void TestLoader::fileAndBytesAgree()
{
    // Given a real file read whole and streamed in chunks of a few bytes
    QFile file(dataDir() + u"/elq-2024-25-q3.txt"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const TieSet whole = parse(bytes);
    for (qint64 chunk : {1, 2, 3, 7, 64, 1000}) {
        ReadOptions options;
        options.chunkSize = chunk;
        TieSet streamed;
        loader::readFile(file.fileName(), streamed, options);
        // Then both give the same ties and the same diagnostics
        QCOMPARE(streamed.ties.size(), whole.ties.size());
        QCOMPARE(describe(streamed), describe(whole));
        for (std::size_t i = 0; i < whole.ties.size(); ++i) {
            QCOMPARE(streamed.clubName(streamed.ties[i].home), whole.clubName(whole.ties[i].home));
            QCOMPARE(streamed.clubName(streamed.ties[i].away), whole.clubName(whole.ties[i].away));
            QCOMPARE(legText(streamed.ties[i].leg2), legText(whole.ties[i].leg2));
        }
    }
}

void TestLoader::hugeLineWithoutNewlineFromFile()
{
    // Given a file of one good tie and then a 50 MB line with no newline
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(GoodTie);
        const QByteArray block = repeated('7', 1 << 20);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(file.write(block), block.size());
    }

    // Then the line is reported and skipped (the parser holds at most 1 MiB of it)
    TieSet set;
    const ReadResult result = loader::readFile(path, set);
    QVERIFY(result.readable);
    QCOMPARE(
        describe(set),
        QStringList{
            u"4:0: error: the line is 52428800 bytes long, more than the 1048576 bytes a line may have; it was skipped"_s});
    QCOMPARE(set.ties.size(), std::size_t(1));
}

void TestLoader::unreadablePaths()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"missing.txt"_s);

    TieSet set;
    ReadResult result = loader::readFile(missing, set);
    QVERIFY(!result.readable);
    QCOMPARE(set.files.size(), std::size_t(1));
    QCOMPARE(set.diagnostics.size(), std::size_t(1));
    QCOMPARE(set.diagnostics[0].line, 0u);
    QCOMPARE(set.diagnostics[0].severity, Severity::Error);
    QCOMPARE(set.diagnostics[0].message, u"the file cannot be opened: No such file or directory"_s);
    QCOMPARE(set.files[0].errorCount, 1);

    result = loader::readFile(dir.path(), set);
    QVERIFY(!result.readable);
    QCOMPARE(set.files.size(), std::size_t(2));
    QCOMPARE(set.diagnostics[1].file, std::uint16_t(1));
    QCOMPARE(set.diagnostics[1].message, u"it is a folder, not a file"_s);
}

void TestLoader::progressAndCancel()
{
    QByteArray text;
    for (int i = 0; i < 100; ++i)
        text += GoodTie;

    ReadOptions options;
    options.chunkSize = 1000;
    QList<qint64> reported;
    options.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, text.size());
        reported << done;
    };
    TieSet set;
    ReadResult result = loader::readBytes(text, u"t"_s, set, options);
    QVERIFY(!result.cancelled);
    QCOMPARE(set.ties.size(), std::size_t(100));
    QVERIFY(reported.size() > 1);
    QCOMPARE(reported.back(), text.size());
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));

    std::atomic_bool cancel = true;
    options.cancel = &cancel;
    TieSet cancelled;
    result = loader::readBytes(text, u"t"_s, cancelled, options);
    QVERIFY(result.cancelled);
    QVERIFY(cancelled.ties.empty());
}

void TestLoader::cancelWhileReadingAFile()
{
    // Given a file of many chunks, cancelled from the progress report after the first chunks
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"many.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 2000; ++i)
            file.write(GoodTie);
    }
    std::atomic_bool cancel = false;
    ReadOptions options;
    options.chunkSize = 4096;
    options.cancel = &cancel;
    qint64 lastDone = 0;
    options.progress = [&](qint64 done, qint64) {
        lastDone = done;
        if (done >= 3 * 4096)
            cancel = true;
    };
    TieSet set;
    const ReadResult result = loader::readFile(path, set, options);

    // Then reading stops early, with only whole ties, and the read-ahead thread is gone
    QVERIFY(result.cancelled);
    QVERIFY(result.readable);
    QVERIFY(lastDone < QFileInfo(path).size());
    QVERIFY(set.ties.size() < 2000);
    for (const Tie &tie : set.ties)
        QCOMPARE(set.clubName(tie.away), u"FK Gomel"_s);

    // And reading it whole, in chunks, gives every tie
    options.cancel = nullptr;
    TieSet whole;
    QVERIFY(!loader::readFile(path, whole, options).cancelled);
    QCOMPARE(whole.ties.size(), std::size_t(2000));
    QCOMPARE(whole.ties.back().line, 5998u);
}

void TestLoader::oneWordingForEveryCaller_data()
{
    QTest::addColumn<QString>("name"); // made in a temporary folder; "" for the folder itself
    QTest::addColumn<QByteArray>("bytes"); // written unless `missing`
    QTest::addColumn<bool>("missing");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("reason"); // %1: the path

    QTest::newRow("missing file") << u"missing.txt"_s << QByteArray() << true << false
                                  << u"the file cannot be opened: No such file or directory"_s;
    QTest::newRow("folder") << QString() << QByteArray() << false << false << u"it is a folder, not a file"_s;
    QTest::newRow("empty file") << u"empty.txt"_s << QByteArray() << false << true
                                << u"No ties found: the file holds no three-line tie blocks."_s;
    QTest::newRow("no ties, a bad line")
        << u"garbage.txt"_s << "garbage\n"_ba << false << true
        << u"No ties found; line 1: unrecognised line \"garbage\": expected a tie's first "
           u"leg \"1st(1st leg) HOME - AWAY 2:1 (1:0)\", its second leg \"2nd (2nd leg) "
           u"AWAY - HOME 1:1 (0:0)\" or its dates \"1st(1st leg): 03/07/2012 ...\""_s;
}

void TestLoader::oneWordingForEveryCaller()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, missing);
    QFETCH(bool, readable);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = name.isEmpty() ? QDir::cleanPath(dir.path()) : dir.filePath(name);
    if (!missing && !name.isEmpty())
        QVERIFY(testfiles::writeFile(path, bytes));
    const QString expected = reason.arg(path);

    // The verdict of one file
    const loader::FileLoad one = loader::loadFile(path);
    QCOMPARE(one.result.readable, readable);
    QVERIFY(!one.taken());
    QCOMPARE(one.failure, expected);
    QCOMPARE(one.set.files.size(), std::size_t(1));
    QCOMPARE(one.set.files[0].path, path);

    // The command line's route: every file in the set, the unreadable ones named with the same reason
    const loader::Loaded several = loader::loadFiles({path});
    QCOMPARE(several.set.files.size(), std::size_t(1));
    QCOMPARE(several.unreadable.size(), readable ? 0 : 1);
    if (!readable)
        QCOMPARE(several.unreadable[0].reason, expected);

    // The window's route: the same reason for the file it does not take
    TieLoader tieLoader;
    QList<LoadResult> results;
    connect(&tieLoader, &TieLoader::finished, this, [&results](const LoadResult &r) { results.append(r); });
    tieLoader.load({path});
    QVERIFY(QTest::qWaitFor([&results] { return !results.isEmpty(); }, 30000));
    const LoadResult result = results.takeFirst();
    QVERIFY(!result.set);
    QCOMPARE(result.failures.size(), 1);
    QCOMPARE(result.failures[0].reason, expected);
}

void TestLoader::severalFilesKeepTheirOrder()
{
    // Given two real rounds and a missing file between them
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList paths{testfiles::dataFile(u"cl-2014-15-r16.txt"_s), dir.filePath(u"missing.txt"_s),
                            testfiles::dataFile(u"cl-2024-25-r16.txt"_s)};
    const loader::Loaded loaded = loader::loadFiles(paths);

    // Then every file is in the set in that order, the ties of each in their file
    QCOMPARE(loaded.set.files.size(), std::size_t(3));
    for (std::size_t i = 0; i < 3; ++i)
        QCOMPARE(loaded.set.files[i].path, paths[qsizetype(i)]);
    QCOMPARE(loaded.set.ties.size(), std::size_t(16));
    QCOMPARE(loaded.set.ties[8].file, std::uint16_t(2));
    QVERIFY(std::all_of(loaded.set.ties.begin(), loaded.set.ties.end(), [](const Tie &tie) { return tie.hasPlace(); }));
    QCOMPARE(loaded.unreadable.size(), 1);
    QCOMPARE(loaded.unreadable[0].path, paths[1]);
    QCOMPARE(loaded.set.diagnostics.size(), std::size_t(1));
    QCOMPARE(loaded.set.diagnostics[0].file, std::uint16_t(1));
}

void TestLoader::bytesAndFileGiveTheSameSet()
{
    // One loop reads both: the same ties, where they stand, how the rules decided them
    const QString path = testfiles::dataFile(u"europa-league-2012-13-q1.txt"_s);
    TieSet fromFile;
    TieSet fromBytes;
    QVERIFY(loader::readFile(path, fromFile).readable);
    QVERIFY(loader::readBytes(testfiles::readAll(path), path, fromBytes).readable);
    QCOMPARE(fromBytes.ties.size(), fromFile.ties.size());
    QCOMPARE(describe(fromBytes), describe(fromFile));
    QCOMPARE(fromBytes.files[0].displayName, fromFile.files[0].displayName);
    for (std::size_t i = 0; i < fromFile.ties.size(); ++i) {
        QCOMPARE(fromBytes.ties[i].decidedBy, fromFile.ties[i].decidedBy);
        QCOMPARE(fromBytes.ties[i].winner, fromFile.ties[i].winner);
        QCOMPARE(fromBytes.source(i).datesLine, fromFile.source(i).datesLine);
        QCOMPARE(fromBytes.source(i).winnerColumn, fromFile.source(i).winnerColumn);
    }
    QCOMPARE(fromFile.source(0).datesLine, 3u);
    QCOMPARE(fromFile.source(0).winnerColumn, 72u);
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
