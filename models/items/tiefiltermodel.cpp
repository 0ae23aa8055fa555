// SPDX-License-Identifier: GPL-3.0-or-later
// Filters and sorts the tie table with a club mask and typed sort keys, never through data().
#include "tiefiltermodel.h"

#include "textfold.h"
#include "tietablemodel.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace tb {
TieFilterModel::TieFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void TieFilterModel::setSourceModel(QAbstractItemModel *source)
{
    auto *model = qobject_cast<TieTableModel *>(source);
    if (source && !model)
        qWarning("TieFilterModel: the source must be a TieTableModel; ignored");
    if (model == m_model)
        return;

    beginResetModel();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    QAbstractProxyModel::setSourceModel(model);
    if (m_model) {
        // The table model only ever resets; anything else is handled as a reset too, since a
        // change of rows invalidates the sorted order and the filter result alike.
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &TieFilterModel::sourceAboutToChange);
        connect(m_model, &QAbstractItemModel::modelReset, this, &TieFilterModel::sourceChanged);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &TieFilterModel::sourceAboutToChange);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TieFilterModel::sourceChanged);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &TieFilterModel::sourceAboutToChange);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TieFilterModel::sourceChanged);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeMoved, this, &TieFilterModel::sourceAboutToChange);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, &TieFilterModel::sourceChanged);
        connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, &TieFilterModel::sourceAboutToChange);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &TieFilterModel::sourceChanged);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TieFilterModel::sourceDataChanged);
        connect(m_model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        connect(m_model, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_model = nullptr;
            invalidateSourceCaches();
            rebuild();
            endResetModel();
            Q_EMIT visibleRowsChanged();
        });
    }
    invalidateSourceCaches();
    prepareClubFilter();
    rebuild();
    endResetModel();
    Q_EMIT visibleRowsChanged();
}

void TieFilterModel::invalidateSourceCaches()
{
    m_orderValid = false;
    m_order.clear();
    m_orderPositions.reset();
    m_clubIndex.reset();
    m_sortScratchA = {};
    m_sortScratchB = {};
}

void TieFilterModel::sourceAboutToChange()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void TieFilterModel::sourceChanged()
{
    if (!m_resetting)
        beginResetModel();
    m_resetting = false;
    invalidateSourceCaches();
    prepareClubFilter();
    rebuild();
    endResetModel();
    Q_EMIT visibleRowsChanged();
}

void TieFilterModel::prepareClubFilter()
{
    // Done with the load rather than on the first keystroke, which should feel as quick as the rest.
    if (!m_model || !m_model->tieSet())
        return;
    ensureClubIndex();
    (void)m_model->foldedClubNames();
}

void TieFilterModel::sourceDataChanged()
{
    // The table model's data only changes by a reset; a change in place may move rows in or out
    // of the filter and change their order, so it is handled as a reset too.
    if (m_resetting)
        return;
    beginResetModel();
    invalidateSourceCaches();
    rebuild();
    endResetModel();
    Q_EMIT visibleRowsChanged();
}

void TieFilterModel::setQuery(const TieQuery &query)
{
    if (query == m_query)
        return;
    beginResetModel();
    applyQuery(query);
    endResetModel();
    Q_EMIT visibleRowsChanged();
}

void TieFilterModel::setClubText(const QString &text)
{
    TieQuery query = m_query;
    query.clubText = text;
    setQuery(query);
}

void TieFilterModel::setDateRange(QDate from, QDate to)
{
    TieQuery query = m_query;
    query.from = from;
    query.to = to;
    setQuery(query);
}

void TieFilterModel::setDecidedBy(int decidedBy)
{
    TieQuery query = m_query;
    query.decidedBy = decidedBy;
    setQuery(query);
}

void TieFilterModel::setFile(int file)
{
    TieQuery query = m_query;
    query.file = file;
    setQuery(query);
}

void TieFilterModel::applyQuery(const TieQuery &query)
{
    const QString needle = query.foldedClubText();
    const bool onlyClubTextChanged = query.sameButClubText(m_query);
    // Typing one more letter only narrows: every club that contains the new text contains the
    // old one, so the new rows are among the visible ones, already in order.
    const bool narrowing = m_model && m_model->tieSet() && onlyClubTextChanged && !m_clubNeedle.isEmpty()
        && foldedNarrows(needle, m_clubNeedle);
    m_query = query;
    m_clubNeedle = needle;
    if (!narrowing) {
        rebuild();
        return;
    }
    TieQuery clubOnly;
    clubOnly.clubText = m_query.clubText;
    const std::vector<std::uint8_t> keep = keptRows(clubOnly);
    std::erase_if(m_proxyToSource, [&keep](int row) { return !keep[std::size_t(row)]; });
    m_sourceToProxyValid = false;
}

void TieFilterModel::ensureOrder() const
{
    if (m_orderValid)
        return;
    const int count = m_model ? m_model->rowCount() : 0;
    m_orderPositions.reset();
    if (m_sortColumn < 0 || m_sortColumn >= TieTableModel::ColumnCount || count == 0) {
        m_order.resize(std::size_t(count));
        std::iota(m_order.begin(), m_order.end(), 0);
    } else if (const TieIndexes *indexes = m_model->indexes().get(); indexes && indexes->sortedBy == m_sortColumn
               && indexes->sorted && indexes->sorted->size() == std::size_t(count)) {
        m_order = *indexes->sorted; // sorted with the set, in the loader's thread
        if (indexes->sortedPositions && indexes->sortedPositions->size() == m_order.size())
            m_orderPositions = indexes->sortedPositions;
    } else {
        TieIndexes::sortByKeys(m_model->sortKeys(m_sortColumn), m_order, m_sortScratchA, m_sortScratchB);
    }
    m_orderValid = true;
}

void TieFilterModel::ensureClubIndex()
{
    if (m_clubIndex || !m_model || !m_model->tieSet())
        return;
    const std::shared_ptr<const TieIndexes> &indexes = m_model->indexes();
    if (indexes && indexes->clubs)
        m_clubIndex = indexes->clubs; // built with the set, in the loader's thread
    else
        m_clubIndex = std::make_shared<const TieIndexes::ClubIndex>(TieIndexes::computeClubIndex(*m_model->tieSet()));
}

std::vector<std::uint8_t> TieFilterModel::keptRows(const TieQuery &query)
{
    const std::vector<Tie> &ties = m_model->tieSet()->ties;
    std::vector<std::uint8_t> keep;
    const QString needle = query.foldedClubText();
    if (needle.isEmpty()) {
        keep.assign(ties.size(), 1);
    } else {
        keep.assign(ties.size(), 0);
        ensureClubIndex();
        const std::vector<bool> mask = query.matchingClubs(m_model->foldedClubNames());
        const TieIndexes::ClubIndex &index = *m_clubIndex;
        for (std::size_t club = 0; club < mask.size() && club + 1 < index.offsets.size(); ++club) {
            if (!mask[club])
                continue;
            for (std::uint32_t i = index.offsets[club]; i < index.offsets[club + 1]; ++i)
                keep[std::size_t(index.ties[i])] = 1;
        }
    }
    TieQuery rest = query;
    rest.clubText.clear();
    if (!rest.isEmpty()) {
        // In file order, so that the ties are read front to back.
        for (std::size_t i = 0; i < ties.size(); ++i) {
            if (keep[i] && !(rest.matches(ties[i], {}) && rest.matchesRound(*m_model->tieSet(), ties[i])))
                keep[i] = 0;
        }
    }
    return keep;
}

void TieFilterModel::rebuild()
{
    m_sourceToProxyValid = false;
    m_proxyToSource.clear();
    m_clubNeedle = m_query.foldedClubText();
    if (!m_model || !m_model->tieSet()) {
        m_order.clear();
        invalidateSourceCaches();
        return;
    }
    ensureOrder();
    if (m_query.isEmpty()) {
        m_proxyToSource = m_order;
    } else {
        // Which rows stay is worked out in file order; the sorted order is then walked once.
        const std::vector<std::uint8_t> keep = keptRows(m_query);
        m_proxyToSource.reserve(std::size_t(std::count(keep.begin(), keep.end(), std::uint8_t(1))));
        for (const int row : m_order) {
            if (keep[std::size_t(row)])
                m_proxyToSource.push_back(row);
        }
    }
    if (m_sortOrder == Qt::DescendingOrder && m_sortColumn >= 0)
        std::reverse(m_proxyToSource.begin(), m_proxyToSource.end());
}

int TieFilterModel::proxyRowOf(int sourceRow) const
{
    if (m_orderPositions && m_query.isEmpty()) {
        // Every row, in the order of the loader's positions, or in the reverse of it.
        const int at = (*m_orderPositions)[std::size_t(sourceRow)];
        return m_sortOrder == Qt::DescendingOrder && m_sortColumn >= 0 ? int(m_proxyToSource.size()) - 1 - at : at;
    }
    return sourceToProxy()[std::size_t(sourceRow)];
}

const std::vector<int> &TieFilterModel::sourceToProxy() const
{
    if (!m_sourceToProxyValid) {
        const int count = m_model ? m_model->rowCount() : 0;
        m_sourceToProxy.assign(std::size_t(count), -1);
        for (std::size_t proxy = 0; proxy < m_proxyToSource.size(); ++proxy)
            m_sourceToProxy[std::size_t(m_proxyToSource[proxy])] = int(proxy);
        m_sourceToProxyValid = true;
    }
    return m_sourceToProxy;
}

void TieFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= TieTableModel::ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder && m_orderValid)
        return;

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(m_proxyToSource[std::size_t(index.row())]);

    const bool sameKeys = column == m_sortColumn && m_orderValid;
    m_sortColumn = column;
    const Qt::SortOrder previousOrder = m_sortOrder;
    m_sortOrder = order;
    if (sameKeys) {
        // Descending is ascending reversed, so flipping the order needs no sort.
        if (previousOrder != order && column >= 0)
            std::reverse(m_proxyToSource.begin(), m_proxyToSource.end());
        m_sourceToProxyValid = false;
    } else {
        m_orderValid = false;
        rebuild();
    }

    if (!before.isEmpty()) {
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(createIndex(proxyRowOf(sourceRows[std::size_t(i)]), before[i].column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT visibleRowsChanged();
}

QModelIndex TieFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int row = proxyIndex.row();
    if (row < 0 || std::size_t(row) >= m_proxyToSource.size())
        return {};
    return m_model->index(m_proxyToSource[std::size_t(row)], proxyIndex.column());
}

QModelIndex TieFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const int row = sourceIndex.row();
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const int proxyRow = proxyRowOf(row);
    return proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, sourceIndex.column());
}

QModelIndex TieFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TieFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex TieFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int TieFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_proxyToSource.size());
}

int TieFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool TieFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

} // namespace tb
