// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes to text lines: decides the encoding, checks UTF-8 a line at a time, splits lines, skips over-long ones.
//
// The hot path never builds a QString: a line is a byte range handed to the reader as it lies
// in the chunk, unless it was split across two chunks.
#include "textlines.h"

#include <QCoreApplication>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define TB_WIDER_SCANS 1
#endif

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>

namespace tb {

namespace {

using bytes::HighBits;
using bytes::OneInEachByte;

// Length of the valid UTF-8 sequence starting with the non-ASCII byte at p, or 0 if it is not
// one (overlong forms, surrogates and code points above U+10FFFF are not valid either).
inline int utf8SequenceLength(const unsigned char *p, const unsigned char *e)
{
    const unsigned char c = p[0];
    const auto continuation = [](unsigned char b) { return (b & 0xC0) == 0x80; };
    if (c < 0xC2)
        return 0;
    if (c < 0xE0)
        return e - p >= 2 && continuation(p[1]) ? 2 : 0;
    if (c < 0xF0) {
        if (e - p < 3 || !continuation(p[1]) || !continuation(p[2]))
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))
            return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (e - p < 4 || !continuation(p[1]) || !continuation(p[2]) || !continuation(p[3]))
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

#ifdef __SSE2__
// Whether the sixteen bytes `v` with the high bits `high` are whole two-byte sequences between
// ASCII: a lead byte before each continuation byte, none at the block's end. Both ways through
// a chunk (checkText(), TextLines::takeCleanLines()) take such a block whole.
// The continuation bytes (0x80..0xBF) and the two-byte lead bytes (0xC2..0xDF) of sixteen bytes,
// one bit a byte. As signed bytes: a continuation is -128..-65, a two-byte lead -62..-33.
inline unsigned continuationBytes(__m128i v)
{
    return unsigned(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64))));
}

inline unsigned twoByteLeads(__m128i v)
{
    return unsigned(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)), _mm_cmplt_epi8(v, _mm_set1_epi8(-32)))));
}

inline bool twoByteSequencesOnly(__m128i v, unsigned high)
{
    const unsigned continuations = continuationBytes(v);
    const unsigned leads = twoByteLeads(v);
    return (leads | continuations) == high && !(leads & 0x8000U) && ((leads << 1) & 0xFFFFU) == continuations;
}

// Sixty-four bytes seen at once: whether they hold no NUL and no bytes but ASCII and whole
// two-byte sequences (none cut by the block's end), and where the line breaks and the bytes
// above 0x7F are, one bit a byte.
struct CleanBlock
{
    bool clean = false;
    std::uint64_t lineBreaks = 0;
    std::uint64_t high = 0;
};

// As twoByteSequencesOnly(), over sixty-four bytes, one bit a byte: each lead byte followed by
// one continuation byte, none at the end, and no other byte above 0x7F.
inline bool onlyWholeTwoByteSequences(std::uint64_t high, std::uint64_t leads, std::uint64_t continuations)
{
    return (((leads | continuations) ^ high) | (leads >> 63) | ((leads << 1) ^ continuations)) == 0;
}

// How takeCleanLines() sees sixty-four bytes: four SSE2 compares of sixteen, or (TB_WIDER_SCANS)
// two AVX2 compares of thirty-two where the processor has AVX2. That one is compiled for its
// instructions only (the rest of the program stays x86-64) and only called where
// TextLines::scanWidth() found them. One AVX-512 compare was measured too: no faster than AVX2
// on a fourth-generation Zen, so it is not here.
struct Sse2Blocks
{
    static CleanBlock clean(const char *p)
    {
        std::uint64_t high = 0, leads = 0, continuations = 0, lineBreaks = 0;
        __m128i zeros = _mm_setzero_si128();
        // Unrolled, so that each block's bits are shifted by a constant: GCC otherwise keeps the loop,
        // with variable shifts and its vectors spilled to the stack.
#pragma GCC unroll 4
        for (std::ptrdiff_t i = 0; i < 4; ++i) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * i));
            const auto shift = int(16 * i);
            high |= std::uint64_t(unsigned(_mm_movemask_epi8(v))) << shift;
            continuations |= std::uint64_t(continuationBytes(v)) << shift;
            leads |= std::uint64_t(twoByteLeads(v)) << shift;
            lineBreaks |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))))) << shift;
            zeros = _mm_or_si128(zeros, _mm_cmpeq_epi8(v, _mm_setzero_si128()));
        }
        const bool clean = _mm_movemask_epi8(zeros) == 0 && onlyWholeTwoByteSequences(high, leads, continuations);
        return CleanBlock{clean, lineBreaks, high};
    }
};
#endif

#ifdef TB_WIDER_SCANS
struct Avx2Blocks
{
    [[gnu::target("avx2,bmi,bmi2")]] static CleanBlock clean(const char *p)
    {
        std::uint64_t high = 0, leads = 0, continuations = 0, lineBreaks = 0;
        __m256i zeros = _mm256_setzero_si256();
#pragma GCC unroll 2
        for (std::ptrdiff_t i = 0; i < 2; ++i) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32 * i));
            const auto shift = int(32 * i);
            // (No lambda for the mask: a lambda does not have the function's target.)
            high |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(v))) << shift;
            continuations
                |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_set1_epi8(-64), v))))
                << shift;
            leads |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_and_si256(
                         _mm256_cmpgt_epi8(v, _mm256_set1_epi8(-63)), _mm256_cmpgt_epi8(_mm256_set1_epi8(-32), v)))))
                << shift;
            lineBreaks
                |= std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n')))))
                << shift;
            zeros = _mm256_or_si256(zeros, _mm256_cmpeq_epi8(v, _mm256_setzero_si256()));
        }
        const bool clean = _mm256_testz_si256(zeros, zeros) && onlyWholeTwoByteSequences(high, leads, continuations);
        return CleanBlock{clean, lineBreaks, high};
    }
};
#endif

enum class TextCheck {
    Ascii,
    Utf8,
    NotUtf8,
    Nul
};

// One pass over a line: NUL bytes, plain ASCII, valid UTF-8 or not. Runs of ASCII without NUL
// are checked eight bytes at a time, since most of a line is ASCII even in Icelandic.
TextCheck checkText(const char *s, qsizetype n, const char *&nul)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s);
    const unsigned char *e = p + n;
    bool ascii = true;
    bool valid = true;
    while (p < e) {
#ifdef __SSE2__
        // Sixteen bytes at a time: plain ASCII, or ASCII mixed with two-byte sequences (the
        // accented Latin letters of most club names). Anything else goes byte by byte below.
        while (e - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const auto high = unsigned(_mm_movemask_epi8(v));
            if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())))
                break;
            if (high == 0) {
                p += 16;
                continue;
            }
            if (!twoByteSequencesOnly(v, high))
                break;
            ascii = false;
            p += 16;
        }
#endif
        while (e - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            if ((((w - OneInEachByte) & ~w) | w) & HighBits)
                break; // a zero byte or a byte with the high bit set
            p += 8;
        }
        if (p >= e)
            break;
        const unsigned char c = *p;
        if (c == 0) {
            nul = reinterpret_cast<const char *>(p);
            return TextCheck::Nul;
        }
        if (c < 0x80) {
            ++p;
            continue;
        }
        ascii = false;
        const int length = valid ? utf8SequenceLength(p, e) : 0;
        if (length == 0) {
            valid = false; // keep looking for a NUL, which matters more
            ++p;
        } else {
            p += length;
        }
    }
    return ascii ? TextCheck::Ascii : valid ? TextCheck::Utf8 : TextCheck::NotUtf8;
}

// Windows-1252 bytes 0x80..0x9F; the five undefined ones map to the C1 controls, as browsers do.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void cp1252ToUtf8(const char *s, qsizetype n, std::string &out)
{
    out.clear();
    out.reserve(std::size_t(n) * 2);
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = std::uint8_t(s[i]);
        std::uint32_t cp = c;
        if (c >= 0x80 && c < 0xA0)
            cp = Cp1252High[c - 0x80];
        if (cp < 0x80) {
            out.push_back(char(cp));
        } else if (cp < 0x800) {
            out.push_back(char(0xC0 | (cp >> 6)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(char(0xE0 | (cp >> 12)));
            out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        }
    }
}

bool processorHas(TextLines::ScanWidth width)
{
    switch (width) {
    case TextLines::ScanWidth::Sse2: return true;
#ifdef TB_WIDER_SCANS
    case TextLines::ScanWidth::Avx2:
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2");
#else
    case TextLines::ScanWidth::Avx2: return false;
#endif
    }
    return false;
}

constexpr TextLines::ScanWidth AllScanWidths[] = {TextLines::ScanWidth::Sse2, TextLines::ScanWidth::Avx2};

// The widest the processor has, or the one TIEBROWSER_SCAN names if the processor has it.
TextLines::ScanWidth startingScanWidth()
{
    const QList<TextLines::ScanWidth> available = TextLines::availableScanWidths();
    const QByteArray asked = qgetenv("TIEBROWSER_SCAN").trimmed().toLower();
    for (const TextLines::ScanWidth width : available) {
        if (asked == TextLines::scanWidthName(width).toLatin1())
            return width;
    }
    return available.back();
}

std::atomic<TextLines::ScanWidth> &currentScanWidth()
{
    static std::atomic<TextLines::ScanWidth> width{startingScanWidth()};
    return width;
}

} // namespace

TextLines::ScanWidth TextLines::scanWidth()
{
    return currentScanWidth().load(std::memory_order_relaxed);
}

QList<TextLines::ScanWidth> TextLines::availableScanWidths()
{
    QList<ScanWidth> widths;
    for (const ScanWidth width : AllScanWidths) {
        if (processorHas(width))
            widths.append(width);
    }
    return widths;
}

bool TextLines::setScanWidth(ScanWidth width)
{
    if (!processorHas(width))
        return false;
    currentScanWidth().store(width, std::memory_order_relaxed);
    return true;
}

QString TextLines::scanWidthName(ScanWidth width)
{
    switch (width) {
    case ScanWidth::Sse2: return QStringLiteral("sse2");
    case ScanWidth::Avx2: return QStringLiteral("avx2");
    }
    return {};
}

TextLines::TextLines(ReadContext &context, Chooser choose)
    : m_context(context)
    , m_choose(choose)
{ }

TextLines::TextLines(ReadContext &context, std::unique_ptr<Reader> reader)
    : m_context(context)
    , m_choose(nullptr)
    , m_reader(std::move(reader))
    , m_encoding(Encoding::Utf8)
{ }

TextLines::~TextLines() = default;

std::unique_ptr<Reader> TextLines::fromTable(QByteArrayView head, ReadContext &context)
{
    const ReaderFormat *claiming = claimingFormat(head);
    const ReaderFormat &format = claiming ? *claiming : readerFormats().front(); // the fallback
    context.setFormat(&format, claiming != nullptr);
    return format.create(context);
}

void TextLines::feed(const char *data, qsizetype size)
{
    if (m_encoding == Encoding::Undecided) {
        m_head.append(data, std::size_t(size));
        if (qsizetype(m_head.size()) < HeadBytes)
            return;
        decideEncoding();
        return;
    }
    if (m_encoding == Encoding::Utf16) {
        feedUtf16(m_utf16.decode(QByteArrayView(data, size)), false);
        return;
    }
    feedUtf8(data, size);
}

void TextLines::feedUtf16(QString text, bool last)
{
    // A character beyond the BMP is two UTF-16 units, and a chunk may end between them: the first
    // waits for the second, or toUtf8() would make each half a replacement character (a club name
    // changed by where the chunk ended).
    if (!m_highSurrogate.isNull()) {
        text.prepend(m_highSurrogate);
        m_highSurrogate = QChar();
    }
    if (!last && !text.isEmpty() && text.back().isHighSurrogate()) {
        m_highSurrogate = text.back();
        text.chop(1);
    }
    m_utf16Bytes = text.toUtf8();
    feedUtf8(m_utf16Bytes.constData(), m_utf16Bytes.size());
}

void TextLines::decideEncoding()
{
    std::string head;
    head.swap(m_head);
    decideOn(QByteArrayView(head.data(), qsizetype(head.size())));
    feed(head.data(), qsizetype(head.size()));
}

void TextLines::decideOn(QByteArrayView head)
{
    const auto *b = reinterpret_cast<const unsigned char *>(head.data());
    const std::size_t n = std::min<std::size_t>(std::size_t(head.size()), HeadBytes);
    QStringDecoder::Encoding utf16 = QStringDecoder::Utf8;
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE) {
        utf16 = QStringDecoder::Utf16LE;
    } else if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF) {
        utf16 = QStringDecoder::Utf16BE;
    } else if (n >= 4) {
        // No byte-order mark: UTF-16 text of mostly Latin letters has a zero in every other byte.
        std::size_t pairs = n / 2, le = 0, be = 0;
        for (std::size_t i = 0; i + 1 < n; i += 2) {
            le += b[i] != 0 && b[i + 1] == 0;
            be += b[i] == 0 && b[i + 1] != 0;
        }
        if (le * 10 >= pairs * 6 && be * 10 < pairs)
            utf16 = QStringDecoder::Utf16LE;
        else if (be * 10 >= pairs * 6 && le * 10 < pairs)
            utf16 = QStringDecoder::Utf16BE;
    }
    if (utf16 != QStringDecoder::Utf8) {
        m_encoding = Encoding::Utf16;
        m_utf16 = QStringDecoder(utf16);
        // The reader is chosen on the text, not on its UTF-16 bytes.
        QStringDecoder headDecoder(utf16);
        const QByteArray text = QString(headDecoder.decode(head.first(qsizetype(n)))).toUtf8();
        m_reader = m_choose(text, m_context);
        m_context.report(Severity::Warning, 0, 0,
                         utf16 == QStringDecoder::Utf16LE
                             ? tr("the file is UTF-16 (little endian) text, not UTF-8; read it as such")
                             : tr("the file is UTF-16 (big endian) text, not UTF-8; read it as such"));
    } else {
        m_encoding = Encoding::Utf8;
        m_reader = m_choose(head.first(qsizetype(n)), m_context);
    }
}

void TextLines::feedUtf8(const char *data, qsizetype size)
{
    const char *end = data + size;
    while (data < end) {
        if (!m_skippingLong && m_carry.empty()) {
            data = takeCleanLines(data, end);
            if (data == end)
                return;
        }
        // What the fast way left: the rest of a line begun in the chunk before, a line it found
        // something in, or the bytes after the last line break.
        data = takeOneLine(data, end);
    }
}

template<typename Blocks>
[[gnu::always_inline]] inline const char *TextLines::takeCleanLinesWith(const char *data, const char *end)
{
    const char *lineStart = data;
    const char *p = data;
    // Bytes from `data` to the last byte at or above 0x80 seen: a line starting after it is ASCII.
    qsizetype lastHigh = -1;
    // Hands the line ending at `newline` to the reader, unless it starts with a byte-order mark,
    // which the careful way strips.
    const auto take = [&](const char *newline) {
        const qsizetype length = newline - lineStart;
        if (length >= 3 && lineStart[0] == '\xEF' && lineStart[1] == '\xBB' && lineStart[2] == '\xBF')
            return false;
        if (length > MaxLineBytes) {
            m_longBytes = length;
            endLongLine();
        } else {
            takeCheckedLine(lineStart, length, lastHigh < lineStart - data);
        }
        lineStart = newline + 1;
        return true;
    };
    while (p < end) {
#ifdef __SSE2__
        // Sixteen bytes at a time: the line breaks, and whether the bytes are plain ASCII or ASCII
        // mixed with whole two-byte sequences (most club names' accented letters). Anything else
        // (a NUL, a longer sequence, one cut by the block's end) takes the byte-wise way below.
        const __m128i lineBreak = _mm_set1_epi8('\n');
        // Sixty-four bytes at a time first: one test for the four blocks, and one loop over their
        // line breaks, where blocks of sixteen take a few branches each, their outcomes as random
        // as the club names.
        while (end - p >= 64) {
            const CleanBlock block = Blocks::clean(p);
            if (!block.clean)
                break;
            const qsizetype offset = p - data;
            for (std::uint64_t breaks = block.lineBreaks; breaks; breaks &= breaks - 1) {
                const int at = std::countr_zero(breaks);
                // Whether the line has a byte above 0x7F before this break is as random as the
                // names, so it is chosen by a mask, not a branch ("| 1": any bit, when there is none;
                // GCC makes a branch of the plain ternary).
                const std::uint64_t before = block.high & ((std::uint64_t(1) << at) - 1);
                const qsizetype lastHighBefore = offset + 63 - std::countl_zero(before | 1);
                const qsizetype chosen = -qsizetype(before != 0);
                lastHigh = (lastHighBefore & chosen) | (lastHigh & ~chosen);
                if (!take(p + at))
                    return lineStart;
            }
            if (block.high)
                lastHigh = offset + 63 - std::countl_zero(block.high);
            p += 64;
        }
        while (end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const auto high = unsigned(_mm_movemask_epi8(v));
            if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())))
                break;
            if (high && !twoByteSequencesOnly(v, high))
                break;
            for (auto breaks = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lineBreak))); breaks;
                 breaks &= breaks - 1) {
                const int at = std::countr_zero(breaks);
                if (const unsigned before = high & ((1U << at) - 1))
                    lastHigh = (p - data) + 31 - std::countl_zero(before);
                if (!take(p + at))
                    return lineStart;
            }
            if (high)
                lastHigh = (p - data) + 31 - std::countl_zero(high);
            p += 16;
        }
#endif
        // Byte by byte, to the end of the block the wide way stopped at.
        for (const char *stop = std::min(end, p + 16); p < stop;) {
            const auto c = static_cast<unsigned char>(*p);
            if (c == '\n') {
                if (!take(p))
                    return lineStart;
                ++p;
            } else if (c == 0) {
                return lineStart;
            } else if (c < 0x80) {
                ++p;
            } else {
                const int length = utf8SequenceLength(reinterpret_cast<const unsigned char *>(p),
                                                      reinterpret_cast<const unsigned char *>(end));
                if (length == 0)
                    return lineStart; // not UTF-8, or a sequence the chunk cuts
                p += length;
                lastHigh = (p - data) - 1;
            }
        }
    }
    return lineStart;
}

const char *TextLines::takeCleanLines(const char *data, const char *end)
{
#ifdef TB_WIDER_SCANS
    switch (m_scan) {
    case ScanWidth::Avx2: return takeCleanLinesAvx2(data, end);
    case ScanWidth::Sse2: break;
    }
#endif
#ifdef __SSE2__
    return takeCleanLinesWith<Sse2Blocks>(data, end);
#else
    return takeCleanLinesWith<void>(data, end);
#endif
}

#ifdef TB_WIDER_SCANS
// The same loop compiled for the wider instructions, with the blocks seen their way inlined in it.
[[gnu::target("avx2,bmi,bmi2")]] const char *TextLines::takeCleanLinesAvx2(const char *data, const char *end)
{
    return takeCleanLinesWith<Avx2Blocks>(data, end);
}
#endif

const char *TextLines::takeOneLine(const char *data, const char *end)
{
    const qsizetype size = end - data;
    const auto *newline = static_cast<const char *>(std::memchr(data, '\n', std::size_t(size)));
    if (m_skippingLong) {
        if (!newline) {
            m_longBytes += size;
            return end;
        }
        m_longBytes += newline - data;
        endLongLine();
    } else if (!newline) {
        if (qint64(m_carry.size()) + size > MaxLineBytes) {
            m_skippingLong = true;
            m_longBytes = qint64(m_carry.size()) + size;
            m_carry.clear();
            m_carry.shrink_to_fit();
        } else {
            m_carry.append(data, std::size_t(size));
        }
        return end;
    } else {
        const qsizetype length = newline - data;
        if (qint64(m_carry.size()) + length > MaxLineBytes) {
            m_longBytes = qint64(m_carry.size()) + length;
            m_carry.clear();
            endLongLine();
        } else if (m_carry.empty()) {
            takeLine(data, length);
        } else {
            m_carry.append(data, std::size_t(length));
            takeLine(m_carry.data(), qsizetype(m_carry.size()));
            m_carry.clear();
        }
    }
    return newline + 1;
}

void TextLines::endLongLine()
{
    ++m_lineNumber;
    m_context.report(Severity::Error, m_lineNumber, 0,
                     tr("the line is %1 bytes long, more than the %2 bytes a line may have; it was skipped")
                         .arg(m_longBytes)
                         .arg(MaxLineBytes));
    m_skippingLong = false;
    m_longBytes = 0;
    m_reader->skipLine();
}

void TextLines::takeTheRest()
{
    if (m_encoding == Encoding::Undecided)
        decideEncoding();
    if (!m_highSurrogate.isNull())
        feedUtf16(QString(), true); // one alone at the end of the input
    if (m_skippingLong)
        endLongLine();
    else if (!m_carry.empty())
        takeLine(m_carry.data(), qsizetype(m_carry.size())); // no final newline
    m_carry.clear();
}

void TextLines::finish()
{
    takeTheRest();
    m_reader->finish();
}

void TextLines::finishPiece()
{
    // A piece ends after a line break, right before the line the next piece starts with.
    takeTheRest();
    m_reader->finishBefore(m_lineNumber + 1);
}

void TextLines::takeLine(const char *data, qsizetype size)
{
    ++m_lineNumber;
    if (size > 0 && data[size - 1] == '\r')
        --size;
    if (size >= 3 && data[0] == '\xEF' && data[1] == '\xBB' && data[2] == '\xBF') {
        data += 3;
        size -= 3;
    }
    Line line;
    line.data = data;
    line.end = data + size;
    line.number = m_lineNumber;
    const char *nul = nullptr;
    const TextCheck check = checkText(data, size, nul);
    line.ascii = check == TextCheck::Ascii;
    if (check == TextCheck::Nul) {
        if (m_context.countUnreadable(m_lineNumber)) {
            m_context.report(
                Severity::Error, m_lineNumber, line.column(nul),
                tr("the line contains a NUL byte (binary data, or text that is not UTF-8); it was skipped"));
        }
        m_reader->skipLine();
        return;
    }
    if (check == TextCheck::NotUtf8) {
        if (!m_warnedEncoding) {
            m_warnedEncoding = true;
            m_context.report(
                Severity::Warning, m_lineNumber, 0,
                tr("the file is not valid UTF-8 (first at line %1); read it as Windows-1252").arg(m_lineNumber));
        }
        cp1252ToUtf8(data, size, m_converted);
        line.data = m_converted.data();
        line.end = line.data + m_converted.size();
    }
    m_reader->readLine(line);
}

void TextLines::takeCheckedLine(const char *data, qsizetype size, bool ascii)
{
    ++m_lineNumber;
    if (size > 0 && data[size - 1] == '\r')
        --size;
    Line line;
    line.data = data;
    line.end = data + size;
    line.number = m_lineNumber;
    line.ascii = ascii;
    m_reader->readLine(line);
}

} // namespace tb
