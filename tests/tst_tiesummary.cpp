// SPDX-License-Identifier: GPL-3.0-or-later
// The summary of many ties: its figures read back on the real rounds against --export-table's
// columns, the second-leg host counted by hand on the sample, and what is left out of each figure.
#include "chartfixtures.h"
#include "exportfixtures.h"
#include "tableexport.h"
#include "tiesummary.h"

#include <QElapsedTimer>
#include <QTest>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace tb;

class TestTieSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readBack_data();
    void readBack();
    void secondLegHostByHand();
    void sampleFigures();
    void rowsChosen();
    void withoutResult();
    void empty();
    void million();
};

namespace {

using charttest::allRows;

// The same figures as TieSummary, counted from --export-table's columns (tableexport's row
// values): decided_by as written, the winner's name against the home and away columns, the
// margin from the aggregate column where both legs' columns hold a score.
TieSummary fromTable(const TieSet &set)
{
    const QStringList names = tableexport::columnNames();
    const auto column = [&names](const char *name) { return names.indexOf(QLatin1StringView(name)); };
    const qsizetype home = column("home"), away = column("away"), leg1 = column("leg1"), leg2 = column("leg2"),
                    aggregate = column("aggregate"), decidedBy = column("decided_by"), winner = column("winner");
    TieSummary s;
    for (const Tie &tie : set.ties) {
        const QStringList row = tableexport::rowValues(set, tie);
        ++s.ties;
        for (int by = 0; by < DecidedByCount; ++by) {
            if (row[decidedBy] == QString::fromLatin1(tableexport::decidedByName(DecidedBy(by))))
                ++s.decidedBy[std::size_t(by)];
        }
        if (!row[winner].isEmpty() && row[winner] == row[away])
            ++s.secondLegHostThrough;
        else if (!row[winner].isEmpty() && row[winner] == row[home])
            ++s.firstLegHostThrough;
        if (row[leg1].isEmpty() || row[leg2].isEmpty()) {
            ++s.withoutResult;
        } else {
            const QStringList goals = row[aggregate].split(u':');
            const int margin = std::abs(goals.value(0).toInt() - goals.value(1).toInt());
            ++s.margins[std::size_t(std::min(margin, TieSummary::WideMargin))];
        }
    }
    s.decided = s.secondLegHostThrough + s.firstLegHostThrough;
    return s;
}

} // namespace

void TestTieSummary::readBack_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"europa-league-2012-13-q1.txt", "cl-2014-15-q3-awarded.txt", "cl-2014-15-r16.txt",
                             "cl-2018-19-r16.txt", "cl-2018-19-qf.txt", "cl-2018-19-sf.txt", "cl-2024-25-r16.txt",
                             "elq-2024-25-q3.txt", "openfootball-cl-2018-19.txt", "openfootball-cl-2024-25.txt"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestTieSummary::readBack()
{
    // Given a real round
    QFETCH(QString, file);
    const auto set = charttest::loadRound(file);
    QVERIFY(!set->ties.empty());
    // When all of its ties are summed up
    const TieSummary summary = TieSummary::of(*set, allRows(*set));
    // Then every figure is what the exported table says, column by column
    const TieSummary table = fromTable(*set);
    QCOMPARE(summary.ties, int(set->ties.size()));
    for (int by = 0; by < DecidedByCount; ++by)
        QCOMPARE(summary.count(DecidedBy(by)), table.count(DecidedBy(by)));
    QCOMPARE(summary.secondLegHostThrough, table.secondLegHostThrough);
    QCOMPARE(summary.firstLegHostThrough, table.firstLegHostThrough);
    QCOMPARE(summary.decided, table.decided);
    for (int bucket = 0; bucket < TieSummary::MarginBuckets; ++bucket)
        QCOMPARE(summary.margins[std::size_t(bucket)], table.margins[std::size_t(bucket)]);
    QCOMPARE(summary.withoutResult, table.withoutResult);
    QVERIFY(summary == table);
    // and the figures add up: every tie is decided somehow, the decided ones went through one way
    QCOMPARE(std::accumulate(summary.decidedBy.begin(), summary.decidedBy.end(), 0), summary.ties);
    QCOMPARE(summary.decided, summary.ties - summary.count(DecidedBy::Undecided));
    QCOMPARE(std::accumulate(summary.margins.begin(), summary.margins.end(), 0), summary.withMargin());
}

void TestTieSummary::secondLegHostByHand()
{
    // Given the sample, 37 ties of three lines each
    const auto set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    QCOMPARE(set->ties.size(), std::size_t(37));
    const TieSummary s = TieSummary::of(*set, allRows(*set));
    // Counted by hand from the file's text, not with the program: for each tie, the name after
    // "Winner:" on its dates line against the club named first on its "2nd (2nd leg)" line (at
    // home in the second leg). 21 ties match, e.g. FK Gomel (line 3), Portadown FC (line 6),
    // Inter Baku (line 12); the other 16 name the club first on the "1st(1st leg)" line, e.g.
    // Khazar Lankaran (line 9), FK Renova (line 15) and St Patrick's Athletic (line 99, through
    // on away goals after extra time). All 37 have a winner, so all 37 are decided.
    QCOMPARE(s.decided, 37);
    QCOMPARE(s.secondLegHostThrough, 21);
    QCOMPARE(s.firstLegHostThrough, 16);
    QVERIFY(qFuzzyCompare(s.secondLegHostShare(), 21.0 / 37.0));
    QVERIFY(qFuzzyCompare(s.firstLegHostShare(), 16.0 / 37.0));
}

void TestTieSummary::sampleFigures()
{
    const auto set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    const TieSummary s = TieSummary::of(*set, allRows(*set));
    // Five ties went through on away goals after 90 minutes and one (St Patrick's, 2:2 after
    // extra time) on away goals in extra time: the six that `--check --rules never` leaves level.
    QCOMPARE(s.count(DecidedBy::AwayGoals), 5);
    QCOMPARE(s.count(DecidedBy::AwayGoalsExtraTime), 1);
    QCOMPARE(s.count(DecidedBy::Aggregate), 31);
    QCOMPARE(s.count(DecidedBy::Undecided), 0);
    // Those six are level on aggregate, extra time included; Elfsborg's 12:0 is a margin of 5+
    QCOMPARE(s.margins[0], 6);
    QVERIFY(s.margins[TieSummary::WideMargin] >= 1);
    QCOMPARE(s.withoutResult, 0);
    QCOMPARE(s.withMargin(), 37);
}

void TestTieSummary::rowsChosen()
{
    // Only the rows given count, as often as given; indexes outside the set are skipped
    const auto set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    const int gomel = charttest::findTie(*set, u"Víkingur"_s); // 0:10, FK Gomel (2nd-leg host) through
    const int renova = charttest::findTie(*set, u"FK Renova"_s); // 8:0, FK Renova (1st-leg host) through
    QVERIFY(gomel >= 0 && renova >= 0);
    const std::vector<int> rows{gomel, renova, renova, -1, 37, 1000};
    const TieSummary s = TieSummary::of(*set, rows);
    QCOMPARE(s.ties, 3);
    QCOMPARE(s.count(DecidedBy::Aggregate), 3);
    QCOMPARE(s.secondLegHostThrough, 1);
    QCOMPARE(s.firstLegHostThrough, 2);
    QCOMPARE(s.margins[TieSummary::WideMargin], 3); // 10 and 8 goals
}

void TestTieSummary::withoutResult()
{
    // The hand-made ties of the export tests: away goals after extra time, a shoot-out, a tie
    // not finished (no second leg yet) and a walkover
    const TieSet set = exportfixtures::sampleSet();
    const TieSummary s = TieSummary::of(set, allRows(set));
    QCOMPARE(s.ties, int(set.ties.size()));
    QCOMPARE(s, fromTable(set));
    QCOMPARE(s.count(DecidedBy::Undecided), 1);
    QCOMPARE(s.count(DecidedBy::Awarded), 1);
    QCOMPARE(s.count(DecidedBy::Penalties), 1);
    // The undecided tie counts in no share of who went through; the awarded one does
    QCOMPARE(s.decided, s.ties - 1);
    // Neither the unfinished tie nor the walkover has a score in both legs: no margin for them
    QCOMPARE(s.withoutResult, 2);
    QCOMPARE(s.withMargin(), s.ties - 2);
    // The shoot-out and away goals after extra time are level on aggregate
    QCOMPARE(s.margins[0], 2);
    QVERIFY(qFuzzyCompare(s.marginShare(0), 1.0));
}

void TestTieSummary::empty()
{
    const TieSet set;
    const TieSummary s = TieSummary::of(set, {});
    QCOMPARE(s.ties, 0);
    QCOMPARE(s.decided, 0);
    QCOMPARE(s.share(DecidedBy::Aggregate), 0.0);
    QCOMPARE(s.secondLegHostShare(), 0.0);
    QCOMPARE(s.marginShare(0), 0.0);
    QVERIFY(s == TieSummary());
}

void TestTieSummary::million()
{
    // A million rows over the sample's ties, in an order that jumps about as a sorted table's does
    const auto set = charttest::loadRound(u"europa-league-2012-13-q1.txt"_s);
    std::vector<int> rows(1000000);
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = int((i * 7) % set->ties.size());
    QElapsedTimer timer;
    timer.start();
    const TieSummary s = TieSummary::of(*set, rows);
    const qint64 ms = timer.elapsed();
    QCOMPARE(s.ties, 1000000);
    QCOMPARE(std::accumulate(s.decidedBy.begin(), s.decidedBy.end(), 0), 1000000);
    // One pass without allocating: milliseconds, far inside the chart's 200 ms (a loose bound
    // for sanitizer builds and busy machines; tiebench measures it).
    QVERIFY2(ms < 150, qPrintable(u"%1 ms"_s.arg(ms)));
}

QTEST_GUILESS_MAIN(TestTieSummary)
#include "tst_tiesummary.moc"
