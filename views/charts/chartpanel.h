// SPDX-License-Identifier: GPL-3.0-or-later
// The registered charts in tabs, showing what they are told (the filter's ties and the selected
// tie), with export to image files and the clipboard.
#pragma once

#include "chartexporter.h"
#include "shownties.h"

#include <QImage>
#include <QWidget>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace tb {

class TieChart;

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    // What every chart shows: the filter's ties in the table's order and the selected tie.
    void showTies(const ShownTies &ties);
    const ShownTies &shownTies() const;
    int currentTie() const; // the selected tie, -1 = none

    // The tab on show, as a position in ChartRegistry::kinds().
    int currentKind() const;
    void setCurrentKind(int kind);

    // "system" (follow the palette), "light" or "dark", as stored in the settings.
    void setChartTheme(const QString &theme);
    QString chartTheme() const;

    // What the export dialog starts with; the window passes the remembered values in and keeps
    // them from exportDefaultsChanged(). An invalid size means the chart's on-screen size.
    void setExportDefaults(const QString &folder, QSize size);
    QString exportFolder() const;
    QSize exportSize() const; // the remembered size, or the on-screen size

    // A fresh chart of `kind` (a position in the registry) showing what the panel shows, laid out
    // for `size` (a chart of many ties fits its page to it); for export, printing and the clipboard.
    std::unique_ptr<QChart> makeChart(int kind, QSize size) const;
    QImage renderCurrentChart(QSize size, qreal scale = 1.0) const;
    bool exportCurrentChartTo(const QString &path, const ChartExportOptions &options, QString *error);

    // The chart on screen in the tab of `kind`, for tests.
    TieChart *chart(int kind) const;

public Q_SLOTS:
    void exportCurrentChart(); // File > Export Chart...: asks for file, format, size
    void copyCurrentChart(); // Edit > Copy Chart

Q_SIGNALS:
    // After a successful export from the dialog: the folder and size to remember.
    void exportDefaultsChanged(const QString &folder, QSize size);
    // The user clicked a tie in a chart (a bar of the aggregate chart).
    void tieClicked(int tieIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tb
