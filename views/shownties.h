// SPDX-License-Identifier: GPL-3.0-or-later
// What a view is told to show: the set, the ties the table shows (in its order) and the selected
// tie. Every chart, the chart panel and the detail view take this one value.
#pragma once

#include "tieindexes.h"
#include "tieset.h"

#include <QString>
#include <initializer_list>
#include <memory>
#include <vector>

namespace tb {

// The ties the table shows, as indexes into the set's ties in the table's order: made once and
// then never changed, and shared by every copy. Each view that keeps them (the chart panel, the
// charts) holds the same list, and telling the views again costs nothing: at a million rows a copy
// each was 4 MB of fresh memory a view, on the GUI thread, at every load and filter change.
class ShownRows
{
public:
    ShownRows() = default;
    // Implicit: a list of rows is what a view is told to show.
    ShownRows(std::vector<int> rows)
        : m_rows(std::make_shared<const std::vector<int>>(std::move(rows)))
    { }
    ShownRows(std::initializer_list<int> rows)
        : ShownRows(std::vector<int>(rows))
    { }

    const std::vector<int> &list() const { return m_rows ? *m_rows : noRows(); }
    std::size_t size() const { return list().size(); }
    bool empty() const { return list().empty(); }
    int operator[](std::size_t i) const { return list()[i]; }
    std::vector<int>::const_iterator begin() const { return list().begin(); }
    std::vector<int>::const_iterator end() const { return list().end(); }

    // The same rows; the same list without comparing them.
    friend bool operator==(const ShownRows &a, const ShownRows &b)
    {
        return a.m_rows == b.m_rows || a.list() == b.list();
    }
    friend bool operator!=(const ShownRows &a, const ShownRows &b) { return !(a == b); }

private:
    static const std::vector<int> &noRows()
    {
        static const std::vector<int> none;
        return none;
    }

    std::shared_ptr<const std::vector<int>> m_rows;
};

struct ShownTies
{
    std::shared_ptr<const TieSet> set;
    ShownRows rows;
    int current = -1; // the selected tie, an index into set->ties; -1 = none
    // The club filter's text as typed (TieQuery::clubText), for a chart that marks the club's
    // path; the rows are already filtered by it.
    QString clubText = {};
    // Each club's ties in `set`, when the set came with its indexes (from the loader); a view
    // that looks up a club's ties uses it instead of walking every tie.
    std::shared_ptr<const TieIndexes::ClubIndex> clubIndex = {};

    // The selected tie, or nullptr when there is none (no set, -1 or out of range).
    const Tie *currentTie() const
    {
        return set && current >= 0 && std::size_t(current) < set->ties.size() ? &set->ties[std::size_t(current)]
                                                                              : nullptr;
    }
    // `current` when it names a tie of the set, otherwise -1.
    int currentIndex() const { return currentTie() ? current : -1; }
};

} // namespace tb
