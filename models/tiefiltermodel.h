// Filters and sorts the tie table fast enough for a million rows: a precomputed club mask and
// typed sort keys instead of QSortFilterProxyModel's per-row data() calls.
#pragma once

#include "tiequery.h"

#include <QAbstractProxyModel>
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
    void setFile(int file);           // -1 = any
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

Q_SIGNALS:
    // After every change of the visible rows (filter, sort, new data).
    void visibleRowsChanged();

private:
    void rebuild(); // filter + sort into m_proxyToSource, inside a model reset

    TieTableModel *m_model = nullptr;
    TieQuery m_query;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1 = filtered out
};

} // namespace tb
