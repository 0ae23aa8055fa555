// SPDX-License-Identifier: GPL-3.0-or-later
// Tests TieFilterModel: filtering by TieQuery, sorting by typed keys, and staying a correct proxy.
#include "modelfixtures.h"
#include "tiefiltermodel.h"
#include "tietablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tb;
using namespace tb::test;

namespace {

// `count` ties of a few clubs with dates, scores and decisions drawn at random, from two files
// (the second from two thirds on); the same ties every time.
std::shared_ptr<TieSet> randomTies(int count)
{
    const QStringList names{u"FK Sūduva"_s,      u"Þór Akureyri"_s, u"FK Čelik Nikšić"_s, u"ÍBV"_s,
                            u"Spartak"_s,        u"Sparta Praha"_s, u"Brøndby IF"_s,      u"Ολυμπιακός"_s,
                            u"Спартак Москва"_s, u"FC Gomel"_s,     u"Górnik Zabrze"_s,   u"Śląsk Wrocław"_s,
                            u"Aalborg BK"_s,     u"KR Reykjavík"_s};
    std::uint64_t state = 42;
    const auto next = [&state](int n) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return int((state >> 33) % std::uint64_t(n));
    };
    const auto randomLeg = [&](QDate day) {
        Leg leg;
        switch (next(8)) {
        case 0: leg = unplayed(); break;
        case 1: leg = extraTime(s(next(4), next(4)), s(next(2), next(2)), s(next(3), next(3))); break;
        case 2: leg = penaltiesAfter90(s(next(6), next(6)), s(next(2), next(2)), s(next(3), next(3))); break;
        default: leg = played(s(next(5), next(5)), s(next(3), next(3))); break;
        }
        return next(10) == 0 ? leg : on(leg, day, next(3) == 0 ? -1 : 14 + next(8), 15 * next(4));
    };
    TieSetBuilder b;
    for (int i = 0; i < count; ++i) {
        if (i == count * 2 / 3)
            b.file(u"/data/later.txt"_s);
        const QDate first = QDate(2010, 1, 1).addDays(next(5000));
        b.add(names[next(int(names.size()))], names[next(int(names.size()))], randomLeg(first),
              randomLeg(first.addDays(7)), Side(next(3)), DecidedBy(next(DecidedByCount)));
    }
    return b.set();
}

} // namespace

class TestTieFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unfiltered();
    void filter_data();
    void filter();
    void typingNarrows();
    void sort_data();
    void sort();
    void sortKeepsPersistentIndexes();
    void sortThenFilter();
    void sourceReset();
    void mapping();
    void rejectsOtherSources();
    void agreesWithStockProxy();
    void manyTies();
    void indexesGiveTheSameRows();
    void realFiles();
    void rounds();

private:
    QStringList homeClubs() const; // visible rows, first leg's home club each

    std::shared_ptr<TieSet> m_set;
    TieTableModel *m_model = nullptr;
    TieFilterModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestTieFilterModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    TieSetBuilder b;
    // 0..5 in file order; the comments give what the filters and sorts below rely on.
    b.add(u"Víkingur"_s, u"FK Gomel"_s, on(played(s(0, 6)), QDate(2012, 7, 3), 16, 30),
          on(played(s(4, 0)), QDate(2012, 7, 12), 17, 0), Side::Away, DecidedBy::Aggregate); // agg 0:10
    b.add(u"FK Sūduva"_s, u"FC Daugava"_s, on(played(s(0, 1)), QDate(2012, 7, 5), 17, 30),
          on(played(s(2, 3)), QDate(2012, 7, 12), 17, 0), Side::Home, DecidedBy::AwayGoals); // agg 3:3
    b.add(u"Þór Akureyri"_s, u"FK Čelik Nikšić"_s, on(played(s(2, 0)), QDate(2012, 7, 31)),
          on(played(s(0, 1)), QDate(2012, 8, 7)), Side::Home, DecidedBy::Aggregate); // agg 2:1
    b.add(u"ÍBV Vestmannaeyjar"_s, u"St Patrick's Athletic"_s, on(played(s(0, 1)), QDate(2012, 7, 5)),
          on(extraTime(s(2, 1), s(0, 0), s(1, 0)), QDate(2012, 7, 12)), Side::Away,
          DecidedBy::AwayGoalsExtraTime); // agg 1:3
    b.file(u"/data/other.txt"_s);
    b.add(u"Aalborg BK"_s, u"FK Gomel"_s, on(played(s(1, 1)), QDate(2013, 7, 4)),
          on(played(s(0, 0)), QDate(2013, 7, 11)), Side::Home, DecidedBy::AwayGoals); // agg 1:1
    b.add(u"Gomel Reserves"_s, u"Zenit"_s, unplayed(), unplayed(), Side::None, DecidedBy::Undecided, QString());
    m_set = b.set();
}

void TestTieFilterModel::init()
{
    m_model = new TieTableModel(this);
    m_proxy = new TieFilterModel(this);
    m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxy->setSourceModel(m_model);
    m_model->setTieSet(m_set);
}

void TestTieFilterModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

QStringList TestTieFilterModel::homeClubs() const
{
    QStringList out;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        out << m_proxy->data(m_proxy->index(row, TieTableModel::HomeColumn)).toString();
    return out;
}

void TestTieFilterModel::unfiltered()
{
    QCOMPARE(m_proxy->rowCount(), 6);
    QCOMPARE(m_proxy->columnCount(), int(TieTableModel::ColumnCount));
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(m_proxy->sortColumn(), -1);
    QCOMPARE(m_proxy->visibleSourceRows(), (std::vector<int>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(m_proxy->headerData(TieTableModel::WinnerColumn, Qt::Horizontal),
             m_model->headerData(TieTableModel::WinnerColumn, Qt::Horizontal));
}

void TestTieFilterModel::filter_data()
{
    QTest::addColumn<QString>("clubText");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("decidedBy");
    QTest::addColumn<int>("file");
    QTest::addColumn<QList<int>>("rows");

    const QDate none;
    QTest::newRow("club, either side") << u"gomel"_s << none << none << -1 << -1 << QList<int>{0, 4, 5};
    QTest::newRow("diacritics") << u"suduva"_s << none << none << -1 << -1 << QList<int>{1};
    QTest::newRow("transliteration") << u"thor"_s << none << none << -1 << -1 << QList<int>{2};
    QTest::newRow("capital with accent") << u"ibv"_s << none << none << -1 << -1 << QList<int>{3};
    QTest::newRow("nothing") << u"xyz"_s << none << none << -1 << -1 << QList<int>{};
    QTest::newRow("second leg in range") << QString() << QDate(2012, 8, 1) << QDate(2012, 8, 31) << -1 << -1
                                         << QList<int>{2};
    QTest::newRow("first or second leg") << QString() << QDate(2012, 7, 5) << QDate(2012, 7, 5) << -1 << -1
                                         << QList<int>{1, 3};
    QTest::newRow("decided by") << QString() << none << none << int(DecidedBy::AwayGoals) << -1 << QList<int>{1, 4};
    QTest::newRow("file") << QString() << none << none << -1 << 1 << QList<int>{4, 5};
    QTest::newRow("combined") << u"gomel"_s << none << none << int(DecidedBy::AwayGoals) << 1 << QList<int>{4};
}

void TestTieFilterModel::filter()
{
    QFETCH(QString, clubText);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, decidedBy);
    QFETCH(int, file);
    QFETCH(QList<int>, rows);

    QSignalSpy changed(m_proxy, &TieFilterModel::visibleRowsChanged);
    QSignalSpy reset(m_proxy, &QAbstractItemModel::modelReset);
    // Through the individual setters, as the filter bar does.
    m_proxy->setClubText(clubText);
    m_proxy->setDateRange(from, to);
    m_proxy->setDecidedBy(decidedBy);
    m_proxy->setFile(file);
    QCOMPARE(QList<int>(m_proxy->visibleSourceRows().begin(), m_proxy->visibleSourceRows().end()), rows);
    QCOMPARE(m_proxy->rowCount(), rows.size());
    QCOMPARE(m_proxy->isFiltering(), true);
    QCOMPARE(changed.count(), reset.count());
    QVERIFY(changed.count() >= 1);

    // The same query in one step, and the TieQuery it stands for, agree.
    const TieQuery query{clubText, from, to, decidedBy, file, {}};
    const std::vector<int> selected = query.select(*m_set);
    QCOMPARE(QList<int>(selected.begin(), selected.end()), rows);
    m_proxy->setQuery(TieQuery{});
    QCOMPARE(m_proxy->rowCount(), 6);
    m_proxy->setQuery(query);
    QCOMPARE(QList<int>(m_proxy->visibleSourceRows().begin(), m_proxy->visibleSourceRows().end()), rows);

    // Setting the same query again changes nothing.
    changed.clear();
    m_proxy->setQuery(query);
    QCOMPARE(changed.count(), 0);
}

void TestTieFilterModel::typingNarrows()
{
    // Given a sorted table, typing letter by letter gives what a fresh filter gives, in sort order.
    m_proxy->sort(TieTableModel::HomeColumn, Qt::DescendingOrder);
    const QString typed = u"fk gomel"_s;
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        m_proxy->setClubText(typed.left(n));
        TieFilterModel fresh;
        fresh.setSourceModel(m_model);
        fresh.sort(TieTableModel::HomeColumn, Qt::DescendingOrder);
        fresh.setClubText(typed.left(n));
        QCOMPARE(m_proxy->visibleSourceRows(), fresh.visibleSourceRows());
    }
    QCOMPARE(homeClubs(), (QStringList{u"Víkingur"_s, u"Aalborg BK"_s}));
    // And deleting letters widens again.
    m_proxy->setClubText(u"gomel"_s);
    QCOMPARE(homeClubs(), (QStringList{u"Víkingur"_s, u"Gomel Reserves"_s, u"Aalborg BK"_s}));
    m_proxy->setClubText(QString());
    QCOMPARE(m_proxy->rowCount(), 6);
}

void TestTieFilterModel::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QList<int>>("ascending");

    QTest::newRow("first-leg date, no kick-off first")
        << int(TieTableModel::FirstLegDateColumn) << QList<int>{0, 3, 1, 2, 4, 5};
    QTest::newRow("home") << int(TieTableModel::HomeColumn) << QList<int>{4, 1, 5, 3, 0, 2};
    QTest::newRow("away") << int(TieTableModel::AwayColumn) << QList<int>{1, 2, 0, 4, 3, 5};
    QTest::newRow("aggregate") << int(TieTableModel::AggregateColumn) << QList<int>{0, 3, 4, 1, 2, 5};
    QTest::newRow("decided by") << int(TieTableModel::DecidedByColumn) << QList<int>{0, 2, 1, 4, 3, 5};
    QTest::newRow("file") << int(TieTableModel::FileColumn) << QList<int>{4, 5, 0, 1, 2, 3};
}

void TestTieFilterModel::sort()
{
    QFETCH(int, column);
    QFETCH(QList<int>, ascending);
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_proxy, &TieFilterModel::visibleRowsChanged);

    m_proxy->sort(column, Qt::AscendingOrder);
    QCOMPARE(m_proxy->sortColumn(), column);
    QCOMPARE(QList<int>(m_proxy->visibleSourceRows().begin(), m_proxy->visibleSourceRows().end()), ascending);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(changed.count(), 1);

    // Descending is the ascending order reversed, equal keys included, so it is deterministic.
    m_proxy->sort(column, Qt::DescendingOrder);
    QCOMPARE(m_proxy->sortOrder(), Qt::DescendingOrder);
    QList<int> descending(ascending.rbegin(), ascending.rend());
    QCOMPARE(QList<int>(m_proxy->visibleSourceRows().begin(), m_proxy->visibleSourceRows().end()), descending);

    // Sorting again the same way is a no-op.
    layout.clear();
    m_proxy->sort(column, Qt::DescendingOrder);
    QCOMPARE(layout.count(), 0);

    // Back to file order.
    m_proxy->sort(-1);
    QCOMPARE(m_proxy->visibleSourceRows(), (std::vector<int>{0, 1, 2, 3, 4, 5}));
}

void TestTieFilterModel::sortKeepsPersistentIndexes()
{
    // Given a selected cell (a persistent index) on the tie Þór Akureyri - FK Čelik Nikšić,
    const QPersistentModelIndex selected = m_proxy->index(2, TieTableModel::AwayColumn);
    QCOMPARE(selected.data().toString(), u"FK Čelik Nikšić"_s);
    // when the table is sorted by home club, descending,
    m_proxy->sort(TieTableModel::HomeColumn, Qt::DescendingOrder);
    // then the index follows its tie to the top row.
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.column(), int(TieTableModel::AwayColumn));
    QCOMPARE(selected.data().toString(), u"FK Čelik Nikšić"_s);
    m_proxy->sort(TieTableModel::HomeColumn, Qt::AscendingOrder);
    QCOMPARE(selected.row(), 5);
    QCOMPARE(m_proxy->mapToSource(selected).row(), 2);
}

void TestTieFilterModel::sortThenFilter()
{
    m_proxy->sort(TieTableModel::AggregateColumn, Qt::DescendingOrder);
    m_proxy->setClubText(u"fk"_s);
    // Rows with FK clubs: 0 (0:10), 1 (3:3), 2 (2:1), 4 (1:1); descending by aggregate.
    QCOMPARE(m_proxy->visibleSourceRows(), (std::vector<int>{2, 1, 4, 0}));
    m_proxy->setDecidedBy(int(DecidedBy::AwayGoals));
    QCOMPARE(m_proxy->visibleSourceRows(), (std::vector<int>{1, 4}));
    m_proxy->sort(TieTableModel::AggregateColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->visibleSourceRows(), (std::vector<int>{4, 1}));
    QCOMPARE(m_proxy->sortColumn(), int(TieTableModel::AggregateColumn));
}

void TestTieFilterModel::sourceReset()
{
    m_proxy->sort(TieTableModel::HomeColumn, Qt::AscendingOrder);
    m_proxy->setClubText(u"a"_s);
    QSignalSpy changed(m_proxy, &TieFilterModel::visibleRowsChanged);

    // Given new data in the table, the filter and the sort stay and apply to it.
    TieSetBuilder b;
    b.add(u"Zalgiris"_s, u"Ajax"_s, played(s(1, 0)), played(s(0, 0)), Side::Home, DecidedBy::Aggregate);
    b.add(u"Celtic"_s, u"Rangers"_s, played(s(1, 0)), played(s(0, 0)), Side::Home, DecidedBy::Aggregate);
    b.add(u"Basel"_s, u"Zürich"_s, played(s(1, 0)), played(s(0, 0)), Side::Home, DecidedBy::Aggregate);
    b.add(u"Malmö"_s, u"Örebro"_s, played(s(1, 0)), played(s(0, 0)), Side::Home, DecidedBy::Aggregate);
    m_model->setTieSet(b.set());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_proxy->sortColumn(), int(TieTableModel::HomeColumn));
    QCOMPARE(homeClubs(), (QStringList{u"Basel"_s, u"Celtic"_s, u"Malmö"_s, u"Zalgiris"_s}));
    m_proxy->setClubText(u"ra"_s);
    QCOMPARE(homeClubs(), (QStringList{u"Celtic"_s}));

    m_model->setTieSet(nullptr);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_model->setTieSet(m_set);
    QCOMPARE(homeClubs(), (QStringList{}));
    m_proxy->setClubText(QString());
    QCOMPARE(m_proxy->rowCount(), 6);
}

void TestTieFilterModel::mapping()
{
    m_proxy->setClubText(u"gomel"_s);
    m_proxy->sort(TieTableModel::HomeColumn, Qt::AscendingOrder);
    // Aalborg BK (4), Gomel Reserves (5), Víkingur (0)
    QCOMPARE(m_proxy->visibleSourceRows(), (std::vector<int>{4, 5, 0}));
    const QModelIndex proxy = m_proxy->index(1, TieTableModel::AwayColumn);
    const QModelIndex source = m_proxy->mapToSource(proxy);
    QCOMPARE(source.row(), 5);
    QCOMPARE(source.column(), int(TieTableModel::AwayColumn));
    QCOMPARE(m_proxy->mapFromSource(source), proxy);
    QCOMPARE(proxy.data(TieTableModel::TieIndexRole).toInt(), 5);
    // A tie the filter hides has no proxy index.
    QVERIFY(!m_proxy->mapFromSource(m_model->index(1, 0)).isValid());
    QVERIFY(!m_proxy->mapToSource(QModelIndex()).isValid());
    QVERIFY(!m_proxy->index(3, 0).isValid());
    QVERIFY(!m_proxy->index(0, TieTableModel::ColumnCount).isValid());
    QVERIFY(!m_proxy->parent(proxy).isValid());
    QCOMPARE(m_proxy->rowCount(proxy), 0);
    QVERIFY(!m_proxy->hasChildren(proxy));
    QVERIFY(m_proxy->hasChildren());
    m_proxy->setClubText(u"xyz"_s);
    QVERIFY(!m_proxy->hasChildren());
}

void TestTieFilterModel::rejectsOtherSources()
{
    QSortFilterProxyModel other;
    QTest::ignoreMessage(QtWarningMsg, "TieFilterModel: the source must be a TieTableModel; ignored");
    m_proxy->setSourceModel(&other);
    QCOMPARE(m_proxy->tieModel(), nullptr);
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->columnCount(), 0);
    m_proxy->setSourceModel(m_model);
    QCOMPARE(m_proxy->rowCount(), 6);
}

void TestTieFilterModel::agreesWithStockProxy()
{
    // A plain QSortFilterProxyModel over the display text, case-insensitive, finds the same
    // ties wherever the typed text has no accents to fold (what the benchmark compares against).
    QSortFilterProxyModel stock;
    stock.setSourceModel(m_model);
    stock.setFilterKeyColumn(-1);
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    for (const QString &text : {u"gomel"_s, u"fk"_s, u"st p"_s}) {
        m_proxy->setClubText(text);
        stock.setFilterFixedString(text);
        QCOMPARE(m_proxy->rowCount(), stock.rowCount());
    }
}

// A few thousand ties with random scores, dates and clubs: the proxy's order and rows must be what
// a plain stable sort of the keys and TieQuery::select() give, for every column, both orders, and
// a club text typed letter by letter (which takes the narrowing path) under other filters.
void TestTieFilterModel::manyTies()
{
    const auto set = randomTies(3000);
    m_model->setTieSet(set);

    const auto expectedOrder = [this](int column, Qt::SortOrder order, const std::vector<int> &rows) {
        const std::vector<qint64> &keys = m_model->sortKeys(column);
        std::vector<int> sorted = rows;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&keys](int a, int c) { return keys[std::size_t(a)] < keys[std::size_t(c)]; });
        if (order == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        return sorted;
    };
    const std::vector<int> all = TieQuery{}.select(*set);
    for (int column = 0; column < TieTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_proxy->sort(column, order);
            QCOMPARE(m_proxy->visibleSourceRows(), expectedOrder(column, order, all));
        }
    }

    m_proxy->sort(TieTableModel::AggregateColumn, Qt::DescendingOrder);
    m_proxy->setDateRange(QDate(2012, 1, 1), QDate(2018, 12, 31));
    for (const QString &typed :
         {u"s"_s, u"sp"_s, u"spa"_s, u"spar"_s, u"sparta"_s, u"spartak"_s, u"spar"_s, u"o"_s, u"ol"_s}) {
        m_proxy->setClubText(typed);
        const TieQuery query = m_proxy->query();
        QCOMPARE(m_proxy->visibleSourceRows(),
                 expectedOrder(TieTableModel::AggregateColumn, Qt::DescendingOrder, query.select(*set)));
    }
    QVERIFY(m_proxy->rowCount() > 0);
}

void TestTieFilterModel::indexesGiveTheSameRows()
{
    // Given random ties shown once with the indexes built for them (the loader's way) and once
    // without (keys computed by the models),
    const auto set = randomTies(3000);
    m_model->setTieSet(set);
    TieTableModel indexedModel;
    TieFilterModel indexed;
    QAbstractItemModelTester modelTester(&indexedModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&indexed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    indexed.setSourceModel(&indexedModel);
    // Every source row maps to the same proxy row both ways (the indexed proxy finds it with the
    // loader's positions while it shows every row).
    const auto sameMapping = [&] {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex mine = indexed.mapFromSource(indexedModel.index(row, 1));
            const QModelIndex theirs = m_proxy->mapFromSource(m_model->index(row, 1));
            if (mine.row() != theirs.row() || mine.isValid() != theirs.isValid())
                return false;
            if (mine.isValid() && indexed.mapToSource(mine).row() != row)
                return false;
        }
        return true;
    };

    for (int column = 0; column < TieTableModel::ColumnCount; ++column) {
        // sorted by each column, with the order built with the indexes (or by another column's,
        // or with none for the file column),
        for (const int sortedBy : {column, (column + 1) % TieIndexes::KeyCount}) {
            indexedModel.setTieSet(set, TieIndexes::build(*set, sortedBy));
            QVERIFY(indexedModel.indexes());
            // The club names come folded with the indexes (the loader's thread), as the model folds them.
            QCOMPARE(&indexedModel.foldedClubNames(), indexedModel.indexes()->foldedClubs.get());
            QCOMPARE(indexedModel.foldedClubNames(), m_model->foldedClubNames());
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                m_proxy->sort(column, order);
                indexed.sort(column, order);
                // then the keys and the rows are the same, filtered by club or not.
                QCOMPARE(indexedModel.sortKeys(column), m_model->sortKeys(column));
                QCOMPARE(indexed.visibleSourceRows(), m_proxy->visibleSourceRows());
                QVERIFY(sameMapping());
                for (const QString &typed : {u"spa"_s, u"spar"_s, u"ol"_s, QString()}) {
                    m_proxy->setClubText(typed);
                    indexed.setClubText(typed);
                    QCOMPARE(indexed.visibleSourceRows(), m_proxy->visibleSourceRows());
                    QVERIFY(sameMapping());
                }
            }
        }
    }

    // A selected row stays selected when the order flips, found by its position.
    indexedModel.setTieSet(set, TieIndexes::build(*set, TieIndexes::HomeKey));
    indexed.sort(TieTableModel::HomeColumn, Qt::AscendingOrder);
    const QPersistentModelIndex kept = indexed.mapFromSource(indexedModel.index(1234, 2));
    QVERIFY(kept.isValid());
    indexed.sort(TieTableModel::HomeColumn, Qt::DescendingOrder);
    QCOMPARE(indexed.mapToSource(kept).row(), 1234);
    QCOMPARE(kept.row(), indexed.rowCount() - 1 - indexedModel.indexes()->sortedPositions->at(1234));

    // Indexes of other ties are not taken: the keys are the model's own.
    indexedModel.setTieSet(set, TieIndexes::build(*randomTies(10)));
    QVERIFY(!indexedModel.indexes());
    QCOMPARE(indexedModel.sortKeys(TieTableModel::HomeColumn), m_model->sortKeys(TieTableModel::HomeColumn));
}

void TestTieFilterModel::realFiles()
{
    // Given the four real rounds loaded together,
    const QStringList names{u"europa-league-2012-13-q1.txt"_s, u"cl-2014-15-r16.txt"_s, u"cl-2024-25-r16.txt"_s,
                            u"elq-2024-25-q3.txt"_s};
    auto set = std::make_shared<TieSet>();
    for (const QString &name : names)
        QVERIFY(loader::readFile(qEnvironmentVariable("TIEBROWSER_DATA") + u'/' + name, *set).readable);
    QCOMPARE(set->files.size(), std::size_t(4));
    m_model->setTieSet(set);
    QCOMPARE(m_proxy->rowCount(), int(set->ties.size()));

    // one file at a time,
    for (int file = 0; file < 4; ++file) {
        m_proxy->setFile(file);
        QCOMPARE(m_proxy->rowCount(), set->files[std::size_t(file)].tieCount);
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            QCOMPARE(m_proxy->index(row, TieTableModel::FileColumn).data().toString(), names[file]);
    }
    m_proxy->setFile(-1);

    // sorted by file name, the files' ties stay together in name order, in file order within each,
    m_proxy->sort(TieTableModel::FileColumn, Qt::AscendingOrder);
    QStringList seen;
    int previousLine = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString file = m_proxy->index(row, TieTableModel::FileColumn).data().toString();
        const int tie = m_proxy->index(row, 0).data(TieTableModel::TieIndexRole).toInt();
        const int line = int(set->ties[std::size_t(tie)].line);
        if (seen.isEmpty() || seen.constLast() != file)
            seen << file;
        else
            QVERIFY(line > previousLine);
        previousLine = line;
    }
    QCOMPARE(seen,
             (QStringList{u"cl-2014-15-r16.txt"_s, u"cl-2024-25-r16.txt"_s, u"elq-2024-25-q3.txt"_s,
                          u"europa-league-2012-13-q1.txt"_s}));

    // a season's dates keep only that round,
    m_proxy->setDateRange(QDate(2015, 1, 1), QDate(2015, 6, 30));
    QCOMPARE(m_proxy->rowCount(), set->files[1].tieCount);

    // and a club finds its tie, explained: Chelsea - Paris Saint-Germain 2015, away goals in extra time.
    m_proxy->setDateRange({}, {});
    m_proxy->setClubText(u"chelsea"_s);
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, TieTableModel::SecondLegColumn).data().toString(), u"2:2 aet (0:0, 1:1)"_s);
    QCOMPARE(m_proxy->index(0, TieTableModel::AggregateColumn).data().toString(), u"3:3"_s);
    QCOMPARE(m_proxy->index(0, TieTableModel::WinnerColumn).data().toString(), u"Paris Saint-Germain"_s);
    QCOMPARE(m_proxy->index(0, TieTableModel::WinnerColumn).data(Qt::ToolTipRole).toString(),
             u"Level 3:3 on aggregate after extra time; Paris Saint-Germain through on away goals "
             "(extra time included), 2 to 1"_s);
}

void TestTieFilterModel::rounds()
{
    // A worldfootball.net round (no round names) and a Football.TXT season side by side.
    auto set = std::make_shared<TieSet>();
    for (const QString &name : {u"europa-league-2012-13-q1.txt"_s, u"openfootball-cl-2024-25.txt"_s})
        QVERIFY(loader::readFile(qEnvironmentVariable("TIEBROWSER_DATA") + u'/' + name, *set).readable);
    m_model->setTieSet(set);
    QCOMPARE(m_proxy->rowCount(), 37 + 22);

    // The round column shows the season's rounds and nothing for the other file's ties.
    QVERIFY(m_model->index(0, TieTableModel::RoundColumn).data().toString().isEmpty());
    QCOMPARE(m_model->index(37, TieTableModel::RoundColumn).data().toString(), u"Playoffs"_s);

    // One round at a time, also with another filter on top,
    const std::pair<QString, int> rounds[] = {{u"Playoffs"_s, 8},
                                              {u"Finals, Round of 16"_s, 8},
                                              {u"Finals, Quarterfinals"_s, 4},
                                              {u"Finals, Semifinals"_s, 2},
                                              {u"Finals, Final"_s, 0}};
    for (const auto &[round, count] : rounds) {
        TieQuery query;
        query.round = round;
        m_proxy->setQuery(query);
        QCOMPARE(m_proxy->rowCount(), count);
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            QCOMPARE(m_proxy->index(row, TieTableModel::RoundColumn).data().toString(), round);
    }
    TieQuery query;
    query.round = u"Finals, Round of 16"_s;
    query.decidedBy = int(DecidedBy::Penalties);
    m_proxy->setQuery(query);
    QCOMPARE(m_proxy->rowCount(), 2); // Paris - Liverpool and Real - Atlético
    query.clubText = u"liverpool"_s;
    m_proxy->setQuery(query);
    QCOMPARE(m_proxy->rowCount(), 1);

    // and sorted by round, the rounds come in the season's order, not the names': ties of no
    // round first, then playoffs before the round of 16.
    m_proxy->setQuery(TieQuery());
    m_proxy->sort(TieTableModel::RoundColumn, Qt::AscendingOrder);
    QVERIFY(m_proxy->index(36, TieTableModel::RoundColumn).data().toString().isEmpty());
    QCOMPARE(m_proxy->index(37, TieTableModel::RoundColumn).data().toString(), u"Playoffs"_s);
    QCOMPARE(m_proxy->index(45, TieTableModel::RoundColumn).data().toString(), u"Finals, Round of 16"_s);
    QCOMPARE(m_proxy->index(58, TieTableModel::RoundColumn).data().toString(), u"Finals, Semifinals"_s);
}

QTEST_MAIN(TestTieFilterModel)
#include "tst_tiefiltermodel.moc"
