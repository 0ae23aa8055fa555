// SPDX-License-Identifier: GPL-3.0-or-later
// The table of ties: one row per tie of the loaded TieSet, display text plus raw sort values.
#pragma once

#include "tieindexes.h"
#include "tieset.h"

#include <QAbstractTableModel>
#include <memory>

namespace tb {

class TieTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        FirstLegDateColumn,
        HomeColumn, // first leg's home club
        AwayColumn, // first leg's away club
        FirstLegColumn, // "0:6 (0:0)"
        SecondLegColumn, // "2:2 aet (0:0, 1:1)", "1:1 (0:1), 1:4 pens", "2:1 aet (1:0, 1:1), 1:3 pens" ...
        AggregateColumn, // "3:3"
        WinnerColumn,
        DecidedByColumn,
        SecondLegDateColumn,
        FileColumn, // only meaningful with several files; the view hides it otherwise
        RoundColumn, // the round the file names (Football.TXT); hidden when no file names one
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // raw value: QDate, club name, aggregate key (qint64), int ...
        TieIndexRole, // int: index into tieSet()->ties
        WinnerSideRole, // int: tb::Side of the computed winner
        MismatchRole, // bool: stated and computed winner differ (or stated is unknown)
        EmphasisRole, // bool: this cell names the club that went through (views show it bold)
    };
    Q_ENUM(Role)

    explicit TieTableModel(QObject *parent = nullptr);
    ~TieTableModel() override;

    // Replaces everything (beginResetModel/endResetModel). Null = empty. `indexes` are the set's,
    // built with it off the GUI thread (TieIndexes::build); without them (or with indexes of
    // other ties) the keys are computed here when first needed.
    void setTieSet(std::shared_ptr<const TieSet> set, std::shared_ptr<const TieIndexes> indexes = {});
    const std::shared_ptr<const TieSet> &tieSet() const { return m_set; }
    // The indexes setTieSet() took; null when it had none.
    const std::shared_ptr<const TieIndexes> &indexes() const { return m_indexes; }
    const Tie &tie(int row) const { return m_set->ties[static_cast<std::size_t>(row)]; }

    // A key per row for `column`, in ascending order: the indexes' or, without them (and for the
    // file column), computed once per column and cached, so that sorting a million rows never
    // goes through data(). Valid until the next setTieSet().
    const std::vector<qint64> &sortKeys(int column) const;
    // foldForSearch() of every club name by ClubId, for the club filter: the indexes' or, without
    // them, computed once per set.
    const std::vector<QString> &foldedClubNames() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const TieSet> m_set;
    std::shared_ptr<const TieIndexes> m_indexes;
    mutable std::vector<std::vector<qint64>> m_sortKeys; // per column, lazily
    mutable std::vector<int> m_clubRank; // collation rank per ClubId, lazily
    mutable std::vector<QString> m_foldedClubNames; // lazily, when the indexes have none

    const std::vector<int> &clubRank() const;
    std::vector<qint64> computeSortKeys(int column) const;
    QVariant displayData(const Tie &tie, int column) const;
    QVariant sortData(const Tie &tie, int row, int column) const;
    QString toolTip(const Tie &tie, int column) const;
};

} // namespace tb
