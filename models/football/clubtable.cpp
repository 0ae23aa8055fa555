// SPDX-License-Identifier: GPL-3.0-or-later
// Interning of club names: an open-addressing hash table over the UTF-8 bytes of each name.
#include "clubtable.h"

#include "bytes.h"

#include <cstring>

namespace tb {

using bytes::sameBytes;

namespace {

#ifdef __SIZEOF_INT128__
__extension__ using Wide = unsigned __int128; // GCC's and Clang's, on 64-bit processors
#endif

// Word-at-a-time mixing hash: club names are short, and the parser interns two per tie, so
// this must cost a handful of multiplications, not one step per byte.
std::uint32_t hashBytes(const char *p, std::size_t len)
{
#ifdef __SIZEOF_INT128__
    if (len >= 8 && len <= 32) {
        // The four words sameBytes() compares: no branch on the length, which is as random as the
        // names. Two wide multiplications of independent pairs, folded, mix them (as wyhash does).
        const auto fold = [](std::uint64_t a, std::uint64_t b) {
            const Wide product = static_cast<Wide>(a) * b;
            return std::uint64_t(product) ^ std::uint64_t(product >> 64);
        };
        const bytes::FourWords w = bytes::fourWords(p, len);
        const std::uint64_t h = fold(w.words[0] ^ 0xA0761D6478BD642Full, w.words[1] ^ 0xE7037ED1A0B428DBull)
            ^ fold(w.words[2] ^ 0x8EBC6AF09C88C6E3ull, w.words[3] ^ 0x589965CC75374CC3ull ^ len);
        return static_cast<std::uint32_t>(h ^ (h >> 32));
    }
#endif
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (len * 0xC2B2AE3D27D4EB4Full);
    const bool eightOrMore = len >= 8;
    while (len >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
        p += 8;
        len -= 8;
    }
    // The tail in one or two loads rather than a byte at a time: the last eight bytes of a long
    // name (some mixed in already), or two overlapping halves of a short one.
    std::uint64_t w = 0;
    if (len > 0 && eightOrMore) {
        std::memcpy(&w, p + len - 8, 8);
    } else if (len >= 4) {
        std::uint32_t low, high;
        std::memcpy(&low, p, 4);
        std::memcpy(&high, p + len - 4, 4);
        w = low | (std::uint64_t(high) << 32);
    } else {
        for (std::size_t i = 0; i < len; ++i)
            w |= std::uint64_t(std::uint8_t(p[i])) << (8 * i);
    }
    h = (h ^ w) * 0x94D049BB133111EBull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return static_cast<std::uint32_t>(h);
}

// The bytes of the name without its leading byte-order marks. QString::fromUtf8() drops one, so
// without this two keys ("\uFEFFAS Monaco" pasted from a web page, "AS Monaco") would be two
// clubs with one name, and re-interning by name (joining the pieces of a file, appending a file)
// would merge them. A mark in front of a name is never part of it.
inline QByteArrayView nameBytes(QByteArrayView utf8)
{
    while (utf8.size() >= 3 && utf8[0] == '\xEF' && utf8[1] == '\xBB' && utf8[2] == '\xBF')
        utf8 = utf8.sliced(3);
    return utf8;
}

} // namespace

ClubId ClubTable::find(QByteArrayView utf8) const
{
    utf8 = nameBytes(utf8);
    if (m_slots.empty())
        return NoClub;
    const auto size = std::size_t(utf8.size());
    const std::uint32_t hash = hashBytes(utf8.data(), size);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.id == NoClub)
            return NoClub;
        if (slot.hash == hash && slot.keyLength == size
            && sameBytes(m_keyBytes.data() + slot.keyBegin, utf8.data(), size))
            return slot.id;
    }
}

ClubId ClubTable::intern(QByteArrayView utf8)
{
    utf8 = nameBytes(utf8);
    // Keep the load factor at or below one half so that probe runs stay short.
    if ((m_names.size() + 1) * 2 > m_slots.size())
        rehash(m_slots.empty() ? 1024 : m_slots.size() * 2);

    const auto size = std::size_t(utf8.size());
    const std::uint32_t hash = hashBytes(utf8.data(), size);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    for (;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.id == NoClub)
            break;
        if (slot.hash == hash && slot.keyLength == size
            && sameBytes(m_keyBytes.data() + slot.keyBegin, utf8.data(), size))
            return slot.id;
    }

    // A new name: the only place where interning allocates.
    const auto id = static_cast<ClubId>(m_names.size());
    m_slots[i] = Slot{hash, id, std::uint32_t(m_keyBytes.size()), std::uint32_t(size)};
    m_keyBytes.append(utf8.data(), size);
    m_names.push_back(QString::fromUtf8(utf8));
    return id;
}

ClubId ClubTable::intern(QStringView name)
{
    const QByteArray utf8 = name.toUtf8();
    return intern(QByteArrayView(utf8));
}

void ClubTable::rehash(std::size_t newCapacity)
{
    std::vector<Slot> old(newCapacity);
    old.swap(m_slots);
    const std::size_t mask = newCapacity - 1;
    for (const Slot &slot : old) {
        if (slot.id == NoClub)
            continue;
        std::size_t i = slot.hash & mask;
        while (m_slots[i].id != NoClub)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace tb
