// The three charts (per-leg scores, half-time progression, aggregate bars) in tabs, following
// the table's filter and the selected tie, with export to image files and the clipboard.
#pragma once

#include "chartexporter.h"

#include <QImage>
#include <QWidget>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QTabWidget;
QT_END_NAMESPACE

namespace tb {

class TieFilterModel;
class LegsChart;
class ProgressionChart;
class AggregateChart;

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    enum ChartKind { LegsKind, ProgressionKind, AggregateKind, ChartKindCount };
    Q_ENUM(ChartKind)

    explicit ChartPanel(TieFilterModel *ties, QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Index into the TieSet's ties of the tie to show in the per-leg and progression charts; -1 = none.
    void setCurrentTie(int tieIndex);
    int currentTie() const;

    ChartKind currentKind() const;
    void setCurrentKind(ChartKind kind);
    // "legs", "progression", "aggregate": the names the command line uses; -1 when unknown.
    static QString kindName(ChartKind kind);
    static int kindFromName(const QString &name);

    // "system" (follow the palette), "light" or "dark", as stored in the settings.
    void setChartTheme(const QString &theme);
    QString chartTheme() const;

    // What the export dialog starts with; the window passes the remembered values in and keeps
    // them from exportDefaultsChanged(). An invalid size means the chart's on-screen size.
    void setExportDefaults(const QString &folder, QSize size);
    QString exportFolder() const;
    QSize exportSize() const; // the remembered size, or the on-screen size

    // A fresh chart of `kind` showing what the panel shows, laid out for `size` (the aggregate
    // chart fits its page to the height); for export, printing and the clipboard.
    std::unique_ptr<QChart> makeChart(ChartKind kind, QSize size) const;
    QImage renderCurrentChart(QSize size, qreal scale = 1.0) const;
    bool exportCurrentChartTo(const QString &path, const ChartExportOptions &options, QString *error);

    // The charts on screen, for tests.
    LegsChart *legsChart() const;
    ProgressionChart *progressionChart() const;
    AggregateChart *aggregateChart() const;

public Q_SLOTS:
    void exportCurrentChart(); // File > Export Chart...: asks for file, format, size
    void copyCurrentChart();   // Edit > Copy Chart

Q_SIGNALS:
    // After a successful export from the dialog: the folder and size to remember.
    void exportDefaultsChanged(const QString &folder, QSize size);
    // The user clicked a tie's bar in the aggregate chart.
    void tieClicked(int tieIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    Private *d;
};

} // namespace tb
