// SPDX-License-Identifier: GPL-3.0-or-later
// The Football.TXT reader: real seasons against the worldfootball.net rounds, result notations, dates, rounds, faults.
#include "footballtxtreader.h"
#include "readingfixtures.h"
#include "rules.h"
#include "testfiles.h"
#include "textlines.h"

#include <QTest>
#include <map>

using namespace tb;
using namespace tb::test;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &name)
{
    return testfiles::dataFile(name);
}

TieSet readPath(const QString &path)
{
    TieSet set;
    loader::readFile(path, set);
    return set;
}

QString clubs(const TieSet &set, const Tie &tie)
{
    return set.clubName(tie.home) + u" - "_s + set.clubName(tie.away);
}

// Everything both formats say of a tie, on one line: what the comparison of the two files checks.
QString tieText(const TieSet &set, const Tie &tie)
{
    const auto total = rules::aggregate(tie);
    const auto legWithDate = [](const Leg &leg) {
        return u"%1 %2 %3"_s.arg(legText(leg), leg.date().toString(Qt::ISODate)).arg(leg.kickoffMinutes);
    };
    return u"%1 | %2 | %3 | %4:%5 %6 %7"_s.arg(clubs(set, tie), legWithDate(tie.leg1), legWithDate(tie.leg2))
        .arg(total.home)
        .arg(total.away)
        .arg(rules::decidedByKey(tie.decidedBy), set.clubName(tie.winnerClub()));
}

QStringList notes(const TieSet &set)
{
    QStringList lines;
    for (const Diagnostic &d : set.diagnostics) {
        if (d.severity == Severity::Note)
            lines << u"%1: %2"_s.arg(d.line).arg(d.message);
    }
    return lines;
}

// Diagnostics with their severity, the notes included (describe() knows only two); reading's
// only, or the rules' too.
QStringList allDiagnostics(const TieSet &set, bool withRules = true)
{
    QStringList lines;
    for (const Diagnostic &d : set.diagnostics) {
        if (!withRules && d.origin == DiagnosticOrigin::Rules)
            continue;
        const QString severity = d.severity == Severity::Error ? u"error"_s
            : d.severity == Severity::Warning                  ? u"warning"_s
                                                               : u"note"_s;
        lines << u"%1:%2: %3: %4"_s.arg(d.line).arg(d.column).arg(severity, d.message);
    }
    return lines;
}

// A season in few lines, for the cases below: a title, a round, the dates.
QByteArray season(const QByteArray &matches)
{
    return "= UEFA Champions League 2018/19\n\n» Round of 16\n  Tue Feb/12 2019\n" + matches;
}

} // namespace

class TestFootballTxtReader : public QObject
{
    Q_OBJECT

private slots:
    void knockoutEqualsTheWorldfootballRounds();
    void season2024Ties_data();
    void season2024Ties();
    void singleMatchesAreOneNotePerRound();
    void roundsAreNamedAndMatchdaysJoined();
    void results_data();
    void results();
    void datesTakeTheSeasonYear_data();
    void datesTakeTheSeasonYear();
    void roundKey_data();
    void roundKey();
    void sniffing_data();
    void sniffing();
    void faults_data();
    void faults();
    void aMissingReturnMatchIsAWarning();
    void noWinnerWrittenIsNoMismatch();
    void openedTogetherWithWorldfootball();
};

void TestFootballTxtReader::knockoutEqualsTheWorldfootballRounds()
{
    // The same 14 ties, read from openfootball's season and from the three worldfootball.net
    // rounds: clubs (without their country codes), every score, dates, kick-off times,
    // aggregate, how decided and winner.
    const TieSet season = readPath(dataPath(u"openfootball-cl-2018-19.txt"_s));
    QCOMPARE(season.errorCount(), 0);
    QCOMPARE(season.warningCount(), 0);
    std::map<QString, QString> fromSeason;
    for (const Tie &tie : season.ties)
        fromSeason[clubs(season, tie)] = tieText(season, tie);
    QCOMPARE(season.ties.size(), std::size_t(14));

    std::map<QString, QString> fromRounds;
    for (const QString &round : {u"cl-2018-19-r16.txt"_s, u"cl-2018-19-qf.txt"_s, u"cl-2018-19-sf.txt"_s}) {
        const TieSet set = readPath(dataPath(round));
        QCOMPARE(set.errorCount(), 0);
        for (const Tie &tie : set.ties)
            fromRounds[clubs(set, tie)] = tieText(set, tie);
    }
    QCOMPARE(fromRounds.size(), std::size_t(14));
    for (const auto &[key, text] : fromRounds) {
        QVERIFY2(fromSeason.count(key), qPrintable(key));
        QCOMPARE(fromSeason[key], text);
    }
}

void TestFootballTxtReader::season2024Ties_data()
{
    QTest::addColumn<QString>("clubs");
    QTest::addColumn<QString>("round");
    QTest::addColumn<QString>("aggregate");
    QTest::addColumn<QString>("decidedBy");
    QTest::addColumn<QString>("winner");
    QTest::addColumn<QString>("secondLeg");

    QTest::newRow("playoff") << u"Stade Brestois 29 - Paris Saint-Germain FC"_s << u"Playoffs"_s << u"0:10"_s
                             << u"aggregate"_s << u"Paris Saint-Germain FC"_s << u"Played 2:0 7:0 - -"_s;
    // The shoot-out of the round of 16: "1-4 pen. 0-1 a.e.t. (0-1, 0-1)".
    QTest::newRow("Liverpool - Paris on penalties")
        << u"Paris Saint-Germain FC - Liverpool FC"_s << u"Finals, Round of 16"_s << u"1:1"_s << u"penalties"_s
        << u"Paris Saint-Germain FC"_s << u"PenaltiesAfterExtraTime 0:1 0:1 0:1 1:4"_s;
    QTest::newRow("Madrid derby on penalties")
        << u"Real Madrid CF - Club Atlético de Madrid"_s << u"Finals, Round of 16"_s << u"2:2"_s << u"penalties"_s
        << u"Real Madrid CF"_s << u"PenaltiesAfterExtraTime 1:0 1:0 1:0 2:4"_s;
    // Two matches went to extra time but the file writes them without "a.e.t.": PSV v Juventus
    // on 19 Feb 2025 was 2:1 after 90 minutes and 3:1 after extra time, Inter v Barcelona on
    // 6 May 2025 3:3 after 90 minutes and 4:3 after extra time. Nothing in the file shows it, so
    // both read as decided on aggregate, with the score after 120 minutes as the full time.
    QTest::newRow("PSV - Juventus, extra time not written")
        << u"Juventus FC - PSV"_s << u"Playoffs"_s << u"3:4"_s << u"aggregate"_s << u"PSV"_s << u"Played 0:0 3:1 - -"_s;
    QTest::newRow("Inter - Barcelona, extra time not written")
        << u"FC Barcelona - FC Internazionale Milano"_s << u"Finals, Semifinals"_s << u"6:7"_s << u"aggregate"_s
        << u"FC Internazionale Milano"_s << u"Played 2:0 4:3 - -"_s;
}

void TestFootballTxtReader::season2024Ties()
{
    QFETCH(QString, clubs);
    QFETCH(QString, round);
    QFETCH(QString, aggregate);
    QFETCH(QString, decidedBy);
    QFETCH(QString, winner);
    QFETCH(QString, secondLeg);

    const TieSet set = readPath(dataPath(u"openfootball-cl-2024-25.txt"_s));
    // 8 playoff ties, 8 in the round of 16, 4 quarter-finals, 2 semi-finals.
    QCOMPARE(set.ties.size(), std::size_t(22));
    QCOMPARE(set.errorCount(), 0);
    QCOMPARE(set.warningCount(), 0);
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        const Tie &tie = set.ties[i];
        if (::clubs(set, tie) != clubs)
            continue;
        const auto total = rules::aggregate(tie);
        QCOMPARE(set.roundName(i), round);
        QCOMPARE(u"%1:%2"_s.arg(total.home).arg(total.away), aggregate);
        QCOMPARE(rules::decidedByKey(tie.decidedBy), decidedBy);
        QCOMPARE(set.clubName(tie.winnerClub()), winner);
        QCOMPARE(legText(tie.leg2), secondLeg);
        return;
    }
    QFAIL(qPrintable(u"no tie "_s + clubs));
}

void TestFootballTxtReader::singleMatchesAreOneNotePerRound()
{
    // Groups, the league phase and the final are single matches: one note each, no problem.
    const TieSet set2018 = readPath(dataPath(u"openfootball-cl-2018-19.txt"_s));
    QStringList expected;
    const int groupLines[] = {9, 30, 51, 72, 93, 114, 135, 156};
    for (int g = 0; g < 8; ++g)
        expected << u"%1: Group %2: 12 single matches, not two-legged ties"_s.arg(groupLines[g]).arg(QChar(u'A' + g));
    expected << u"230: Final: 1 single match, not a two-legged tie"_s;
    QCOMPARE(notes(set2018), expected);
    QCOMPARE(set2018.files[0].noteCount, 9);

    const TieSet set2024 = readPath(dataPath(u"openfootball-cl-2024-25.txt"_s));
    QCOMPARE(notes(set2024),
             QStringList({u"10: League: 144 single matches, not two-legged ties"_s,
                          u"269: Finals, Final: 1 single match, not a two-legged tie"_s}));
}

void TestFootballTxtReader::roundsAreNamedAndMatchdaysJoined()
{
    const TieSet set = readPath(dataPath(u"openfootball-cl-2024-25.txt"_s));
    // "League, Matchday 1" to "8" are one round, and so are the two matchdays of the playoffs.
    QCOMPARE(set.roundNames(),
             QStringList({u"League"_s, u"Playoffs"_s, u"Finals, Round of 16"_s, u"Finals, Quarterfinals"_s,
                          u"Finals, Semifinals"_s, u"Finals, Final"_s}));
    std::map<QString, int> perRound;
    for (std::size_t i = 0; i < set.ties.size(); ++i)
        ++perRound[set.roundName(i)];
    QCOMPARE(perRound[u"Playoffs"_s], 8);
    QCOMPARE(perRound[u"Finals, Round of 16"_s], 8);
    QCOMPARE(perRound[u"Finals, Quarterfinals"_s], 4);
    QCOMPARE(perRound[u"Finals, Semifinals"_s], 2);
    // A tie stands at its first leg and reaches to its return match.
    const TieSource first = set.source(0);
    QCOMPARE(first.leg1Line, 196u);
    QCOMPARE(first.leg2Line, 215u);
}

void TestFootballTxtReader::results_data()
{
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QString>("leg"); // legText(): status, half time, 90 minutes, 120, shoot-out

    QTest::newRow("full and half time") << QByteArray("2-1 (0-0)") << u"Played 0:0 2:1 - -"_s;
    QTest::newRow("0-0 needs no half time") << QByteArray("0-0") << u"Played 0:0 0:0 - -"_s;
    QTest::newRow("no half time given") << QByteArray("2-1") << u"Played - 2:1 - -"_s;
    QTest::newRow("extra time") << QByteArray("3-1 a.e.t. (2-1, 1-1)") << u"ExtraTime 1:1 2:1 3:1 -"_s;
    QTest::newRow("extra time, no dots") << QByteArray("3-1 aet (2-1, 1-1)") << u"ExtraTime 1:1 2:1 3:1 -"_s;
    QTest::newRow("shoot-out after extra time")
        << QByteArray("1-4 pen. 0-1 a.e.t. (0-1, 0-1)") << u"PenaltiesAfterExtraTime 0:1 0:1 0:1 1:4"_s;
    QTest::newRow("shoot-out after 90 minutes")
        << QByteArray("5-4 pen. 1-1 (0-1)") << u"PenaltiesAfter90 0:1 1:1 - 5:4"_s;
    QTest::newRow("not played yet") << QByteArray("") << u"NotPlayed - - - -"_s;
    QTest::newRow("comment after") << QByteArray("2-1 (0-0)  # a comment") << u"Played 0:0 2:1 - -"_s;
}

void TestFootballTxtReader::results()
{
    QFETCH(QByteArray, result);
    QFETCH(QString, leg);
    const TieSet set = parse(season("    21.00  AS Roma (ITA) v FC Porto (POR)  2-1 (0-0)\n"
                                    "  Wed Mar/6\n"
                                    "    21.00  FC Porto (POR) v AS Roma (ITA)  "
                                    + result + "\n"));
    QCOMPARE(allDiagnostics(set, false), QStringList());
    QCOMPARE(set.ties.size(), std::size_t(1));
    QCOMPARE(legText(set.ties[0].leg2), leg);
    QCOMPARE(set.clubName(set.ties[0].home), u"AS Roma"_s);
    QCOMPARE(set.ties[0].leg2.date(), QDate(2019, 3, 6));
    QCOMPARE(set.ties[0].leg2.kickoffMinutes, std::int16_t(21 * 60));
}

void TestFootballTxtReader::datesTakeTheSeasonYear_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDate>("firstLeg");
    QTest::addColumn<QDate>("secondLeg");

    // The year written on the first date line carries on; Feb/11 is a Tuesday in 2025, not 2024.
    QTest::newRow("season's second year")
        << QByteArray("= UEFA Champions League 2024/25\n» Playoffs\n  Tue Sep/17 2024\n"
                      "    18.45  A (FRA) v B (ENG)  1-0\n  Tue Feb/11\n    21.00  B (ENG) v A (FRA)  1-0\n")
        << QDate(2024, 9, 17) << QDate(2025, 2, 11);
    // No title: the year above, or the next one, whichever puts the date on its weekday.
    QTest::newRow("no title") << QByteArray("» Final\n  Sat Dec/14 2024\n    20.00  A (FRA) v B (ENG)  1-0\n"
                                            "  Sat Jan/4\n    20.00  B (ENG) v A (FRA)  1-0\n")
                              << QDate(2024, 12, 14) << QDate(2025, 1, 4);
    // No year on any date line: the title's first year, when the weekday fits.
    QTest::newRow("year from the title only")
        << QByteArray("= Cup 2018/19\n» Round of 16\n  Tue Feb/12\n    21.00  A (FRA) v B (ENG)  1-0\n"
                      "  Wed Mar/6\n    21.00  B (ENG) v A (FRA)  1-0\n")
        << QDate(2019, 2, 12) << QDate(2019, 3, 6);
}

void TestFootballTxtReader::datesTakeTheSeasonYear()
{
    QFETCH(QByteArray, text);
    QFETCH(QDate, firstLeg);
    QFETCH(QDate, secondLeg);
    const TieSet set = parse(text);
    QCOMPARE(allDiagnostics(set, false), QStringList());
    QCOMPARE(set.ties.size(), std::size_t(1));
    QCOMPARE(set.ties[0].leg1.date(), firstLeg);
    QCOMPARE(set.ties[0].leg2.date(), secondLeg);
}

void TestFootballTxtReader::roundKey_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << u"Round of 16"_s << u"Round of 16"_s;
    QTest::newRow("matchday") << u"Playoffs, Matchday 2"_s << u"Playoffs"_s;
    QTest::newRow("league matchday") << u"League, Matchday 8"_s << u"League"_s;
    QTest::newRow("leg") << u"Quarter-finals, 2nd Leg"_s << u"Quarter-finals"_s;
    QTest::newRow("leg number") << u"Round 1, Leg 1"_s << u"Round 1"_s;
    QTest::newRow("knockout stage kept") << u"Finals, Quarterfinals"_s << u"Finals, Quarterfinals"_s;
    QTest::newRow("only a matchday") << u"Matchday 3"_s << QString();
}

void TestFootballTxtReader::roundKey()
{
    QFETCH(QString, header);
    QFETCH(QString, key);
    QCOMPARE(FootballTxtReader::roundKey(header), key);
}

void TestFootballTxtReader::sniffing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("2018-19 season") << u"openfootball-cl-2018-19.txt"_s << QByteArray("footballtxt");
    QTest::newRow("2024-25 season") << u"openfootball-cl-2024-25.txt"_s << QByteArray("footballtxt");
    // By the content, not the name: the worldfootball.net rounds of the same season.
    QTest::newRow("worldfootball round") << u"cl-2018-19-r16.txt"_s << QByteArray("worldfootball");
    QTest::newRow("sample") << u"europa-league-2012-13-q1.txt"_s << QByteArray("worldfootball");
}

void TestFootballTxtReader::sniffing()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, format);
    const QByteArray head = testfiles::readAll(dataPath(file)).left(TextLines::HeadBytes);
    QCOMPARE(QByteArray(formatFor(head).key), format);
    QCOMPARE(FootballTxtReader::canRead(head), format == "footballtxt");
}

void TestFootballTxtReader::faults_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("diagnostics");
    QTest::addColumn<int>("ties");

    const QByteArray good = "    21.00  AS Roma (ITA) v FC Porto (POR)  2-1 (0-0)\n"
                            "           Ajax (NED) v Real Madrid (ESP)  1-2 (0-0)\n"
                            "  Wed Mar/6\n"
                            "    21.00  FC Porto (POR) v AS Roma (ITA)  3-1 (2-1)\n";
    // A broken score loses its match and the tie it belongs to, and says so at its column; the
    // other match of that tie is then part of nothing and is not listed again.
    QTest::newRow("letters for a score")
        << season(good + "           Real Madrid (ESP) v Ajax (NED)  1-x (0-2)\n")
        << QStringList{u"9:44: error: expected a score such as 2-1 here, found \"1-x (0-2)\"; the match and the tie "
                       u"it belongs to were skipped"_s}
        << 1;
    QTest::newRow("goals beyond reason")
        << season(good + "           Real Madrid (ESP) v Ajax (NED)  1-1000 (0-2)\n")
        << QStringList{u"9:44: error: more than 999 goals for one side is not a score; the match and the tie it "
                       u"belongs to were skipped"_s}
        << 1;
    QTest::newRow("unclosed bracket")
        << season(good + "           Real Madrid (ESP) v Ajax (NED)  1-4 (0-2\n")
        << QStringList{u"9:52: error: expected \",\" or \")\" after the score in brackets; the match and the tie it "
                       u"belongs to were skipped"_s}
        << 1;
    QTest::newRow("unrecognised line")
        << season(good + "this is not a match\n" + "           Real Madrid (ESP) v Ajax (NED)  1-4 (0-2)\n")
        << QStringList{u"9:1: error: unrecognised line \"this is not a match\": expected a round \"» Round of 16\", "
                       u"a date \"Tue Feb/12 2019\" or a match \"21.00  HOME (ENG) v AWAY (FRA)  0-2 (0-0)\""_s}
        << 2;
    QTest::newRow("a round mark alone")
        << season(good + "»\n           Real Madrid (ESP) v Ajax (NED)  1-4 (0-2)\n")
        << QStringList{u"9:1: error: a round mark without the round's name, such as \"» Round of 16\"; the line was "
                       u"skipped"_s}
        << 2;
    QTest::newRow("text after the result")
        << season(good + "           Real Madrid (ESP) v Ajax (NED)  1-4 (0-2) [Ajax through]\n")
        << QStringList{u"9:54: warning: \"[Ajax through]\" after the result was ignored"_s} << 2;
    QTest::newRow("wrong weekday")
        << ("= Cup 2018/19\n» Round of 16\n  Wed Feb/12 2019\n" + good
            + "           Real Madrid (ESP) v Ajax (NED)  1-4 (0-2)\n")
        << QStringList{u"3:3: warning: Feb/12 2019 was a Tuesday, not a Wednesday: the date was taken as written"_s}
        << 2;
    QTest::newRow("no year anywhere")
        << QByteArray("» Round of 16\n  Tue Feb/12\n    21.00  A (FRA) v B (ENG)  1-0\n")
        << QStringList{u"1:1: error: no ties found in openfootball's Football.TXT, where rounds \"» Round of 16\" list "
                       u"dates \"Tue Feb/12 2019\" and matches \"21.00  HOME (ENG) v AWAY (FRA)  0-2 (0-0)\", and a "
                       u"tie is a match and its return match in the same round"_s,
                       u"1:1: note: Round of 16: 1 single match, not a two-legged tie"_s,
                       u"2:3: error: \"Tue Feb/12\" has no year, and neither the title nor a date above gives one: "
                       u"write it as in \"Tue Feb/12 2019\"; the matches below it have no date"_s}
        << 0;
    QTest::newRow("an empty club") << season(good + "           (ESP) v Ajax (NED)  1-4 (0-2)\n")
                                   << QStringList{u"9:12: error: a match needs two clubs, \"HOME (ENG) v AWAY (FRA)\": "
                                                  u"the home club is empty; the "
                                                  u"match was skipped"_s,
                                                  u"3:1: warning: Round of 16: 1 match without a return match in the "
                                                  u"round, so not part of a tie: Ajax "
                                                  u"v Real Madrid (line 6)"_s}
                                   << 1;
}

void TestFootballTxtReader::faults()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, diagnostics);
    QFETCH(int, ties);
    const TieSet set = parse(text);
    QStringList got = allDiagnostics(set);
    // The order is the file's: sort both the same way to compare what was said.
    got.sort();
    diagnostics.sort();
    QCOMPARE(got, diagnostics);
    QCOMPARE(int(set.ties.size()), ties);
}

void TestFootballTxtReader::aMissingReturnMatchIsAWarning()
{
    // Among ties, a match whose return match is missing is a gap in the file, not a group.
    const TieSet set = parse(season("    21.00  AS Roma (ITA) v FC Porto (POR)  2-1 (0-0)\n"
                                    "           Ajax (NED) v Real Madrid (ESP)  1-2 (0-0)\n"
                                    "  Wed Mar/6\n"
                                    "    21.00  FC Porto (POR) v AS Roma (ITA)  3-1 (2-1)\n"));
    QCOMPARE(allDiagnostics(set),
             QStringList{u"3:1: warning: Round of 16: 1 match without a return match in the round, so not part of a "
                         u"tie: Ajax v Real Madrid (line 6)"_s});
    QCOMPARE(set.ties.size(), std::size_t(1));
    QCOMPARE(set.roundName(0), u"Round of 16"_s);
}

void TestFootballTxtReader::noWinnerWrittenIsNoMismatch()
{
    // The format writes no winner: the rules' is the only one, and nothing is marked red.
    const TieSet set = readPath(dataPath(u"openfootball-cl-2018-19.txt"_s));
    for (const Tie &tie : set.ties) {
        QCOMPARE(tie.statedWinner, NoClub);
        QVERIFY(!(tie.flags & (WinnerMismatch | StatedWinnerUnknown)));
        QVERIFY(tie.winner != Side::None);
    }
}

void TestFootballTxtReader::openedTogetherWithWorldfootball()
{
    // Both kinds in one set, side by side, each with its own rounds (none for worldfootball.net).
    const loader::Loaded loaded = loader::loadFiles(
        {dataPath(u"europa-league-2012-13-q1.txt"_s), dataPath(u"openfootball-cl-2018-19.txt"_s)});
    QCOMPARE(loaded.set.files.size(), std::size_t(2));
    QCOMPARE(loaded.set.ties.size(), std::size_t(37 + 14));
    QVERIFY(loaded.set.roundName(0).isEmpty());
    QCOMPARE(loaded.set.roundName(37), u"Round of 16"_s);
    QCOMPARE(loaded.set.roundName(37 + 13), u"Semifinals"_s);
    QCOMPARE(loaded.set.errorCount(), 0);
}

QTEST_GUILESS_MAIN(TestFootballTxtReader)
#include "tst_footballtxtreader.moc"
