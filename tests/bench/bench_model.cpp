// SPDX-License-Identifier: GPL-3.0-or-later
// tiebench's model figures: loading the table model, filtering and sorting a million ties,
// and the same club filter through a stock QSortFilterProxyModel for comparison.
#include "bench.h"

#include "loader.h"
#include "tiefiltermodel.h"
#include "tieindexes.h"
#include "tietablemodel.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace tb::bench {
namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// What a view does after a reset or a sort: read the cells of the rows on screen.
void readFirstRows(const QAbstractItemModel &model, int rows = 40)
{
    const int count = std::min(rows, model.rowCount());
    for (int row = 0; row < count; ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            (void)model.data(model.index(row, column));
    }
}

// Figure names of TieTableModel's columns, in Column order.
constexpr const char *columnNames[] = {"first_leg_date",  "home",      "away",   "first_leg",
                                       "second_leg",      "aggregate", "winner", "decided_by",
                                       "second_leg_date", "file",      "round"};
static_assert(std::size(columnNames) == TieTableModel::ColumnCount);

// Text a user types into the club field, a letter at a time, then deletes again.
const QStringList &keystrokes()
{
    static const QStringList typed{u"s"_s,       u"sp"_s,     u"spa"_s,  u"spar"_s, u"spart"_s, u"sparta"_s,
                                   u"spartak"_s, u"sparta"_s, u"spar"_s, u"spa"_s,  u"sp"_s,    u"s"_s,
                                   u""_s,        u"g"_s,      u"go"_s,   u"gom"_s,  u"gome"_s,  u"gomel"_s,
                                   u""_s,        u"a"_s,      u"ar"_s,   u"a"_s,    u"ar"_s,    u""_s};
    return typed;
}

} // namespace

void runModelBenchmarks(const Context &context)
{
    auto set = std::make_shared<TieSet>();
    {
        const ReadResult result = loader::readFile(context.syntheticFile, *set);
        if (!result.readable || set->ties.empty()) {
            std::fprintf(stderr, "tiebench: cannot read %s for the model figures\n", qPrintable(context.syntheticFile));
            return;
        }
    }
    const std::shared_ptr<const TieSet> shared = set;
    std::fprintf(stderr, "tiebench: model figures over %zu ties, %zu clubs\n", shared->ties.size(),
                 shared->clubs.size());

    // fold_clubs_first_ms, fold_clubs_ms: folding every club name for the club filter, which the
    // loader's thread does once per set with the indexes. Each in a thread of its own, as there,
    // so that the thread's set-up of ICU's transliterators counts; the first fold in the process
    // also loads ICU's transliteration data.
    const auto foldInThread = [&shared] {
        QElapsedTimer foldTimer;
        foldTimer.start();
        std::thread([&shared] { (void)TieIndexes::foldClubNames(shared->clubs); }).join();
        return msSince(foldTimer);
    };
    report("fold_clubs_first_ms", foldInThread(), "ms");
    report("fold_clubs_ms", foldInThread(), "ms");

    TieTableModel model;
    TieFilterModel proxy;
    proxy.setSourceModel(&model);

    // load_model_ms: handing the parsed ties to the table and its proxy, and the first screen of cells.
    QElapsedTimer timer;
    timer.start();
    model.setTieSet(shared);
    readFirstRows(proxy);
    report("load_model_ms", msSince(timer), "ms");

    // filter_club_ms: the mean of the keystrokes above (first letters scan every tie; further
    // letters only narrow the rows already visible), each with the first screen of cells.
    proxy.sort(TieTableModel::HomeColumn, Qt::AscendingOrder); // as a user would have it; not timed
    double total = 0;
    double worst = 0;
    for (const QString &text : keystrokes()) {
        timer.start();
        proxy.setClubText(text);
        readFirstRows(proxy);
        const double ms = msSince(timer);
        total += ms;
        worst = std::max(worst, ms);
    }
    report("filter_club_ms", total / double(keystrokes().size()), "ms");
    report("filter_club_worst_ms", worst, "ms");

    // filter_date_ms: a month at a time, the mean over a year of months.
    proxy.setClubText(QString());
    QDate firstDate;
    for (const Tie &tie : shared->ties) {
        if (tie.leg1.julianDay != 0) {
            firstDate = tie.leg1.date();
            break;
        }
    }
    if (!firstDate.isValid())
        firstDate = QDate(2012, 7, 1);
    total = 0;
    const int months = 12;
    for (int month = 0; month < months; ++month) {
        const QDate from = firstDate.addMonths(month);
        timer.start();
        proxy.setDateRange(from, from.addMonths(1).addDays(-1));
        readFirstRows(proxy);
        total += msSince(timer);
    }
    report("filter_date_ms", total / months, "ms");
    proxy.setDateRange({}, {});

    // sort_ms: the slowest column, each sorted once from file order with no filter, keys not yet
    // cached (the first click on a header: the case a user waits for). The club columns need the
    // collation ranks and the score columns the most key arithmetic; every column is printed.
    double slowest = 0;
    proxy.sort(-1);
    model.setTieSet(shared); // drop the keys cached so far (unsorted, so the reset computes none)
    for (int column = 0; column < TieTableModel::ColumnCount; ++column) {
        proxy.sort(-1);
        timer.start();
        proxy.sort(column, Qt::AscendingOrder);
        readFirstRows(proxy);
        const double ms = msSince(timer);
        slowest = std::max(slowest, ms);
        const QByteArray name = "sort_" + QByteArray(columnNames[column]) + "_ms";
        report(name.constData(), ms, "ms");
    }
    report("sort_ms", slowest, "ms");
    // Flipping the order of the sorted column: the list reversed, no sorting.
    proxy.sort(TieTableModel::HomeColumn, Qt::AscendingOrder);
    timer.start();
    proxy.sort(TieTableModel::HomeColumn, Qt::DescendingOrder);
    readFirstRows(proxy);
    report("sort_reverse_ms", msSince(timer), "ms");

    // stock_proxy_filter_ms: a QSortFilterProxyModel with a case-insensitive regular expression,
    // one "ar" after "a". It can filter on one column or all of them, not on the two club columns:
    // it gets the home club column only, half the work of the same filter (all ten columns take
    // over a minute), and it neither folds accents nor can reuse the previous result.
    proxy.setSourceModel(nullptr);
    QSortFilterProxyModel stock;
    stock.setFilterKeyColumn(TieTableModel::HomeColumn);
    stock.setFilterRegularExpression(QRegularExpression(u"a"_s, QRegularExpression::CaseInsensitiveOption));
    stock.setSourceModel(&model); // filters once: not timed
    timer.start();
    stock.setFilterRegularExpression(QRegularExpression(u"ar"_s, QRegularExpression::CaseInsensitiveOption));
    readFirstRows(stock);
    report("stock_proxy_filter_ms", msSince(timer), "ms");
    std::fprintf(stderr, "tiebench: stock proxy kept %d rows\n", stock.rowCount());
}

} // namespace tb::bench
