// SPDX-License-Identifier: GPL-3.0-or-later
// The Problems pane's model: one row per diagnostic of the loaded TieSet, with the tie it concerns,
// then those of the files that could not be loaded.
#pragma once

#include "loader.h"
#include "tieset.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace tb {

class ProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        FileColumn,
        LineColumn,
        ColumnColumn, // character position in the line; empty when the whole line is meant
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // raw value: severity (int, errors first), file name, line, column, message
        TieIndexRole, // int: index into tieSet()->ties of the tie the problem is in, -1 if none
        DiagnosticIndexRole, // int: index into tieSet()->diagnostics; -1 for a file not loaded
        SeverityRole, // int: tb::Severity (views colour the severity column from it)
    };
    Q_ENUM(Role)

    explicit ProblemModel(QObject *parent = nullptr);
    ~ProblemModel() override;

    // Replaces everything (beginResetModel/endResetModel). Null = empty.
    void setTieSet(std::shared_ptr<const TieSet> set);
    const std::shared_ptr<const TieSet> &tieSet() const { return m_set; }
    // The files that could not be loaded: their diagnostics follow the set's, with no tie.
    void setFailures(const QList<LoadFailure> &failures);

    // The tie whose lines (first leg, second leg, dates) include the diagnostic's line, -1 if none.
    int tieIndex(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        const Diagnostic *diagnostic;
        QString fileName;
        QString path;
    };
    Row row(int index) const;
    int setRows() const;

    std::shared_ptr<const TieSet> m_set;
    QList<LoadFailure> m_failures;
    std::vector<std::pair<int, int>> m_failureRows; // (failure, diagnostic) per row after the set's
    std::vector<int> m_tieOfDiagnostic; // per diagnostic, computed in setTieSet()
};

} // namespace tb
