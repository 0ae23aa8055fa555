// SPDX-License-Identifier: GPL-3.0-or-later
// Prints a table model (the ties the filter leaves, in the table's order) page by page with a
// title, followed by a chart on a page of its own; to a printer or to a PDF file.
#include "tableprinter.h"

#include "chartscene.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QtCharts/QChart>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

// Measuring every cell of a huge table would take longer than printing it; the widest texts
// are found well enough in the first rows, and longer ones are elided.
constexpr int RowsMeasured = 2000;

// Page geometry in device pixels, worked out once for the whole print.
struct Layout
{
    qreal dpi = 72;
    QRectF page; // the paintable area (margins are the device's)
    QFont titleFont, subtitleFont, headerFont, cellFont, footerFont;
    qreal padding = 0; // inside each cell
    qreal titleHeight = 0;
    qreal headerHeight = 0;
    qreal rowHeight = 0;
    qreal footerHeight = 0;
    int firstPageRows = 1;
    int otherPageRows = 1;

    qreal points(qreal pt) const { return pt * dpi / 72.0; }
};

QFont fontOfSize(qreal pointSize, bool bold = false)
{
    QFont font;
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QString cellText(const QAbstractItemModel *model, int row, int column)
{
    QString text = model->data(model->index(row, column), Qt::DisplayRole).toString();
    text.replace(u'\n', u' ');
    return text;
}

Qt::Alignment cellAlignment(const QAbstractItemModel *model, int row, int column)
{
    const QVariant value = model->data(model->index(row, column), Qt::TextAlignmentRole);
    const Qt::Alignment horizontal = value.isValid() ? Qt::Alignment(value.toInt()) & Qt::AlignHorizontal_Mask
                                                     : Qt::Alignment(Qt::AlignLeft);
    return horizontal | Qt::AlignVCenter;
}

// Gives each column its natural width when they all fit, stretched to fill the page; when they
// do not, caps the widest columns at the same width so that narrow ones (dates, scores) stay whole.
std::vector<qreal> fitWidths(std::vector<qreal> natural, qreal available)
{
    const qreal total = std::accumulate(natural.begin(), natural.end(), 0.0);
    if (natural.empty() || total <= 0)
        return natural;
    if (total <= available) {
        for (qreal &width : natural)
            width *= available / total;
        return natural;
    }
    std::vector<qreal> sorted = natural;
    std::sort(sorted.begin(), sorted.end());
    qreal remaining = available;
    qreal cap = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const auto left = qreal(sorted.size() - i);
        if (sorted[i] * left > remaining) {
            cap = remaining / left;
            break;
        }
        remaining -= sorted[i];
    }
    for (qreal &width : natural)
        width = std::min(width, cap);
    return natural;
}

Layout makeLayout(const QPagedPaintDevice *device, bool hasTitle, bool hasSubtitle)
{
    Layout layout;
    layout.dpi = device->logicalDpiY();
    layout.page = QRectF(0, 0, device->width(), device->height());
    layout.titleFont = fontOfSize(14, true);
    layout.subtitleFont = fontOfSize(10);
    layout.headerFont = fontOfSize(8.5, true);
    layout.cellFont = fontOfSize(8.5);
    layout.footerFont = fontOfSize(7.5);
    layout.padding = layout.points(2.5);

    // Metrics for the device, not the screen: the two resolutions differ.
    auto *paintDevice = const_cast<QPagedPaintDevice *>(device);
    const QFontMetricsF title(layout.titleFont, paintDevice);
    const QFontMetricsF subtitle(layout.subtitleFont, paintDevice);
    const QFontMetricsF header(layout.headerFont, paintDevice);
    const QFontMetricsF cell(layout.cellFont, paintDevice);
    const QFontMetricsF footer(layout.footerFont, paintDevice);
    if (hasTitle)
        layout.titleHeight += title.lineSpacing() * 1.3;
    if (hasSubtitle)
        layout.titleHeight += subtitle.lineSpacing() * 1.5;
    if (layout.titleHeight > 0)
        layout.titleHeight += layout.points(4);
    layout.headerHeight = header.height() + 2 * layout.padding;
    layout.rowHeight = cell.height() + 2 * layout.padding;
    layout.footerHeight = footer.lineSpacing() * 2;

    const qreal body = layout.page.height() - layout.footerHeight - layout.headerHeight;
    layout.firstPageRows = std::max(1, int(std::floor((body - layout.titleHeight) / layout.rowHeight)));
    layout.otherPageRows = std::max(1, int(std::floor(body / layout.rowHeight)));
    return layout;
}

// Lays `chart` out at `size` inside a scene of its own for the drawing, then gives it back.
void renderChart(QPainter &painter, QChart *chart, const QRectF &target)
{
    const ChartScene lent(chart);
    // The layout would otherwise wait for the event loop.
    if (chart->layout())
        chart->layout()->activate();
    const QRectF source(chart->pos(), chart->size());
    lent.scene()->render(&painter, target, source, Qt::KeepAspectRatio);
}

} // namespace

TablePrinter::TablePrinter(const QAbstractItemModel *model)
    : m_model(model)
{ }

QString TablePrinter::tieCountText(int shown, int total)
{
    // Not tr()'s %n plurals: they need a translation file even for English.
    if (shown == total)
        return total == 1 ? tr("1 tie") : tr("%L1 ties").arg(total);
    return total == 1 ? tr("%L1 of 1 tie").arg(shown) : tr("%L1 of %L2 ties").arg(shown).arg(total);
}

void TablePrinter::paintChart(QPainter &painter, QChart *chart, const QRectF &target)
{
    if (!chart || target.isEmpty())
        return;
    const QSizeF size = chart->size().scaled(target.size(), Qt::KeepAspectRatio);
    const QRectF placed(target.topLeft() + QPointF((target.width() - size.width()) / 2, 0), size);
    painter.save();
    painter.fillRect(placed, chart->backgroundBrush());
    renderChart(painter, chart, placed);
    painter.restore();
}

int TablePrinter::print(QPagedPaintDevice *device, QString *error) const
{
    m_pageCount = 0;
    QList<int> columns = m_columns;
    if (columns.isEmpty()) {
        for (int column = 0; column < m_model->columnCount(); ++column)
            columns.append(column);
    }
    const int rows = m_model->rowCount();
    const Layout layout = makeLayout(device, !m_title.isEmpty(), !m_subtitle.isEmpty());

    std::vector<qreal> natural;
    {
        auto *paintDevice = static_cast<QPaintDevice *>(device);
        const QFontMetricsF header(layout.headerFont, paintDevice);
        const QFontMetricsF cell(layout.cellFont, paintDevice);
        const int measured = std::min(rows, RowsMeasured);
        for (const int column : std::as_const(columns)) {
            qreal width = header.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
            for (int row = 0; row < measured; ++row)
                width = std::max(width, cell.horizontalAdvance(cellText(m_model, row, column)));
            natural.push_back(width + 2 * layout.padding + layout.points(4));
        }
    }
    const std::vector<qreal> widths = fitWidths(natural, layout.page.width());

    const int tablePages = rows <= layout.firstPageRows
        ? 1
        : 1 + (rows - layout.firstPageRows + layout.otherPageRows - 1) / layout.otherPageRows;
    const int pages = tablePages + (m_makeChart ? 1 : 0);

    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("Cannot start printing: the printer or file is not ready.");
        return 0;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QColor ink(Qt::black);
    const QColor rule(0x80, 0x80, 0x80);
    const QColor headerFill(0xe4, 0xe4, 0xe4);
    const QColor stripeFill(0xf4, 0xf4, 0xf4);
    const qreal thinLine = std::max<qreal>(1, layout.points(0.5));

    auto drawFooter = [&](int page) {
        painter.setFont(layout.footerFont);
        painter.setPen(rule);
        const QRectF footer(0, layout.page.height() - layout.footerHeight * 0.75, layout.page.width(),
                            layout.footerHeight * 0.75);
        const QFontMetricsF metrics(layout.footerFont, device);
        const QString pageText = tr("Page %L1 of %L2").arg(page).arg(pages);
        const qreal pageWidth = metrics.horizontalAdvance(pageText) + layout.points(12);
        painter.drawText(footer.adjusted(0, 0, -pageWidth, 0), Qt::AlignLeft | Qt::AlignBottom,
                         metrics.elidedText(m_title, Qt::ElideRight, footer.width() - pageWidth));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, pageText);
    };

    auto drawRow = [&](qreal y, qreal height, int row) {
        qreal x = 0;
        const QFontMetricsF metrics(row < 0 ? layout.headerFont : layout.cellFont, device);
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const int column = columns[qsizetype(i)];
            const QRectF cell(x + layout.padding, y, widths[i] - 2 * layout.padding, height);
            const QString text = row < 0 ? m_model->headerData(column, Qt::Horizontal).toString()
                                         : cellText(m_model, row, column);
            const Qt::Alignment alignment = row < 0 ? (Qt::AlignLeft | Qt::AlignVCenter)
                                                    : cellAlignment(m_model, row, column);
            painter.drawText(cell, int(alignment), metrics.elidedText(text, Qt::ElideRight, cell.width()));
            x += widths[i];
        }
    };

    int row = 0;
    for (int page = 1; page <= tablePages; ++page) {
        if (page > 1 && !device->newPage()) {
            if (error)
                *error = tr("Cannot start page %L1.").arg(page);
            painter.end();
            return 0;
        }
        qreal y = 0;
        if (page == 1 && layout.titleHeight > 0) {
            painter.setPen(ink);
            if (!m_title.isEmpty()) {
                painter.setFont(layout.titleFont);
                const QFontMetricsF metrics(layout.titleFont, device);
                painter.drawText(QRectF(0, y, layout.page.width(), metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignTop,
                                 metrics.elidedText(m_title, Qt::ElideMiddle, layout.page.width()));
                y += metrics.lineSpacing() * 1.3;
            }
            if (!m_subtitle.isEmpty()) {
                painter.setFont(layout.subtitleFont);
                const QFontMetricsF metrics(layout.subtitleFont, device);
                painter.drawText(QRectF(0, y, layout.page.width(), metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignTop,
                                 m_subtitle);
            }
            // Below the titles and the gap the layout measured for them.
            y = layout.titleHeight;
        }

        const qreal tableWidth = std::accumulate(widths.begin(), widths.end(), 0.0);
        painter.fillRect(QRectF(0, y, tableWidth, layout.headerHeight), headerFill);
        painter.setPen(ink);
        painter.setFont(layout.headerFont);
        drawRow(y, layout.headerHeight, -1);
        y += layout.headerHeight;
        painter.setPen(QPen(rule, thinLine));
        painter.drawLine(QPointF(0, y), QPointF(tableWidth, y));

        const int pageRows = page == 1 ? layout.firstPageRows : layout.otherPageRows;
        painter.setFont(layout.cellFont);
        for (int i = 0; i < pageRows && row < rows; ++i, ++row) {
            if (row % 2 == 1)
                painter.fillRect(QRectF(0, y, tableWidth, layout.rowHeight), stripeFill);
            painter.setPen(ink);
            drawRow(y, layout.rowHeight, row);
            y += layout.rowHeight;
        }
        if (rows == 0) {
            painter.setPen(ink);
            painter.drawText(QRectF(0, y, layout.page.width(), layout.rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("No ties to print."));
        }
        drawFooter(page);
    }

    if (m_makeChart) {
        if (!device->newPage()) {
            if (error)
                *error = tr("Cannot start page %L1.").arg(pages);
            painter.end();
            return 0;
        }
        // Laid out at about a screen's size, so its text has the size it has on screen relative
        // to the chart, then scaled to the page.
        const QRectF target(0, 0, layout.page.width(), layout.page.height() - layout.footerHeight);
        const int width = 1200;
        const int height = std::max(200, int(width * target.height() / target.width()));
        const std::unique_ptr<QChart> chart = m_makeChart(QSize(width, height));
        if (chart) {
            chart->resize(QSizeF(width, height));
            paintChart(painter, chart.get(), target);
        }
        drawFooter(pages);
    }

    if (!painter.end()) {
        if (error)
            *error = tr("Printing did not finish.");
        return 0;
    }
    m_pageCount = pages;
    return pages;
}

bool TablePrinter::exportPdf(const QString &path, QString *error) const
{
    m_pageCount = 0;
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot write the PDF file %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());

    int pages = 0;
    QString reason;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(m_title);
        writer.setCreator(QCoreApplication::applicationName());
        pages = print(&writer, &reason);
    }
    if (pages == 0) {
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit()) {
        m_pageCount = 0;
        return fail(file.errorString());
    }
    m_pageCount = pages;
    return true;
}

} // namespace tb
