// SPDX-License-Identifier: GPL-3.0-or-later
// `tiebrowser --export-chart` end to end: the real binary, real files, every format and exit code, files or pipes.
#include "chartfixtures.h"
#include "chartregistry.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

class TestChartCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writes_data();
    void writes();
    void everyRegisteredKind_data();
    void everyRegisteredKind();
    void summaryFollowsTheFilter();
    void defaultSize();
    void bracketOfSeveralFiles();
    void nothingMatches();
    void badArguments_data();
    void badArguments();
    void unwritablePathKeepsNothingHalfWritten();
    void noDisplayNeeded();
    void toStandardOutput_data();
    void toStandardOutput();

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
        QByteArray out;
    };
    Run run(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
            const QByteArray &input = {}) const;
    QTemporaryDir m_dir;
};

void TestChartCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(TIEBROWSER_BIN)), TIEBROWSER_BIN);
}

TestChartCommand::Run TestChartCommand::run(const QStringList &arguments, const QProcessEnvironment &environment,
                                            const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TIEBROWSER_BIN), arguments);
    Run result;
    if (!process.waitForStarted(30000))
        return result;
    process.write(input);
    process.closeWriteChannel(); // "-" reads standard input to here
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestChartCommand::writes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QString>("file");

    const QStringList none;
    QTest::newRow("legs png, shoot-out") << u"legs"_s << u"legs.png"_s << u"1200x800"_s
                                         << QStringList{u"--filter"_s, u"liverpool"_s} << u"cl-2024-25-r16.txt"_s;
    QTest::newRow("progression svg, away goals aet")
        << u"progression"_s << u"progression.svg"_s << u"1000x560"_s << QStringList{u"--filter"_s, u"chelsea"_s}
        << u"cl-2014-15-r16.txt"_s;
    QTest::newRow("aggregate pdf") << u"aggregate"_s << u"aggregate.pdf"_s << u"1200x800"_s << none
                                   << u"europa-league-2012-13-q1.txt"_s;
    QTest::newRow("aggregate jpg, date range")
        << u"aggregate"_s << u"aggregate.jpg"_s << u"640x480"_s
        << QStringList{u"--from"_s, u"2012-07-05"_s, u"--to"_s, u"2012-07-05"_s} << u"europa-league-2012-13-q1.txt"_s;
    QTest::newRow("summary svg, filter") << u"summary"_s << u"summary.svg"_s << u"900x700"_s
                                         << QStringList{u"--filter"_s, u"fk"_s} << u"europa-league-2012-13-q1.txt"_s;
    QTest::newRow("legs jpeg, odd size") << u"legs"_s << u"legs.jpeg"_s << u"333x222"_s << none
                                         << u"elq-2024-25-q3.txt"_s;
}

void TestChartCommand::writes()
{
    QFETCH(QString, kind);
    QFETCH(QString, output);
    QFETCH(QString, size);
    QFETCH(QStringList, filters);
    QFETCH(QString, file);

    const QString path = m_dir.filePath(output);
    const Run result = run(QStringList{u"--export-chart"_s, kind, u"--output"_s, path, u"--size"_s, size} + filters
                           + QStringList{tb::charttest::dataFile(file)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    const QStringList wh = size.split(u'x');
    const QSize expected(wh[0].toInt(), wh[1].toInt());
    if (output.endsWith(u".svg"_s)) {
        QSvgRenderer svg(path);
        QVERIFY(svg.isValid());
        QCOMPARE(svg.defaultSize(), expected);
        QCOMPARE(svg.viewBox().size(), expected);
    } else if (output.endsWith(u".pdf"_s)) {
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/MediaBox"));
    } else {
        QCOMPARE(QImageReader(path).size(), expected);
    }
}

void TestChartCommand::bracketOfSeveralFiles()
{
    // Given the 2018-19 round of 16, quarter- and semi-finals and a club filter
    const QString path = m_dir.filePath(u"bracket.svg"_s);
    QStringList arguments{u"--export-chart"_s, u"bracket"_s, u"--filter"_s, u"ajax"_s, u"--output"_s, path};
    for (const QString &file : {u"cl-2018-19-sf.txt"_s, u"cl-2018-19-r16.txt"_s, u"cl-2018-19-qf.txt"_s})
        arguments << tb::charttest::dataFile(file);

    const Run result = run(arguments);

    // Then the bracket of all three is drawn, the filter's club named as the one whose path is highlighted
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile svg(path);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    QVERIFY(text.contains(u"3 rounds that follow one another, 14 ties"_s));
    QVERIFY(text.contains(u"the path of the clubs matching \u201cajax\u201d highlighted"_s));
    for (const QString &name : {u"Finalists"_s, u"Borussia Dortmund"_s, u"Liverpool FC"_s, u"AFC Ajax"_s})
        QVERIFY2(text.contains(u'>' + name + u'<'), qPrintable(name));
}

void TestChartCommand::everyRegisteredKind_data()
{
    QTest::addColumn<QString>("kind");
    for (const tb::ChartKind &kind : tb::ChartRegistry::kinds())
        QTest::newRow(kind.key) << kind.keyText();
}

void TestChartCommand::everyRegisteredKind()
{
    // Whatever the registry holds, --export-chart draws it by its key
    QFETCH(QString, kind);
    const QString path = m_dir.filePath(kind + u"-registered.png"_s);
    const Run result = run({u"--export-chart"_s, kind, u"--output"_s, path, u"--size"_s, u"700x450"_s,
                            tb::charttest::dataFile(u"cl-2024-25-r16.txt"_s)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QImageReader(path).size(), QSize(700, 450));
}

void TestChartCommand::summaryFollowsTheFilter()
{
    // `--export-chart summary --filter suduva`: the one tie, 3:3, through on away goals by the
    // club at home in the first leg; the SVG carries the figures as text
    const QString path = m_dir.filePath(u"summary-suduva.svg"_s);
    const Run result = run({u"--export-chart"_s, u"summary"_s, u"--output"_s, path, u"--filter"_s, u"suduva"_s,
                            tb::charttest::dataFile(u"europa-league-2012-13-q1.txt"_s)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (const QString &text : {u"1 tie;"_s, u"Away goals: 1 (100.0%)"_s, u"Aggregate: 0 (0.0%)"_s,
                                u"First-leg home club: 1 (100.0%)"_s, u"Level (0): 1 (100.0%)"_s})
        QVERIFY2(svg.contains(text), qPrintable(text));
}

void TestChartCommand::defaultSize()
{
    const QString path = m_dir.filePath(u"default.png"_s);
    const Run result = run(
        {u"--export-chart"_s, u"aggregate"_s, u"--output"_s, path, tb::charttest::dataFile(u"cl-2014-15-r16.txt"_s)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QImageReader(path).size(), QSize(1200, 800));
}

void TestChartCommand::nothingMatches()
{
    const QString path = m_dir.filePath(u"nothing.png"_s);
    const Run result = run({u"--export-chart"_s, u"legs"_s, u"--output"_s, path, u"--filter"_s, u"no such club"_s,
                            tb::charttest::dataFile(u"cl-2014-15-r16.txt"_s)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QVERIFY(!QFile::exists(path));
}

void TestChartCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString data = tb::charttest::dataFile(u"cl-2014-15-r16.txt"_s);
    const QString out = m_dir.filePath(u"bad.png"_s);
    QTest::newRow("unknown kind") << QStringList{u"--export-chart"_s, u"pie"_s, u"--output"_s, out, data};
    QTest::newRow("unknown format") << QStringList{u"--export-chart"_s, u"legs"_s, u"--output"_s,
                                                   m_dir.filePath(u"x.gif"_s), data};
    QTest::newRow("no output") << QStringList{u"--export-chart"_s, u"legs"_s, data};
    QTest::newRow("bad size") << QStringList{u"--export-chart"_s, u"legs"_s, u"--output"_s, out,
                                             u"--size"_s,         u"12x"_s,  data};
    QTest::newRow("zero size") << QStringList{u"--export-chart"_s, u"legs"_s,  u"--output"_s, out,
                                              u"--size"_s,         u"0x100"_s, data};
    QTest::newRow("no file") << QStringList{u"--export-chart"_s, u"legs"_s, u"--output"_s, out};
    QTest::newRow("missing file") << QStringList{u"--export-chart"_s, u"legs"_s, u"--output"_s, out,
                                                 m_dir.filePath(u"missing.txt"_s)};
}

void TestChartCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(u"bad.png"_s)));
}

void TestChartCommand::unwritablePathKeepsNothingHalfWritten()
{
    // A regular file where the output's folder should be
    const QString blocker = m_dir.filePath(u"blocker"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const QString path = blocker + u"/chart.svg"_s;
    const Run result = run(
        {u"--export-chart"_s, u"progression"_s, u"--output"_s, path, tb::charttest::dataFile(u"cl-2014-15-r16.txt"_s)});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestChartCommand::noDisplayNeeded()
{
    // No display and no platform chosen: the command picks offscreen itself
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    const QString path = m_dir.filePath(u"headless.png"_s);
    const Run result = run({u"--export-chart"_s, u"legs"_s, u"--output"_s, path, u"--size"_s, u"800x500"_s,
                            tb::charttest::dataFile(u"cl-2024-25-r16.txt"_s)},
                           environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QImageReader(path).size(), QSize(800, 500));
}

void TestChartCommand::toStandardOutput_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("size");
    QTest::addColumn<bool>("piped"); // the round comes through standard input, else as a file

    QTest::newRow("png") << u"png"_s << u"320x200"_s << false;
    QTest::newRow("png, stdin to stdout") << u"PNG"_s << u"640x480"_s << true;
    QTest::newRow("svg") << u"svg"_s << u"700x450"_s << false;
    QTest::newRow("jpg") << u"jpg"_s << u"333x222"_s << false;
    QTest::newRow("pdf, stdin to stdout") << u"pdf"_s << u"600x400"_s << true;
}

void TestChartCommand::toStandardOutput()
{
    // `tiebrowser --export-chart legs --output - --format png round.txt > legs.png`
    QFETCH(QString, format);
    QFETCH(QString, size);
    QFETCH(bool, piped);
    const QString file = tb::charttest::dataFile(u"cl-2014-15-r16.txt"_s);
    QFile round(file);
    QVERIFY(round.open(QIODevice::ReadOnly));
    const Run result = run({u"--export-chart"_s, u"legs"_s, u"--output"_s, u"-"_s, u"--format"_s, format, u"--size"_s,
                            size, u"--filter"_s, u"chelsea"_s, piped ? u"-"_s : file},
                           QProcessEnvironment::systemEnvironment(), piped ? round.readAll() : QByteArray());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(!result.err.contains(u"tiebrowser:"_s), qPrintable(result.err)); // no complaint; the image alone on stdout

    const QStringList wh = size.split(u'x');
    const QSize expected(wh[0].toInt(), wh[1].toInt());
    const QByteArray &out = result.out;
    const QString kind = format.toLower();
    if (kind == u"png") {
        QVERIFY(out.startsWith("\x89PNG\r\n\x1a\n"));
        // The IHDR chunk follows the signature: width and height as big-endian 32-bit numbers.
        QCOMPARE(out.mid(12, 4), QByteArray("IHDR"));
        QCOMPARE(qFromBigEndian<quint32>(out.constData() + 16), quint32(expected.width()));
        QCOMPARE(qFromBigEndian<quint32>(out.constData() + 20), quint32(expected.height()));
        QCOMPARE(QImage::fromData(out, "PNG").size(), expected); // and the rest of it is whole
    } else if (kind == u"svg") {
        QVERIFY2(out.startsWith("<?xml") || out.contains("<svg"), out.left(200).constData());
        QSvgRenderer svg(out);
        QVERIFY(svg.isValid());
        QCOMPARE(svg.defaultSize(), expected);
    } else if (kind == u"jpg") {
        QVERIFY(out.startsWith("\xff\xd8\xff"));
        QCOMPARE(QImage::fromData(out, "JPEG").size(), expected);
    } else {
        QVERIFY(out.startsWith("%PDF-"));
        QVERIFY(out.contains("/MediaBox"));
        QVERIFY(out.trimmed().endsWith("%%EOF"));
    }
}

QTEST_MAIN(TestChartCommand)
#include "tst_chartcommand.moc"
