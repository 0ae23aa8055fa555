// SPDX-License-Identifier: GPL-3.0-or-later
// Follows the table's filter and sort and the selected tie, and tells the views what to show.
#pragma once

#include "shownties.h"

#include <QObject>

namespace tb {

class TieFilterModel;

class ShownTiesFeed : public QObject
{
    Q_OBJECT
public:
    // The rows come from `filter` as it filters and sorts; the set comes from setTieSet(), never
    // from the filter's source model.
    explicit ShownTiesFeed(const TieFilterModel *filter, QObject *parent = nullptr);

    // A new set forgets the selected tie: its index would name another tie of another set.
    void setTieSet(std::shared_ptr<const TieSet> set);
    // An index into the set's ties; -1 (or out of range) = none.
    void setCurrentTie(int tieIndex);

    const ShownTies &shown() const { return m_shown; }

Q_SIGNALS:
    void shownChanged(const ShownTies &shown);

private:
    void update();

    const TieFilterModel *m_filter;
    ShownTies m_shown;
};

} // namespace tb
