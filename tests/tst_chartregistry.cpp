// SPDX-License-Identifier: GPL-3.0-or-later
// The chart registry: every registered kind renders a real round, exports to every format, and
// is found by its key the way the command line looks it up.
#include "chartexporter.h"
#include "chartfixtures.h"
#include "chartpanel.h"
#include "chartregistry.h"
#include "cli.h"

#include <QFile>
#include <QImageReader>
#include <QSet>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace tb;

class TestChartRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keysAndTitles();
    void lookup_data();
    void lookup();
    void unknownKeys_data();
    void unknownKeys();
    void renders_data();
    void renders();
    void rendersWithoutATie_data();
    void rendersWithoutATie();
    void exports_data();
    void exports();
    void panelHasATabPerKind();

private:
    // Every kind as a data row named by its key, with its position in the registry.
    static void addKindRows();
    // The whole round in file order, with a tie selected (a shoot-out, so every chart has much to draw).
    ShownTies wholeRound() const;
    std::shared_ptr<const TieSet> m_set;
    QTemporaryDir m_dir;
};

void TestChartRegistry::addKindRows()
{
    QTest::addColumn<int>("kind");
    for (int kind = 0; kind < ChartRegistry::count(); ++kind)
        QTest::newRow(ChartRegistry::kind(kind).key) << kind;
}

ShownTies TestChartRegistry::wholeRound() const
{
    ShownTies shown;
    shown.set = m_set;
    std::vector<int> rows(m_set->ties.size());
    std::iota(rows.begin(), rows.end(), 0);
    shown.rows = std::move(rows);
    shown.current = charttest::findTie(*m_set, u"Paris Saint-Germain FC"_s);
    return shown;
}

void TestChartRegistry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_set = charttest::loadRound(u"cl-2024-25-r16.txt"_s);
    QVERIFY(!m_set->ties.empty());
    QVERIFY(charttest::findTie(*m_set, u"Paris Saint-Germain FC"_s) >= 0);
    QVERIFY(ChartRegistry::count() >= 3);
}

void TestChartRegistry::keysAndTitles()
{
    QSet<QString> keys;
    QSet<QString> titles;
    for (const ChartKind &kind : ChartRegistry::kinds()) {
        const QString key = kind.keyText();
        QVERIFY2(!key.isEmpty(), kind.title);
        // The command line spells it: lower case letters only, nothing to quote.
        for (const QChar c : key)
            QVERIFY2(c >= u'a' && c <= u'z', qPrintable(key));
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QVERIFY2(!kind.translatedTitle().isEmpty(), qPrintable(key));
        QVERIFY2(!kind.translatedDescription().isEmpty(), qPrintable(key));
        QVERIFY2(!titles.contains(kind.translatedTitle()), qPrintable(key));
        titles.insert(kind.translatedTitle());
        QVERIFY(kind.make);
    }
    QCOMPARE(ChartRegistry::keys().size(), ChartRegistry::count());
    // Today's keys, as scripts use them
    for (const QString &key : {u"legs"_s, u"progression"_s, u"aggregate"_s})
        QVERIFY2(keys.contains(key), qPrintable(key));
}

void TestChartRegistry::lookup_data()
{
    addKindRows();
}

void TestChartRegistry::lookup()
{
    QFETCH(int, kind);
    const ChartKind &entry = ChartRegistry::kind(kind);
    const QString key = entry.keyText();
    QCOMPARE(ChartRegistry::indexOf(key), kind);
    QCOMPARE(ChartRegistry::find(key), &entry);
    QVERIFY(ChartRegistry::keyList().contains(key));
    // The command line takes the key and hands it to the chart command as it is
    const CommandLine line = cli::parse(
        {u"tiebrowser"_s, u"--export-chart"_s, key, u"--output"_s, m_dir.filePath(u"c.png"_s), u"round.txt"_s});
    QVERIFY2(line.mode == CommandLine::Mode::ExportChart, qPrintable(line.error));
    QCOMPARE(line.chartKind, key);
    QCOMPARE(line.chartCommand().kind, key);
    QCOMPARE(ChartRegistry::find(line.chartCommand().kind), &entry);
    // and names it in its help
    QVERIFY(cli::helpText().contains(key));
}

void TestChartRegistry::unknownKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("pie") << u"pie"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << ChartRegistry::kind(0).keyText().toUpper();
    QTest::newRow("prefix") << ChartRegistry::kind(0).keyText().chopped(1);
    QTest::newRow("space") << ChartRegistry::kind(0).keyText() + u' ';
}

void TestChartRegistry::unknownKeys()
{
    QFETCH(QString, key);
    QCOMPARE(ChartRegistry::indexOf(key), -1);
    QVERIFY(!ChartRegistry::find(key));
    const CommandLine line = cli::parse(
        {u"tiebrowser"_s, u"--export-chart"_s, key, u"--output"_s, m_dir.filePath(u"c.png"_s), u"round.txt"_s});
    QVERIFY(line.mode == CommandLine::Mode::Invalid);
    // The message lists what would have been accepted
    for (const QString &known : ChartRegistry::keys())
        QVERIFY2(line.error.contains(known), qPrintable(line.error));
}

namespace {

// Pixels that differ clearly from the background: a blank chart has next to none.
double drawnShare(const QImage &image, const QColor &background)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 drawn = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb p = line[x];
            const int d = std::abs(qRed(p) - background.red()) + std::abs(qGreen(p) - background.green())
                + std::abs(qBlue(p) - background.blue());
            if (d > 60)
                ++drawn;
        }
    }
    return double(drawn) / double(qint64(rgb.width()) * rgb.height());
}

int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        for (int x = 0; x < rgb.width(); x += 2)
            colours.insert(rgb.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

void TestChartRegistry::renders_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("dark");
    for (int kind = 0; kind < ChartRegistry::count(); ++kind) {
        const QByteArray key = ChartRegistry::kind(kind).key;
        QTest::newRow(QByteArray(key + " light").constData()) << kind << false;
        QTest::newRow(QByteArray(key + " dark").constData()) << kind << true;
    }
}

void TestChartRegistry::renders()
{
    QFETCH(int, kind);
    QFETCH(bool, dark);
    const QSize size(900, 560);
    const std::unique_ptr<TieChart> chart = ChartRegistry::kind(kind).make();
    QVERIFY(chart);
    chart->setDark(dark);
    QCOMPARE(chart->isDark(), dark);
    chart->showTies(wholeRound());
    chart->fitForExport(size, nullptr);
    QVERIFY(!chart->title().isEmpty());

    const QImage image = ChartExporter::render(chart.get(), size);
    QCOMPARE(image.size(), size);
    // The corner is the chart's background (the theme may paint it with a gradient)
    const QColor background = image.pixelColor(1, 1);
    QCOMPARE(background.lightness() < 128, dark);
    const double share = drawnShare(image, background);
    QVERIFY2(share > 0.02, qPrintable(u"only %1 of the pixels drawn"_s.arg(share)));
    QVERIFY2(colourCount(image) > 20, qPrintable(u"%1 colours"_s.arg(colourCount(image))));
}

void TestChartRegistry::rendersWithoutATie_data()
{
    addKindRows();
}

void TestChartRegistry::rendersWithoutATie()
{
    // Nothing to show is a chart that says so, not a crash or an empty image
    QFETCH(int, kind);
    const std::unique_ptr<TieChart> chart = ChartRegistry::kind(kind).make();
    ShownTies nothing;
    nothing.set = m_set;
    chart->showTies(nothing);
    chart->fitForExport(QSize(640, 400), nullptr);
    const QImage image = ChartExporter::render(chart.get(), QSize(640, 400));
    QCOMPARE(image.size(), QSize(640, 400));
    QVERIFY(drawnShare(image, image.pixelColor(1, 1)) > 0.005);
    chart->showTies({});
    QVERIFY(!ChartExporter::render(chart.get(), QSize(640, 400)).isNull());
}

void TestChartRegistry::exports_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("extension");
    for (int kind = 0; kind < ChartRegistry::count(); ++kind) {
        const QByteArray key = ChartRegistry::kind(kind).key;
        for (const char *extension : {"png", "jpg", "svg", "pdf"})
            QTest::newRow(QByteArray(key + ' ' + extension).constData()) << kind << QString::fromLatin1(extension);
    }
}

void TestChartRegistry::exports()
{
    QFETCH(int, kind);
    QFETCH(QString, extension);
    const QSize size(800, 500);
    const std::unique_ptr<TieChart> chart = ChartRegistry::kind(kind).make();
    chart->showTies(wholeRound());
    chart->fitForExport(size, nullptr);

    const QString path = m_dir.filePath(ChartRegistry::kind(kind).keyText() + u'.' + extension);
    ChartExportOptions options;
    options.size = size;
    options.title = ChartRegistry::kind(kind).translatedTitle();
    QString error;
    QVERIFY2(ChartExporter::write(chart.get(), path, options, &error), qPrintable(error));

    if (extension == u"svg") {
        QSvgRenderer svg(path);
        QVERIFY(svg.isValid());
        QCOMPARE(svg.defaultSize(), size);
        QVERIFY(testfiles::readAll(path).contains(options.title.toUtf8()));
    } else if (extension == u"pdf") {
        const QByteArray pdf = testfiles::readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/MediaBox"));
        QCOMPARE(pdf.count("/Type /Page") - pdf.count("/Type /Pages"), 1);
    } else {
        QImageReader reader(path);
        QCOMPARE(reader.format(), extension == u"png" ? QByteArray("png") : QByteArray("jpeg"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), size);
        QVERIFY(drawnShare(image, image.pixelColor(1, 1)) > 0.02);
    }
}

void TestChartRegistry::panelHasATabPerKind()
{
    ChartPanel panel;
    auto *tabs = panel.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), ChartRegistry::count());
    for (int kind = 0; kind < ChartRegistry::count(); ++kind) {
        QCOMPARE(tabs->tabText(kind), ChartRegistry::kind(kind).translatedTitle());
        QCOMPARE(tabs->tabToolTip(kind), ChartRegistry::kind(kind).translatedDescription());
        QVERIFY(panel.chart(kind));
        QCOMPARE(panel.chart(kind)->metaObject(), ChartRegistry::kind(kind).make()->metaObject());
    }
    QVERIFY(!panel.chart(ChartRegistry::count()));
}

QTEST_MAIN(TestChartRegistry)
#include "tst_chartregistry.moc"
