// `tiebrowser --export-chart` end to end: the real binary, real files, every format and exit code.
#include "chartfixtures.h"
#include "chartregistry.h"

#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

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
    void defaultSize();
    void nothingMatches();
    void badArguments_data();
    void badArguments();
    void unwritablePathKeepsNothingHalfWritten();
    void noDisplayNeeded();

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
    };
    Run run(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) const;
    QTemporaryDir m_dir;
};

void TestChartCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(TIEBROWSER_BIN)), TIEBROWSER_BIN);
}

TestChartCommand::Run TestChartCommand::run(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TIEBROWSER_BIN), arguments);
    Run result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
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

QTEST_MAIN(TestChartCommand)
#include "tst_chartcommand.moc"
