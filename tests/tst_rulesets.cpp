// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the rule-set table and for evaluating the rules again over a loaded set, without its files.
#include "loader.h"
#include "readingfixtures.h"
#include "rules.h"
#include "testfiles.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <climits>

using namespace tb;
using namespace tb::test;
using namespace Qt::StringLiterals;

namespace {

// Everything a set holds, one string per tie, per diagnostic and per file, so that two sets are
// compared whole in one QCOMPARE.
QStringList snapshot(const TieSet &set)
{
    QStringList out;
    for (const SourceFile &f : set.files)
        out << u"file %1 %2 ties=%3 errors=%4 warnings=%5"_s.arg(f.path, f.displayName)
                   .arg(f.tieCount)
                   .arg(f.errorCount)
                   .arg(f.warningCount);
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        const Tie &t = set.ties[i];
        const TieSource s = set.source(i);
        out << u"tie %1:%2 %3 - %4 stated=%5 winner=%6 by=%7 flags=%8 read=%9 legs=[%10] [%11] at %12/%13/%14 cols %15/%16/%17"_s
                   .arg(t.file)
                   .arg(t.line)
                   .arg(set.clubName(t.home), set.clubName(t.away), set.clubName(t.statedWinner))
                   .arg(int(t.winner))
                   .arg(rules::decidedByKey(t.decidedBy))
                   .arg(t.flags)
                   .arg(t.readFlags)
                   .arg(legText(t.leg1), legText(t.leg2))
                   .arg(s.leg1Line)
                   .arg(s.leg2Line)
                   .arg(s.datesLine)
                   .arg(s.leg1ScoreColumn)
                   .arg(s.leg2ScoreColumn)
                   .arg(s.winnerColumn);
    }
    for (const Diagnostic &d : set.diagnostics)
        out << u"diagnostic %1:%2:%3 %4 %5 %6"_s.arg(d.file).arg(d.line).arg(d.column).arg(
            d.severity == Severity::Error ? u"error"_s : u"warning"_s,
            d.origin == DiagnosticOrigin::Rules ? u"rules"_s : u"reading"_s, d.message);
    return out;
}

QStringList readingDiagnostics(const TieSet &set)
{
    QStringList out;
    for (const QString &line : snapshot(set)) {
        if (line.startsWith(u"diagnostic "_s) && line.contains(u" reading "_s))
            out << line;
    }
    return out;
}

} // namespace

class TestRuleSets : public QObject
{
    Q_OBJECT

private slots:
    void tableIsInEnumOrderWithUniqueKeys();
    void keysRoundTrip_data();
    void keysRoundTrip();
    void policyOfEachRuleSet_data();
    void policyOfEachRuleSet();
    void erasByBoundary_data();
    void erasByBoundary();
    void seasonOfEveryDay();
    void eraOnEveryDay();
    void tiesAtEraBoundaries_data();
    void tiesAtEraBoundaries();
    void ruleSetChangeNeedsNoFile();
    void placesThatDoNotFitAreKeptWhole();
};

void TestRuleSets::tableIsInEnumOrderWithUniqueKeys()
{
    const auto table = rules::ruleSets();
    QCOMPARE(table.size(), std::size_t(4));
    QSet<QString> keys;
    for (std::size_t i = 0; i < table.size(); ++i) {
        QCOMPARE(std::size_t(table[i].id), i);
        QVERIFY(rules::isRuleSet(int(i)));
        keys.insert(QLatin1StringView(table[i].key).toString());
        QVERIFY(!rules::ruleSetName(table[i].id).isEmpty());
        QVERIFY(!rules::ruleSetDescription(table[i].id).isEmpty());
    }
    QCOMPARE(keys.size(), qsizetype(table.size()));
    QVERIFY(!rules::isRuleSet(-1));
    QVERIFY(!rules::isRuleSet(int(table.size())));
}

void TestRuleSets::keysRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rules"); // -1: not a rule set
    QTest::newRow("uefa") << u"uefa"_s << int(RuleSet::UefaByDate);
    QTest::newRow("always, upper case") << u"ALWAYS"_s << int(RuleSet::AwayGoalsAlways);
    QTest::newRow("never, blanks") << u"  never "_s << int(RuleSet::AwayGoalsNever);
    QTest::newRow("no-extra-time") << u"no-extra-time"_s << int(RuleSet::AwayGoalsNotInExtraTime);
    QTest::newRow("unknown") << u"fifa"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestRuleSets::keysRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, rules);
    const std::optional<RuleSet> found = rules::ruleSetFromKey(text);
    QCOMPARE(found.has_value(), rules >= 0);
    if (found)
        QCOMPARE(int(*found), rules);
}

void TestRuleSets::policyOfEachRuleSet_data()
{
    QTest::addColumn<int>("rules");
    QTest::addColumn<int>("awayGoals");
    QTest::addColumn<int>("inExtraTime");
    QTest::newRow("uefa") << int(RuleSet::UefaByDate) << int(AwayGoalsWhen::ByUefaEra) << int(AwayGoalsWhen::ByUefaEra);
    QTest::newRow("always") << int(RuleSet::AwayGoalsAlways) << int(AwayGoalsWhen::Always)
                            << int(AwayGoalsWhen::Always);
    QTest::newRow("never") << int(RuleSet::AwayGoalsNever) << int(AwayGoalsWhen::Never) << int(AwayGoalsWhen::Never);
    QTest::newRow("no-extra-time") << int(RuleSet::AwayGoalsNotInExtraTime) << int(AwayGoalsWhen::Always)
                                   << int(AwayGoalsWhen::Never);
}

void TestRuleSets::policyOfEachRuleSet()
{
    QFETCH(int, rules);
    QFETCH(int, awayGoals);
    QFETCH(int, inExtraTime);
    const RuleSetInfo &info = rules::ruleSetInfo(RuleSet(rules));
    QCOMPARE(int(info.awayGoals), awayGoals);
    QCOMPARE(int(info.awayGoalsInExtraTime), inExtraTime);
}

void TestRuleSets::erasByBoundary_data()
{
    QTest::addColumn<int>("season");
    QTest::addColumn<bool>("awayGoals");
    QTest::addColumn<bool>("inExtraTime");
    QTest::addColumn<int>("level");
    // One season either side of each boundary.
    QTest::newRow("1966-67") << 1966 << false << false << int(LevelTie::Playoff);
    QTest::newRow("1967-68") << 1967 << true << false << int(LevelTie::Playoff);
    QTest::newRow("1968-69") << 1968 << true << false << int(LevelTie::Playoff);
    QTest::newRow("1969-70") << 1969 << true << false << int(LevelTie::ExtraTimeCoinToss);
    QTest::newRow("1970-71") << 1970 << true << true << int(LevelTie::ExtraTimePenalties);
    QTest::newRow("2020-21") << 2020 << true << true << int(LevelTie::ExtraTimePenalties);
    QTest::newRow("2021-22") << 2021 << false << false << int(LevelTie::ExtraTimePenalties);
    QTest::newRow("before the first") << 1950 << false << false << int(LevelTie::Playoff);
    QTest::newRow("no date: today's") << 0 << false << false << int(LevelTie::ExtraTimePenalties);
}

void TestRuleSets::erasByBoundary()
{
    QFETCH(int, season);
    QFETCH(bool, awayGoals);
    QFETCH(bool, inExtraTime);
    QFETCH(int, level);
    const UefaEra &era = rules::uefaEra(season);
    QCOMPARE(era.awayGoals, awayGoals);
    QCOMPARE(era.awayGoalsInExtraTime, inExtraTime);
    QCOMPARE(int(era.level), level);
    if (season > 0) {
        // The season a date is in: 1 June starts it.
        QCOMPARE(rules::seasonOf(QDate(season, 6, 1)), season);
        QCOMPARE(rules::seasonOf(QDate(season + 1, 5, 31)), season);
        const QDate secondLeg(season + 1, 3, 10);
        QCOMPARE(rules::awayGoalsApply(RuleSet::UefaByDate, secondLeg), awayGoals);
        QCOMPARE(rules::awayGoalsCountInExtraTime(RuleSet::UefaByDate, secondLeg), inExtraTime);
    }
}

void TestRuleSets::seasonOfEveryDay()
{
    // Every day from the first European Cup to 2100, and days of other centuries: the season is
    // the year of the last 1 June, as QDate counts years.
    const auto expected = [](QDate date) { return date.month() >= 6 ? date.year() : date.year() - 1; };
    for (QDate date(1955, 1, 1); date < QDate(2101, 1, 1); date = date.addDays(1)) {
        if (rules::seasonOf(date) != expected(date))
            QFAIL(qPrintable(date.toString(Qt::ISODate)));
    }
    for (const QDate date : {QDate(1, 1, 1), QDate(1, 6, 1), QDate(-1, 12, 31), QDate(-1, 5, 31), QDate(-4713, 11, 24),
                             QDate(-4714, 1, 1), QDate(1582, 10, 15), QDate(1600, 2, 29), QDate(9999, 12, 31)})
        QCOMPARE(rules::seasonOf(date), expected(date));
    QCOMPARE(rules::seasonOf(QDate()), 0);
}

void TestRuleSets::eraOnEveryDay()
{
    // The rules look up a tie's era by its day number against each era's first day; that must be
    // the era of the day's season, every day from before the first European Cup to 2100, on the
    // days around every era's first and at the ends of what QDate and a tie's day can hold.
    const auto eraOfSeason = [](QDate date) { return &rules::uefaEra(rules::seasonOf(date)); };
    const auto eraOnDay = [](QDate date) { return &rules::uefaEraOnDay(std::int32_t(date.toJulianDay())); };
    for (QDate date(1900, 1, 1); date < QDate(2101, 1, 1); date = date.addDays(1)) {
        if (eraOnDay(date) != eraOfSeason(date))
            QFAIL(qPrintable(date.toString(Qt::ISODate)));
    }
    for (const UefaEra &era : rules::uefaEras()) {
        const QDate first(era.firstSeason, 6, 1);
        for (int d = -3; d <= 3; ++d)
            QCOMPARE(eraOnDay(first.addDays(d)), eraOfSeason(first.addDays(d)));
        QCOMPARE(eraOnDay(first), &era);
    }
    for (const QDate date : {QDate(1, 5, 31), QDate(1, 6, 1), QDate(-1, 12, 31), QDate(-4713, 11, 25),
                             QDate(-4714, 1, 1), QDate(9999, 12, 31), QDate::fromJulianDay(INT32_MAX)})
        QCOMPARE(eraOnDay(date), eraOfSeason(date));
    // No date at all is today's rules, however the day is asked about.
    QCOMPARE(&rules::uefaEraOnDay(0), eraOfSeason(QDate()));
    QCOMPARE(&rules::uefaEraOnDay(0), &rules::uefaEras().back());
    for (const QDate date : {QDate(1966, 3, 10), QDate(2021, 7, 6), QDate(9999, 12, 31), QDate()}) {
        QCOMPARE(rules::awayGoalsApply(RuleSet::UefaByDate, date), eraOfSeason(date)->awayGoals);
        QCOMPARE(rules::awayGoalsCountInExtraTime(RuleSet::UefaByDate, date), eraOfSeason(date)->awayGoalsInExtraTime);
    }
}

namespace {

Score sc(int home, int away)
{
    return {std::int16_t(home), std::int16_t(away)};
}

} // namespace

void TestRuleSets::tiesAtEraBoundaries_data()
{
    QTest::addColumn<int>("season");
    QTest::addColumn<QString>("legs"); // "1-1 0-0", a second leg's "aet 1-1", "pens 4-3", "playoff 2-1", "toss"
    QTest::addColumn<QString>("expected"); // decided_by key and winner side

    // 1-1 at home, 0-0 away: away goals from 1967-68 on; a play-off before, which a file without
    // it leaves to the stated winner (the home club here, not the one ahead on away goals).
    QTest::newRow("away goals, 1966-67") << 1966 << u"1-1 0-0"_s << u"playoff 1"_s;
    QTest::newRow("away goals, 1966-67, play-off") << 1966 << u"1-1 0-0 playoff 0-1"_s << u"playoff 2"_s;
    QTest::newRow("away goals, 1967-68") << 1967 << u"1-1 0-0"_s << u"away_goals 2"_s;
    // 1967-68 and 1968-69: a level tie the file gives a play-off went to it before away goals
    // (Eintracht Braunschweig - Juventus); from 1969-70 the play-off is no rule.
    QTest::newRow("play-off before away goals, 1968-69") << 1968 << u"1-1 0-0 playoff 2-1"_s << u"playoff 1"_s;
    QTest::newRow("play-off after away goals, 1969-70") << 1969 << u"1-1 0-0 playoff 2-1"_s << u"away_goals 2"_s;
    // Level on away goals too: a play-off, then extra time and a coin toss, then penalties.
    QTest::newRow("level, 1968-69, drawn play-off, toss") << 1968 << u"1-1 1-1 playoff 0-0 toss"_s << u"coin_toss 1"_s;
    QTest::newRow("level, 1969-70, toss") << 1969 << u"1-1 1-1 aet 1-1 toss"_s << u"coin_toss 1"_s;
    QTest::newRow("level, 1970-71, penalties") << 1970 << u"1-1 1-1 aet 1-1 pens 4-3"_s << u"penalties 2"_s;
    // 1-0, then 1-0 to the other club after 90 minutes and 2-1 after extra time: level 2:2, with the
    // first club's away goal scored in extra time, which counts from 1970-71.
    QTest::newRow("extra-time away goals, 1969-70") << 1969 << u"1-0 1-0 aet 2-1 toss"_s << u"coin_toss 1"_s;
    QTest::newRow("extra-time away goals, 1970-71") << 1970 << u"1-0 1-0 aet 2-1"_s << u"away_goals_extra_time 1"_s;
    // Away goals end with 2020-21.
    QTest::newRow("away goals, 2020-21") << 2020 << u"1-1 0-0"_s << u"away_goals 2"_s;
    QTest::newRow("away goals, 2021-22") << 2021 << u"1-1 0-0 aet 0-0 pens 5-4"_s << u"penalties 2"_s;
}

void TestRuleSets::tiesAtEraBoundaries()
{
    QFETCH(int, season);
    QFETCH(QString, legs);
    QFETCH(QString, expected);
    const QStringList words = legs.split(u' ');
    const auto score = [](const QString &text) {
        const QStringList goals = text.split(u'-');
        return sc(goals[0].toInt(), goals[1].toInt());
    };
    Tie tie;
    tie.home = 0;
    tie.away = 1;
    tie.statedWinner = 0; // what a coin toss goes by
    tie.leg1.fullTime = score(words[0]);
    tie.leg1.status = LegStatus::Played;
    tie.leg1.julianDay = std::int32_t(QDate(season + 1, 3, 3).toJulianDay());
    tie.leg2.fullTime = score(words[1]);
    tie.leg2.status = LegStatus::Played;
    tie.leg2.julianDay = std::int32_t(QDate(season + 1, 3, 17).toJulianDay());
    Playoff playoff;
    bool hasPlayoff = false;
    for (qsizetype i = 2; i < words.size(); ++i) {
        if (words[i] == u"aet"_s) {
            tie.leg2.extraTime = score(words[++i]);
            tie.leg2.status = LegStatus::ExtraTime;
        } else if (words[i] == u"pens"_s) {
            tie.leg2.penalties = score(words[++i]);
            tie.leg2.status = LegStatus::PenaltiesAfterExtraTime;
        } else if (words[i] == u"playoff"_s) {
            hasPlayoff = true;
            playoff.match.fullTime = score(words[++i]);
            playoff.match.status = LegStatus::Played;
        } else if (words[i] == u"toss"_s) {
            tie.readFlags |= CoinTossRecorded;
        }
    }
    const Outcome outcome = rules::decide(tie, RuleSet::UefaByDate, hasPlayoff ? &playoff : nullptr);
    QCOMPARE(rules::decidedByKey(outcome.decidedBy) + u" "_s + QString::number(int(outcome.winner)), expected);
}

void TestRuleSets::ruleSetChangeNeedsNoFile()
{
    // Given the sample round copied to a folder of its own, with a line that is no tie and a tie
    // whose second leg has both a reading warning and a rules warning on the same line
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"round.txt"_s);
    const QByteArray sample = testfiles::readAll(testfiles::dataFile(u"europa-league-2012-13-q1.txt"_s));
    QVERIFY(!sample.isEmpty());
    QVERIFY(testfiles::writeFile(path, sample + "\ngarbage\n" + gomelTieWithSecondLeg("1:0 (2:0, 1:0)")));

    ReadOptions never;
    never.rules = RuleSet::AwayGoalsNever;
    const TieSet readUnderNever = loader::loadFile(path, never).set;
    TieSet set = loader::loadFile(path).set;
    const QStringList underUefa = snapshot(set);
    QCOMPARE(readingDiagnostics(set).size(), 2); // the garbage line, the two brackets
    QVERIFY(QFile::remove(path));

    std::vector<std::size_t> awayGoalsTies;
    std::vector<std::size_t> awayGoalsInExtraTimeTies;
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        if (set.ties[i].decidedBy == DecidedBy::AwayGoals)
            awayGoalsTies.push_back(i);
        else if (set.ties[i].decidedBy == DecidedBy::AwayGoalsExtraTime)
            awayGoalsInExtraTimeTies.push_back(i);
    }
    QCOMPARE(awayGoalsTies.size(), std::size_t(5));
    QCOMPARE(awayGoalsInExtraTimeTies.size(), std::size_t(1));

    // When the rules change to "never", with the file gone
    rules::evaluate(set, RuleSet::AwayGoalsNever);

    // Then the set is what reading under "never" gives: the away-goals ties are level, with no
    // extra time recorded, so undecided, and each says so
    QCOMPARE(snapshot(set), snapshot(readUnderNever));
    for (const std::size_t i : awayGoalsTies) {
        QCOMPARE(set.ties[i].decidedBy, DecidedBy::Undecided);
        QCOMPARE(set.ties[i].winner, Side::None);
        QVERIFY(set.ties[i].flags & InconsistentScore);
    }
    // (level after extra time too: without a shoot-out recorded, undecided as well)
    QCOMPARE(set.ties[awayGoalsInExtraTimeTies.front()].decidedBy, DecidedBy::Undecided);
    QCOMPARE(set.files[0].warningCount, readUnderNever.files[0].warningCount);
    QVERIFY(set.files[0].warningCount > 6);
    // And what reading found is untouched
    QCOMPARE(readingDiagnostics(set), readingDiagnostics(readUnderNever));
    QCOMPARE(int(set.ties.size()), 38);
    QVERIFY(set.ties.back().readFlags & InconsistentScore);

    // And evaluating back gives exactly the first result
    rules::evaluate(set, RuleSet::UefaByDate);
    QCOMPARE(snapshot(set), underUefa);
}

void TestRuleSets::placesThatDoNotFitAreKeptWhole()
{
    // Given a tie whose lines are hundreds of lines apart, the file naming the loser as winner
    const QByteArray blanks(300, '\n');
    const QByteArray text = "1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n" + blanks
        + "2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n" + blanks
        + "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: Víkingur\n" + GoodTie;
    TieSet set = parse(text);

    // Then the rules point at the dates line and the winner's column, read or evaluated again
    const QString warning = u"603:72: warning: the file says Víkingur won, but by the rules FK Gomel went through on "
                            u"aggregate (10:0)"_s;
    QCOMPARE(describe(set), QStringList{warning});
    QCOMPARE(set.placeOverflow.size(), std::size_t(1));
    QCOMPARE(set.source(0).datesLine, 603u);
    QCOMPARE(set.source(1).leg2Line, 605u);
    rules::evaluate(set, RuleSet::AwayGoalsAlways);
    QCOMPARE(describe(set), QStringList{warning});

    // And appending keeps the whole place, at the tie's new index
    TieSet merged = parse(GoodTie);
    merged.append(std::move(set));
    QCOMPARE(merged.placeOverflow.size(), std::size_t(1));
    QCOMPARE(merged.placeOverflow[0].first, 1u);
    QCOMPARE(merged.source(1).datesLine, 603u);
    QCOMPARE(merged.source(1).file, std::uint16_t(1));
    rules::evaluate(merged, RuleSet::UefaByDate);
    QCOMPARE(merged.diagnostics.size(), std::size_t(1));
    QCOMPARE(merged.diagnostics[0].line, 603u);
    QCOMPARE(merged.diagnostics[0].file, std::uint16_t(1));
}

QTEST_GUILESS_MAIN(TestRuleSets)
#include "tst_rulesets.moc"
