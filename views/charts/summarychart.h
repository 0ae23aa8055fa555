// SPDX-License-Identifier: GPL-3.0-or-later
// The summary of every tie the filter leaves, from one tie to a million: how they were decided,
// whether the club at home in the second leg or in the first went through, and the aggregate
// margins. One bar per figure's row, each row's label with its count and share; the work is one
// pass over the rows (TieSummary), the drawing fifteen bars whatever the number of ties.
#pragma once

#include "tiechart.h"
#include "tiesummary.h"

QT_BEGIN_NAMESPACE
class QBarSet;
class QHorizontalStackedBarSeries;
class QBarCategoryAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace tb {

class SummaryChart final : public TieChart
{
    Q_OBJECT
public:
    // The three figures, each a bar set of its own colour with values only in its own rows.
    enum Figure {
        Decided, // a row per DecidedBy, in its order
        Through, // the club at home in the 2nd leg, then in the 1st leg
        Margins, // 0 (level), 1, 2, 3, 4, 5+
        FigureCount
    };
    static constexpr int ThroughRows = 2;
    static constexpr int RowCount = DecidedByCount + ThroughRows + TieSummary::MarginBuckets;

    explicit SummaryChart(QGraphicsItem *parent = nullptr);
    ~SummaryChart() override;

    // Sums up ties.rows (the current tie plays no part) and draws the figures.
    void showTies(const ShownTies &ties) override;
    const TieSummary &summary() const { return m_summary; }

    // Fits the row labels to a chart `width` pixels wide: the names are shortened (with an
    // ellipsis) to leave the bars room, the figures after them never. Done by itself whenever the
    // chart is resized on screen, and by fitForExport() for a chart drawn off screen.
    void fitToWidth(qreal width);
    void fitForExport(QSize size, const TieChart *onScreen) override;

    // What is drawn, for tests and exports. Rows count from the top of the chart.
    static Figure figureOfRow(int row);
    int drawnCount(int row) const; // the bar's length in ties; -1 when out of range
    QString rowLabel(int row) const; // "Away goals: 6 (16.2%)"
    QBarSet *figureSet(Figure figure) const;
    QHorizontalStackedBarSeries *series() const { return m_series; }
    QBarCategoryAxis *rowAxis() const { return m_rows; }
    QValueAxis *countAxis() const { return m_counts; }

protected:
    void recolor() override;

private:
    void rebuild();
    int categoryOfRow(int row) const { return RowCount - 1 - row; } // Qt counts from the bottom

    TieSummary m_summary;
    bool m_drawn = false; // whether the series show m_summary
    int m_labelWidth = 480; // pixels for a row's label
    bool m_fitPending = false;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarSet *m_sets[FigureCount] = {};
    QBarCategoryAxis *m_rows = nullptr;
    QValueAxis *m_counts = nullptr;
};

} // namespace tb
