// SPDX-License-Identifier: GPL-3.0-or-later
// Writes ties as a SQLite database (`--export-table ties.sqlite`, File > Export Table), through
// Qt SQL's SQLite driver.
#pragma once

#include "tieset.h"

#include <QString>
#include <functional>
#include <vector>

namespace tb::tableexport {

// The schema (user_version 1), the columns of tableexport's CSV with their types:
//   clubs(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE): the clubs the ties name
//   ties(id INTEGER PRIMARY KEY (1, 2, ... in the order given), file TEXT, line INTEGER,
//        home_id, away_id INTEGER REFERENCES clubs,
//        leg1_home, leg1_away, leg1_ht_home, leg1_ht_away, leg2_home, leg2_away, leg2_ht_home,
//        leg2_ht_away, leg2_90_home, leg2_90_away, leg2_pens_home, leg2_pens_away INTEGER
//          (goals as written, from the view of that leg's home club; NULL where not given),
//        aggregate_home, aggregate_away INTEGER (the tie's home club first),
//        decided_by TEXT (the CSV's words), winner_id, stated_winner_id INTEGER REFERENCES clubs,
//        leg1_date, leg2_date TEXT (YYYY-MM-DD), leg1_time, leg2_time TEXT (HH:MM))
//   indexes on ties' home_id, away_id, leg1_date and leg2_date
//   club_ties: a view with a row per club per tie (tie_id, club_id, club, opponent_id, opponent,
//     first_leg 'home' or 'away', goals_for, goals_against, through 1, 0 or NULL when undecided,
//     decided_by, leg1_date, leg2_date, file, line)
//
// Writes set.ties[i] for each i in `tieIndices` into a temporary file in the folder of `path`,
// closes it (SQLite then has synced it) and renames it over `path`: a failed export leaves an
// existing file at `path` as it was, and no temporary file behind. The file gets the permissions
// of the file it replaces, or those of a new file. `error` (if given) says which path and why.
// `keepGoing`, when given, is asked after every few thousand ties: false stops the export, which
// then fails.
bool writeDatabase(const QString &path, const TieSet &set, const std::vector<int> &tieIndices, QString *error,
                   const std::function<bool(std::size_t written)> &keepGoing = {});

} // namespace tb::tableexport
