// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the text lines under every reader: encodings, blank and over-long lines, bytes that are not text.
#include "readingfixtures.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>

using namespace tb;
using namespace tb::test;
using namespace Qt::StringLiterals;

namespace {

// A reader that writes down what the text lines hand it, to see the seam from the reader's side.
QStringList g_log;
QStringList g_columns; // per line: whether it was said to be ASCII, and the column after its end
QByteArray g_head;

class RecordingReader final : public Reader
{
public:
    void readLine(const Line &line) override
    {
        g_log << u"%1:%2"_s.arg(line.number).arg(QString::fromUtf8(line.data, line.end - line.data));
        g_columns << u"%1:%2:%3:%4"_s.arg(line.number)
                         .arg(line.ascii)
                         .arg(line.column(line.end))
                         .arg(QString::fromUtf8(line.data, line.end - line.data));
    }
    void skipLine() override { g_log << u"skip"_s; }
    void finish() override { g_log << u"finish"_s; }
};

std::unique_ptr<Reader> chooseRecording(QByteArrayView head, ReadContext &)
{
    g_head = head.toByteArray();
    return std::make_unique<RecordingReader>();
}

// Feeds `bytes` to text lines in chunks of `chunk` bytes, the recording reader taking the lines
// (g_log, g_columns, g_head start empty); returns what was reported.
TieSet readInChunks(const QByteArray &bytes, qsizetype chunk)
{
    g_log.clear();
    g_columns.clear();
    g_head.clear();
    TieSet set;
    set.files.push_back(SourceFile{});
    ReadContext context(set, 0);
    TextLines lines(context, &chooseRecording);
    for (qsizetype done = 0; done < bytes.size(); done += chunk)
        lines.feed(bytes.constData() + done, std::min(chunk, bytes.size() - done));
    lines.finish();
    return set;
}

} // namespace

class TestTextLines : public QObject
{
    Q_OBJECT

private slots:
    void columnsCountCharacters_data();
    void columnsCountCharacters();
    void whatAReaderIsGiven_data();
    void whatAReaderIsGiven();
    void windows1252();
    void utf16_data();
    void utf16();
    void utf16CharactersBeyondTheBmpAcrossChunks();
    void emptyInput_data();
    void emptyInput();
    void longLineInMemory();
    void millionBlankLines();
    void randomBinary();
    void everyChunkingTakesTheSameLines_data();
    void everyChunkingTakesTheSameLines();
    void everyScanWidthTakesTheSameLines_data();
    void everyScanWidthTakesTheSameLines();
    void scanWidthsOfThisProcessor();
};

void TestTextLines::windows1252()
{
    // Given the first good tie and then one saved as Windows-1252 ("í" is the single byte 0xED)
    const QByteArray text = GoodTie
        + "1st(1st leg) V\xEDkingur - FK Gomel 0:6 (0:0)\n"
          "2nd (2nd leg) FK Gomel - V\xEDkingur 4:0 (0:0)\n"
          "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\n"
          "1st(1st leg) \x80 Club \x8A - FK Gomel 0:0\n"
          "2nd (2nd leg) FK Gomel - \x80 Club \x8A 0:1\n"
          "1st(1st leg): 03/07/2012 2nd (2nd leg): 12/07/2012 Winner: \x80 Club \x8A\n"_ba;
    const TieSet set = parse(text);

    // Then one warning names the first line that is not UTF-8, and the names read right
    QCOMPARE(describe(set),
             QStringList{u"4:0: warning: the file is not valid UTF-8 (first at line 4); read it as Windows-1252"_s});
    QCOMPARE(set.ties.size(), std::size_t(3));
    QCOMPARE(set.ties[1].home, set.ties[0].home);
    QCOMPARE(set.clubName(set.ties[1].home), u"Víkingur"_s);
    QCOMPARE(set.clubName(set.ties[2].home), u"€ Club Š"_s);
    QCOMPARE(set.ties[2].statedWinner, set.ties[2].home);
}

void TestTextLines::utf16_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("warning");

    const QString text = QString::fromUtf8(GoodTie + GoodTie);
    const auto encode = [&](QStringConverter::Encoding encoding, bool bom) {
        QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        return QByteArray(encoder(text));
    };
    const QString le = u"0:0: warning: the file is UTF-16 (little endian) text, not UTF-8; read it as such"_s;
    const QString be = u"0:0: warning: the file is UTF-16 (big endian) text, not UTF-8; read it as such"_s;
    QTest::newRow("little endian with BOM") << encode(QStringConverter::Utf16LE, true) << le;
    QTest::newRow("big endian with BOM") << encode(QStringConverter::Utf16BE, true) << be;
    QTest::newRow("little endian, no BOM") << encode(QStringConverter::Utf16LE, false) << le;
    QTest::newRow("big endian, no BOM") << encode(QStringConverter::Utf16BE, false) << be;
}

void TestTextLines::utf16()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, warning);

    for (qint64 chunk : {qint64(1), qint64(3), qint64(4) << 20}) {
        const TieSet set = parse(bytes, chunk);
        QCOMPARE(describe(set), QStringList{warning});
        QCOMPARE(set.ties.size(), std::size_t(2));
        QCOMPARE(set.clubName(set.ties[1].home), u"Víkingur"_s);
        QCOMPARE(set.ties[1].line, 4u);
        QCOMPARE(legText(set.ties[1].leg1), u"Played 0:0 0:6 - -"_s);
    }
}

void TestTextLines::emptyInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blanks only") << "\n \n\t\r\n\n"_ba;
    QTest::newRow("byte-order mark only") << "\xEF\xBB\xBF"_ba;
}

void TestTextLines::emptyInput()
{
    QFETCH(QByteArray, text);
    const TieSet set = parse(text);
    QCOMPARE(describe(set), QStringList{u"1:1: error: "_s + NoTiesFound});
    QVERIFY(set.ties.empty());
    QCOMPARE(set.files.size(), std::size_t(1));
    QCOMPARE(set.files[0].errorCount, 1);
    QCOMPARE(set.files[0].warningCount, 0);
}

void TestTextLines::longLineInMemory()
{
    // A 2 MiB line between two ties: skipped with an error, both ties kept, whatever the chunking.
    const QByteArray text = GoodTie + repeated('x', 2 << 20) + "\n" + GoodTie;
    for (qint64 chunk : {qint64(4096), qint64(1) << 20, qint64(4) << 20}) {
        const TieSet set = parse(text, chunk);
        QCOMPARE(
            describe(set),
            QStringList{
                u"4:0: error: the line is 2097152 bytes long, more than the 1048576 bytes a line may have; it was skipped"_s});
        QCOMPARE(set.ties.size(), std::size_t(2));
        QCOMPARE(set.ties[1].line, 5u);
    }
}

void TestTextLines::millionBlankLines()
{
    const QByteArray text = repeated('\n', 1000000) + GoodTie + QByteArray("\r\n").repeated(1000000);
    const TieSet set = parse(text);
    QCOMPARE(describe(set), QStringList());
    QCOMPARE(set.ties.size(), std::size_t(1));
    QCOMPARE(set.ties[0].line, 1000001u);
}

void TestTextLines::randomBinary()
{
    // Deterministic noise: the parser must neither crash nor invent ties, and says it found none.
    QByteArray noise(1 << 20, Qt::Uninitialized);
    std::uint32_t x = 2463534242u;
    for (char &c : noise) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char(x);
    }
    const TieSet set = parse(noise, 4096);
    QVERIFY(set.ties.empty());
    QVERIFY(set.errorCount() > 0);
    QVERIFY(set.diagnostics.size() <= 1100); // unrecognised lines stop being listed one by one
    // The verdict comes first, at the file's start, ahead of the lines that say why.
    QCOMPARE(set.diagnostics.front().message, NoTiesFound);
    QCOMPARE(set.diagnostics.front().line, 1u);
    QCOMPARE(set.diagnostics.front().severity, Severity::Error);
}

void TestTextLines::whatAReaderIsGiven_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("log");
    QTest::addColumn<QStringList>("diagnostics");

    const QStringList noProblems;
    QTest::newRow("UTF-8, CRLF, BOM, no final newline")
        << "\xEF\xBB\xBF"
           "abc\r\nCafé\n\nlast"_ba
        << QStringList{u"1:abc"_s, u"2:Café"_s, u"3:"_s, u"4:last"_s, u"finish"_s} << noProblems;
    QTest::newRow("over-long and NUL lines are skipped")
        << "abc\n" + QByteArray(MaxLineBytes + 1, 'x') + QByteArray("\nx\0y\nz\n", 7)
        << QStringList{u"1:abc"_s, u"skip"_s, u"skip"_s, u"4:z"_s, u"finish"_s}
        << QStringList{
               u"2:0: error: the line is 1048577 bytes long, more than the 1048576 bytes a line may have; it was "
               u"skipped"_s,
               u"3:2: error: the line contains a NUL byte (binary data, or text that is not UTF-8); it was skipped"_s};
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-16 arrives as UTF-8")
        << QByteArray(utf16(u"abc\nCafé\n"_s)) << QStringList{u"1:abc"_s, u"2:Café"_s, u"finish"_s}
        << QStringList{u"0:0: warning: the file is UTF-16 (little endian) text, not "
                       u"UTF-8; read it as such"_s};
    QTest::newRow("Windows-1252 arrives as UTF-8")
        << "Caf\xE9\n"_ba << QStringList{u"1:Café"_s, u"finish"_s}
        << QStringList{u"1:0: warning: the file is not valid UTF-8 (first at "
                       u"line 1); read it as Windows-1252"_s};
}

void TestTextLines::whatAReaderIsGiven()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, log);
    QFETCH(QStringList, diagnostics);

    for (const qsizetype chunk : {qsizetype(1), qsizetype(3), bytes.size()}) {
        const TieSet set = readInChunks(bytes, chunk);
        QCOMPARE(g_log, log);
        QCOMPARE(describe(set), diagnostics);
        // The reader was chosen on the first bytes, as text
        QVERIFY2(g_head.contains(log.front().mid(2, 3).toUtf8()), g_head.constData());
    }
}

void TestTextLines::utf16CharactersBeyondTheBmpAcrossChunks()
{
    // Given a UTF-16 file whose club names hold characters of two UTF-16 units each (an emoji, a
    // Gothic letter), and a lone first half at the very end. Blank lines come first: the first
    // 4 KiB are decoded at once, however they came.
    const QString home = u"FC \U0001F600 United"_s, away = u"\U00010348 Athletic"_s;
    const QString text = QString(3000, u'\n')
        + u"1st(1st leg) %1 - %2 0:6 (0:0)\n2nd (2nd leg) %2 - %1 4:0 (0:0)\n"
          u"1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: %2\n"_s.arg(home, away);
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QByteArray bytes = encoder(text);
    bytes += QByteArray("\x3D\xD8", 2); // U+D83D, the first half of an emoji, and nothing after it

    // When it is read in chunks of every size up to 13 bytes, which end between the halves too
    const TieSet whole = parse(bytes);
    QCOMPARE(whole.ties.size(), std::size_t(1));
    QCOMPARE(whole.clubName(whole.ties[0].home), home);
    QCOMPARE(whole.clubName(whole.ties[0].away), away);
    for (qint64 chunk = 1; chunk <= 13; ++chunk) {
        const TieSet set = parse(bytes, chunk);
        // Then the names are whole, and the messages (the lone half's line among them) the same
        QCOMPARE(set.ties.size(), std::size_t(1));
        QCOMPARE(set.clubName(set.ties[0].home), home);
        QCOMPARE(set.clubName(set.ties[0].away), away);
        QCOMPARE(describe(set), describe(whole));
    }
}

void TestTextLines::everyChunkingTakesTheSameLines_data()
{
    QTest::addColumn<QByteArray>("bytes");

    // Lines that move a two-byte letter across every place in the scan's blocks of sixteen and of
    // sixty-four bytes, so that it meets sequences cut by their ends as well as whole ones.
    QByteArray shifting;
    for (int k = 0; k < 80; ++k)
        shifting += QByteArray(k, 'a') + "\xC5\x9Al\xC4\x85sk - Gy\xC5\x91r 1:0\n";
    QTest::newRow("two-byte letters at every offset") << shifting;
    QTest::newRow("ASCII and UTF-8 lines in turn")
        << QByteArray("1st(1st leg) FC Ordabasy - Caf\xC3\xA9 United 2:1 (1:0)\nplain ascii line of some length\n")
               .repeated(20);
    QTest::newRow("three- and four-byte sequences") << "a\xE2\x80\xA6"
                                                       "b\nCJK \xE6\x9D\xB1\xE4\xBA\xAC"
                                                       " and emoji \xF0\x9F\x98\x80 here, long enough to fill "
                                                       "blocks\nx\n"_ba.repeated(9);
    QTest::newRow("CRLF, a mark in the middle, a NUL, a byte that is not UTF-8")
        << QByteArray("first line\r\n\xEF\xBB\xBFmarked line, long enough for the wide scan\nnul \0 here\n"
                      "bad \xFF byte, then a line of ASCII long enough\nlast line without a break",
                      136)
               .repeated(5);
    // A lead byte cut short by the line break, at each place of the first blocks of sixteen and
    // past the first block of sixty-four (the scan starts at the first byte).
    for (int at = 0; at < 70; ++at) {
        QTest::addRow("a two-byte lead before a line break, at %d", at)
            << QByteArray(at, 'x') + "\xC3\nthe lead above is cut short by its line break\n";
    }
}

namespace {

// What reading `bytes` in one chunk and in chunks of 61 bytes hands the reader under every
// scan width this processor has, each width's as one list; the width readers use is restored.
QList<QStringList> readUnderEveryScanWidth(const QByteArray &bytes)
{
    const TextLines::ScanWidth usual = TextLines::scanWidth();
    QList<QStringList> read;
    for (const TextLines::ScanWidth width : TextLines::availableScanWidths()) {
        TextLines::setScanWidth(width);
        QStringList all;
        for (const qsizetype chunk : {bytes.size(), qsizetype(61)}) {
            const TieSet set = readInChunks(bytes, chunk);
            all << g_log << g_columns << describe(set);
        }
        read << all;
    }
    TextLines::setScanWidth(usual);
    return read;
}

} // namespace

void TestTextLines::everyChunkingTakesTheSameLines()
{
    // The fast way through a chunk and the careful way line by line must hand the reader the
    // same lines, with the same numbers, the same ASCII flags and the same columns: a chunk of
    // one byte takes every line the careful way, one chunk takes most of them the fast way.
    QFETCH(QByteArray, bytes);
    // The first 4 KiB are held until the encoding is decided and then taken at once, however
    // they came: the lines to test come after them. 64 lines of 64 bytes keep the rows' bytes
    // at the same places in the scan's blocks of sixteen.
    bytes.prepend(QByteArray(QByteArray(63, 'f') + '\n').repeated(64));

    QStringList wholeLog, wholeColumns, wholeDiagnostics;
    for (const qsizetype chunk : {bytes.size(), qsizetype(1), qsizetype(7), qsizetype(16), qsizetype(61)}) {
        const TieSet set = readInChunks(bytes, chunk);
        if (chunk == bytes.size()) {
            wholeLog = g_log;
            wholeColumns = g_columns;
            wholeDiagnostics = describe(set);
            QVERIFY(g_log.size() >= 64 + 3);
            continue;
        }
        QCOMPARE(g_log, wholeLog);
        QCOMPARE(g_columns, wholeColumns);
        QCOMPARE(describe(set), wholeDiagnostics);
    }
    // The flags themselves: a line is said to be ASCII exactly when it is.
    for (const QString &entry : std::as_const(wholeColumns)) {
        const QString text = entry.section(u':', 3);
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        QVERIFY2(entry.section(u':', 1, 1) == (ascii ? u"1"_s : u"0"_s), qPrintable(entry));
    }
}

void TestTextLines::everyScanWidthTakesTheSameLines_data()
{
    QTest::addColumn<QByteArray>("bytes");

    // Every real file, the hostile corpus among them, and the lines above that move letters,
    // marks and bad bytes across the places of the blocks.
    const QDir data(dataDir());
    for (const QDir &dir : {data, QDir(data.filePath(u"bad"_s))}) {
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QTest::newRow(qPrintable(dir.dirName() + u'/' + name)) << file.readAll();
        }
    }
    QByteArray shifting;
    for (int k = 0; k < 80; ++k)
        shifting += QByteArray(k, 'a') + "\xC5\x9Al\xC4\x85sk - Gy\xC5\x91r 1:0\n\xEF\xBB\xBFx\n"
            + QByteArray(k % 7, 'b') + "\xC3\n" + QByteArray("nul \0\n", 6);
    QTest::newRow("letters, marks, cut leads and NULs at every offset")
        << QByteArray(QByteArray(63, 'f') + '\n').repeated(64) + shifting;
}

void TestTextLines::everyScanWidthTakesTheSameLines()
{
    // The scan compares sixty-four bytes at once in SSE2, or in AVX2 where the processor has it:
    // both must hand the reader the same lines, flags, columns and messages. (On a processor
    // without AVX2 there is only the one.)
    QFETCH(QByteArray, bytes);
    const QList<QStringList> read = readUnderEveryScanWidth(bytes);
    QVERIFY(!read.isEmpty());
    for (const QStringList &other : read)
        QCOMPARE(other, read.front());
}

void TestTextLines::scanWidthsOfThisProcessor()
{
    // SSE2 is in every x86-64 processor, AVX2 only where the processor has it.
    const QList<TextLines::ScanWidth> widths = TextLines::availableScanWidths();
    QCOMPARE(widths.front(), TextLines::ScanWidth::Sse2);
    QVERIFY(widths.contains(TextLines::scanWidth()));
    const TextLines::ScanWidth usual = TextLines::scanWidth();
    for (const TextLines::ScanWidth width : {TextLines::ScanWidth::Sse2, TextLines::ScanWidth::Avx2}) {
        QCOMPARE(TextLines::setScanWidth(width), widths.contains(width));
        QCOMPARE(TextLines::scanWidth(), widths.contains(width) ? width : usual);
        TextLines::setScanWidth(usual);
    }
    QStringList names;
    for (const TextLines::ScanWidth width : widths)
        names << TextLines::scanWidthName(width);
    qInfo("scan widths here: %s; readers use %s", qPrintable(names.join(u", "_s)),
          qPrintable(TextLines::scanWidthName(usual)));
}

void TestTextLines::columnsCountCharacters_data()
{
    QTest::addColumn<QByteArray>("character");
    QTest::newRow("two bytes") << "é"_ba;
    QTest::newRow("three bytes") << "€"_ba;
    QTest::newRow("four bytes") << "𝄞"_ba;
}

void TestTextLines::columnsCountCharacters()
{
    QFETCH(QByteArray, character);
    // Given lines of up to forty characters, one of them (at every place) not ASCII
    for (int length = 1; length <= 40; ++length) {
        for (int at = 0; at < length; ++at) {
            const QByteArray text = QByteArray(at, 'a') + character + QByteArray(length - at - 1, 'b');
            Line line;
            line.data = text.constData();
            line.end = line.data + text.size();
            line.ascii = false;
            // Then the column of every byte that starts a character is one more than the
            // characters before it
            for (qsizetype offset = 0; offset <= text.size(); ++offset) {
                if (offset < text.size() && (std::uint8_t(text[offset]) & 0xC0) == 0x80)
                    continue;
                const auto before = std::uint32_t(QString::fromUtf8(text.left(offset)).toUcs4().size());
                QCOMPARE(line.column(line.data + offset), before + 1);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestTextLines)
#include "tst_textlines.moc"
