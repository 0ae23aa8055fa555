// SPDX-License-Identifier: GPL-3.0-or-later
// Writes ties as a SQLite database: the schema, the clubs, the ties, then the indexes, into a
// temporary file that replaces the target only when all of it is written.
#include "sqliteexport.h"

#include "tableexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>
#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tb::tableexport {
namespace {

constexpr std::size_t KeepGoingEvery = 4096; // ties between two questions to keepGoing

// Created before the ties are inserted; the indexes after, which is faster than keeping them up
// to date row by row.
constexpr const char *Schema[] = {
    "PRAGMA user_version = 1",
    "CREATE TABLE clubs (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE ties ("
    " id INTEGER PRIMARY KEY, file TEXT NOT NULL, line INTEGER NOT NULL,"
    " home_id INTEGER NOT NULL REFERENCES clubs (id), away_id INTEGER NOT NULL REFERENCES clubs (id),"
    " leg1_home INTEGER, leg1_away INTEGER, leg1_ht_home INTEGER, leg1_ht_away INTEGER,"
    " leg2_home INTEGER, leg2_away INTEGER, leg2_ht_home INTEGER, leg2_ht_away INTEGER,"
    " leg2_90_home INTEGER, leg2_90_away INTEGER, leg2_pens_home INTEGER, leg2_pens_away INTEGER,"
    " aggregate_home INTEGER, aggregate_away INTEGER, decided_by TEXT NOT NULL,"
    " winner_id INTEGER REFERENCES clubs (id), stated_winner_id INTEGER REFERENCES clubs (id),"
    " leg1_date TEXT, leg2_date TEXT, leg1_time TEXT, leg2_time TEXT, round TEXT)",
    // Each tie twice, once from each club's side.
    "CREATE VIEW club_ties AS"
    " SELECT t.id AS tie_id, t.home_id AS club_id, c.name AS club, t.away_id AS opponent_id,"
    " o.name AS opponent, 'home' AS first_leg, t.aggregate_home AS goals_for, t.aggregate_away AS goals_against,"
    " CASE WHEN t.winner_id IS NULL THEN NULL ELSE t.winner_id = t.home_id END AS through,"
    " t.decided_by, t.leg1_date, t.leg2_date, t.file, t.line"
    " FROM ties t JOIN clubs c ON c.id = t.home_id JOIN clubs o ON o.id = t.away_id"
    " UNION ALL"
    " SELECT t.id, t.away_id, c.name, t.home_id, o.name, 'away', t.aggregate_away, t.aggregate_home,"
    " CASE WHEN t.winner_id IS NULL THEN NULL ELSE t.winner_id = t.away_id END,"
    " t.decided_by, t.leg1_date, t.leg2_date, t.file, t.line"
    " FROM ties t JOIN clubs c ON c.id = t.away_id JOIN clubs o ON o.id = t.home_id",
};
constexpr const char *Indexes[] = {
    "CREATE INDEX ties_home ON ties (home_id)",
    "CREATE INDEX ties_away ON ties (away_id)",
    "CREATE INDEX ties_leg1_date ON ties (leg1_date)",
    "CREATE INDEX ties_leg2_date ON ties (leg2_date)",
};
constexpr int TieColumnCount = 27;
// A kick-off is a minute of the day; each one's text is made once.
constexpr int MinutesPerDay = 24 * 60;

// `club`'s id in the clubs table: ClubId + 1, so that ids start at 1 as SQLite's do.
qint64 clubId(ClubId club)
{
    return qint64(club) + 1;
}

// One value of a row: SQL's NULL, an integer or a text (kept by RowWriter).
struct Cell
{
    enum Kind : std::uint8_t {
        Null,
        Integer,
        Text
    } kind = Null;
    qint64 integer = 0; // for a text that changes in place, what tells one from the next
    const QString *text = nullptr;

    friend bool operator==(const Cell &, const Cell &) = default;
};

// Binds each tie's row to the prepared INSERT. Qt SQL keeps a bound value from one exec() to the
// next, and binding costs more than SQLite's insert (Qt names every position anew), so a value
// that is the same as the row before's (the file, the decided-by word, many NULLs and small
// scores) is not bound again. Texts that many rows share (dates, times, words) are made once.
class RowWriter
{
public:
    // `firstDay` and `lastDay` (Julian days) span the dates the rows have.
    RowWriter(const TieSet &set, QSqlQuery &query, std::int32_t firstDay, std::int32_t lastDay)
        : m_set(set)
        , m_query(query)
        , m_firstDay(firstDay)
    {
        // A day's text once per day (a cup's ties share a few dozen); a span of more than 400
        // years is no cup's, and such dates are written each time.
        if (lastDay >= firstDay && lastDay - firstDay < 400 * 366)
            m_dates.resize(std::size_t(lastDay - firstDay) + 1);
        m_files.reserve(set.files.size());
        for (const SourceFile &file : set.files)
            m_files.push_back(file.displayName);
        for (int i = 0; i < DecidedByCount; ++i)
            m_decidedBy[std::size_t(i)] = QString::fromLatin1(decidedByName(DecidedBy(i)));
    }

    bool write(qint64 id, const Tie &tie)
    {
        const TieColumns c = tieColumns(tie);
        m_column = 0;
        put(integer(id));
        put(text(tie.file < m_files.size() ? &m_files[tie.file] : &m_empty));
        put(integer(tie.line));
        put(club(tie.home));
        put(club(tie.away));
        for (const Score score : {c.leg1, c.leg1HalfTime, c.leg2, c.leg2HalfTime, c.leg2After90, c.leg2Penalties}) {
            put(score.isValid() ? integer(score.home) : Cell{});
            put(score.isValid() ? integer(score.away) : Cell{});
        }
        put(c.hasAggregate ? integer(c.aggregateHome) : Cell{});
        put(c.hasAggregate ? integer(c.aggregateAway) : Cell{});
        const auto by = std::size_t(c.decidedBy);
        put(text(by < m_decidedBy.size() ? &m_decidedBy[by] : &m_empty));
        put(club(c.winner));
        put(club(c.statedWinner));
        put(date(tie.leg1));
        put(date(tie.leg2));
        put(time(tie.leg1));
        put(time(tie.leg2));
        put(round(tie));
        Q_ASSERT(m_column == TieColumnCount);
        return m_query.exec();
    }

private:
    static Cell integer(qint64 value) { return Cell{Cell::Integer, value, nullptr}; }
    static Cell text(const QString *value) { return Cell{Cell::Text, 0, value}; }
    static Cell club(ClubId id) { return id == NoClub ? Cell{} : integer(clubId(id)); }

    Cell date(const Leg &leg)
    {
        if (leg.julianDay == 0)
            return {};
        const std::int64_t at = std::int64_t(leg.julianDay) - m_firstDay;
        if (at < 0 || at >= std::int64_t(m_dates.size())) {
            m_otherDate = leg.date().toString(Qt::ISODate); // outside the span the ties were seen to have
            return Cell{Cell::Text, leg.julianDay, &m_otherDate};
        }
        QString &value = m_dates[std::size_t(at)];
        if (value.isNull())
            value = leg.date().toString(Qt::ISODate);
        return text(&value);
    }

    // The round the file names (Football.TXT), NULL when none; each name made once.
    Cell round(const Tie &tie)
    {
        if (tie.file >= m_set.files.size() || m_set.files[tie.file].rounds.empty())
            return {};
        const SourceFile &file = m_set.files[tie.file];
        const int index = file.roundIndexAt(tie.line);
        return index < 0 ? Cell{} : text(&file.rounds[std::size_t(index)].name);
    }

    Cell time(const Leg &leg)
    {
        if (leg.kickoffMinutes < 0 || std::size_t(leg.kickoffMinutes) >= m_times.size())
            return {};
        QString &value = m_times[std::size_t(leg.kickoffMinutes)];
        if (value.isNull())
            value = u"%1:%2"_s.arg(leg.kickoffMinutes / 60, 2, 10, QChar(u'0'))
                        .arg(leg.kickoffMinutes % 60, 2, 10, QChar(u'0'));
        return text(&value);
    }

    void put(const Cell &cell)
    {
        Cell &bound = m_bound[std::size_t(m_column)];
        if (!m_anyBound || !(cell == bound)) {
            switch (cell.kind) {
            case Cell::Null: m_query.bindValue(m_column, QVariant()); break;
            case Cell::Integer: m_query.bindValue(m_column, cell.integer); break;
            case Cell::Text: m_query.bindValue(m_column, *cell.text); break;
            }
            bound = cell;
        }
        if (++m_column == TieColumnCount)
            m_anyBound = true;
    }

    const TieSet &m_set;
    QSqlQuery &m_query;
    std::vector<QString> m_files;
    std::array<QString, DecidedByCount> m_decidedBy;
    QString m_empty;
    std::int32_t m_firstDay;
    std::vector<QString> m_dates; // by day from m_firstDay; sized once, so a Cell can point into it
    QString m_otherDate;
    std::array<QString, MinutesPerDay> m_times;
    std::array<Cell, TieColumnCount> m_bound{};
    bool m_anyBound = false;
    int m_column = 0;
};

// Runs each statement; false with `why` set at the first that fails.
template<std::size_t N>
bool runAll(QSqlDatabase &db, const char *const (&statements)[N], QString *why)
{
    QSqlQuery query(db);
    for (const char *statement : statements) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *why = query.lastError().text();
            return false;
        }
    }
    return true;
}

// Everything into an open, empty database, in one transaction.
bool fill(QSqlDatabase &db, const TieSet &set, const std::vector<int> &tieIndices, QString *why,
          const std::function<bool(std::size_t)> &keepGoing)
{
    // The file is a temporary one that is thrown away on any failure: no journal to roll back
    // with, and no syncing until it is whole (writeDatabase() syncs it once).
    constexpr const char *Setup[] = {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF"};
    if (!runAll(db, Setup, why) || !runAll(db, Schema, why))
        return false;
    if (!db.transaction()) {
        *why = db.lastError().text();
        return false;
    }

    // The clubs the chosen ties name, winners and stated winners included.
    std::vector<bool> named(set.clubs.size(), false);
    for (const int index : tieIndices) {
        if (index < 0 || std::size_t(index) >= set.ties.size())
            continue;
        const Tie &tie = set.ties[std::size_t(index)];
        for (const ClubId club : {tie.home, tie.away, tie.statedWinner}) {
            if (club < named.size())
                named[club] = true;
        }
    }
    QSqlQuery clubs(db);
    if (!clubs.prepare(u"INSERT INTO clubs (id, name) VALUES (?, ?)"_s)) {
        *why = clubs.lastError().text();
        return false;
    }
    for (ClubId club = 0; club < named.size(); ++club) {
        if (!named[club])
            continue;
        clubs.bindValue(0, clubId(club)); // never NoClub: `named` has no such entry
        clubs.bindValue(1, set.clubs.name(club));
        if (!clubs.exec()) {
            *why = clubs.lastError().text();
            return false;
        }
    }

    QString placeholders = u"?"_s;
    for (int i = 1; i < TieColumnCount; ++i)
        placeholders += u", ?"_s;
    QSqlQuery ties(db);
    if (!ties.prepare(u"INSERT INTO ties VALUES (%1)"_s.arg(placeholders))) {
        *why = ties.lastError().text();
        return false;
    }
    std::int32_t firstDay = std::numeric_limits<std::int32_t>::max();
    std::int32_t lastDay = 0;
    for (const int index : tieIndices) {
        if (index < 0 || std::size_t(index) >= set.ties.size())
            continue;
        for (const Leg *leg : {&set.ties[std::size_t(index)].leg1, &set.ties[std::size_t(index)].leg2}) {
            if (leg->julianDay != 0) {
                firstDay = std::min(firstDay, leg->julianDay);
                lastDay = std::max(lastDay, leg->julianDay);
            }
        }
    }
    RowWriter rows(set, ties, firstDay, lastDay);
    std::size_t written = 0;
    for (const int index : tieIndices) {
        if (index < 0 || std::size_t(index) >= set.ties.size())
            continue;
        if (!rows.write(qint64(written) + 1, set.ties[std::size_t(index)])) {
            *why = ties.lastError().text();
            return false;
        }
        ++written;
        if (keepGoing && written % KeepGoingEvery == 0 && !keepGoing(written)) {
            *why = QCoreApplication::translate("TableExport", "the export was stopped");
            return false;
        }
    }
    ties.finish();
    clubs.finish();

    if (!runAll(db, Indexes, why))
        return false;
    if (!db.commit()) {
        *why = db.lastError().text();
        return false;
    }
    return true;
}

// What a new file's permission bits are here: 0666 less the process's umask, as QSaveFile's.
mode_t newFileMode()
{
    mode_t mask = 022;
    QFile status(u"/proc/self/status"_s); // the one way to read the umask without changing it
    if (status.open(QIODevice::ReadOnly)) {
        for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint value = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    mask = mode_t(value);
                break;
            }
        }
    }
    return 0666 & ~mask;
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace

bool writeDatabase(const QString &path, const TieSet &set, const std::vector<int> &tieIndices, QString *error,
                   const std::function<bool(std::size_t written)> &keepGoing)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("TableExport", "Cannot write %1: %2").arg(shown, why);
        return false;
    };
    static const QString Driver = u"QSQLITE"_s;
    if (!QSqlDatabase::isDriverAvailable(Driver))
        return fail(QCoreApplication::translate(
            "TableExport", "Qt's SQLite driver is missing (on Debian, the package libqt6sql6-sqlite)"));

    // Beside the target, so that the rename stays within one file system; hidden, so that a file
    // manager does not show it while it is written.
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absolutePath() + u"/."_s + target.fileName() + u".XXXXXX"_s);
    if (!temporary.open())
        return fail(temporary.errorString());
    temporary.close(); // SQLite opens it by name; the object still removes it unless renamed
    const QByteArray temporaryName = QFile::encodeName(temporary.fileName());
    const QByteArray targetName = QFile::encodeName(target.absoluteFilePath());

    // Each export its own connection, removed when done (after the last QSqlDatabase copy is gone).
    static std::atomic<quint64> exports{0};
    const QString connection = u"tiebrowser-export-%1"_s.arg(exports.fetch_add(1));
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Driver, connection);
        db.setDatabaseName(temporary.fileName());
        bool ok = db.open();
        if (!ok)
            why = db.lastError().text();
        ok = ok && fill(db, set, tieIndices, &why, keepGoing);
        db.close();
        if (ok)
            why.clear();
        else if (why.isEmpty())
            why = QCoreApplication::translate("TableExport", "SQLite failed without saying why");
    }
    QSqlDatabase::removeDatabase(connection);
    if (!why.isEmpty())
        return fail(why);

    // Closed, so SQLite has written everything; on the disk before the name points at it.
    struct stat existing
    { };
    const mode_t mode = ::stat(targetName.constData(), &existing) == 0 && S_ISREG(existing.st_mode)
        ? existing.st_mode & 07777
        : newFileMode();
    QFile written(temporary.fileName());
    if (!written.open(QIODevice::ReadOnly) || ::fsync(written.handle()) != 0)
        return fail(written.error() != QFileDevice::NoError ? written.errorString() : systemError(errno));
    written.close();
    if (::chmod(temporaryName.constData(), mode) != 0)
        return fail(systemError(errno));
    // rename() replaces the old file in one step; QFile::rename() would refuse to.
    if (std::rename(temporaryName.constData(), targetName.constData()) != 0)
        return fail(systemError(errno));
    temporary.setAutoRemove(false); // its name is the target's now
    return true;
}

} // namespace tb::tableexport
