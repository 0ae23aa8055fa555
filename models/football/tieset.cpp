// SPDX-License-Identifier: GPL-3.0-or-later
// TieSet: counting problems, where ties stand in their files, and merging the sets read from several files.
#include "tieset.h"

#include <algorithm>
#include <limits>
#include <numeric>

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

void SourceFile::count(Severity severity)
{
    (severity == Severity::Error ? errorCount : severity == Severity::Warning ? warningCount : noteCount) += 1;
}

void TieSet::recount()
{
    for (SourceFile &file : files)
        file.errorCount = file.warningCount = file.noteCount = 0;
    for (const Diagnostic &d : diagnostics) {
        if (d.file < files.size())
            files[d.file].count(d.severity);
    }
}

int SourceFile::roundIndexAt(std::uint32_t line) const
{
    const auto after = std::upper_bound(rounds.begin(), rounds.end(), line,
                                        [](std::uint32_t l, const RoundStart &r) { return l < r.line; });
    return after == rounds.begin() ? -1 : int(after - rounds.begin()) - 1;
}

QString SourceFile::roundAt(std::uint32_t line) const
{
    const int index = roundIndexAt(line);
    return index < 0 ? QString() : rounds[std::size_t(index)].name;
}

QString TieSet::roundName(std::size_t index) const
{
    const Tie &tie = ties[index];
    return tie.file < files.size() ? files[tie.file].roundAt(tie.line) : QString();
}

bool TieSet::hasRounds() const
{
    return std::any_of(files.begin(), files.end(), [](const SourceFile &f) { return !f.rounds.empty(); });
}

QStringList TieSet::roundNames() const
{
    QStringList names;
    for (const SourceFile &file : files) {
        for (const RoundStart &round : file.rounds) {
            if (!names.contains(round.name))
                names << round.name;
        }
    }
    return names;
}

namespace {

constexpr std::uint32_t MaxSpan = 0xF; // four bits a line distance
constexpr std::uint32_t MaxColumn = 0xFF;

// Writes `source` into the tie's place fields; false when a value needs more bits (the tie then
// says PlaceOverflow and the whole source goes to the overflow table).
bool placeInto(Tie &tie, const TieSource &source)
{
    const bool fits = source.leg1Line == tie.line && source.leg2Line > source.leg1Line
        && source.datesLine >= source.leg2Line && source.leg2Line - source.leg1Line <= MaxSpan
        && source.datesLine - source.leg2Line <= MaxSpan && source.leg1ScoreColumn <= MaxColumn
        && source.leg2ScoreColumn <= MaxColumn && source.winnerColumn <= MaxColumn
        && ((source.leg2Line - source.leg1Line) | ((source.datesLine - source.leg2Line) << 4)) != Tie::PlaceOverflow;
    if (!fits) {
        tie.lineSpans = Tie::PlaceOverflow;
        tie.leg1.scoreColumn = tie.leg2.scoreColumn = tie.winnerColumn = 0;
        return false;
    }
    tie.lineSpans = std::uint8_t((source.leg2Line - source.leg1Line) | ((source.datesLine - source.leg2Line) << 4));
    tie.leg1.scoreColumn = std::uint8_t(source.leg1ScoreColumn);
    tie.leg2.scoreColumn = std::uint8_t(source.leg2ScoreColumn);
    tie.winnerColumn = std::uint8_t(source.winnerColumn);
    return true;
}

} // namespace

void TieSet::addReadTie(const Tie &tie, const TieSource &source)
{
    // Placed where it is stored: a million ties are read at once, and a copy is 72 bytes.
    Tie &placed = ties.emplace_back(tie);
    if (!placeInto(placed, source))
        placeOverflow.emplace_back(std::uint32_t(ties.size() - 1), source);
}

void TieSet::addPlayoff(const Playoff &playoff)
{
    if (!ties.empty())
        playoffs.emplace_back(std::uint32_t(ties.size() - 1), playoff);
}

const Playoff *TieSet::playoff(std::size_t index) const
{
    if (playoffs.empty()) // nearly every set: no search for a million ties
        return nullptr;
    const auto found = std::lower_bound(playoffs.begin(), playoffs.end(), std::uint32_t(index),
                                        [](const auto &entry, std::uint32_t i) { return entry.first < i; });
    return found != playoffs.end() && found->first == index ? &found->second : nullptr;
}

const Playoff *TieSet::playoffOf(const Tie &tie) const
{
    // The words about a tie take the tie, not its index; the index is where it stands in `ties`.
    if (playoffs.empty() || ties.empty() || &tie < ties.data() || &tie >= ties.data() + ties.size())
        return nullptr;
    return playoff(std::size_t(&tie - ties.data()));
}

TieSource TieSet::source(std::size_t index) const
{
    const Tie &tie = ties[index];
    TieSource s;
    s.file = tie.file;
    s.leg1Line = s.leg2Line = s.datesLine = tie.line;
    if (!tie.hasPlace())
        return s;
    if (tie.lineSpans == Tie::PlaceOverflow) {
        const auto found = std::lower_bound(placeOverflow.begin(), placeOverflow.end(), std::uint32_t(index),
                                            [](const auto &entry, std::uint32_t i) { return entry.first < i; });
        if (found != placeOverflow.end() && found->first == index) {
            s = found->second;
            s.file = tie.file;
        }
        return s;
    }
    s.leg2Line = s.leg1Line + (tie.lineSpans & 0xF);
    s.datesLine = s.leg2Line + (tie.lineSpans >> 4);
    s.leg1ScoreColumn = tie.leg1.scoreColumn;
    s.leg2ScoreColumn = tie.leg2.scoreColumn;
    s.winnerColumn = tie.winnerColumn;
    return s;
}

void TieSet::appendFile(const TieSet &other, std::size_t file)
{
    const auto newIndex = static_cast<std::uint16_t>(files.size());
    files.push_back(other.files[file]);

    // Club ids are per table: translate the ids this file's ties use into this set's table.
    std::vector<ClubId> clubMap(other.clubs.size(), NoClub);
    const auto remap = [&](ClubId id) {
        if (id == NoClub || id >= clubMap.size())
            return NoClub;
        ClubId &mapped = clubMap[id];
        if (mapped == NoClub)
            mapped = clubs.intern(QStringView(other.clubs.name(id)));
        return mapped;
    };
    for (std::size_t i = 0; i < other.ties.size(); ++i) {
        const Tie &tie = other.ties[i];
        if (tie.file != file)
            continue;
        Tie copy = tie;
        copy.file = newIndex;
        copy.home = remap(tie.home);
        copy.away = remap(tie.away);
        copy.statedWinner = remap(tie.statedWinner);
        if (tie.lineSpans == Tie::PlaceOverflow)
            placeOverflow.emplace_back(std::uint32_t(ties.size()), other.source(i));
        if (const Playoff *playoff = other.playoff(i))
            playoffs.emplace_back(std::uint32_t(ties.size()), *playoff);
        ties.push_back(copy);
    }
    for (const Diagnostic &diagnostic : other.diagnostics) {
        if (diagnostic.file != file)
            continue;
        Diagnostic copy = diagnostic;
        copy.file = newIndex;
        diagnostics.push_back(std::move(copy));
    }
}

std::vector<int> tiesOfDiagnostics(const TieSet &set)
{
    // Lines of a tie made by hand (no place kept): first leg, second leg, dates.
    constexpr std::uint32_t LinesPerTie = 3;
    // How many earlier ties may span a line: a round's ties (64 first legs at the most in a real
    // competition's round).
    constexpr int MaxOverlapping = 64;
    const std::vector<Tie> &ties = set.ties;
    const auto before = [&ties](int a, int b) {
        const Tie &x = ties[std::size_t(a)];
        const Tie &y = ties[std::size_t(b)];
        return x.file != y.file ? x.file < y.file : x.line < y.line;
    };
    // Ties come in file and line order; sort only if some reader did otherwise.
    std::vector<int> order(ties.size());
    std::iota(order.begin(), order.end(), 0);
    if (!std::is_sorted(order.begin(), order.end(), before))
        std::stable_sort(order.begin(), order.end(), before);

    std::vector<int> result;
    result.reserve(set.diagnostics.size());
    for (const Diagnostic &d : set.diagnostics) {
        int found = -1;
        if (d.line > 0) {
            // The last tie that starts on or before the diagnostic's line in the same file.
            auto it = std::upper_bound(order.begin(), order.end(), d, [&ties](const Diagnostic &diag, int tie) {
                const Tie &t = ties[std::size_t(tie)];
                return diag.file != t.file ? diag.file < t.file : diag.line < t.line;
            });
            if (it != order.begin()) {
                const int index = *std::prev(it);
                const Tie &t = ties[std::size_t(index)];
                const std::uint32_t lastLine = t.hasPlace() ? set.source(std::size_t(index)).datesLine
                                                            : t.line + LinesPerTie - 1;
                if (t.file == d.file && d.line <= lastLine)
                    found = index;
                // A Football.TXT tie reaches from its first leg to its return match, over the
                // first legs of others: the line may be the return match of an earlier tie.
                // The tie one of whose own lines it is wins over one that only spans it.
                const auto ownLine = [&set, &d](int tie) {
                    const TieSource s = set.source(std::size_t(tie));
                    return s.leg1Line == d.line || s.leg2Line == d.line || s.datesLine == d.line;
                };
                if (found >= 0 && t.hasPlace() && !ownLine(found)) {
                    int looked = 0;
                    for (auto back = std::prev(it); back != order.begin() && looked < MaxOverlapping; ++looked) {
                        --back;
                        if (ties[std::size_t(*back)].file != d.file)
                            break;
                        if (ownLine(*back)) {
                            found = *back;
                            break;
                        }
                    }
                }
            }
        }
        result.push_back(found);
    }
    return result;
}

void TieSet::append(TieSet &&other)
{
    if (files.empty() && ties.empty() && diagnostics.empty()) {
        *this = std::move(other); // a million ties take a noticeable time to copy
    } else {
        ties.reserve(ties.size() + other.ties.size());
        diagnostics.reserve(diagnostics.size() + other.diagnostics.size());
        for (std::size_t file = 0; file < other.files.size(); ++file)
            appendFile(other, file);
    }
    other = TieSet();
}

} // namespace tb
