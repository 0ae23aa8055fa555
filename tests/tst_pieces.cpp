// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for reading a file in pieces, one thread each: the cuts fall on tie boundaries, and the
// set is the one reading in one piece gives, tie for tie and message for message, on every real
// round, the hostile corpus, a file of 216,001 ties and ties cut open at a boundary.
#include "loader.h"
#include "pieces.h"
#include "readingfixtures.h"
#include "testfiles.h"
#include "textlines.h"
#include "worldfootballreader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

using tb::test::GoodTie;

// Everything a set holds, field by field, as text: two sets are the same when these are.
QStringList everything(const TieSet &set)
{
    QStringList out;
    for (const SourceFile &f : set.files)
        out << u"file %1 %2 %3 %4 %5"_s.arg(f.path, f.displayName)
                   .arg(f.tieCount)
                   .arg(f.errorCount)
                   .arg(f.warningCount);
    for (std::size_t id = 0; id < set.clubs.size(); ++id)
        out << u"club %1 %2"_s.arg(id).arg(set.clubs.name(ClubId(id)));
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        const Tie &t = set.ties[i];
        const TieSource s = set.source(i);
        out << u"tie %1: %2 %3 %4 | %5 | %6 | line %7 file %8 | %9"_s.arg(i)
                   .arg(t.home)
                   .arg(t.away)
                   .arg(t.statedWinner)
                   .arg(test::legText(t.leg1) + u' ' + QString::number(t.leg1.julianDay) + u' '
                        + QString::number(t.leg1.kickoffMinutes))
                   .arg(test::legText(t.leg2) + u' ' + QString::number(t.leg2.julianDay) + u' '
                        + QString::number(t.leg2.kickoffMinutes))
                   .arg(t.line)
                   .arg(t.file)
                   .arg(u"winner %1 by %2 flags %3/%4 place %5 %6 %7 %8 %9 %10"_s.arg(int(t.winner))
                            .arg(int(t.decidedBy))
                            .arg(t.flags)
                            .arg(t.readFlags)
                            .arg(s.leg1Line)
                            .arg(s.leg2Line)
                            .arg(s.datesLine)
                            .arg(s.leg1ScoreColumn)
                            .arg(s.leg2ScoreColumn)
                            .arg(s.winnerColumn));
    }
    for (const Diagnostic &d : set.diagnostics)
        out << u"diagnostic %1:%2:%3 %4 %5 %6 %7"_s.arg(d.file)
                   .arg(d.line)
                   .arg(d.column)
                   .arg(int(d.severity))
                   .arg(int(d.origin))
                   .arg(d.namedLine)
                   .arg(d.message);
    return out;
}

// The first place where two descriptions differ, for a readable failure.
QString firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (a[i] != b[i])
            return u"at %1:\n  one piece: %2\n  pieces:    %3"_s.arg(i).arg(a[i], b[i]);
    }
    return u"sizes %1 and %2"_s.arg(a.size()).arg(b.size());
}

// Empty when reading `bytes` in one chunk gives `whole` (read in chunks of 4 KiB), else where not:
// the encoding and the format are chosen on the same first bytes however the input arrives.
QString differenceInOneChunk(const QByteArray &bytes, const TieSet &whole)
{
    ReadOptions oneChunk;
    oneChunk.pieces = 1;
    oneChunk.chunkSize = bytes.size() + 1;
    TieSet inOneChunk;
    loader::readBytes(bytes, u"test.txt"_s, inOneChunk, oneChunk);
    const QStringList a = everything(whole);
    const QStringList b = everything(inOneChunk);
    return a == b ? QString() : u"one chunk: "_s + firstDifference(a, b);
}

ReadOptions inPieces(int pieces)
{
    ReadOptions options;
    options.pieces = pieces;
    options.minPieceBytes = 1; // even the smallest file
    options.chunkSize = 4096; // and lines split across chunks inside a piece
    return options;
}

ReadOptions inOnePiece()
{
    ReadOptions options;
    options.pieces = 1;
    options.chunkSize = 4096;
    return options;
}

} // namespace

class TestPieces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cutsFallOnFirstLegs();
    void piecesReadAsOne_data();
    void piecesReadAsOne();
    void bytesReadAsOne_data();
    void bytesReadAsOne();
    void firstPieceShorterThanTheHead();
    void smallFilesTakeOnePiece();
    void whatOnlyAWholeReadingSees_data();
    void whatOnlyAWholeReadingSees();

private:
    QTemporaryDir m_dir;
    QString m_big;
};

void TestPieces::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_big = m_dir.filePath(u"big.txt"_s);
    QVERIFY(testfiles::writeBigFile(m_big));
}

void TestPieces::cutsFallOnFirstLegs()
{
    const QByteArray bytes = testfiles::readAll(m_big);
    const pieces::MemoryInput input(bytes);
    for (int count : {2, 3, 8}) {
        const std::vector<qint64> starts = pieces::startsOfPieces(input, WorldfootballReader::Format, count);
        QCOMPARE(int(starts.size()), count - 1);
        for (std::size_t k = 0; k < starts.size(); ++k) {
            const qint64 at = starts[k];
            QVERIFY(at > 0 && bytes[at - 1] == '\n');
            QVERIFY(bytes.mid(at, 12) == "1st(1st leg)");
            QVERIFY(bytes.at(at + 12) != ':'); // a first leg, not a dates line
            QVERIFY(k == 0 || at > starts[k - 1]);
            // Near the cut: within a tie or two of where an equal share ends
            QVERIFY(at - bytes.size() / count * qint64(k + 1) < 1000);
        }
    }
    // A format that cannot be cut is read in one piece
    ReaderFormat whole = WorldfootballReader::Format;
    whole.pieceStart = nullptr;
    QVERIFY(pieces::startsOfPieces(input, whole, 2).empty());
    // Nothing to cut at: no first leg anywhere
    const QByteArray prose = QByteArray("no football here\n").repeated(1000);
    QVERIFY(pieces::startsOfPieces(pieces::MemoryInput(prose), WorldfootballReader::Format, 2).empty());
}

void TestPieces::piecesReadAsOne_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("pieces");
    const QDir data(test::dataDir());
    QStringList files;
    for (const QString &name : data.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        files << data.filePath(name);
    const QDir bad(data.filePath(u"bad"_s));
    for (const QString &name : bad.entryList(QDir::Files, QDir::Name))
        files << bad.filePath(name);
    QVERIFY(files.size() > 25);
    for (const QString &file : std::as_const(files)) {
        for (int count : {2, 3, 5})
            QTest::addRow("%s in %d", qPrintable(QFileInfo(file).fileName()), count) << file << count;
    }
    QTest::newRow("216,001 ties in 2") << m_big << 2;
    QTest::newRow("216,001 ties in 7") << m_big << 7;
}

void TestPieces::piecesReadAsOne()
{
    QFETCH(QString, path);
    QFETCH(int, pieces);
    TieSet whole;
    const ReadResult one = loader::readFile(path, whole, inOnePiece());
    QCOMPARE(one.pieces, 1);
    TieSet split;
    const ReadResult many = loader::readFile(path, split, inPieces(pieces));
    QCOMPARE(many.readable, one.readable);
    const QStringList a = everything(whole);
    const QStringList b = everything(split);
    QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
}

void TestPieces::bytesReadAsOne_data()
{
    // Ties cut open right before a boundary: what the reader says of them is said at the first
    // leg that follows, as when the file is read whole. Each case repeats so that a cut falls there.
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray leg1 = GoodTie.left(GoodTie.indexOf('\n') + 1);
    const QByteArray twoLegs = GoodTie.left(GoodTie.lastIndexOf('\n', GoodTie.size() - 2) + 1);
    QTest::newRow("first leg alone") << QByteArray(GoodTie.repeated(3) + leg1).repeated(40);
    QTest::newRow("no dates line") << QByteArray(GoodTie.repeated(3) + twoLegs).repeated(40);
    QTest::newRow("second leg twice") << QByteArray(GoodTie + twoLegs + twoLegs.mid(leg1.size())).repeated(40);
    QTest::newRow("garbage and blank lines") << QByteArray(GoodTie + "\n  \nRound of 16\n"_ba + GoodTie).repeated(40);
    QTest::newRow("CRLF and a byte-order mark")
        << "\xEF\xBB\xBF"_ba + QByteArray(GoodTie).replace("\n", "\r\n").repeated(60);
    QTest::newRow("no final newline") << GoodTie.repeated(80).chopped(1);
    QTest::newRow("dates line with no tie")
        << QByteArray(GoodTie + GoodTie.mid(GoodTie.lastIndexOf('\n', GoodTie.size() - 2) + 1)).repeated(40);
    // A web page's byte-order mark in front of the stated winner (found by the fuzzer): the same
    // club as the one named in the legs, so joining the pieces by name keeps the clubs apart as
    // one reading does.
    QTest::newRow("byte-order mark before the winner")
        << QByteArray(GoodTie
                      + QByteArray(GoodTie).replace("Winner: FK Gomel",
                                                    "Winner: \xEF\xBB\xBF"
                                                    "FK Gomel"))
               .repeated(40);
    // No ties, and the first leg's label only after 600 bytes of other lines (found by the
    // fuzzer): "no ties found" names the format that the first bytes show, however many of them
    // arrived in the first chunk.
    QTest::newRow("first leg late, and no ties")
        << QByteArray(QByteArray("A line of a web page, not of a round table.\n").repeated(14) + leg1 + "Round of 16\n")
               .repeated(40);
}

void TestPieces::bytesReadAsOne()
{
    QFETCH(QByteArray, bytes);
    TieSet whole;
    loader::readBytes(bytes, u"test.txt"_s, whole, inOnePiece());
    const QString chunks = differenceInOneChunk(bytes, whole);
    QVERIFY2(chunks.isEmpty(), qPrintable(chunks));
    for (int count : {2, 3, 4, 9}) {
        TieSet split;
        const ReadResult result = loader::readBytes(bytes, u"test.txt"_s, split, inPieces(count));
        QCOMPARE(result.pieces, count);
        const QStringList a = everything(whole);
        const QStringList b = everything(split);
        QVERIFY2(a == b, qPrintable(u"%1 pieces: "_s.arg(count) + firstDifference(a, b)));
    }
}

// A first piece that ends before the first TextLines::HeadBytes do (found by the fuzzer): its
// reader is still chosen on the whole head, as one reading chooses it. Here the head shows a
// first leg, so both readings take the Football.TXT lines before it for worldfootball.net's.
void TestPieces::firstPieceShorterThanTheHead()
{
    QByteArray bytes = "= Fuzz Cup 2018/19\n\xc2\xbb Round of 16\n"_ba;
    bytes += QByteArray("    21.00  Ajax (NED) v Real Madrid (ESP)  1-2 (0-0)\n").repeated(20);
    const qsizetype preamble = bytes.size();
    bytes += GoodTie.repeated(12);
    QVERIFY(bytes.size() < TextLines::HeadBytes);
    TieSet whole;
    loader::readBytes(bytes, u"test.txt"_s, whole, inOnePiece());
    QCOMPARE(whole.ties.size(), std::size_t(12));
    for (int count : {3, 4}) {
        // The first cut falls in the preamble, so the first piece is the preamble alone.
        QVERIFY(bytes.size() / count < preamble);
        TieSet split;
        const ReadResult result = loader::readBytes(bytes, u"test.txt"_s, split, inPieces(count));
        QVERIFY(result.pieces >= 2);
        const QStringList a = everything(whole);
        const QStringList b = everything(split);
        QVERIFY2(a == b, qPrintable(u"%1 pieces: "_s.arg(count) + firstDifference(a, b)));
    }
}

void TestPieces::smallFilesTakeOnePiece()
{
    TieSet set;
    ReadOptions options;
    options.pieces = 2; // the default least size of a piece: 8 MiB
    QCOMPARE(loader::readFile(testfiles::dataFile(u"europa-league-2012-13-q1.txt"_s), set, options).pieces, 1);
    TieSet big;
    QCOMPARE(loader::readFile(m_big, big, options).pieces, 2);
    // The sample ends without a line break, so each of its 6,000 copies but the last loses its
    // last tie to the next copy's first line: 6,000 × 37 - 5,999 ties, and as many errors.
    QCOMPARE(big.ties.size(), std::size_t(216001));
    QCOMPARE(big.errorCount(), 5999);
    // A set that holds files already is added to in one piece
    QCOMPARE(loader::readFile(m_big, set, inPieces(2)).pieces, 1);
}

void TestPieces::whatOnlyAWholeReadingSees_data()
{
    // Each needs the whole input in one reader; read in pieces, it would come out otherwise.
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("Windows-1252 in a later piece")
        << GoodTie.repeated(50) + "1st(1st leg) V\xedkingur - FK Gomel 0:6 (0:0)\n"_ba + GoodTie.repeated(50);
    QTest::newRow("more unreadable lines than are listed")
        << QByteArray("Round of 16\n").repeated(700) + GoodTie + QByteArray("Round of 16\n").repeated(700);
    const QString text = QString::fromUtf8(GoodTie.repeated(50));
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE")
            + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

void TestPieces::whatOnlyAWholeReadingSees()
{
    QFETCH(QByteArray, bytes);
    TieSet whole;
    loader::readBytes(bytes, u"test.txt"_s, whole, inOnePiece());
    const QString chunks = differenceInOneChunk(bytes, whole);
    QVERIFY2(chunks.isEmpty(), qPrintable(chunks));
    TieSet split;
    const ReadResult result = loader::readBytes(bytes, u"test.txt"_s, split, inPieces(2));
    QCOMPARE(result.pieces, 1); // read again in one piece
    QCOMPARE(everything(split), everything(whole));
}

} // namespace tb

QTEST_MAIN(tb::TestPieces)
#include "tst_pieces.moc"
