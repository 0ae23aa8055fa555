// SPDX-License-Identifier: GPL-3.0-or-later
// Writes ties as a CSV or JSON table (the columns of `--export-table` and File > Export Table); a
// SQLite database of the same columns, typed, is sqliteexport.h's.
#pragma once

#include "tieset.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QIODevice;

namespace tb {

enum class TableFormat : std::uint8_t {
    Csv,
    Json,
    Sqlite // a file only: sqliteexport.h
};

namespace tableexport {

// The column names (CSV header) and JSON keys, in order: file, line, home, away, leg1, leg1_ht,
// leg2, leg2_ht, leg2_90, leg2_pens, aggregate, decided_by, winner, stated_winner, leg1_date,
// leg2_date, leg1_time, leg2_time, round (the round the file names, as Football.TXT does; empty
// otherwise).
QStringList columnNames();

// One tie's values in columnNames() order, as written (empty where not given). Also what the
// GUI copies to the clipboard, so both agree.
QStringList rowValues(const TieSet &set, const Tie &tie);

// The same values before any format writes them, for the formats that keep their types.
struct TieColumns
{
    // Each as written, from the point of view of that leg's home club; invalid where not given.
    Score leg1, leg1HalfTime, leg2, leg2HalfTime, leg2After90, leg2Penalties;
    bool hasAggregate = false; // some leg has a score
    int aggregateHome = 0; // goals of the tie's home club (the first leg's), extra time included
    int aggregateAway = 0;
    DecidedBy decidedBy = DecidedBy::Undecided;
    ClubId winner = NoClub;
    ClubId statedWinner = NoClub;
};
TieColumns tieColumns(const Tie &tie);
// How decided_by writes `by` ("away_goals_extra_time"); empty for a value out of range.
QByteArray decidedByName(DecidedBy by);

// The format for a path's extension (.csv, .json, .sqlite or .db, any case); nullopt for anything else.
std::optional<TableFormat> formatForPath(const QString &path);
// The format a name says ("csv", "json" or "sqlite", any case, as --format takes it); nullopt for
// anything else.
std::optional<TableFormat> formatForName(const QString &name);
// Whether `format` can be streamed (writeTable() to a device, standard output): CSV and JSON.
bool isStreamFormat(TableFormat format);

// The table of set.ties[i] for each i in `tieIndices`, in that order: CSV (RFC 4180, UTF-8,
// CRLF, header row) or JSON (an array with one object per tie; "line" a number, every other
// value a string, "" where not given). Empty for a format that is not streamed.
QByteArray tableBytes(const TieSet &set, const std::vector<int> &tieIndices, TableFormat format);
// The same, streamed into an open device (large sets are not held in memory twice).
// Returns false when the device refuses to take the bytes, or for a format that is not streamed.
bool writeTable(QIODevice &device, const TieSet &set, const std::vector<int> &tieIndices, TableFormat format);

// Writes the table to `path`, the format chosen by its extension: CSV and JSON through
// QSaveFile, a database as sqliteexport.h says. On any failure an existing file at `path` is
// left as it was and `error` (if given) says which path and why, for a person.
bool writeTable(const QString &path, const TieSet &set, const std::vector<int> &tieIndices, QString *error);

} // namespace tableexport
} // namespace tb
