// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the loading route: files, bytes and pipes through one loop, progress and cancelling, the one wording of failures, evaluating the rules again.
#include "readingfixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "testfiles.h"
#include "tieloader.h"

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <pthread.h>
#include <thread>
#include <unistd.h>

using namespace tb;
using namespace tb::test;
using namespace Qt::StringLiterals;

namespace {

// A pipe whose write end a thread fills with `bytes` and then closes, as a shell's `cat` would:
// more than the kernel's pipe buffer blocks the writer until the reader takes some.
class FilledPipe
{
public:
    explicit FilledPipe(QByteArray bytes, int delayMs = 0)
        : m_bytes(std::move(bytes))
    {
        if (::pipe(m_fds) != 0)
            return;
        m_writer = std::thread([this, delayMs] {
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
            qsizetype done = 0;
            while (done < m_bytes.size()) {
                const ssize_t n = ::write(m_fds[1], m_bytes.constData() + done, std::size_t(m_bytes.size() - done));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0)
                    break;
                done += n;
            }
            ::close(m_fds[1]);
        });
    }
    ~FilledPipe()
    {
        if (m_writer.joinable())
            m_writer.join();
        if (m_fds[0] >= 0)
            ::close(m_fds[0]);
    }
    FilledPipe(const FilledPipe &) = delete;
    FilledPipe &operator=(const FilledPipe &) = delete;

    bool isValid() const { return m_fds[0] >= 0; }
    int readEnd() const { return m_fds[0]; }

private:
    QByteArray m_bytes;
    int m_fds[2] = {-1, -1};
    std::thread m_writer;
};

// Puts `descriptor` in the place of standard input for its lifetime.
class StdinReplaced
{
public:
    explicit StdinReplaced(int descriptor)
        : m_saved(::dup(STDIN_FILENO))
    {
        ::dup2(descriptor, STDIN_FILENO);
    }
    ~StdinReplaced()
    {
        ::dup2(m_saved, STDIN_FILENO);
        ::close(m_saved);
    }
    StdinReplaced(const StdinReplaced &) = delete;
    StdinReplaced &operator=(const StdinReplaced &) = delete;

private:
    int m_saved;
};

std::atomic_int alarms = 0;

void countAlarm(int)
{
    alarms.fetch_add(1);
}

} // namespace

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
    void pipeGivesTheSameSet_data();
    void pipeGivesTheSameSet();
    void descriptorOfARegularFileHasItsSize();
    void descriptorReadError();
    void descriptorReadsOnAfterASignal();
    void dashReadsStandardInput();
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

    // Then reading stops early, with only whole ties
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

void TestLoader::pipeGivesTheSameSet_data()
{
    QTest::addColumn<qint64>("chunkSize");
    QTest::newRow("1 byte") << qint64(1);
    QTest::newRow("7 bytes") << qint64(7);
    QTest::newRow("4 KiB") << qint64(4096);
    QTest::newRow("default") << ReadOptions().chunkSize;
}

void TestLoader::pipeGivesTheSameSet()
{
    // Given four rounds through a pipe, more than the kernel holds at once
    QFETCH(qint64, chunkSize);
    QByteArray bytes;
    for (const QString &name : {u"cl-2014-15-r16.txt"_s, u"europa-league-2012-13-q1.txt"_s})
        bytes += testfiles::readAll(testfiles::dataFile(name));
    const QByteArray round = bytes;
    while (bytes.size() < 200 * 1024)
        bytes += round;
    FilledPipe pipe(bytes);
    QVERIFY(pipe.isValid());

    // When it is read in chunks as they come
    DescriptorSource source(pipe.readEnd(), chunkSize);
    QCOMPARE(source.size(), qint64(0)); // a pipe has no size
    ReadOptions options;
    options.chunkSize = chunkSize;
    qint64 lastDone = 0;
    options.progress = [&lastDone](qint64 done, qint64 total) {
        QVERIFY(total >= done); // an unknown total grows with what was read
        lastDone = done;
    };
    TieSet piped;
    const ReadResult result = loader::read(source, loader::StdinName, piped, options);

    // Then it gives what the same bytes in memory give
    QVERIFY(result.readable);
    QCOMPARE(lastDone, bytes.size());
    const TieSet whole = parse(bytes);
    QCOMPARE(piped.ties.size(), whole.ties.size());
    QCOMPARE(describe(piped), describe(whole));
    QCOMPARE(piped.files[0].path, u"<stdin>"_s);
    QCOMPARE(piped.clubName(piped.ties.back().home), whole.clubName(whole.ties.back().home));
}

void TestLoader::descriptorOfARegularFileHasItsSize()
{
    // `tiebrowser --check - < round.txt`: a file, of which what is left counts
    const QString path = testfiles::dataFile(u"cl-2014-15-r16.txt"_s);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    QVERIFY(fd >= 0);
    QVERIFY(::lseek(fd, 10, SEEK_SET) == 10);
    {
        DescriptorSource source(fd, 4096);
        QCOMPARE(source.size(), QFileInfo(path).size() - 10);
    }
    QVERIFY(::fcntl(fd, F_GETFD) != -1); // left open: the descriptor is not the source's
    ::close(fd);
}

void TestLoader::descriptorReadError()
{
    // A folder opens but cannot be read: the error is the system's, named in the diagnostic
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int fd = ::open(QFile::encodeName(dir.path()).constData(), O_RDONLY | O_DIRECTORY);
    QVERIFY(fd >= 0);
    DescriptorSource source(fd, 4096);
    const char *data = nullptr;
    QCOMPARE(source.next(data), qint64(-1));
    QCOMPARE(source.errorString(), u"Is a directory"_s);

    TieSet set;
    DescriptorSource again(fd, 4096);
    const ReadResult result = loader::read(again, loader::StdinName, set);
    ::close(fd);
    QVERIFY(!result.readable);
    QCOMPARE(describe(set), QStringList{u"0:0: error: standard input cannot be read: Is a directory"_s});
}

void TestLoader::descriptorReadsOnAfterASignal()
{
    // Given a signal without SA_RESTART, sent to this thread while read() waits for a slow writer
    struct sigaction action = {};
    struct sigaction old = {};
    action.sa_handler = countAlarm;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // read() then fails with EINTR instead of going on by itself
    QCOMPARE(::sigaction(SIGALRM, &action, &old), 0);
    alarms = 0;
    FilledPipe pipe(GoodTie, 300);
    QVERIFY(pipe.isValid());
    const pthread_t reader = pthread_self();
    std::thread signaller([reader] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        pthread_kill(reader, SIGALRM);
    });

    // When the pipe is read
    DescriptorSource source(pipe.readEnd(), 4096);
    TieSet set;
    const ReadResult result = loader::read(source, loader::StdinName, set);
    signaller.join();
    ::sigaction(SIGALRM, &old, nullptr);

    // Then the interrupted read() is tried again, and the tie arrives
    QCOMPARE(alarms.load(), 1);
    QVERIFY(result.readable);
    QCOMPARE(describe(set), QStringList());
    QCOMPARE(set.ties.size(), std::size_t(1));
}

void TestLoader::dashReadsStandardInput()
{
    // Given a round on standard input, named "-" among files, as the command line passes it
    FilledPipe pipe(testfiles::readAll(testfiles::dataFile(u"europa-league-2012-13-q1.txt"_s)));
    QVERIFY(pipe.isValid());
    const StdinReplaced replaced(pipe.readEnd());
    const QStringList paths{testfiles::dataFile(u"cl-2014-15-r16.txt"_s), u"-"_s};
    const loader::Loaded loaded = loader::loadFiles(paths);

    // Then it is read in its place under the name <stdin>
    QVERIFY(loaded.unreadable.isEmpty());
    QCOMPARE(loaded.set.files.size(), std::size_t(2));
    QCOMPARE(loaded.set.files[1].path, u"<stdin>"_s);
    QCOMPARE(loaded.set.files[1].displayName, u"<stdin>"_s);
    QCOMPARE(loaded.set.files[1].tieCount, 37);
    QCOMPARE(loaded.set.ties.size(), std::size_t(8 + 37));
    QVERIFY(loader::isStdin(u"-"_s));
    QVERIFY(!loader::isStdin(u"./-"_s)); // a file called "-" is still reachable

    // And standard input that cannot be read is named so among the unreadable files
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int folder = ::open(QFile::encodeName(dir.path()).constData(), O_RDONLY | O_DIRECTORY);
    QVERIFY(folder >= 0);
    const StdinReplaced byFolder(folder);
    ::close(folder);
    const loader::Loaded failed = loader::loadFiles({u"-"_s});
    QCOMPARE(failed.unreadable.size(), 1);
    QCOMPARE(failed.unreadable[0].path, u"<stdin>"_s);
    QCOMPARE(failed.unreadable[0].reason, u"standard input cannot be read: Is a directory"_s);
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
