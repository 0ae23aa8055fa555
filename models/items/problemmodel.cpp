// SPDX-License-Identifier: GPL-3.0-or-later
// The Problems pane's model: diagnostics as rows, each pointing back at its file, line and tie.
#include "problemmodel.h"

namespace tb {
ProblemModel::ProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ProblemModel::~ProblemModel() = default;

void ProblemModel::setTieSet(std::shared_ptr<const TieSet> set)
{
    beginResetModel();
    m_set = std::move(set);
    m_tieOfDiagnostic = m_set ? tiesOfDiagnostics(*m_set) : std::vector<int>();
    endResetModel();
}

void ProblemModel::setFailures(const QList<LoadFailure> &failures)
{
    beginResetModel();
    m_failures = failures;
    m_failureRows.clear();
    for (qsizetype f = 0; f < m_failures.size(); ++f) {
        for (std::size_t d = 0; d < m_failures[f].diagnostics.size(); ++d)
            m_failureRows.emplace_back(int(f), int(d));
    }
    endResetModel();
}

int ProblemModel::setRows() const
{
    return m_set ? static_cast<int>(m_set->diagnostics.size()) : 0;
}

ProblemModel::Row ProblemModel::row(int index) const
{
    if (index < setRows()) {
        const Diagnostic &d = m_set->diagnostics[std::size_t(index)];
        const bool known = d.file < m_set->files.size();
        return {&d, known ? m_set->files[d.file].displayName : QString(),
                known ? m_set->files[d.file].path : QString()};
    }
    const auto [f, d] = m_failureRows[std::size_t(index - setRows())];
    const LoadFailure &failure = m_failures[f];
    return {&failure.diagnostics[std::size_t(d)], failure.displayName, failure.path};
}

int ProblemModel::tieIndex(int row) const
{
    return row >= 0 && std::size_t(row) < m_tieOfDiagnostic.size() ? m_tieOfDiagnostic[std::size_t(row)] : -1;
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : setRows() + static_cast<int>(m_failureRows.size());
}

int ProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row r = row(index.row());
    const Diagnostic &d = *r.diagnostic;
    const QString &fileName = r.fileName;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return d.severity == Severity::Error  ? tr("Error")
                : d.severity == Severity::Warning ? tr("Warning")
                                                  : tr("Note");
        case FileColumn: return fileName;
        case LineColumn: return d.line > 0 ? QVariant(QString::number(d.line)) : QVariant();
        case ColumnColumn: return d.column > 0 ? QVariant(QString::number(d.column)) : QVariant();
        case MessageColumn: return d.message;
        }
        return {};
    case Qt::ToolTipRole: {
        const QString path = r.path.startsWith(u':') ? fileName : r.path; // the sample, a pasted round
        if (d.line == 0)
            return tr("%1: %2").arg(path, d.message);
        if (d.column == 0)
            return tr("%1, line %2: %3").arg(path).arg(d.line).arg(d.message);
        return tr("%1, line %2, column %3: %4").arg(path).arg(d.line).arg(d.column).arg(d.message);
    }
    case SeverityRole: return static_cast<int>(d.severity);
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn || index.column() == ColumnColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        switch (index.column()) {
        case SeverityColumn: // errors first, then warnings, then notes
            return d.severity == Severity::Error ? 0 : d.severity == Severity::Warning ? 1 : 2;
        case FileColumn: return fileName;
        case LineColumn: return qulonglong(d.line);
        case ColumnColumn: return qulonglong(d.column);
        case MessageColumn: return d.message;
        }
        return {};
    case TieIndexRole: return tieIndex(index.row());
    case DiagnosticIndexRole: return index.row() < setRows() ? index.row() : -1;
    default: return {};
    }
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    case ColumnColumn: return tr("Column");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace tb
