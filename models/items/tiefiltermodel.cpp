// Filters and sorts the tie table with a club mask and typed sort keys, never through data().
#include "tiefiltermodel.h"

#include "tietablemodel.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace tb {
namespace {

bool sameQuery(const TieQuery &a, const TieQuery &b)
{
    return a.clubText == b.clubText && a.from == b.from && a.to == b.to && a.decidedBy == b.decidedBy
        && a.file == b.file;
}

int bitsFor(quint64 value)
{
    int bits = 0;
    while (bits < 64 && (value >> bits) != 0)
        ++bits;
    return bits;
}

// Rows 0..n-1 in ascending order of `keys`, equal keys in row order. Each row becomes one 64-bit
// word, key above row, sorted by an LSD radix sort over the key's bits only: linear, stable, a
// few passes of 11 bits. `a` and `b` are reused between sorts: on a million rows, fresh buffers
// cost more in page faults than the sort itself.
void orderByKeys(const std::vector<qint64> &keys, std::vector<int> &order, std::vector<quint64> &a,
                 std::vector<quint64> &b)
{
    const std::size_t count = keys.size();
    order.resize(count);
    std::iota(order.begin(), order.end(), 0);
    if (count < 2)
        return;
    const auto [minIt, maxIt] = std::minmax_element(keys.begin(), keys.end());
    const quint64 min = quint64(*minIt);
    const int keyBits = bitsFor(quint64(*maxIt) - min);
    const int rowBits = bitsFor(count - 1);
    if (keyBits == 0)
        return;
    if (keyBits + rowBits > 64) {
        // Not for any real table (2^20 rows leave 44 bits of key); correct, just slower.
        std::stable_sort(order.begin(), order.end(),
                         [&keys](int x, int y) { return keys[std::size_t(x)] < keys[std::size_t(y)]; });
        return;
    }

    constexpr int Bits = 11;
    constexpr std::size_t Buckets = std::size_t(1) << Bits;
    constexpr quint64 Mask = Buckets - 1;
    const int digits = (keyBits + Bits - 1) / Bits;
    a.resize(count);
    b.resize(count);
    std::vector<std::uint32_t> counts(std::size_t(digits) * Buckets, 0);
    for (std::size_t i = 0; i < count; ++i) {
        const quint64 key = quint64(keys[i]) - min;
        a[i] = (key << rowBits) | i;
        for (int d = 0; d < digits; ++d)
            ++counts[std::size_t(d) * Buckets + ((key >> (d * Bits)) & Mask)];
    }
    for (int d = 0; d < digits; ++d) {
        std::uint32_t *bucket = counts.data() + std::size_t(d) * Buckets;
        const int shift = rowBits + d * Bits;
        if (bucket[(a[0] >> shift) & Mask] == count)
            continue; // every key has the same digit here
        std::uint32_t offset = 0;
        for (std::size_t i = 0; i < Buckets; ++i)
            offset += std::exchange(bucket[i], offset);
        for (const quint64 word : a)
            b[bucket[(word >> shift) & Mask]++] = word;
        a.swap(b);
    }
    const quint64 rowMask = (quint64(1) << rowBits) - 1;
    for (std::size_t i = 0; i < count; ++i)
        order[i] = int(a[i] & rowMask);
}

} // namespace

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
    m_clubOffsets.clear();
    m_clubTies.clear();
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
    const bool narrowing = m_model && m_model->tieSet() && onlyClubTextChanged && !m_clubNeedle.isEmpty()
        && needle.contains(m_clubNeedle);
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
    if (m_sortColumn < 0 || m_sortColumn >= TieTableModel::ColumnCount || count == 0) {
        m_order.resize(std::size_t(count));
        std::iota(m_order.begin(), m_order.end(), 0);
    } else {
        orderByKeys(m_model->sortKeys(m_sortColumn), m_order, m_sortScratchA, m_sortScratchB);
    }
    m_orderValid = true;
}

void TieFilterModel::ensureClubIndex()
{
    if (!m_clubOffsets.empty() || !m_model || !m_model->tieSet())
        return;
    const TieSet &set = *m_model->tieSet();
    const std::size_t clubs = set.clubs.size();
    m_clubOffsets.assign(clubs + 1, 0);
    for (const Tie &tie : set.ties) {
        if (tie.home < clubs)
            ++m_clubOffsets[tie.home + 1];
        if (tie.away < clubs && tie.away != tie.home)
            ++m_clubOffsets[tie.away + 1];
    }
    for (std::size_t c = 0; c < clubs; ++c)
        m_clubOffsets[c + 1] += m_clubOffsets[c];
    m_clubTies.resize(m_clubOffsets[clubs]);
    std::vector<std::uint32_t> next(m_clubOffsets.begin(), m_clubOffsets.end() - 1);
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        const Tie &tie = set.ties[i];
        if (tie.home < clubs)
            m_clubTies[next[tie.home]++] = int(i);
        if (tie.away < clubs && tie.away != tie.home)
            m_clubTies[next[tie.away]++] = int(i);
    }
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
        for (std::size_t club = 0; club < mask.size(); ++club) {
            if (!mask[club])
                continue;
            for (std::uint32_t i = m_clubOffsets[club]; i < m_clubOffsets[club + 1]; ++i)
                keep[std::size_t(m_clubTies[i])] = 1;
        }
    }
    TieQuery rest = query;
    rest.clubText.clear();
    if (!rest.isEmpty()) {
        // In file order, so that the ties are read front to back.
        for (std::size_t i = 0; i < ties.size(); ++i) {
            if (keep[i] && !rest.matches(ties[i], {}))
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
        const std::vector<int> &toProxy = sourceToProxy();
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(createIndex(toProxy[std::size_t(sourceRows[std::size_t(i)])], before[i].column()));
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
