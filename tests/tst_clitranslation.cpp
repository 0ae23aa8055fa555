// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real tiebrowser binary under German and English locales: --help, the --check summary and
// the messages follow the environment's language, the diagnostics' "error:", "warning:" and "note:" do not.
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Sample = u"europa-league-2012-13-q1.txt"_s;

// One tie with a half-time score above the full-time one and a winner the rules disagree with,
// then a line that is no part of a tie: two warnings and an error.
const QByteArray BadFile = "1st(1st leg) Alpha FC - Beta FC 1:0 (2:0)\n"
                           "2nd (2nd leg) Beta FC - Alpha FC 0:0\n"
                           "1st(1st leg): 04/07/2012 16:30 2nd (2nd leg): 11/07/2012 17:00 Winner: Beta FC\n"
                           "this line is not part of any tie\n";

// The variables that choose a language; each run starts with none of them set (ctest sets LC_ALL).
const QStringList LocaleVariables{u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s, u"LANGUAGE"_s};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// What a German and an English run print, for the rows to pick from.
struct Words
{
    QString summary; // the sample's --check summary
    QString total; // the total line of two files, bad.txt being the other
    QString unrecognised; // the start of the error message for the stray line
    QString halfTime; // the warning for the half-time score
    QString help; // --check's description in --help
    QString qtHelp; // Qt's own "Usage:" in --help
    QString badDate; // the error for --from 2012-13-14
    QString tryHelp; // the line after an argument error
    QString wrote; // --export-table's closing message
    QString noTie; // --export-chart when the filters leave nothing
    QString groupNote; // the note on a Football.TXT group stage
    QString seasonSummary; // that file's --check summary
};

const Words English{
    u"europa-league-2012-13-q1.txt: 37 ties, 0 errors, 0 warnings"_s,
    u"total: 38 ties, 1 error, 2 warnings"_s,
    u"unrecognised line \"this line is not part of any tie\": expected"_s,
    u"first leg: the half-time score 2:0 is higher than the full-time score 1:0"_s,
    u"Read the files, print every problem found"_s,
    u"Usage: "_s,
    u"Invalid date \"2012-13-14\" for --from"_s,
    u"Try \"tiebrowser --help\" for the options."_s,
    u"Wrote 37 ties to standard output."_s,
    u"No tie matches the filters; nothing written to"_s,
    u"Group A: 12 single matches, not two-legged ties"_s,
    u"openfootball-cl-2018-19.txt: 14 ties, 0 errors, 0 warnings"_s,
};

const Words German{
    u"europa-league-2012-13-q1.txt: 37 Duelle, 0 Fehler, 0 Warnungen"_s,
    u"gesamt: 38 Duelle, 1 Fehler, 2 Warnungen"_s,
    u"unbekannte Zeile „this line is not part of any tie“: erwartet"_s,
    u"Hinspiel: der Halbzeitstand 2:0 ist höher als der Endstand 1:0"_s,
    u"Die Dateien lesen, jedes gefundene Problem"_s,
    u"Aufruf: "_s,
    u"Ungültiges Datum „2012-13-14“ für --from"_s,
    u"Die Optionen zeigt „tiebrowser --help“."_s,
    u"37 Duelle nach Standardausgabe geschrieben."_s,
    u"Kein Duell passt zu den Filtern; nichts nach"_s,
    u"Group A: 12 Einzelspiele, keine Duelle mit Hin- und Rückspiel"_s,
    u"openfootball-cl-2018-19.txt: 14 Duelle, 0 Fehler, 0 Warnungen"_s,
};

bool isGerman(const QString &language)
{
    return language == u"de";
}

const Words &wordsFor(const QString &language)
{
    return isGerman(language) ? German : English;
}

// Whether Qt's own German texts (qt6-translations-l10n) are there for "Usage:" to be translated.
bool haveQtGerman()
{
    return QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s);
}

} // namespace

class TestCliTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkFollowsTheLocale_data();
    void checkFollowsTheLocale();
    void notesKeepTheirWord_data();
    void notesKeepTheirWord();
    void helpFollowsTheLocale_data();
    void helpFollowsTheLocale();
    void messagesFollowTheLocale_data();
    void messagesFollowTheLocale();

private:
    // Adds the column "environment" (VAR=value pairs) and "language", with one row per way of
    // choosing a language that the command line follows as QLocale::system() does.
    static void addLocaleRows();
    // Runs the binary in the data folder with only `environment` choosing the language and with
    // a settings folder of its own; "%TMP%" in arguments becomes the temporary folder.
    Run execute(QStringList arguments, const QStringList &environment) const;

    QString m_data;
    QTemporaryDir m_tmp;
};

void TestCliTranslation::initTestCase()
{
    m_data = QFileInfo(tb::testfiles::dataFile(Sample)).absolutePath();
    QVERIFY2(QFile::exists(m_data + u'/' + Sample), qPrintable(m_data));
    QVERIFY(QFile::exists(QStringLiteral(TIEBROWSER_BIN)));
    QVERIFY(m_tmp.isValid());
    QVERIFY(tb::testfiles::writeFile(m_tmp.filePath(u"bad.txt"_s), BadFile));
    // The window's language setting says German; the command line must not follow it.
    QVERIFY(QDir(m_tmp.path()).mkpath(u"config/tiebrowser"_s));
    QVERIFY(tb::testfiles::writeFile(m_tmp.filePath(u"config/tiebrowser/tiebrowser.conf"_s), "[ui]\nlanguage=de\n"));
}

void TestCliTranslation::addLocaleRows()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("language");
    // Every run has the window's language set to German (initTestCase): the English rows show that
    // the command line does not follow it.
    // No glibc locale but C and C.UTF-8 needs to be installed: Qt reads the variables itself.
    QTest::newRow("LANG German") << QStringList{u"LANG=de_DE.UTF-8"_s} << u"de"_s;
    QTest::newRow("LANG Austrian German") << QStringList{u"LANG=de_AT.UTF-8"_s} << u"de"_s;
    QTest::newRow("LANG C") << QStringList{u"LANG=C"_s} << u"en"_s;
    QTest::newRow("nothing set") << QStringList() << u"en"_s;
    QTest::newRow("LANG French, which we lack") << QStringList{u"LANG=fr_FR.UTF-8"_s} << u"en"_s;
    QTest::newRow("LC_ALL C over LANG German") << QStringList{u"LC_ALL=C.UTF-8"_s, u"LANG=de_DE.UTF-8"_s} << u"en"_s;
    QTest::newRow("LC_ALL German over LANG C") << QStringList{u"LC_ALL=de_DE.UTF-8"_s, u"LANG=C"_s} << u"de"_s;
    QTest::newRow("LC_MESSAGES German over LANG C")
        << QStringList{u"LC_MESSAGES=de_DE.UTF-8"_s, u"LANG=C"_s} << u"de"_s;
    QTest::newRow("LANGUAGE German before LANG English")
        << QStringList{u"LANG=en_US.UTF-8"_s, u"LANGUAGE=de:en"_s} << u"de"_s;
    QTest::newRow("LANGUAGE French then German") << QStringList{u"LANG=fr_FR.UTF-8"_s, u"LANGUAGE=fr:de"_s} << u"de"_s;
    // As gettext does: the C locale means untranslated, whatever LANGUAGE lists.
    QTest::newRow("LANGUAGE German under LANG C") << QStringList{u"LANG=C"_s, u"LANGUAGE=de"_s} << u"en"_s;
}

Run TestCliTranslation::execute(QStringList arguments, const QStringList &environment) const
{
    for (QString &a : arguments)
        a.replace(u"%TMP%"_s, m_tmp.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : LocaleVariables)
        env.remove(name);
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    env.insert(u"XDG_CONFIG_HOME"_s, m_tmp.filePath(u"config"_s));
    QProcess process;
    process.setWorkingDirectory(m_data);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TIEBROWSER_BIN), arguments);
    Run run;
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000)
        || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCliTranslation::checkFollowsTheLocale_data()
{
    addLocaleRows();
}

void TestCliTranslation::checkFollowsTheLocale()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, language);
    const Words &words = wordsFor(language);

    // Given a file with an error and two warnings, and the sample
    const QString bad = m_tmp.filePath(u"bad.txt"_s);
    // When it is checked under that locale
    const Run r = execute({u"--check"_s, u"%TMP%/bad.txt"_s, Sample}, environment);

    // Then the diagnostics keep "error:" and "warning:" in English, for scripts and editors, and
    // the messages after them and the summaries are in the locale's language
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString());
    const QString file = QRegularExpression::escape(bad);
    const QStringList patterns{
        u"^%1:1:\\d+: warning: "_s.arg(file) + QRegularExpression::escape(words.halfTime) + u'$',
        u"^%1:3:\\d+: warning: "_s.arg(file),
        u"^%1:4:\\d+: error: "_s.arg(file) + QRegularExpression::escape(words.unrecognised),
        u"^%1: "_s.arg(file)
            + QRegularExpression::escape(isGerman(language) ? u"1 Duell, 1 Fehler, 2 Warnungen"_s
                                                            : u"1 tie, 1 error, 2 warnings"_s)
            + u'$',
        u'^' + QRegularExpression::escape(words.summary) + u'$',
        u'^' + QRegularExpression::escape(words.total) + u'$',
    };
    QStringList lines = r.out.split(u'\n');
    QCOMPARE(lines.takeLast(), QString()); // the output ends with a line break
    QCOMPARE(lines.size(), patterns.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpression pattern(patterns[i]);
        QVERIFY2(pattern.isValid(), qPrintable(pattern.errorString()));
        QVERIFY2(pattern.match(lines[i]).hasMatch(),
                 qPrintable(u"line %1: \"%2\"\n does not match %3"_s.arg(i + 1).arg(lines[i], patterns[i])));
    }
}

void TestCliTranslation::notesKeepTheirWord_data()
{
    addLocaleRows();
}

void TestCliTranslation::notesKeepTheirWord()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, language);
    const Words &words = wordsFor(language);

    // A Football.TXT season: its group stages are notes, not ties
    const Run r = execute({u"--check"_s, u"openfootball-cl-2018-19.txt"_s}, environment);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    // "note:" stays English like "error:" and "warning:"; what it says is translated
    QCOMPARE(lines.first(), u"openfootball-cl-2018-19.txt:9:1: note: "_s + words.groupNote);
    QCOMPARE(lines.last(), words.seasonSummary);
}

void TestCliTranslation::helpFollowsTheLocale_data()
{
    addLocaleRows();
}

void TestCliTranslation::helpFollowsTheLocale()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, language);
    const Words &words = wordsFor(language);

    const Run r = execute({u"--help"_s}, environment);
    QCOMPARE(r.exitCode, 0);
    // Our descriptions, and QCommandLineParser's own words from Qt's translations when installed
    QVERIFY2(r.out.contains(words.help), qPrintable(r.out));
    const QString usage = isGerman(language) && !haveQtGerman() ? English.qtHelp : words.qtHelp;
    QVERIFY2(r.out.startsWith(usage), qPrintable(r.out));
    // The options themselves are the same in every language
    for (const QString &option : {u"--check"_s, u"--export-table <OUT>"_s, u"--rules <RULES>"_s, u"--help"_s})
        QVERIFY2(r.out.contains(option), qPrintable(option));
}

void TestCliTranslation::messagesFollowTheLocale_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("language");
    QTest::newRow("LANG German") << QStringList{u"LANG=de_DE.UTF-8"_s} << u"de"_s;
    QTest::newRow("LANG C") << QStringList{u"LANG=C"_s} << u"en"_s;
}

void TestCliTranslation::messagesFollowTheLocale()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, language);
    const Words &words = wordsFor(language);

    // A bad argument: main() reads the arguments before there is an application object to
    // translate with, and again after
    const Run badDate = execute({u"--check"_s, u"--from"_s, u"2012-13-14"_s, Sample}, environment);
    QCOMPARE(badDate.exitCode, 2);
    QVERIFY2(badDate.err.startsWith(u"tiebrowser: "_s + words.badDate), qPrintable(badDate.err));
    QVERIFY2(badDate.err.endsWith(words.tryHelp + u'\n'), qPrintable(badDate.err));

    // What --export-table says it wrote
    const Run table = execute({u"--export-table"_s, u"-"_s, u"--format"_s, u"csv"_s, Sample}, environment);
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.err, words.wrote + u'\n');

    // --export-chart, which runs under a QApplication of its own
    const Run chart = execute(
        {u"--export-chart"_s, u"legs"_s, u"--output"_s, u"%TMP%/none.png"_s, u"--filter"_s, u"no such club"_s, Sample},
        environment);
    QCOMPARE(chart.exitCode, 1);
    QVERIFY2(chart.err.contains(words.noTie), qPrintable(chart.err));
}

QTEST_GUILESS_MAIN(TestCliTranslation)
#include "tst_clitranslation.moc"
