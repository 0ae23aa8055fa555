// Writes ties as a CSV or JSON table: the fields of each tie, then the format's quoting.
#include "tableexport.h"

#include "rules.h"

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
    ColumnCount
};

constexpr std::array<const char *, ColumnCount> Names = {
    "file", "line", "home", "away", "leg1", "leg1_ht", "leg2", "leg2_ht", "leg2_90", "leg2_pens", "aggregate",
    "decided_by", "winner", "stated_winner", "leg1_date", "leg2_date", "leg1_time", "leg2_time",
};

using Row = std::array<QByteArray, ColumnCount>;

// Flushing every so often keeps a million-tie export from building the whole file in memory.
constexpr qsizetype FlushBytes = 1 << 20;

void appendPadded(QByteArray &out, int value, int width)
{
    const QByteArray digits = QByteArray::number(value);
    for (qsizetype i = digits.size(); i < width; ++i)
        out += '0';
    out += digits;
}

QByteArray scoreBytes(Score s)
{
    if (!s.isValid())
        return {};
    return QByteArray::number(s.home) + ':' + QByteArray::number(s.away);
}

QByteArray dateBytes(const Leg &leg)
{
    const QDate date = leg.date();
    if (!date.isValid())
        return {};
    QByteArray out;
    out.reserve(10);
    appendPadded(out, date.year(), 4);
    out += '-';
    appendPadded(out, date.month(), 2);
    out += '-';
    appendPadded(out, date.day(), 2);
    return out;
}

QByteArray timeBytes(const Leg &leg)
{
    if (leg.kickoffMinutes < 0)
        return {};
    QByteArray out;
    out.reserve(5);
    appendPadded(out, leg.kickoffMinutes / 60, 2);
    out += ':';
    appendPadded(out, leg.kickoffMinutes % 60, 2);
    return out;
}

// Builds rows, remembering each club's and file's UTF-8 bytes so that a name is encoded once.
class RowBuilder
{
public:
    explicit RowBuilder(const TieSet &set) : m_set(set), m_clubs(set.clubs.size()), m_files(set.files.size()) {}

    void build(const Tie &tie, Row &row)
    {
        const bool leg1Scored = hasScore(tie.leg1.status) && tie.leg1.fullTime.isValid();
        const bool leg2Scored = hasScore(tie.leg2.status) && tie.leg2.fullTime.isValid();

        row[File] = fileName(tie.file);
        row[Line] = QByteArray::number(tie.line);
        row[Home] = club(tie.home);
        row[Away] = club(tie.away);
        row[Leg1] = leg1Scored ? scoreBytes(tie.leg1.finalScore()) : QByteArray();
        row[Leg1HalfTime] = leg1Scored ? scoreBytes(tie.leg1.halfTime) : QByteArray();
        row[Leg2] = leg2Scored ? scoreBytes(tie.leg2.finalScore()) : QByteArray();
        row[Leg2HalfTime] = leg2Scored ? scoreBytes(tie.leg2.halfTime) : QByteArray();
        row[Leg2After90] = leg2Scored ? scoreBytes(tie.leg2.fullTime) : QByteArray();
        row[Leg2Penalties] = leg2Scored ? scoreBytes(tie.leg2.penalties) : QByteArray();
        if (leg1Scored || leg2Scored) {
            const Aggregate a = rules::aggregate(tie);
            row[AggregateColumn] = QByteArray::number(a.home) + ':' + QByteArray::number(a.away);
        } else {
            row[AggregateColumn].clear();
        }
        row[DecidedByColumn] = rules::decidedByKey(tie.decidedBy).toLatin1();
        row[Winner] = club(tie.winnerClub());
        row[StatedWinner] = club(tie.statedWinner);
        row[Leg1Date] = dateBytes(tie.leg1);
        row[Leg2Date] = dateBytes(tie.leg2);
        row[Leg1Time] = timeBytes(tie.leg1);
        row[Leg2Time] = timeBytes(tie.leg2);
    }

private:
    const QByteArray &club(ClubId id)
    {
        static const QByteArray none;
        if (id == NoClub || id >= m_clubs.size())
            return none;
        std::optional<QByteArray> &bytes = m_clubs[id];
        if (!bytes)
            bytes = m_set.clubs.name(id).toUtf8();
        return *bytes;
    }

    const QByteArray &fileName(std::uint16_t file)
    {
        static const QByteArray none;
        if (file >= m_files.size())
            return none;
        std::optional<QByteArray> &bytes = m_files[file];
        if (!bytes)
            bytes = m_set.files[file].displayName.toUtf8();
        return *bytes;
    }

    const TieSet &m_set;
    std::vector<std::optional<QByteArray>> m_clubs;
    std::vector<std::optional<QByteArray>> m_files;
};

void appendCsvField(QByteArray &out, const QByteArray &field)
{
    // RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
    bool quote = false;
    for (const char c : field) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
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
}

void appendCsvRow(QByteArray &out, const Row &row)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (c > 0)
            out += ',';
        appendCsvField(out, row[c]);
    }
    out += "\r\n";
}

void appendJsonObject(QByteArray &out, const Row &row)
{
    out += '{';
    for (int c = 0; c < ColumnCount; ++c) {
        if (c > 0)
            out += ", ";
        out += '"';
        out += Names[c];
        out += "\": ";
        if (c == Line)
            out += row[c]; // a number
        else
            appendJsonString(out, row[c]);
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

QStringList rowValues(const TieSet &set, const Tie &tie)
{
    Row row;
    RowBuilder(set).build(tie, row);
    QStringList values;
    values.reserve(ColumnCount);
    for (const QByteArray &field : row)
        values << QString::fromUtf8(field);
    return values;
}

std::optional<TableFormat> formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(u"csv", Qt::CaseInsensitive) == 0)
        return TableFormat::Csv;
    if (suffix.compare(u"json", Qt::CaseInsensitive) == 0)
        return TableFormat::Json;
    return std::nullopt;
}

bool writeTable(QIODevice &device, const TieSet &set, const std::vector<int> &tieIndices, TableFormat format)
{
    QByteArray buffer;
    buffer.reserve(FlushBytes + 4096);
    Row row;
    RowBuilder builder(set);

    if (format == TableFormat::Csv) {
        for (int c = 0; c < ColumnCount; ++c) {
            if (c > 0)
                buffer += ',';
            buffer += Names[c];
        }
        buffer += "\r\n";
    } else {
        buffer += '[';
    }

    bool first = true;
    for (const int index : tieIndices) {
        if (index < 0 || std::size_t(index) >= set.ties.size())
            continue;
        builder.build(set.ties[std::size_t(index)], row);
        if (format == TableFormat::Csv) {
            appendCsvRow(buffer, row);
        } else {
            buffer += first ? "\n  " : ",\n  ";
            appendJsonObject(buffer, row);
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
        return fail(QCoreApplication::translate("TableExport", "the file name must end in .csv or .json"));

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
