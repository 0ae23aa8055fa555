// Interning of club names: an open-addressing hash table over the UTF-8 bytes of each name.
#include "clubtable.h"

#include <cstring>

namespace tb {

namespace {

// Word-at-a-time mixing hash: club names are short, and the parser interns three per tie, so
// this must cost a handful of multiplications, not one step per byte.
std::uint32_t hashBytes(const char *p, std::size_t len)
{
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (len * 0xC2B2AE3D27D4EB4Full);
    while (len >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
        p += 8;
        len -= 8;
    }
    std::uint64_t w = 0;
    if (len > 0)
        std::memcpy(&w, p, len);
    h = (h ^ w) * 0x94D049BB133111EBull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return static_cast<std::uint32_t>(h);
}

bool sameBytes(const QByteArray &key, QByteArrayView bytes)
{
    return key.size() == bytes.size()
        && (bytes.isEmpty() || std::memcmp(key.constData(), bytes.data(), std::size_t(bytes.size())) == 0);
}

} // namespace

ClubId ClubTable::find(QByteArrayView utf8) const
{
    if (m_slots.empty())
        return NoClub;
    const std::uint32_t hash = hashBytes(utf8.data(), std::size_t(utf8.size()));
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const std::uint32_t id = m_slots[i];
        if (id == NoClub)
            return NoClub;
        if (m_hashes[id] == hash && sameBytes(m_keys[id], utf8))
            return id;
    }
}

ClubId ClubTable::intern(QByteArrayView utf8)
{
    // Keep the load factor at or below one half so that probe runs stay short.
    if ((m_names.size() + 1) * 2 > m_slots.size())
        rehash(m_slots.empty() ? 256 : m_slots.size() * 2);

    const std::uint32_t hash = hashBytes(utf8.data(), std::size_t(utf8.size()));
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    for (;; i = (i + 1) & mask) {
        const std::uint32_t id = m_slots[i];
        if (id == NoClub)
            break;
        if (m_hashes[id] == hash && sameBytes(m_keys[id], utf8))
            return id;
    }

    const auto id = static_cast<ClubId>(m_names.size());
    m_keys.emplace_back(utf8.data(), utf8.size());
    m_names.push_back(QString::fromUtf8(utf8));
    m_hashes.push_back(hash);
    m_slots[i] = id;
    return id;
}

ClubId ClubTable::intern(QStringView name)
{
    const QByteArray utf8 = name.toUtf8();
    return intern(QByteArrayView(utf8));
}

void ClubTable::rehash(std::size_t newCapacity)
{
    m_slots.assign(newCapacity, NoClub);
    const std::size_t mask = newCapacity - 1;
    for (std::uint32_t id = 0; id < m_hashes.size(); ++id) {
        std::size_t i = m_hashes[id] & mask;
        while (m_slots[i] != NoClub)
            i = (i + 1) & mask;
        m_slots[i] = id;
    }
}

} // namespace tb
