// The results-file parser: streams bytes in chunks, splits lines, and reads ties by scanning bytes.
//
// The hot path never builds a QString: lines are byte ranges, numbers are parsed by hand, dates
// become julian days by arithmetic, and club names go straight from bytes into the ClubTable.
// QStrings are made only for messages and for club names seen for the first time.
#include "parser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <sys/mman.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tb {

namespace {

// More " - " separators than this in one line cannot be club names; it also bounds the work of
// matching the two legs' splits against each other.
constexpr int MaxSeparators = 64;
// A file of random bytes would otherwise produce one message per "line".
constexpr int MaxUnrecognisedReported = 1000;
// How much of a line a message quotes.
constexpr int QuoteChars = 60;

constexpr std::uintptr_t HugePage = std::uintptr_t(2) << 20;

// Asks for 2 MiB pages in the whole huge pages inside [p, p + n), before anything is written
// there. On a virtual machine a page fault per 4 KiB of ties costs more than reading them.
void adviseHugePages(void *p, std::size_t n)
{
#ifdef MADV_HUGEPAGE
    const auto begin = (reinterpret_cast<std::uintptr_t>(p) + HugePage - 1) & ~(HugePage - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(p) + n) & ~(HugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(p);
    Q_UNUSED(n);
#endif
}

// Makes room for at least `count` more ties without reallocating; the room not yet used costs
// address space only, since the kernel provides pages when they are first written.
void reserveTies(std::vector<Tie> &ties, std::size_t count)
{
    if (ties.capacity() - ties.size() >= count)
        return;
    ties.reserve(ties.size() + count);
    adviseHugePages(ties.data() + ties.size(), (ties.capacity() - ties.size()) * sizeof(Tie));
}

// The shortest real tie takes well over 100 bytes (three labels, two dates, three names).
constexpr qint64 MinBytesPerTie = 100;

// The read buffer, in huge pages when it is large: it is written once per chunk.
struct ChunkBuffer
{
    explicit ChunkBuffer(qint64 size)
    {
        if (size >= qint64(HugePage)) {
            const std::size_t rounded = (std::size_t(size) + HugePage - 1) & ~(HugePage - 1);
            data.reset(static_cast<char *>(std::aligned_alloc(HugePage, rounded)));
            if (data)
                adviseHugePages(data.get(), rounded);
        }
        if (!data)
            data.reset(static_cast<char *>(std::malloc(std::size_t(size))));
        if (!data)
            throw std::bad_alloc();
    }
    struct Free
    {
        void operator()(char *p) const { std::free(p); }
    };
    std::unique_ptr<char, Free> data;
};

// Reads a file one chunk ahead of the parser, in a thread of its own, so that copying the bytes
// from the kernel overlaps reading the ties. Two buffers take turns.
class ChunkReader
{
public:
    ChunkReader(QFile &file, qint64 chunk)
        : m_file(file), m_chunk(chunk), m_buffers{ChunkBuffer(chunk), ChunkBuffer(chunk)}
    {
        m_thread = std::thread([this] { run(); });
    }

    ~ChunkReader()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    ChunkReader(const ChunkReader &) = delete;
    ChunkReader &operator=(const ChunkReader &) = delete;

    // The next chunk: its size, 0 at the end of the file, -1 on a read error. `data` stays
    // valid until the next call.
    qint64 next(const char *&data)
    {
        std::unique_lock lock(m_mutex);
        if (m_holding) {
            m_full[m_current] = false;
            m_current ^= 1;
            m_holding = false;
            m_changed.notify_all();
        }
        m_changed.wait(lock, [this] { return m_full[m_current]; });
        m_holding = true;
        data = m_buffers[m_current].data.get();
        return m_sizes[m_current];
    }

private:
    void run()
    {
        for (int i = 0;; i ^= 1) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this, i] { return m_stop || !m_full[i]; });
                if (m_stop)
                    return;
            }
            const qint64 n = m_file.read(m_buffers[i].data.get(), m_chunk);
            {
                const std::lock_guard lock(m_mutex);
                m_sizes[i] = n;
                m_full[i] = true;
            }
            m_changed.notify_all();
            if (n <= 0)
                return;
        }
    }

    QFile &m_file;
    const qint64 m_chunk;
    ChunkBuffer m_buffers[2];
    qint64 m_sizes[2] = {0, 0};
    bool m_full[2] = {false, false};
    int m_current = 0;
    bool m_holding = false;
    bool m_stop = false;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_thread;
};

// A carriage return counts as a blank too: lines ending in "\r\r\n" come from files whose CRLF
// went through a second conversion.
inline bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

inline const char *skipBlanks(const char *p, const char *e)
{
    while (p < e && isBlank(*p))
        ++p;
    return p;
}

inline const char *trimBlanksRight(const char *b, const char *e)
{
    while (e > b && isBlank(e[-1]))
        --e;
    return e;
}

// Case-insensitive match of an ASCII word at p; returns the end of the match or nullptr.
inline const char *matchWord(const char *p, const char *e, const char *word)
{
    for (; *word; ++word, ++p) {
        if (p >= e || lower(*p) != *word)
            return nullptr;
    }
    return p;
}

bool equalsWord(const char *b, const char *e, const char *word)
{
    const char *end = matchWord(b, e, word);
    return end == e;
}

// Equality of two short byte runs without a call into the C library (names, labels).
inline bool sameBytes(const char *a, const char *b, std::size_t n)
{
    for (; n >= 8; a += 8, b += 8, n -= 8) {
        std::uint64_t x, y;
        std::memcpy(&x, a, 8);
        std::memcpy(&y, b, 8);
        if (x != y)
            return false;
    }
    for (; n > 0; ++a, ++b, --n) {
        if (*a != *b)
            return false;
    }
    return true;
}

inline bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && sameBytes(a.data(), b.data(), std::size_t(a.size()));
}

template<std::size_t N>
inline bool startsWith(const char *p, const char *e, const char (&literal)[N])
{
    return e - p >= qsizetype(N - 1) && sameBytes(p, literal, N - 1);
}

// "1st(1st leg)" or "2nd (2nd leg)", with any blanks around the parts and any letter case.
// Returns the position after the closing bracket, or nullptr.
const char *matchLabel(const char *p, const char *e, const char *ordinal)
{
    p = matchWord(p, e, ordinal);
    if (!p)
        return nullptr;
    p = skipBlanks(p, e);
    if (p >= e || *p != '(')
        return nullptr;
    p = skipBlanks(p + 1, e);
    p = matchWord(p, e, ordinal);
    if (!p)
        return nullptr;
    p = skipBlanks(p, e);
    p = matchWord(p, e, "leg");
    if (!p)
        return nullptr;
    p = skipBlanks(p, e);
    if (p >= e || *p != ')')
        return nullptr;
    return p + 1;
}

constexpr std::uint64_t HighBits = 0x8080808080808080ull;
constexpr std::uint64_t OneInEachByte = 0x0101010101010101ull;

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

enum class TextCheck { Ascii, Utf8, NotUtf8, Nul };

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
            const int high = _mm_movemask_epi8(v);
            if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())))
                break;
            if (high == 0) {
                p += 16;
                continue;
            }
            // As signed bytes: continuation 0x80..0xBF is -128..-65, a two-byte lead 0xC2..0xDF is -62..-33.
            const int continuations = _mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
            const int leads = _mm_movemask_epi8(
                _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)), _mm_cmplt_epi8(v, _mm_set1_epi8(-32))));
            if ((leads | continuations) != high || (leads & 0x8000) || ((leads << 1) & 0xFFFF) != continuations)
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

// Digits to a number that saturates just above `limit`, so any digit string is safe.
int parseNumber(const char *b, const char *e, int limit)
{
    int value = 0;
    for (const char *p = b; p < e; ++p) {
        value = value * 10 + (*p - '0');
        if (value > limit)
            return limit + 1;
    }
    return value;
}

bool allDigits(const char *b, const char *e)
{
    if (b >= e)
        return false;
    for (const char *p = b; p < e; ++p) {
        if (!isDigit(*p))
            return false;
    }
    return true;
}

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

// Proleptic Gregorian date to julian day number, the same numbering as QDate::toJulianDay().
std::int32_t julianDay(int y, int m, int d)
{
    const int a = (14 - m) / 12;
    const int yy = y + 4800 - a;
    const int mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

enum class ScoreError { None, Empty, NotNumbers, Negative, TooLarge };

ScoreError parseScore(const char *b, const char *e, Score &score)
{
    if (b >= e)
        return ScoreError::Empty;
    const auto *colon = static_cast<const char *>(std::memchr(b, ':', std::size_t(e - b)));
    if (!colon)
        return ScoreError::NotNumbers;
    const char *hb = b, *he = trimBlanksRight(b, colon);
    const char *ab = skipBlanks(colon + 1, e), *ae = e;
    if ((hb < he && *hb == '-' && allDigits(hb + 1, he)) || (ab < ae && *ab == '-' && allDigits(ab + 1, ae)))
        return ScoreError::Negative;
    if (!allDigits(hb, he) || !allDigits(ab, ae))
        return ScoreError::NotNumbers;
    const int home = parseNumber(hb, he, MaxGoals);
    const int away = parseNumber(ab, ae, MaxGoals);
    if (home > MaxGoals || away > MaxGoals)
        return ScoreError::TooLarge;
    score.home = std::int16_t(home);
    score.away = std::int16_t(away);
    return ScoreError::None;
}

struct StatusWord
{
    const char *text;
    LegStatus status;
};

constexpr StatusWord StatusWords[] = {
    {"abor.", LegStatus::Abandoned},    {"abor", LegStatus::Abandoned},
    {"annull.", LegStatus::Annulled},   {"annull", LegStatus::Annulled},
    {"resch.", LegStatus::Rescheduled}, {"resch", LegStatus::Rescheduled},
    {"wo", LegStatus::Walkover},        {"w/o", LegStatus::Walkover},
    {"w.o.", LegStatus::Walkover},      {"dnp", LegStatus::DidNotPlay},
    {"dec.", LegStatus::DecidedAtTable}, {"dec", LegStatus::DecidedAtTable},
};

// One line of the file as the tie reader sees it: UTF-8 bytes, no line break.
struct Line
{
    const char *data = nullptr;
    const char *end = nullptr;
    std::uint32_t number = 0;
    bool ascii = true;

    // 1-based column in characters of the byte at p.
    std::uint32_t column(const char *p) const
    {
        const auto bytes = std::uint32_t(p - data);
        if (ascii)
            return bytes + 1;
        // Characters are the bytes that are not UTF-8 continuation bytes (10xxxxxx).
        std::uint32_t continuations = 0;
        const char *q = data;
        for (; p - q >= 8; q += 8) {
            std::uint64_t w;
            std::memcpy(&w, q, 8);
            const std::uint64_t marks = (w & ~(w << 1) & HighBits) >> 7; // 1 in each continuation byte
            continuations += std::uint32_t((marks * OneInEachByte) >> 56);
        }
        for (; q < p; ++q)
            continuations += (std::uint8_t(*q) & 0xC0) == 0x80;
        return bytes - continuations + 1;
    }
};

// A leg line read, waiting for the rest of its tie. The club text is copied because the line's
// bytes do not outlive the chunk they came in.
struct LegText
{
    Leg leg;
    std::string clubs; // "HOME - AWAY" as written, trimmed
    std::vector<std::pair<std::uint32_t, std::uint32_t>> splits; // (end of left name, start of right name)
    std::uint32_t line = 0;
    std::uint32_t scoreColumn = 0;
    std::uint32_t clubsOffset = 0; // bytes from the start of the line; a column only if a message needs it
    bool inconsistent = false;
};

} // namespace

// Reads one file's bytes, pushed in pieces of any size, into a TieSet.
class FileReader
{
    Q_DECLARE_TR_FUNCTIONS(Parser)

public:
    FileReader(const ParseOptions &options, TieSet &set, std::uint16_t file)
        : m_options(options), m_set(set), m_file(file)
    {
    }

    void feed(const char *data, qsizetype size);
    void finish();

private:
    enum class Encoding { Undecided, Utf8, Utf16 };
    enum class State { ExpectLeg1, ExpectLeg2, ExpectDates, SkipTie };

    void decideEncoding(bool atEnd);
    void feedUtf8(const char *data, qsizetype size);
    void takeLine(const char *data, qsizetype size);
    void endLongLine();
    void readLine(const Line &line);
    void brokenLine();
    bool countUnreadable();

    bool readLeg(const Line &line, const char *p, LegText &out);
    bool readResult(const Line &line, const char *tokenBegin, const char *resultEnd, const char *bracketOpen,
                    const char *bracketClose, int suffix, const char *suffixWord, LegText &out);
    bool reportScoreError(const Line &line, const char *b, const char *e, ScoreError error);
    bool readDates(const Line &line, const char *p);
    bool readDateTime(const Line &line, const char *&p, const char *e, Leg &leg, bool first);
    bool matchClubs(const Line &line);
    void completeTie(const Line &datesLine, QByteArrayView winner, std::uint32_t winnerColumn);
    void incompleteTie(const Line *at);

    void report(Severity severity, std::uint32_t line, std::uint32_t column, const QString &message);
    void error(const Line &line, const char *at, const QString &message)
    {
        report(Severity::Error, line.number, at ? line.column(at) : 0, message);
    }
    void warning(const Line &line, const char *at, const QString &message)
    {
        report(Severity::Warning, line.number, at ? line.column(at) : 0, message);
    }
    static QString quote(const char *b, const char *e);

    const ParseOptions &m_options;
    TieSet &m_set;
    const std::uint16_t m_file;

    Encoding m_encoding = Encoding::Undecided;
    std::string m_head; // the first bytes, kept until the encoding is known
    QStringDecoder m_utf16;
    QByteArray m_utf16Bytes;

    std::string m_carry; // a line split across pieces
    bool m_skippingLong = false;
    qint64 m_longBytes = 0;
    std::uint32_t m_lineNumber = 0;
    std::string m_converted;
    bool m_warnedEncoding = false;
    int m_unrecognised = 0;

    State m_state = State::ExpectLeg1;
    LegText m_leg1, m_leg2;
    std::uint32_t m_home = 0, m_away = 0; // chosen split, as byte lengths into m_leg1.clubs
    std::uint32_t m_awayStart = 0;
};

void FileReader::report(Severity severity, std::uint32_t line, std::uint32_t column, const QString &message)
{
    Diagnostic d;
    d.file = m_file;
    d.line = line;
    d.column = column;
    d.severity = severity;
    d.message = message;
    m_set.diagnostics.push_back(std::move(d));
}

QString FileReader::quote(const char *b, const char *e)
{
    // Cut at a character boundary: never split a UTF-8 sequence in a message.
    const char *p = b;
    int chars = 0;
    while (p < e && chars < QuoteChars) {
        ++p;
        while (p < e && (std::uint8_t(*p) & 0xC0) == 0x80)
            ++p;
        ++chars;
    }
    QString text = QString::fromUtf8(b, p - b);
    if (p < e)
        text += u'…';
    return text;
}

void FileReader::feed(const char *data, qsizetype size)
{
    if (m_encoding == Encoding::Undecided) {
        m_head.append(data, std::size_t(size));
        if (m_head.size() < 512)
            return;
        decideEncoding(false);
        return;
    }
    if (m_encoding == Encoding::Utf16) {
        const QString text = m_utf16.decode(QByteArrayView(data, size));
        m_utf16Bytes = text.toUtf8();
        feedUtf8(m_utf16Bytes.constData(), m_utf16Bytes.size());
        return;
    }
    feedUtf8(data, size);
}

void FileReader::decideEncoding(bool atEnd)
{
    Q_UNUSED(atEnd);
    const auto *b = reinterpret_cast<const unsigned char *>(m_head.data());
    const std::size_t n = m_head.size();
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
    std::string head;
    head.swap(m_head);
    if (utf16 != QStringDecoder::Utf8) {
        m_encoding = Encoding::Utf16;
        m_utf16 = QStringDecoder(utf16);
        report(Severity::Warning, 0, 0,
               utf16 == QStringDecoder::Utf16LE ? tr("the file is UTF-16 (little endian) text, not UTF-8; read it as such")
                                                : tr("the file is UTF-16 (big endian) text, not UTF-8; read it as such"));
    } else {
        m_encoding = Encoding::Utf8;
    }
    feed(head.data(), qsizetype(head.size()));
}

void FileReader::feedUtf8(const char *data, qsizetype size)
{
    while (size > 0) {
        const auto *newline = static_cast<const char *>(std::memchr(data, '\n', std::size_t(size)));
        if (m_skippingLong) {
            if (!newline) {
                m_longBytes += size;
                return;
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
            return;
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
        size -= newline + 1 - data;
        data = newline + 1;
    }
}

void FileReader::endLongLine()
{
    ++m_lineNumber;
    report(Severity::Error, m_lineNumber, 0,
           tr("the line is %1 bytes long, more than the %2 bytes a line may have; it was skipped")
               .arg(m_longBytes)
               .arg(MaxLineBytes));
    m_skippingLong = false;
    m_longBytes = 0;
    brokenLine();
}

void FileReader::finish()
{
    if (m_encoding == Encoding::Undecided)
        decideEncoding(true);
    if (m_skippingLong)
        endLongLine();
    else if (!m_carry.empty())
        takeLine(m_carry.data(), qsizetype(m_carry.size())); // no final newline
    m_carry.clear();
    if (m_state == State::ExpectLeg2 || m_state == State::ExpectDates)
        incompleteTie(nullptr);
    m_state = State::ExpectLeg1;
}

void FileReader::takeLine(const char *data, qsizetype size)
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
        if (countUnreadable())
            error(line, nul, tr("the line contains a NUL byte (binary data, or text that is not UTF-8); it was skipped"));
        brokenLine();
        return;
    }
    if (check == TextCheck::NotUtf8) {
        if (!m_warnedEncoding) {
            m_warnedEncoding = true;
            report(Severity::Warning, m_lineNumber, 0,
                   tr("the file is not valid UTF-8 (first at line %1); read it as Windows-1252").arg(m_lineNumber));
        }
        cp1252ToUtf8(data, size, m_converted);
        line.data = m_converted.data();
        line.end = line.data + m_converted.size();
    }
    readLine(line);
}

void FileReader::brokenLine()
{
    // A tie one of whose lines cannot be read is lost, but only that tie.
    // When the broken line was itself a first leg, its second leg and dates line follow: they
    // are part of the same lost tie, not new problems.
    m_state = State::SkipTie;
}

// Whether to report one more line that is not part of the format; a binary file would
// otherwise produce a message for every few bytes.
bool FileReader::countUnreadable()
{
    ++m_unrecognised;
    if (m_unrecognised == MaxUnrecognisedReported + 1) {
        report(Severity::Error, m_lineNumber, 0,
               tr("more than %1 lines are not part of a tie; the ones from here on are not listed one by one")
                   .arg(MaxUnrecognisedReported));
    }
    return m_unrecognised <= MaxUnrecognisedReported;
}

void FileReader::incompleteTie(const Line *at)
{
    const QString missing = m_state == State::ExpectLeg2 ? tr("its second leg") : tr("its dates line");
    if (at) {
        error(*at, at->data,
              tr("the tie from line %1 is incomplete: expected %2 here; that tie was skipped")
                  .arg(m_leg1.line)
                  .arg(missing));
    } else {
        report(Severity::Error, m_leg1.line, 0,
               tr("the file ends before this tie is complete: %1 is missing; the tie was skipped").arg(missing));
    }
}

void FileReader::readLine(const Line &line)
{
    const char *p = skipBlanks(line.data, line.end);
    const char *e = line.end;
    if (p == e)
        return; // blank lines are allowed anywhere

    enum class Kind { Leg1, Leg2, Dates, Unknown } kind = Kind::Unknown;
    const char *rest = nullptr;
    // The labels as the site writes them are matched whole; variants take the slower way.
    const char *q = startsWith(p, e, "1st(1st leg)") ? p + 12 : matchLabel(p, e, "1st");
    if (q) {
        rest = skipBlanks(q, e);
        if (rest < e && *rest == ':') {
            kind = Kind::Dates;
            ++rest;
        } else {
            kind = Kind::Leg1;
        }
    } else if (const char *q2 = startsWith(p, e, "2nd (2nd leg)") ? p + 13 : matchLabel(p, e, "2nd")) {
        rest = skipBlanks(q2, e);
        kind = (rest < e && *rest == ':') ? Kind::Unknown : Kind::Leg2;
    }

    switch (kind) {
    case Kind::Unknown:
        if (countUnreadable()) {
            error(line, p,
                  tr("unrecognised line \"%1\": expected a tie's first leg \"1st(1st leg) HOME - AWAY 2:1 (1:0)\", "
                     "its second leg \"2nd (2nd leg) AWAY - HOME 1:1 (0:0)\" or its dates \"1st(1st leg): 03/07/2012 ...\"")
                      .arg(quote(p, e)));
        }
        return;
    case Kind::Leg1:
        if (m_state == State::ExpectLeg2 || m_state == State::ExpectDates)
            incompleteTie(&line);
        m_state = readLeg(line, rest, m_leg1) ? State::ExpectLeg2 : State::SkipTie;
        return;
    case Kind::Leg2:
        switch (m_state) {
        case State::ExpectLeg1:
            error(line, p,
                  tr("a second leg with no first leg before it: expected \"1st(1st leg) HOME - AWAY ...\" first; "
                     "this tie was skipped"));
            m_state = State::SkipTie;
            return;
        case State::ExpectDates:
            error(line, p,
                  tr("a second \"2nd (2nd leg)\" line for the tie from line %1: expected its dates line; that tie was skipped")
                      .arg(m_leg1.line));
            m_state = State::SkipTie;
            return;
        case State::SkipTie:
            return;
        case State::ExpectLeg2:
            m_state = (readLeg(line, rest, m_leg2) && matchClubs(line)) ? State::ExpectDates : State::SkipTie;
            return;
        }
        return;
    case Kind::Dates:
        switch (m_state) {
        case State::ExpectLeg1:
            error(line, p, tr("a dates line with no tie before it: expected the first leg \"1st(1st leg) HOME - AWAY ...\""));
            return;
        case State::ExpectLeg2:
            incompleteTie(&line);
            m_state = State::ExpectLeg1;
            return;
        case State::SkipTie:
            m_state = State::ExpectLeg1;
            return;
        case State::ExpectDates:
            readDates(line, rest);
            m_state = State::ExpectLeg1;
            return;
        }
        return;
    }
}

bool FileReader::reportScoreError(const Line &line, const char *b, const char *e, ScoreError scoreError)
{
    switch (scoreError) {
    case ScoreError::None:
        return true;
    case ScoreError::Empty:
        error(line, b, tr("expected a score such as 1:0 here"));
        break;
    case ScoreError::NotNumbers:
        error(line, b, tr("\"%1\" is not a score: expected the goals of each side in digits, such as 2:1").arg(quote(b, e)));
        break;
    case ScoreError::Negative:
        error(line, b, tr("\"%1\" is not a score: goals cannot be negative").arg(quote(b, e)));
        break;
    case ScoreError::TooLarge:
        error(line, b, tr("\"%1\" is not a score: more than %2 goals").arg(quote(b, e)).arg(MaxGoals));
        break;
    }
    return false;
}

bool FileReader::readLeg(const Line &line, const char *p, LegText &out)
{
    out.leg = Leg();
    out.line = line.number;
    out.inconsistent = false;
    const char *e = trimBlanksRight(p, line.end);
    p = skipBlanks(p, e);

    // The result is at the end of the line; everything before it is the two clubs.
    enum { NoSuffix, Aet, Pso } suffix = NoSuffix;
    const char *suffixWord = nullptr;
    if (e - p >= 4 && (isBlank(e[-4]) || e[-4] == ')')) {
        if (equalsWord(e - 3, e, "aet"))
            suffix = Aet;
        else if (equalsWord(e - 3, e, "pso"))
            suffix = Pso;
        if (suffix != NoSuffix) {
            suffixWord = e - 3;
            e = trimBlanksRight(p, e - 3);
        }
    }
    const char *bracketOpen = nullptr, *bracketClose = nullptr;
    if (e > p && e[-1] == ')') {
        bracketClose = e - 1;
        const void *open = memrchr(p, '(', std::size_t(bracketClose - p));
        if (!open) {
            error(line, bracketClose, tr("a closing bracket \")\" with no opening bracket before it"));
            return false;
        }
        bracketOpen = static_cast<const char *>(open);
        e = trimBlanksRight(p, bracketOpen);
    }
    const char *token = e;
    while (token > p && !isBlank(token[-1]))
        --token;
    if (token == e || token == p) {
        error(line, e == p ? e : p,
              tr("expected two clubs and a result, such as \"Víkingur - FK Gomel 0:6 (0:0)\""));
        return false;
    }
    if (!readResult(line, token, e, bracketOpen, bracketClose, suffix, suffixWord, out))
        return false;

    // The clubs: every " - " (blanks, a dash, blanks) is a place where the names may split.
    const char *clubsEnd = trimBlanksRight(p, token);
    out.clubs.assign(p, std::size_t(clubsEnd - p));
    out.clubsOffset = std::uint32_t(p - line.data);
    out.splits.clear();
    const char *c = out.clubs.data();
    const char *ce = c + out.clubs.size();
    for (const char *d = c; d < ce;) {
        const auto *dash = static_cast<const char *>(std::memchr(d, '-', std::size_t(ce - d)));
        if (!dash)
            break;
        d = dash + 1;
        if (dash == c || dash + 1 >= ce || !isBlank(dash[-1]) || !isBlank(dash[1]))
            continue;
        const char *leftEnd = trimBlanksRight(c, dash);
        const char *rightBegin = skipBlanks(dash + 1, ce);
        if (leftEnd == c || rightBegin == ce)
            continue;
        if (out.splits.size() == MaxSeparators) {
            error(line, p, tr("too many \" - \" separators to tell the two clubs apart; the tie was skipped"));
            return false;
        }
        out.splits.emplace_back(std::uint32_t(leftEnd - c), std::uint32_t(rightBegin - c));
    }
    if (out.splits.empty()) {
        error(line, p,
              tr("expected the two clubs separated by \" - \", such as \"Víkingur - FK Gomel\", found \"%1\"")
                  .arg(quote(c, ce)));
        return false;
    }
    return true;
}

bool FileReader::readResult(const Line &line, const char *tokenBegin, const char *resultEnd, const char *bracketOpen,
                            const char *bracketClose, int suffix, const char *suffixWord, LegText &out)
{
    Leg &leg = out.leg;
    out.scoreColumn = line.column(tokenBegin);

    // The main result: a score, "-:-" or a status word.
    Score main;
    bool hasMain = false;
    if (equalsWord(tokenBegin, resultEnd, "-:-")) {
        leg.status = LegStatus::NotPlayed;
    } else {
        bool found = false;
        for (const StatusWord &word : StatusWords) {
            if (isDigit(*tokenBegin))
                break;
            if (equalsWord(tokenBegin, resultEnd, word.text)) {
                leg.status = word.status;
                found = true;
                break;
            }
        }
        if (!found) {
            if (!std::memchr(tokenBegin, ':', std::size_t(resultEnd - tokenBegin))) {
                error(line, tokenBegin,
                      tr("expected a result at the end of the line, such as 2:1, 2:1 (1:0), -:- or a status word "
                         "such as abor., found \"%1\"")
                          .arg(quote(tokenBegin, resultEnd)));
                return false;
            }
            if (!reportScoreError(line, tokenBegin, resultEnd, parseScore(tokenBegin, resultEnd, main)))
                return false;
            hasMain = true;
            leg.status = LegStatus::Played;
        }
    }

    // The bracketed scores, comma separated.
    Score inBrackets[3];
    int count = 0;
    if (bracketOpen) {
        const char *b = bracketOpen + 1;
        while (true) {
            const auto *comma = static_cast<const char *>(std::memchr(b, ',', std::size_t(bracketClose - b)));
            const char *partEnd = comma ? comma : bracketClose;
            const char *sb = skipBlanks(b, partEnd);
            const char *se = trimBlanksRight(sb, partEnd);
            if (count == 3) {
                error(line, sb,
                      tr("more than three scores in brackets: expected at most half time, after 90 minutes and "
                         "after extra time"));
                return false;
            }
            if (!reportScoreError(line, sb, se, parseScore(sb, se, inBrackets[count])))
                return false;
            ++count;
            if (!comma)
                break;
            b = comma + 1;
        }
    }

    if (!hasMain) {
        // "-:-" or a status word: a bracketed score can only be the score so far.
        if (count >= 1)
            leg.halfTime = inBrackets[0];
        return true;
    }

    // Messages about the brackets point at them, or at the "aet"/"pso" that wanted them.
    const char *suffixAt = bracketOpen ? bracketOpen : suffixWord;
    if (suffix == 0) { // plain result: "F:A" or "F:A (h:a)"
        leg.fullTime = main;
        if (count >= 1)
            leg.halfTime = inBrackets[0];
        if (count >= 2) {
            warning(line, suffixAt,
                    tr("%1 scores in brackets but no \"aet\" or \"pso\" after them: read the first as the half-time "
                       "score and ignored the others")
                        .arg(count));
            out.inconsistent = true;
        }
        return true;
    }
    if (suffix == 1) { // "F:A (h:a, n:m) aet": the score after 120 minutes comes first
        leg.status = LegStatus::ExtraTime;
        leg.extraTime = main;
        if (count >= 1)
            leg.halfTime = inBrackets[0];
        if (count >= 2)
            leg.fullTime = inBrackets[1];
        if (count == 1) {
            warning(line, suffixAt,
                    tr("\"aet\" with only one score in brackets: read it as the half-time score; the score after "
                       "90 minutes is not given"));
            out.inconsistent = true;
        } else if (count == 0) {
            warning(line, suffixAt,
                    tr("\"aet\" without scores in brackets: the half-time score and the score after 90 minutes are "
                       "not given"));
            out.inconsistent = true;
        } else if (count == 3) {
            warning(line, suffixAt,
                    tr("three scores in brackets with \"aet\": expected half time and after 90 minutes; the third "
                       "was ignored"));
            out.inconsistent = true;
        }
        return true;
    }
    // "P:Q (h:a, n:m[, e:f]) pso": the shoot-out score comes first.
    leg.penalties = main;
    leg.status = count == 3 ? LegStatus::PenaltiesAfterExtraTime : LegStatus::PenaltiesAfter90;
    if (count >= 1)
        leg.halfTime = inBrackets[0];
    if (count >= 2)
        leg.fullTime = inBrackets[1];
    if (count == 3)
        leg.extraTime = inBrackets[2];
    if (count < 2) {
        warning(line, suffixAt,
                tr("\"pso\" with %1 score(s) in brackets: expected half time and after 90 minutes (and after extra "
                   "time, if it was played); the score before the shoot-out is not given")
                    .arg(count));
        out.inconsistent = true;
    }
    return true;
}

bool FileReader::matchClubs(const Line &line)
{
    // The second leg names the same clubs swapped; among all the ways both lines can be split
    // at " - ", take the one where that holds.
    const std::string &a = m_leg1.clubs;
    const std::string &b = m_leg2.clubs;
    for (const auto &[leftEnd1, rightBegin1] : m_leg1.splits) {
        const std::size_t homeLength = leftEnd1;
        const std::size_t awayLength = a.size() - rightBegin1;
        for (const auto &[leftEnd2, rightBegin2] : m_leg2.splits) {
            if (leftEnd2 != awayLength || b.size() - rightBegin2 != homeLength)
                continue;
            if (sameBytes(b.data(), a.data() + rightBegin1, awayLength)
                && sameBytes(b.data() + rightBegin2, a.data(), homeLength)) {
                m_home = std::uint32_t(homeLength);
                m_awayStart = rightBegin1;
                m_away = std::uint32_t(awayLength);
                return true;
            }
        }
    }
    const auto [l1, r1] = m_leg1.splits.front();
    const auto [l2, r2] = m_leg2.splits.front();
    const char *ad = a.data();
    const char *bd = b.data();
    report(Severity::Error, line.number, line.column(line.data + m_leg2.clubsOffset),
           tr("second leg names %1 - %2, but the first leg was %3 - %4; the tie was skipped")
               .arg(quote(bd, bd + l2), quote(bd + r2, bd + b.size()), quote(ad, ad + l1),
                    quote(ad + r1, ad + a.size())));
    return false;
}

bool FileReader::readDateTime(const Line &line, const char *&p, const char *e, Leg &leg, bool first)
{
    p = skipBlanks(p, e);
    // The site's own form, "DD/MM/YYYY HH:MM" or "DD/MM/YYYY", read at fixed places. Anything
    // else, and any date or time out of range, takes the general way below (which reports it).
    if (e - p >= 10 && p[2] == '/' && p[5] == '/' && isDigit(p[0]) && isDigit(p[1]) && isDigit(p[3])
        && isDigit(p[4]) && isDigit(p[6]) && isDigit(p[7]) && isDigit(p[8]) && isDigit(p[9])
        && (e - p == 10 || p[10] == ' ')) {
        const int day = (p[0] - '0') * 10 + (p[1] - '0');
        const int month = (p[3] - '0') * 10 + (p[4] - '0');
        const int year = (p[6] - '0') * 1000 + (p[7] - '0') * 100 + (p[8] - '0') * 10 + (p[9] - '0');
        const char *t = p + 11;
        const bool noTime = e - p == 10 || (t < e && !isDigit(*t) && !isBlank(*t)) || startsWith(t, e, "2nd");
        const bool simpleTime = e - t >= 5 && isDigit(t[0]) && isDigit(t[1]) && t[2] == ':' && isDigit(t[3])
            && isDigit(t[4]) && (e - t == 5 || isBlank(t[5]));
        const int hours = simpleTime ? (t[0] - '0') * 10 + (t[1] - '0') : 0;
        const int minutes = simpleTime ? (t[3] - '0') * 10 + (t[4] - '0') : 0;
        if (month >= 1 && month <= 12 && year >= 1 && day >= 1 && day <= daysInMonth(year, month)
            && (noTime || (simpleTime && hours <= 23 && minutes <= 59))) {
            leg.julianDay = julianDay(year, month, day);
            if (noTime) {
                p += 10;
            } else {
                leg.kickoffMinutes = std::int16_t(hours * 60 + minutes);
                p = t + 5;
            }
            return true;
        }
    }
    if (p >= e || !isDigit(*p)) {
        warning(line, p < e ? p : nullptr,
                first ? tr("no date for the first leg") : tr("no date for the second leg"));
        return true;
    }
    const char *b = p;
    while (p < e && !isBlank(*p))
        ++p;
    // DD/MM/YYYY (a dot also separates, as some exports write it).
    const char *s1 = b;
    while (s1 < p && isDigit(*s1))
        ++s1;
    const char *s2 = s1 < p ? s1 + 1 : p;
    while (s2 < p && isDigit(*s2))
        ++s2;
    const bool shapeOk = s1 < p && (*s1 == '/' || *s1 == '.') && s2 < p && *s2 == *s1 && s1 - b >= 1 && s1 - b <= 2
        && s2 - s1 - 1 >= 1 && s2 - s1 - 1 <= 2 && p - s2 - 1 == 4 && allDigits(s2 + 1, p);
    if (!shapeOk) {
        error(line, b, tr("\"%1\" is not a date: expected day/month/year, such as 03/07/2012; the tie was skipped")
                           .arg(quote(b, p)));
        return false;
    }
    const int day = parseNumber(b, s1, 99);
    const int month = parseNumber(s1 + 1, s2, 99);
    const int year = parseNumber(s2 + 1, p, 9999);
    if (month < 1 || month > 12 || year < 1) {
        error(line, b, tr("\"%1\" is not a date: there is no month %2; the tie was skipped").arg(quote(b, p)).arg(month));
        return false;
    }
    if (day < 1 || day > daysInMonth(year, month)) {
        error(line, b,
              tr("\"%1\" is not a date: that month has %2 days; the tie was skipped")
                  .arg(quote(b, p))
                  .arg(daysInMonth(year, month)));
        return false;
    }
    leg.julianDay = julianDay(year, month, day);

    // An optional kick-off time HH:MM.
    const char *t = skipBlanks(p, e);
    if (t < e && isDigit(*t) && !matchLabel(t, e, "2nd")) {
        const char *te = t;
        while (te < e && !isBlank(*te))
            ++te;
        const auto *colon = static_cast<const char *>(std::memchr(t, ':', std::size_t(te - t)));
        const bool timeShape = colon && colon - t >= 1 && colon - t <= 2 && te - colon == 3 && allDigits(t, colon)
            && allDigits(colon + 1, te);
        const int hours = timeShape ? parseNumber(t, colon, 99) : 99;
        const int minutes = timeShape ? parseNumber(colon + 1, te, 99) : 99;
        if (hours > 23 || minutes > 59) {
            error(line, t,
                  tr("\"%1\" is not a time of day: expected hours and minutes from 00:00 to 23:59; the tie was "
                     "skipped")
                      .arg(quote(t, te)));
            return false;
        }
        leg.kickoffMinutes = std::int16_t(hours * 60 + minutes);
        p = te;
    }
    return true;
}

bool FileReader::readDates(const Line &line, const char *p)
{
    const char *e = trimBlanksRight(p, line.end);
    Leg &leg1 = m_leg1.leg;
    Leg &leg2 = m_leg2.leg;
    if (!readDateTime(line, p, e, leg1, true))
        return false;
    p = skipBlanks(p, e);
    const char *afterLabel = matchLabel(p, e, "2nd");
    if (!afterLabel) {
        error(line, p < e ? p : nullptr,
              tr("expected \"2nd (2nd leg):\" and the second leg's date after the first leg's date, found \"%1\"; "
                 "the tie was skipped")
                  .arg(quote(p, e)));
        return false;
    }
    p = skipBlanks(afterLabel, e);
    if (p < e && *p == ':')
        ++p;
    if (!readDateTime(line, p, e, leg2, false))
        return false;
    p = skipBlanks(p, e);

    QByteArrayView winner; // empty: not stated
    std::uint32_t winnerColumn = 0;
    if (p == e) {
        warning(line, nullptr, tr("no \"Winner:\" at the end of the dates line; read the winner as not stated"));
    } else {
        const char *afterWinner = matchWord(p, e, "winner");
        if (afterWinner)
            afterWinner = skipBlanks(afterWinner, e);
        if (!afterWinner || afterWinner >= e || *afterWinner != ':') {
            error(line, p,
                  tr("expected \"Winner:\" and the winning club after the dates, found \"%1\"; the tie was skipped")
                      .arg(quote(p, e)));
            return false;
        }
        const char *name = skipBlanks(afterWinner + 1, e);
        winnerColumn = line.column(name);
        winner = QByteArrayView(name, e - name);
    }
    completeTie(line, winner, winnerColumn);
    return true;
}

void FileReader::completeTie(const Line &datesLine, QByteArrayView winner, std::uint32_t winnerColumn)
{
    Tie tie;
    tie.leg1 = m_leg1.leg;
    tie.leg2 = m_leg2.leg;
    const QByteArrayView home(m_leg1.clubs.data(), m_home);
    const QByteArrayView away(m_leg1.clubs.data() + m_awayStart, m_away);
    tie.home = m_set.clubs.intern(home);
    tie.away = m_set.clubs.intern(away);
    // The stated winner is nearly always one of the two clubs: no need to hash it again.
    tie.statedWinner = winner.isEmpty() ? NoClub
        : sameBytes(winner, home)      ? tie.home
        : sameBytes(winner, away)      ? tie.away
                                       : m_set.clubs.intern(winner);
    tie.line = m_leg1.line;
    tie.file = m_file;

    rules::TieSource source;
    source.file = m_file;
    source.leg1Line = m_leg1.line;
    source.leg2Line = m_leg2.line;
    source.datesLine = datesLine.number;
    source.leg1ScoreColumn = m_leg1.scoreColumn;
    source.leg2ScoreColumn = m_leg2.scoreColumn;
    source.winnerColumn = winnerColumn;
    rules::evaluate(tie, m_set.clubs, m_options.rules, source, m_set.diagnostics);
    if (m_set.ties.size() == m_set.ties.capacity())
        reserveTies(m_set.ties, m_set.ties.size()); // the estimate was short: double, in huge pages
    // evaluate() sets the flags from the rules; add what reading the scores already found odd.
    if (m_leg1.inconsistent || m_leg2.inconsistent)
        tie.flags |= InconsistentScore;
    m_set.ties.push_back(tie);
}

Parser::Parser(ParseOptions options)
    : m_options(std::move(options))
{
}

namespace {

struct FileScope
{
    TieSet &set;
    std::size_t firstTie;
    std::size_t firstDiagnostic;
    std::uint16_t index;

    FileScope(TieSet &s, const QString &path)
        : set(s), firstTie(s.ties.size()), firstDiagnostic(s.diagnostics.size()), index(std::uint16_t(s.files.size()))
    {
        SourceFile file;
        file.path = path;
        file.displayName = QFileInfo(path).fileName();
        if (file.displayName.isEmpty())
            file.displayName = path;
        set.files.push_back(std::move(file));
    }

    // Puts the file's diagnostics in line order (the rules report a tie's problems when its
    // last line is read) and counts them.
    void close()
    {
        auto begin = set.diagnostics.begin() + std::ptrdiff_t(firstDiagnostic);
        std::stable_sort(begin, set.diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
        SourceFile &file = set.files[index];
        file.tieCount = int(set.ties.size() - firstTie);
        file.errorCount = 0;
        file.warningCount = 0;
        for (auto it = begin; it != set.diagnostics.end(); ++it)
            (it->severity == Severity::Error ? file.errorCount : file.warningCount) += 1;
    }
};

} // namespace

ParseResult Parser::parseFile(const QString &path, TieSet &set)
{
    ParseResult result;
    FileScope scope(set, path);
    const auto fail = [&](const QString &message) {
        Diagnostic d;
        d.file = scope.index;
        d.message = message;
        set.diagnostics.push_back(std::move(d));
        result.readable = false;
        scope.close();
        return result;
    };

    const QFileInfo info(path);
    if (info.isDir())
        return fail(QCoreApplication::translate("Parser", "cannot read %1: it is a directory").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(QCoreApplication::translate("Parser", "cannot open %1: %2").arg(path, file.errorString()));

    const qint64 total = file.size();
    const qint64 chunk = std::max<qint64>(1, m_options.chunkSize);
    reserveTies(set.ties, std::size_t(total / MinBytesPerTie) + 16);
    // A file of one chunk is read right here; a larger one by a thread one chunk ahead.
    std::unique_ptr<ChunkBuffer> buffer;
    std::unique_ptr<ChunkReader> ahead;
    if (total > chunk)
        ahead = std::make_unique<ChunkReader>(file, chunk);
    else
        buffer = std::make_unique<ChunkBuffer>(chunk);
    FileReader reader(m_options, set, scope.index);
    qint64 done = 0;
    if (m_options.progress)
        m_options.progress(0, total);
    while (true) {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        const char *data = nullptr;
        qint64 n = 0;
        if (ahead) {
            n = ahead->next(data);
        } else {
            n = file.read(buffer->data.get(), chunk);
            data = buffer->data.get();
        }
        if (n < 0) {
            ahead.reset();
            return fail(QCoreApplication::translate("Parser", "cannot read %1: %2").arg(path, file.errorString()));
        }
        if (n == 0)
            break;
        reader.feed(data, n);
        done += n;
        if (m_options.progress) // once per chunk: every 4 MiB by default
            m_options.progress(done, std::max(total, done));
    }
    if (!result.cancelled) {
        reader.finish();
        if (m_options.progress)
            m_options.progress(done, std::max(total, done));
    }
    if (!result.cancelled && set.ties.size() == scope.firstTie) {
        Diagnostic d;
        d.file = scope.index;
        d.severity = Severity::Warning;
        d.message = QCoreApplication::translate("Parser", "no ties found in %1").arg(path);
        set.diagnostics.push_back(std::move(d));
    }
    scope.close();
    return result;
}

ParseResult Parser::parseBytes(const QByteArray &bytes, const QString &name, TieSet &set)
{
    ParseResult result;
    FileScope scope(set, name);
    FileReader reader(m_options, set, scope.index);
    const qint64 total = bytes.size();
    reserveTies(set.ties, std::size_t(total / MinBytesPerTie) + 16);
    const qint64 chunk = std::max<qint64>(1, m_options.chunkSize);
    for (qint64 done = 0; done < total; done += chunk) {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        reader.feed(bytes.constData() + done, std::min(chunk, total - done));
        if (m_options.progress)
            m_options.progress(std::min(done + chunk, total), total);
    }
    if (!result.cancelled) {
        reader.finish();
        if (set.ties.size() == scope.firstTie) {
            Diagnostic d;
            d.file = scope.index;
            d.severity = Severity::Warning;
            d.message = QCoreApplication::translate("Parser", "no ties found in %1").arg(name);
            set.diagnostics.push_back(std::move(d));
        }
    }
    scope.close();
    return result;
}

} // namespace tb
