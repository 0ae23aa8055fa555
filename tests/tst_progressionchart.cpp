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
