// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for TablePrinter: PDF export of the real files through the filter, pages, and failures
// that must leave an existing file as it was.
#include "loader.h"
#include "tableprinter.h"
#include "testfiles.h"
#include "tiefiltermodel.h"
#include "tieset.h"
#include "tietablemodel.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

using tb::testfiles::dataFile;
using tb::testfiles::readAll;
// Qt's PDF writer writes one "/Type /Page" object per page (and one "/Type /Pages" for the tree).
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?!s)"_s);
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

std::unique_ptr<QChart> lineChart(QSize size)
{
    auto chart = std::make_unique<QChart>();
    auto *series = new QLineSeries;
    series->append(0, 1);
    series->append(1, 3);
    series->append(2, 2);
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->setTitle(u"Goals"_s);
    chart->resize(size);
    return chart;
}

} // namespace

class TestTablePrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pdfOfAllFilesHasSeveralPages();
    void chartGetsAPageOfItsOwn();
    void filteredTablePrintsFewerPages();
    void pagesGrowWithRows_data();
    void pagesGrowWithRows();
    void tieCountText_data();
    void tieCountText();
    void missingFolderFailsWithThePath();
    void failedWriteKeepsExistingFile();
    void successReplacesExistingFile();

private:
    std::shared_ptr<TieSet> m_set;
    std::unique_ptr<TieTableModel> m_model;
    std::unique_ptr<TieFilterModel> m_filter;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTablePrinter::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    auto set = std::make_shared<TieSet>();
    for (const QString &name : {u"europa-league-2012-13-q1.txt"_s, u"elq-2024-25-q3.txt"_s, u"cl-2014-15-r16.txt"_s,
                                u"cl-2024-25-r16.txt"_s}) {
        TieSet one;
        loader::readFile(dataFile(name), one);
        QVERIFY2(!one.ties.empty(), qPrintable(name));
        set->append(std::move(one));
    }
    m_set = std::move(set);
}

void TestTablePrinter::init()
{
    m_model = std::make_unique<TieTableModel>();
    m_model->setTieSet(m_set);
    m_filter = std::make_unique<TieFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTablePrinter::cleanup()
{
    m_filter.reset();
    m_model.reset();
    m_dir.reset();
}

void TestTablePrinter::pdfOfAllFilesHasSeveralPages()
{
    // Given every tie of the four files, unfiltered
    TablePrinter printer(m_filter.get());
    printer.setTitle(u"europa-league-2012-13-q1.txt, elq-2024-25-q3.txt, …"_s);
    printer.setSubtitle(TablePrinter::tieCountText(m_filter->rowCount(), m_model->rowCount()));
    const QString path = m_dir->filePath(u"ties.pdf"_s);

    // When exported to PDF
    QString error;
    QVERIFY2(printer.exportPdf(path, &error), qPrintable(error));

    // Then the file is a PDF with more than one page, as many as the printer says it made
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY2(printer.pageCount() > 1, QByteArray::number(printer.pageCount()).constData());
    QCOMPARE(pdfPageCount(pdf), printer.pageCount());
}

void TestTablePrinter::chartGetsAPageOfItsOwn()
{
    TablePrinter withoutChart(m_filter.get());
    QString error;
    QVERIFY2(withoutChart.exportPdf(m_dir->filePath(u"table.pdf"_s), &error), qPrintable(error));

    TablePrinter withChart(m_filter.get());
    QSize asked;
    withChart.setChartMaker([&asked](QSize size) {
        asked = size;
        return lineChart(size);
    });
    const QString path = m_dir->filePath(u"table-and-chart.pdf"_s);
    QVERIFY2(withChart.exportPdf(path, &error), qPrintable(error));

    QCOMPARE(withChart.pageCount(), withoutChart.pageCount() + 1);
    QCOMPARE(pdfPageCount(readAll(path)), withChart.pageCount());
    // A landscape page: the chart is laid out wider than high.
    QVERIFY(asked.width() > asked.height());
}

void TestTablePrinter::filteredTablePrintsFewerPages()
{
    TablePrinter all(m_filter.get());
    QString error;
    QVERIFY2(all.exportPdf(m_dir->filePath(u"all.pdf"_s), &error), qPrintable(error));

    // Only the ties of one file of 8 ties
    m_filter->setFile(2);
    QVERIFY(m_filter->rowCount() > 0);
    QVERIFY(m_filter->rowCount() < m_model->rowCount());
    TablePrinter some(m_filter.get());
    QVERIFY2(some.exportPdf(m_dir->filePath(u"some.pdf"_s), &error), qPrintable(error));
    QCOMPARE(some.pageCount(), 1);
    QVERIFY(all.pageCount() > some.pageCount());
}

void TestTablePrinter::pagesGrowWithRows_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");
    QTest::newRow("empty table still prints a page") << 0 << 1 << 1;
    QTest::newRow("one row") << 1 << 1 << 1;
    QTest::newRow("a hundred rows") << 100 << 2 << 6;
    QTest::newRow("a thousand rows") << 1000 << 20 << 60;
}

void TestTablePrinter::pagesGrowWithRows()
{
    QFETCH(int, rows);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    QStandardItemModel model(rows, 3);
    model.setHorizontalHeaderLabels({u"Date"_s, u"Home"_s, u"Away"_s});
    for (int row = 0; row < rows; ++row) {
        model.setItem(row, 0, new QStandardItem(u"2012-07-05"_s));
        model.setItem(row, 1, new QStandardItem(u"Club %1"_s.arg(row)));
        model.setItem(row, 2,
                      new QStandardItem(u"A club with a very long name indeed, longer than any column %1"_s.arg(row)));
    }
    TablePrinter printer(&model);
    printer.setTitle(u"Synthetic"_s);
    const QString path = m_dir->filePath(u"rows.pdf"_s);
    QString error;
    QVERIFY2(printer.exportPdf(path, &error), qPrintable(error));
    QVERIFY2(printer.pageCount() >= minPages && printer.pageCount() <= maxPages,
             qPrintable(QString::number(printer.pageCount())));
    QCOMPARE(pdfPageCount(readAll(path)), printer.pageCount());
}

void TestTablePrinter::tieCountText_data()
{
    QTest::addColumn<int>("shown");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all") << 40 << 40 << u"40 ties"_s;
    QTest::newRow("one") << 1 << 1 << u"1 tie"_s;
    QTest::newRow("filtered") << 12 << 40 << u"12 of 40 ties"_s;
    QTest::newRow("thousands") << 1500 << 12000 << u"1,500 of 12,000 ties"_s;
}

void TestTablePrinter::tieCountText()
{
    QFETCH(int, shown);
    QFETCH(int, total);
    QFETCH(QString, expected);
    QCOMPARE(TablePrinter::tieCountText(shown, total), expected);
}

void TestTablePrinter::missingFolderFailsWithThePath()
{
    TablePrinter printer(m_filter.get());
    const QString path = m_dir->filePath(u"no-such-folder/ties.pdf"_s);
    QString error;
    QVERIFY(!printer.exportPdf(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(printer.pageCount(), 0);
    QVERIFY(!QFile::exists(path));
}

void TestTablePrinter::failedWriteKeepsExistingFile()
{
    // Given an existing PDF
    const QString path = m_dir->filePath(u"existing.pdf"_s);
    const QByteArray old = "%PDF-1.4\n% an older export that must survive\n%%EOF\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(old), old.size());
    }

    // When writing the new one fails half-way: files may grow no larger than 4 KiB, which
    // works for root too (unlike a read-only folder); the signal would otherwise end the test.
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    TablePrinter printer(m_filter.get());
    QString error;
    const bool written = printer.exportPdf(path, &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    // Then the export reports the failure and the old file is untouched, with no leftovers
    QVERIFY(!written);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"existing.pdf"_s});
}

void TestTablePrinter::successReplacesExistingFile()
{
    const QString path = m_dir->filePath(u"existing.pdf"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a pdf");
    }
    TablePrinter printer(m_filter.get());
    QString error;
    QVERIFY2(printer.exportPdf(path, &error), qPrintable(error));
    QVERIFY(readAll(path).startsWith("%PDF-"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"existing.pdf"_s});
}

} // namespace tb

QTEST_MAIN(tb::TestTablePrinter)
#include "tst_tableprinter.moc"
