// Everything read from one or more results files: the files, the clubs, the ties, the problems.
#pragma once

#include "clubtable.h"
#include "diagnostic.h"
#include "tie.h"

#include <QString>
#include <vector>

namespace tb {

struct SourceFile
{
    QString path;        // as given by the user (or ":/sample.txt" for the bundled sample)
    QString displayName; // file name without folders, for tables and messages
    int tieCount = 0;
    int errorCount = 0;
    int warningCount = 0;
};

struct TieSet
{
    std::vector<SourceFile> files;
    ClubTable clubs;
    std::vector<Tie> ties;             // in file order, then line order
    std::vector<Diagnostic> diagnostics; // in file order, then line order

    int errorCount() const;
    int warningCount() const;
    bool isEmpty() const { return ties.empty(); }
    QString clubName(ClubId id) const { return id == NoClub ? QString() : clubs.name(id); }

    // Moves `other`'s files, ties and diagnostics to the end of this set, re-interning its clubs.
    void append(TieSet &&other);
};

} // namespace tb
