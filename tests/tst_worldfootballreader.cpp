// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the worldfootball.net reader: every notation, every tolerance, inconsistent scores, and the reader table.
// What it says about ties it cannot read: tst_worldfootballerrors.
#include "readingfixtures.h"

#include "reader.h"
#include "rules.h"
#include "testfiles.h"
#include "textlines.h"
#include "worldfootballreader.h"

#include <QDir>

#include <algorithm>

Q_DECLARE_METATYPE(tb::DecidedBy)

using namespace tb;
using namespace tb::test;
using namespace Qt::StringLiterals;

class TestWorldfootballReader : public QObject
{
    Q_OBJECT

private slots:
    void claimsTheRealRounds_data();
    void claimsTheRealRounds();
    void bytesThatAreNobodys_data();
    void bytesThatAreNobodys();
    void realFileFirstTie();
    void notations_data();
    void notations();
    void tolerances_data();
    void tolerances();
    void missingKickoffTimes();
    void datesAreQDatesDays_data();
    void datesAreQDatesDays();
    void everyDayOf1899To2100();
    void dayAfterTheLastOfEveryMonth();
    void kickOffTimes_data();
    void kickOffTimes();
    void emptyWinner();
    void noWinnerField();
    void clubNames_data();
    void clubNames();
    void secondLegSeparators_data();
    void secondLegSeparators();
    void inconsistentScoresAreKeptAndFlagged_data();
    void inconsistentScoresAreKeptAndFlagged();
    void sixtiesRoundAsRecorded_data();
    void sixtiesRoundAsRecorded();
};

void TestWorldfootballReader::realFileFirstTie()
{
    TieSet set;
    loader::readFile(dataDir() + u"/europa-league-2012-13-q1.txt"_s, set);
    QVERIFY(set.ties.size() > 30);

    const Tie &first = set.ties.front();
    QCOMPARE(set.clubName(first.home), u"Víkingur"_s);
    QCOMPARE(set.clubName(first.away), u"FK Gomel"_s);
    QCOMPARE(set.clubName(first.statedWinner), u"FK Gomel"_s);
    QCOMPARE(legText(first.leg1), u"Played 0:0 0:6 - -"_s);
    QCOMPARE(legText(first.leg2), u"Played 0:0 4:0 - -"_s);
    QCOMPARE(first.leg1.date(), QDate(2012, 7, 3));
    QCOMPARE(first.leg2.date(), QDate(2012, 7, 12));
    QCOMPARE(first.leg1.kickoffMinutes, std::int16_t(16 * 60 + 30));
    QCOMPARE(first.leg2.kickoffMinutes, std::int16_t(17 * 60));
    QCOMPARE(first.line, 1u);
    QCOMPARE(set.ties[1].line, 4u);

    // The last tie ends the file without a final newline.
    const Tie &last = set.ties.back();
    QCOMPARE(set.clubName(last.home), u"FH Hafnarfjörður"_s);
    QCOMPARE(set.clubName(last.away), u"USV Eschen/Mauren"_s);
    QCOMPARE(last.statedWinner, last.home);
    QCOMPARE(last.leg2.kickoffMinutes, std::int16_t(18 * 60 + 30));
    QCOMPARE(last.line, 109u);
}

void TestWorldfootballReader::notations_data()
{
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QString>("leg");

    QTest::newRow("full and half time") << "4:0 (0:0)"_ba << u"Played 0:0 4:0 - -"_s;
    QTest::newRow("no half time") << "4:0"_ba << u"Played - 4:0 - -"_s;
    // Around the two results read at fixed places (readPlainResult()): what is not exactly their
    // shape is read the general way, to the same leg.
    QTest::newRow("blanks after the result") << "4:0 (0:0)  "_ba << u"Played 0:0 4:0 - -"_s;
    QTest::newRow("tab before the bracket") << "4:0\t(0:0)"_ba << u"Played 0:0 4:0 - -"_s;
    QTest::newRow("two blanks before the bracket") << "4:0  (0:0)"_ba << u"Played 0:0 4:0 - -"_s;
    QTest::newRow("bracket against the score") << "4:0(0:0)"_ba << u"Played 0:0 4:0 - -"_s;
    QTest::newRow("no half time, blanks after") << "4:0 \t"_ba << u"Played - 4:0 - -"_s;
    QTest::newRow("two-digit scores") << "13:12 (10:0)"_ba << u"Played 10:0 13:12 - -"_s;
    QTest::newRow("aet") << "2:1 (0:0, 1:0) aet"_ba << u"ExtraTime 0:0 1:0 2:1 -"_s;
    QTest::newRow("aet upper case") << "2:2 (0:1, 1:2) AET"_ba << u"ExtraTime 0:1 1:2 2:2 -"_s;
    QTest::newRow("pso after extra time")
        << "1:3 (2:1, 2:1, 2:1) pso"_ba << u"PenaltiesAfterExtraTime 2:1 2:1 2:1 1:3"_s;
    QTest::newRow("pso after 90") << "3:2 (0:0, 1:1) pso"_ba << u"PenaltiesAfter90 0:0 1:1 - 3:2"_s;
    QTest::newRow("long shoot-out") << "13:12 (0:0, 0:1, 0:1) pso"_ba << u"PenaltiesAfterExtraTime 0:0 0:1 0:1 13:12"_s;
    QTest::newRow("blanks inside brackets") << "2:1 ( 0:0 ,1:0 ) aet"_ba << u"ExtraTime 0:0 1:0 2:1 -"_s;
    QTest::newRow("no blank after the comma") << "2:1 (0:0,1:0) aet"_ba << u"ExtraTime 0:0 1:0 2:1 -"_s;
    QTest::newRow("two blanks after the commas")
        << "1:3 (2:1,  2:1,  2:1) pso"_ba << u"PenaltiesAfterExtraTime 2:1 2:1 2:1 1:3"_s;
    QTest::newRow("two digits in the last bracket") << "12:1 (0:0, 10:0) aet"_ba << u"ExtraTime 0:0 10:0 12:1 -"_s;
    QTest::newRow("not played") << "-:-"_ba << u"NotPlayed - - - -"_s;
    QTest::newRow("abandoned") << "abor."_ba << u"Abandoned - - - -"_s;
    QTest::newRow("abandoned with score so far") << "abor. (1:0)"_ba << u"Abandoned 1:0 - - -"_s;
    QTest::newRow("annulled") << "annull."_ba << u"Annulled - - - -"_s;
    QTest::newRow("rescheduled") << "resch."_ba << u"Rescheduled - - - -"_s;
    QTest::newRow("walkover WO") << "WO"_ba << u"Walkover - - - -"_s;
    QTest::newRow("walkover w/o") << "w/o"_ba << u"Walkover - - - -"_s;
    QTest::newRow("did not play") << "dnp"_ba << u"DidNotPlay - - - -"_s;
    QTest::newRow("decided at the table") << "dec."_ba << u"DecidedAtTable - - - -"_s;
    QTest::newRow("decided at the table, no dot") << "dec"_ba << u"DecidedAtTable - - - -"_s;
    QTest::newRow("decided at the table, score so far") << "dec. (1:0)"_ba << u"DecidedAtTable 1:0 - - -"_s;
    // The awarded score first, then "dec.": it counts (Romania - Kosovo 3:0 dec., Montpellier HSC -
    // AS Saint-Étienne 0:2 (0:1) dec., 2024).
    QTest::newRow("awarded") << "3:0 dec."_ba << u"Awarded - 3:0 - -"_s;
    QTest::newRow("awarded, with half time") << "0:2 (0:1) dec."_ba << u"Awarded 0:1 0:2 - -"_s;
    QTest::newRow("awarded, no dot") << "3:0 dec"_ba << u"Awarded - 3:0 - -"_s;
    QTest::newRow("awarded, upper case") << "0:3 DEC."_ba << u"Awarded - 0:3 - -"_s;
    QTest::newRow("awarded, bracket against the word") << "0:2 (0:1)dec."_ba << u"Awarded 0:1 0:2 - -"_s;
    QTest::newRow("largest score") << "999:0"_ba << u"Played - 999:0 - -"_s;
}

void TestWorldfootballReader::notations()
{
    QFETCH(QByteArray, result);
    QFETCH(QString, leg);

    // Given a tie whose second leg has this result
    const TieSet set = parse(gomelTieWithSecondLeg(result));

    // Then it is read with exactly those scores and that status
    QCOMPARE(describe(set, true), QStringList());
    QCOMPARE(set.ties.size(), std::size_t(1));
    QCOMPARE(legText(set.ties[0].leg2), leg);
    QCOMPARE(legText(set.ties[0].leg1), u"Played 0:0 0:6 - -"_s);
    QCOMPARE(set.clubName(set.ties[0].home), u"Víkingur"_s);
    QCOMPARE(set.clubName(set.ties[0].away), u"FK Gomel"_s);
    // And its result starts after "2nd (2nd leg) FK Gomel - Víkingur ", whichever way it was read
    QCOMPARE(set.source(0).leg2ScoreColumn, std::uint32_t(35));
}

void TestWorldfootballReader::tolerances_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("as on the site") << GoodTie;
    QTest::newRow("CRLF") << QByteArray(GoodTie).replace("\n", "\r\n");
    QTest::newRow("byte-order mark") << "\xEF\xBB\xBF"_ba + GoodTie;
    QTest::newRow("BOM and CRLF") << "\xEF\xBB\xBF"_ba + QByteArray(GoodTie).replace("\n", "\r\n");
    QTest::newRow("blank lines") << "\n\n"_ba + QByteArray(GoodTie).replace("\n", "\n  \n\t\n") + "\n\n";
    QTest::newRow("no final newline") << GoodTie.chopped(1);
    QTest::newRow("CR CR LF") << QByteArray(GoodTie).replace("\n", "\r\r\n");
    QTest::newRow("no final newline, CRLF") << QByteArray(GoodTie).replace("\n", "\r\n").chopped(2);
    QTest::newRow("spaces in labels")
        << "1st (1st leg) Víkingur - FK Gomel 0:6 (0:0)\n"
           "2nd(2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n"
           "1st ( 1st leg ) : 03/07/2012 16:30 2nd ( 2nd  leg ):12/07/2012 17:00 Winner:FK Gomel\n"_ba;
    QTest::newRow("blanks around lines")
        << "  1st(1st leg)   Víkingur - FK Gomel   0:6   (0:0)   \n"
           "\t2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\t\n"
           "   1st(1st leg):  03/07/2012  16:30  2nd (2nd leg):  12/07/2012  17:00  Winner:  FK Gomel  \n"_ba;
    QTest::newRow("tab-separated cells")
        << "1st(1st leg)\tVíkingur\t-\tFK Gomel\t0:6 (0:0)\n"
           "2nd (2nd leg)\tFK Gomel\t-\tVíkingur\t4:0 (0:0)\n"
           "1st(1st leg):\t03/07/2012\t16:30\t2nd (2nd leg):\t12/07/2012\t17:00\tWinner:\tFK Gomel\n"_ba;
    QTest::newRow("other letter case")
        << "1ST(1st Leg) Víkingur - FK Gomel 0:6 (0:0)\n"
           "2ND (2nd LEG) FK Gomel - Víkingur 4:0 (0:0)\n"
           "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 winner: FK Gomel\n"_ba;
    QTest::newRow("wide separators")
        << "1st(1st leg) Víkingur   -   FK Gomel 0:6 (0:0)\n"
           "2nd (2nd leg) FK Gomel \t-\t Víkingur 4:0 (0:0)\n"
           "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\n"_ba;
}

void TestWorldfootballReader::tolerances()
{
    QFETCH(QByteArray, text);

    // Whatever the chunk size, the tie reads the same as the one on the site.
    for (qint64 chunk : {qint64(1), qint64(2), qint64(5), qint64(4) << 20}) {
        const TieSet set = parse(text, chunk);
        QCOMPARE(describe(set), QStringList());
        QCOMPARE(set.ties.size(), std::size_t(1));
        const Tie &tie = set.ties[0];
        QCOMPARE(set.clubName(tie.home), u"Víkingur"_s);
        QCOMPARE(set.clubName(tie.away), u"FK Gomel"_s);
        QCOMPARE(set.clubName(tie.statedWinner), u"FK Gomel"_s);
        QCOMPARE(legText(tie.leg1), u"Played 0:0 0:6 - -"_s);
        QCOMPARE(legText(tie.leg2), u"Played 0:0 4:0 - -"_s);
        QCOMPARE(tie.leg1.date(), QDate(2012, 7, 3));
        QCOMPARE(tie.leg2.date(), QDate(2012, 7, 12));
        QCOMPARE(tie.leg1.kickoffMinutes, std::int16_t(990));
        QCOMPARE(tie.leg2.kickoffMinutes, std::int16_t(1020));
        QCOMPARE(set.clubs.size(), std::size_t(2));
        QCOMPARE(set.files[0].tieCount, 1);
    }
}

void TestWorldfootballReader::missingKickoffTimes()
{
    const TieSet set = parse("1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n"
                             "2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n"
                             "1st(1st leg): 3/7/2012 2nd (2nd leg): 29/02/2012 09:05 Winner: FK Gomel\n"
                             "1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n"
                             "2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n"
                             "1st(1st leg): 03/07/2012 0:00 2nd (2nd leg): 12/07/2012 Winner: FK Gomel\n"_ba);
    QCOMPARE(describe(set, true), QStringList());
    QCOMPARE(set.ties.size(), std::size_t(2));
    QCOMPARE(set.ties[0].leg1.date(), QDate(2012, 7, 3));
    QCOMPARE(set.ties[0].leg1.kickoffMinutes, std::int16_t(-1));
    QCOMPARE(set.ties[0].leg2.date(), QDate(2012, 2, 29));
    QCOMPARE(set.ties[0].leg2.kickoffMinutes, std::int16_t(9 * 60 + 5));
    QCOMPARE(set.ties[1].leg1.kickoffMinutes, std::int16_t(0));
    QCOMPARE(set.ties[1].leg2.kickoffMinutes, std::int16_t(-1));
    QCOMPARE(set.ties[1].leg2.julianDay, QDate(2012, 7, 12).toJulianDay());
}

void TestWorldfootballReader::datesAreQDatesDays_data()
{
    QTest::addColumn<QDate>("date");
    // Both written forms read, around the leap days of every rule (4, 100, 400 years), the
    // turn of each month and the first European Cup.
    for (const QDate date : {QDate(1955, 9, 4), QDate(1900, 2, 28), QDate(1900, 3, 1), QDate(2000, 2, 29),
                             QDate(2000, 3, 1), QDate(2012, 2, 29), QDate(2012, 12, 31), QDate(2013, 1, 1),
                             QDate(2100, 2, 28), QDate(2100, 3, 1), QDate(1582, 10, 15), QDate(1, 1, 1)})
        QTest::addRow("%s", qPrintable(date.toString(Qt::ISODate))) << date;
}

void TestWorldfootballReader::datesAreQDatesDays()
{
    QFETCH(QDate, date);
    const QString written = date.toString(u"dd/MM/"_s) + u"%1"_s.arg(date.year(), 4, 10, QChar(u'0'));
    const QString unpadded = u"%1/%2/%3"_s.arg(date.day()).arg(date.month()).arg(date.year(), 4, 10, QChar(u'0'));
    const TieSet set = parse((u"1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n"
                              u"2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n"
                              u"1st(1st leg): "_s
                              + written + u" 16:30 2nd (2nd leg): "_s + unpadded + u" Winner: FK Gomel\n"_s)
                                 .toUtf8());
    QCOMPARE(set.ties.size(), std::size_t(1));
    QCOMPARE(set.ties[0].leg1.julianDay, date.toJulianDay()); // the fixed places of the site's own form
    QCOMPARE(set.ties[0].leg2.julianDay, date.toJulianDay()); // the general way
}

namespace {

// A tie a line of dates: its legs on `first` and `second`, written as the site writes them.
QByteArray tieOnDays(const QString &first, const QString &second)
{
    return ("1st(1st leg) A - B 1:0 (0:0)\n2nd (2nd leg) B - A 1:0 (0:0)\n1st(1st leg): "_L1 + first
            + " 20:45 2nd (2nd leg): "_L1 + second + " 20:45 Winner: A\n"_L1)
        .toUtf8();
}

} // namespace

void TestWorldfootballReader::everyDayOf1899To2100()
{
    // Given a tie for every two days from 1899 to 2100, past both ends of the table of months the
    // reader looks dates up in
    const QDate from(1899, 12, 1), to(2100, 1, 31);
    QByteArray text;
    for (QDate day = from; day <= to; day = day.addDays(2))
        text += tieOnDays(day.toString(u"dd/MM/yyyy"_s), day.addDays(1).toString(u"dd/MM/yyyy"_s));
    const TieSet set = parse(text);

    // Then every day is QDate's day
    QCOMPARE(describe(set, true), QStringList());
    QCOMPARE(qint64(set.ties.size()), (from.daysTo(to) + 2) / 2);
    QDate day = from;
    for (const Tie &tie : set.ties) {
        QCOMPARE(tie.leg1.julianDay, day.toJulianDay());
        QCOMPARE(tie.leg2.julianDay, day.addDays(1).toJulianDay());
        day = day.addDays(2);
    }
}

void TestWorldfootballReader::dayAfterTheLastOfEveryMonth()
{
    // Given, for every month from 1899 to 2100, a tie whose first leg is on the day after its last
    // (29/02/1900 and 29/02/2100 among them), and a good tie after each
    QByteArray text;
    int months = 0;
    for (QDate month(1899, 12, 1); month <= QDate(2100, 1, 1); month = month.addMonths(1), ++months) {
        const QString next
            = u"%1/%2/%3"_s.arg(month.daysInMonth() + 1).arg(month.month(), 2, 10, QChar(u'0')).arg(month.year());
        text += tieOnDays(next, u"01/01/2000"_s) + tieOnDays(u"01/01/2000"_s, u"02/01/2000"_s);
    }
    const TieSet set = parse(text);

    // Then each is an error naming the month's length, and only the good ties are read
    const QStringList errors = describe(set, true);
    QCOMPARE(errors.size(), months);
    QCOMPARE(errors.front(),
             u"3:15: error: \"32/12/1899\" is not a date: that month has 31 days; the tie was skipped"_s);
    QVERIFY(
        errors.contains(u"15:15: error: \"29/02/1900\" is not a date: that month has 28 days; the tie was skipped"_s));
    QCOMPARE(errors.back(),
             u"14409:15: error: \"32/01/2100\" is not a date: that month has 31 days; the tie was skipped"_s);
    QCOMPARE(int(set.ties.size()), months);
}

void TestWorldfootballReader::kickOffTimes_data()
{
    QTest::addColumn<QByteArray>("datesLine");
    QTest::addColumn<bool>("read");
    QTest::addColumn<int>("leg1Minutes"); // -1: not given
    QTest::addColumn<int>("leg2Minutes");
    QTest::addColumn<QString>("error"); // empty: none

    const auto row = [](const char *name, const char *date, const char *first, const char *second, bool read, int leg1,
                        int leg2, const QString &error = {}) {
        QTest::newRow(name) << "1st(1st leg): "_ba + date + " "_ba + first + " 2nd (2nd leg): 12/07/2012 "_ba + second
                + " Winner: A"_ba
                            << read << leg1 << leg2 << error;
    };
    const auto notATime = [](const char *column, const char *time) {
        return u"3:%1: error: \"%2\" is not a time of day: expected hours and minutes from 00:00 to 23:59; the tie was "
               "skipped"_s.arg(QLatin1StringView(column), QLatin1StringView(time));
    };
    // The site's form, read at fixed places, at both ends of the day and past them.
    row("midnight and the last minute", "03/07/2012", "00:00", "23:59", true, 0, 23 * 60 + 59);
    row("hour 24", "03/07/2012", "24:00", "17:00", false, 0, 0, notATime("26", "24:00"));
    row("minute 60", "03/07/2012", "20:45", "12:60", false, 0, 0, notATime("58", "12:60"));
    row("a letter for a digit", "03/07/2012", "2O:45", "17:00", false, 0, 0, notATime("26", "2O:45"));
    row("a colon for a digit", "03/07/2012", "20:4:", "17:00", false, 0, 0, notATime("26", "20:4:"));
    row("no blank after the time", "03/07/2012", "20:452nd", "17:00", false, 0, 0, notATime("26", "20:452nd"));
    // Other forms, read the general way.
    row("one-digit hour", "03/07/2012", "9:30", "17:00", true, 9 * 60 + 30, 17 * 60);
    row("a tab after the time", "03/07/2012", "20:45\t", "17:00", true, 20 * 60 + 45, 17 * 60);
    row("no time", "03/07/2012", "", "17:00", true, -1, 17 * 60);
    row("dots in the date", "03.07.2012", "20:45", "17:00", true, 20 * 60 + 45, 17 * 60);
}

void TestWorldfootballReader::kickOffTimes()
{
    // Given a tie whose dates line has these times
    QFETCH(QByteArray, datesLine);
    QFETCH(bool, read);
    QFETCH(int, leg1Minutes);
    QFETCH(int, leg2Minutes);
    QFETCH(QString, error);
    const TieSet set = parse("1st(1st leg) A - B 1:0 (0:0)\n2nd (2nd leg) B - A 0:0 (0:0)\n"_ba + datesLine + "\n"_ba);

    // Then the kick-offs are read as such, or the tie is skipped with an error at the time
    if (!read) {
        // (after the file's own "no ties found")
        const QStringList errors = describe(set, true);
        QVERIFY2(errors.contains(error), qPrintable(errors.join(u'\n')));
        QCOMPARE(int(set.ties.size()), 0);
        return;
    }
    QCOMPARE(describe(set), QStringList());
    QCOMPARE(int(set.ties.size()), 1);
    QCOMPARE(int(set.ties.front().leg1.kickoffMinutes), leg1Minutes);
    QCOMPARE(int(set.ties.front().leg2.kickoffMinutes), leg2Minutes);
    QCOMPARE(set.ties.front().leg1.date(), QDate(2012, 7, 3));
    QCOMPARE(set.ties.front().leg2.date(), QDate(2012, 7, 12));
}

void TestWorldfootballReader::emptyWinner()
{
    const TieSet set = parse("1st(1st leg) Víkingur - FK Gomel 0:0\n"
                             "2nd (2nd leg) FK Gomel - Víkingur -:-\n"
                             "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner:\n"_ba);
    QCOMPARE(describe(set, true), QStringList());
    QCOMPARE(set.ties.size(), std::size_t(1));
    QCOMPARE(set.ties[0].statedWinner, NoClub);
    QCOMPARE(set.ties[0].leg2.status, LegStatus::NotPlayed);
    QCOMPARE(set.clubs.size(), std::size_t(2));
}

void TestWorldfootballReader::noWinnerField()
{
    const TieSet set = parse("1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n"
                             "2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n"
                             "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00\n"_ba);
    // The tie is kept with no stated winner; the rules may add that they found one.
    QCOMPARE(describe(set, true), QStringList());
    QCOMPARE(set.ties.size(), std::size_t(1));
    QCOMPARE(set.ties[0].statedWinner, NoClub);
    QCOMPARE(set.ties[0].leg2.kickoffMinutes, std::int16_t(17 * 60));
    QVERIFY(describe(set).contains(
        u"3:0: warning: no \"Winner:\" at the end of the dates line; read the winner as not stated"_s));
}

void TestWorldfootballReader::clubNames_data()
{
    QTest::addColumn<QByteArray>("home");
    QTest::addColumn<QByteArray>("away");

    QTest::newRow("Icelandic and Montenegrin") << "Þór Akureyri"_ba
                                               << "FK Čelik Nikšić"_ba;
    QTest::newRow("slash and apostrophe") << "EB/Streymur"_ba
                                          << "St Patrick's Athletic"_ba;
    QTest::newRow("hyphen inside a name") << "MyPa-47"_ba
                                          << "Paris Saint-Germain"_ba;
    QTest::newRow("digits at the end") << "KF Shkëndija 79"_ba
                                       << "ND Mura 05"_ba;
    QTest::newRow("Greek and Cyrillic") << "Ολυμπιακός"_ba
                                        << "Црвена звезда"_ba;
    QTest::newRow("one letter") << "A"_ba
                                << "B"_ba;
    QTest::newRow("ambiguous home") << "Club A - B"_ba
                                    << "C"_ba;
    QTest::newRow("ambiguous away") << "A"_ba
                                    << "B - Club C"_ba;
    QTest::newRow("ambiguous both") << "Club A - B"_ba
                                    << "C - D"_ba;
    QTest::newRow("separator-like ending") << "Team -"_ba
                                           << "- Team"_ba;
    // Names of every length to forty bytes with dashes of their own: the separator and those
    // dashes fall at every place of the blocks the dashes are looked for in.
    const QByteArray dashed = "Club-Atletico-Sporting-Real-Union-Deportivo"_ba;
    for (int length = 1; length <= 40; ++length) {
        QByteArray home = dashed.left(length);
        if (home.endsWith('-'))
            home.chop(1);
        QTest::addRow("dashed name of %d bytes", length) << home << "Gomel-2"_ba;
    }
}

void TestWorldfootballReader::clubNames()
{
    QFETCH(QByteArray, home);
    QFETCH(QByteArray, away);

    // Given a tie between these clubs (stated winner: the away club)
    const QByteArray text = "1st(1st leg) " + home + " - " + away
        + " 0:6 (0:0)\n"
          "2nd (2nd leg) "
        + away + " - " + home
        + " 4:0 (0:0)\n"
          "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: "
        + away + "\n";
    const TieSet set = parse(text);

    // Then the names are read exactly, using the second leg where one line is ambiguous
    QCOMPARE(describe(set), QStringList());
    QCOMPARE(set.ties.size(), std::size_t(1));
    QCOMPARE(set.clubName(set.ties[0].home), QString::fromUtf8(home));
    QCOMPARE(set.clubName(set.ties[0].away), QString::fromUtf8(away));
    QCOMPARE(set.ties[0].statedWinner, set.ties[0].away);
}

void TestWorldfootballReader::secondLegSeparators_data()
{
    QTest::addColumn<QByteArray>("firstLegClubs");
    QTest::addColumn<QByteArray>("secondLegClubs");
    QTest::addColumn<QString>("home"); // empty: the tie is skipped
    QTest::addColumn<QString>("away");
    QTest::addColumn<QStringList>("messages");

    // A second leg naming the first leg's clubs swapped is taken without splitting it (the usual
    // way); any other is split and matched. Both must come to the same clubs and messages.
    const QByteArray clubs = "Víkingur - FK Gomel"_ba;
    const QString home = u"Víkingur"_s, away = u"FK Gomel"_s;
    QTest::newRow("as written") << clubs << "FK Gomel - Víkingur"_ba << home << away << QStringList();
    QTest::newRow("more blanks") << clubs << "FK Gomel   -  Víkingur"_ba << home << away << QStringList();
    QTest::newRow("tabs") << clubs << "FK Gomel\t-\tVíkingur"_ba << home << away << QStringList();
    QTest::newRow("blanks in the first leg") << "Víkingur  -\tFK Gomel"_ba
                                             << "FK Gomel - Víkingur"_ba << home << away << QStringList();
    QTest::newRow("a name's own dash") << "MyPa-47 - FK Gomel"_ba
                                       << "FK Gomel - MyPa-47"_ba << u"MyPa-47"_s << away << QStringList();
    QTest::newRow("one name the end of the other") << "B - A B"_ba
                                                   << "A B - B"_ba << u"B"_s << u"A B"_s << QStringList();
    QTest::newRow("names with a separator") << "Club A - B - C"_ba
                                            << "C - Club A - B"_ba << u"Club A - B"_s << u"C"_s << QStringList();
    QTest::newRow("no blank before the dash")
        << clubs << "FK Gomel- Víkingur"_ba << QString() << QString()
        << QStringList{u"2:15: error: expected the two clubs separated by \" - \", such as \"Víkingur - FK Gomel\", "
                       "found \"FK Gomel- Víkingur\"; the tie was skipped"_s};
    QTest::newRow("two dashes") << clubs << "FK Gomel - - Víkingur"_ba << QString() << QString()
                                << QStringList{u"2:15: error: second leg names FK Gomel - - Víkingur, but the first "
                                               "leg was Víkingur - FK Gomel; the tie was skipped"_s};
    QTest::newRow("another club") << clubs << "FK Gomell - Víkingur"_ba << QString() << QString()
                                  << QStringList{u"2:15: error: second leg names FK Gomell - Víkingur, but the first "
                                                 "leg was Víkingur - FK Gomel; the tie was skipped"_s};
    QTest::newRow("not swapped") << clubs << clubs << QString() << QString()
                                 << QStringList{u"2:15: error: second leg names Víkingur - FK Gomel, but the first "
                                                "leg was Víkingur - FK Gomel; the tie was skipped"_s};
}

void TestWorldfootballReader::secondLegSeparators()
{
    QFETCH(QByteArray, firstLegClubs);
    QFETCH(QByteArray, secondLegClubs);
    QFETCH(QString, home);
    QFETCH(QString, away);
    QFETCH(QStringList, messages);

    // Given a tie whose second leg writes the clubs this way, and a tie written as usual after it
    const TieSet set = parse("1st(1st leg) " + firstLegClubs + " 0:6 (0:0)\n2nd (2nd leg) " + secondLegClubs
                             + " 4:0 (0:0)\n1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: "
                             + away.toUtf8()
                             + "\n1st(1st leg) A - B 1:0 (0:0)\n2nd (2nd leg) B - A 1:0 (0:0)\n"
                               "1st(1st leg): 04/07/2012 16:30 2nd (2nd leg): 11/07/2012 17:00 Winner: A\n");

    // Then the tie has the first leg's clubs, or the second leg is reported where it starts
    QCOMPARE(describe(set, true), messages);
    QCOMPARE(set.ties.size(), std::size_t(home.isEmpty() ? 1 : 2));
    if (!home.isEmpty()) {
        QCOMPARE(set.clubName(set.ties[0].home), home);
        QCOMPARE(set.clubName(set.ties[0].away), away);
        QCOMPARE(set.ties[0].statedWinner, set.ties[0].away);
        // And the scores' columns count characters: the labels, the clubs and a blank before them
        const TieSource source = set.source(0);
        QCOMPARE(source.leg1ScoreColumn, std::uint32_t(13 + QString::fromUtf8(firstLegClubs).size() + 2));
        QCOMPARE(source.leg2ScoreColumn, std::uint32_t(14 + QString::fromUtf8(secondLegClubs).size() + 2));
    }
}

void TestWorldfootballReader::inconsistentScoresAreKeptAndFlagged_data()
{
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QString>("leg");
    QTest::addColumn<QString>("warning");

    QTest::newRow("aet with one bracketed score")
        << "2:1 (0:0) aet"_ba << u"ExtraTime 0:0 - 2:1 -"_s
        << u"2:39: warning: \"aet\" with only one score in brackets: read it as the half-time score; the score after 90 minutes is not given"_s;
    QTest::newRow("aet without brackets")
        << "2:1 aet"_ba << u"ExtraTime - - 2:1 -"_s
        << u"2:39: warning: \"aet\" without scores in brackets: the half-time score and the score after 90 minutes are not given"_s;
    QTest::newRow("aet with three bracketed scores")
        << "2:1 (0:0, 1:0, 1:1) aet"_ba << u"ExtraTime 0:0 1:0 2:1 -"_s
        << u"2:39: warning: three scores in brackets with \"aet\": expected half time and after 90 minutes; the third was ignored"_s;
    QTest::newRow("pso with one bracketed score")
        << "4:3 (1:1) pso"_ba << u"PenaltiesAfter90 1:1 - - 4:3"_s
        << u"2:39: warning: \"pso\" with 1 score(s) in brackets: expected half time and after 90 minutes (and after extra time, if it was played); the score before the shoot-out is not given"_s;
    QTest::newRow("two brackets without aet")
        << "2:1 (0:0, 1:0)"_ba << u"Played 0:0 2:1 - -"_s
        << u"2:39: warning: 2 scores in brackets but no \"aet\" or \"pso\" after them: read the first as the half-time score and ignored the others"_s;
}

void TestWorldfootballReader::inconsistentScoresAreKeptAndFlagged()
{
    QFETCH(QByteArray, result);
    QFETCH(QString, leg);
    QFETCH(QString, warning);

    const TieSet set = parse(gomelTieWithSecondLeg(result));

    // The tie is loaded, flagged, and the parser's warning is there (the rules may add their own).
    QCOMPARE(describe(set, true), QStringList());
    QCOMPARE(set.ties.size(), std::size_t(1));
    QCOMPARE(legText(set.ties[0].leg2), leg);
    QVERIFY(set.ties[0].flags & InconsistentScore);
    QVERIFY2(describe(set).contains(warning), qPrintable(describe(set).join(u'\n')));
}

void TestWorldfootballReader::claimsTheRealRounds_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(dataDir()).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &file : files) {
        // openfootball's seasons are the other reader's (tst_footballtxtreader).
        if (!file.startsWith(u"openfootball-"_s))
            QTest::newRow(qPrintable(file)) << file;
    }
}

void TestWorldfootballReader::claimsTheRealRounds()
{
    // The loader asks the table with the first bytes it has; every real round is this reader's.
    QFETCH(QString, file);
    const QByteArray head = testfiles::readAll(dataDir() + u'/' + file).left(TextLines::HeadBytes);
    QVERIFY(WorldfootballReader::canRead(head));
    QCOMPARE(QByteArray(formatFor(head).key), "worldfootball"_ba);
    // Even cut after a few bytes of the first label, or behind a byte-order mark and blanks
    QVERIFY(!WorldfootballReader::canRead(head.left(5)));
    QVERIFY(WorldfootballReader::canRead(QByteArray("\xEF\xBB\xBF  \n" + head)));
}

void TestWorldfootballReader::bytesThatAreNobodys_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("diagnostics");
    const QString unrecognised = u"unrecognised line \"%1\": expected a tie's first leg \"1st(1st leg) HOME - AWAY 2:1 "
                                 u"(1:0)\", its second leg \"2nd (2nd leg) AWAY - HOME 1:1 (0:0)\" or its dates "
                                 u"\"1st(1st leg): 03/07/2012 ...\""_s;
    QTest::newRow("prose") << "Round of 16\nfirst legs\n"_ba
                           << QStringList{u"1:1: error: "_s + NoTiesFound,
                                          u"1:1: error: "_s + unrecognised.arg(u"Round of 16"_s),
                                          u"2:1: error: "_s + unrecognised.arg(u"first legs"_s)};
    QTest::newRow("a leg without its label")
        << "  Víkingur - FK Gomel 0:6\n"_ba
        << QStringList{u"1:1: error: "_s + NoTiesFound,
                       u"1:3: error: "_s + unrecognised.arg(u"Víkingur - FK Gomel 0:6"_s)};
}

void TestWorldfootballReader::bytesThatAreNobodys()
{
    // Input no reader claims goes to the first of the table, worldfootball, with today's messages.
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, diagnostics);
    QVERIFY(!WorldfootballReader::canRead(bytes));
    QCOMPARE(QByteArray(formatFor(bytes).key), QByteArray(readerFormats().front().key));
    QCOMPARE(QByteArray(readerFormats().front().key), "worldfootball"_ba);
    QCOMPARE(describe(parse(bytes)), diagnostics);
}

QTEST_GUILESS_MAIN(TestWorldfootballReader)
#include "tst_worldfootballreader.moc"

// The European Cup 1966-67, first round, as a user copying it from worldfootball.net would have it:
// the two legs and the winner, no play-off line. tests/data/ec-1966-67-r1.txt was made from the
// record beside it by scripts/engsoccer-to-worldfootball.py (whose comment gives the command). Two
// ties went to a play-off (Gornik Zabrze - ASK Vorwarts Berlin, Liverpool - Petrolul Ploiesti): the
// file cannot show it, so the stated winner stands with a note there, and nowhere else.
void TestWorldfootballReader::sixtiesRoundAsRecorded_data()
{
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("away");
    QTest::addColumn<QString>("winner");
    QTest::addColumn<DecidedBy>("decidedBy");
    QTest::addColumn<bool>("playedOff");

    TieSet record;
    loader::readFile(dataDir() + u"/engsoccerdata-champs.csv"_s, record);
    int playoffs = 0;
    for (std::size_t i = 0; i < record.ties.size(); ++i) {
        if (record.roundName(i) != u"1966-67 Round1"_s)
            continue;
        const Tie &tie = record.ties[i];
        const QString home = record.clubName(tie.home), away = record.clubName(tie.away);
        const bool playedOff = record.playoff(i) != nullptr;
        playoffs += playedOff ? 1 : 0;
        QTest::newRow(qPrintable(home + u" - "_s + away))
            << home << away << record.clubName(tie.winnerClub()) << tie.decidedBy << playedOff;
    }
    QCOMPARE(playoffs, 2);
}

void TestWorldfootballReader::sixtiesRoundAsRecorded()
{
    QFETCH(QString, home);
    QFETCH(QString, away);
    QFETCH(QString, winner);
    QFETCH(DecidedBy, decidedBy);
    QFETCH(bool, playedOff);

    TieSet set;
    loader::readFile(dataDir() + u"/ec-1966-67-r1.txt"_s, set);
    QCOMPARE(set.ties.size(), std::size_t(14));
    const auto it = std::find_if(set.ties.begin(), set.ties.end(), [&](const Tie &t) {
        return set.clubName(t.home) == home && set.clubName(t.away) == away;
    });
    QVERIFY(it != set.ties.end());
    const Tie &tie = *it;
    QCOMPARE(set.clubName(tie.winnerClub()), winner);
    QCOMPARE(tie.decidedBy, decidedBy);
    QCOMPARE(tie.flags, std::uint8_t(0)); // nothing red

    QStringList said; // everything said about the tie's three lines
    for (const Diagnostic &d : set.diagnostics) {
        if (d.line >= tie.line && d.line < tie.line + 3)
            said << u"%1:%2 %3"_s.arg(d.line).arg(d.severity == Severity::Note ? u"note"_s : u"problem"_s, d.message);
    }
    const QStringList expected = playedOff
        ? QStringList{u"%1:note level after two legs: decided by a play-off or a coin toss that this file does not show"_s
                          .arg(tie.line)}
        : QStringList{};
    QCOMPARE(said, expected);
    QCOMPARE(set.files.front().warningCount + set.files.front().errorCount, 0);
}
