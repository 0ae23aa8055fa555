// The three charts (per-leg scores, half-time progression, aggregate bars) in tabs, following
// the table's filter and the selected tie, with export to image files and the clipboard.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace tb {

class TieFilterModel;

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(TieFilterModel *ties, QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Index into the TieSet's ties of the tie to show in the per-leg and progression charts; -1 = none.
    void setCurrentTie(int tieIndex);

public Q_SLOTS:
    void exportCurrentChart(); // File > Export Chart...: asks for file, format, size
    void copyCurrentChart();   // Edit > Copy Chart

private:
    struct Private;
    Private *d;
};

} // namespace tb
