// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the real rounds in tests/data and checks every tie's aggregate, winner and how it was decided.
#include "loader.h"
#include "rules.h"

#include <QFileInfo>
#include <QTest>
#include <map>

using namespace tb;
using namespace Qt::StringLiterals;

namespace {

// Worked out by hand from the files: the aggregate is the first leg's home club first, with
// extra time and without shoot-out goals.
struct Expected
{
    const char16_t *home;
    const char16_t *away;
    const char16_t *aggregate;
    const char16_t *decidedBy;
    const char16_t *winner;
};

// Europa League 2012-13, first qualifying round (second legs 10/12 July 2012: away goals, extra
// time's included). Six ties on away goals, St Patrick's Athletic's after extra time.
const Expected Europa2012[] = {
    {u"Víkingur", u"FK Gomel", u"0:10", u"aggregate", u"FK Gomel"},
    {u"KF Shkëndija 79", u"Portadown FC", u"1:2", u"aggregate", u"Portadown FC"},
    {u"Khazar Lankaran", u"JK Nõmme Kalju", u"4:2", u"aggregate", u"Khazar Lankaran"},
    {u"JK Narva Trans", u"Inter Baku", u"0:7", u"aggregate", u"Inter Baku"},
    {u"FK Renova", u"AC Libertas", u"8:0", u"aggregate", u"FK Renova"},
    {u"FK Jagodina", u"FK Ordabasy", u"0:1", u"aggregate", u"FK Ordabasy"},
    {u"Kuopion PS", u"Llanelli AFC", u"3:2", u"aggregate", u"Kuopion PS"},
    {u"FC Levadia", u"FK Šiauliai", u"2:2", u"away_goals", u"FC Levadia"}, // 1 away goal to 0
    {u"FK Baku", u"ND Mura 05", u"0:2", u"aggregate", u"ND Mura 05"},
    {u"IF Elfsborg", u"Floriana FC", u"12:0", u"aggregate", u"IF Elfsborg"},
    {u"FK Rudar Pljevlja", u"Shirak FC", u"1:2", u"aggregate", u"Shirak FC"},
    {u"Pyunik FC", u"FK Zeta", u"2:4", u"aggregate", u"FK Zeta"},
    {u"JJK Jyväskylä", u"Stabæk IF", u"4:3", u"aggregate", u"JJK Jyväskylä"},
    {u"FC Differdange 03", u"NSÍ Runavík", u"6:0", u"aggregate", u"FC Differdange 03"},
    {u"Dacia Chişinău", u"NK Celje", u"2:0", u"aggregate", u"Dacia Chişinău"},
    {u"FK Sūduva", u"FC Daugava", u"3:3", u"away_goals", u"FK Sūduva"}, // 3 away goals to 1
    {u"KF Tiranë", u"CS Grevenmacher", u"2:0", u"aggregate", u"KF Tiranë"},
    {u"Torpedo Kutaisi", u"FK Aktobe", u"1:2", u"aggregate", u"FK Aktobe"},
    {u"Birkirkara FC", u"Metalurg Skopje", u"2:2", u"away_goals", u"Metalurg Skopje"}, // 2 away goals to 0
    {u"FC Santa Coloma", u"NK Osijek", u"1:4", u"aggregate", u"NK Osijek"},
    {u"FK Sarajevo", u"Hibernians FC", u"9:6", u"aggregate", u"FK Sarajevo"},
    {u"FC Twente", u"UE Santa Coloma", u"9:0", u"aggregate", u"FC Twente"},
    {u"Lech Poznań", u"Zhetysu Taldykorgan", u"3:1", u"aggregate", u"Lech Poznań"},
    {u"Olimpija Ljubljana", u"Jeunesse Esch", u"6:0", u"aggregate", u"Olimpija Ljubljana"},
    {u"EB/Streymur", u"Gandzasar Kapan", u"3:3", u"away_goals", u"Gandzasar Kapan"}, // 1 away goal to 0
    {u"MTK Budapest", u"FK Senica", u"2:3", u"aggregate", u"FK Senica"},
    {u"Cefn Druids", u"MyPa-47", u"0:5", u"aggregate", u"MyPa-47"},
    {u"Flamurtari Vlorë", u"Budapest Honvéd", u"0:3", u"aggregate", u"Budapest Honvéd"},
    {u"KF Teuta Durrës", u"Metalurgi Rustavi", u"1:9", u"aggregate", u"Metalurgi Rustavi"},
    {u"SP La Fiorita", u"FK Liepājas Metalurgs", u"0:6", u"aggregate", u"FK Liepājas Metalurgs"},
    {u"Bohemian FC", u"Þór Akureyri", u"1:5", u"aggregate", u"Þór Akureyri"},
    {u"Cliftonville FC", u"Kalmar FF", u"1:4", u"aggregate", u"Kalmar FF"},
    // 1:1 after 90 minutes with no away goals either side; 2:2 after extra time, St Pat's scoring in Iceland.
    {u"St Patrick's Athletic", u"ÍBV Vestmannaeyjar", u"2:2", u"away_goals_extra_time", u"St Patrick's Athletic"},
    {u"Bangor City", u"FC Zimbru", u"1:2", u"aggregate", u"FC Zimbru"},
    {u"Crusaders FC", u"Rosenborg BK", u"0:4", u"aggregate", u"Rosenborg BK"},
    {u"Borac Banja Luka", u"FK Čelik Nikšić", u"3:3", u"away_goals", u"FK Čelik Nikšić"}, // 2 away goals to 1
    {u"FH Hafnarfjörður", u"USV Eschen/Mauren", u"3:1", u"aggregate", u"FH Hafnarfjörður"},
};

// Champions League 2014-15, round of 16 (away goals).
const Expected Cl2015[] = {
    // 1:1 in Paris, 2:2 after extra time in London: PSG's second away goal came in extra time.
    {u"Paris Saint-Germain", u"Chelsea FC", u"3:3", u"away_goals_extra_time", u"Paris Saint-Germain"},
    {u"Shakhtar Donetsk", u"Bayern München", u"0:7", u"aggregate", u"Bayern München"},
    {u"FC Schalke 04", u"Real Madrid", u"4:5", u"aggregate", u"Real Madrid"},
    {u"FC Basel 1893", u"FC Porto", u"1:5", u"aggregate", u"FC Porto"},
    {u"Manchester City", u"FC Barcelona", u"1:3", u"aggregate", u"FC Barcelona"},
    {u"Juventus", u"Borussia Dortmund", u"5:1", u"aggregate", u"Juventus"},
    // 1:0 each at home, no away goals even after extra time: 3:2 on penalties.
    {u"Bayer Leverkusen", u"Atlético Madrid", u"1:1", u"penalties", u"Atlético Madrid"},
    {u"Arsenal FC", u"AS Monaco", u"3:3", u"away_goals", u"AS Monaco"}, // 3 away goals to 2
};

// Champions League 2024-25, round of 16 (no away goals).
const Expected Cl2025[] = {
    {u"Club Brugge KV", u"Aston Villa FC", u"1:6", u"aggregate", u"Aston Villa FC"},
    // 2:2 after 120 minutes; Atlético's away goal no longer counts; Real won the shoot-out 4:2.
    {u"Real Madrid CF", u"Club Atlético de Madrid", u"2:2", u"penalties", u"Real Madrid CF"},
    {u"PSV", u"Arsenal FC", u"3:9", u"aggregate", u"Arsenal FC"},
    {u"Borussia Dortmund", u"Lille OSC", u"3:2", u"aggregate", u"Borussia Dortmund"},
    {u"Feyenoord Rotterdam", u"FC Internazionale Milano", u"1:4", u"aggregate", u"FC Internazionale Milano"},
    // 1:1 after 120 minutes; PSG won the shoot-out at Anfield 4:1.
    {u"Paris Saint-Germain FC", u"Liverpool FC", u"1:1", u"penalties", u"Paris Saint-Germain FC"},
    {u"FC Bayern München", u"Bayer 04 Leverkusen", u"5:0", u"aggregate", u"FC Bayern München"},
    {u"Sport Lisboa e Benfica", u"FC Barcelona", u"1:4", u"aggregate", u"FC Barcelona"},
};

// Europa League 2024-25, third qualifying round (no away goals).
const Expected Elq2025[] = {
    {u"FK Panevėžys", u"Maccabi Tel Aviv", u"1:5", u"aggregate", u"Maccabi Tel Aviv"},
    {u"CS Petrocub", u"The New Saints", u"1:0", u"aggregate", u"CS Petrocub"},
    // 3:3 after 90 minutes (1 away goal each), 3:4 after extra time.
    {u"KÍ Klaksvík", u"Borac Banja Luka", u"3:4", u"extra_time", u"Borac Banja Luka"},
    {u"Molde FK", u"Cercle Brugge", u"3:1", u"aggregate", u"Molde FK"},
    {u"Trabzonspor", u"Rapid Wien", u"0:3", u"aggregate", u"Rapid Wien"},
    {u"UE Santa Coloma", u"FK RFS", u"0:9", u"aggregate", u"FK RFS"},
    // 2:2 after 90 minutes: Partizan's two goals in Lugano would once have put them through.
    {u"Partizan", u"FC Lugano", u"2:3", u"extra_time", u"FC Lugano"},
    // 1:1 after 120 minutes; Ajax won the shoot-out 13:12.
    {u"Panathinaikos", u"AFC Ajax", u"1:1", u"penalties", u"AFC Ajax"},
    {u"HNK Rijeka", u"IF Elfsborg", u"1:3", u"aggregate", u"IF Elfsborg"},
    {u"Kryvbas Kryvyi Rih", u"Viktoria Plzeň", u"1:3", u"aggregate", u"Viktoria Plzeň"},
    // 2:2 after 90 minutes: Celje's away goal would once have put them through.
    {u"NK Celje", u"Shamrock Rovers", u"2:3", u"extra_time", u"Shamrock Rovers"},
    {u"Dinamo Minsk", u"Lincoln Red Imps", u"3:2", u"aggregate", u"Dinamo Minsk"},
    {u"Sporting Braga", u"Servette FC", u"2:1", u"aggregate", u"Sporting Braga"},
};

// Champions League 2014-15, third qualifying round: Legia won 4:1 and 2:0, but UEFA awarded the
// second leg 3:0 to Celtic (Legia had fielded a suspended player). The awarded score counts:
// 4:4 on aggregate, Celtic through on their goal in Warsaw, decided at the table.
const Expected Cl2015Q3[] = {
    {u"Legia Warszawa", u"Celtic FC", u"4:4", u"awarded", u"Celtic FC"},
};

struct Round
{
    const char *file;
    const Expected *ties;
    int count;
};

const Round Rounds[] = {
    {"europa-league-2012-13-q1.txt", Europa2012, int(std::size(Europa2012))},
    {"cl-2014-15-r16.txt", Cl2015, int(std::size(Cl2015))},
    {"cl-2024-25-r16.txt", Cl2025, int(std::size(Cl2025))},
    {"elq-2024-25-q3.txt", Elq2025, int(std::size(Elq2025))},
    {"cl-2014-15-q3-awarded.txt", Cl2015Q3, int(std::size(Cl2015Q3))},
};

QString dataPath(const char *file)
{
    const QString dir = qEnvironmentVariable("TIEBROWSER_DATA");
    if (!dir.isEmpty())
        return dir + u'/' + QString::fromLatin1(file);
    return QFINDTESTDATA(u"data/"_s + QString::fromLatin1(file));
}

QString aggregateText(const Tie &tie)
{
    const Aggregate a = rules::aggregate(tie);
    return QString::number(a.home) + u':' + QString::number(a.away);
}

} // namespace

class TestRealRounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void round_data();
    void round();
    void tie_data();
    void tie();
    void sampleHasSixAwayGoalsTies();

private:
    std::map<QString, TieSet> m_sets;
};

void TestRealRounds::initTestCase()
{
    for (const Round &round : Rounds) {
        TieSet set;
        const ReadResult result = loader::readFile(dataPath(round.file), set);
        QVERIFY2(result.readable, round.file);
        m_sets.emplace(QString::fromLatin1(round.file), std::move(set));
    }
}

void TestRealRounds::round_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("ties");
    for (const Round &round : Rounds)
        QTest::newRow(round.file) << QString::fromLatin1(round.file) << round.count;
}

void TestRealRounds::round()
{
    QFETCH(QString, file);
    const TieSet &set = m_sets.at(file);
    QTEST(int(set.ties.size()), "ties");
    QCOMPARE(set.errorCount(), 0);

    // No problem at all: every stated winner agrees with the rules, no score is inconsistent.
    QStringList problems;
    for (const Diagnostic &d : set.diagnostics)
        problems << QString::number(d.line) + u": " + d.message;
    QCOMPARE(problems, QStringList());
    for (const Tie &tie : set.ties)
        QCOMPARE(int(tie.flags), 0);
}

void TestRealRounds::tie_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("away");
    QTest::addColumn<QString>("aggregate");
    QTest::addColumn<QString>("decidedBy");
    QTest::addColumn<QString>("winner");
    for (const Round &round : Rounds) {
        for (int i = 0; i < round.count; ++i) {
            const Expected &e = round.ties[i];
            QTest::addRow("%s: %s", round.file, qPrintable(QString::fromUtf16(e.home)))
                << QString::fromLatin1(round.file) << i << QString::fromUtf16(e.home) << QString::fromUtf16(e.away)
                << QString::fromUtf16(e.aggregate) << QString::fromUtf16(e.decidedBy) << QString::fromUtf16(e.winner);
        }
    }
}

void TestRealRounds::tie()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const TieSet &set = m_sets.at(file);
    QVERIFY(std::size_t(index) < set.ties.size());
    const Tie &tie = set.ties[std::size_t(index)];

    QTEST(set.clubName(tie.home), "home");
    QTEST(set.clubName(tie.away), "away");
    QCOMPARE(tie.line, std::uint32_t(3 * index + 1)); // three lines a tie, no blank lines
    QTEST(aggregateText(tie), "aggregate");
    QTEST(rules::decidedByKey(tie.decidedBy), "decidedBy");
    QTEST(set.clubName(tie.winnerClub()), "winner");
    QTEST(set.clubName(tie.statedWinner), "winner"); // the file agrees
}

void TestRealRounds::sampleHasSixAwayGoalsTies()
{
    // FORMAT.md: six of the sample's 37 ties went through on away goals, one after extra time.
    const TieSet &set = m_sets.at(u"europa-league-2012-13-q1.txt"_s);
    int awayGoals = 0;
    int afterExtraTime = 0;
    for (const Tie &tie : set.ties) {
        awayGoals += tie.decidedBy == DecidedBy::AwayGoals || tie.decidedBy == DecidedBy::AwayGoalsExtraTime;
        afterExtraTime += tie.decidedBy == DecidedBy::AwayGoalsExtraTime;
    }
    QCOMPARE(awayGoals, 6);
    QCOMPARE(afterExtraTime, 1);
}

QTEST_GUILESS_MAIN(TestRealRounds)
#include "tst_realrounds.moc"
