// SPDX-License-Identifier: GPL-3.0-or-later
// The feed from the filter, the set and the selection to the views.
#include "showntiesfeed.h"

#include "tiefiltermodel.h"
#include "tietablemodel.h"

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
    const int before = m_shown.current;
    m_shown.current = tieIndex;
    m_shown.current = m_shown.currentIndex();
    // The table and the window both say which tie it is after a load: the views, which lay out
    // a tie's text and charts anew, are told once.
    if (m_shown.current != before)
        Q_EMIT shownChanged(m_shown);
}

void ShownTiesFeed::update()
{
    // The set and the filter's model are told one after the other: until the model has the set
    // too, the filter's rows and the model's indexes are those of the set before, and name other
    // ties (a million of them, after a large file: not copied for nothing either).
    const TieTableModel *model = m_filter ? m_filter->tieModel() : nullptr;
    const bool filterHasTheSet = m_shown.set && model && model->tieSet() == m_shown.set;
    // The one copy of the rows: the views share it (ShownRows).
    m_shown.rows = filterHasTheSet ? ShownRows(m_filter->visibleSourceRows()) : ShownRows();
    m_shown.clubText = m_filter ? m_filter->query().clubText : QString();
    m_shown.clubIndex = filterHasTheSet && model->indexes() ? model->indexes()->clubs : nullptr;
    m_shown.current = m_shown.currentIndex();
    Q_EMIT shownChanged(m_shown);
}

} // namespace tb
