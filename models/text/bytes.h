// SPDX-License-Identifier: GPL-3.0-or-later
// Byte helpers shared by the round readers and the club table: blanks, digits, words, numbers, dates.
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tb::bytes {

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

// Case-insensitive match of an ASCII word (given in lower case) at p; returns the end of the
// match or nullptr.
inline const char *matchWord(const char *p, const char *e, const char *word)
{
    for (; *word; ++word, ++p) {
        if (p >= e || lower(*p) != *word)
            return nullptr;
    }
    return p;
}

// Whether [b, e) is exactly `word`, in any letter case.
inline bool equalsWord(const char *b, const char *e, const char *word)
{
    return matchWord(b, e, word) == e;
}

inline std::uint64_t load64(const char *p)
{
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

inline std::uint32_t load32(const char *p)
{
    std::uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
}

// The smaller of n and limit, computed with masks: GCC makes a branch of std::min() in some
// places, and where n is a name's length that branch goes one way or the other at random.
inline std::size_t atMost(std::size_t n, std::size_t limit)
{
    const std::size_t over = std::size_t(0) - std::size_t(n > limit); // all ones when n > limit
    return (limit & over) | (n & ~over);
}

// The four words that cover a run of 8 to 32 bytes: its first and last eight bytes and two
// between, moved back where the run is short. Where they start depends on the length alone, so
// two runs of one length are equal when their four words are (sameBytes()), and a name is
// hashed by them (ClubTable) without a loop whose exit is as random as the names' lengths.
struct FourWords
{
    std::uint64_t words[4];
};

inline FourWords fourWords(const char *p, std::size_t n)
{
    const std::size_t second = atMost(n - 8, 8), third = atMost(n - 8, 16);
    return FourWords{{load64(p), load64(p + second), load64(p + third), load64(p + n - 8)}};
}

// Equality of two short byte runs without a call into the C library (names, labels). The tail
// is one load that overlaps the words before it, not a loop of bytes: a byte loop's exit, at a
// different length for every name, is a branch mispredicted about once a call.
// Always inlined: the length is often a constant where it is called (labels), and the call would
// cost more than the compare.
[[gnu::always_inline]] inline bool sameBytes(const char *a, const char *b, std::size_t n)
{
    if (n >= 8 && n <= 32) {
        // Most club names: four words cover every byte without a branch on the length, where a
        // loop of eight bytes at a time exits after one to four rounds.
        const FourWords x = fourWords(a, n), y = fourWords(b, n);
        return ((x.words[0] ^ y.words[0]) | (x.words[1] ^ y.words[1]) | (x.words[2] ^ y.words[2])
                | (x.words[3] ^ y.words[3]))
            == 0;
    }
    if (n >= 8) {
        for (std::size_t i = 8; i < n; i += 8, a += 8, b += 8) {
            if (load64(a) != load64(b))
                return false;
        }
        const std::size_t rest = n - (n - 1) / 8 * 8; // 1 to 8 bytes left at a and b
        return load64(a + rest - 8) == load64(b + rest - 8);
    }
    if (n >= 4)
        return ((load32(a) ^ load32(b)) | (load32(a + n - 4) ^ load32(b + n - 4))) == 0;
    // 0 to 3 bytes: the first, the middle and the last cover them all.
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

inline bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && sameBytes(a.data(), b.data(), std::size_t(a.size()));
}

// The first `c` in [b, e), or nullptr; and the last. Plain loops for the few bytes of a score,
// a result or a bracket, where a call into the C library costs more than the search.
inline const char *findInShort(const char *b, const char *e, char c)
{
    for (; b < e; ++b) {
        if (*b == c)
            return b;
    }
    return nullptr;
}

inline const char *findLastInShort(const char *b, const char *e, char c)
{
    while (e > b) {
        if (*--e == c)
            return e;
    }
    return nullptr;
}

template<std::size_t N>
inline bool startsWith(const char *p, const char *e, const char (&literal)[N])
{
    return e - p >= qsizetype(N - 1) && sameBytes(p, literal, N - 1);
}

// Digits to a number that saturates just above `limit`, so any digit string is safe.
inline int parseNumber(const char *b, const char *e, int limit)
{
    int value = 0;
    for (const char *p = b; p < e; ++p) {
        value = value * 10 + (*p - '0');
        if (value > limit)
            return limit + 1;
    }
    return value;
}

inline bool allDigits(const char *b, const char *e)
{
    if (b >= e)
        return false;
    for (const char *p = b; p < e; ++p) {
        if (!isDigit(*p))
            return false;
    }
    return true;
}

constexpr bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int daysInMonth(int y, int m)
{
    constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

// Proleptic Gregorian date to julian day number, the same numbering as QDate::toJulianDay(), for
// years from -4799 on. Unsigned, so that the divisions by constants are multiplications: the
// parser computes two a tie.
constexpr std::int32_t julianDay(int y, int m, int d)
{
    const unsigned a = m <= 2 ? 1U : 0U; // counted from March, so that a leap day ends its year
    const unsigned yy = unsigned(y + 4800) - a;
    const unsigned mm = unsigned(m) + 12U * a - 3U;
    return std::int32_t(unsigned(d) + (153U * mm + 2U) / 5U + 365U * yy + yy / 4U - yy / 100U + yy / 400U) - 32045;
}

#ifdef __SSE2__
// Whether the sixteen bytes at p hold a digit at each of `digitPlaces` and the byte `literals`
// has at each of `literalPlaces` (one bit a byte, the first byte the lowest): the shape of a
// date, a time or a result in one compare, where a test a byte is a branch a byte.
inline bool hasShape(const char *p, __m128i literals, unsigned digitPlaces, unsigned literalPlaces)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    // A digit, less '0', is 0 to 9: what the unsigned minimum with 9 leaves unchanged.
    const __m128i less0 = _mm_sub_epi8(v, _mm_set1_epi8('0'));
    const auto digits = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(less0, _mm_set1_epi8(9)), less0)));
    const auto same = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, literals)));
    return ((digits & digitPlaces) | (same & literalPlaces)) == (digitPlaces | literalPlaces);
}
#endif

// Eight bytes at a time: the high bit of each byte, and a one in each byte.
inline constexpr std::uint64_t HighBits = 0x8080808080808080ull;
inline constexpr std::uint64_t OneInEachByte = 0x0101010101010101ull;

} // namespace tb::bytes
