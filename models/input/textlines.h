// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes to text lines: the encoding (BOM, UTF-16, Windows-1252 fallback), the UTF-8 check, line splitting, over-long lines.
#pragma once

#include "reader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringDecoder>
#include <memory>
#include <string>

namespace tb {

// What counts as a line a reader will look at; a longer line is skipped (with an error)
// without being held in memory.
inline constexpr qint64 MaxLineBytes = qint64(1) << 20;

// Takes one input's bytes in pieces of any size and hands its lines, as UTF-8, to a reader.
// The reader is chosen once the first bytes are in: `choose` gets them (as UTF-8).
class TextLines
{
    Q_DECLARE_TR_FUNCTIONS(Parser)

public:
    using Chooser = std::unique_ptr<Reader> (*)(QByteArrayView head, ReadContext &context);
    // How many of the first bytes the encoding and the format are told by: always exactly these
    // (or all of a shorter input), however the input is cut into chunks, so that reading in
    // pieces, or with another chunk size, chooses what reading in one chunk chooses.
    static constexpr qsizetype HeadBytes = 4096;

    // How the fast way compares its sixty-four bytes at a time: as four SSE2 compares of sixteen
    // or two AVX2 compares of thirty-two. Both read the same; readers use AVX2 where the processor
    // has it (it took a fifth off the scan's share of the time). TIEBROWSER_SCAN=sse2 in the
    // environment chooses SSE2, for a comparison; tests choose through setScanWidth().
    enum class ScanWidth {
        Sse2,
        Avx2
    };
    // The width that readers made from now on use.
    static ScanWidth scanWidth();
    // The widths this processor has, the narrowest first.
    static QList<ScanWidth> availableScanWidths();
    // For the readers made from now on, in every thread; a width the processor lacks is refused
    // (false).
    static bool setScanWidth(ScanWidth width);
    static QString scanWidthName(ScanWidth width);

    explicit TextLines(ReadContext &context, Chooser choose = &TextLines::fromTable);
    // A later piece of an input whose start was UTF-8: read by `reader`, from its first byte on.
    TextLines(ReadContext &context, std::unique_ptr<Reader> reader);
    ~TextLines();

    // Decides the encoding and the reader on `head`, the input's first HeadBytes, before
    // anything is fed. For the first piece of an input read in pieces: the piece may end before
    // the head does, and must choose what a reading of the whole input chooses.
    void decideOn(QByteArrayView head);
    void feed(const char *data, qsizetype size);
    void finish();
    // The end of a piece that another piece goes on from (see Reader::finishBefore()).
    void finishPiece();

    // Lines taken so far.
    std::uint32_t lineCount() const { return m_lineNumber; }
    // Whether the text was not UTF-8 and is being read as Windows-1252 (which a piece cannot
    // know of the pieces before it).
    bool fellBackToWindows1252() const { return m_warnedEncoding; }
    // Whether the input started in UTF-16, which is not read in pieces.
    bool isUtf16() const { return m_encoding == Encoding::Utf16; }

    // The reader of the table's format that claims `head`.
    static std::unique_ptr<Reader> fromTable(QByteArrayView head, ReadContext &context);

private:
    enum class Encoding {
        Undecided,
        Utf8,
        Utf16
    };

    void decideEncoding();
    void feedUtf8(const char *data, qsizetype size);
    void feedUtf16(QString text, bool last);
    // The fast way: every whole line from `data` on whose bytes are plain ASCII or UTF-8 without
    // NUL, found and checked in one pass. Returns where it stopped: after the last line break, or
    // at the start of a line that takes the careful way.
    const char *takeCleanLines(const char *data, const char *end);
    // The one loop of takeCleanLines(), over sixty-four bytes seen the way `Blocks` sees them,
    // and its instances for the wider instructions.
    template<typename Blocks>
    const char *takeCleanLinesWith(const char *data, const char *end);
    const char *takeCleanLinesAvx2(const char *data, const char *end);
    // The careful way, one line (or the bytes after the last line break); returns the end of
    // what it took.
    const char *takeOneLine(const char *data, const char *end);
    // A line as it is: checked for NUL and UTF-8, a byte-order mark stripped.
    void takeLine(const char *data, qsizetype size);
    // A line takeCleanLines() has checked: plain ASCII (`ascii`) or valid UTF-8, no NUL, no mark.
    void takeCheckedLine(const char *data, qsizetype size, bool ascii);
    // The line still held when the input (or a piece of it) ends.
    void takeTheRest();
    void endLongLine();

    ReadContext &m_context;
    Chooser m_choose;
    std::unique_ptr<Reader> m_reader;

    Encoding m_encoding = Encoding::Undecided;
    std::string m_head; // the first bytes, kept until the encoding is known
    QStringDecoder m_utf16;
    QByteArray m_utf16Bytes;
    QChar m_highSurrogate; // the first half of a character the last chunk ended inside; null when none

    std::string m_carry; // a line split across pieces
    bool m_skippingLong = false;
    qint64 m_longBytes = 0;
    std::uint32_t m_lineNumber = 0;
    std::string m_converted;
    bool m_warnedEncoding = false;
    ScanWidth m_scan = scanWidth(); // read once: the loop never asks again
};

} // namespace tb
