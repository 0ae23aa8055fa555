// SPDX-License-Identifier: GPL-3.0-or-later
// The tie table: sorting by header, movable columns, the current tie kept across filter changes,
// and the selected rows as tab-separated text for the clipboard.
#pragma once

#include <QTableView>

namespace tb {

class TieFilterModel;

class TieTableView : public QTableView
{
    Q_OBJECT
public:
    explicit TieTableView(TieFilterModel *model, QWidget *parent = nullptr);

    // Index into the TieSet's ties of the current row, -1 when none.
    int currentTie() const;
    // Makes `tieIndex` current and selected and scrolls to it; false when it is filtered out.
    bool selectTie(int tieIndex);
    // The tie the user last chose, remembered while a filter hides it; -1 when none.
    int wantedTie() const { return m_wantedTie; }
    void setWantedTie(int tieIndex) { m_wantedTie = tieIndex; }

    // A header line with the visible columns in their on-screen order, then one line per
    // selected row in table order; cells are the displayed text, separated by tabs.
    QString selectedRowsAsTsv() const;

    // Drawn in the middle of the table while it has no rows: what to do in an empty window.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

Q_SIGNALS:
    // The current tie changed (by the user or because a filter hid it): -1 = none.
    void currentTieChanged(int tieIndex);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void restoreAfterReset();
    void onCurrentRowChanged(const QModelIndex &current);

    TieFilterModel *m_filter;
    int m_wantedTie = -1;
    int m_lastEmitted = -1;
    QString m_placeholder;
};

} // namespace tb
