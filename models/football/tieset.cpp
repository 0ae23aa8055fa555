// TieSet: counting problems and merging the sets read from several files.
#include "tieset.h"

#include <algorithm>

namespace tb {

int TieSet::errorCount() const
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic &d) { return d.severity == Severity::Error; }));
}

int TieSet::warningCount() const
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic &d) { return d.severity == Severity::Warning; }));
}

void TieSet::append(TieSet &&other)
{
    // Club ids are per table: translate every id of `other` into this set's table.
    std::vector<ClubId> clubMap(other.clubs.size());
    for (ClubId id = 0; id < other.clubs.size(); ++id)
        clubMap[id] = clubs.intern(QStringView(other.clubs.name(id)));
    const auto remap = [&clubMap](ClubId id) { return id == NoClub ? NoClub : clubMap[id]; };

    const auto fileOffset = static_cast<std::uint16_t>(files.size());
    for (SourceFile &file : other.files)
        files.push_back(std::move(file));

    ties.reserve(ties.size() + other.ties.size());
    for (Tie tie : other.ties) {
        tie.home = remap(tie.home);
        tie.away = remap(tie.away);
        tie.statedWinner = remap(tie.statedWinner);
        tie.file = static_cast<std::uint16_t>(tie.file + fileOffset);
        ties.push_back(tie);
    }

    diagnostics.reserve(diagnostics.size() + other.diagnostics.size());
    for (Diagnostic &diagnostic : other.diagnostics) {
        diagnostic.file = static_cast<std::uint16_t>(diagnostic.file + fileOffset);
        diagnostics.push_back(std::move(diagnostic));
    }

    other.files.clear();
    other.ties.clear();
    other.diagnostics.clear();
    other.clubs = ClubTable();
}

} // namespace tb
