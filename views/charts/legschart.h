// SPDX-License-Identifier: GPL-3.0-or-later
// Chart 1: the selected tie's two legs, each club's goals stacked by first half, second half
// and extra time, in the colour of the club's role (winner, home, away).
#pragma once

#include "tiechart.h"

#include <array>
#include <memory>

QT_BEGIN_NAMESPACE
class QBarSet;
class QStackedBarSeries;
class QBarCategoryAxis;
QT_END_NAMESPACE

namespace tb {

class LegsChart final : public OneTieChart
{
    Q_OBJECT
public:
    // The four bars, left to right: first leg's home club, its away club, then the second leg's.
    enum Bar {
        Leg1HomeBar,
        Leg1AwayBar,
        Leg2HomeBar,
        Leg2AwayBar,
        BarCount
    };

    explicit LegsChart(QGraphicsItem *parent = nullptr);
    ~LegsChart() override;

    // For tests and exports: the stacked series, and the set holding `club`'s goals in `period`
    // (values per Bar; zero in the other club's bars). `club` is the tie's Home or Away club.
    QStackedBarSeries *series() const { return m_series; }
    QBarSet *goalSet(Side club, Period period) const;
    QBarCategoryAxis *categoryAxis() const { return m_categories; }
    // Goals `club` scored in `period` of leg 1 or 2 as drawn (-1 when the chart shows no tie).
    int drawnGoals(int leg, Side club, Period period) const;

protected:
    void recolor() override;

    void drawTie(const TieSet &set, int tieIndex) override;
    void drawNoTie() override;

private:
    QStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    static constexpr int SetCount = 2 * PeriodCount; // a set per club and period
    std::array<QBarSet *, SetCount> m_sets{}; // [club][period], club 0 = Home
    Side m_winner = Side::None;
};

} // namespace tb
