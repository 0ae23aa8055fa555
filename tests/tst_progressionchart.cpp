// SPDX-License-Identifier: GPL-3.0-or-later
// The running-aggregate chart: the points of both clubs and the shoot-out read back for real ties.
#include "chartfixtures.h"
#include "progressionchart.h"
#include "rules.h"

#include <QTest>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

using namespace Qt::StringLiterals;
using namespace tb;

using Points = QList<QPointF>;

namespace {

// "0:0 1:0 ..." so that a whole series is one QCOMPARE.
QString pointsText(const Points &points)
{
    QStringList parts;
    for (const QPointF &p : points)
        parts << u"%1@%2"_s.arg(p.y()).arg(p.x());
    return parts.join(u' ');
}

Points line(std::initializer_list<std::pair<int, int>> stageGoals)
{
    Points points;
    for (const auto &[stage, goals] : stageGoals)
        points << QPointF(stage, goals);
    return points;
}

} // namespace

class TestProgressionChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runningAggregate_data();
    void runningAggregate();
    void shootOut();
    void stagesFollowTheTie();
    void playoffStages_data();
    void playoffStages();
    void noPlayoffStagesWithoutOne();
    void noTie();
};

void TestProgressionChart::runningAggregate_data()
{
    using S = ProgressionChart;
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("home");
    QTest::addColumn<Points>("homeLine");
    QTest::addColumn<Points>("awayLine");

    // PSG - Chelsea 1:1 (0:1); Chelsea - PSG 2:2 (0:0, 1:1) aet.
    QTest::newRow("Chelsea-PSG aet") << u"cl-2014-15-r16.txt"_s << u"Paris Saint-Germain"_s
                                     << line({{S::KickOff, 0},
                                              {S::Leg1HalfTime, 0},
                                              {S::Leg1FullTime, 1},
                                              {S::Leg2HalfTime, 1},
                                              {S::Leg2FullTime, 2},
                                              {S::AfterExtraTime, 3}})
                                     << line({{S::KickOff, 0},
                                              {S::Leg1HalfTime, 1},
                                              {S::Leg1FullTime, 1},
                                              {S::Leg2HalfTime, 1},
                                              {S::Leg2FullTime, 2},
                                              {S::AfterExtraTime, 3}});
    // PSG - Liverpool 0:1 (0:0); Liverpool - PSG 1:4 (0:1, 0:1, 0:1) pso.
    QTest::newRow("Liverpool-PSG pso") << u"cl-2024-25-r16.txt"_s << u"Paris Saint-Germain FC"_s
                                       << line({{S::KickOff, 0},
                                                {S::Leg1HalfTime, 0},
                                                {S::Leg1FullTime, 0},
                                                {S::Leg2HalfTime, 1},
                                                {S::Leg2FullTime, 1},
                                                {S::AfterExtraTime, 1}})
                                       << line({{S::KickOff, 0},
                                                {S::Leg1HalfTime, 0},
                                                {S::Leg1FullTime, 1},
                                                {S::Leg2HalfTime, 1},
                                                {S::Leg2FullTime, 1},
                                                {S::AfterExtraTime, 1}});
    // Schalke - Real Madrid 0:2 (0:1); Real Madrid - Schalke 3:4 (2:2): no extra time.
    QTest::newRow("Schalke-Real") << u"cl-2014-15-r16.txt"_s << u"FC Schalke 04"_s
                                  << line({{S::KickOff, 0},
                                           {S::Leg1HalfTime, 0},
                                           {S::Leg1FullTime, 0},
                                           {S::Leg2HalfTime, 2},
                                           {S::Leg2FullTime, 4}})
                                  << line({{S::KickOff, 0},
                                           {S::Leg1HalfTime, 1},
                                           {S::Leg1FullTime, 2},
                                           {S::Leg2HalfTime, 4},
                                           {S::Leg2FullTime, 5}});
}

void TestProgressionChart::runningAggregate()
{
    QFETCH(QString, file);
    QFETCH(QString, home);
    QFETCH(Points, homeLine);
    QFETCH(Points, awayLine);

    // Given a real tie
    const auto set = charttest::loadRound(file);
    const int index = charttest::findTie(*set, home);
    QVERIFY(index >= 0);
    const Tie &tie = set->ties[std::size_t(index)];

    // When the chart shows it
    ProgressionChart chart;
    chart.showTies({set, {}, index});

    // Then each club's line is its running aggregate, stage by stage
    QCOMPARE(pointsText(chart.runningAggregate(Side::Home)->points()), pointsText(homeLine));
    QCOMPARE(pointsText(chart.runningAggregate(Side::Away)->points()), pointsText(awayLine));
    // and the last point is the aggregate the rules compute
    const Aggregate total = rules::aggregate(tie);
    QCOMPARE(int(chart.runningAggregate(Side::Home)->points().constLast().y()), total.home);
    QCOMPARE(int(chart.runningAggregate(Side::Away)->points().constLast().y()), total.away);
    QCOMPARE(chart.runningAggregate(Side::Home)->name(), set->clubName(tie.home));
    QCOMPARE(chart.runningAggregate(Side::Away)->name(), set->clubName(tie.away));
    // The winner's line is solid and in the winner's colour; the other one dashed on top
    QLineSeries *winner = chart.runningAggregate(tie.winner);
    QVERIFY(winner);
    QCOMPARE(winner->pen().color(), chartColors(false).winner);
    QCOMPARE(winner->pen().style(), Qt::SolidLine);
    QCOMPARE(chart.runningAggregate(tie.winner == Side::Home ? Side::Away : Side::Home)->pen().style(), Qt::DashLine);
}

void TestProgressionChart::shootOut()
{
    // Liverpool - PSG 2024-25: level 1:1 after extra time, PSG won the shoot-out 4:1.
    const auto set = charttest::loadRound(u"cl-2024-25-r16.txt"_s);
    const int index = charttest::findTie(*set, u"Paris Saint-Germain FC"_s);
    QVERIFY(index >= 0);
    ProgressionChart chart;
    chart.showTies({set, {}, index});

    // The shoot-out is its own series, at its own stage, one star per club with its penalties
    QCOMPARE(chart.shootOut()->count(), 2);
    QCOMPARE(chart.shootOut()->at(0), QPointF(ProgressionChart::ShootOut, 4)); // PSG, the tie's home club
    QCOMPARE(chart.shootOut()->at(1), QPointF(ProgressionChart::ShootOut, 1)); // Liverpool
    QCOMPARE(chart.shootOutGoals(), qMakePair(4, 1));
    QCOMPARE(chart.shootOut()->markerShape(), QScatterSeries::MarkerShapeStar);
    QVERIFY2(chart.shootOut()->name().contains(u"Paris Saint-Germain FC won 4:1"_s),
             qPrintable(chart.shootOut()->name()));
    // The lines stop before it: shoot-out goals are not aggregate goals
    QVERIFY(chart.runningAggregate(Side::Home)->points().constLast().x() < int(ProgressionChart::ShootOut));
    QVERIFY(chart.goalAxis()->max() >= 4);

    // A tie without a shoot-out has no stars and no legend entry for them
    const int plain = charttest::findTie(*set, u"Club Brugge KV"_s);
    chart.showTies({set, {}, plain});
    QCOMPARE(chart.shootOut()->count(), 0);
    QCOMPARE(chart.shootOutGoals(), qMakePair(-1, -1));
    const auto markers = chart.legend()->markers(chart.shootOut());
    QCOMPARE(markers.size(), 1);
    QVERIFY(!markers.constFirst()->isVisible());
}

void TestProgressionChart::stagesFollowTheTie()
{
    const auto set = charttest::loadRound(u"cl-2024-25-r16.txt"_s);
    ProgressionChart chart;
    // Without extra time the axis ends at 90 minutes of the second leg
    chart.showTies({set, {}, charttest::findTie(*set, u"Club Brugge KV"_s)});
    QCOMPARE(chart.stageAxis()->count(), int(ProgressionChart::Leg2FullTime) + 1);
    // With a shoot-out after extra time it goes on to the shoot-out
    chart.showTies({set, {}, charttest::findTie(*set, u"Paris Saint-Germain FC"_s)});
    QCOMPARE(chart.stageAxis()->count(), int(ProgressionChart::StageCount));
    QCOMPARE(chart.stageAxis()->categoriesLabels().constLast(),
             ProgressionChart::stageName(ProgressionChart::ShootOut));
}

void TestProgressionChart::playoffStages_data()
{
    using S = ProgressionChart;
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("away");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<Points>("homePlayoff");
    QTest::addColumn<Points>("awayPlayoff");
    const QStringList legs{S::stageName(S::KickOff), S::stageName(S::Leg1HalfTime), S::stageName(S::Leg1FullTime),
                           S::stageName(S::Leg2HalfTime), S::stageName(S::Leg2FullTime)};
    // engsoccerdata 1958-59: level 2:2 after the legs; play-off Atletico - CDNA 1-1 (1-1), 3-1 aet.
    // The play-off starts after the second leg's 90 minutes, at x = 5.
    QTest::newRow("Atletico-CDNA, extra time")
        << u"Atletico Madrid"_s << u"CDNA Sofia"_s << 1958
        << legs
            + QStringList{S::playoffStageName(S::PlayoffKickOff), S::playoffStageName(S::PlayoffHalfTime),
                          S::playoffStageName(S::PlayoffFullTime), S::playoffStageName(S::PlayoffExtraTime)}
        << line({{5, 0}, {6, 1}, {7, 1}, {8, 3}}) << line({{5, 0}, {6, 1}, {7, 1}, {8, 1}});
    // 1956-57: Real Madrid - Rapid Wien 4-2, 1-3; play-off Real Madrid - Rapid 2-0 (2-0), no extra time.
    QTest::newRow("Real-Rapid, 90 minutes") << u"Real Madrid"_s << u"Rapid Wien"_s << 1956
                                            << legs
            + QStringList{S::playoffStageName(S::PlayoffKickOff), S::playoffStageName(S::PlayoffHalfTime),
                          S::playoffStageName(S::PlayoffFullTime)}
                                            << line({{5, 0}, {6, 2}, {7, 2}}) << line({{5, 0}, {6, 0}, {7, 0}});
    // 1957-58: Gwardia - Wismut 3-1, 1-3; play-off named Wismut first, 1-1 (0-1) 1-1 aet: from
    // the tie's home club's side (Gwardia) it reads 1:0 at half time.
    QTest::newRow("Gwardia-Wismut, play-off from the other side")
        << u"Gwardia Warszawa"_s << u"SC Wismut Karl-Marx-Stadt"_s << 1957
        << legs
            + QStringList{S::playoffStageName(S::PlayoffKickOff), S::playoffStageName(S::PlayoffHalfTime),
                          S::playoffStageName(S::PlayoffFullTime), S::playoffStageName(S::PlayoffExtraTime)}
        << line({{5, 0}, {6, 1}, {7, 1}, {8, 1}}) << line({{5, 0}, {6, 0}, {7, 1}, {8, 1}});
}

void TestProgressionChart::playoffStages()
{
    QFETCH(QString, home);
    QFETCH(QString, away);
    QFETCH(int, year);
    QFETCH(QStringList, labels);
    QFETCH(Points, homePlayoff);
    QFETCH(Points, awayPlayoff);

    // Given a real tie with a play-off from the engsoccerdata record
    const auto set = charttest::loadRound(u"engsoccerdata-champs.csv"_s);
    const int index = charttest::findTie(*set, home, away, year);
    QVERIFY(index >= 0);
    const Tie &tie = set->ties[std::size_t(index)];
    QVERIFY(set->playoff(std::size_t(index)));

    // When the chart shows it
    ProgressionChart chart;
    chart.showTies({set, {}, index});

    // Then the play-off's stages follow the legs on the axis, named as the play-off's
    QCOMPARE(chart.stageAxis()->categoriesLabels(), labels);
    QCOMPARE(chart.playoffStart(), int(ProgressionChart::Leg2FullTime) + 1);
    QVERIFY2(chart.stageAxis()->titleText().contains(u"play-off"_s), qPrintable(chart.stageAxis()->titleText()));
    QVERIFY(chart.goalAxis()->titleText().contains(u"play-off"_s));
    // its lines are the play-off's own goals, from 0:0 again
    QCOMPARE(pointsText(chart.playoffGoals(Side::Home)->points()), pointsText(homePlayoff));
    QCOMPARE(pointsText(chart.playoffGoals(Side::Away)->points()), pointsText(awayPlayoff));
    // while the legs' lines still end at the aggregate, level after two legs
    const Aggregate total = rules::aggregate(tie);
    QCOMPARE(total.home, total.away);
    QCOMPARE(int(chart.runningAggregate(Side::Home)->points().constLast().y()), total.home);
    QCOMPARE(chart.runningAggregate(Side::Home)->points().constLast().x(), qreal(ProgressionChart::Leg2FullTime));
    // The play-off's lines look like the legs' lines of the same club, and add no legend entry
    for (const Side club : {Side::Home, Side::Away}) {
        QCOMPARE(chart.playoffGoals(club)->pen(), chart.runningAggregate(club)->pen());
        const auto markers = chart.legend()->markers(chart.playoffGoals(club));
        QCOMPARE(markers.size(), 1);
        QVERIFY(!markers.constFirst()->isVisible());
    }
    QCOMPARE(chart.shootOut()->count(), 0);
    QVERIFY(chart.goalAxis()->max() >= 3);
}

void TestProgressionChart::noPlayoffStagesWithoutOne()
{
    // Chelsea - PSG 2014-15 from the same record draws as the worldfootball round does
    const auto set = charttest::loadRound(u"engsoccerdata-champs.csv"_s);
    ProgressionChart chart;
    chart.showTies({set, {}, charttest::findTie(*set, u"Atletico Madrid"_s, u"CDNA Sofia"_s, 1958)});
    QVERIFY(chart.playoffStart() >= 0);
    const int modern = charttest::findTie(*set, u"Paris Saint-Germain"_s, u"Chelsea"_s, 2015);
    QVERIFY(modern >= 0);
    chart.showTies({set, {}, modern});
    QCOMPARE(chart.playoffStart(), -1);
    QCOMPARE(chart.stageAxis()->count(), int(ProgressionChart::AfterExtraTime) + 1);
    QCOMPARE(chart.stageAxis()->titleText(), ProgressionChart::tr("Stage of the tie"));
    QCOMPARE(chart.goalAxis()->titleText(), ProgressionChart::tr("Goals on aggregate"));
    QVERIFY(chart.playoffGoals(Side::Home)->points().isEmpty());
    QVERIFY(chart.playoffGoals(Side::Away)->points().isEmpty());
    QCOMPARE(pointsText(chart.runningAggregate(Side::Home)->points()), u"0@0 0@1 1@2 1@3 2@4 3@5"_s);
    QCOMPARE(pointsText(chart.runningAggregate(Side::Away)->points()), u"0@0 1@1 1@2 1@3 2@4 3@5"_s);
}

void TestProgressionChart::noTie()
{
    ProgressionChart chart;
    QVERIFY(!chart.hasTie());
    QVERIFY(chart.runningAggregate(Side::Home)->points().isEmpty());
    QVERIFY(chart.title().contains(u"no tie selected"_s));
    const auto set = charttest::loadRound(u"cl-2024-25-r16.txt"_s);
    chart.showTies({set, {}, 0});
    QVERIFY(chart.hasTie());
    chart.showTies({});
    QVERIFY(chart.runningAggregate(Side::Away)->points().isEmpty());
    QCOMPARE(chart.shootOut()->count(), 0);
}

QTEST_MAIN(TestProgressionChart)
#include "tst_progressionchart.moc"
