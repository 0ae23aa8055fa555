// SPDX-License-Identifier: GPL-3.0-or-later
// The feed from the filter, the set and the selection to the views.
#include "showntiesfeed.h"

#include "tiefiltermodel.h"

#include <algorithm>

namespace tb {

ShownTiesFeed::ShownTiesFeed(const TieFilterModel *filter, QObject *parent)
    : QObject(parent)
    , m_filter(filter)
{
    if (m_filter) {
        connect(m_filter, &TieFilterModel::visibleRowsChanged, this, &ShownTiesFeed::update);
        connect(m_filter, &QAbstractItemModel::modelReset, this, &ShownTiesFeed::update);
    }
    update();
}

void ShownTiesFeed::setTieSet(std::shared_ptr<const TieSet> set)
{
    if (set == m_shown.set)
        return;
    m_shown.set = std::move(set);
    m_shown.current = -1;
    update();
}

void ShownTiesFeed::setCurrentTie(int tieIndex)
{
    m_shown.current = tieIndex;
    m_shown.current = m_shown.currentIndex();
    Q_EMIT shownChanged(m_shown);
}

void ShownTiesFeed::update()
{
    m_shown.rows.clear();
    if (m_shown.set && m_filter)
        m_shown.rows = m_filter->visibleSourceRows();
    m_shown.clubText = m_filter ? m_filter->query().clubText : QString();
    // The filter may still hold the rows of the set before (the set and the filter's model
    // are told one after the other); rows past the end would name no tie.
    const int size = m_shown.set ? int(m_shown.set->ties.size()) : 0;
    std::erase_if(m_shown.rows, [size](int row) { return row < 0 || row >= size; });
    m_shown.current = m_shown.currentIndex();
    Q_EMIT shownChanged(m_shown);
}

} // namespace tb
