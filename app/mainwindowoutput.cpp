// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's output: File > Export Table (with a progress dialog for a database), Print
// and Export PDF, with their dialogs and messages. Apart from mainwindow.cpp so that the wiring stays short.
#include "mainwindow.h"

#include "chartpanel.h"
#include "messagebar.h"
#include "session.h"
#include "settings.h"
#include "sqliteexport.h"
#include "tableexport.h"
#include "tableprinter.h"
#include "tiefiltermodel.h"
#include "tietablemodel.h"
#include "tietableview.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtCharts/QChart>

using namespace Qt::StringLiterals;

namespace tb {

bool MainWindow::exportTable(const QString &path)
{
    const std::shared_ptr<const TieSet> set = tieSet();
    if (!set) {
        m_messageBar->showMessage(MessageBar::Kind::Error, tr("There is nothing to export: no file is open."));
        return false;
    }
    const std::optional<TableFormat> format = tableexport::formatForPath(path);
    if (!format) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Cannot export to %1: the name must end in .csv, .json, .sqlite or .db.")
                                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    // A copy: the progress dialog lets events through, and a reload may change the filter's rows.
    const std::vector<int> rows = m_filter->visibleSourceRows();
    bool cancelled = false;
    bool written = false;
    if (*format == TableFormat::Sqlite) {
        // Seconds for a million ties (CSV and JSON take one): a dialog with Cancel, which keeps the old file.
        QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, int(rows.size()),
                                 this);
        progress.setWindowTitle(tr("Export Table"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        written = tableexport::writeDatabase(path, *set, rows, &error, [&](std::size_t done) {
            progress.setValue(int(done));
            cancelled = progress.wasCanceled();
            return !cancelled;
        });
    } else {
        written = tableexport::writeTable(path, *set, rows, &error);
    }
    if (cancelled) {
        statusBar()->showMessage(tr("Export cancelled; %1 is as it was.").arg(QDir::toNativeSeparators(path)), 10000);
        return false;
    }
    if (!written) {
        m_messageBar->showMessage(MessageBar::Kind::Error, error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %L1 ties to %2").arg(rows.size()).arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MainWindow::askExportTable()
{
    const QString csvFilter = tr("CSV table (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    const QString sqliteFilter = tr("SQLite database (*.sqlite *.db)");
    QString chosenFilter = csvFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Table"), QDir(m_settings->lastExportFolder()).filePath(u"ties.csv"_s),
        csvFilter + u";;"_s + jsonFilter + u";;"_s + sqliteFilter, &chosenFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter == jsonFilter ? u".json"_s : chosenFilter == sqliteFilter ? u".sqlite"_s : u".csv"_s;
    m_settings->setLastExportFolder(QFileInfo(path).absolutePath());
    exportTable(path);
}

TablePrinter MainWindow::makeTablePrinter() const
{
    TablePrinter printer(m_filter);
    QStringList names;
    if (const std::shared_ptr<const TieSet> set = tieSet()) {
        for (const SourceFile &file : set->files)
            names.append(file.displayName);
    }
    printer.setTitle(names.join(u", "_s));
    printer.setSubtitle(TablePrinter::tieCountText(m_filter->rowCount(), m_model->rowCount()));
    // The columns as the table shows them: in the user's order, without hidden ones.
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns.append(logical);
    }
    printer.setColumns(columns);
    const ChartPanel *charts = m_charts;
    printer.setChartMaker([charts](QSize size) { return charts->makeChart(charts->currentKind(), size); });
    return printer;
}

void MainWindow::print()
{
    if (!tieSet())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape); // ten columns fit across, not down
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Ties"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TablePrinter table = makeTablePrinter();
    QString error;
    if (table.print(&printer, &error) == 0) {
        m_messageBar->showMessage(MessageBar::Kind::Error, error);
        return;
    }
    statusBar()->showMessage(tr("Sent %L1 pages to the printer.").arg(table.pageCount()), 10000);
}

bool MainWindow::exportPdf(const QString &path)
{
    if (!tieSet()) {
        m_messageBar->showMessage(MessageBar::Kind::Error, tr("There is nothing to export: no file is open."));
        return false;
    }
    const TablePrinter table = makeTablePrinter();
    QString error;
    if (!table.exportPdf(path, &error)) {
        m_messageBar->showMessage(MessageBar::Kind::Error, error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %L1 ties on %L2 pages to %3")
                                 .arg(m_filter->rowCount())
                                 .arg(table.pageCount())
                                 .arg(QDir::toNativeSeparators(path)),
                             10000);
    return true;
}

void MainWindow::askExportPdf()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"),
                                                QDir(m_settings->lastExportFolder()).filePath(u"ties.pdf"_s),
                                                tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    m_settings->setLastExportFolder(QFileInfo(path).absolutePath());
    exportPdf(path);
}

} // namespace tb
