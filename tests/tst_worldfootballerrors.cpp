// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for what the worldfootball.net reader says about ties it cannot read: every malformed
// tie, very long names, runs of brackets, and the good ties around a bad one kept.
#include "readingfixtures.h"

#include "testfiles.h"

using namespace tb;
using namespace tb::test;
using namespace Qt::StringLiterals;

class TestWorldfootballErrors : public QObject
{
    Q_OBJECT

private slots:
    void malformed_data();
    void malformed();
    void veryLongClubName();
    void manyOpeningBrackets();
    void resyncKeepsEveryGoodTie();
};

void TestWorldfootballErrors::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("ties");
    QTest::addColumn<QStringList>("diagnostics");

    const QByteArray leg1 = "1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n";
    const QByteArray leg2 = "2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n";
    const QByteArray dates = "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\n";
    const QString unrecognisedTail
        = u"expected a tie's first leg \"1st(1st leg) HOME - AWAY 2:1 (1:0)\", its second leg \"2nd (2nd leg) AWAY - "
          u"HOME 1:1 (0:0)\" or its dates \"1st(1st leg): 03/07/2012 ...\""_s;
    const auto withLeg1 = [&](const QByteArray &result) -> QByteArray {
        return "1st(1st leg) Víkingur - FK Gomel " + result + "\n" + leg2 + dates + GoodTie;
    };
    const auto withDates = [&](const QByteArray &line) -> QByteArray { return leg1 + leg2 + line + "\n" + GoodTie; };

    QTest::newRow("garbage between ties") << GoodTie + "hello world\n"
            + GoodTie << 2 << QStringList{u"4:1: error: unrecognised line \"hello world\": "_s + unrecognisedTail};
    QTest::newRow("long garbage is quoted short")
        << "  " + repeated('x', 100) + "\n" + GoodTie << 1
        << QStringList{u"1:3: error: unrecognised line \""_s + QString(60, u'x') + u"…\": "_s + unrecognisedTail};
    QTest::newRow("garbage inside a tie") << leg1 + "-- note --\n" + leg2
            + dates << 1 << QStringList{u"2:1: error: unrecognised line \"-- note --\": "_s + unrecognisedTail};
    QTest::newRow("legs in the wrong order")
        << leg2 + leg1 + dates + GoodTie << 1
        << QStringList{
               u"1:1: error: a second leg with no first leg before it: expected \"1st(1st leg) HOME - AWAY ...\" first; this tie was skipped"_s,
               u"3:1: error: the tie from line 2 is incomplete: expected its second leg here; that tie was skipped"_s};
    QTest::newRow("dates line first")
        << dates + GoodTie << 1
        << QStringList{
               u"1:1: error: a dates line with no tie before it: expected the first leg \"1st(1st leg) HOME - AWAY ...\""_s};
    QTest::newRow("two second legs")
        << leg1 + leg2 + leg2 + dates + GoodTie << 1
        << QStringList{
               u"3:1: error: a second \"2nd (2nd leg)\" line for the tie from line 1: expected its dates line; that tie was skipped"_s};
    QTest::newRow("first leg only, then a tie")
        << leg1 + GoodTie << 1
        << QStringList{
               u"2:1: error: the tie from line 1 is incomplete: expected its second leg here; that tie was skipped"_s};
    QTest::newRow("no dates line, then a tie")
        << leg1 + leg2 + GoodTie << 1
        << QStringList{
               u"3:1: error: the tie from line 1 is incomplete: expected its dates line here; that tie was skipped"_s};
    QTest::newRow("truncated at the end")
        << GoodTie + leg1 + leg2 << 1
        << QStringList{
               u"4:0: error: the file ends before this tie is complete: its dates line is missing; the tie was skipped"_s};
    QTest::newRow("truncated after the first leg")
        << GoodTie + leg1.chopped(1) << 1
        << QStringList{
               u"4:0: error: the file ends before this tie is complete: its second leg is missing; the tie was skipped"_s};
    QTest::newRow("second leg names another club")
        << leg1 + "2nd (2nd leg) FK Minsk - Víkingur 4:0 (0:0)\n" + dates + GoodTie << 1
        << QStringList{
               u"2:15: error: second leg names FK Minsk - Víkingur, but the first leg was Víkingur - FK Gomel; the tie was skipped"_s};
    QTest::newRow("second leg not swapped")
        << leg1 + "2nd (2nd leg) Víkingur - FK Gomel 4:0 (0:0)\n" + dates + GoodTie << 1
        << QStringList{
               u"2:15: error: second leg names Víkingur - FK Gomel, but the first leg was Víkingur - FK Gomel; the tie was skipped"_s};
    QTest::newRow("impossible date")
        << withDates("1st(1st leg): 31/02/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel") << 1
        << QStringList{u"3:15: error: \"31/02/2012\" is not a date: that month has 29 days; the tie was skipped"_s};
    QTest::newRow("month 13")
        << withDates("1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/13/2012 17:00 Winner: FK Gomel") << 1
        << QStringList{u"3:47: error: \"12/13/2012\" is not a date: there is no month 13; the tie was skipped"_s};
    QTest::newRow("day 0")
        << withDates("1st(1st leg): 00/07/2012 2nd (2nd leg): 12/07/2012 Winner: FK Gomel") << 1
        << QStringList{u"3:15: error: \"00/07/2012\" is not a date: that month has 31 days; the tie was skipped"_s};
    QTest::newRow("two-digit year")
        << withDates("1st(1st leg): 03/07/12 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel") << 1
        << QStringList{
               u"3:15: error: \"03/07/12\" is not a date: expected day/month/year, such as 03/07/2012; the tie was skipped"_s};
    QTest::newRow("bad time")
        << withDates("1st(1st leg): 03/07/2012 25:99 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel") << 1
        << QStringList{
               u"3:26: error: \"25:99\" is not a time of day: expected hours and minutes from 00:00 to 23:59; the tie was skipped"_s};
    QTest::newRow("time with letters")
        << withDates("1st(1st leg): 03/07/2012 16:3O 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel") << 1
        << QStringList{
               u"3:26: error: \"16:3O\" is not a time of day: expected hours and minutes from 00:00 to 23:59; the tie was skipped"_s};
    QTest::newRow("dates in words")
        << withDates("1st(1st leg): tomorrow 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel") << 1
        << QStringList{
               u"3:15: warning: no date for the first leg"_s,
               u"3:15: error: expected \"2nd (2nd leg):\" and the second leg's date after the first leg's date, found \"tomorrow 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\"; the tie was skipped"_s};
    QTest::newRow("junk instead of Winner")
        << withDates("1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Sieger: FK Gomel") << 1
        << QStringList{
               u"3:64: error: expected \"Winner:\" and the winning club after the dates, found \"Sieger: FK Gomel\"; the tie was skipped"_s};
    QTest::newRow("letters in a score")
        << withLeg1("0:x (0:0)") << 1
        << QStringList{
               u"1:34: error: \"0:x\" is not a score: expected the goals of each side in digits, such as 2:1; the tie was skipped"_s};
    QTest::newRow("letters in the half-time score")
        << withLeg1("0:6 (O:0)") << 1
        << QStringList{
               u"1:39: error: \"O:0\" is not a score: expected the goals of each side in digits, such as 2:1; the tie was skipped"_s};
    QTest::newRow("letters in the score after 90 minutes")
        << withLeg1("0:6 (0:0, 1:x) aet") << 1
        << QStringList{
               u"1:44: error: \"1:x\" is not a score: expected the goals of each side in digits, such as 2:1; the tie was skipped"_s};
    QTest::newRow("letters in the score after extra time")
        << withLeg1("0:6 (0:0, 1:1, l:1) pso") << 1
        << QStringList{
               u"1:49: error: \"l:1\" is not a score: expected the goals of each side in digits, such as 2:1; the tie was skipped"_s};
    QTest::newRow("semicolon between bracketed scores")
        << withLeg1("0:6 (0:0; 1:1) aet") << 1
        << QStringList{
               u"1:39: error: \"0:0; 1:1\" is not a score: expected the goals of each side in digits, such as 2:1; the tie was skipped"_s};
    QTest::newRow("negative score")
        << withLeg1("-1:6 (0:0)") << 1
        << QStringList{u"1:34: error: \"-1:6\" is not a score: goals cannot be negative; the tie was skipped"_s};
    QTest::newRow("negative half time")
        << withLeg1("0:6 (0:-2)") << 1
        << QStringList{u"1:39: error: \"0:-2\" is not a score: goals cannot be negative; the tie was skipped"_s};
    QTest::newRow("more than MaxGoals")
        << withLeg1("1000:6 (0:0)") << 1
        << QStringList{u"1:34: error: \"1000:6\" is not a score: more than 999 goals; the tie was skipped"_s};
    QTest::newRow("absurd digit string") << withLeg1("0:" + repeated('9', 80) + " (0:0)") << 1
                                         << QStringList{
                                                u"1:34: error: \"0:"_s + QString(58, u'9')
                                                + u"…\" is not a score: more than 999 goals; the tie was skipped"_s};
    QTest::newRow("no result")
        << withLeg1(QByteArray()) << 1
        << QStringList{
               u"1:28: error: expected a result at the end of the line, such as 2:1, 2:1 (1:0), -:- or a status word such as abor., found \"Gomel\"; the tie was skipped"_s};
    QTest::newRow("unknown status word")
        << withLeg1("postp.") << 1
        << QStringList{
               u"1:34: error: expected a result at the end of the line, such as 2:1, 2:1 (1:0), -:- or a status word such as abor., found \"postp.\"; the tie was skipped"_s};
    QTest::newRow("closing bracket alone")
        << withLeg1("0:6 0:0)") << 1
        << QStringList{
               u"1:41: error: a closing bracket \")\" with no opening bracket before it; the tie was skipped"_s};
    QTest::newRow("empty brackets") << withLeg1(
        "0:6 ()") << 1 << QStringList{u"1:39: error: expected a score such as 1:0 here; the tie was skipped"_s};
    QTest::newRow("four bracketed scores")
        << withLeg1("0:6 (0:0, 0:1, 0:2, 0:3) pso") << 1
        << QStringList{
               u"1:54: error: more than three scores in brackets: expected at most half time, after 90 minutes and after extra time; the tie was skipped"_s};
    QTest::newRow("no clubs separator")
        << "1st(1st leg) Víkingur FK Gomel 0:6 (0:0)\n"_ba + leg2 + dates + GoodTie << 1
        << QStringList{
               u"1:14: error: expected the two clubs separated by \" - \", such as \"Víkingur - FK Gomel\", found \"Víkingur FK Gomel\"; the tie was skipped"_s};
    QTest::newRow("label only")
        << "1st(1st leg)\n"_ba + leg2 + dates + GoodTie << 1
        << QStringList{
               u"1:13: error: expected two clubs and a result, such as \"Víkingur - FK Gomel 0:6 (0:0)\"; the tie was skipped"_s};
    QTest::newRow("dates label of the second leg first")
        << leg1 + leg2 + "2nd (2nd leg): 12/07/2012 Winner: FK Gomel\n" + GoodTie << 1
        << QStringList{
               u"3:1: error: unrecognised line \"2nd (2nd leg): 12/07/2012 Winner: FK Gomel\": "_s + unrecognisedTail,
               u"4:1: error: the tie from line 1 is incomplete: expected its dates line here; that tie was skipped"_s};
    QTest::newRow("NUL byte in a leg")
        << "1st(1st leg) Víkingur - FK Go\0mel 0:6 (0:0)\n"_ba + leg2 + dates + GoodTie << 1
        << QStringList{
               u"1:30: error: the line contains a NUL byte (binary data, or text that is not UTF-8); it was skipped"_s};
    QTest::newRow("NUL byte between ties")
        << GoodTie + "\0\0\0\n"_ba + GoodTie << 2
        << QStringList{
               u"4:1: error: the line contains a NUL byte (binary data, or text that is not UTF-8); it was skipped"_s};
    QTest::newRow("NUL byte in the dates line")
        << leg1 + leg2 + "1st(1st leg): 03/07/2012\0\n"_ba + GoodTie << 1
        << QStringList{
               u"3:25: error: the line contains a NUL byte (binary data, or text that is not UTF-8); it was skipped"_s};
}

void TestWorldfootballErrors::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, ties);
    QFETCH(QStringList, diagnostics);

    for (qint64 chunk : {qint64(3), qint64(4) << 20}) {
        const TieSet set = parse(text, chunk);
        QCOMPARE(describe(set), diagnostics);
        QCOMPARE(int(set.ties.size()), ties);
        // Every tie that was kept is a good one: the parser never invents a half-read tie.
        for (const Tie &tie : set.ties) {
            QCOMPARE(set.clubName(tie.home), u"Víkingur"_s);
            QCOMPARE(set.clubName(tie.away), u"FK Gomel"_s);
        }
        QCOMPARE(set.files[0].errorCount, set.errorCount());
        QCOMPARE(set.files[0].warningCount, set.warningCount());
    }
}

void TestWorldfootballErrors::veryLongClubName()
{
    const QByteArray name = "FC " + repeated('a', 10000);
    const QByteArray text = "1st(1st leg) " + name
        + " - FK Gomel 0:6 (0:0)\n"
          "2nd (2nd leg) FK Gomel - "
        + name
        + " 4:0 (0:0)\n"
          "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\n"
        + GoodTie;
    const TieSet set = parse(text);
    QCOMPARE(describe(set), QStringList());
    QCOMPARE(set.ties.size(), std::size_t(2));
    QCOMPARE(set.clubName(set.ties[0].home).size(), 10003);
}

void TestWorldfootballErrors::manyOpeningBrackets()
{
    // Lines of 100,000 opening brackets: as a leg, before a closing bracket, and alone
    const QByteArray brackets = repeated('(', 100000);
    const QByteArray text = "1st(1st leg) " + brackets + "\n" + GoodTie + "1st(1st leg) A - B 1:0 " + brackets + ")\n"
        + brackets + "\n" + GoodTie;
    const TieSet set = parse(text);
    QCOMPARE(
        describe(set),
        (QStringList{
            u"1:14: error: expected two clubs and a result, such as \"Víkingur - FK Gomel 0:6 (0:0)\"; the tie was skipped"_s,
            u"5:24: error: expected a result at the end of the line, such as 2:1, 2:1 (1:0), -:- or a status "
            u"word such as abor., found \""_s
                + QString(60, u'(') + u"…\"; the tie was skipped"_s,
            u"6:1: error: unrecognised line \""_s + QString(60, u'(') + u"…\": "_s
                + u"expected a tie's first leg \"1st(1st leg) HOME - AWAY 2:1 (1:0)\", its second leg \"2nd (2nd leg) AWAY - HOME 1:1 (0:0)\" or its dates \"1st(1st leg): 03/07/2012 ...\""_s}));
    QCOMPARE(set.ties.size(), std::size_t(2));
}

void TestWorldfootballErrors::resyncKeepsEveryGoodTie()
{
    // Given good ties with one broken tie of each kind between them
    const QByteArray broken[] = {
        "1st(1st leg) Víkingur - FK Gomel 0:x (0:0)\n2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n"
        "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\n",
        "1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n2nd (2nd leg) FK Minsk - Víkingur 4:0 (0:0)\n"
        "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\n",
        "1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n"
        "1st(1st leg): 31/02/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\n",
        "1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n",
        "2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n",
        "garbage\n",
    };
    QByteArray text = GoodTie;
    for (const QByteArray &b : broken)
        text += b + GoodTie;
    const TieSet set = parse(text);

    // Then every good tie is read, one error for each broken one
    QCOMPARE(set.ties.size(), std::size_t(7));
    QCOMPARE(set.errorCount(), 6);
    std::vector<std::uint32_t> lines;
    for (const Tie &tie : set.ties)
        lines.push_back(tie.line);
    QCOMPARE(lines, (std::vector<std::uint32_t>{1, 7, 13, 19, 23, 27, 31}));
}

QTEST_GUILESS_MAIN(TestWorldfootballErrors)
#include "tst_worldfootballerrors.moc"
