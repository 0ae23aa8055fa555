// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for TieSet: counting diagnostics, where ties stand in their files, and appending one set to another.
#include "loader.h"
#include "tieset.h"

#include <QTest>

using namespace tb;
using namespace Qt::StringLiterals;

namespace {

TieSet read(const QByteArray &text, const QString &name)
{
    TieSet set;
    loader::readBytes(text, name, set);
    return set;
}

} // namespace

class TestTieSet : public QObject
{
    Q_OBJECT

private slots:
    void counts();
    void appendReinternsClubsAndShiftsFiles();
    void appendToEmpty();
    void appendFileCopiesOneFileWithItsPlaces();
    void diagnosticsBelongToTheTieWhoseLinesHoldThem();
    void placesAreKeptExactly_data();
    void placesAreKeptExactly();
};

void TestTieSet::counts()
{
    TieSet set;
    set.diagnostics.push_back({0, 1, 1, Severity::Error, u"a"_s});
    set.diagnostics.push_back({0, 2, 1, Severity::Warning, u"b"_s});
    set.diagnostics.push_back({0, 3, 1, Severity::Error, u"c"_s});
    QCOMPARE(set.errorCount(), 2);
    QCOMPARE(set.warningCount(), 1);
    QVERIFY(set.isEmpty());
    QCOMPARE(set.clubName(NoClub), QString());
}

void TestTieSet::appendReinternsClubsAndShiftsFiles()
{
    // Given two files sharing one club, the second with an error
    TieSet first = read("1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n"
                        "2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n"
                        "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\n"_ba,
                        u"a.txt"_s);
    TieSet second = read("garbage\n"
                         "1st(1st leg) Inter Baku - Víkingur 2:0 (1:0)\n"
                         "2nd (2nd leg) Víkingur - Inter Baku 0:1 (0:0)\n"
                         "1st(1st leg): 05/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: Inter Baku\n"_ba,
                         u"b.txt"_s);
    QCOMPARE(second.clubName(second.ties[0].away), u"Víkingur"_s);
    QCOMPARE(second.ties[0].away, ClubId(1));

    // When the second is appended to the first
    first.append(std::move(second));

    // Then clubs are shared, ids point at the right names, and file indices moved along
    QCOMPARE(first.files.size(), std::size_t(2));
    QCOMPARE(first.files[1].path, u"b.txt"_s);
    QCOMPARE(first.files[1].tieCount, 1);
    QCOMPARE(first.files[1].errorCount, 1);
    QCOMPARE(first.clubs.size(), std::size_t(3));
    QCOMPARE(first.ties.size(), std::size_t(2));
    const Tie &moved = first.ties[1];
    QCOMPARE(moved.file, std::uint16_t(1));
    QCOMPARE(moved.line, 2u);
    QCOMPARE(first.clubName(moved.home), u"Inter Baku"_s);
    QCOMPARE(moved.away, first.ties[0].home);
    QCOMPARE(moved.statedWinner, moved.home);
    QCOMPARE(first.diagnostics.size(), std::size_t(1));
    QCOMPARE(first.diagnostics[0].file, std::uint16_t(1));
    QCOMPARE(first.diagnostics[0].line, 1u);
    QCOMPARE(first.errorCount(), 1);
    QVERIFY(second.ties.empty() && second.files.empty() && second.diagnostics.empty());
}

void TestTieSet::appendToEmpty()
{
    TieSet empty;
    TieSet other = read("1st(1st leg) A - B 1:0\n2nd (2nd leg) B - A 0:0\n"
                        "1st(1st leg): 05/07/2012 2nd (2nd leg): 12/07/2012 Winner: A\n"_ba,
                        u"x.txt"_s);
    empty.append(std::move(other));
    QCOMPARE(empty.ties.size(), std::size_t(1));
    QCOMPARE(empty.clubName(empty.ties[0].statedWinner), u"A"_s);
    QCOMPARE(empty.ties[0].file, std::uint16_t(0));
}

void TestTieSet::appendFileCopiesOneFileWithItsPlaces()
{
    // Given a set of two files, the second's tie three lines down and read as inconsistent
    TieSet two = read("1st(1st leg) A - B 1:0\n2nd (2nd leg) B - A 0:0\n"
                      "1st(1st leg): 05/07/2012 2nd (2nd leg): 12/07/2012 Winner: A\n"_ba,
                      u"a.txt"_s);
    two.append(read("\n\ngarbage\n1st(1st leg) C - D 1:0\n2nd (2nd leg) D - C 1:0 (0:0, 1:0)\n\n"
                    "1st(1st leg): 05/07/2012 2nd (2nd leg): 12/07/2012 Winner: C\n"_ba,
                    u"b.txt"_s));
    QCOMPARE(two.files.size(), std::size_t(2));

    // When only the second file is copied into an empty set
    TieSet one;
    one.appendFile(two, 1);

    // Then it has that file alone: its tie, where the tie stands, what reading found
    QCOMPARE(one.files.size(), std::size_t(1));
    QCOMPARE(one.files[0].path, u"b.txt"_s);
    QCOMPARE(one.ties.size(), std::size_t(1));
    QCOMPARE(one.clubs.size(), std::size_t(2));
    QCOMPARE(one.clubName(one.ties[0].home), u"C"_s);
    QCOMPARE(one.ties[0].file, std::uint16_t(0));
    QVERIFY(one.ties[0].hasPlace());
    const TieSource source = one.source(0);
    QCOMPARE(source.leg1Line, 4u);
    QCOMPARE(source.leg2Line, 5u);
    QCOMPARE(source.datesLine, 7u);
    QCOMPARE(source.winnerColumn, 60u);
    QCOMPARE(one.ties[0].readFlags, std::uint8_t(InconsistentScore));
    QCOMPARE(one.diagnostics.size(),
             two.diagnostics.size() - std::size_t(two.files[0].errorCount + two.files[0].warningCount));
    for (const Diagnostic &d : one.diagnostics)
        QCOMPARE(d.file, std::uint16_t(0));
}

void TestTieSet::diagnosticsBelongToTheTieWhoseLinesHoldThem()
{
    // Given a tie with blank lines inside it and a warning on its dates line (no winner stated),
    // then a line that is no tie, then a tie with an error in a later file line of its own
    TieSet set = read("1st(1st leg) A - B 1:0\n\n2nd (2nd leg) B - A 0:0\n\n\n"
                      "1st(1st leg): 05/07/2012 2nd (2nd leg): 12/07/2012\n"
                      "garbage\n"
                      "1st(1st leg) C - D 1:0\n2nd (2nd leg) D - C 0:0\n"
                      "1st(1st leg): 05/07/2012 2nd (2nd leg): 12/07/2012 Winner: C\n"_ba,
                      u"a.txt"_s);
    QCOMPARE(set.ties.size(), std::size_t(2));
    QStringList seen;
    const std::vector<int> owners = tiesOfDiagnostics(set);
    QCOMPARE(owners.size(), set.diagnostics.size());
    for (std::size_t i = 0; i < owners.size(); ++i)
        seen << u"%1 -> %2"_s.arg(set.diagnostics[i].line).arg(owners[i]);

    // Then the dates line six lines down is the first tie's, the garbage line nobody's
    QCOMPARE(seen, (QStringList{u"6 -> 0"_s, u"6 -> 0"_s, u"7 -> -1"_s}));

    // And a tie made by hand, with no place kept, holds its three lines
    TieSet byHand;
    SourceFile handFile;
    handFile.path = handFile.displayName = u"h.txt"_s;
    handFile.tieCount = 1;
    byHand.files.push_back(handFile);
    Tie tie;
    tie.line = 10;
    byHand.ties.push_back(tie);
    for (const std::uint32_t line : {9u, 10u, 12u, 13u})
        byHand.diagnostics.push_back({0, line, 1, Severity::Warning, u"w"_s});
    QCOMPARE(tiesOfDiagnostics(byHand), (std::vector<int>{-1, 0, 0, -1}));

    // And in a Football.TXT round, where ties reach over each other's first legs, a warning on a
    // return match belongs to that match's tie, not to the tie that started last before it
    TieSet season = read("= Cup 2018/19\n» Round of 16\n  Tue Feb/12 2019\n"
                         "    21.00  A (FRA) v B (ENG)  1-0 (0-0)\n" // line 4: tie 0
                         "           C (ITA) v D (ESP)  2-0 (1-0)\n" // line 5: tie 1
                         "  Wed Mar/6\n"
                         "    21.00  B (ENG) v A (FRA)  1-0 (2-0)\n" // line 7: tie 0, half time above full time
                         "           D (ESP) v C (ITA)  1-0 (0-0)\n"_ba,
                         u"s.txt"_s);
    QCOMPARE(season.ties.size(), std::size_t(2));
    QStringList inSeason;
    const std::vector<int> seasonOwners = tiesOfDiagnostics(season);
    for (std::size_t i = 0; i < seasonOwners.size(); ++i) {
        if (season.diagnostics[i].severity == Severity::Warning)
            inSeason << u"%1 -> %2"_s.arg(season.diagnostics[i].line).arg(seasonOwners[i]);
    }
    QVERIFY(!inSeason.isEmpty());
    for (const QString &owner : inSeason)
        QCOMPARE(owner, u"7 -> 0"_s);
}

void TestTieSet::placesAreKeptExactly_data()
{
    QTest::addColumn<quint32>("leg2Line");
    QTest::addColumn<quint32>("datesLine");
    QTest::addColumn<quint32>("leg1Column");
    QTest::addColumn<quint32>("leg2Column");
    QTest::addColumn<quint32>("winnerColumn");
    QTest::addColumn<bool>("overflows");
    // The first leg is always on line 10. The tie's own fields hold line distances up to 15 and
    // columns up to 255; anything else goes to the overflow table, exactly as it was.
    QTest::newRow("three lines in a row") << 11u << 12u << 30u << 31u << 64u << false;
    QTest::newRow("blank lines inside") << 20u << 30u << 30u << 31u << 64u << false;
    QTest::newRow("columns at 255") << 11u << 12u << 255u << 255u << 255u << false;
    QTest::newRow("no columns") << 11u << 12u << 0u << 0u << 0u << false;
    QTest::newRow("second leg 16 lines on") << 26u << 27u << 30u << 31u << 64u << true;
    QTest::newRow("dates 16 lines on") << 11u << 27u << 30u << 31u << 64u << true;
    QTest::newRow("both 15 lines on, the marker") << 25u << 40u << 30u << 31u << 64u << true;
    QTest::newRow("a long club name") << 11u << 12u << 10030u << 31u << 64u << true;
    QTest::newRow("a long winner") << 11u << 12u << 30u << 31u << 256u << true;
    QTest::newRow("hundreds of lines") << 400u << 900u << 70000u << 80000u << 90000u << true;
}

void TestTieSet::placesAreKeptExactly()
{
    QFETCH(quint32, leg2Line);
    QFETCH(quint32, datesLine);
    QFETCH(quint32, leg1Column);
    QFETCH(quint32, leg2Column);
    QFETCH(quint32, winnerColumn);
    QFETCH(bool, overflows);

    // Given a tie read at that place, after one read at an ordinary place
    TieSet set = read("1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n"
                      "2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n"
                      "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\n"_ba,
                      u"a.txt"_s);
    QCOMPARE(set.ties.size(), std::size_t(1));
    Tie tie = set.ties[0];
    tie.line = 10;
    TieSource source;
    source.leg1Line = 10;
    source.leg2Line = leg2Line;
    source.datesLine = datesLine;
    source.leg1ScoreColumn = leg1Column;
    source.leg2ScoreColumn = leg2Column;
    source.winnerColumn = winnerColumn;
    set.addReadTie(tie, source);

    // Then the set gives the place back as it was, and keeps the table for the rare ones only
    const auto same = [](const TieSource &a, const TieSource &b) {
        return a.leg1Line == b.leg1Line && a.leg2Line == b.leg2Line && a.datesLine == b.datesLine
            && a.leg1ScoreColumn == b.leg1ScoreColumn && a.leg2ScoreColumn == b.leg2ScoreColumn
            && a.winnerColumn == b.winnerColumn;
    };
    QVERIFY(set.ties[1].hasPlace());
    QVERIFY(same(set.source(1), source));
    QCOMPARE(set.placeOverflow.size(), std::size_t(overflows ? 1 : 0));
    QCOMPARE(set.source(0).leg2Line, 2u);
    QCOMPARE(set.source(0).datesLine, 3u);

    // And so does a set it is copied into, behind a file of its own
    TieSet other = read("1st(1st leg) Inter Baku - Víkingur 2:0 (1:0)\n"
                        "2nd (2nd leg) Víkingur - Inter Baku 0:1 (0:0)\n"
                        "1st(1st leg): 05/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: Inter Baku\n"_ba,
                        u"b.txt"_s);
    other.appendFile(set, 0);
    QCOMPARE(other.ties.size(), std::size_t(3));
    QVERIFY(same(other.source(2), source));
    QCOMPARE(other.source(2).file, std::uint16_t(1));
    QCOMPARE(other.placeOverflow.size(), std::size_t(overflows ? 1 : 0));
}

QTEST_GUILESS_MAIN(TestTieSet)
#include "tst_tieset.moc"
