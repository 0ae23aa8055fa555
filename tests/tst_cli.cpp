// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real tiebrowser binary headless: --check, --export-table, --export-chart's arguments, --help; pipes in and out.
#include "testfiles.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Sample = u"europa-league-2012-13-q1.txt"_s;

// The sample's first three ties, then a line that is no part of a tie, then a tie with a
// half-time score above the full-time one and a stated winner the rules disagree with.
const QByteArray BadFile = "1st(1st leg) V\xc3\xad"
                           "kingur - FK Gomel 0:6 (0:0)\n"
                           "2nd (2nd leg) FK Gomel - V\xc3\xad"
                           "kingur 4:0 (0:0)\n"
                           "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\n"
                           "1st(1st leg) KF Shk\xc3\xab"
                           "ndija 79 - Portadown FC 0:0 (0:0)\n"
                           "2nd (2nd leg) Portadown FC - KF Shk\xc3\xab"
                           "ndija 79 2:1 (0:1)\n"
                           "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 10/07/2012 19:45 Winner: Portadown FC\n"
                           "this line is not part of any tie\n"
                           "1st(1st leg) Alpha FC - Beta FC 1:0 (2:0)\n"
                           "2nd (2nd leg) Beta FC - Alpha FC 0:0\n"
                           "1st(1st leg): 04/07/2012 16:30 2nd (2nd leg): 11/07/2012 17:00 Winner: Beta FC\n";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray outBytes; // standard output as it came, for what is not text
};

// Whether `text` fits `pattern`, where each "*" stands for any text (columns, parser wording).
bool matches(const QString &text, const QString &pattern)
{
    const QStringList parts = pattern.split(u'*');
    if (parts.size() == 1)
        return text == pattern;
    if (!text.startsWith(parts.first()) || !text.endsWith(parts.last()))
        return false;
    qsizetype at = parts.first().size();
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        at = text.indexOf(parts[i], at);
        if (at < 0)
            return false;
        at += parts[i].size();
    }
    return at <= text.size() - parts.last().size();
}

// Empty when every line of `out` fits the pattern in its place, else what differs.
QString linesMismatch(const QString &out, const QStringList &patterns)
{
    QStringList lines = out.split(u'\n');
    if (lines.takeLast() != QString())
        return u"the last line does not end with a newline"_s;
    if (lines.size() != patterns.size())
        return u"%1 lines instead of %2:\n%3"_s.arg(lines.size()).arg(patterns.size()).arg(out);
    for (int i = 0; i < lines.size(); ++i) {
        if (!matches(lines[i], patterns[i]))
            return u"line %1: \"%2\"\n expected \"%3\""_s.arg(i + 1).arg(lines[i], patterns[i]);
    }
    return {};
}

using tb::testfiles::readAll;
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void run_data();
    void run();
    void exportTable_data();
    void exportTable();
    void exportJson();
    void exportDatabase();
    void exportFailsSafely_data();
    void exportFailsSafely();
    void exportChart();
    void helpListsEveryOption();
    void checkStandardInput_data();
    void checkStandardInput();
    void exportTableToStandardOutput_data();
    void exportTableToStandardOutput();
    void summaryJson_data();
    void summaryJson();
    void summaryOfUnreadableFiles();

private:
    // Runs the binary in the data folder; "%DATA%" and "%TMP%" in arguments become those folders.
    // `input` is its standard input, closed after it.
    Run execute(QStringList arguments, const QByteArray &input = {}) const;

    QString m_data;
    QTemporaryDir m_tmp;
};

void TestCli::initTestCase()
{
    m_data = qEnvironmentVariable("TIEBROWSER_DATA");
    if (m_data.isEmpty())
        m_data = QFileInfo(QFINDTESTDATA(u"data/"_s + Sample)).absolutePath();
    QVERIFY2(QFile::exists(m_data + u'/' + Sample), qPrintable(m_data));
    QVERIFY(QFile::exists(QStringLiteral(TIEBROWSER_BIN)));
    QVERIFY(m_tmp.isValid());
    QFile bad(m_tmp.filePath(u"bad.txt"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    QCOMPARE(bad.write(BadFile), BadFile.size());
}

Run TestCli::execute(QStringList arguments, const QByteArray &input) const
{
    for (QString &a : arguments)
        a.replace(u"%DATA%"_s, m_data).replace(u"%TMP%"_s, m_tmp.path());
    QProcess process;
    process.setWorkingDirectory(m_data);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TIEBROWSER_BIN), arguments);
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    process.write(input);
    process.closeWriteChannel(); // the end of the input: "-" reads to here
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.outBytes = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.outBytes);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCli::run_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("out"); // the lines of standard output, "*" = any text; {"*"} = not checked
    QTest::addColumn<QString>("errContains"); // standard error contains this (empty = standard error is empty)

    const QStringList any{u"*"_s};
    const QString total4 = u"total: 66 ties, 0 errors, 0 warnings"_s;

    // --check
    QTest::newRow("check sample") << QStringList{u"--check"_s, Sample} << 0
                                  << QStringList{u"europa-league-2012-13-q1.txt: 37 ties, 0 errors, 0 warnings"_s}
                                  << QString();
    QTest::newRow("check four rounds") << QStringList{u"--check"_s, u"cl-2014-15-r16.txt"_s, u"cl-2024-25-r16.txt"_s,
                                                      u"elq-2024-25-q3.txt"_s, Sample}
                                       << 0
                                       << QStringList{u"cl-2014-15-r16.txt: 8 ties, 0 errors, 0 warnings"_s,
                                                      u"cl-2024-25-r16.txt: 8 ties, 0 errors, 0 warnings"_s,
                                                      u"elq-2024-25-q3.txt: 13 ties, 0 errors, 0 warnings"_s,
                                                      u"europa-league-2012-13-q1.txt: 37 ties, 0 errors, 0 warnings"_s,
                                                      total4}
                                       << QString();
    QTest::newRow("check filter club") << QStringList{u"--check"_s, u"--filter"_s, u"st patrick"_s, Sample} << 0
                                       << QStringList{u"europa-league-2012-13-q1.txt: 1 tie (of 37), 0 errors, "
                                                      u"0 warnings"_s}
                                       << QString();
    // Legs on 10 July 2012: Shkëndija - Portadown, Khazar - Kalju, Elfsborg - Floriana, Tiranë - Grevenmacher.
    QTest::newRow("check dates, both notations")
        << QStringList{u"--check"_s, u"--from"_s, u"10/07/2012"_s, u"--to"_s, u"2012-07-10"_s, Sample} << 0
        << QStringList{u"europa-league-2012-13-q1.txt: 4 ties (of 37), 0 errors, 0 warnings"_s} << QString();
    // Without away goals, the sample's six away-goals ties are level with nothing more recorded.
    const QString level90 = u"*: warning: the tie is level at %1 on aggregate after 90 minutes, but no extra time or "
                            u"penalty shoot-out is recorded; the tie is left undecided"_s;
    QTest::newRow("check rules never")
        << QStringList{u"--check"_s, u"--rules"_s, u"never"_s, Sample} << 0
        << QStringList{Sample + u":23:"_s + level90.arg(u"2:2"_s),
                       Sample + u":47:"_s + level90.arg(u"3:3"_s),
                       Sample + u":56:"_s + level90.arg(u"2:2"_s),
                       Sample + u":74:"_s + level90.arg(u"3:3"_s),
                       Sample
                           + u":98:*: warning: the tie is level at 2:2 on aggregate after extra time, but no "
                             u"penalty shoot-out is recorded; the tie is left undecided"_s,
                       Sample + u":107:"_s + level90.arg(u"3:3"_s),
                       u"europa-league-2012-13-q1.txt: 37 ties, 0 errors, 6 warnings"_s}
        << QString();
    // With away goals in 2025, Atlético would have beaten Real Madrid after 90 minutes.
    QTest::newRow("check rules always")
        << QStringList{u"--check"_s, u"--rules"_s, u"always"_s, u"cl-2024-25-r16.txt"_s} << 0
        << QStringList{u"cl-2024-25-r16.txt:5:*: warning: the second leg records extra time, but Club Atlético de "
                       u"Madrid had already gone through on away goals (level at 2:2 on aggregate, 1:0 on away "
                       u"goals) after 90 minutes"_s,
                       u"cl-2024-25-r16.txt:6:*: warning: the file says Real Madrid CF won, but by the rules Club "
                       u"Atlético de Madrid went through on away goals (level at 2:2 on aggregate, 1:0 on away "
                       u"goals)"_s,
                       u"cl-2024-25-r16.txt: 8 ties, 0 errors, 2 warnings"_s}
        << QString();

    // A file with an error (a stray line) and two warnings (the last tie).
    const QString badError = u"%TMP%/bad.txt:7:*: error: *this line is not part of any tie*"_s;
    const QString badHalfTime = u"%TMP%/bad.txt:8:*: warning: first leg: the half-time score 2:0 is higher than "
                                u"the full-time score 1:0"_s;
    const QString badWinner = u"%TMP%/bad.txt:10:*: warning: the file says Beta FC won, but by the rules Alpha FC "
                              u"went through on aggregate (1:0)"_s;
    QTest::newRow("check errors") << QStringList{u"--check"_s, u"%TMP%/bad.txt"_s} << 1
                                  << QStringList{badError, badHalfTime, badWinner,
                                                 u"%TMP%/bad.txt: 3 ties, 1 error, 2 warnings"_s}
                                  << QString();
    // Filtering keeps the error (its tie was never loaded) and the warnings of the ties it keeps.
    QTest::newRow("check errors, filter keeps warnings")
        << QStringList{u"--check"_s, u"--filter"_s, u"ALPHA"_s, u"%TMP%/bad.txt"_s} << 1
        << QStringList{badError, badHalfTime, badWinner, u"%TMP%/bad.txt: 1 tie (of 3), 1 error, 2 warnings"_s}
        << QString();
    QTest::newRow("check errors, filter drops warnings")
        << QStringList{u"--check"_s, u"--filter"_s, u"gomel"_s, u"%TMP%/bad.txt"_s} << 1
        << QStringList{badError, u"%TMP%/bad.txt: 1 tie (of 3), 1 error, 0 warnings"_s} << QString();
    QTest::newRow("check unreadable") << QStringList{u"--check"_s, u"missing.txt"_s, Sample} << 2
                                      << QStringList{u"missing.txt: error: *"_s,
                                                     u"missing.txt: 0 ties, 1 error, 0 warnings"_s,
                                                     u"europa-league-2012-13-q1.txt: 37 ties, 0 errors, 0 warnings"_s,
                                                     u"total: 37 ties, 1 error, 0 warnings"_s}
                                      << QString();

    // Arguments
    QTest::newRow("no file") << QStringList{u"--check"_s} << 2 << QStringList() << u"No file given"_s;
    QTest::newRow("unknown option") << QStringList{u"--chek"_s, Sample} << 2 << QStringList() << u"chek"_s;
    QTest::newRow("bad date") << QStringList{u"--check"_s, u"--from"_s, u"2012-13-01"_s, Sample} << 2 << QStringList()
                              << u"Invalid date \"2012-13-01\" for --from"_s;
    QTest::newRow("dates reversed") << QStringList{u"--check"_s, u"--from"_s,     u"2013-01-01"_s,
                                                   u"--to"_s,    u"2012-01-01"_s, Sample}
                                    << 2 << QStringList() << u"is after --to"_s;
    QTest::newRow("bad rules") << QStringList{u"--check"_s, u"--rules"_s, u"fifa"_s, Sample} << 2 << QStringList()
                               << u"Unknown rules \"fifa\""_s;
    QTest::newRow("two commands") << QStringList{u"--check"_s, u"--export-table"_s, u"%TMP%/x.csv"_s, Sample} << 2
                                  << QStringList() << u"Choose one of"_s;
    QTest::newRow("output without chart") << QStringList{u"--check"_s, u"--output"_s, u"x.png"_s, Sample} << 2
                                          << QStringList() << u"--output goes with --export-chart"_s;
    QTest::newRow("filter without command")
        << QStringList{u"--filter"_s, u"x"_s, Sample} << 2 << QStringList() << u"--filter goes with"_s;
    QTest::newRow("table format") << QStringList{u"--export-table"_s, u"%TMP%/ties.xlsx"_s, Sample} << 2
                                  << QStringList() << u"must end in .csv, .json, .sqlite or .db"_s;
    QTest::newRow("chart kind") << QStringList{u"--export-chart"_s, u"pie"_s, u"--output"_s, u"%TMP%/c.png"_s, Sample}
                                << 2 << QStringList() << u"Unknown chart \"pie\""_s;
    QTest::newRow("chart without output")
        << QStringList{u"--export-chart"_s, u"legs"_s, Sample} << 2 << QStringList() << u"needs --output"_s;
    QTest::newRow("chart size") << QStringList{u"--export-chart"_s, u"legs"_s,     u"--output"_s, u"%TMP%/c.png"_s,
                                               u"--size"_s,         u"800by600"_s, Sample}
                                << 2 << QStringList() << u"Invalid size \"800by600\""_s;
    QTest::newRow("chart size zero") << QStringList{u"--export-chart"_s, u"legs"_s,  u"--output"_s, u"%TMP%/c.png"_s,
                                                    u"--size"_s,         u"0x600"_s, Sample}
                                     << 2 << QStringList() << u"Invalid size"_s;
    QTest::newRow("chart rules") << QStringList{u"--export-chart"_s, u"legs"_s,  u"--output"_s, u"%TMP%/c.png"_s,
                                                u"--rules"_s,        u"never"_s, Sample}
                                 << 2 << QStringList() << u"--rules goes with"_s;

    // Pipes and --format
    QTest::newRow("table to stdout, no format") << QStringList{u"--export-table"_s, u"-"_s, Sample} << 2
                                                << QStringList() << u"--export-table - writes to standard output"_s;
    QTest::newRow("table format unknown")
        << QStringList{u"--export-table"_s, u"-"_s, u"--format"_s, u"xml"_s, Sample} << 2 << QStringList()
        << u"Unknown format \"xml\" for --format: use csv, json or sqlite"_s;
    QTest::newRow("table format contradicts the name")
        << QStringList{u"--export-table"_s, u"ties.csv"_s, u"--format"_s, u"json"_s, Sample} << 2 << QStringList()
        << u"--format json does not agree with the file name \"ties.csv\""_s;
    QTest::newRow("table format agrees with the name")
        << QStringList{u"--export-table"_s, u"%TMP%/agrees.json"_s, u"--format"_s, u"JSON"_s, Sample} << 0
        << QStringList() << u"Wrote 37 ties to "_s;
    QTest::newRow("table format, name without suffix")
        << QStringList{u"--export-table"_s, u"%TMP%/ties"_s, u"--format"_s, u"csv"_s, Sample} << 2 << QStringList()
        << u"must end in .csv, .json, .sqlite or .db"_s;
    QTest::newRow("database to stdout") << QStringList{u"--export-table"_s, u"-"_s, u"--format"_s, u"sqlite"_s, Sample}
                                        << 2 << QStringList() << u"a SQLite database needs a file name"_s;
    QTest::newRow("database format agrees with .db")
        << QStringList{u"--export-table"_s, u"%TMP%/agrees.db"_s, u"--format"_s, u"SQLite"_s, Sample} << 0
        << QStringList() << u"Wrote 37 ties to "_s;
    QTest::newRow("chart to stdout, no format")
        << QStringList{u"--export-chart"_s, u"legs"_s, u"--output"_s, u"-"_s, Sample} << 2 << QStringList()
        << u"--output - writes to standard output"_s;
    QTest::newRow("chart format contradicts the name")
        << QStringList{u"--export-chart"_s, u"legs"_s, u"--output"_s, u"c.png"_s, u"--format"_s, u"svg"_s, Sample} << 2
        << QStringList() << u"--format svg does not agree with the file name \"c.png\""_s;
    QTest::newRow("chart format for a table")
        << QStringList{u"--export-chart"_s, u"legs"_s, u"--output"_s, u"-"_s, u"--format"_s, u"csv"_s, Sample} << 2
        << QStringList() << u"Unknown format \"csv\" for --format: use png, jpg, svg or pdf"_s;
    QTest::newRow("format with check") << QStringList{u"--check"_s, u"--format"_s, u"csv"_s, Sample} << 2
                                       << QStringList()
                                       << u"--format goes with --export-table, --export-chart or --summary"_s;
    QTest::newRow("format without command") << QStringList{u"--format"_s, u"json"_s, Sample} << 2 << QStringList()
                                            << u"--format goes with --export-table, --export-chart or --summary"_s;
    QTest::newRow("stdin twice") << QStringList{u"--check"_s, u"-"_s, Sample, u"-"_s} << 2 << QStringList()
                                 << u"- (standard input) is named more than once"_s;
    QTest::newRow("stdin twice, table")
        << QStringList{u"--export-table"_s, u"-"_s, u"--format"_s, u"csv"_s, u"-"_s, u"-"_s} << 2 << QStringList()
        << u"can be read only once"_s;
    QTest::newRow("stdin in the window") << QStringList{u"-"_s} << 2 << QStringList()
                                         << u"- (standard input) goes with --check"_s;

    // --summary: the sample's figures (counted by hand in tst_tiesummary: 21 clubs at home in the
    // second leg went through; the margins from the file's scores, extra time included)
    const QStringList sampleSummary{
        u"37 ties"_s,
        u"How the ties were decided:"_s,
        u"  Aggregate            31   83.8%"_s,
        u"  Away goals            5   13.5%"_s,
        u"  Extra time            0    0.0%"_s,
        u"  Away goals (a.e.t.)   1    2.7%"_s,
        u"  Penalties             0    0.0%"_s,
        u"  Play-off              0    0.0%"_s,
        u"  Coin toss             0    0.0%"_s,
        u"  Awarded               0    0.0%"_s,
        u"  Undecided             0    0.0%"_s,
        u"Who went through, of the 37 decided ties, awarded ones included:"_s,
        u"  Second-leg home club  21   56.8%"_s,
        u"  First-leg home club   16   43.2%"_s,
        u"Aggregate margin, of the 37 ties with a score in both legs, extra time included, shoot-outs not "
        u"counted:"_s,
        u"  Level (0)   6   16.2%"_s,
        u"  1 goal      8   21.6%"_s,
        u"  2 goals     7   18.9%"_s,
        u"  3 goals     4   10.8%"_s,
        u"  4 goals     2    5.4%"_s,
        u"  5+ goals   10   27.0%"_s,
        u"Without a score in both legs: 0"_s};
    QTest::newRow("summary sample") << QStringList{u"--summary"_s, Sample} << 0 << sampleSummary << QString();
    QTest::newRow("summary sample, --format text")
        << QStringList{u"--summary"_s, u"--format"_s, u"TEXT"_s, Sample} << 0 << sampleSummary << QString();
    // Sūduva - Daugava, 3:3, through on away goals: the club at home in the first leg
    QTest::newRow("summary filter") << QStringList{u"--summary"_s, u"--filter"_s, u"suduva"_s, Sample} << 0
                                    << QStringList{u"1 tie (of 37)"_s,
                                                   u"How the ties were decided:"_s,
                                                   u"  Aggregate            0    0.0%"_s,
                                                   u"  Away goals           1  100.0%"_s,
                                                   u"  Extra time           0    0.0%"_s,
                                                   u"  Away goals (a.e.t.)  0    0.0%"_s,
                                                   u"  Penalties            0    0.0%"_s,
                                                   u"  Play-off             0    0.0%"_s,
                                                   u"  Coin toss            0    0.0%"_s,
                                                   u"  Awarded              0    0.0%"_s,
                                                   u"  Undecided            0    0.0%"_s,
                                                   u"Who went through, of the 1 decided ties*:"_s,
                                                   u"  Second-leg home club  0    0.0%"_s,
                                                   u"  First-leg home club   1  100.0%"_s,
                                                   u"Aggregate margin, of the 1 ties with a score in both legs*:"_s,
                                                   u"  Level (0)  1  100.0%"_s,
                                                   u"  1 goal     0    0.0%"_s,
                                                   u"  2 goals    0    0.0%"_s,
                                                   u"  3 goals    0    0.0%"_s,
                                                   u"  4 goals    0    0.0%"_s,
                                                   u"  5+ goals   0    0.0%"_s,
                                                   u"Without a score in both legs: 0"_s}
                                    << QString();
    // Without away goals, the six away-goals ties are undecided: they leave the shares of who went through
    QTest::newRow("summary rules never") << QStringList{u"--summary"_s, u"--rules"_s, u"never"_s, Sample} << 0
                                         << QStringList{u"37 ties"_s,
                                                        u"How the ties were decided:"_s,
                                                        u"  Aggregate            31   83.8%"_s,
                                                        u"  Away goals            0    0.0%"_s,
                                                        u"  Extra time            0    0.0%"_s,
                                                        u"  Away goals (a.e.t.)   0    0.0%"_s,
                                                        u"  Penalties             0    0.0%"_s,
                                                        u"  Play-off              0    0.0%"_s,
                                                        u"  Coin toss             0    0.0%"_s,
                                                        u"  Awarded               0    0.0%"_s,
                                                        u"  Undecided             6   16.2%"_s,
                                                        u"Who went through, of the 31 decided ties*:"_s,
                                                        u"*"_s,
                                                        u"*"_s,
                                                        u"Aggregate margin, of the 37 ties*:"_s,
                                                        u"*"_s,
                                                        u"*"_s,
                                                        u"*"_s,
                                                        u"*"_s,
                                                        u"*"_s,
                                                        u"*"_s,
                                                        u"Without a score in both legs: 0"_s}
                                         << u"warning: the tie is level"_s;
    // The files' problems go to standard error, the summary alone to standard output
    QTest::newRow("summary errors") << QStringList{u"--summary"_s, u"%TMP%/bad.txt"_s} << 1
                                    << QStringList{u"3 ties"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s,
                                                   u"*"_s,      u"*"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s,
                                                   u"*"_s,      u"*"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s}
                                    << u"error: "_s;
    QTest::newRow("summary format") << QStringList{u"--summary"_s, u"--format"_s, u"csv"_s, Sample} << 2
                                    << QStringList() << u"Unknown format \"csv\" for --summary: use text or json"_s;
    QTest::newRow("summary and check") << QStringList{u"--summary"_s, u"--check"_s, Sample} << 2 << QStringList()
                                       << u"Choose one of --check, --export-table, --export-chart and --summary"_s;
    QTest::newRow("summary output") << QStringList{u"--summary"_s, u"--output"_s, u"x.png"_s, Sample} << 2
                                    << QStringList() << u"--output goes with --export-chart"_s;
    QTest::newRow("summary no file") << QStringList{u"--summary"_s} << 2 << QStringList() << u"No file given"_s;

    // Help and version
    QTest::newRow("version") << QStringList{u"--version"_s} << 0 << QStringList{u"tiebrowser " TIEBROWSER_VERSION ""_s}
                             << QString();
    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << any << QString();
}

void TestCli::run()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, out);
    QFETCH(QString, errContains);

    const Run r = execute(arguments);
    QTEST(r.exitCode, "exitCode");
    if (out != QStringList{u"*"_s}) {
        for (QString &pattern : out)
            pattern.replace(u"%TMP%"_s, m_tmp.path());
        const QString mismatch = linesMismatch(r.out, out);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }
    if (errContains.isEmpty())
        QCOMPARE(r.err, QString());
    else
        QVERIFY2(r.err.contains(errContains), qPrintable(r.err));
    if (r.exitCode == 2 && !errContains.isEmpty())
        QVERIFY2(r.err.contains(u"--help"_s), qPrintable(r.err)); // says where to look
}

void TestCli::exportTable_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstRow");

    QTest::newRow("all")
        << QStringList() << 37
        << u"europa-league-2012-13-q1.txt,1,Víkingur,FK Gomel,0:6,0:0,4:0,0:0,4:0,,0:10,aggregate,"
           u"FK Gomel,FK Gomel,2012-07-03,2012-07-12,16:30,17:00,"_s; // no round: a worldfootball.net table names none
    QTest::newRow("club") << QStringList{u"--filter"_s, u"ibv"_s} << 1
                          << u"europa-league-2012-13-q1.txt,97,St Patrick's Athletic,ÍBV Vestmannaeyjar,1:0,1:0,2:1,"
                             u"0:0,1:0,,2:2,away_goals_extra_time,St Patrick's Athletic,St Patrick's Athletic,"
                             u"2012-07-05,2012-07-12,19:45,20:30,"_s;
    QTest::newRow("nothing") << QStringList{u"--filter"_s, u"no such club"_s} << 0 << QString();
}

void TestCli::exportTable()
{
    QFETCH(QStringList, filters);
    QFETCH(int, rows);
    QFETCH(QString, firstRow);

    const QString path = m_tmp.filePath(u"ties-%1.csv"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    const Run r = execute(QStringList{u"--export-table"_s, path} + filters + QStringList{Sample});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(path), qPrintable(r.err)); // says what it wrote where

    const QStringList lines = QString::fromUtf8(readAll(path)).split(u"\r\n"_s);
    QCOMPARE(lines.size(), rows + 2); // header, rows, and nothing after the last line end
    QCOMPARE(lines.first(),
             u"file,line,home,away,leg1,leg1_ht,leg2,leg2_ht,leg2_90,leg2_pens,aggregate,decided_by,"
             u"winner,stated_winner,leg1_date,leg2_date,leg1_time,leg2_time,round"_s);
    if (rows > 0)
        QCOMPARE(lines[1], firstRow);
    QCOMPARE(lines.last(), QString());
}

void TestCli::exportDatabase()
{
    // A .sqlite (or .db) name writes a SQLite database; tst_sqliteexport reads one back.
    const QString path = m_tmp.filePath(u"ties.sqlite"_s);
    const Run r = execute({u"--export-table"_s, path, u"--filter"_s, u"ibv"_s, Sample});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(u"Wrote 1 tie to "_s + path), qPrintable(r.err));
    QVERIFY(readAll(path).startsWith(QByteArrayView("SQLite format 3\0", 16)));
}

void TestCli::exportJson()
{
    // All four rounds in one JSON array, in file order, each tie with its computed result.
    const QString path = m_tmp.filePath(u"all.json"_s);
    const Run r = execute(
        {u"--export-table"_s, path, u"cl-2014-15-r16.txt"_s, u"cl-2024-25-r16.txt"_s, u"elq-2024-25-q3.txt"_s, Sample});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonArray ties = QJsonDocument::fromJson(readAll(path), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(ties.size(), qsizetype(66));
    const QJsonObject chelsea = ties[0].toObject();
    QCOMPARE(chelsea[u"file"_s].toString(), u"cl-2014-15-r16.txt"_s);
    QCOMPARE(chelsea[u"leg2"_s].toString(), u"2:2"_s);
    QCOMPARE(chelsea[u"leg2_90"_s].toString(), u"1:1"_s);
    QCOMPARE(chelsea[u"aggregate"_s].toString(), u"3:3"_s);
    QCOMPARE(chelsea[u"decided_by"_s].toString(), u"away_goals_extra_time"_s);
    QCOMPARE(chelsea[u"winner"_s].toString(), u"Paris Saint-Germain"_s);
    const QJsonObject liverpool = ties[13].toObject();
    QCOMPARE(liverpool[u"home"_s].toString(), u"Paris Saint-Germain FC"_s);
    QCOMPARE(liverpool[u"leg2_pens"_s].toString(), u"1:4"_s);
    QCOMPARE(liverpool[u"decided_by"_s].toString(), u"penalties"_s);
    QCOMPARE(ties[65].toObject()[u"home"_s].toString(), u"FH Hafnarfjörður"_s);
}

void TestCli::exportFailsSafely_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errContains");
    // Tests may run as root, so the unwritable place is a path through a regular file.
    QTest::newRow("unwritable") << u"%TMP%/bad.txt/ties.csv"_s << Sample << u"Not a directory"_s;
    QTest::newRow("unreadable input") << u"%TMP%/never.csv"_s << u"missing.txt"_s << u"Nothing written"_s;
}

void TestCli::exportFailsSafely()
{
    QFETCH(QString, output);
    QFETCH(QString, input);
    QFETCH(QString, errContains);
    const QByteArray before = readAll(m_tmp.filePath(u"bad.txt"_s));
    const Run r = execute({u"--export-table"_s, output, input});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(errContains), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_tmp.filePath(u"never.csv"_s)));
    QCOMPARE(readAll(m_tmp.filePath(u"bad.txt"_s)), before);
}

void TestCli::exportChart()
{
    // The end-to-end path through main(): no display, an offscreen QApplication, the asked size.
    const QString path = m_tmp.filePath(u"legs.png"_s);
    const Run r = execute({u"--export-chart"_s, u"legs"_s, u"--output"_s, path, u"--size"_s, u"320x200"_s,
                           u"--filter"_s, u"chelsea"_s, u"cl-2014-15-r16.txt"_s});
    QCOMPARE(r.exitCode, 0);
    const QByteArray png = readAll(path);
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    // The IHDR chunk follows the signature: width and height as big-endian 32-bit numbers.
    QCOMPARE(png.mid(16, 8), QByteArray("\0\0\x01\x40\0\0\0\xc8", 8));

    const Run none = execute({u"--export-chart"_s, u"aggregate"_s, u"--output"_s, m_tmp.filePath(u"none.png"_s),
                              u"--filter"_s, u"no such club"_s, Sample});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(!QFile::exists(m_tmp.filePath(u"none.png"_s)));
}

void TestCli::helpListsEveryOption()
{
    const Run r = execute({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const QString &option :
         {u"--check"_s, u"--export-table <OUT>"_s, u"--export-chart <KIND>"_s, u"--output <OUT>"_s, u"--size <WxH>"_s,
          u"--summary"_s, u"--format <FORMAT>"_s, u"--filter <TEXT>"_s, u"--from <DATE>"_s, u"--to <DATE>"_s,
          u"--rules <RULES>"_s, u"--help"_s, u"--version"_s, u"FILE"_s, u"Exit codes"_s})
        QVERIFY2(r.out.contains(option), qPrintable(option));
}

void TestCli::checkStandardInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("out");

    const QByteArray sample = readAll(m_data + u'/' + Sample);
    QTest::newRow("sample") << QStringList{u"--check"_s, u"-"_s} << sample << 0
                            << QStringList{u"<stdin>: 37 ties, 0 errors, 0 warnings"_s};
    QTest::newRow("errors") << QStringList{u"--check"_s, u"-"_s} << BadFile << 1
                            << QStringList{u"<stdin>:7:*: error: *this line is not part of any tie*"_s,
                                           u"<stdin>:8:*: warning: first leg: the half-time score 2:0 is higher than "
                                           u"the full-time score 1:0"_s,
                                           u"<stdin>:10:*: warning: the file says Beta FC won, but*"_s,
                                           u"<stdin>: 3 ties, 1 error, 2 warnings"_s};
    // In its place among the files, with the filters applied to it as to them
    QTest::newRow("among files, filtered")
        << QStringList{u"--check"_s, u"--filter"_s, u"gomel"_s, u"cl-2014-15-r16.txt"_s, u"-"_s, Sample} << sample << 0
        << QStringList{u"cl-2014-15-r16.txt: 0 ties (of 8), 0 errors, 0 warnings"_s,
                       u"<stdin>: 1 tie (of 37), 0 errors, 0 warnings"_s,
                       u"europa-league-2012-13-q1.txt: 1 tie (of 37), 0 errors, 0 warnings"_s,
                       u"total: 2 ties (of 82), 0 errors, 0 warnings"_s};
    // Bytes that are not UTF-8 are decoded as a file's would be
    QTest::newRow("windows-1252") << QStringList{u"--check"_s, u"-"_s} << readAll(m_data + u"/bad/windows-1252.txt"_s)
                                  << 0
                                  << QStringList{u"<stdin>:1: warning: the file is not valid UTF-8 (first at line 1); "
                                                 u"read it as Windows-1252"_s,
                                                 u"<stdin>: 3 ties, 0 errors, 1 warning"_s};
}

void TestCli::checkStandardInput()
{
    // `cat round.txt | tiebrowser --check -`
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, out);
    const Run r = execute(arguments, input);
    QVERIFY2(r.exitCode >= 0, "the program did not finish");
    QTEST(r.exitCode, "exitCode");
    const QString mismatch = linesMismatch(r.out, out);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(r.err, QString());
}

void TestCli::exportTableToStandardOutput_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("piped"); // the sample comes through standard input, else as a file
    QTest::newRow("json") << u"json"_s << false;
    QTest::newRow("csv") << u"csv"_s << false;
    QTest::newRow("csv, stdin to stdout") << u"CSV"_s << true;
    QTest::newRow("json, stdin to stdout") << u"json"_s << true;
}

void TestCli::exportTableToStandardOutput()
{
    // `tiebrowser --export-table - --format json round.txt | jq ...`: the table alone on stdout
    QFETCH(QString, format);
    QFETCH(bool, piped);
    const QByteArray sample = readAll(m_data + u'/' + Sample);
    const Run r = execute(
        {u"--export-table"_s, u"-"_s, u"--format"_s, format, u"cl-2014-15-r16.txt"_s, piped ? u"-"_s : Sample},
        piped ? sample : QByteArray());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, u"Wrote 45 ties to standard output.\n"_s); // messages stay on stderr
    const QString sampleName = piped ? u"<stdin>"_s : Sample;

    if (format.toLower() == u"json") {
        QJsonParseError error;
        const QJsonArray ties = QJsonDocument::fromJson(r.outBytes, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(ties.size(), qsizetype(45));
        const QJsonObject chelsea = ties[0].toObject();
        QCOMPARE(chelsea[u"file"_s].toString(), u"cl-2014-15-r16.txt"_s);
        QCOMPARE(chelsea[u"aggregate"_s].toString(), u"3:3"_s);
        QCOMPARE(chelsea[u"decided_by"_s].toString(), u"away_goals_extra_time"_s);
        QCOMPARE(chelsea[u"winner"_s].toString(), u"Paris Saint-Germain"_s);
        const QJsonObject gomel = ties[8].toObject();
        QCOMPARE(gomel[u"file"_s].toString(), sampleName);
        QCOMPARE(gomel[u"line"_s].toInt(), 1);
        QCOMPARE(gomel[u"home"_s].toString(), u"Víkingur"_s);
        QCOMPARE(gomel[u"aggregate"_s].toString(), u"0:10"_s);
        QCOMPARE(gomel[u"winner"_s].toString(), u"FK Gomel"_s);
    } else {
        const QStringList lines = r.out.split(u"\r\n"_s);
        QCOMPARE(lines.size(), 45 + 2); // header, rows, and nothing after the last line end
        QVERIFY(lines.first().startsWith(u"file,line,home,away,leg1,"_s));
        QCOMPARE(lines[9],
                 sampleName
                     + u",1,Víkingur,FK Gomel,0:6,0:0,4:0,0:0,4:0,,0:10,aggregate,"
                       u"FK Gomel,FK Gomel,2012-07-03,2012-07-12,16:30,17:00,"_s);
        QCOMPARE(lines.last(), QString());
    }
}

void TestCli::summaryJson_data()
{
    QTest::addColumn<QStringList>("arguments"); // the files and filters
    QTest::newRow("sample") << QStringList{Sample};
    QTest::newRow("four rounds") << QStringList{u"cl-2014-15-r16.txt"_s, u"cl-2024-25-r16.txt"_s,
                                                u"elq-2024-25-q3.txt"_s, Sample};
    QTest::newRow("awarded") << QStringList{u"cl-2014-15-q3-awarded.txt"_s};
    QTest::newRow("season") << QStringList{u"openfootball-cl-2018-19.txt"_s};
    QTest::newRow("filter") << QStringList{u"--filter"_s, u"fk"_s, Sample};
    QTest::newRow("rules") << QStringList{u"--rules"_s, u"never"_s, Sample};
}

void TestCli::summaryJson()
{
    // `tiebrowser --summary --format json` against `--export-table - --format json` of the same
    // files and filters: every figure counted again from the table's columns.
    QFETCH(QStringList, arguments);
    const Run summary = execute(QStringList{u"--summary"_s, u"--format"_s, u"json"_s} + arguments);
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    QJsonParseError error;
    const QJsonObject s = QJsonDocument::fromJson(summary.outBytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const Run table = execute(QStringList{u"--export-table"_s, u"-"_s, u"--format"_s, u"json"_s} + arguments);
    QCOMPARE(table.exitCode, 0);
    const QJsonArray ties = QJsonDocument::fromJson(table.outBytes, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);

    QHash<QString, int> decidedBy;
    int second = 0, first = 0, without = 0;
    QHash<QString, int> margins;
    for (const QJsonValue &value : ties) {
        const QJsonObject tie = value.toObject();
        ++decidedBy[tie[u"decided_by"_s].toString()];
        const QString winner = tie[u"winner"_s].toString();
        if (!winner.isEmpty() && winner == tie[u"away"_s].toString())
            ++second;
        else if (!winner.isEmpty() && winner == tie[u"home"_s].toString())
            ++first;
        if (tie[u"leg1"_s].toString().isEmpty() || tie[u"leg2"_s].toString().isEmpty()) {
            ++without;
            continue;
        }
        const QStringList goals = tie[u"aggregate"_s].toString().split(u':');
        const int margin = std::abs(goals.value(0).toInt() - goals.value(1).toInt());
        ++margins[margin >= 5 ? u"5+"_s : QString::number(margin)];
    }

    QCOMPARE(s[u"ties"_s].toInt(), int(ties.size()));
    QVERIFY(s[u"all_ties"_s].toInt() >= s[u"ties"_s].toInt());
    const QJsonObject by = s[u"decided_by"_s].toObject();
    QCOMPARE(by.size(), qsizetype(9)); // every way of deciding a tie
    for (const QString &key : by.keys())
        QCOMPARE(by[key].toInt(), decidedBy.value(key));
    for (const QString &key : decidedBy.keys())
        QVERIFY2(by.contains(key), qPrintable(key));
    const QJsonObject through = s[u"through"_s].toObject();
    QCOMPARE(through[u"second_leg_home"_s].toInt(), second);
    QCOMPARE(through[u"first_leg_home"_s].toInt(), first);
    QCOMPARE(through[u"decided"_s].toInt(), second + first);
    QCOMPARE(through[u"decided"_s].toInt(), int(ties.size()) - decidedBy.value(u"undecided"_s));
    if (second + first > 0) {
        QVERIFY(qFuzzyCompare(through[u"second_leg_home_share"_s].toDouble(), double(second) / (second + first)));
        QVERIFY(qFuzzyCompare(through[u"first_leg_home_share"_s].toDouble(), double(first) / (second + first)));
    }
    const QJsonObject margin = s[u"aggregate_margin"_s].toObject();
    for (const QString &key : {u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5+"_s})
        QCOMPARE(margin[key].toInt(), margins.value(key));
    QCOMPARE(margin[u"without_result"_s].toInt(), without);
    QCOMPARE(margin[u"counted"_s].toInt(), int(ties.size()) - without);
}

void TestCli::summaryOfUnreadableFiles()
{
    // A summary of the files that could be read would pass for all of them: nothing is printed
    const Run r = execute({u"--summary"_s, u"missing.txt"_s, Sample});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(u"missing.txt: error: "_s), qPrintable(r.err));
    QVERIFY2(r.err.endsWith(u"No summary printed: a file could not be read.\n"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
