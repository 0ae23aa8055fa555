// SPDX-License-Identifier: GPL-3.0-or-later
// Chart 2: the running aggregate of both clubs through the tie (kick-off, each half-time and
// full time, extra time, and the shoot-out as distinct stars), so a glance shows when it turned.
// A play-off follows the legs as stages of its own, with its own goals: it is a separate match.
#pragma once

#include "tiechart.h"

#include <QList>
#include <memory>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QXYSeries;
class QScatterSeries;
class QCategoryAxis;
QT_END_NAMESPACE

namespace tb {

class ProgressionChart final : public OneTieChart
{
    Q_OBJECT
public:
    // The x position of each point is its Stage value.
    enum Stage {
        KickOff,
        Leg1HalfTime,
        Leg1FullTime,
        Leg2HalfTime,
        Leg2FullTime,
        AfterExtraTime,
        ShootOut,
        StageCount
    };
    Q_ENUM(Stage)
    // The play-off's stages, which follow the legs' last stage (playoffStart() is its kick-off)
    // when the tie had one. Half time and 90 minutes are always on the axis, like the legs'.
    enum PlayoffStage {
        PlayoffKickOff,
        PlayoffHalfTime,
        PlayoffFullTime,
        PlayoffExtraTime,
        PlayoffShootOut,
        PlayoffStageCount
    };
    Q_ENUM(PlayoffStage)

    explicit ProgressionChart(QGraphicsItem *parent = nullptr);
    ~ProgressionChart() override;

    // For tests: `club`'s running aggregate, one point (stage, goals) per stage that has a score.
    QLineSeries *runningAggregate(Side club) const;
    // For tests: `club`'s goals in the play-off, one point (x, goals) per play-off stage that has
    // a score, x counted from playoffStart(); empty without a play-off.
    QLineSeries *playoffGoals(Side club) const;
    // The x of the play-off's kick-off on the stage axis, -1 without a play-off.
    int playoffStart() const { return m_playoffStart; }
    // The shoot-out: one point per club at (ShootOut, penalties scored), the tie's home club
    // first (after a play-off, at its PlayoffShootOut stage); empty without one.
    QScatterSeries *shootOut() const { return m_shootOut; }
    // Penalties each club scored in the shoot-out (home, away), {-1, -1} without one.
    QPair<int, int> shootOutGoals() const { return m_pens; }
    QCategoryAxis *stageAxis() const { return m_stages; }
    static QString stageName(Stage stage);
    static QString playoffStageName(PlayoffStage stage);

protected:
    void recolor() override;

    void drawTie(const TieSet &set, int tieIndex) override;
    void drawNoTie() override;

private:
    QList<QXYSeries *> allSeries() const;
    // Two fixed slots so the non-winner's dashed line is always drawn over the winner's solid one
    // and stays visible where the two coincide.
    QLineSeries *m_back = nullptr; // the winner (home club when undecided)
    QLineSeries *m_front = nullptr; // the other club
    // The play-off's lines, in the same slots and styles as the legs' lines: apart from them, as
    // the play-off's goals are not added to the aggregate.
    QLineSeries *m_playoffBack = nullptr;
    QLineSeries *m_playoffFront = nullptr;
    QScatterSeries *m_shootOut = nullptr;
    QCategoryAxis *m_stages = nullptr;
    Side m_backClub = Side::Home;
    Side m_winner = Side::None;
    QPair<int, int> m_pens{-1, -1};
    int m_playoffStart = -1;
};

} // namespace tb
