// SPDX-License-Identifier: GPL-3.0-or-later
// Chart 1: each leg's goals per club, stacked by period.
#include "legschart.h"

#include "tietext.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarLegendMarker>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tb {
namespace {

constexpr int setIndex(Side club, Period period)
{
    return (club == Side::Away ? PeriodCount : 0) + static_cast<int>(period);
}

struct PeriodGoals
{
    int goals[PeriodCount] = {0, 0, 0};
};

// Goals of a leg's home (or away) side by period. Without a half-time score the 90 minutes cannot
// be split, so they are counted as the second half and the bar's label says so.
PeriodGoals periodGoals(const Leg &leg, bool homeSide)
{
    PeriodGoals result;
    if (!hasScore(leg.status) || !leg.fullTime.isValid())
        return result;
    const auto pick = [homeSide](Score s) { return int(homeSide ? s.home : s.away); };
    const int fullTime = pick(leg.fullTime);
    const int halfTime = leg.halfTime.isValid() ? std::min(pick(leg.halfTime), fullTime) : 0;
    result.goals[int(Period::FirstHalf)] = halfTime;
    result.goals[int(Period::SecondHalf)] = fullTime - halfTime;
    if (leg.hasExtraTime())
        result.goals[int(Period::ExtraTime)] = std::max(0, pick(leg.extraTime) - fullTime);
    return result;
}

// Long club names on two or three short lines, so that four bars' labels fit side by side.
QString wrapped(const QString &name)
{
    constexpr int LineLength = 15;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    for (const QString &word : words) {
        if (!lines.isEmpty() && lines.constLast().size() + 1 + word.size() <= LineLength)
            lines.last() += u' ' + word;
        else
            lines << word;
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

} // namespace

LegsChart::LegsChart(QGraphicsItem *parent)
    : OneTieChart(parent)
{
    m_series = new QStackedBarSeries(this);
    m_series->setBarWidth(0.6);
    for (Side club : {Side::Home, Side::Away}) {
        for (int p = 0; p < PeriodCount; ++p) {
            auto *set = new QBarSet(QString(), m_series);
            set->append(QList<qreal>(BarCount, 0.0));
            m_series->append(set);
            m_sets[std::size_t(setIndex(club, Period(p)))] = set;
        }
    }
    addSeries(m_series);

    m_categories = new QBarCategoryAxis(this);
    // Qt would cut the wrapped names to one line and "..."; they are short enough for four bars.
    m_categories->setTruncateLabels(false);
    goalAxis()->setTitleText(tr("Goals"));
    addAxis(m_categories, Qt::AlignBottom);
    addAxis(goalAxis(), Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(goalAxis());

    legend()->setAlignment(Qt::AlignBottom);
    legend()->setShowToolTips(true);
    setDark(false);
    drawNoTie();
}

LegsChart::~LegsChart() = default;

QBarSet *LegsChart::goalSet(Side club, Period period) const
{
    if (club == Side::None)
        return nullptr;
    return m_sets[std::size_t(setIndex(club, period))];
}

int LegsChart::drawnGoals(int leg, Side club, Period period) const
{
    if (!hasTie() || club == Side::None || (leg != 1 && leg != 2))
        return -1;
    // Leg 1 is played at the home club, leg 2 at the away club.
    const bool clubAtHome = (leg == 1) == (club == Side::Home);
    const int bar = (leg == 1 ? Leg1HomeBar : Leg2HomeBar) + (clubAtHome ? 0 : 1);
    return qRound(goalSet(club, period)->at(bar));
}

void LegsChart::drawNoTie()
{
    m_winner = Side::None;
    for (QBarSet *set : m_sets) {
        for (int bar = 0; bar < BarCount; ++bar)
            set->replace(bar, 0);
        set->setLabel(QString());
    }
    const auto markers = legend()->markers(m_series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
    m_categories->clear();
    m_categories->append({tr("1st leg, home"), tr("1st leg, away"), tr("2nd leg, home"), tr("2nd leg, away")});
    setGoalRange(0);
    setTitleTexts(tr("Goals by half: no tie selected"), QString());
    recolor();
}

void LegsChart::drawTie(const TieSet &set, int tieIndex)
{
    const Tie &tie = set.ties[std::size_t(tieIndex)];
    m_winner = tie.winner;

    const QString names[2] = {set.clubName(tie.home), set.clubName(tie.away)};
    // bar -> (leg, leg's home side?) ; the clubs alternate: leg 1 home = tie.home, leg 2 home = tie.away
    struct BarSource
    {
        const Leg *leg;
        bool legHome;
        Side club;
    };
    const BarSource bars[BarCount] = {
        {&tie.leg1, true, Side::Home},
        {&tie.leg1, false, Side::Away},
        {&tie.leg2, true, Side::Away},
        {&tie.leg2, false, Side::Home},
    };
    int highest = 0;
    bool anyExtraTime = false;
    QStringList labels;
    for (int bar = 0; bar < BarCount; ++bar) {
        const BarSource &source = bars[bar];
        const PeriodGoals goals = periodGoals(*source.leg, source.legHome);
        int total = 0;
        for (Side club : {Side::Home, Side::Away}) {
            for (int p = 0; p < PeriodCount; ++p) {
                const int value = club == source.club ? goals.goals[p] : 0;
                goalSet(club, Period(p))->replace(bar, value);
                total += value;
            }
        }
        highest = std::max(highest, total);
        anyExtraTime = anyExtraTime || source.leg->hasExtraTime();

        const QString legName = bar < Leg2HomeBar ? tr("1st leg") : tr("2nd leg");
        const QString where = source.legHome ? tr("home") : tr("away");
        QString note;
        if (!hasScore(source.leg->status))
            note = legStatusText(source.leg->status);
        else if (!source.leg->halfTime.isValid())
            note = tr("no half-time score");
        QString label = tr("%1<br>%2, %3").arg(wrapped(names[source.club == Side::Home ? 0 : 1]), legName, where);
        if (!note.isEmpty())
            label += u"<br>("_s + note.toHtmlEscaped() + u')';
        labels << label;
    }
    // Category labels must be unique; the club and the leg make them so (a club cannot play itself).
    m_categories->clear();
    m_categories->append(labels);

    static const char *const periodNames[PeriodCount] = {QT_TR_NOOP("1st half"), QT_TR_NOOP("2nd half"),
                                                         QT_TR_NOOP("extra time")};
    // The legend explains the shades with one club's sets: the winner's (the home club's when
    // undecided). The other club's bars use the same light-to-dark order in their own colour,
    // and the labels under the bars name the clubs. Six entries with club names would not fit.
    const Side shown = m_winner == Side::Away ? Side::Away : Side::Home;
    for (Side club : {Side::Home, Side::Away}) {
        for (int p = 0; p < PeriodCount; ++p) {
            const QString period = tr(periodNames[p]);
            goalSet(club, Period(p))
                ->setLabel(club == shown ? tr("Goals, %1").arg(period)
                                         : tr("%1, %2").arg(names[club == Side::Home ? 0 : 1], period));
        }
    }
    const auto markers = legend()->markers(m_series);
    for (QLegendMarker *marker : markers) {
        auto *barMarker = qobject_cast<QBarLegendMarker *>(marker);
        bool visible = false;
        for (int p = 0; p < PeriodCount; ++p) {
            if (barMarker && barMarker->barset() == goalSet(shown, Period(p)))
                visible = Period(p) != Period::ExtraTime || anyExtraTime;
        }
        marker->setVisible(visible);
    }

    setGoalRange(highest);
    setTitleTexts(tr("Goals by half: %1").arg(tieTitle(set, tie)), decisionSentence(set, tie));
    recolor();
}

void LegsChart::recolor()
{
    const ChartColors colors = chartColors(isDark());
    for (Side club : {Side::Home, Side::Away}) {
        const QColor base = colors.clubColor(club, m_winner);
        for (int p = 0; p < PeriodCount; ++p) {
            QBarSet *set = goalSet(club, Period(p));
            set->setColor(ChartColors::periodShade(base, Period(p)));
            set->setBorderColor(colors.separator);
        }
    }
}

} // namespace tb
