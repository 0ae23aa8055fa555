// Chart 1: the selected tie's two legs, each club's goals stacked by first half, second half
// and extra time, in the colour of the club's role (winner, home, away).
#pragma once

#include "chartstyle.h"
#include "tieset.h"

#include <QtCharts/QChart>
#include <array>

QT_BEGIN_NAMESPACE
class QBarSet;
class QStackedBarSeries;
class QBarCategoryAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace tb {

class LegsChart : public QChart
{
    Q_OBJECT
public:
    // The four bars, left to right: first leg's home club, its away club, then the second leg's.
    enum Bar { Leg1HomeBar, Leg1AwayBar, Leg2HomeBar, Leg2AwayBar, BarCount };

    explicit LegsChart(QGraphicsItem *parent = nullptr);
    ~LegsChart() override;

    // Shows ties[tieIndex]; -1 (or an index out of range) shows an empty chart saying so.
    // Nothing of `set` is kept.
    void setTie(const TieSet &set, int tieIndex);
    void clearTie();
    bool hasTie() const { return m_hasTie; }

    void setDark(bool dark);
    bool isDark() const { return m_dark; }

    // For tests and exports: the stacked series, and the set holding `club`'s goals in `period`
    // (values per Bar; zero in the other club's bars). `club` is the tie's Home or Away club.
    QStackedBarSeries *series() const { return m_series; }
    QBarSet *goalSet(Side club, Period period) const;
    QBarCategoryAxis *categoryAxis() const { return m_categories; }
    QValueAxis *goalAxis() const { return m_goals; }
    // Goals `club` scored in `period` of leg 1 or 2 as drawn (-1 when the chart shows no tie).
    int drawnGoals(int leg, Side club, Period period) const;

private:
    void recolor();
    void updateTitle();

    QStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_goals = nullptr;
    std::array<QBarSet *, 2 * PeriodCount> m_sets{}; // [club][period], club 0 = Home
    Side m_winner = Side::None;
    QString m_titleText;  // plain text; the title markup is made from these for the width
    QString m_detailText;
    bool m_hasTie = false;
    bool m_dark = false;
};

} // namespace tb
