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
    QTest::newRow("uefa") << int(RuleSet::UefaByDate) << int(AwayGoalsWhen::BeforeAbolition)
                          << int(AwayGoalsWhen::BeforeAbolition);
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
