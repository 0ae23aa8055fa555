// SPDX-License-Identifier: GPL-3.0-or-later
// Writes ties as a CSV or JSON table: the fields of each tie, then the format's quoting.
#include "tableexport.h"

#include "rules.h"
#include "sqliteexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>
#include <array>

namespace tb::tableexport {

namespace {

enum Column {
    File,
    Line,
    Home,
    Away,
    Leg1,
    Leg1HalfTime,
    Leg2,
    Leg2HalfTime,
    Leg2After90,
    Leg2Penalties,
    AggregateColumn,
    DecidedByColumn,
    Winner,
    StatedWinner,
    Leg1Date,
    Leg2Date,
    Leg1Time,
    Leg2Time,
    RoundColumn,
    ColumnCount
};

constexpr std::array<const char *, ColumnCount> Names = {
    "file",      "line",      "home",      "away",      "leg1",       "leg1_ht", "leg2",
    "leg2_ht",   "leg2_90",   "leg2_pens", "aggregate", "decided_by", "winner",  "stated_winner",
    "leg1_date", "leg2_date", "leg1_time", "leg2_time", "round",
};

// Flushing every so often keeps a million-tie export from building the whole file in memory.
constexpr qsizetype FlushBytes = 1 << 20;

// One tie's fields as views: text fields point into cached club and file names, the rest into
// small buffers here, so that a row costs no allocation.
struct Fields
{
    std::array<QByteArrayView, ColumnCount> view;
    std::array<std::array<char, 24>, ColumnCount> storage;
};

// Writes `value` into `out` at `at` with at least `width` digits; returns the new position.
char *putNumber(char *at, int value, int width = 1)
{
    char digits[12];
    int n = 0;
    unsigned v = value < 0 ? 0u - unsigned(value) : unsigned(value);
    do {
        digits[n++] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (value < 0)
        *at++ = '-';
    for (int i = n; i < width; ++i)
        *at++ = '0';
    while (n > 0)
        *at++ = digits[--n];
    return at;
}

bool isTextColumn(int column)
{
    return column == File || column == Home || column == Away || column == Winner || column == StatedWinner
        || column == RoundColumn;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QByteArray csvField(QByteArrayView field)
{
    bool quote = false;
    for (const char c : field) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return field.toByteArray();
    QByteArray out;
    out.reserve(field.size() + 4);
    out += '"';
    for (const char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

QByteArray jsonString(QByteArrayView utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += Hex[u >> 4];
            out += Hex[u & 0xF];
        } else {
            out += c; // UTF-8 passes through: JSON text is UTF-8
        }
    }
    out += '"';
    return out;
}

enum class Encoding : std::uint8_t {
    Raw,
    Csv,
    Json
};

// Fills Fields for a tie, and keeps each club's and file's name encoded once.
class RowBuilder
{
public:
    RowBuilder(const TieSet &set, Encoding encoding)
        : m_set(set)
        , m_encoding(encoding)
        , m_clubs(set.clubs.size())
        , m_files(set.files.size())
    {
        for (int i = 0; i < DecidedByCount; ++i)
            m_decidedBy[std::size_t(i)] = decidedByName(DecidedBy(i));
    }

    void build(const Tie &tie, Fields &f)
    {
        const TieColumns c = tieColumns(tie);
        f.view[File] = fileName(tie.file);
        f.view[Line] = number(f, Line, int(tie.line));
        f.view[Home] = club(tie.home);
        f.view[Away] = club(tie.away);
        f.view[Leg1] = score(f, Leg1, c.leg1);
        f.view[Leg1HalfTime] = score(f, Leg1HalfTime, c.leg1HalfTime);
        f.view[Leg2] = score(f, Leg2, c.leg2);
        f.view[Leg2HalfTime] = score(f, Leg2HalfTime, c.leg2HalfTime);
        f.view[Leg2After90] = score(f, Leg2After90, c.leg2After90);
        f.view[Leg2Penalties] = score(f, Leg2Penalties, c.leg2Penalties);
        f.view[AggregateColumn] = c.hasAggregate ? pair(f, AggregateColumn, c.aggregateHome, c.aggregateAway)
                                                 : QByteArrayView();
        const auto by = std::size_t(c.decidedBy);
        f.view[DecidedByColumn] = by < m_decidedBy.size() ? QByteArrayView(m_decidedBy[by]) : QByteArrayView();
        f.view[Winner] = club(c.winner);
        f.view[StatedWinner] = club(c.statedWinner);
        f.view[Leg1Date] = date(f, Leg1Date, tie.leg1);
        f.view[Leg2Date] = date(f, Leg2Date, tie.leg2);
        f.view[Leg1Time] = time(f, Leg1Time, tie.leg1);
        f.view[Leg2Time] = time(f, Leg2Time, tie.leg2);
        f.view[RoundColumn] = roundName(tie);
    }

private:
    static QByteArrayView number(Fields &f, int column, int value)
    {
        char *begin = f.storage[std::size_t(column)].data();
        return QByteArrayView(begin, putNumber(begin, value) - begin);
    }
    static QByteArrayView pair(Fields &f, int column, int a, int b)
    {
        char *begin = f.storage[std::size_t(column)].data();
        char *at = putNumber(begin, a);
        *at++ = ':';
        return QByteArrayView(begin, putNumber(at, b) - begin);
    }
    static QByteArrayView score(Fields &f, int column, Score s)
    {
        return s.isValid() ? pair(f, column, s.home, s.away) : QByteArrayView();
    }
    static QByteArrayView date(Fields &f, int column, const Leg &leg)
    {
        const QDate d = leg.date();
        if (!d.isValid())
            return {};
        char *begin = f.storage[std::size_t(column)].data();
        char *at = putNumber(begin, d.year(), 4);
        *at++ = '-';
        at = putNumber(at, d.month(), 2);
        *at++ = '-';
        return QByteArrayView(begin, putNumber(at, d.day(), 2) - begin);
    }
    static QByteArrayView time(Fields &f, int column, const Leg &leg)
    {
        if (leg.kickoffMinutes < 0)
            return {};
        char *begin = f.storage[std::size_t(column)].data();
        char *at = putNumber(begin, leg.kickoffMinutes / 60, 2);
        *at++ = ':';
        return QByteArrayView(begin, putNumber(at, leg.kickoffMinutes % 60, 2) - begin);
    }

    QByteArray encode(const QString &text) const
    {
        QByteArray utf8 = text.toUtf8(); // not const, so that returning it moves it
        switch (m_encoding) {
        case Encoding::Csv: return csvField(utf8);
        case Encoding::Json: return jsonString(utf8);
        case Encoding::Raw: break;
        }
        return utf8;
    }

    QByteArrayView club(ClubId id)
    {
        if (id == NoClub || id >= m_clubs.size())
            return {};
        std::optional<QByteArray> &bytes = m_clubs[id];
        if (!bytes)
            bytes = encode(m_set.clubs.name(id));
        return *bytes;
    }

    QByteArrayView fileName(std::uint16_t file)
    {
        if (file >= m_files.size())
            return {};
        std::optional<QByteArray> &bytes = m_files[file];
        if (!bytes)
            bytes = encode(m_set.files[file].displayName);
        return *bytes;
    }

    // The round the file names for the tie (Football.TXT), empty when none; each encoded once.
    QByteArrayView roundName(const Tie &tie)
    {
        if (tie.file >= m_files.size() || m_set.files[tie.file].rounds.empty())
            return {};
        const SourceFile &file = m_set.files[tie.file];
        const int round = file.roundIndexAt(tie.line);
        if (round < 0)
            return {};
        std::vector<std::optional<QByteArray>> &names = m_rounds[tie.file];
        names.resize(file.rounds.size());
        std::optional<QByteArray> &bytes = names[std::size_t(round)];
        if (!bytes)
            bytes = encode(file.rounds[std::size_t(round)].name);
        return *bytes;
    }

    const TieSet &m_set;
    Encoding m_encoding;
    std::vector<std::optional<QByteArray>> m_clubs;
    std::vector<std::optional<QByteArray>> m_files;
    std::map<std::uint16_t, std::vector<std::optional<QByteArray>>> m_rounds; // by file
    std::array<QByteArray, DecidedByCount> m_decidedBy;
};

void appendCsvRow(QByteArray &out, const Fields &f)
{
    // Text fields come encoded from the cache; the others are digits, ':', '-' and '_' only.
    for (int c = 0; c < ColumnCount; ++c) {
        if (c > 0)
            out += ',';
        out += f.view[std::size_t(c)];
    }
    out += "\r\n";
}

// "{\"file\": ", ", \"line\": ", ...: what precedes each value in a JSON object.
const std::array<QByteArray, ColumnCount> &jsonKeyPrefixes()
{
    static const std::array<QByteArray, ColumnCount> prefixes = [] {
        std::array<QByteArray, ColumnCount> p;
        for (int c = 0; c < ColumnCount; ++c)
            p[std::size_t(c)] = QByteArray(c > 0 ? ", \"" : "{\"") + Names[std::size_t(c)] + "\": ";
        return p;
    }();
    return prefixes;
}

void appendJsonObject(QByteArray &out, const Fields &f)
{
    const std::array<QByteArray, ColumnCount> &prefixes = jsonKeyPrefixes();
    for (int c = 0; c < ColumnCount; ++c) {
        out += prefixes[std::size_t(c)];
        const QByteArrayView value = f.view[std::size_t(c)];
        if (isTextColumn(c)) {
            out += value.isEmpty() ? QByteArrayView("\"\"") : value; // cached as a JSON string
        } else if (c == Line) {
            out += value; // a number
        } else {
            out += '"';
            out += value;
            out += '"';
        }
    }
    out += '}';
}

bool flush(QIODevice &device, QByteArray &buffer)
{
    const bool ok = device.write(buffer) == buffer.size();
    buffer.clear();
    return ok;
}

} // namespace

QStringList columnNames()
{
    QStringList names;
    names.reserve(ColumnCount);
    for (const char *name : Names)
        names << QString::fromLatin1(name);
    return names;
}

TieColumns tieColumns(const Tie &tie)
{
    // A leg whose status has no score (walkover, not played, ...) shows none, whatever it holds.
    const bool leg1Scored = hasScore(tie.leg1.status) && tie.leg1.fullTime.isValid();
    const bool leg2Scored = hasScore(tie.leg2.status) && tie.leg2.fullTime.isValid();
    TieColumns c;
    if (leg1Scored) {
        c.leg1 = tie.leg1.finalScore();
        c.leg1HalfTime = tie.leg1.halfTime;
    }
    if (leg2Scored) {
        c.leg2 = tie.leg2.finalScore();
        c.leg2HalfTime = tie.leg2.halfTime;
        c.leg2After90 = tie.leg2.fullTime;
        c.leg2Penalties = tie.leg2.penalties;
    }
    if (leg1Scored || leg2Scored) {
        const Aggregate a = rules::aggregate(tie);
        c.hasAggregate = true;
        c.aggregateHome = a.home;
        c.aggregateAway = a.away;
    }
    c.decidedBy = tie.decidedBy;
    c.winner = tie.winnerClub();
    c.statedWinner = tie.statedWinner;
    return c;
}

QByteArray decidedByName(DecidedBy by)
{
    return int(by) < DecidedByCount ? rules::decidedByKey(by).toLatin1() : QByteArray();
}

QStringList rowValues(const TieSet &set, const Tie &tie)
{
    Fields fields;
    RowBuilder builder(set, Encoding::Raw); // owns the names the fields point into
    builder.build(tie, fields);
    QStringList values;
    values.reserve(ColumnCount);
    for (const QByteArrayView field : fields.view)
        values << QString::fromUtf8(field);
    return values;
}

std::optional<TableFormat> formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(u"db", Qt::CaseInsensitive) == 0)
        return TableFormat::Sqlite;
    return formatForName(suffix);
}

std::optional<TableFormat> formatForName(const QString &name)
{
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return TableFormat::Csv;
    if (name.compare(u"json", Qt::CaseInsensitive) == 0)
        return TableFormat::Json;
    if (name.compare(u"sqlite", Qt::CaseInsensitive) == 0)
        return TableFormat::Sqlite;
    return std::nullopt;
}

bool isStreamFormat(TableFormat format)
{
    return format == TableFormat::Csv || format == TableFormat::Json;
}

bool writeTable(QIODevice &device, const TieSet &set, const std::vector<int> &tieIndices, TableFormat format)
{
    if (!isStreamFormat(format))
        return false;
    QByteArray buffer;
    buffer.reserve(FlushBytes + 4096);
    Fields fields;
    RowBuilder builder(set, format == TableFormat::Csv ? Encoding::Csv : Encoding::Json);

    if (format == TableFormat::Csv) {
        for (int c = 0; c < ColumnCount; ++c) {
            if (c > 0)
                buffer += ',';
            buffer += Names[std::size_t(c)];
        }
        buffer += "\r\n";
    } else {
        buffer += '[';
    }

    bool first = true;
    for (const int index : tieIndices) {
        if (index < 0 || std::size_t(index) >= set.ties.size())
            continue;
        builder.build(set.ties[std::size_t(index)], fields);
        if (format == TableFormat::Csv) {
            appendCsvRow(buffer, fields);
        } else {
            buffer += first ? "\n  " : ",\n  ";
            appendJsonObject(buffer, fields);
        }
        first = false;
        if (buffer.size() >= FlushBytes && !flush(device, buffer))
            return false;
    }

    if (format == TableFormat::Json)
        buffer += first ? "]\n" : "\n]\n";
    return flush(device, buffer);
}

QByteArray tableBytes(const TieSet &set, const std::vector<int> &tieIndices, TableFormat format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeTable(buffer, set, tieIndices, format); // a QBuffer takes every byte
    buffer.close();
    return bytes;
}

bool writeTable(const QString &path, const TieSet &set, const std::vector<int> &tieIndices, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("TableExport", "Cannot write %1: %2").arg(shown, why);
        return false;
    };

    const std::optional<TableFormat> format = formatForPath(path);
    if (!format)
        return fail(
            QCoreApplication::translate("TableExport", "the file name must end in .csv, .json, .sqlite or .db"));
    if (*format == TableFormat::Sqlite)
        return writeDatabase(path, set, tieIndices, error);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (!writeTable(file, set, tieIndices, *format)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace tb::tableexport
