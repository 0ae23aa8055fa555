// SPDX-License-Identifier: GPL-3.0-or-later
// Filters and sorts the tie table fast enough for a million rows: a precomputed club mask and
// typed sort keys instead of QSortFilterProxyModel's per-row data() calls.
#pragma once

#include "tieindexes.h"
#include "tiequery.h"

#include <QAbstractProxyModel>
#include <memory>
#include <vector>

namespace tb {

class TieTableModel;

class TieFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit TieFilterModel(QObject *parent = nullptr);

    // Only a TieTableModel can be the source.
    void setSourceModel(QAbstractItemModel *source) override;
    TieTableModel *tieModel() const { return m_model; }

    const TieQuery &query() const { return m_query; }
    void setQuery(const TieQuery &query);
    void setClubText(const QString &text);
    void setDateRange(QDate from, QDate to);
    void setDecidedBy(int decidedBy); // -1 = any
    void setFile(int file); // -1 = any
    bool isFiltering() const { return !m_query.isEmpty(); }

    // Source rows in the current (filtered, sorted) order.
    const std::vector<int> &visibleSourceRows() const { return m_proxyToSource; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    // After every change of the visible rows (filter, sort, new data).
    void visibleRowsChanged();

private:
    void rebuild(); // filter + sort into m_proxyToSource, inside a model reset
    void applyQuery(const TieQuery &query);
    void ensureOrder() const;
    void ensureClubIndex();
    void prepareClubFilter();
    void invalidateSourceCaches();
    std::vector<std::uint8_t> keptRows(const TieQuery &query); // 1 per source row `query` keeps
    const std::vector<int> &sourceToProxy() const;
    int proxyRowOf(int sourceRow) const; // -1: filtered out
    void sourceAboutToChange();
    void sourceChanged();
    void sourceDataChanged();

    TieTableModel *m_model = nullptr;
    TieQuery m_query;
    QString m_clubNeedle; // m_query.clubText folded, as matched
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_proxyToSource;
    // All source rows by the sort column, ascending, rows in source order among equal keys;
    // kept across filter changes so that a keystroke filters a sorted list instead of sorting.
    mutable std::vector<int> m_order;
    mutable bool m_orderValid = false;
    // Where each source row stands in m_order, when the loader built both (TieIndexes); else null.
    // With no query the rows are m_order whole (reversed when descending), so a source row's
    // place needs no inverse of a million rows built on the GUI thread.
    mutable std::shared_ptr<const std::vector<int>> m_orderPositions;
    mutable std::vector<quint64> m_sortScratchA, m_sortScratchB; // radix sort buffers, kept for the next sort
    // The ties of each club, so that a club filter visits the matching clubs' ties instead of
    // every tie: the model's indexes', or built here for a set that came without them.
    std::shared_ptr<const TieIndexes::ClubIndex> m_clubIndex;
    mutable std::vector<int> m_sourceToProxy; // -1 = filtered out; built when first needed
    mutable bool m_sourceToProxyValid = false;
    bool m_resetting = false; // inside a reset started by the source
};

} // namespace tb
