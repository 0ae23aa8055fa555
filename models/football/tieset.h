// SPDX-License-Identifier: GPL-3.0-or-later
// Everything read from one or more results files: the files, the clubs, the ties, the problems.
#pragma once

#include "clubtable.h"
#include "diagnostic.h"
#include "tie.h"

#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace tb {

// Where a named round of a file starts (Football.TXT's "» Round of 16").
struct RoundStart
{
    std::uint32_t line = 0;
    QString name;
};

struct SourceFile
{
    QString path; // as given by the user (or ":/sample.txt" for the bundled sample)
    QString displayName; // file name without folders, for tables and messages
    int tieCount = 0;
    int errorCount = 0;
    int warningCount = 0;
    int noteCount = 0;
    void count(Severity severity);
    // The file's rounds in line order; empty for a format without them (a worldfootball.net
    // table is one round, named by nothing in it). Kept by line, not by tie, so that sets merged
    // or re-evaluated keep them by copying the file's entry.
    std::vector<RoundStart> rounds;

    // The round a tie whose first leg is on `line` belongs to; empty when none.
    QString roundAt(std::uint32_t line) const;
    // The position of that round in `rounds` (its order in the file), or -1.
    int roundIndexAt(std::uint32_t line) const;
};

struct TieSet
{
    std::vector<SourceFile> files;
    ClubTable clubs;
    std::vector<Tie> ties; // in file order, then line order
    std::vector<Diagnostic> diagnostics; // in file order, then line order (reading's before the rules' on a line)

    // The places (TieSource) that a tie's own fields cannot hold (Tie::PlaceOverflow), by tie
    // index, ascending: rare. Kept through addReadTie(), source(), appendFile().
    std::vector<std::pair<std::uint32_t, TieSource>> placeOverflow;
    // The play-offs (third matches) of the ties that had one, by tie index, ascending: a few
    // dozen in sixty years of the European Cup, none in most files. Kept like placeOverflow.
    std::vector<std::pair<std::uint32_t, Playoff>> playoffs;

    int errorCount() const;
    int warningCount() const;
    bool isEmpty() const { return ties.empty(); }
    QString clubName(ClubId id) const { return id == NoClub ? QString() : clubs.name(id); }
    // The round of tie `index` (SourceFile::rounds), empty when its file names none.
    QString roundName(std::size_t index) const;
    // Whether any file names rounds.
    bool hasRounds() const;
    // Every round name the files give, each once, in the order they first appear.
    QStringList roundNames() const;

    // Appends a tie a reader read at `source`; `tie.readFlags` (and `flags`) hold what reading found.
    void addReadTie(const Tie &tie, const TieSource &source);
    // Gives the tie added last its play-off (a reader calls it right after addReadTie()).
    void addPlayoff(const Playoff &playoff);
    // Tie `index`'s play-off, or null when it had none.
    const Playoff *playoff(std::size_t index) const;
    // The play-off of `tie` when it is one of this set's ties (not a copy), or null.
    const Playoff *playoffOf(const Tie &tie) const;
    // Where tie `index` stands in its file (all zero but the first line for a tie made by hand).
    TieSource source(std::size_t index) const;
    // Recounts each file's errors and warnings from `diagnostics`.
    void recount();

    // Copies file `file` of `other` (its entry, ties, places and diagnostics) to the end of this
    // set, re-interning only the clubs its ties use. The one way sets are merged.
    void appendFile(const TieSet &other, std::size_t file);
    // Moves `other`'s files, ties and diagnostics to the end of this set, re-interning its clubs;
    // `other` is left empty. Into an empty set, nothing is copied.
    void append(TieSet &&other);
};

// For each diagnostic of `set`, the index of the tie whose lines (first leg to dates line)
// include the diagnostic's line, or -1 (a file-level diagnostic, a line outside every tie). The
// one rule for which tie a diagnostic belongs to: the Problems pane and the command line's
// filters both use it.
std::vector<int> tiesOfDiagnostics(const TieSet &set);

} // namespace tb
