// SPDX-License-Identifier: GPL-3.0-or-later
// Prints a table model (the ties the filter leaves, in the table's order) page by page with a
// title, followed by a chart on a page of its own; to a printer or to a PDF file.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QChart;
class QPagedPaintDevice;
class QPainter;
class QPrinter;
class QRectF;
class QSize;
QT_END_NAMESPACE

namespace tb {

class TablePrinter
{
    Q_DECLARE_TR_FUNCTIONS(tb::TablePrinter)
public:
    // Makes a fresh chart laid out for `size` (logical pixels); TablePrinter owns it while drawing.
    using ChartMaker = std::function<std::unique_ptr<QChart>(QSize size)>;

    // `model` is read as it is: rows in its order, its header texts and alignments.
    explicit TablePrinter(const QAbstractItemModel *model);

    // The heading of the first page (the file names) and the line under it.
    void setTitle(const QString &title) { m_title = title; }
    QString title() const { return m_title; }
    void setSubtitle(const QString &subtitle) { m_subtitle = subtitle; }
    QString subtitle() const { return m_subtitle; }
    // The model's columns to print, in order; empty (the default) prints every column.
    void setColumns(const QList<int> &columns) { m_columns = columns; }
    // With a chart maker, the chart follows the table on a page of its own.
    void setChartMaker(ChartMaker maker) { m_makeChart = std::move(maker); }

    // "12 of 40 ties": the subtitle the window uses.
    static QString tieCountText(int shown, int total);

    // Draws every page on `device` (a QPrinter or a QPdfWriter); returns the number of pages,
    // or 0 with `error` set when the device cannot be painted on.
    int print(QPagedPaintDevice *device, QString *error = nullptr) const;

    // Writes a PDF (A4 landscape) to `path` through QSaveFile: an existing file is replaced only
    // once the new one is complete. On failure returns false and sets `error` to a sentence
    // naming the path and the reason.
    bool exportPdf(const QString &path, QString *error = nullptr) const;

    // How many pages the last print() or exportPdf() made.
    int pageCount() const { return m_pageCount; }

    // Draws `chart`, laid out at its current size, into `target` keeping its proportions.
    static void paintChart(QPainter &painter, QChart *chart, const QRectF &target);

private:
    const QAbstractItemModel *m_model;
    QString m_title;
    QString m_subtitle;
    QList<int> m_columns;
    ChartMaker m_makeChart;
    mutable int m_pageCount = 0;
};

} // namespace tb
