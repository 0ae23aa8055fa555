// SPDX-License-Identifier: GPL-3.0-or-later
// The per-leg chart: each club's goals by period read back from the series for real ties.
#include "chartfixtures.h"
#include "legschart.h"

#include <QApplication>
#include <QTest>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarLegendMarker>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

using namespace Qt::StringLiterals;
using namespace tb;

class TestLegsChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goalsByPeriod_data();
    void goalsByPeriod();
    void winnerColourAndLegend();
    void noTie();
    void darkTheme();
};

using Goals = QList<int>; // 1st half, 2nd half, extra time

void TestLegsChart::goalsByPeriod_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("home");
    // Goals per period of leg 1 and leg 2, for the tie's home club and its away club.
    QTest::addColumn<Goals>("homeLeg1");
    QTest::addColumn<Goals>("awayLeg1");
    QTest::addColumn<Goals>("homeLeg2");
    QTest::addColumn<Goals>("awayLeg2");
    QTest::addColumn<int>("axisTop");

    // 1:1 (0:1), then Chelsea - PSG 2:2 (0:0, 1:1) aet: PSG through on away goals in extra time.
    QTest::newRow("Chelsea-PSG aet") << u"cl-2014-15-r16.txt"_s << u"Paris Saint-Germain"_s << Goals{0, 1, 0}
                                     << Goals{1, 0, 0} << Goals{0, 1, 1} << Goals{0, 1, 1} << 3;
    // 0:1 (0:0), then Liverpool - PSG 1:4 (0:1, 0:1, 0:1) pso: shoot-out goals are not goals.
    QTest::newRow("Liverpool-PSG pso") << u"cl-2024-25-r16.txt"_s << u"Paris Saint-Germain FC"_s << Goals{0, 0, 0}
                                       << Goals{0, 1, 0} << Goals{1, 0, 0} << Goals{0, 0, 0} << 2;
    // 0:6 (0:0), then FK Gomel - Víkingur 4:0 (0:0).
    QTest::newRow("Víkingur-Gomel") << u"europa-league-2012-13-q1.txt"_s << u"Víkingur"_s << Goals{0, 0, 0}
                                    << Goals{0, 6, 0} << Goals{0, 0, 0} << Goals{0, 4, 0} << 7;
}

void TestLegsChart::goalsByPeriod()
{
    QFETCH(QString, file);
    QFETCH(QString, home);
    QFETCH(Goals, homeLeg1);
    QFETCH(Goals, awayLeg1);
    QFETCH(Goals, homeLeg2);
    QFETCH(Goals, awayLeg2);
    QFETCH(int, axisTop);

    // Given a real round and one of its ties
    const auto set = charttest::loadRound(file);
    const int index = charttest::findTie(*set, home);
    QVERIFY(index >= 0);

    // When the chart shows it
    LegsChart chart;
    chart.showTies({set, {}, index});
    QVERIFY(chart.hasTie());

    // Then the drawn goals are the file's, period by period, in the right bars
    for (int p = 0; p < PeriodCount; ++p) {
        const auto period = Period(p);
        QCOMPARE(chart.drawnGoals(1, Side::Home, period), homeLeg1[p]);
        QCOMPARE(chart.drawnGoals(1, Side::Away, period), awayLeg1[p]);
        QCOMPARE(chart.drawnGoals(2, Side::Home, period), homeLeg2[p]);
        QCOMPARE(chart.drawnGoals(2, Side::Away, period), awayLeg2[p]);
        // The first leg is at the home club: its goals are in bar 0, the away club's in bar 1;
        // in the second leg the away club is at home (bar 2) and the home club away (bar 3).
        QCOMPARE(chart.goalSet(Side::Home, period)->at(LegsChart::Leg1HomeBar), homeLeg1[p]);
        QCOMPARE(chart.goalSet(Side::Away, period)->at(LegsChart::Leg1AwayBar), awayLeg1[p]);
        QCOMPARE(chart.goalSet(Side::Away, period)->at(LegsChart::Leg2HomeBar), awayLeg2[p]);
        QCOMPARE(chart.goalSet(Side::Home, period)->at(LegsChart::Leg2AwayBar), homeLeg2[p]);
        // and nothing of a club is drawn in the other club's bars
        QCOMPARE(chart.goalSet(Side::Home, period)->at(LegsChart::Leg1AwayBar), 0.0);
        QCOMPARE(chart.goalSet(Side::Away, period)->at(LegsChart::Leg1HomeBar), 0.0);
    }
    // The stacked totals match the full (after extra time) score of each leg
    const Tie &tie = set->ties[std::size_t(index)];
    int leg1Home = 0, leg2Home = 0;
    for (int p = 0; p < PeriodCount; ++p) {
        leg1Home += chart.drawnGoals(1, Side::Home, Period(p));
        leg2Home += chart.drawnGoals(2, Side::Away, Period(p)); // leg 2's home club is the tie's away club
    }
    QCOMPARE(leg1Home, int(tie.leg1.finalScore().home));
    QCOMPARE(leg2Home, int(tie.leg2.finalScore().home));
    QCOMPARE(chart.goalAxis()->max(), double(axisTop));

    // Labels name the clubs, with their diacritics
    const QStringList labels = chart.categoryAxis()->categories();
    QCOMPARE(labels.size(), int(LegsChart::BarCount));
    const auto plain = [](QString label) { return label.replace(u"<br>"_s, u" "_s); }; // names may wrap
    QVERIFY2(plain(labels[LegsChart::Leg1HomeBar]).startsWith(set->clubName(tie.home).toHtmlEscaped()),
             qPrintable(labels[0]));
    QVERIFY(plain(labels[LegsChart::Leg2HomeBar]).startsWith(set->clubName(tie.away).toHtmlEscaped()));
    QVERIFY(chart.title().contains(set->clubName(tie.home).toHtmlEscaped()));
}

void TestLegsChart::winnerColourAndLegend()
{
    const auto set = charttest::loadRound(u"cl-2014-15-r16.txt"_s);
    const int withExtraTime = charttest::findTie(*set, u"Paris Saint-Germain"_s);
    const int without = charttest::findTie(*set, u"Shakhtar Donetsk"_s);
    QVERIFY(withExtraTime >= 0 && without >= 0);
    // On screen, where the legend lays out its entries
    auto *owned = new LegsChart;
    QChartView view(owned);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    LegsChart &chart = *owned;
    const ChartColors colors = chartColors(false);

    // PSG (home club) went through: its bars are in the winner's colour, Chelsea's are not.
    chart.showTies({set, {}, withExtraTime});
    QCOMPARE(set->ties[std::size_t(withExtraTime)].winner, Side::Home);
    QCOMPARE(chart.goalSet(Side::Home, Period::SecondHalf)->color(), colors.winner);
    QCOMPARE(chart.goalSet(Side::Away, Period::SecondHalf)->color(), colors.away);
    QVERIFY(chart.goalSet(Side::Away, Period::FirstHalf)->label().contains(u"Chelsea FC"_s));

    const auto visibleEntries = [&chart] {
        QStringList entries;
        const auto markers = chart.legend()->markers(chart.series());
        for (QLegendMarker *marker : markers) {
            if (marker->isVisible())
                entries << marker->label();
        }
        return entries;
    };
    // Extra time was played: the legend explains the three shades, with the winner's sets
    QCOMPARE(visibleEntries(), (QStringList{u"Goals, 1st half"_s, u"Goals, 2nd half"_s, u"Goals, extra time"_s}));

    // Bayern (away club) went through, no extra time: the colours swap, the legend drops extra time
    chart.showTies({set, {}, without});
    QCOMPARE(chart.goalSet(Side::Away, Period::SecondHalf)->color(), colors.winner);
    QCOMPARE(chart.goalSet(Side::Home, Period::SecondHalf)->color(), colors.home);
    const QStringList entries = visibleEntries();
    QCOMPARE(entries.size(), 2);
    for (const QString &entry : entries)
        QVERIFY2(!entry.contains(u"extra time"_s), qPrintable(entry));
    // and its shades are the winner's, now Bayern's
    QSet<QRgb> shades;
    const auto markers = chart.legend()->markers(chart.series());
    for (QLegendMarker *marker : markers) {
        if (marker->isVisible())
            shades.insert(marker->brush().color().rgb());
    }
    QCOMPARE(shades,
             (QSet<QRgb>{ChartColors::periodShade(colors.winner, Period::FirstHalf).rgb(),
                         ChartColors::periodShade(colors.winner, Period::SecondHalf).rgb()}));
}

void TestLegsChart::noTie()
{
    const auto set = charttest::loadRound(u"cl-2014-15-r16.txt"_s);
    LegsChart chart;
    chart.showTies({set, {}, 0});
    QVERIFY(chart.hasTie());
    chart.showTies({set, {}, -1});
    QVERIFY(!chart.hasTie());
    QVERIFY(chart.title().contains(u"no tie selected"_s));
    QCOMPARE(chart.drawnGoals(1, Side::Home, Period::FirstHalf), -1);
    for (int bar = 0; bar < LegsChart::BarCount; ++bar)
        QCOMPARE(chart.goalSet(Side::Home, Period::SecondHalf)->at(bar), 0.0);
    // An index past the end is no tie either, not a crash
    chart.showTies({set, {}, int(set->ties.size())});
    QVERIFY(!chart.hasTie());
}

void TestLegsChart::darkTheme()
{
    const auto set = charttest::loadRound(u"cl-2014-15-r16.txt"_s);
    LegsChart chart;
    chart.showTies({set, {}, 0});
    chart.setDark(true);
    QCOMPARE(chart.theme(), QChart::ChartThemeDark);
    // The theme must not take the roles' colours away
    QCOMPARE(chart.goalSet(Side::Home, Period::SecondHalf)->color(), chartColors(true).winner);
    chart.setDark(false);
    QCOMPARE(chart.theme(), QChart::ChartThemeLight);
    QCOMPARE(chart.goalSet(Side::Home, Period::SecondHalf)->color(), chartColors(false).winner);
}

QTEST_MAIN(TestLegsChart)
#include "tst_legschart.moc"
