// SPDX-License-Identifier: GPL-3.0-or-later
// The seam between text lines and a round format: a Reader turns lines into ties, and the table says which reader reads what.
#pragma once

#include "bytes.h"
#include "tieset.h"

#include <QByteArrayView>
#include <QString>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>

namespace tb {

// One line of the input as a reader sees it: UTF-8 bytes, no line break. The bytes do not
// outlive the call they are passed to.
struct Line
{
    const char *data = nullptr;
    const char *end = nullptr;
    std::uint32_t number = 0; // 1-based
    bool ascii = true;

    // 1-based column in characters of the byte at p.
    std::uint32_t column(const char *p) const
    {
        const auto count = std::uint32_t(p - data);
        if (ascii)
            return count + 1;
        // Characters are the bytes that are not UTF-8 continuation bytes (10xxxxxx).
        std::uint32_t continuations = 0;
        const char *q = data;
        for (; p - q >= 8; q += 8) {
            std::uint64_t w;
            std::memcpy(&w, q, 8);
            const std::uint64_t marks = (w & ~(w << 1) & bytes::HighBits) >> 7; // 1 in each continuation byte
            continuations += std::uint32_t((marks * bytes::OneInEachByte) >> 56);
        }
        for (; q < p; ++q)
            continuations += (std::uint8_t(*q) & 0xC0) == 0x80;
        return count - continuations + 1;
    }
};

// Where one file's reading goes: its ties and read diagnostics in the set, under file index `file`.
class ReadContext
{
public:
    ReadContext(TieSet &set, std::uint16_t file)
        : m_set(set)
        , m_file(file)
    { }

    TieSet &set() { return m_set; }
    std::uint16_t file() const { return m_file; }

    void report(Severity severity, std::uint32_t line, std::uint32_t column, const QString &message);
    // A message that names another line of the file: `message` has %1 where its number goes.
    // A piece of a file read in parallel does not know its lines' numbers in the file yet, so
    // the number is filled in when the pieces are joined.
    void reportNamingLine(Severity severity, std::uint32_t line, std::uint32_t column, const QString &message,
                          std::uint32_t namedLine);
    // Whether to report one more line that is not part of the format; a binary file would
    // otherwise produce a message for every few bytes. Says so once when the limit is passed.
    bool countUnreadable(std::uint32_t line);
    static constexpr int MaxUnreadableListed = 1000;
    int unreadableLines() const { return m_unreadable; }

    // A round of the file ("Round of 16") starts at `line`: the ties whose first leg is below it,
    // up to the next round, are of that round (SourceFile::rounds).
    void addRound(std::uint32_t line, const QString &name);

    // Which format reads the input, and whether it claimed it (canRead) or reads it as the
    // fallback; the loader words "no ties found" from it. Set when the reader is chosen.
    void setFormat(const struct ReaderFormat *format, bool claimed)
    {
        m_format = format;
        m_claimed = claimed;
    }
    const struct ReaderFormat *format() const { return m_format; }
    bool formatClaimed() const { return m_claimed; }

    // Reading one piece of a file: lines are counted from the piece's start, and messages that
    // name a line wait for the piece's place in the file (Diagnostic::namedLine).
    void setPiece(bool piece) { m_piece = piece; }

private:
    TieSet &m_set;
    const std::uint16_t m_file;
    int m_unreadable = 0;
    bool m_piece = false;
    const struct ReaderFormat *m_format = nullptr;
    bool m_claimed = false;
};

// A round format. Gets every line of one input in order, then finish().
class Reader
{
public:
    virtual ~Reader() = default;
    virtual void readLine(const Line &line) = 0;
    // A line that could not be read as text (a NUL byte, too long) was skipped and reported:
    // whatever it interrupts is lost.
    virtual void skipLine() = 0;
    // The input ended.
    virtual void finish() = 0;
    // One piece of the input ended, and the next piece starts at line `nextLine` with a line
    // that pieceStart() chose: what the reader would say on reading that line about what it had
    // open, it says now. A format that can be read in pieces overrides this.
    virtual void finishBefore(std::uint32_t nextLine)
    {
        Q_UNUSED(nextLine);
        finish();
    }
};

// One entry of the reader table.
struct ReaderFormat
{
    const char *key; // "worldfootball"
    // Like QImageIOHandler::canRead: whether the input is this format's, from its first bytes
    // (UTF-8, the first TextLines::HeadBytes of it, possibly cut mid-line).
    bool (*canRead)(QByteArrayView head);
    std::unique_ptr<Reader> (*create)(ReadContext &context);
    // What the format looks like, for "no ties found": "a worldfootball.net round table, where a
    // tie is three lines ...".
    QString (*describe)();
    // Where in `window` (bytes from somewhere in the middle of the input, starting just after a
    // line break) a piece of the input may start: the offset of a line that puts a fresh reader
    // where the one reading up to it would be, or -1 when there is none. Null: the format
    // carries state across the whole input and is read in one piece.
    qsizetype (*pieceStart)(QByteArrayView window) = nullptr;
};

// The start of a line for a message: cut at a character boundary after a few dozen characters,
// with "…" when cut.
QString quoteText(const char *b, const char *e);
inline constexpr int QuoteChars = 60;

// Every format, in the order they are asked; the first is the fallback for input nobody claims.
std::span<const ReaderFormat> readerFormats();
// The format that claims `head`, or the fallback (worldfootball) when none does.
const ReaderFormat &formatFor(QByteArrayView head);
// The one that claims `head`, or null.
const ReaderFormat *claimingFormat(QByteArrayView head);

} // namespace tb
