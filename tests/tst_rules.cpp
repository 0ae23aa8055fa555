// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the tie rules: who went through and how under each rule set, and the warnings evaluate() gives.
#include "rules.h"
#include "tieset.h"
#include "tietext.h"

#include <QTest>

using namespace tb;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tb::Leg)
Q_DECLARE_METATYPE(tb::RuleSet)
Q_DECLARE_METATYPE(tb::DecidedBy)

namespace {

Score sc(int home, int away)
{
    return Score{static_cast<std::int16_t>(home), static_cast<std::int16_t>(away)};
}

// "F:A (h:a)"; pass no half time for "F:A".
Leg played(Score fullTime, Score halfTime = {})
{
    Leg leg;
    leg.status = LegStatus::Played;
    leg.fullTime = fullTime;
    leg.halfTime = halfTime;
    return leg;
}

// "F:A (h:a, n:m) aet": the score after 120 minutes comes first.
Leg aet(Score after120, Score halfTime, Score after90)
{
    Leg leg = played(after90, halfTime);
    leg.status = LegStatus::ExtraTime;
    leg.extraTime = after120;
    return leg;
}

// "P:Q (h:a, n:m) pso" and "P:Q (h:a, n:m, e:f) pso": the shoot-out score comes first.
Leg pso(Score shootOut, Score halfTime, Score after90, Score after120 = {})
{
    Leg leg = played(after90, halfTime);
    leg.status = after120.isValid() ? LegStatus::PenaltiesAfterExtraTime : LegStatus::PenaltiesAfter90;
    leg.extraTime = after120;
    leg.penalties = shootOut;
    return leg;
}

// "F:A dec." and "F:A (h:a) dec.": awarded at the table with that score.
Leg awarded(Score fullTime, Score halfTime = {})
{
    Leg leg = played(fullTime, halfTime);
    leg.status = LegStatus::Awarded;
    return leg;
}

Leg withoutScore(LegStatus status)
{
    Leg leg;
    leg.status = status;
    return leg;
}

struct Built
{
    ClubTable clubs;
    Tie tie;
};

// A tie between two named clubs; `stated` is the file's "Winner:" text (empty for none).
Built makeTie(const QString &home, const QString &away, const Leg &leg1, const Leg &leg2, QDate secondLeg,
              const QString &stated)
{
    Built b;
    b.tie.home = b.clubs.intern(QStringView(home));
    b.tie.away = b.clubs.intern(QStringView(away));
    b.tie.statedWinner = stated.isEmpty() ? NoClub : b.clubs.intern(QStringView(stated));
    b.tie.leg1 = leg1;
    b.tie.leg2 = leg2;
    if (secondLeg.isValid()) {
        b.tie.leg1.julianDay = static_cast<std::int32_t>(secondLeg.addDays(-7).toJulianDay());
        b.tie.leg2.julianDay = static_cast<std::int32_t>(secondLeg.toJulianDay());
    }
    return b;
}

QString aggregateText(Aggregate a)
{
    return QString::number(a.home) + u':' + QString::number(a.away);
}

QString winnerName(const Built &b, Side side)
{
    if (side == Side::None)
        return {};
    return b.clubs.name(side == Side::Home ? b.tie.home : b.tie.away);
}

// One diagnostic as a line, so that a whole list compares in one QCOMPARE.
QString describe(const Diagnostic &d)
{
    return QString::number(d.line) + u':' + QString::number(d.column) + u": "
        + (d.severity == Severity::Error         ? u"error: "_s
               : d.severity == Severity::Warning ? u"warning: "_s
                                                 : u"note: "_s)
        + d.message;
}

const QDate Season1966 = QDate(1966, 10, 12); // level ties went to a play-off
const QDate Season1969 = QDate(1969, 10, 1); // extra time, then a coin toss
const QDate Season1970 = QDate(1970, 9, 30); // extra time, then penalties
const QDate Season2012 = QDate(2012, 7, 12);
const QDate Season2015 = QDate(2015, 3, 11);
const QDate Season2024 = QDate(2024, 8, 15);
const QDate Season2025 = QDate(2025, 3, 11);

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void abolitionDate();
    void awayGoalsApply_data();
    void awayGoalsApply();
    void decide_data();
    void decide();
    void awayGoalCounts();
    void evaluate_data();
    void evaluate();
    void evaluateResetsFlags();
    void commonTiesTheWayOfEveryOther_data();
    void commonTiesTheWayOfEveryOther();
    void keysAndTexts_data();
    void keysAndTexts();
};

void TestRules::abolitionDate()
{
    // The last two-legged UEFA ties with away goals were in May 2021, the first without them in July 2021.
    QVERIFY(rules::uefaAwayGoalsAbolished() > QDate(2021, 5, 31));
    QVERIFY(rules::uefaAwayGoalsAbolished() <= QDate(2021, 7, 6));
}

void TestRules::awayGoalsApply_data()
{
    QTest::addColumn<RuleSet>("rules");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("apply");
    QTest::addColumn<bool>("inExtraTime");

    QTest::newRow("uefa 2012") << RuleSet::UefaByDate << Season2012 << true << true;
    QTest::newRow("uefa last day") << RuleSet::UefaByDate << QDate(2021, 5, 31) << true << true;
    QTest::newRow("uefa first day") << RuleSet::UefaByDate << QDate(2021, 6, 1) << false << false;
    QTest::newRow("uefa 2024") << RuleSet::UefaByDate << Season2024 << false << false;
    QTest::newRow("uefa no date") << RuleSet::UefaByDate << QDate() << false << false;
    QTest::newRow("always 2024") << RuleSet::AwayGoalsAlways << Season2024 << true << true;
    QTest::newRow("never 2012") << RuleSet::AwayGoalsNever << Season2012 << false << false;
    QTest::newRow("not in et 2012") << RuleSet::AwayGoalsNotInExtraTime << Season2012 << true << false;
    QTest::newRow("not in et 2024") << RuleSet::AwayGoalsNotInExtraTime << Season2024 << true << false;
}

void TestRules::awayGoalsApply()
{
    QFETCH(RuleSet, rules);
    QFETCH(QDate, date);
    QFETCH(bool, apply);
    QFETCH(bool, inExtraTime);
    QCOMPARE(rules::awayGoalsApply(rules, date), apply);
    QCOMPARE(rules::awayGoalsCountInExtraTime(rules, date), inExtraTime);
}

void TestRules::decide_data()
{
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("away");
    QTest::addColumn<Leg>("leg1");
    QTest::addColumn<Leg>("leg2");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("stated");
    QTest::addColumn<RuleSet>("rules");
    QTest::addColumn<QString>("aggregate");
    QTest::addColumn<QString>("winner");
    QTest::addColumn<QString>("decidedBy");

    const RuleSet uefa = RuleSet::UefaByDate;

    // Europa League 2012-13, first qualifying round: the six ties decided on away goals.
    QTest::newRow("Levadia - Siauliai") << u"FC Levadia"_s << u"FK Šiauliai"_s << played(sc(1, 0), sc(0, 0))
                                        << played(sc(2, 1), sc(1, 0)) << Season2012 << u"FC Levadia"_s << uefa
                                        << u"2:2"_s << u"FC Levadia"_s << u"away_goals"_s;
    QTest::newRow("Suduva - Daugava") << u"FK Sūduva"_s << u"FC Daugava"_s << played(sc(0, 1), sc(0, 0))
                                      << played(sc(2, 3), sc(0, 2)) << Season2012 << u"FK Sūduva"_s << uefa << u"3:3"_s
                                      << u"FK Sūduva"_s << u"away_goals"_s;
    QTest::newRow("Birkirkara - Metalurg")
        << u"Birkirkara FC"_s << u"Metalurg Skopje"_s << played(sc(2, 2), sc(0, 1)) << played(sc(0, 0), sc(0, 0))
        << Season2012 << u"Metalurg Skopje"_s << uefa << u"2:2"_s << u"Metalurg Skopje"_s << u"away_goals"_s;
    QTest::newRow("EB/Streymur - Gandzasar")
        << u"EB/Streymur"_s << u"Gandzasar Kapan"_s << played(sc(3, 1), sc(3, 0)) << played(sc(2, 0), sc(0, 0))
        << Season2012 << u"Gandzasar Kapan"_s << uefa << u"3:3"_s << u"Gandzasar Kapan"_s << u"away_goals"_s;
    QTest::newRow("St Patrick's - IBV (a.e.t.)")
        << u"St Patrick's Athletic"_s << u"ÍBV Vestmannaeyjar"_s << played(sc(1, 0), sc(1, 0))
        << aet(sc(2, 1), sc(0, 0), sc(1, 0)) << Season2012 << u"St Patrick's Athletic"_s << uefa << u"2:2"_s
        << u"St Patrick's Athletic"_s << u"away_goals_extra_time"_s;
    QTest::newRow("Borac - Celik") << u"Borac Banja Luka"_s << u"FK Čelik Nikšić"_s << played(sc(2, 2), sc(2, 1))
                                   << played(sc(1, 1), sc(0, 0)) << Season2012 << u"FK Čelik Nikšić"_s << uefa
                                   << u"3:3"_s << u"FK Čelik Nikšić"_s << u"away_goals"_s;
    // The same round's plain aggregate wins, either way round.
    QTest::newRow("Vikingur - Gomel") << u"Víkingur"_s << u"FK Gomel"_s << played(sc(0, 6), sc(0, 0))
                                      << played(sc(4, 0), sc(0, 0)) << Season2012 << u"FK Gomel"_s << uefa << u"0:10"_s
                                      << u"FK Gomel"_s << u"aggregate"_s;
    QTest::newRow("Kuopion - Llanelli") << u"Kuopion PS"_s << u"Llanelli AFC"_s << played(sc(2, 1), sc(2, 1))
                                        << played(sc(1, 1), sc(0, 0)) << Season2012 << u"Kuopion PS"_s << uefa
                                        << u"3:2"_s << u"Kuopion PS"_s << u"aggregate"_s;

    // Champions League 2014-15: 1:1 in Paris, 2:2 after extra time in London, PSG through on the
    // away goal scored in extra time.
    QTest::newRow("Chelsea - PSG 2015") << u"Paris Saint-Germain"_s << u"Chelsea FC"_s << played(sc(1, 1), sc(0, 1))
                                        << aet(sc(2, 2), sc(0, 0), sc(1, 1)) << Season2015 << u"Paris Saint-Germain"_s
                                        << uefa << u"3:3"_s << u"Paris Saint-Germain"_s << u"away_goals_extra_time"_s;
    // Arsenal - Monaco 2015: 3:3, Monaco's three away goals against Arsenal's two.
    QTest::newRow("Arsenal - Monaco 2015")
        << u"Arsenal FC"_s << u"AS Monaco"_s << played(sc(1, 3), sc(0, 1)) << played(sc(0, 2), sc(0, 1)) << Season2015
        << u"AS Monaco"_s << uefa << u"3:3"_s << u"AS Monaco"_s << u"away_goals"_s;
    // Leverkusen - Atlético 2015: level after 120 minutes with no away goals, then penalties.
    QTest::newRow("Leverkusen - Atletico 2015")
        << u"Bayer Leverkusen"_s << u"Atlético Madrid"_s << played(sc(1, 0), sc(0, 0))
        << pso(sc(3, 2), sc(1, 0), sc(1, 0), sc(1, 0)) << Season2015 << u"Atlético Madrid"_s << uefa << u"1:1"_s
        << u"Atlético Madrid"_s << u"penalties"_s;

    // 2024-25 shoot-outs.
    QTest::newRow("PSG - Liverpool 2025")
        << u"Paris Saint-Germain FC"_s << u"Liverpool FC"_s << played(sc(0, 1), sc(0, 0))
        << pso(sc(1, 4), sc(0, 1), sc(0, 1), sc(0, 1)) << Season2025 << u"Paris Saint-Germain FC"_s << uefa << u"1:1"_s
        << u"Paris Saint-Germain FC"_s << u"penalties"_s;
    QTest::newRow("Panathinaikos - Ajax 2024") << u"Panathinaikos"_s << u"AFC Ajax"_s << played(sc(0, 1), sc(0, 1))
                                               << pso(sc(13, 12), sc(0, 0), sc(0, 1), sc(0, 1)) << Season2024
                                               << u"AFC Ajax"_s << uefa << u"1:1"_s << u"AFC Ajax"_s << u"penalties"_s;
    QTest::newRow("Real Madrid - Atletico 2025")
        << u"Real Madrid CF"_s << u"Club Atlético de Madrid"_s << played(sc(2, 1), sc(1, 1))
        << pso(sc(2, 4), sc(1, 0), sc(1, 0), sc(1, 0)) << Season2025 << u"Real Madrid CF"_s << uefa << u"2:2"_s
        << u"Real Madrid CF"_s << u"penalties"_s;
    // A shoot-out straight after 90 minutes (no extra time), as some competitions play it.
    QTest::newRow("shoot-out after 90") << u"A"_s << u"B"_s << played(sc(1, 0)) << pso(sc(3, 2), sc(0, 0), sc(1, 0))
                                        << Season2024 << u"B"_s << uefa << u"1:1"_s << u"B"_s << u"penalties"_s;

    // Since 2021-22: Partizan's two away goals in Lugano would once have put them through;
    // now the tie went to extra time, which Lugano won.
    const Leg partizan1 = played(sc(0, 1), sc(0, 0));
    const Leg partizan2 = aet(sc(2, 2), sc(0, 1), sc(1, 2));
    QTest::newRow("Partizan - Lugano 2024") << u"Partizan"_s << u"FC Lugano"_s << partizan1 << partizan2 << Season2024
                                            << u"FC Lugano"_s << uefa << u"2:3"_s << u"FC Lugano"_s << u"extra_time"_s;
    QTest::newRow("Partizan - Lugano, always")
        << u"Partizan"_s << u"FC Lugano"_s << partizan1 << partizan2 << Season2024 << u"FC Lugano"_s
        << RuleSet::AwayGoalsAlways << u"2:3"_s << u"Partizan"_s << u"away_goals"_s;
    QTest::newRow("Partizan - Lugano, dated 2020")
        << u"Partizan"_s << u"FC Lugano"_s << partizan1 << partizan2 << QDate(2020, 8, 15) << u"FC Lugano"_s << uefa
        << u"2:3"_s << u"Partizan"_s << u"away_goals"_s;
    QTest::newRow("Partizan - Lugano, no date")
        << u"Partizan"_s << u"FC Lugano"_s << partizan1 << partizan2 << QDate() << u"FC Lugano"_s << uefa << u"2:3"_s
        << u"FC Lugano"_s << u"extra_time"_s;
    // Celje - Shamrock Rovers 2024: same story.
    QTest::newRow("Celje - Shamrock 2024")
        << u"NK Celje"_s << u"Shamrock Rovers"_s << played(sc(1, 0), sc(1, 0)) << aet(sc(3, 1), sc(2, 0), sc(2, 1))
        << Season2024 << u"Shamrock Rovers"_s << uefa << u"2:3"_s << u"Shamrock Rovers"_s << u"extra_time"_s;

    // The rule sets on Chelsea - PSG.
    const Leg chelsea1 = played(sc(1, 1), sc(0, 1));
    const Leg chelsea2 = aet(sc(2, 2), sc(0, 0), sc(1, 1));
    const Leg chelsea2pens = pso(sc(4, 5), sc(0, 0), sc(1, 1), sc(2, 2));
    QTest::newRow("Chelsea - PSG, always")
        << u"Paris Saint-Germain"_s << u"Chelsea FC"_s << chelsea1 << chelsea2 << Season2015 << u""_s
        << RuleSet::AwayGoalsAlways << u"3:3"_s << u"Paris Saint-Germain"_s << u"away_goals_extra_time"_s;
    QTest::newRow("Chelsea - PSG, never, no shoot-out")
        << u"Paris Saint-Germain"_s << u"Chelsea FC"_s << chelsea1 << chelsea2 << Season2015 << u""_s
        << RuleSet::AwayGoalsNever << u"3:3"_s << u""_s << u"undecided"_s;
    QTest::newRow("Chelsea - PSG, never, shoot-out")
        << u"Paris Saint-Germain"_s << u"Chelsea FC"_s << chelsea1 << chelsea2pens << Season2015 << u""_s
        << RuleSet::AwayGoalsNever << u"3:3"_s << u"Paris Saint-Germain"_s << u"penalties"_s;
    QTest::newRow("Chelsea - PSG, not in extra time")
        << u"Paris Saint-Germain"_s << u"Chelsea FC"_s << chelsea1 << chelsea2pens << Season2015 << u""_s
        << RuleSet::AwayGoalsNotInExtraTime << u"3:3"_s << u"Paris Saint-Germain"_s << u"penalties"_s;
    QTest::newRow("Chelsea - PSG, uefa with shoot-out")
        << u"Paris Saint-Germain"_s << u"Chelsea FC"_s << chelsea1 << chelsea2pens << Season2015 << u""_s << uefa
        << u"3:3"_s << u"Paris Saint-Germain"_s << u"away_goals_extra_time"_s;
    // Away goals after 90 minutes under "not in extra time": Levadia still through.
    QTest::newRow("Levadia, not in extra time")
        << u"FC Levadia"_s << u"FK Šiauliai"_s << played(sc(1, 0)) << played(sc(2, 1)) << Season2012 << u""_s
        << RuleSet::AwayGoalsNotInExtraTime << u"2:2"_s << u"FC Levadia"_s << u"away_goals"_s;
    QTest::newRow("Levadia, never") << u"FC Levadia"_s << u"FK Šiauliai"_s << played(sc(1, 0)) << played(sc(2, 1))
                                    << Season2012 << u""_s << RuleSet::AwayGoalsNever << u"2:2"_s << u""_s
                                    << u"undecided"_s;

    // Legs without a score: the stated winner stands when it is one of the clubs.
    QTest::newRow("walkover") << u"A"_s << u"B"_s << played(sc(0, 3)) << withoutScore(LegStatus::Walkover) << Season2024
                              << u"A"_s << uefa << u"0:3"_s << u"A"_s << u"awarded"_s;
    QTest::newRow("decided at the table")
        << u"A"_s << u"B"_s << withoutScore(LegStatus::DecidedAtTable) << withoutScore(LegStatus::DidNotPlay)
        << Season2024 << u"B"_s << uefa << u"0:0"_s << u"B"_s << u"awarded"_s;
    // An awarded score counts in the aggregate; the rules name the winner, the table decided.
    // Legia - Celtic 2014: 4:1 in Warsaw, the second leg awarded 3:0 to Celtic, through on away goals.
    QTest::newRow("awarded second leg, away goals")
        << u"Legia Warszawa"_s << u"Celtic FC"_s << played(sc(4, 1)) << awarded(sc(3, 0)) << Season2012
        << u"Celtic FC"_s << uefa << u"4:4"_s << u"Celtic FC"_s << u"awarded"_s;
    QTest::newRow("awarded first leg, with half time")
        << u"A"_s << u"B"_s << awarded(sc(0, 2), sc(0, 1)) << played(sc(1, 1)) << Season2024 << u""_s << uefa
        << u"1:3"_s << u"B"_s << u"awarded"_s;
    QTest::newRow("awarded, level: the stated winner stands")
        << u"A"_s << u"B"_s << awarded(sc(3, 0)) << played(sc(3, 0)) << Season2024 << u"B"_s << uefa << u"3:3"_s
        << u"B"_s << u"awarded"_s;
    QTest::newRow("awarded, level, no winner") << u"A"_s << u"B"_s << awarded(sc(3, 0)) << played(sc(3, 0))
                                               << Season2024 << u""_s << uefa << u"3:3"_s << u""_s << u"undecided"_s;
    QTest::newRow("abandoned, winner stranger")
        << u"A"_s << u"B"_s << played(sc(1, 0)) << withoutScore(LegStatus::Abandoned) << Season2024 << u"C"_s << uefa
        << u"1:0"_s << u""_s << u"undecided"_s;
    QTest::newRow("second leg not played") << u"A"_s << u"B"_s << played(sc(2, 0)) << withoutScore(LegStatus::NotPlayed)
                                           << Season2024 << u""_s << uefa << u"2:0"_s << u""_s << u"undecided"_s;
    QTest::newRow("not played at all") << u"A"_s << u"B"_s << withoutScore(LegStatus::NotPlayed)
                                       << withoutScore(LegStatus::NotPlayed) << QDate() << u""_s << uefa << u"0:0"_s
                                       << u""_s << u"undecided"_s;
    QTest::newRow("level, nothing more recorded")
        << u"A"_s << u"B"_s << played(sc(1, 0)) << played(sc(1, 0)) << Season2024 << u"A"_s << uefa << u"1:1"_s << u""_s
        << u"undecided"_s;
    QTest::newRow("level shoot-out") << u"A"_s << u"B"_s << played(sc(1, 0)) << pso(sc(4, 4), sc(0, 0), sc(1, 0))
                                     << Season2024 << u""_s << uefa << u"1:1"_s << u""_s << u"undecided"_s;
    // A level tie of the play-off eras in a file without its play-off or coin toss: the stated
    // winner went through the era's way (Liverpool - Petrolul Ploiesti, 1966-67, won the play-off).
    QTest::newRow("1966-67 level, play-off not in the file")
        << u"Liverpool"_s << u"Petrolul Ploiesti"_s << played(sc(2, 0)) << played(sc(3, 1)) << Season1966
        << u"Liverpool"_s << uefa << u"3:3"_s << u"Liverpool"_s << u"playoff"_s;
    QTest::newRow("1966-67 level, no winner") << u"A"_s << u"B"_s << played(sc(2, 0)) << played(sc(3, 1)) << Season1966
                                              << u""_s << uefa << u"3:3"_s << u""_s << u"undecided"_s;
    QTest::newRow("1966-67 level, other rules")
        << u"A"_s << u"B"_s << played(sc(1, 0)) << played(sc(1, 0)) << Season1966 << u"B"_s << RuleSet::AwayGoalsNever
        << u"1:1"_s << u""_s << u"undecided"_s;
    QTest::newRow("1969-70 level after extra time, coin toss not in the file")
        << u"A"_s << u"B"_s << played(sc(1, 0)) << aet(sc(1, 0), sc(0, 0), sc(1, 0)) << Season1969 << u"B"_s << uefa
        << u"1:1"_s << u"B"_s << u"coin_toss"_s;
    QTest::newRow("1970-71 level after extra time: penalties were due")
        << u"A"_s << u"B"_s << played(sc(1, 0)) << aet(sc(1, 0), sc(0, 0), sc(1, 0)) << Season1970 << u"B"_s << uefa
        << u"1:1"_s << u""_s << u"undecided"_s;
}

void TestRules::decide()
{
    QFETCH(QString, home);
    QFETCH(QString, away);
    QFETCH(Leg, leg1);
    QFETCH(Leg, leg2);
    QFETCH(QDate, date);
    QFETCH(QString, stated);
    QFETCH(RuleSet, rules);

    const Built b = makeTie(home, away, leg1, leg2, date, stated);
    const Outcome outcome = rules::decide(b.tie, rules);

    QTEST(aggregateText(rules::aggregate(b.tie)), "aggregate");
    QTEST(winnerName(b, outcome.winner), "winner");
    QTEST(rules::decidedByKey(outcome.decidedBy), "decidedBy");
}

void TestRules::awayGoalCounts()
{
    // Chelsea - PSG 2015: PSG were at home in the first leg, so their away goals are the second
    // leg's: 1 after 90 minutes, 2 after extra time; Chelsea's one away goal came in Paris.
    const Built b = makeTie(u"Paris Saint-Germain"_s, u"Chelsea FC"_s, played(sc(1, 1)),
                            aet(sc(2, 2), sc(0, 0), sc(1, 1)), Season2015, {});
    QCOMPARE(aggregateText(rules::aggregateAfter90(b.tie)), u"2:2"_s);
    QCOMPARE(aggregateText(rules::aggregate(b.tie)), u"3:3"_s);
    QCOMPARE(aggregateText(rules::awayGoals(b.tie, false)), u"1:1"_s);
    QCOMPARE(aggregateText(rules::awayGoals(b.tie, true)), u"2:1"_s);
}

void TestRules::evaluate_data()
{
    QTest::addColumn<Leg>("leg1");
    QTest::addColumn<Leg>("leg2");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("stated");
    QTest::addColumn<QString>("decidedBy");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QStringList>("warnings");

    // The tie is always Víkingur - FK Gomel; the source places: leg lines 10 and 11 with their
    // scores at columns 30 and 31, the dates line 12 with the winner at column 70.
    QTest::newRow("clean") << played(sc(0, 6), sc(0, 0)) << played(sc(4, 0), sc(0, 0)) << Season2012 << u"FK Gomel"_s
                           << u"aggregate"_s << 0 << QStringList();
    QTest::newRow("awarded, no warning") << withoutScore(LegStatus::Walkover) << withoutScore(LegStatus::Walkover)
                                         << Season2012 << u"FK Gomel"_s << u"awarded"_s << 0 << QStringList();
    QTest::newRow("awarded leg, winner differs")
        << played(sc(4, 1)) << awarded(sc(3, 0)) << Season2012 << u"Víkingur"_s << u"awarded"_s << int(WinnerMismatch)
        << QStringList{u"12:70: warning: the file says Víkingur won, but by the rules FK Gomel went through with an "
                       u"awarded leg (4:4 on aggregate)"_s};
    QTest::newRow("not finished, no warning") << played(sc(0, 6)) << withoutScore(LegStatus::NotPlayed) << Season2012
                                              << u""_s << u"undecided"_s << 0 << QStringList();
    QTest::newRow("winner differs")
        << played(sc(0, 6), sc(0, 0)) << played(sc(4, 0), sc(0, 0)) << Season2012 << u"Víkingur"_s << u"aggregate"_s
        << int(WinnerMismatch)
        << QStringList{u"12:70: warning: the file says Víkingur won, but by the rules FK Gomel went through on "
                       u"aggregate (10:0)"_s};
    QTest::newRow("winner differs, away goals")
        << played(sc(1, 0), sc(0, 0)) << played(sc(2, 1), sc(1, 0)) << Season2012 << u"FK Gomel"_s << u"away_goals"_s
        << int(WinnerMismatch)
        << QStringList{u"12:70: warning: the file says FK Gomel won, but by the rules Víkingur went through on away "
                       u"goals (level at 2:2 on aggregate, 1:0 on away goals)"_s};
    QTest::newRow("winner differs, extra time away goals")
        << played(sc(1, 0)) << aet(sc(2, 1), sc(0, 0), sc(1, 0)) << Season2012 << u"FK Gomel"_s
        << u"away_goals_extra_time"_s << int(WinnerMismatch)
        << QStringList{u"12:70: warning: the file says FK Gomel won, but by the rules Víkingur went through on away "
                       u"goals scored in extra time (level at 2:2 on aggregate, 1:0 on away goals)"_s};
    QTest::newRow("winner differs, extra time")
        << played(sc(1, 0)) << aet(sc(3, 1), sc(0, 0), sc(1, 0)) << Season2024 << u"Víkingur"_s << u"extra_time"_s
        << int(WinnerMismatch)
        << QStringList{u"12:70: warning: the file says Víkingur won, but by the rules FK Gomel went through after "
                       u"extra time (3:2 on aggregate)"_s};
    QTest::newRow("winner differs, penalties")
        << played(sc(0, 1)) << pso(sc(1, 4), sc(0, 1), sc(0, 1), sc(0, 1)) << Season2025 << u"FK Gomel"_s
        << u"penalties"_s << int(WinnerMismatch)
        << QStringList{u"12:70: warning: the file says FK Gomel won, but by the rules Víkingur went through on "
                       u"penalties (4:1 in the shoot-out after 1:1 on aggregate)"_s};
    QTest::newRow("no winner named") << played(sc(3, 0)) << played(sc(1, 1)) << Season2024 << u""_s << u"aggregate"_s
                                     << int(WinnerMismatch)
                                     << QStringList{u"12:70: warning: the file names no winner, but by the rules "
                                                    u"Víkingur went through on aggregate (4:1)"_s};
    QTest::newRow("winner neither club")
        << played(sc(3, 0)) << played(sc(1, 1)) << Season2024 << u"FK Minsk"_s << u"aggregate"_s
        << int(StatedWinnerUnknown)
        << QStringList{u"12:70: warning: the file says FK Minsk won, but FK Minsk is neither club of this tie "
                       u"(Víkingur - FK Gomel)"_s};
    QTest::newRow("walkover, winner neither club")
        << withoutScore(LegStatus::Walkover) << withoutScore(LegStatus::Walkover) << Season2024 << u"FK Minsk"_s
        << u"undecided"_s << int(StatedWinnerUnknown)
        << QStringList{u"12:70: warning: the file says FK Minsk won, but FK Minsk is neither club of this tie "
                       u"(Víkingur - FK Gomel)"_s};
    QTest::newRow("half time above full time")
        << played(sc(1, 0), sc(2, 0)) << played(sc(0, 0), sc(0, 1)) << Season2024 << u"Víkingur"_s << u"aggregate"_s
        << int(InconsistentScore)
        << QStringList{u"10:30: warning: first leg: the half-time score 2:0 is higher than the full-time score 1:0"_s,
                       u"11:31: warning: second leg: the half-time score 0:1 is higher than the full-time score 0:0"_s};
    QTest::newRow("90 minutes above 120")
        << played(sc(1, 0)) << aet(sc(1, 1), sc(0, 0), sc(2, 1)) << Season2024 << u"Víkingur"_s << u"extra_time"_s
        << int(InconsistentScore)
        << QStringList{u"11:31: warning: second leg: the score after 90 minutes, 2:1, is higher than the score "
                       u"after extra time, 1:1"_s};
    QTest::newRow("extra time after a decided tie")
        << played(sc(2, 0)) << aet(sc(1, 1), sc(0, 0), sc(1, 0)) << Season2024 << u"Víkingur"_s << u"aggregate"_s
        << int(InconsistentScore)
        << QStringList{u"11:31: warning: the second leg records extra time, but Víkingur had already gone through "
                       u"on aggregate (2:1) after 90 minutes"_s};
    QTest::newRow("extra time after away goals decided")
        << played(sc(1, 0)) << aet(sc(3, 1), sc(0, 0), sc(2, 1)) << Season2012 << u"Víkingur"_s << u"away_goals"_s
        << int(InconsistentScore)
        << QStringList{u"11:31: warning: the second leg records extra time, but Víkingur had already gone through "
                       u"on away goals (level at 2:2 on aggregate, 1:0 on away goals) after 90 minutes"_s};
    QTest::newRow("shoot-out after extra time decided")
        << played(sc(1, 0)) << pso(sc(5, 4), sc(0, 0), sc(1, 0), sc(2, 0)) << Season2024 << u"FK Gomel"_s
        << u"extra_time"_s << int(InconsistentScore)
        << QStringList{u"11:31: warning: the second leg records a penalty shoot-out, but FK Gomel had already gone "
                       u"through after extra time (2:1 on aggregate)"_s};
    QTest::newRow("level, no extra time")
        << played(sc(1, 0)) << played(sc(1, 0)) << Season2024 << u"Víkingur"_s << u"undecided"_s
        << int(InconsistentScore)
        << QStringList{u"11:31: warning: the tie is level at 1:1 on aggregate after 90 minutes, but no extra time "
                       u"or penalty shoot-out is recorded; the tie is left undecided"_s};
    QTest::newRow("level after extra time, no shoot-out")
        << played(sc(1, 0)) << aet(sc(2, 1), sc(0, 0), sc(1, 0)) << Season2024 << u""_s << u"undecided"_s
        << int(InconsistentScore)
        << QStringList{u"11:31: warning: the tie is level at 2:2 on aggregate after extra time, but no penalty "
                       u"shoot-out is recorded; the tie is left undecided"_s};
    QTest::newRow("level shoot-out")
        << played(sc(1, 0)) << pso(sc(4, 4), sc(0, 0), sc(1, 0)) << Season2024 << u""_s << u"undecided"_s
        << int(InconsistentScore)
        << QStringList{u"11:31: warning: the penalty shoot-out is level at 4:4, so it names no winner; the tie is "
                       u"left undecided"_s};
    QTest::newRow("play-off era, level, winner stated: a note, nothing red")
        << played(sc(1, 0)) << played(sc(1, 0)) << Season1966 << u"FK Gomel"_s << u"playoff"_s << 0
        << QStringList{u"10:0: note: level after two legs: decided by a play-off or a coin toss that this file "
                       u"does not show"_s};
    QTest::newRow("coin-toss era, level after extra time, winner stated")
        << played(sc(1, 0)) << aet(sc(1, 0), sc(0, 0), sc(1, 0)) << Season1969 << u"Víkingur"_s << u"coin_toss"_s << 0
        << QStringList{u"10:0: note: level after two legs: decided by a play-off or a coin toss that this file "
                       u"does not show"_s};
    QTest::newRow("play-off era, level, no winner")
        << played(sc(1, 0)) << played(sc(1, 0)) << Season1966 << u""_s << u"undecided"_s << int(InconsistentScore)
        << QStringList{u"11:31: warning: the tie is level at 1:1 on aggregate after 90 minutes, but no extra time "
                       u"or penalty shoot-out is recorded; the tie is left undecided"_s};
    QTest::newRow("extra time in the first leg")
        << aet(sc(2, 1), sc(0, 0), sc(1, 1)) << played(sc(0, 0)) << Season2024 << u"Víkingur"_s << u"aggregate"_s
        << int(InconsistentScore)
        << QStringList{u"10:30: warning: the first leg records extra time or a penalty shoot-out, which only a "
                       u"second leg can have; its goals count in the aggregate, its shoot-out is ignored"_s};
    QTest::newRow("two problems")
        << played(sc(1, 0), sc(2, 0)) << played(sc(0, 0)) << Season2024 << u"FK Gomel"_s << u"aggregate"_s
        << int(InconsistentScore | WinnerMismatch)
        << QStringList{u"10:30: warning: first leg: the half-time score 2:0 is higher than the full-time score 1:0"_s,
                       u"12:70: warning: the file says FK Gomel won, but by the rules Víkingur went through on "
                       u"aggregate (1:0)"_s};
}

void TestRules::evaluate()
{
    QFETCH(Leg, leg1);
    QFETCH(Leg, leg2);
    QFETCH(QDate, date);
    QFETCH(QString, stated);

    Built b = makeTie(u"Víkingur"_s, u"FK Gomel"_s, leg1, leg2, date, stated);
    rules::TieSource source;
    source.file = 3;
    source.leg1Line = 10;
    source.leg2Line = 11;
    source.datesLine = 12;
    source.leg1ScoreColumn = 30;
    source.leg2ScoreColumn = 31;
    source.winnerColumn = 70;

    // Given diagnostics from earlier ties, evaluate() only appends.
    std::vector<Diagnostic> diagnostics{Diagnostic{3, 1, 1, Severity::Error, u"earlier"_s}};
    rules::evaluate(b.tie, b.clubs, RuleSet::UefaByDate, source, diagnostics);

    const Outcome expected = rules::decide(b.tie);
    QCOMPARE(b.tie.winner, expected.winner);
    QCOMPARE(b.tie.decidedBy, expected.decidedBy);
    QTEST(rules::decidedByKey(b.tie.decidedBy), "decidedBy");
    QTEST(int(b.tie.flags), "flags");

    QCOMPARE(diagnostics.front().message, u"earlier"_s);
    QStringList warnings;
    for (std::size_t i = 1; i < diagnostics.size(); ++i) {
        QCOMPARE(diagnostics[i].file, std::uint16_t(3));
        warnings << describe(diagnostics[i]);
    }
    QTEST(warnings, "warnings");
}

void TestRules::evaluateResetsFlags()
{
    // Re-evaluating under other rules (the settings changed) must not keep stale flags.
    Built b = makeTie(u"Partizan"_s, u"FC Lugano"_s, played(sc(0, 1)), aet(sc(2, 2), sc(0, 1), sc(1, 2)), Season2024,
                      u"FC Lugano"_s);
    std::vector<Diagnostic> diagnostics;
    rules::evaluate(b.tie, b.clubs, RuleSet::AwayGoalsAlways, {}, diagnostics);
    QCOMPARE(b.tie.flags, std::uint8_t(WinnerMismatch | InconsistentScore));
    QCOMPARE(b.tie.decidedBy, DecidedBy::AwayGoals);
    QCOMPARE(diagnostics.size(), std::size_t(2));

    diagnostics.clear();
    rules::evaluate(b.tie, b.clubs, RuleSet::UefaByDate, {}, diagnostics);
    QCOMPARE(b.tie.flags, std::uint8_t(0));
    QCOMPARE(b.tie.decidedBy, DecidedBy::ExtraTime);
    QCOMPARE(b.clubs.name(b.tie.winnerClub()), u"FC Lugano"_s);
    QVERIFY(diagnostics.empty());
}

void TestRules::commonTiesTheWayOfEveryOther_data()
{
    QTest::addColumn<RuleSet>("rules");
    for (const RuleSetInfo &info : rules::ruleSets())
        QTest::newRow(info.key) << info.id;
}

void TestRules::commonTiesTheWayOfEveryOther()
{
    // A set's ties are evaluated the short way when two scores after 90 minutes decide them
    // and nothing is odd; every tie of every kind here must come out as the one-tie evaluate()
    // (the way of every tie) has it, with the same messages.
    QFETCH(RuleSet, rules);
    std::vector<Leg> legs;
    for (int home = 0; home <= 2; ++home) {
        for (int away = 0; away <= 2; ++away) {
            legs.push_back(played(sc(home, away)));
            legs.push_back(played(sc(home, away), sc(home, away)));
            legs.push_back(played(sc(home, away), sc(home + 1, away))); // half time above
        }
    }
    legs.push_back(aet(sc(2, 1), sc(0, 0), sc(1, 1)));
    legs.push_back(pso(sc(4, 3), sc(0, 0), sc(1, 1)));
    legs.push_back(awarded(sc(3, 0)));
    legs.push_back(withoutScore(LegStatus::Walkover));

    TieSet set;
    SourceFile file;
    file.path = file.displayName = u"rules.txt"_s;
    set.files.push_back(file);
    const ClubId home = set.clubs.intern(u"Víkingur"_s);
    const ClubId away = set.clubs.intern(u"FK Gomel"_s);
    const ClubId other = set.clubs.intern(u"FC Lugano"_s);
    for (const Leg &leg1 : legs) {
        for (const Leg &leg2 : legs) {
            for (const ClubId stated : {home, away, NoClub, other}) {
                for (const std::uint8_t flags :
                     {std::uint8_t(0), std::uint8_t(WinnerNotWritten), std::uint8_t(CoinTossRecorded)}) {
                    for (const QDate date : {Season1966, QDate(2010, 3, 10), QDate()}) {
                        Tie tie;
                        tie.home = home;
                        tie.away = away;
                        tie.statedWinner = stated;
                        tie.readFlags = flags;
                        tie.leg1 = leg1;
                        tie.leg2 = leg2;
                        tie.leg2.julianDay = date.isValid() ? std::int32_t(date.toJulianDay()) : 0;
                        tie.line = std::uint32_t(3 * set.ties.size() + 1);
                        set.ties.push_back(tie);
                    }
                }
            }
        }
    }

    std::vector<Tie> oneByOne = set.ties;
    std::vector<Diagnostic> expected;
    for (std::size_t i = 0; i < oneByOne.size(); ++i) {
        rules::evaluate(oneByOne[i], set.clubs, rules, set.source(i), expected);
        oneByOne[i].flags |= oneByOne[i].readFlags; // as a set's evaluation keeps reading's flags
    }
    rules::evaluate(set, rules);

    int shortWay = 0;
    for (std::size_t i = 0; i < oneByOne.size(); ++i) {
        const Tie &a = set.ties[i];
        const Tie &b = oneByOne[i];
        if (a.winner != b.winner || a.decidedBy != b.decidedBy || a.flags != b.flags)
            QFAIL(qPrintable(u"tie %1 (line %2): %3, %4, flags %5 instead of %6, %7, flags %8"_s.arg(i)
                                 .arg(a.line)
                                 .arg(int(a.winner))
                                 .arg(rules::decidedByKey(a.decidedBy))
                                 .arg(a.flags)
                                 .arg(int(b.winner))
                                 .arg(rules::decidedByKey(b.decidedBy))
                                 .arg(b.flags)));
        shortWay += b.decidedBy == DecidedBy::Aggregate && b.flags == b.readFlags;
    }
    QStringList messages, expectedMessages;
    for (const Diagnostic &d : set.diagnostics)
        messages << describe(d);
    for (const Diagnostic &d : expected)
        expectedMessages << describe(d);
    QCOMPARE(messages, expectedMessages);
    // Both ways were taken many times.
    QVERIFY2(shortWay > 1000 && std::size_t(shortWay) * 2 < oneByOne.size(), qPrintable(QString::number(shortWay)));
}

void TestRules::keysAndTexts_data()
{
    QTest::addColumn<DecidedBy>("by");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::newRow("aggregate") << DecidedBy::Aggregate << u"aggregate"_s << u"Aggregate"_s;
    QTest::newRow("away_goals") << DecidedBy::AwayGoals << u"away_goals"_s << u"Away goals"_s;
    QTest::newRow("extra_time") << DecidedBy::ExtraTime << u"extra_time"_s << u"Extra time"_s;
    QTest::newRow("away_goals_extra_time")
        << DecidedBy::AwayGoalsExtraTime << u"away_goals_extra_time"_s << u"Away goals (a.e.t.)"_s;
    QTest::newRow("penalties") << DecidedBy::Penalties << u"penalties"_s << u"Penalties"_s;
    QTest::newRow("playoff") << DecidedBy::Playoff << u"playoff"_s << u"Play-off"_s;
    QTest::newRow("coin_toss") << DecidedBy::CoinToss << u"coin_toss"_s << u"Coin toss"_s;
    QTest::newRow("awarded") << DecidedBy::Awarded << u"awarded"_s << u"Awarded"_s;
    QTest::newRow("undecided") << DecidedBy::Undecided << u"undecided"_s << u"Undecided"_s;
}

void TestRules::keysAndTexts()
{
    QFETCH(DecidedBy, by);
    QTEST(rules::decidedByKey(by), "key");
    QTEST(decidedByText(by), "text");
    static_assert(DecidedByCount == 9, "a new way of deciding a tie needs a key, a text and a row here");
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
