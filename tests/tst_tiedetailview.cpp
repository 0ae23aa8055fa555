// SPDX-License-Identifier: GPL-3.0-or-later
// The detail view: what it says about real ties, about ties that do not add up, and about none.
#include "chartfixtures.h"
#include "tiedetailview.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tb;

namespace {

// The view shares the set it shows; a set on the test's stack is lent to it without ownership.
ShownTies lent(const TieSet &set, int tieIndex)
{
    return {std::shared_ptr<const TieSet>(&set, [](const TieSet *) {}), {}, tieIndex};
}

} // namespace

class TestTieDetailView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void noTie();
    void decision_data();
    void decision();
    void legsSideBySide();
    void awardedLegIsNamed();
    void penaltiesOnlyWhereThereWereSome();
    void playoffBesideTheLegs_data();
    void playoffBesideTheLegs();
    void noPlayoffColumnWithoutOne();
    void winnerMismatchIsMarked();
    void inconsistentScoreIsMarked();
    void notPlayedYet();
    void accessibleNames();
};

void TestTieDetailView::init()
{
    // Dates and times in a known form
    QLocale::setDefault(QLocale::c());
}

void TestTieDetailView::noTie()
{
    TieDetailView view;
    QCOMPARE(view.summaryText(), u"No tie selected"_s);
    const auto set = charttest::loadRound(u"cl-2014-15-r16.txt"_s);
    view.showTies({set, {}, 0});
    QVERIFY(view.summaryText() != u"No tie selected"_s);
    view.showTies({set, {}, -1});
    QCOMPARE(view.summaryText(), u"No tie selected"_s);
    view.showTies({nullptr, {}, 3});
    QCOMPARE(view.summaryText(), u"No tie selected"_s);
    view.showTies({set, {}, int(set->ties.size())}); // out of range is no tie, not a crash
    QCOMPARE(view.summaryText(), u"No tie selected"_s);
}

void TestTieDetailView::decision_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("away goals in extra time")
        << u"cl-2014-15-r16.txt"_s << u"Paris Saint-Germain"_s
        << u"Level 3:3 on aggregate; Paris Saint-Germain through on away goals scored in extra time"_s;
    QTest::newRow("aggregate") << u"cl-2014-15-r16.txt"_s << u"Shakhtar Donetsk"_s
                               << u"Bayern München through, 7:0 on aggregate"_s;
    QTest::newRow("away goals") << u"cl-2014-15-r16.txt"_s << u"Arsenal FC"_s
                                << u"Level 3:3 on aggregate; AS Monaco through on away goals, 3 to 2"_s;
    QTest::newRow("penalties after extra time")
        << u"cl-2014-15-r16.txt"_s << u"Bayer Leverkusen"_s
        << u"Level 1:1 on aggregate after extra time; Atlético Madrid through on penalties, 3:2"_s;
    QTest::newRow("shoot-out 2024-25")
        << u"cl-2024-25-r16.txt"_s << u"Paris Saint-Germain FC"_s
        << u"Level 1:1 on aggregate after extra time; Paris Saint-Germain FC through on penalties, 4:1"_s;
    QTest::newRow("extra time, no away goals from 2021-22")
        << u"elq-2024-25-q3.txt"_s << u"KÍ Klaksvík"_s
        << u"Level 3:3 after 90 minutes; Borac Banja Luka through in extra time, 4:3 on aggregate"_s;
    QTest::newRow("away goals, diacritics")
        << u"europa-league-2012-13-q1.txt"_s << u"Borac Banja Luka"_s << u"FK Čelik Nikšić through on away goals"_s;
    QTest::newRow("awarded second leg")
        << u"cl-2014-15-q3-awarded.txt"_s << u"Legia Warszawa"_s
        << u"Celtic FC through: the second leg awarded 3:0 to Celtic FC, 4:4 on aggregate"_s;
}

void TestTieDetailView::decision()
{
    QFETCH(QString, file);
    QFETCH(QString, home);
    QFETCH(QString, sentence);
    const auto set = charttest::loadRound(file);
    const int index = charttest::findTie(*set, home);
    QVERIFY(index >= 0);
    TieDetailView view;
    view.showTies({set, {}, index});
    const QString text = view.summaryText();
    QVERIFY2(text.contains(sentence), qPrintable(text));
    // Real ties whose stated winner matches the rules carry no warning
    QVERIFY2(!text.contains(u"by the rules"_s), qPrintable(text));
}

void TestTieDetailView::legsSideBySide()
{
    const auto set = charttest::loadRound(u"cl-2014-15-r16.txt"_s);
    TieDetailView view;
    view.showTies({set, {}, charttest::findTie(*set, u"Paris Saint-Germain"_s)});
    const QStringList lines = view.summaryText().split(u'\n');
    // Given PSG - Chelsea 1:1 (0:1) on 17/02/2015 20:45, Chelsea - PSG 2:2 (0:0, 1:1) aet on 11/03/2015 20:45
    QCOMPARE(lines.value(0), u"Paris Saint-Germain \u2013 Chelsea FC"_s);
    QVERIFY(lines.contains(u"Aggregate 3:3 (Paris Saint-Germain first)"_s));
    QVERIFY(lines.contains(u"Match: Paris Saint-Germain \u2013 Chelsea FC | Chelsea FC \u2013 Paris Saint-Germain"_s));
    QVERIFY(lines.contains(u"Half time: 0:1 | 0:0"_s));
    QVERIFY(lines.contains(u"Full time: 1:1 | 1:1"_s));
    QVERIFY(lines.contains(u"After extra time: \u2013 | 2:2"_s));
    const QString dates = lines.filter(u"Date: "_s).value(0);
    QVERIFY2(dates.contains(u"20:45"_s) && dates.contains(u"2015"_s), qPrintable(dates));
    QVERIFY2(dates.contains(u"17"_s) && dates.contains(u"11"_s), qPrintable(dates));
    QVERIFY(lines.constLast().contains(u"cl-2014-15-r16.txt, line 1"_s));
    // No shoot-out in this tie, so no penalties row
    QVERIFY(lines.filter(u"Penalties"_s).isEmpty());
}

void TestTieDetailView::awardedLegIsNamed()
{
    // Legia - Celtic 2014: 4:1 in Warsaw, the second leg awarded 3:0 to Celtic.
    const auto set = charttest::loadRound(u"cl-2014-15-q3-awarded.txt"_s);
    TieDetailView view;
    view.showTies({set, {}, 0});
    const QStringList lines = view.summaryText().split(u'\n');
    QVERIFY2(lines.contains(u"Full time: 4:1 | 3:0 (awarded)"_s), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(u"Aggregate 4:4 (Legia Warszawa first)"_s));
}

void TestTieDetailView::penaltiesOnlyWhereThereWereSome()
{
    const auto set = charttest::loadRound(u"cl-2024-25-r16.txt"_s);
    TieDetailView view;
    view.showTies({set, {}, charttest::findTie(*set, u"Paris Saint-Germain FC"_s)});
    QStringList lines = view.summaryText().split(u'\n');
    QVERIFY(lines.contains(u"Penalties: \u2013 | 1:4"_s));
    QVERIFY(lines.contains(u"After extra time: \u2013 | 0:1"_s));
    // A plain tie next: the extra rows go away again
    view.showTies({set, {}, charttest::findTie(*set, u"Club Brugge KV"_s)});
    lines = view.summaryText().split(u'\n');
    QVERIFY(lines.filter(u"Penalties"_s).isEmpty());
    QVERIFY(lines.filter(u"extra time"_s).isEmpty());
}

void TestTieDetailView::playoffBesideTheLegs_data()
{
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("away");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("expected");
    // engsoccerdata, 1958-59: Atletico Madrid - CDNA Sofia 2-1 (0-0), CDNA - Atletico 1-0 (0-0);
    // play-off Atletico - CDNA 1-1 (1-1), 3-1 after extra time, on 18 Dec 1958.
    QTest::newRow("play-off won in extra time")
        << u"Atletico Madrid"_s << u"CDNA Sofia"_s << 1958
        << QStringList{u"Level 2:2 on aggregate; Atletico Madrid through in a play-off, 3:1 after extra time"_s,
                       u"Match: Atletico Madrid \u2013 CDNA Sofia | CDNA Sofia \u2013 Atletico Madrid"
                       u" | Atletico Madrid \u2013 CDNA Sofia"_s,
                       u"Half time: 0:0 | 0:0 | 1:1"_s, u"Full time: 2:1 | 1:0 | 1:1"_s,
                       u"After extra time: \u2013 | \u2013 | 3:1"_s};
    // 1957-58: Gwardia Warszawa - SC Wismut 3-1 (0-0), Wismut - Gwardia 3-1 (2-0); play-off
    // Wismut - Gwardia 1-1 (0-1) 1-1 after extra time, then a coin toss. The play-off names
    // Wismut, the first leg's away club, first: its column reads from Wismut's side.
    QTest::newRow("coin toss after a drawn play-off")
        << u"Gwardia Warszawa"_s << u"SC Wismut Karl-Marx-Stadt"_s << 1957
        << QStringList{
               u"Level 4:4 on aggregate and 1:1 in the play-off; SC Wismut Karl-Marx-Stadt through on a coin toss"_s,
               u"Match: Gwardia Warszawa \u2013 SC Wismut Karl-Marx-Stadt | SC Wismut Karl-Marx-Stadt"
               u" \u2013 Gwardia Warszawa | SC Wismut Karl-Marx-Stadt \u2013 Gwardia Warszawa"_s,
               u"Half time: 0:0 | 2:0 | 0:1"_s, u"Full time: 3:1 | 3:1 | 1:1"_s,
               u"After extra time: \u2013 | \u2013 | 1:1"_s};
}

void TestTieDetailView::playoffBesideTheLegs()
{
    QFETCH(QString, home);
    QFETCH(QString, away);
    QFETCH(int, year);
    QFETCH(QStringList, expected);
    // Given a real tie with a play-off from the engsoccerdata record
    const auto set = charttest::loadRound(u"engsoccerdata-champs.csv"_s);
    const int index = charttest::findTie(*set, home, away, year);
    QVERIFY(index >= 0);
    QVERIFY(set->playoff(std::size_t(index)));

    // When the view shows it
    TieDetailView view;
    view.showTies({set, {}, index});

    // Then the play-off is a third column beside the legs, with its date
    const QString text = view.summaryText();
    const QStringList lines = text.split(u'\n');
    for (const QString &line : expected)
        QVERIFY2(lines.contains(line), qPrintable(line + u"\n---\n"_s + text));
    const QString dates = lines.filter(u"Date: "_s).value(0);
    QCOMPARE(dates.count(u" | "_s), 2);
    const QDate playoffDay = set->playoff(std::size_t(index))->match.date();
    QVERIFY(playoffDay.isValid());
    QVERIFY2(dates.section(u" | "_s, 2).contains(QLocale().toString(playoffDay, QLocale::ShortFormat)),
             qPrintable(dates));
    // No shoot-out in the 1950s
    QVERIFY(lines.filter(u"Penalties"_s).isEmpty());
}

void TestTieDetailView::noPlayoffColumnWithoutOne()
{
    // Chelsea - Paris Saint-Germain 2014-15 in the same record: two legs, no play-off
    const auto set = charttest::loadRound(u"engsoccerdata-champs.csv"_s);
    TieDetailView view;
    view.showTies({set, {}, charttest::findTie(*set, u"Atletico Madrid"_s, u"CDNA Sofia"_s, 1958)});
    const int modern = charttest::findTie(*set, u"Paris Saint-Germain"_s, u"Chelsea"_s, 2015);
    QVERIFY(modern >= 0);
    QVERIFY(!set->playoff(std::size_t(modern)));
    // shown after a tie with one, the column goes away again
    view.showTies({set, {}, modern});
    const QStringList lines = view.summaryText().split(u'\n');
    QVERIFY2(lines.contains(u"Full time: 1:1 | 1:1"_s), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(u"After extra time: \u2013 | 2:2"_s));
    QVERIFY(lines.contains(u"Match: Paris Saint-Germain \u2013 Chelsea | Chelsea \u2013 Paris Saint-Germain"_s));
    const auto headers = view.findChildren<QLabel *>();
    for (const QLabel *label : headers)
        QVERIFY(label->text() != u"Play-off"_s || label->isHidden());
}

void TestTieDetailView::winnerMismatchIsMarked()
{
    // The file says Víkingur went through, but Gomel won 10:0 on aggregate
    TieSet set;
    loader::readBytes("1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n"
                      "2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n"
                      "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: Víkingur\n",
                      u"mismatch.txt"_s, set);
    QCOMPARE(set.ties.size(), std::size_t(1));
    QVERIFY(set.ties[0].flags & WinnerMismatch);
    TieDetailView view;
    view.showTies(lent(set, 0));
    const QString text = view.summaryText();
    QVERIFY2(text.contains(u"The file says Víkingur went through, but by the rules it is FK Gomel."_s),
             qPrintable(text));
    QVERIFY(text.contains(u"FK Gomel through, 10:0 on aggregate"_s));
}

void TestTieDetailView::inconsistentScoreIsMarked()
{
    // A half-time score above the full-time score
    TieSet set;
    loader::readBytes("1st(1st leg) Víkingur - FK Gomel 0:1 (0:2)\n"
                      "2nd (2nd leg) FK Gomel - Víkingur 4:0 (0:0)\n"
                      "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 17:00 Winner: FK Gomel\n",
                      u"inconsistent.txt"_s, set);
    QCOMPARE(set.ties.size(), std::size_t(1));
    QVERIFY(set.ties[0].flags & InconsistentScore);
    TieDetailView view;
    view.showTies(lent(set, 0));
    const QString text = view.summaryText();
    QVERIFY2(text.contains(u"First leg: half-time score 0:2 is above the full-time score 0:1."_s), qPrintable(text));
}

void TestTieDetailView::notPlayedYet()
{
    TieSet set;
    loader::readBytes("1st(1st leg) Víkingur - FK Gomel 0:6 (0:0)\n"
                      "2nd (2nd leg) FK Gomel - Víkingur -:-\n"
                      "1st(1st leg): 03/07/2012 16:30 2nd (2nd leg): 12/07/2012 Winner: \n",
                      u"open.txt"_s, set);
    QCOMPARE(set.ties.size(), std::size_t(1));
    TieDetailView view;
    view.showTies(lent(set, 0));
    const QString text = view.summaryText();
    QVERIFY2(text.contains(u"Not decided: second leg not played yet"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Full time: 0:6 | Not played yet"_s), qPrintable(text));
}

void TestTieDetailView::accessibleNames()
{
    const auto set = charttest::loadRound(u"cl-2014-15-r16.txt"_s);
    TieDetailView view;
    view.showTies({set, {}, 0});
    QVERIFY(!view.accessibleName().isEmpty());
    const auto labels = view.findChildren<QLabel *>();
    QVERIFY(labels.size() > 10);
    for (const QLabel *label : labels)
        QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(label->text()));
}

QTEST_MAIN(TestTieDetailView)
#include "tst_tiedetailview.moc"
