// SPDX-License-Identifier: GPL-3.0-or-later
// Chart 2: the running aggregate through the tie.
#include "progressionchart.h"

#include "tietext.h"

#include <QPen>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tb {
namespace {

struct Running
{
    QList<QPointF> home, away;
    void add(int stage, int h, int a)
    {
        home.append(QPointF(stage, h));
        away.append(QPointF(stage, a));
    }
};

} // namespace

QString ProgressionChart::stageName(Stage stage)
{
    switch (stage) {
    case KickOff: return tr("Kick-off");
    case Leg1HalfTime: return tr("1st leg<br>half time");
    case Leg1FullTime: return tr("1st leg<br>full time");
    case Leg2HalfTime: return tr("2nd leg<br>half time");
    case Leg2FullTime: return tr("2nd leg<br>90 minutes");
    case AfterExtraTime: return tr("After<br>extra time");
    case ShootOut: return tr("Shoot-out<br>(penalties scored)");
    case StageCount: break;
    }
    return {};
}

ProgressionChart::ProgressionChart(QGraphicsItem *parent)
    : OneTieChart(parent)
{
    m_back = new QLineSeries(this);
    m_front = new QLineSeries(this);
    m_shootOut = new QScatterSeries(this);
    m_shootOut->setMarkerShape(QScatterSeries::MarkerShapeStar);
    m_shootOut->setMarkerSize(22);
    addSeries(m_back);
    addSeries(m_front);
    addSeries(m_shootOut);

    m_stages = new QCategoryAxis(this);
    m_stages->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_stages->setTitleText(tr("Stage of the tie"));
    goalAxis()->setTitleText(tr("Goals on aggregate"));
    addAxis(m_stages, Qt::AlignBottom);
    addAxis(goalAxis(), Qt::AlignLeft);
    for (QXYSeries *series :
         {static_cast<QXYSeries *>(m_back), static_cast<QXYSeries *>(m_front), static_cast<QXYSeries *>(m_shootOut)}) {
        series->attachAxis(m_stages);
        series->attachAxis(goalAxis());
    }
    legend()->setAlignment(Qt::AlignBottom);
    setDark(false);
    drawNoTie();
}

ProgressionChart::~ProgressionChart() = default;

QLineSeries *ProgressionChart::runningAggregate(Side club) const
{
    if (club == Side::None)
        return nullptr;
    return club == m_backClub ? m_back : m_front;
}

void ProgressionChart::drawNoTie()
{
    m_winner = Side::None;
    m_backClub = Side::Home;
    m_pens = {-1, -1};
    m_back->clear();
    m_front->clear();
    m_shootOut->clear();
    for (QXYSeries *series :
         {static_cast<QXYSeries *>(m_back), static_cast<QXYSeries *>(m_front), static_cast<QXYSeries *>(m_shootOut)})
        series->setName(QString());
    const auto markers = legend()->markers();
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
    const auto labels = m_stages->categoriesLabels();
    for (const QString &label : labels)
        m_stages->remove(label);
    for (int stage = KickOff; stage <= Leg2FullTime; ++stage)
        m_stages->append(stageName(Stage(stage)), stage);
    m_stages->setRange(-0.3, int(Leg2FullTime) + 0.3);
    setGoalRange(0);
    goalAxis()->setTitleText(tr("Goals on aggregate"));
    setTitleTexts(tr("Running aggregate: no tie selected"), QString());
    recolor();
}

void ProgressionChart::drawTie(const TieSet &set, int tieIndex)
{
    const Tie &tie = set.ties[std::size_t(tieIndex)];
    m_winner = tie.winner;
    m_backClub = tie.winner == Side::Away ? Side::Away : Side::Home;

    // Leg 1 is from the home club's side; leg 2's home side is the tie's away club.
    Running run;
    run.add(KickOff, 0, 0);
    int lastStage = Leg2FullTime;
    if (hasScore(tie.leg1.status) && tie.leg1.fullTime.isValid()) {
        if (tie.leg1.halfTime.isValid())
            run.add(Leg1HalfTime, tie.leg1.halfTime.home, tie.leg1.halfTime.away);
        run.add(Leg1FullTime, tie.leg1.fullTime.home, tie.leg1.fullTime.away);
        const Score first = tie.leg1.finalScore();
        const Leg &leg2 = tie.leg2;
        if (hasScore(leg2.status) && leg2.fullTime.isValid()) {
            if (leg2.halfTime.isValid())
                run.add(Leg2HalfTime, first.home + leg2.halfTime.away, first.away + leg2.halfTime.home);
            run.add(Leg2FullTime, first.home + leg2.fullTime.away, first.away + leg2.fullTime.home);
            if (leg2.hasExtraTime()) {
                run.add(AfterExtraTime, first.home + leg2.extraTime.away, first.away + leg2.extraTime.home);
                lastStage = AfterExtraTime;
            }
        }
    }

    m_back->replace(m_backClub == Side::Home ? run.home : run.away);
    m_front->replace(m_backClub == Side::Home ? run.away : run.home);
    const QString homeName = set.clubName(tie.home);
    const QString awayName = set.clubName(tie.away);
    runningAggregate(Side::Home)->setName(homeName);
    runningAggregate(Side::Away)->setName(awayName);

    m_shootOut->clear();
    m_pens = {-1, -1};
    if (tie.leg2.hasPenalties() && !run.home.isEmpty()) {
        // A shoot-out only follows a level aggregate, so stars at the aggregate would sit on
        // each other: they show the penalties each club scored instead, apart from the lines.
        m_pens = {tie.leg2.penalties.away, tie.leg2.penalties.home};
        m_shootOut->append(QPointF(ShootOut, m_pens.first));
        m_shootOut->append(QPointF(ShootOut, m_pens.second));
        lastStage = ShootOut;
        const bool homeWon = m_pens.first > m_pens.second;
        m_shootOut->setName(tr("Shoot-out: %1 won %2:%3")
                                .arg(homeWon ? homeName : awayName)
                                .arg(std::max(m_pens.first, m_pens.second))
                                .arg(std::min(m_pens.first, m_pens.second)));
    } else {
        m_shootOut->setName(QString());
    }

    goalAxis()->setTitleText(m_shootOut->count() > 0 ? tr("Goals on aggregate; penalties in the shoot-out")
                                                     : tr("Goals on aggregate"));

    const auto labels = m_stages->categoriesLabels();
    for (const QString &label : labels)
        m_stages->remove(label);
    for (int stage = KickOff; stage <= lastStage; ++stage)
        m_stages->append(stageName(Stage(stage)), stage);
    m_stages->setRange(-0.3, lastStage + 0.3);

    int highest = 1;
    for (const QPointF &p : std::as_const(run.home))
        highest = std::max(highest, int(p.y()));
    for (const QPointF &p : std::as_const(run.away))
        highest = std::max(highest, int(p.y()));
    highest = std::max({highest, m_pens.first, m_pens.second});
    setGoalRange(highest);

    const auto markers = legend()->markers();
    for (QLegendMarker *marker : markers)
        marker->setVisible(marker->series() != m_shootOut || m_shootOut->count() > 0);

    setTitleTexts(tr("Running aggregate: %1").arg(tieTitle(set, tie)), decisionSentence(set, tie));
    recolor();
}

void ProgressionChart::recolor()
{
    const ChartColors colors = chartColors(isDark());
    const Side frontClub = m_backClub == Side::Home ? Side::Away : Side::Home;

    QPen back(colors.clubColor(m_backClub, m_winner), 4);
    back.setCapStyle(Qt::RoundCap);
    m_back->setPen(back);
    m_back->setPointsVisible(true);
    m_back->setMarkerSize(11);

    QPen front(colors.clubColor(frontClub, m_winner), 2.5, Qt::DashLine);
    m_front->setPen(front);
    m_front->setPointsVisible(true);
    m_front->setMarkerSize(7);

    // Each star in its club's colour; the legend marker takes the winner's.
    m_shootOut->setColor(colors.winner);
    m_shootOut->setBorderColor(backgroundBrush().color());
    if (m_shootOut->count() == 2) {
        m_shootOut->setPointConfiguration(0, QXYSeries::PointConfiguration::Color,
                                          colors.clubColor(Side::Home, m_winner));
        m_shootOut->setPointConfiguration(1, QXYSeries::PointConfiguration::Color,
                                          colors.clubColor(Side::Away, m_winner));
    }
}

} // namespace tb
