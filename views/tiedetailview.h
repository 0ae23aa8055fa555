// SPDX-License-Identifier: GPL-3.0-or-later
// Everything about one tie: both legs side by side (and its play-off beside them when it had
// one), the aggregate, how it was decided in a sentence, and marks where the file's stated winner or the scores do not add up.
#pragma once

#include "shownties.h"

#include <QWidget>

#include <vector>

namespace tb {

class TieDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit TieDetailView(QWidget *parent = nullptr);
    ~TieDetailView() override;

    // Shows ties.current (the view keeps the set while it shows one of its ties); no current
    // tie (or no set) shows "No tie selected". The rows are not used.
    void showTies(const ShownTies &ties);

    // Everything shown, one line per item ("Half time: 0:1 | 0:0", with a third column for a
    // play-off), for tests and the clipboard.
    QString summaryText() const;
    // The link to each tie of a club's path, as the view shows them: ties[club] for the first
    // leg's home club (0) and away club (1), for tests.
    std::vector<int> pathTies(int club) const;
    // Follows the link to ties[club][step] as a click on it does.
    void activatePathLink(int club, int step);

Q_SIGNALS:
    // A link of a club's path was followed: select that tie (through the filter if need be).
    void tieLinkActivated(int tieIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The clubs' paths of the tie shown (d->pathTie), laid out now; and only if still to be.
    void showPaths();
    void showPendingPaths() const;

    struct Private;
    Private *d;
};

} // namespace tb
