// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the CSV/JSON table export: exact bytes for known ties, quoting, and safe failure.
#include "exportfixtures.h"
#include "loader.h"
#include "tableexport.h"
#include "testfiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tb;
using namespace tb::exportfixtures;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tb::TableFormat)

namespace {

const QByteArray ExpectedCsv
    = "file,line,home,away,leg1,leg1_ht,leg2,leg2_ht,leg2_90,leg2_pens,aggregate,decided_by,winner,stated_winner,"
      "leg1_date,leg2_date,leg1_time,leg2_time,round\r\n"
      "europa-league-2012-13-q1.txt,97,St Patrick's Athletic,\xc3\x8d"
      "BV Vestmannaeyjar,1:0,1:0,2:1,0:0,1:0,,2:2,"
      "away_goals_extra_time,St Patrick's Athletic,St Patrick's Athletic,2012-07-05,2012-07-12,19:45,20:30,\r\n"
      "mixed.txt,4,\"Club, \"\"Quoted\"\" FC\",AFC Ajax,0:1,0:1,0:1,0:0,0:1,13:12,1:1,penalties,AFC Ajax,AFC Ajax,"
      "2024-08-08,2024-08-15,,20:15,\r\n"
      "mixed.txt,7,A,B,2:0,,,,,,2:0,undecided,,,,,,,\r\n"
      "mixed.txt,10,C,D\\E,0:3,,,,,,0:3,awarded,D\\E,D\\E,2024-08-01,,09:05,,\r\n";

const QByteArray ExpectedJson
    = "[\n"
      "  {\"file\": \"europa-league-2012-13-q1.txt\", \"line\": 97, \"home\": \"St Patrick's Athletic\", "
      "\"away\": \"\xc3\x8d"
      "BV Vestmannaeyjar\", \"leg1\": \"1:0\", \"leg1_ht\": \"1:0\", \"leg2\": \"2:1\", "
      "\"leg2_ht\": \"0:0\", \"leg2_90\": \"1:0\", \"leg2_pens\": \"\", \"aggregate\": \"2:2\", "
      "\"decided_by\": \"away_goals_extra_time\", \"winner\": \"St Patrick's Athletic\", "
      "\"stated_winner\": \"St Patrick's Athletic\", \"leg1_date\": \"2012-07-05\", \"leg2_date\": \"2012-07-12\", "
      "\"leg1_time\": \"19:45\", \"leg2_time\": \"20:30\", \"round\": \"\"},\n"
      "  {\"file\": \"mixed.txt\", \"line\": 4, \"home\": \"Club, \\\"Quoted\\\" FC\", \"away\": \"AFC Ajax\", "
      "\"leg1\": \"0:1\", \"leg1_ht\": \"0:1\", \"leg2\": \"0:1\", \"leg2_ht\": \"0:0\", \"leg2_90\": \"0:1\", "
      "\"leg2_pens\": \"13:12\", \"aggregate\": \"1:1\", \"decided_by\": \"penalties\", \"winner\": \"AFC Ajax\", "
      "\"stated_winner\": \"AFC Ajax\", \"leg1_date\": \"2024-08-08\", \"leg2_date\": \"2024-08-15\", "
      "\"leg1_time\": \"\", \"leg2_time\": \"20:15\", \"round\": \"\"},\n"
      "  {\"file\": \"mixed.txt\", \"line\": 7, \"home\": \"A\", \"away\": \"B\", \"leg1\": \"2:0\", \"leg1_ht\": "
      "\"\", "
      "\"leg2\": \"\", \"leg2_ht\": \"\", \"leg2_90\": \"\", \"leg2_pens\": \"\", \"aggregate\": \"2:0\", "
      "\"decided_by\": \"undecided\", \"winner\": \"\", \"stated_winner\": \"\", \"leg1_date\": \"\", "
      "\"leg2_date\": \"\", \"leg1_time\": \"\", \"leg2_time\": \"\", \"round\": \"\"},\n"
      "  {\"file\": \"mixed.txt\", \"line\": 10, \"home\": \"C\", \"away\": \"D\\\\E\", \"leg1\": \"0:3\", "
      "\"leg1_ht\": \"\", \"leg2\": \"\", \"leg2_ht\": \"\", \"leg2_90\": \"\", \"leg2_pens\": \"\", "
      "\"aggregate\": \"0:3\", \"decided_by\": \"awarded\", \"winner\": \"D\\\\E\", \"stated_winner\": \"D\\\\E\", "
      "\"leg1_date\": \"2024-08-01\", \"leg2_date\": \"\", \"leg1_time\": \"09:05\", \"leg2_time\": \"\", \"round\": "
      "\"\"}\n"
      "]\n";

using tb::testfiles::readAll;
bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Takes `capacity` bytes, then refuses, like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity)
        : m_left(capacity)
    { }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (size > m_left)
            return -1;
        m_left -= size;
        return size;
    }

private:
    qint64 m_left;
};

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private slots:
    void columnNames();
    void csvBytes();
    void jsonBytes();
    void jsonParsesBack();
    void followsTheGivenOrder();
    void emptySelection_data();
    void emptySelection();
    void rowValues();
    void roundsOfASeason();
    void formatForPath_data();
    void formatForPath();
    void formatForName_data();
    void formatForName();
    void writesFile_data();
    void writesFile();
    void largeTableStreams();
    void failureLeavesFilesAlone_data();
    void failureLeavesFilesAlone();
    void deviceRefusesBytes();
    void databaseIsNotStreamed();
};

void TestTableExport::columnNames()
{
    QCOMPARE(
        tableexport::columnNames(),
        (QStringList{u"file"_s, u"line"_s, u"home"_s, u"away"_s, u"leg1"_s, u"leg1_ht"_s, u"leg2"_s, u"leg2_ht"_s,
                     u"leg2_90"_s, u"leg2_pens"_s, u"aggregate"_s, u"decided_by"_s, u"winner"_s, u"stated_winner"_s,
                     u"leg1_date"_s, u"leg2_date"_s, u"leg1_time"_s, u"leg2_time"_s, u"round"_s}));
}

void TestTableExport::csvBytes()
{
    const TieSet set = sampleSet();
    QCOMPARE(tableexport::tableBytes(set, allTies(set), TableFormat::Csv), ExpectedCsv);
}

void TestTableExport::jsonBytes()
{
    const TieSet set = sampleSet();
    QCOMPARE(tableexport::tableBytes(set, allTies(set), TableFormat::Json), ExpectedJson);
}

void TestTableExport::jsonParsesBack()
{
    // Given the JSON export, a JSON reader gets every key and the original club names back.
    const TieSet set = sampleSet();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(tableexport::tableBytes(set, allTies(set), TableFormat::Json),
                                                      &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), qsizetype(4));
    for (const QJsonValue &value : array) {
        QStringList keys = value.toObject().keys();
        QStringList expected = tableexport::columnNames();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
    }
    QCOMPARE(array[1][u"home"_s].toString(), u"Club, \"Quoted\" FC"_s);
    QCOMPARE(array[0][u"away"_s].toString(), u"ÍBV Vestmannaeyjar"_s);
    QCOMPARE(array[3][u"winner"_s].toString(), u"D\\E"_s);
    QCOMPARE(array[2][u"line"_s].toInt(), 7);
}

void TestTableExport::followsTheGivenOrder()
{
    // The GUI exports the table's sort order: the indices decide, not the file order.
    const TieSet set = sampleSet();
    const QByteArray csv = tableexport::tableBytes(set, {2, 0}, TableFormat::Csv);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), qsizetype(4)); // header, two rows, and the empty rest after the last CRLF
    QVERIFY(lines[1].startsWith("mixed.txt,7,A,B,"));
    QVERIFY(lines[2].startsWith("europa-league-2012-13-q1.txt,97,"));
    QCOMPARE(lines[3], QByteArray());
}

void TestTableExport::emptySelection_data()
{
    QTest::addColumn<TableFormat>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("csv") << TableFormat::Csv << ExpectedCsv.left(ExpectedCsv.indexOf('\n') + 1);
    QTest::newRow("json") << TableFormat::Json << QByteArray("[]\n");
}

void TestTableExport::emptySelection()
{
    QFETCH(TableFormat, format);
    const TieSet set = sampleSet();
    QTEST(tableexport::tableBytes(set, {}, format), "expected");
}

void TestTableExport::rowValues()
{
    const TieSet set = sampleSet();
    const QStringList values = tableexport::rowValues(set, set.ties[1]);
    QCOMPARE(values.size(), tableexport::columnNames().size());
    QCOMPARE(values,
             (QStringList{u"mixed.txt"_s, u"4"_s, u"Club, \"Quoted\" FC"_s, u"AFC Ajax"_s, u"0:1"_s, u"0:1"_s, u"0:1"_s,
                          u"0:0"_s, u"0:1"_s, u"13:12"_s, u"1:1"_s, u"penalties"_s, u"AFC Ajax"_s, u"AFC Ajax"_s,
                          u"2024-08-08"_s, u"2024-08-15"_s, QString(), u"20:15"_s, QString()}));
}

void TestTableExport::roundsOfASeason()
{
    // The round column holds the round a Football.TXT season names, in CSV and JSON alike.
    TieSet set;
    QVERIFY(tb::loader::readFile(tb::testfiles::dataFile(u"openfootball-cl-2018-19.txt"_s), set).readable);
    QCOMPARE(set.ties.size(), std::size_t(14));
    const QList<QByteArray> csv = tableexport::tableBytes(set, allTies(set), TableFormat::Csv).split('\n');
    QVERIFY(csv[1].endsWith(",Round of 16\r"));
    QVERIFY(csv[14].endsWith(",Semifinals\r"));
    const QJsonArray json
        = QJsonDocument::fromJson(tableexport::tableBytes(set, allTies(set), TableFormat::Json)).array();
    QCOMPARE(json.size(), 14);
    QCOMPARE(json[8].toObject()[u"round"_s].toString(), u"Quarterfinals"_s);
    QCOMPARE(tableexport::rowValues(set, set.ties[0]).last(), u"Round of 16"_s);
}

void TestTableExport::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1 = none
    QTest::newRow("csv") << u"out.csv"_s << int(TableFormat::Csv);
    QTest::newRow("CSV") << u"/tmp/OUT.CSV"_s << int(TableFormat::Csv);
    QTest::newRow("json") << u"dir.v2/out.json"_s << int(TableFormat::Json);
    QTest::newRow("sqlite") << u"ties.sqlite"_s << int(TableFormat::Sqlite);
    QTest::newRow("db") << u"/tmp/Ties.DB"_s << int(TableFormat::Sqlite);
    QTest::newRow("sqlite3") << u"ties.sqlite3"_s << -1;
    QTest::newRow("txt") << u"out.txt"_s << -1;
    QTest::newRow("none") << u"out"_s << -1;
    QTest::newRow("csv in folder name only") << u"a.csv/out"_s << -1;
}

void TestTableExport::formatForPath()
{
    QFETCH(QString, path);
    const std::optional<TableFormat> format = tableexport::formatForPath(path);
    QTEST(format ? int(*format) : -1, "format");
}

void TestTableExport::formatForName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1 = none
    QTest::newRow("csv") << u"csv"_s << int(TableFormat::Csv);
    QTest::newRow("CSV") << u"CSV"_s << int(TableFormat::Csv);
    QTest::newRow("json") << u"Json"_s << int(TableFormat::Json);
    QTest::newRow("sqlite") << u"SQLite"_s << int(TableFormat::Sqlite);
    QTest::newRow("db is a suffix, not a format") << u"db"_s << -1;
    QTest::newRow("with a dot") << u".csv"_s << -1;
    QTest::newRow("a file name") << u"out.json"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestTableExport::formatForName()
{
    QFETCH(QString, name);
    const std::optional<TableFormat> format = tableexport::formatForName(name);
    QTEST(format ? int(*format) : -1, "format");
}

void TestTableExport::writesFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("csv") << u"ties.csv"_s << ExpectedCsv;
    QTest::newRow("json") << u"ties.json"_s << ExpectedJson;
}

void TestTableExport::writesFile()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    // Given an older export at the same path, it is replaced as a whole.
    QVERIFY(writeBytes(path, QByteArray(100000, 'x')));

    const TieSet set = sampleSet();
    QString error;
    QVERIFY2(tableexport::writeTable(path, set, allTies(set), &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QTEST(readAll(path), "expected");
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{name}); // no temporary file left behind
}

void TestTableExport::largeTableStreams()
{
    // More than one flush's worth of rows: the streamed file is the same as the bytes in one piece.
    TieSet set = sampleSet();
    const Tie model = set.ties[1];
    for (int i = 0; i < 30000; ++i) {
        Tie tie = model;
        tie.line = std::uint32_t(100 + i);
        set.ties.push_back(tie);
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : {u"big.csv"_s, u"big.json"_s}) {
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(tableexport::writeTable(path, set, allTies(set), &error), qPrintable(error));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > (1 << 20) * 2);
        QCOMPARE(bytes, tableexport::tableBytes(set, allTies(set), *tableexport::formatForPath(path)));
    }
}

void TestTableExport::failureLeavesFilesAlone_data()
{
    QTest::addColumn<QString>("target"); // relative to the temporary folder
    QTest::addColumn<QString>("reason"); // part of the error message (the tests run under LC_ALL=C.UTF-8)

    // Tests may run as root, who may write into a read-only folder; a path that goes through a
    // regular file fails for everybody.
    QTest::newRow("folder is a file") << u"existing.csv/out.csv"_s << u"Not a directory"_s;
    QTest::newRow("folder missing") << u"missing/out.json"_s << u"No such file"_s;
    QTest::newRow("target is a folder") << u"folder.csv"_s << u"directory"_s;
    QTest::newRow("unknown format") << u"existing.txt"_s << u"must end in .csv, .json, .sqlite or .db"_s;
    // The database goes through a temporary file of its own and a rename (sqliteexport.h).
    QTest::newRow("database, folder is a file") << u"existing.csv/out.sqlite"_s << u"Not a directory"_s;
    QTest::newRow("database, folder missing") << u"missing/out.db"_s << u"No such file"_s;
    QTest::newRow("database, target is a folder") << u"folder.sqlite"_s << u"directory"_s;
}

void TestTableExport::failureLeavesFilesAlone()
{
    QFETCH(QString, target);
    QFETCH(QString, reason);

    // Given an existing export, a folder and a text file...
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray old = "an older export, to be kept\n";
    QVERIFY(writeBytes(dir.filePath(u"existing.csv"_s), old));
    QVERIFY(writeBytes(dir.filePath(u"existing.txt"_s), old));
    QVERIFY(QDir(dir.path()).mkdir(u"folder.csv"_s));
    QVERIFY(QDir(dir.path()).mkdir(u"folder.sqlite"_s));
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    // ...when writing fails...
    const TieSet set = sampleSet();
    const QString path = dir.filePath(target);
    QString error;
    QVERIFY(!tableexport::writeTable(path, set, allTies(set), &error));

    // ...the message names the path and why, and nothing was touched.
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.size() > u"Cannot write "_s.size() + path.size() + 2, qPrintable(error)); // a reason follows
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    QCOMPARE(readAll(dir.filePath(u"existing.csv"_s)), old);
    QCOMPARE(readAll(dir.filePath(u"existing.txt"_s)), old);
    QVERIFY(QDir(dir.filePath(u"folder.csv"_s)).isEmpty());
    QVERIFY(QDir(dir.filePath(u"folder.sqlite"_s)).isEmpty());
}

void TestTableExport::deviceRefusesBytes()
{
    TieSet set = sampleSet();
    for (int i = 0; i < 20000; ++i)
        set.ties.push_back(set.ties[0]);
    FullDevice device(4096);
    QVERIFY(device.open(QIODevice::WriteOnly));
    QVERIFY(!tableexport::writeTable(device, set, allTies(set), TableFormat::Csv));

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(tableexport::writeTable(buffer, set, allTies(set), TableFormat::Csv));
}

void TestTableExport::databaseIsNotStreamed()
{
    // A SQLite database is written to a file by name (tst_sqliteexport), never to a device.
    const TieSet set = sampleSet();
    QVERIFY(tableexport::isStreamFormat(TableFormat::Csv));
    QVERIFY(tableexport::isStreamFormat(TableFormat::Json));
    QVERIFY(!tableexport::isStreamFormat(TableFormat::Sqlite));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(!tableexport::writeTable(buffer, set, allTies(set), TableFormat::Sqlite));
    QCOMPARE(buffer.size(), 0);
    QCOMPARE(tableexport::tableBytes(set, allTies(set), TableFormat::Sqlite), QByteArray());
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
