// Filters and sorts the tie table with a club mask and typed sort keys, never through data().
#include "tiefiltermodel.h"

#include "tietablemodel.h"

#include <algorithm>
#include <numeric>

namespace tb {
namespace {

bool sameQuery(const TieQuery &a, const TieQuery &b)
{
    return a.clubText == b.clubText && a.from == b.from && a.to == b.to && a.decidedBy == b.decidedBy
        && a.file == b.file;
}

} // namespace

TieFilterModel::TieFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

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
            m_orderValid = false;
            rebuild();
            endResetModel();
            Q_EMIT visibleRowsChanged();
        });
    }
    m_orderValid = false;
    rebuild();
    endResetModel();
    Q_EMIT visibleRowsChanged();
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
    m_orderValid = false;
    rebuild();
    endResetModel();
    Q_EMIT visibleRowsChanged();
}

void TieFilterModel::sourceDataChanged()
{
    // The table model's data only changes by a reset; a change in place may move rows in or out
    // of the filter and change their order, so it is handled as a reset too.
    if (m_resetting)
        return;
    beginResetModel();
    m_orderValid = false;
    rebuild();
    endResetModel();
    Q_EMIT visibleRowsChanged();
}

void TieFilterModel::setQuery(const TieQuery &query)
{
    if (sameQuery(query, m_query))
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
    const bool onlyClubTextChanged = query.from == m_query.from && query.to == m_query.to
        && query.decidedBy == m_query.decidedBy && query.file == m_query.file;
    // Typing one more letter only narrows: every club that contains the new text contains the
    // old one, so the new rows are among the visible ones, already in order.
    const bool narrowing = m_model && onlyClubTextChanged && !m_clubNeedle.isEmpty() && needle.contains(m_clubNeedle);
    m_query = query;
    m_clubNeedle = needle;
    if (!narrowing) {
        rebuild();
        return;
    }
    const std::vector<bool> mask = m_query.matchingClubs(m_model->foldedClubNames());
    const std::vector<Tie> &ties = m_model->tieSet()->ties;
    const auto matches = [&mask](ClubId id) { return id < mask.size() && mask[id]; };
    std::erase_if(m_proxyToSource, [&](int row) {
        const Tie &tie = ties[std::size_t(row)];
        return !matches(tie.home) && !matches(tie.away);
    });
    m_sourceToProxyValid = false;
}

void TieFilterModel::ensureOrder() const
{
    if (m_orderValid)
        return;
    const std::size_t count = m_model ? std::size_t(m_model->rowCount()) : 0;
    m_order.resize(count);
    if (m_sortColumn < 0 || m_sortColumn >= TieTableModel::ColumnCount) {
        std::iota(m_order.begin(), m_order.end(), 0);
    } else {
        const std::vector<qint64> &keys = m_model->sortKeys(m_sortColumn);
        // Sorting (key, row) pairs keeps the keys next to the rows (cache-friendly) and makes
        // equal keys keep source order without a slower stable sort.
        struct Entry
        {
            qint64 key;
            int row;
        };
        std::vector<Entry> entries(count);
        for (std::size_t i = 0; i < count; ++i)
            entries[i] = Entry{keys[i], int(i)};
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.key != b.key ? a.key < b.key : a.row < b.row;
        });
        for (std::size_t i = 0; i < count; ++i)
            m_order[i] = entries[i].row;
    }
    m_orderValid = true;
}

void TieFilterModel::rebuild()
{
    m_sourceToProxyValid = false;
    m_proxyToSource.clear();
    if (!m_model || !m_model->tieSet()) {
        m_order.clear();
        m_orderValid = false;
        return;
    }
    ensureOrder();
    const std::vector<Tie> &ties = m_model->tieSet()->ties;
    m_clubNeedle = m_query.foldedClubText();
    if (m_query.isEmpty()) {
        m_proxyToSource = m_order;
    } else {
        const std::vector<bool> mask = m_query.matchingClubs(m_model->foldedClubNames());
        m_proxyToSource.reserve(m_order.size());
        for (const int row : m_order) {
            if (m_query.matches(ties[std::size_t(row)], mask))
                m_proxyToSource.push_back(row);
        }
        m_proxyToSource.shrink_to_fit();
    }
    if (m_sortOrder == Qt::DescendingOrder && m_sortColumn >= 0)
        std::reverse(m_proxyToSource.begin(), m_proxyToSource.end());
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

    QModelIndexList after;
    after.reserve(before.size());
    const std::vector<int> &toProxy = sourceToProxy();
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(createIndex(toProxy[std::size_t(sourceRows[std::size_t(i)])], before[i].column()));
    changePersistentIndexList(before, after);
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
    const std::vector<int> &toProxy = sourceToProxy();
    const int row = sourceIndex.row();
    if (row < 0 || std::size_t(row) >= toProxy.size() || toProxy[std::size_t(row)] < 0)
        return {};
    return createIndex(toProxy[std::size_t(row)], sourceIndex.column());
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
