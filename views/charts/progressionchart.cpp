// SPDX-License-Identifier: GPL-3.0-or-later
// Chart 2: the running aggregate through the tie, and a play-off's own goals after it.
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

QString ProgressionChart::playoffStageName(PlayoffStage stage)
{
    switch (stage) {
    case PlayoffKickOff: return tr("Play-off<br>kick-off");
    case PlayoffHalfTime: return tr("Play-off<br>half time");
    case PlayoffFullTime: return tr("Play-off<br>90 minutes");
    case PlayoffExtraTime: return tr("Play-off<br>after extra time");
    case PlayoffShootOut: return tr("Play-off shoot-out<br>(penalties scored)");
    case PlayoffStageCount: break;
    }
    return {};
}

ProgressionChart::ProgressionChart(QGraphicsItem *parent)
    : OneTieChart(parent)
{
    m_back = new QLineSeries(this);
    m_front = new QLineSeries(this);
    m_playoffBack = new QLineSeries(this);
    m_playoffFront = new QLineSeries(this);
    m_shootOut = new QScatterSeries(this);
    m_shootOut->setMarkerShape(QScatterSeries::MarkerShapeStar);
    m_shootOut->setMarkerSize(22);
    addSeries(m_back);
    addSeries(m_front);
    addSeries(m_playoffBack);
    addSeries(m_playoffFront);
    addSeries(m_shootOut);

    m_stages = new QCategoryAxis(this);
    m_stages->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_stages->setTitleText(tr("Stage of the tie"));
    goalAxis()->setTitleText(tr("Goals on aggregate"));
    addAxis(m_stages, Qt::AlignBottom);
    addAxis(goalAxis(), Qt::AlignLeft);
    for (QXYSeries *series : allSeries()) {
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

QLineSeries *ProgressionChart::playoffGoals(Side club) const
{
    if (club == Side::None)
        return nullptr;
    return club == m_backClub ? m_playoffBack : m_playoffFront;
}

QList<QXYSeries *> ProgressionChart::allSeries() const
{
    return {m_back, m_front, m_playoffBack, m_playoffFront, m_shootOut};
}

void ProgressionChart::drawNoTie()
{
    m_winner = Side::None;
    m_backClub = Side::Home;
    m_pens = {-1, -1};
    m_playoffStart = -1;
    for (QXYSeries *series : allSeries()) {
        series->clear();
        series->setName(QString());
    }
    const auto markers = legend()->markers();
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
    const auto labels = m_stages->categoriesLabels();
    for (const QString &label : labels)
        m_stages->remove(label);
    for (int stage = KickOff; stage <= Leg2FullTime; ++stage)
        m_stages->append(stageName(Stage(stage)), stage);
    m_stages->setRange(-0.3, int(Leg2FullTime) + 0.3);
    m_stages->setTitleText(tr("Stage of the tie"));
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
    int shootOutStage = ShootOut;
    if (tie.leg2.hasPenalties() && !run.home.isEmpty()) {
        m_pens = {tie.leg2.penalties.away, tie.leg2.penalties.home};
        lastStage = ShootOut;
    }

    // A play-off starts again from 0:0 after the legs' last stage: its goals are its own, not
    // added to the aggregate, on lines apart from the legs' ones.
    Running playoffRun;
    const Playoff *playoff = set.playoffOf(tie);
    m_playoffStart = -1;
    if (playoff && hasScore(playoff->match.status) && playoff->match.fullTime.isValid() && !run.home.isEmpty()) {
        const Leg &match = playoff->match;
        m_playoffStart = lastStage + 1;
        const auto add = [&](PlayoffStage stage, Score s) {
            const Score home = playoff->homeSide(s);
            playoffRun.add(m_playoffStart + stage, home.home, home.away);
        };
        add(PlayoffKickOff, Score{0, 0});
        if (match.halfTime.isValid())
            add(PlayoffHalfTime, match.halfTime);
        add(PlayoffFullTime, match.fullTime);
        lastStage = m_playoffStart + PlayoffFullTime;
        if (match.hasExtraTime()) {
            add(PlayoffExtraTime, match.extraTime);
            lastStage = m_playoffStart + PlayoffExtraTime;
        }
        if (match.hasPenalties()) {
            const Score pens = playoff->homeSide(match.penalties);
            m_pens = {pens.home, pens.away};
            shootOutStage = m_playoffStart + PlayoffShootOut;
            lastStage = shootOutStage;
        }
    }
    m_playoffBack->replace(m_backClub == Side::Home ? playoffRun.home : playoffRun.away);
    m_playoffFront->replace(m_backClub == Side::Home ? playoffRun.away : playoffRun.home);
    // Named like the legs' lines for the tooltips; their legend entries are the legs' ones.
    playoffGoals(Side::Home)->setName(playoffRun.home.isEmpty() ? QString() : tr("%1 (play-off)").arg(homeName));
    playoffGoals(Side::Away)->setName(playoffRun.away.isEmpty() ? QString() : tr("%1 (play-off)").arg(awayName));

    if (m_pens.first >= 0) {
        // A shoot-out only follows a level score, so stars at the score would sit on each
        // other: they show the penalties each club scored instead, apart from the lines.
        m_shootOut->append(QPointF(shootOutStage, m_pens.first));
        m_shootOut->append(QPointF(shootOutStage, m_pens.second));
        const bool homeWon = m_pens.first > m_pens.second;
        m_shootOut->setName(tr("Shoot-out: %1 won %2:%3")
                                .arg(homeWon ? homeName : awayName)
                                .arg(std::max(m_pens.first, m_pens.second))
                                .arg(std::min(m_pens.first, m_pens.second)));
    } else {
        m_shootOut->setName(QString());
    }

    const bool hasPlayoff = m_playoffStart >= 0;
    if (hasPlayoff) {
        goalAxis()->setTitleText(m_shootOut->count() > 0
                                     ? tr("Goals on aggregate, then in the play-off; penalties in the shoot-out")
                                     : tr("Goals on aggregate, then in the play-off"));
    } else {
        goalAxis()->setTitleText(m_shootOut->count() > 0 ? tr("Goals on aggregate; penalties in the shoot-out")
                                                         : tr("Goals on aggregate"));
    }
    m_stages->setTitleText(hasPlayoff ? tr("Stage of the tie; the play-off is a match of its own")
                                      : tr("Stage of the tie"));

    const auto labels = m_stages->categoriesLabels();
    for (const QString &label : labels)
        m_stages->remove(label);
    const int legsEnd = hasPlayoff ? m_playoffStart - 1 : lastStage;
    for (int stage = KickOff; stage <= legsEnd; ++stage)
        m_stages->append(stageName(Stage(stage)), stage);
    for (int stage = m_playoffStart; hasPlayoff && stage <= lastStage; ++stage)
        m_stages->append(playoffStageName(PlayoffStage(stage - m_playoffStart)), stage);
    m_stages->setRange(-0.3, lastStage + 0.3);

    int highest = 1;
    for (const QList<QPointF> *points : {&run.home, &run.away, &playoffRun.home, &playoffRun.away}) {
        for (const QPointF &p : *points)
            highest = std::max(highest, int(p.y()));
    }
    highest = std::max({highest, m_pens.first, m_pens.second});
    setGoalRange(highest);

    const auto markers = legend()->markers();
    for (QLegendMarker *marker : markers) {
        // The play-off's lines share the legs' colours and styles: one legend entry per club.
        const QAbstractSeries *series = marker->series();
        marker->setVisible(series == m_back || series == m_front || (series == m_shootOut && m_shootOut->count() > 0));
    }

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

    m_playoffBack->setPen(back);
    m_playoffBack->setPointsVisible(true);
    m_playoffBack->setMarkerSize(11);
    m_playoffFront->setPen(front);
    m_playoffFront->setPointsVisible(true);
    m_playoffFront->setMarkerSize(7);

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
