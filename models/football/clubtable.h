// SPDX-License-Identifier: GPL-3.0-or-later
// Interns club names: every distinct name is stored once and referred to by a ClubId.
#pragma once

#include "tie.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <string>
#include <vector>

namespace tb {

class ClubTable
{
public:
    // Returns the id of the club whose UTF-8 name is `utf8` (already trimmed), adding it if new.
    // Hot path of the parser: no allocation when the name is already known.
    ClubId intern(QByteArrayView utf8);
    // Same, for a name given as text (used when merging tables and by tests).
    ClubId intern(QStringView name);
    // NoClub when unknown.
    ClubId find(QByteArrayView utf8) const;

    const QString &name(ClubId id) const { return m_names[id]; }
    std::size_t size() const { return m_names.size(); }
    const std::vector<QString> &names() const { return m_names; }

private:
    void rehash(std::size_t newCapacity);

    std::vector<QString> m_names;
    // The UTF-8 bytes each name was interned with, one after the other: a lookup compares with
    // memory that is close together instead of one heap block per name.
    std::string m_keyBytes;
    // Open addressing, at most half full. A slot holds what a probe needs: the hash (no other
    // memory is touched until the hashes agree) and where the name's bytes are (one more load,
    // the bytes themselves, to confirm it). The parser interns two names a tie.
    struct Slot
    {
        std::uint32_t hash = 0;
        ClubId id = NoClub; // NoClub: an empty slot
        std::uint32_t keyBegin = 0; // the name's bytes in m_keyBytes
        std::uint32_t keyLength = 0;
    };
    std::vector<Slot> m_slots;
};

} // namespace tb
