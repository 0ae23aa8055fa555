// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for FilterBar: what typing and picking turn into, the active sign, Esc and clear all.
#include "filterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace tb {

class TestFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsEmpty();
    void typingSetsClubText();
    void escapeClearsClubText();
    void dateFieldsAreOffUntilTicked();
    void dateSpanMovesOnlyUntickedFields();
    void decidedByOffersEveryWay();
    void fileChoiceOnlyWithSeveralFiles();
    void roundChoiceOnlyWithRounds();
    void clearAllResetsEverything();
    void setQueryRoundTrips_data();
    void setQueryRoundTrips();
    void findFocusesTheClubField();

private:
    template<typename T>
    T *part(const char *name) const
    {
        return m_bar->findChild<T *>(QString::fromLatin1(name));
    }
    bool signShown() const { return !part<QLabel>("filterActiveSign")->isHidden(); }

    std::unique_ptr<FilterBar> m_bar;
    std::unique_ptr<QSignalSpy> m_spy;
};

void TestFilterBar::init()
{
    m_bar = std::make_unique<FilterBar>();
    m_spy = std::make_unique<QSignalSpy>(m_bar.get(), &FilterBar::queryChanged);
}

void TestFilterBar::cleanup()
{
    m_spy.reset();
    m_bar.reset();
}

void TestFilterBar::startsEmpty()
{
    QVERIFY(m_bar->query().isEmpty());
    QVERIFY(!m_bar->isActive());
    QVERIFY(!signShown());
    QVERIFY(!part<QToolButton>("clearFilters")->isEnabled());
    QVERIFY(!part<QDateEdit>("fromDate")->isEnabled());
    QVERIFY(!part<QDateEdit>("toDate")->isEnabled());
}

void TestFilterBar::typingSetsClubText()
{
    QTest::keyClicks(m_bar->clubEdit(), u"suduva"_s);

    QCOMPARE(m_spy->count(), 6); // one per keystroke: the table follows the typing
    const auto last = m_spy->last().front().value<TieQuery>();
    QCOMPARE(last.clubText, u"suduva"_s);
    QCOMPARE(m_bar->query().clubText, u"suduva"_s);
    QVERIFY(m_bar->isActive());
    QVERIFY(signShown());
    QVERIFY(part<QToolButton>("clearFilters")->isEnabled());
}

void TestFilterBar::escapeClearsClubText()
{
    QTest::keyClicks(m_bar->clubEdit(), u"celik"_s);
    m_spy->clear();

    QTest::keyClick(m_bar->clubEdit(), Qt::Key_Escape);

    QVERIFY(m_bar->clubEdit()->text().isEmpty());
    QCOMPARE(m_spy->count(), 1);
    QVERIFY(m_spy->last().front().value<TieQuery>().isEmpty());
    QVERIFY(!signShown());
}

void TestFilterBar::dateFieldsAreOffUntilTicked()
{
    auto *fromCheck = part<QCheckBox>("fromCheck");
    auto *from = part<QDateEdit>("fromDate");
    auto *toCheck = part<QCheckBox>("toCheck");
    auto *to = part<QDateEdit>("toDate");
    from->setDate(QDate(2012, 7, 5));
    to->setDate(QDate(2012, 7, 10));
    QCOMPARE(m_spy->count(), 0); // a date that is not switched on filters nothing

    fromCheck->setChecked(true);
    QVERIFY(from->isEnabled());
    QCOMPARE(m_bar->query().from, QDate(2012, 7, 5));
    QVERIFY(!m_bar->query().to.isValid());

    toCheck->setChecked(true);
    to->setDate(QDate(2012, 7, 11));
    QCOMPARE(m_bar->query().to, QDate(2012, 7, 11));
    QCOMPARE(m_spy->count(), 3);
    QVERIFY(signShown());

    fromCheck->setChecked(false);
    toCheck->setChecked(false);
    QVERIFY(m_bar->query().isEmpty());
    QVERIFY(!signShown());
}

void TestFilterBar::dateSpanMovesOnlyUntickedFields()
{
    part<QCheckBox>("toCheck")->setChecked(true);
    part<QDateEdit>("toDate")->setDate(QDate(2020, 1, 1));
    m_spy->clear();

    m_bar->setDateSpan(QDate(2012, 7, 3), QDate(2012, 7, 19));

    QCOMPARE(part<QDateEdit>("fromDate")->date(), QDate(2012, 7, 3));
    QCOMPARE(part<QDateEdit>("toDate")->date(), QDate(2020, 1, 1));
    QCOMPARE(m_spy->count(), 0);
}

void TestFilterBar::decidedByOffersEveryWay()
{
    auto *combo = part<QComboBox>("decidedByFilter");
    QCOMPARE(combo->count(), DecidedByCount + 1);
    QCOMPARE(combo->itemData(0).toInt(), -1);

    combo->setCurrentIndex(combo->findData(int(DecidedBy::Penalties)));

    QCOMPARE(m_bar->query().decidedBy, int(DecidedBy::Penalties));
    QCOMPARE(m_spy->count(), 1);
    QVERIFY(!combo->currentText().isEmpty());
}

void TestFilterBar::fileChoiceOnlyWithSeveralFiles()
{
    auto *combo = part<QComboBox>("fileFilter");
    m_bar->setFiles({u"a.txt"_s});
    QVERIFY(combo->isHidden());

    m_bar->setFiles({u"a.txt"_s, u"b.txt"_s});
    QVERIFY(!combo->isHidden());
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(combo->findText(u"b.txt"_s));
    QCOMPARE(m_bar->query().file, 1);

    // When the files change and the chosen one is gone, the choice goes back to all files
    m_spy->clear();
    m_bar->setFiles({u"a.txt"_s});
    QCOMPARE(m_bar->query().file, -1);
    QVERIFY(combo->isHidden());
    QCOMPARE(m_spy->count(), 1);
}

void TestFilterBar::roundChoiceOnlyWithRounds()
{
    // No file names rounds (worldfootball.net tables): no choice to make.
    auto *combo = part<QComboBox>("roundFilter");
    m_bar->setRounds({});
    QVERIFY(combo->isHidden());

    m_bar->setRounds({u"Playoffs"_s, u"Finals, Round of 16"_s});
    QVERIFY(!combo->isHidden());
    QCOMPARE(combo->count(), 3);
    m_spy->clear();
    combo->setCurrentIndex(combo->findText(u"Finals, Round of 16"_s));
    QCOMPARE(m_bar->query().round, u"Finals, Round of 16"_s);
    QCOMPARE(m_spy->count(), 1);
    QVERIFY(signShown());

    // The rounds change and the chosen one stays when it is still there, resets when it is gone.
    m_bar->setRounds({u"Finals, Round of 16"_s, u"Finals, Final"_s});
    QCOMPARE(m_bar->query().round, u"Finals, Round of 16"_s);
    m_bar->setRounds({});
    QVERIFY(m_bar->query().round.isEmpty());
    QVERIFY(combo->isHidden());
}

void TestFilterBar::clearAllResetsEverything()
{
    m_bar->setFiles({u"a.txt"_s, u"b.txt"_s});
    QTest::keyClicks(m_bar->clubEdit(), u"ibv"_s);
    part<QCheckBox>("fromCheck")->setChecked(true);
    part<QComboBox>("decidedByFilter")->setCurrentIndex(2);
    part<QComboBox>("fileFilter")->setCurrentIndex(1);
    m_spy->clear();

    QTest::mouseClick(part<QToolButton>("clearFilters"), Qt::LeftButton);

    QCOMPARE(m_spy->count(), 1); // one change, not one per field
    QVERIFY(m_bar->query().isEmpty());
    QVERIFY(m_bar->clubEdit()->text().isEmpty());
    QVERIFY(!part<QDateEdit>("fromDate")->isEnabled());
    QVERIFY(!signShown());
}

void TestFilterBar::setQueryRoundTrips_data()
{
    QTest::addColumn<QString>("club");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("decidedBy");
    QTest::addColumn<int>("file");
    QTest::newRow("club") << u"thor"_s << QDate() << QDate() << -1 << -1;
    QTest::newRow("from") << QString() << QDate(2012, 7, 1) << QDate() << -1 << -1;
    QTest::newRow("range") << QString() << QDate(2012, 7, 1) << QDate(2012, 7, 31) << -1 << -1;
    QTest::newRow("decided") << QString() << QDate() << QDate() << int(DecidedBy::AwayGoals) << -1;
    QTest::newRow("file") << QString() << QDate() << QDate() << -1 << 1;
    QTest::newRow("all") << u"FK"_s << QDate(2012, 7, 1) << QDate(2012, 7, 31) << int(DecidedBy::Aggregate) << 0;
}

void TestFilterBar::setQueryRoundTrips()
{
    QFETCH(QString, club);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, decidedBy);
    QFETCH(int, file);
    m_bar->setFiles({u"a.txt"_s, u"b.txt"_s});
    TieQuery query;
    query.clubText = club;
    query.from = from;
    query.to = to;
    query.decidedBy = decidedBy;
    query.file = file;

    m_bar->setQuery(query);

    const TieQuery shown = m_bar->query();
    QCOMPARE(shown.clubText, club);
    QCOMPARE(shown.from, from);
    QCOMPARE(shown.to, to);
    QCOMPARE(shown.decidedBy, decidedBy);
    QCOMPARE(shown.file, file);
    QCOMPARE(m_spy->count(), 1);
    QVERIFY(signShown());
}

void TestFilterBar::findFocusesTheClubField()
{
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowActive(m_bar.get()));
    QTest::keyClicks(m_bar->clubEdit(), u"gomel"_s);
    part<QComboBox>("decidedByFilter")->setFocus();

    m_bar->focusClubFilter();

    QVERIFY(m_bar->clubEdit()->hasFocus());
    QCOMPARE(m_bar->clubEdit()->selectedText(), u"gomel"_s); // typing replaces it
}

} // namespace tb

QTEST_MAIN(tb::TestFilterBar)
#include "tst_filterbar.moc"
