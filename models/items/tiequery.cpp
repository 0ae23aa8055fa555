// SPDX-License-Identifier: GPL-3.0-or-later
// Matching ties against what the user narrowed them to (club text, dates, how decided, file, round).
#include "tiequery.h"

#include "textfold.h"

#include <QStringList>
#include <limits>

namespace tb {
namespace {

bool inRange(std::int32_t julianDay, qint64 from, qint64 to)
{
    return julianDay != 0 && julianDay >= from && julianDay <= to;
}

} // namespace

bool TieQuery::isEmpty() const
{
    return foldedClubText().isEmpty() && !from.isValid() && !to.isValid() && decidedBy < 0 && file < 0
        && round.isEmpty();
}

bool TieQuery::sameButClubText(const TieQuery &other) const
{
    TieQuery a = *this;
    TieQuery b = other;
    a.clubText.clear();
    b.clubText.clear();
    return a == b;
}

bool TieQuery::matchesRound(const TieSet &set, const Tie &tie) const
{
    return round.isEmpty() || (tie.file < set.files.size() && set.files[tie.file].roundAt(tie.line) == round);
}

QString TieQuery::foldedClubText() const
{
    // Each spelling trimmed on its own; one that is left empty would match every club.
    const QString folded = foldForSearch(QStringView(clubText).trimmed());
    if (!folded.contains(u'\n'))
        return folded.trimmed();
    QStringList lines;
    for (const QStringView line : QStringView(folded).tokenize(u'\n')) {
        const QString trimmed = line.trimmed().toString();
        if (!trimmed.isEmpty() && !lines.contains(trimmed))
            lines << trimmed;
    }
    return lines.join(u'\n');
}

std::vector<bool> TieQuery::matchingClubs(const std::vector<QString> &foldedNames) const
{
    const QString needle = foldedClubText();
    if (needle.isEmpty())
        return {};
    std::vector<bool> mask(foldedNames.size());
    for (std::size_t id = 0; id < foldedNames.size(); ++id)
        mask[id] = foldedContains(foldedNames[id], needle);
    return mask;
}

std::vector<bool> TieQuery::matchingClubs(const ClubTable &clubs) const
{
    const QString needle = foldedClubText();
    if (needle.isEmpty())
        return {};
    std::vector<bool> mask(clubs.size());
    for (std::size_t id = 0; id < clubs.size(); ++id)
        mask[id] = foldedContains(foldForSearch(clubs.name(static_cast<ClubId>(id))), needle);
    return mask;
}

bool TieQuery::matches(const Tie &tie, const std::vector<bool> &clubMask) const
{
    if (!clubMask.empty()) {
        const auto clubMatches = [&clubMask](ClubId id) { return id < clubMask.size() && clubMask[id]; };
        if (!clubMatches(tie.home) && !clubMatches(tie.away))
            return false;
    }
    if (from.isValid() || to.isValid()) {
        const qint64 first = from.isValid() ? from.toJulianDay() : std::numeric_limits<qint64>::min();
        const qint64 last = to.isValid() ? to.toJulianDay() : std::numeric_limits<qint64>::max();
        if (!inRange(tie.leg1.julianDay, first, last) && !inRange(tie.leg2.julianDay, first, last))
            return false;
    }
    if (decidedBy >= 0 && static_cast<int>(tie.decidedBy) != decidedBy)
        return false;
    if (file >= 0 && static_cast<int>(tie.file) != file)
        return false;
    return true;
}

std::vector<int> TieQuery::select(const TieSet &set) const
{
    const std::vector<bool> mask = matchingClubs(set.clubs);
    std::vector<int> rows;
    const int count = static_cast<int>(set.ties.size());
    for (int i = 0; i < count; ++i) {
        const Tie &tie = set.ties[static_cast<std::size_t>(i)];
        if (matches(tie, mask) && matchesRound(set, tie))
            rows.push_back(i);
    }
    return rows;
}

} // namespace tb
