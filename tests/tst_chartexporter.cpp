// SPDX-License-Identifier: GPL-3.0-or-later
// Chart export: every format opens again at the asked size, and a failed write harms nothing.
#include "aggregatechart.h"
#include "chartexporter.h"
#include "chartfixtures.h"
#include "legschart.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tb;

class TestChartExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formatForPath_data();
    void formatForPath();
    void formatForName_data();
    void formatForName();
    void toADevice_data();
    void toADevice();
    void raster_data();
    void raster();
    void svg();
    void pdf();
    void renderKeepsTheChart();
    void pathUnderAFile();
    void failedWriteKeepsTheOldFile();
    void unknownExtensionKeepsTheOldFile();
    void replacesAnExistingFile();

private:
    std::unique_ptr<LegsChart> makeChart() const;
    std::shared_ptr<TieSet> m_set;
    QTemporaryDir m_dir;
};

void TestChartExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_set = charttest::loadRound(u"cl-2014-15-r16.txt"_s);
    QVERIFY(!m_set->ties.empty());
}

std::unique_ptr<LegsChart> TestChartExporter::makeChart() const
{
    auto chart = std::make_unique<LegsChart>();
    chart->showTies({m_set, {}, 0});
    return chart;
}

void TestChartExporter::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1 = none
    QTest::newRow("png") << u"/x/chart.png"_s << int(ChartFormat::Png);
    QTest::newRow("PNG upper case") << u"chart.PNG"_s << int(ChartFormat::Png);
    QTest::newRow("jpg") << u"chart.jpg"_s << int(ChartFormat::Jpeg);
    QTest::newRow("jpeg") << u"chart.jpeg"_s << int(ChartFormat::Jpeg);
    QTest::newRow("svg") << u"chart.svg"_s << int(ChartFormat::Svg);
    QTest::newRow("pdf") << u"a.b/chart.pdf"_s << int(ChartFormat::Pdf);
    QTest::newRow("gif") << u"chart.gif"_s << -1;
    QTest::newRow("none") << u"chart"_s << -1;
    QTest::newRow("dot in folder only") << u"a.png/chart"_s << -1;
}

void TestChartExporter::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const std::optional<ChartFormat> found = ChartExporter::formatForPath(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

void TestChartExporter::formatForName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1 = none
    QTest::newRow("png") << u"png"_s << int(ChartFormat::Png);
    QTest::newRow("PNG upper case") << u"PNG"_s << int(ChartFormat::Png);
    QTest::newRow("jpg") << u"jpg"_s << int(ChartFormat::Jpeg);
    QTest::newRow("jpeg") << u"Jpeg"_s << int(ChartFormat::Jpeg);
    QTest::newRow("svg") << u"svg"_s << int(ChartFormat::Svg);
    QTest::newRow("pdf") << u"pdf"_s << int(ChartFormat::Pdf);
    QTest::newRow("with a dot") << u".png"_s << -1;
    QTest::newRow("gif") << u"gif"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestChartExporter::formatForName()
{
    QFETCH(QString, name);
    const std::optional<ChartFormat> found = ChartExporter::formatForName(name);
    QTEST(found ? int(*found) : -1, "format");
}

void TestChartExporter::toADevice_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("png") << int(ChartFormat::Png) << QByteArray("\x89PNG\r\n\x1a\n");
    QTest::newRow("jpeg") << int(ChartFormat::Jpeg) << QByteArray("\xff\xd8\xff");
    QTest::newRow("svg") << int(ChartFormat::Svg) << QByteArray("<?xml");
    QTest::newRow("pdf") << int(ChartFormat::Pdf) << QByteArray("%PDF-");
}

void TestChartExporter::toADevice()
{
    // What standard output gets: the same bytes a file would, into a device we did not open
    QFETCH(int, format);
    QFETCH(QByteArray, start);
    const auto chart = makeChart();
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    ChartExportOptions options;
    options.size = QSize(400, 300);
    QString reason;
    QVERIFY2(ChartExporter::write(chart.get(), buffer, ChartFormat(format), options, &reason), qPrintable(reason));
    QVERIFY(buffer.data().startsWith(start));
    if (ChartExporter::isRaster(ChartFormat(format)))
        QCOMPARE(QImage::fromData(buffer.data()).size(), options.size);
    if (ChartFormat(format) == ChartFormat::Svg)
        QCOMPARE(QSvgRenderer(buffer.data()).defaultSize(), options.size);

    // A full disk (as standard output may be) fails the write or the flush after it, with a reason
    QFile full(u"/dev/full"_s);
    if (!full.open(QIODevice::WriteOnly))
        QSKIP("no /dev/full");
    reason.clear();
    QVERIFY(!(ChartExporter::write(chart.get(), full, ChartFormat(format), options, &reason) && full.flush()));
    QCOMPARE(reason.isEmpty() ? full.errorString() : reason, u"No space left on device"_s);
}

void TestChartExporter::raster_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<QByteArray>("readerFormat");
    QTest::newRow("png") << u"chart.png"_s << QSize(1200, 800) << 1.0 << QByteArray("png");
    QTest::newRow("png odd size") << u"odd.png"_s << QSize(333, 517) << 1.0 << QByteArray("png");
    QTest::newRow("png scale 2") << u"hidpi.png"_s << QSize(640, 480) << 2.0 << QByteArray("png");
    QTest::newRow("jpeg") << u"chart.jpg"_s << QSize(800, 600) << 1.0 << QByteArray("jpeg");
    QTest::newRow("jpeg scale 1.5") << u"chart.jpeg"_s << QSize(400, 300) << 1.5 << QByteArray("jpeg");
}

void TestChartExporter::raster()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    QFETCH(QByteArray, readerFormat);

    const auto chart = makeChart();
    const QString path = m_dir.filePath(name);
    ChartExportOptions options;
    options.size = size;
    options.scale = scale;
    QString error;
    QVERIFY2(ChartExporter::write(chart.get(), path, options, &error), qPrintable(error));

    QImageReader reader(path);
    QCOMPARE(reader.format(), readerFormat);
    QCOMPARE(reader.size(), QSize(qRound(size.width() * scale), qRound(size.height() * scale)));
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    // Something was drawn: the background and the bars are not one colour
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 3);
    // The corners are the chart's background, not transparent holes
    QCOMPARE(qAlpha(image.pixel(0, 0)), 255);
}

void TestChartExporter::svg()
{
    const auto chart = makeChart();
    const QString path = m_dir.filePath(u"chart.svg"_s);
    ChartExportOptions options;
    options.size = QSize(900, 500);
    options.title = u"Goals by half"_s;
    QString error;
    QVERIFY2(ChartExporter::write(chart.get(), path, options, &error), qPrintable(error));

    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.defaultSize(), QSize(900, 500));
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 900, 500));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<title>Goals by half</title>"));
    // The club names are in the drawing as text
    QVERIFY(svg.contains("Paris Saint-Germain"));
}

void TestChartExporter::pdf()
{
    const auto chart = makeChart();
    const QString path = m_dir.filePath(u"chart.pdf"_s);
    ChartExportOptions options;
    options.size = QSize(1200, 800);
    QString error;
    QVERIFY2(ChartExporter::write(chart.get(), path, options, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    // One page, with the chart's aspect: pixels at the layout resolution become points
    const QRegularExpression mediaBox(u"/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"_s);
    const auto match = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY2(match.hasMatch(), "no MediaBox");
    const double width = match.captured(1).toDouble();
    const double height = match.captured(2).toDouble();
    QVERIFY(width > 100 && height > 100);
    QVERIFY2(qAbs(width / height - 1.5) < 0.01, qPrintable(u"%1 x %2"_s.arg(width).arg(height)));
    QCOMPARE(pdf.count("/Type /Page") - pdf.count("/Type /Pages"), 1);
}

void TestChartExporter::renderKeepsTheChart()
{
    // Rendering a chart that lives on screen lays it out at the export size and gives it back
    AggregateChart chart;
    chart.showTies({m_set, {0, 1, 2}});
    chart.resize(QSizeF(500, 400));
    const QImage image = ChartExporter::render(&chart, QSize(1000, 700), 2.0);
    QCOMPARE(image.size(), QSize(2000, 1400));
    QCOMPARE(image.devicePixelRatio(), 2.0);
    QCOMPARE(chart.size(), QSizeF(500, 400));
    QVERIFY(!chart.scene()); // the temporary scene let go of it
}

void TestChartExporter::pathUnderAFile()
{
    // A regular file where a folder should be: no write can succeed, even as root
    const QString blocker = m_dir.filePath(u"not-a-folder"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    const QString path = blocker + u"/chart.png"_s;

    const auto chart = makeChart();
    QString error;
    QVERIFY(!ChartExporter::write(chart.get(), path, {}, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.size() > path.size() + 30, qPrintable(error)); // and says why
    QVERIFY(!QFile::exists(path));
    QFile again(blocker);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray("x"));
}

void TestChartExporter::failedWriteKeepsTheOldFile()
{
    // Given a chart the user exported before
    const QString path = m_dir.filePath(u"kept.jpg"_s);
    const auto chart = makeChart();
    ChartExportOptions small;
    small.size = QSize(200, 100);
    QString error;
    QVERIFY2(ChartExporter::write(chart.get(), path, small, &error), qPrintable(error));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray old = before.readAll();
    before.close();

    // When a new export fails after the file was opened (JPEG cannot hold 68,000 pixels across)
    ChartExportOptions huge;
    huge.size = QSize(17000, 2);
    huge.scale = 4;
    QVERIFY(!ChartExporter::write(chart.get(), path, huge, &error));

    // Then the message names the file, and the old file is whole
    QVERIFY2(error.contains(path), qPrintable(error));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), old);
    QCOMPARE(QImageReader(path).size(), QSize(200, 100));
    // and no temporary file is left behind
    QCOMPARE(QDir(m_dir.path()).entryList({u"kept*"_s}, QDir::Files), QStringList{u"kept.jpg"_s});
}

void TestChartExporter::unknownExtensionKeepsTheOldFile()
{
    const QString path = m_dir.filePath(u"notes.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my notes");
    file.close();
    const auto chart = makeChart();
    QString error;
    QVERIFY(!ChartExporter::write(chart.get(), path, {}, &error));
    QVERIFY(error.contains(path));
    QVERIFY(error.contains(u".png"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my notes"));
}

void TestChartExporter::replacesAnExistingFile()
{
    const QString path = m_dir.filePath(u"replace.png"_s);
    const auto chart = makeChart();
    ChartExportOptions options;
    options.size = QSize(300, 200);
    QString error;
    QVERIFY(ChartExporter::write(chart.get(), path, options, &error));
    options.size = QSize(640, 360);
    QVERIFY(ChartExporter::write(chart.get(), path, options, &error));
    QCOMPARE(QImageReader(path).size(), QSize(640, 360));
}

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
