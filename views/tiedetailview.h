// SPDX-License-Identifier: GPL-3.0-or-later
// Everything about one tie: both legs side by side, the aggregate, how it was decided in a
// sentence, and marks where the file's stated winner or the scores do not add up.
#pragma once

#include "shownties.h"

#include <QWidget>

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

    // Everything shown, one line per item ("Half time: 0:1 | 0:0"), for tests and the clipboard.
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    Private *d;
};

} // namespace tb
