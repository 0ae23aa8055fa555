// SPDX-License-Identifier: GPL-3.0-or-later
// Chart 3: both clubs' aggregate goals for every tie the filter leaves, in the table's order,
// the club that went through highlighted. Draws one page of ties at a time so that any number
// of ties costs the same; the title says which ties of how many are shown.
#pragma once

#include "tiechart.h"

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QBarSet;
class QHorizontalBarSeries;
class QScatterSeries;
class QBarCategoryAxis;
QT_END_NAMESPACE

namespace tb {

class AggregateChart : public TieChart
{
    Q_OBJECT
public:
    static constexpr int MaxPageSize = 40;
    static constexpr int MinPageSize = 5;

    explicit AggregateChart(QGraphicsItem *parent = nullptr);
    ~AggregateChart() override;

    // Shows ties.rows (indices into the set's ties, in the table's order) and marks ties.current
    // (bold label). New rows show the first page, or the page with the current tie if it is among
    // them; a new current tie alone turns to its page when it is among the rows.
    void showTies(const ShownTies &ties) override;
    int tieCount() const { return int(m_rows.size()); }

    // How many ties a page holds. fitToSize() sets it so that the labels never overlap.
    void setPageSize(int ties);
    int pageSize() const { return m_pageSize; }
    // Lays the chart out at `size` and fits the page to it: as many ties as have a line of
    // text each, labels shortened to leave the bars room. Done by itself whenever the chart is
    // resized on screen; call it before drawing a chart that is not on screen.
    void fitToSize(QSizeF size) override;

    bool isPaged() const override { return true; }
    void setPage(int page) override;
    int page() const override { return m_page; }
    int pageCount() const override;
    QString pageText() const override; // "Ties 1–40 of 120"
    int firstShown() const { return m_page * m_pageSize; } // position in the rows
    int shownCount() const;
    // Fits the page to `size` and starts at the first tie `onScreen` shows.
    void fitForExport(QSize size, const TieChart *onScreen) override;

    int currentTie() const { return m_currentTie; }

    // What is drawn. "Bar" b counts the ties shown from the top: it is the tie
    // rows[firstShown() + b], drawn in the series' category categoryOfBar(b) (categories
    // count from the bottom of the chart).
    QHorizontalBarSeries *series() const { return m_series; }
    QBarSet *homeSet() const { return m_home; } // the first leg's home club's aggregate goals
    QBarSet *awaySet() const { return m_away; }
    QBarCategoryAxis *tieAxis() const { return m_ties; }
    int tieAtBar(int bar) const; // index into the set's ties, -1 when out of range
    int categoryOfBar(int bar) const; // also maps a category back to its bar
    int drawnGoals(int bar, Side club) const; // -1 when out of range
    bool isHighlighted(int bar, Side club) const; // drawn in the winner's colour
    QString tieLabel(int bar) const;

protected:
    void recolor() override;

private:
    void setTies(std::shared_ptr<const TieSet> set, ShownRows rows);
    void setCurrentTie(int tieIndex);
    void rebuild();

    std::shared_ptr<const TieSet> m_set;
    ShownRows m_rows;
    QHorizontalBarSeries *m_series = nullptr;
    QScatterSeries *m_legendOnly = nullptr; // carries the "went through" legend entry
    QBarSet *m_home = nullptr;
    QBarSet *m_away = nullptr;
    QBarCategoryAxis *m_ties = nullptr;
    int m_pageSize = MaxPageSize;
    int m_labelWidth = 480; // pixels for a tie's label
    int m_page = 0;
    int m_currentTie = -1;
};

} // namespace tb
