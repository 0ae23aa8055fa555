// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the SQLite export: the schema, the values read back, the real rounds against the CSV
// export, the sqlite3 tool, and a failed export that leaves the old file.
#include "exportfixtures.h"
#include "loader.h"
#include "sqliteexport.h"
#include "tableexport.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <set>
#include <utility>

#include <sys/stat.h>

using namespace tb;
using namespace tb::exportfixtures;
using namespace Qt::StringLiterals;

namespace {

// Opens a database file for a test and closes it again, with a connection of its own.
class Database
{
public:
    explicit Database(const QString &path)
        : m_name(u"tst_sqliteexport-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_open = db.open();
    }
    ~Database() { QSqlDatabase::removeDatabase(m_name); }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_open; }

    // Each row of `sql`'s result, its values joined by '|' (NULL as "NULL").
    QStringList rows(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        QStringList rows;
        if (!query.exec(sql)) {
            rows << u"error: "_s + query.lastError().text();
            return rows;
        }
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.isNull(i) ? u"NULL"_s : query.value(i).toString());
            rows << values.join(u'|');
        }
        return rows;
    }
    QString value(const QString &sql) const
    {
        const QStringList all = rows(sql);
        return all.isEmpty() ? QString() : all.first();
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

// The fields of RFC 4180 CSV, as tableexport writes it (header row first).
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << std::exchange(field, QString());
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << std::exchange(field, QString());
            rows << std::exchange(row, QStringList());
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

mode_t modeOf(const QString &path)
{
    struct stat info
    { };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}

} // namespace

class TestSqliteExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void schema();
    void values();
    void clubTies();
    void followsTheGivenOrder();
    void emptySelection();
    void realFiles_data();
    void realFiles();
    void sqliteToolReadsIt();
    void roundsOfASeason();
    void replacesTheOldFile();
    void newFileHasTheUsualPermissions();
    void stoppedExportKeepsTheOldFile();

private:
    QString write(const TieSet &set, const std::vector<int> &ties, const QString &name = u"ties.sqlite"_s);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_connections;
};

void TestSqliteExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_connections = QSqlDatabase::connectionNames();
}

void TestSqliteExport::cleanup()
{
    // Every export removed its connection again.
    QCOMPARE(QSqlDatabase::connectionNames(), m_connections);
    m_dir.reset();
}

QString TestSqliteExport::write(const TieSet &set, const std::vector<int> &ties, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QString error;
    if (!tableexport::writeTable(path, set, ties, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

void TestSqliteExport::schema()
{
    const QString path = write(sampleSet(), allTies(sampleSet()));
    QVERIFY(!path.isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"ties.sqlite"_s});
    const Database db(path);
    QVERIFY(db.isOpen());

    QCOMPARE(db.rows(u"SELECT type, name FROM sqlite_master ORDER BY type, name"_s),
             (QStringList{u"index|sqlite_autoindex_clubs_1"_s, u"index|ties_away"_s, u"index|ties_home"_s,
                          u"index|ties_leg1_date"_s, u"index|ties_leg2_date"_s, u"table|clubs"_s, u"table|ties"_s,
                          u"view|club_ties"_s}));
    QCOMPARE(db.value(u"PRAGMA user_version"_s), u"1"_s);
    QCOMPARE(db.rows(u"SELECT name || ' ' || type FROM pragma_table_info('ties')"_s),
             (QStringList{u"id INTEGER"_s,
                          u"file TEXT"_s,
                          u"line INTEGER"_s,
                          u"home_id INTEGER"_s,
                          u"away_id INTEGER"_s,
                          u"leg1_home INTEGER"_s,
                          u"leg1_away INTEGER"_s,
                          u"leg1_ht_home INTEGER"_s,
                          u"leg1_ht_away INTEGER"_s,
                          u"leg2_home INTEGER"_s,
                          u"leg2_away INTEGER"_s,
                          u"leg2_ht_home INTEGER"_s,
                          u"leg2_ht_away INTEGER"_s,
                          u"leg2_90_home INTEGER"_s,
                          u"leg2_90_away INTEGER"_s,
                          u"leg2_pens_home INTEGER"_s,
                          u"leg2_pens_away INTEGER"_s,
                          u"aggregate_home INTEGER"_s,
                          u"aggregate_away INTEGER"_s,
                          u"decided_by TEXT"_s,
                          u"winner_id INTEGER"_s,
                          u"stated_winner_id INTEGER"_s,
                          u"leg1_date TEXT"_s,
                          u"leg2_date TEXT"_s,
                          u"leg1_time TEXT"_s,
                          u"leg2_time TEXT"_s,
                          u"round TEXT"_s}));
    QCOMPARE(db.value(u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(db.value(u"PRAGMA foreign_key_check"_s), QString()); // every id names a club
}

void TestSqliteExport::values()
{
    // Given the four ties of every kind, each value comes back typed, NULL where not given.
    const QString path = write(sampleSet(), allTies(sampleSet()));
    QVERIFY(!path.isEmpty());
    const Database db(path);
    QVERIFY(db.isOpen());
    const QString columns = u"t.id, t.file, t.line, h.name, a.name, leg1_home, leg1_away, leg1_ht_home, leg1_ht_away, "
                            u"leg2_home, leg2_away, leg2_ht_home, leg2_ht_away, leg2_90_home, leg2_90_away, "
                            u"leg2_pens_home, leg2_pens_away, aggregate_home, aggregate_away, decided_by, w.name, "
                            u"s.name, leg1_date, leg2_date, leg1_time, leg2_time"_s;
    QCOMPARE(
        db.rows(u"SELECT "_s + columns
                + u" FROM ties t JOIN clubs h ON h.id = home_id JOIN clubs a ON a.id = away_id"
                  u" LEFT JOIN clubs w ON w.id = winner_id LEFT JOIN clubs s ON s.id = stated_winner_id"
                  u" ORDER BY t.id"_s),
        (QStringList{
            u"1|europa-league-2012-13-q1.txt|97|St Patrick's Athletic|ÍBV Vestmannaeyjar|1|0|1|0|2|1|0|0|1|0|NULL|"
            u"NULL|2|2|away_goals_extra_time|St Patrick's Athletic|St Patrick's Athletic|2012-07-05|2012-07-12|"
            u"19:45|20:30"_s,
            u"2|mixed.txt|4|Club, \"Quoted\" FC|AFC Ajax|0|1|0|1|0|1|0|0|0|1|13|12|1|1|penalties|AFC Ajax|AFC Ajax|"
            u"2024-08-08|2024-08-15|NULL|20:15"_s,
            u"3|mixed.txt|7|A|B|2|0|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|2|0|undecided|NULL|NULL|"
            u"NULL|NULL|NULL|NULL"_s,
            u"4|mixed.txt|10|C|D\\E|0|3|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|0|3|awarded|D\\E|D\\E|"
            u"2024-08-01|NULL|09:05|NULL"_s}));
    // Typed, not text that looks like numbers: sums and comparisons work as a SQL user expects.
    QCOMPARE(db.value(u"SELECT typeof(leg1_home) || ' ' || typeof(leg2_pens_home) || ' ' || typeof(leg1_date)"
                      u" FROM ties WHERE id = 2"_s),
             u"integer integer text"_s);
    QCOMPARE(db.value(u"SELECT sum(aggregate_home + aggregate_away) FROM ties"_s), u"11"_s);
}

void TestSqliteExport::clubTies()
{
    // The view has each tie once from each club's side, with who went through.
    const QString path = write(sampleSet(), allTies(sampleSet()));
    QVERIFY(!path.isEmpty());
    const Database db(path);
    QVERIFY(db.isOpen());
    QCOMPARE(db.rows(u"SELECT tie_id, club, opponent, first_leg, goals_for, goals_against, through, decided_by"
                     u" FROM club_ties ORDER BY tie_id, first_leg DESC"_s),
             (QStringList{u"1|St Patrick's Athletic|ÍBV Vestmannaeyjar|home|2|2|1|away_goals_extra_time"_s,
                          u"1|ÍBV Vestmannaeyjar|St Patrick's Athletic|away|2|2|0|away_goals_extra_time"_s,
                          u"2|Club, \"Quoted\" FC|AFC Ajax|home|1|1|0|penalties"_s,
                          u"2|AFC Ajax|Club, \"Quoted\" FC|away|1|1|1|penalties"_s, u"3|A|B|home|2|0|NULL|undecided"_s,
                          u"3|B|A|away|0|2|NULL|undecided"_s, u"4|C|D\\E|home|0|3|0|awarded"_s,
                          u"4|D\\E|C|away|3|0|1|awarded"_s}));
    // A club's ties, the way an analyst asks for them, by the indexes.
    QCOMPARE(db.value(u"SELECT count(*) FROM club_ties WHERE club = 'AFC Ajax' AND through"_s), u"1"_s);
    QVERIFY(db.rows(u"EXPLAIN QUERY PLAN SELECT * FROM ties WHERE home_id = 1 OR away_id = 1"_s)
                .join(u'\n')
                .contains(u"ties_home"_s));
}

void TestSqliteExport::followsTheGivenOrder()
{
    // The table's order and filter decide: ids follow the indices, and only the clubs they name are listed.
    const QString path = write(sampleSet(), {2, 0});
    QVERIFY(!path.isEmpty());
    const Database db(path);
    QCOMPARE(db.rows(u"SELECT id, line FROM ties ORDER BY id"_s), (QStringList{u"1|7"_s, u"2|97"_s}));
    QCOMPARE(db.rows(u"SELECT name FROM clubs ORDER BY name"_s),
             (QStringList{u"A"_s, u"B"_s, u"St Patrick's Athletic"_s, u"ÍBV Vestmannaeyjar"_s}));
}

void TestSqliteExport::emptySelection()
{
    const QString path = write(sampleSet(), {});
    QVERIFY(!path.isEmpty());
    const Database db(path);
    QCOMPARE(db.value(u"SELECT count(*) FROM ties"_s), u"0"_s);
    QCOMPARE(db.value(u"SELECT count(*) FROM clubs"_s), u"0"_s);
    QCOMPARE(db.value(u"SELECT count(*) FROM club_ties"_s), u"0"_s);
}

void TestSqliteExport::realFiles_data()
{
    // Every round in tests/data (both formats), each on its own and all together.
    QTest::addColumn<QStringList>("files");
    const QStringList all = QDir(testfiles::dataFile(u"."_s)).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QVERIFY(all.size() >= 5);
    for (const QString &file : all)
        QTest::newRow(qPrintable(file)) << QStringList{file};
    QTest::newRow("all together") << all;
}

void TestSqliteExport::realFiles()
{
    // Given real rounds read as the command line reads them,
    QFETCH(QStringList, files);
    TieSet set;
    for (const QString &file : files)
        QVERIFY(loader::readFile(testfiles::dataFile(file), set).readable);
    QVERIFY(!set.ties.empty());

    // when they are exported as a database and as CSV,
    const QString path = write(set, allTies(set));
    QVERIFY(!path.isEmpty());
    const QList<QStringList> csv = parseCsv(tableexport::tableBytes(set, allTies(set), TableFormat::Csv));
    QCOMPARE(csv.size(), qsizetype(set.ties.size()) + 1);
    const QStringList header = csv.first();

    // then the database has a row per tie, a club per name and two view rows per tie,
    const Database db(path);
    QVERIFY(db.isOpen());
    QCOMPARE(db.value(u"SELECT count(*) FROM ties"_s).toULongLong(), set.ties.size());
    QCOMPARE(db.value(u"SELECT count(*) FROM club_ties"_s).toULongLong(), 2 * set.ties.size());
    std::set<QString> names;
    for (const QStringList &row : csv.mid(1)) {
        for (const char *column : {"home", "away", "stated_winner"}) {
            if (const QString name = row[header.indexOf(QLatin1StringView(column))]; !name.isEmpty())
                names.insert(name);
        }
    }
    QCOMPARE(db.value(u"SELECT count(*) FROM clubs"_s).toULongLong(), names.size());

    // the goals of each score column add up to the CSV's,
    for (const char *column : {"leg1", "leg1_ht", "leg2", "leg2_ht", "leg2_90", "leg2_pens", "aggregate"}) {
        const qsizetype at = header.indexOf(QLatin1StringView(column));
        QVERIFY(at >= 0);
        qint64 home = 0;
        qint64 away = 0;
        int given = 0;
        for (const QStringList &row : csv.mid(1)) {
            const QStringList goals = row[at].split(u':');
            if (goals.size() == 2) {
                home += goals[0].toInt();
                away += goals[1].toInt();
                ++given;
            }
        }
        const QString name = QLatin1StringView(column).toString();
        QCOMPARE(db.value(u"SELECT coalesce(sum(%1_home), 0) || '|' || coalesce(sum(%1_away), 0) || '|' || "
                          u"count(%1_home) FROM ties"_s.arg(name)),
                 u"%1|%2|%3"_s.arg(home).arg(away).arg(given));
    }

    // and as many ties were decided each way.
    std::map<QString, int> decided;
    for (const QStringList &row : csv.mid(1))
        ++decided[row[header.indexOf(u"decided_by"_s)]];
    QStringList expected;
    for (const auto &[by, count] : decided)
        expected << by + u'|' + QString::number(count);
    QCOMPARE(db.rows(u"SELECT decided_by, count(*) FROM ties GROUP BY decided_by ORDER BY decided_by"_s), expected);
}

void TestSqliteExport::sqliteToolReadsIt()
{
    // The file opens in the sqlite3 tool as it is (install-deps.sh installs it).
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 tool is not installed (scripts/install-deps.sh installs it)");
    TieSet set;
    QVERIFY(loader::readFile(testfiles::dataFile(u"cl-2014-15-r16.txt"_s), set).readable);
    const QString path = write(set, allTies(set), u"ties.db"_s);
    QVERIFY(!path.isEmpty());

    QProcess tool;
    tool.start(sqlite3,
               {u"-batch"_s, u"-readonly"_s, path,
                u"PRAGMA integrity_check; SELECT count(*) FROM ties;"
                u" SELECT club FROM club_ties WHERE decided_by = 'away_goals_extra_time' AND through;"_s});
    QVERIFY(tool.waitForFinished(30000));
    QCOMPARE(tool.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()), u"ok\n8\nParis Saint-Germain\n"_s);
}

void TestSqliteExport::roundsOfASeason()
{
    // A Football.TXT season names its rounds: the round column holds them, NULL for a
    // worldfootball.net table, which names none.
    TieSet set;
    QVERIFY(loader::readFile(testfiles::dataFile(u"openfootball-cl-2024-25.txt"_s), set).readable);
    QVERIFY(loader::readFile(testfiles::dataFile(u"cl-2014-15-r16.txt"_s), set).readable);
    const QString path = write(set, allTies(set));
    QVERIFY(!path.isEmpty());
    const Database db(path);
    QVERIFY(db.isOpen());
    QCOMPARE(db.rows(u"SELECT coalesce(round, 'NULL'), count(*) FROM ties GROUP BY round ORDER BY min(id)"_s),
             (QStringList{u"Playoffs|8"_s, u"Finals, Round of 16|8"_s, u"Finals, Quarterfinals|4"_s,
                          u"Finals, Semifinals|2"_s, u"NULL|8"_s}));
}

void TestSqliteExport::replacesTheOldFile()
{
    // Given an older file there, readable by its group only,
    const QString path = m_dir->filePath(u"ties.sqlite"_s);
    QVERIFY(writeBytes(path, QByteArray(100000, 'x')));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);

    // an export replaces it as a whole and keeps its permissions.
    QVERIFY(!write(sampleSet(), allTies(sampleSet())).isEmpty());
    QCOMPARE(modeOf(path), mode_t(0640));
    const Database db(path);
    QCOMPARE(db.value(u"SELECT count(*) FROM ties"_s), u"4"_s);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"ties.sqlite"_s});
}

void TestSqliteExport::newFileHasTheUsualPermissions()
{
    // A new file gets what a new file gets (0666 less the umask), not a temporary file's 0600.
    const mode_t mask = ::umask(022);
    ::umask(mask);
    const QString path = write(sampleSet(), allTies(sampleSet()));
    QVERIFY(!path.isEmpty());
    QCOMPARE(modeOf(path), mode_t(0666 & ~mask));
}

void TestSqliteExport::stoppedExportKeepsTheOldFile()
{
    // Given an older export and more ties than are written between two questions,
    TieSet set = sampleSet();
    for (int i = 0; i < 20000; ++i)
        set.ties.push_back(set.ties[std::size_t(i % 4)]);
    const QString path = m_dir->filePath(u"ties.sqlite"_s);
    const QByteArray old = "an older export, to be kept\n";
    QVERIFY(writeBytes(path, old));

    // when the export fails halfway (here: it is stopped, as a full disk would stop it),
    std::vector<std::size_t> asked;
    QString error;
    const bool written = tableexport::writeDatabase(path, set, allTies(set), &error, [&asked](std::size_t n) {
        asked.push_back(n);
        return asked.size() < 3;
    });

    // then the old file is as it was, no temporary file is left, and the message says why.
    QVERIFY(!written);
    QCOMPARE(asked, (std::vector<std::size_t>{4096, 8192, 12288}));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)) && error.contains(u"stopped"_s), qPrintable(error));
    QCOMPARE(testfiles::readAll(path), old);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"ties.sqlite"_s});

    // Asked to go on, the same export succeeds.
    QVERIFY2(tableexport::writeDatabase(path, set, allTies(set), &error, [](std::size_t) { return true; }),
             qPrintable(error));
    const Database db(path);
    QCOMPARE(db.value(u"SELECT count(*) FROM ties"_s), u"20004"_s);
}

QTEST_GUILESS_MAIN(TestSqliteExport)
#include "tst_sqliteexport.moc"
