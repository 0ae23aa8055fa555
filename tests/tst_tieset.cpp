// Tests for TieSet: counting diagnostics and appending one set to another.
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
    QCOMPARE(one.places.size(), std::size_t(1));
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
    byHand.files.push_back(SourceFile{u"h.txt"_s, u"h.txt"_s, 1, 0, 0});
    Tie tie;
    tie.line = 10;
    byHand.ties.push_back(tie);
    for (const std::uint32_t line : {9u, 10u, 12u, 13u})
        byHand.diagnostics.push_back({0, line, 1, Severity::Warning, u"w"_s});
    QCOMPARE(tiesOfDiagnostics(byHand), (std::vector<int>{-1, 0, 0, -1}));
}

QTEST_GUILESS_MAIN(TestTieSet)
#include "tst_tieset.moc"
