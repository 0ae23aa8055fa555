// SPDX-License-Identifier: GPL-3.0-or-later
// The tie table view: configuration, keeping the current tie through model resets, TSV copy.
#include "tietableview.h"

#include "itemdelegates.h"
#include "tiefiltermodel.h"
#include "tietablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPainter>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tb {

TieTableView::TieTableView(TieFilterModel *model, QWidget *parent)
    : QTableView(parent)
    , m_filter(model)
{
    setModel(model);
    setItemDelegate(new TieItemDelegate(this));
    setSortingEnabled(true);
    sortByColumn(TieTableModel::FirstLegDateColumn, Qt::AscendingOrder);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab moves on to the next widget; arrows move in the table
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    // Uniform row heights: the view never measures a million rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Fitting a column to its contents measures the rows on screen only (QTableView reads the
    // horizontal header's precision); Qt's default of 1,000 rows off screen too holds up the first
    // showing of a large set by some 50 ms.
    horizontalHeader()->setResizeContentsPrecision(0);
    verticalHeader()->hide();
    setAccessibleName(tr("Ties"));

    // A filter or sort change resets the proxy; the selection goes with it, so it is put back.
    connect(model, &QAbstractItemModel::modelReset, this, &TieTableView::restoreAfterReset);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
}

int TieTableView::currentTie() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(TieTableModel::TieIndexRole).toInt() : -1;
}

bool TieTableView::selectTie(int tieIndex)
{
    m_wantedTie = tieIndex;
    TieTableModel *source = m_filter->tieModel();
    if (tieIndex < 0 || !source || tieIndex >= source->rowCount()) {
        clearSelection();
        setCurrentIndex({});
        return false;
    }
    const QModelIndex proxy = m_filter->mapFromSource(source->index(tieIndex, 0));
    if (!proxy.isValid()) {
        clearSelection();
        return false;
    }
    const int column = currentIndex().isValid() ? currentIndex().column() : horizontalHeader()->logicalIndex(0);
    const QModelIndex target = m_filter->index(proxy.row(), column < 0 ? 0 : column);
    selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(target);
    return true;
}

void TieTableView::restoreAfterReset()
{
    const bool visible = m_wantedTie >= 0 && selectTie(m_wantedTie);
    if (!visible && m_lastEmitted != -1) {
        m_lastEmitted = -1;
        Q_EMIT currentTieChanged(-1);
    }
}

void TieTableView::onCurrentRowChanged(const QModelIndex &current)
{
    const int tie = current.isValid() ? current.data(TieTableModel::TieIndexRole).toInt() : -1;
    // A reset clears the current index on the way: that must not forget the tie to put back.
    if (current.isValid())
        m_wantedTie = tie;
    if (tie == m_lastEmitted)
        return;
    m_lastEmitted = tie;
    Q_EMIT currentTieChanged(tie);
}

QString TieTableView::selectedRowsAsTsv() const
{
    const QHeaderView *header = horizontalHeader();
    std::vector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.push_back(logical);
    }
    std::vector<int> rows;
    for (const QItemSelectionRange &range : selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.empty())
        return {};

    // Tabs and line breaks inside a cell would shift a spreadsheet's columns and rows.
    const auto cell = [](QString text) {
        text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
        return text;
    };
    QString out;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i)
            out += u'\t';
        out += cell(m_filter->headerData(columns[i], Qt::Horizontal, Qt::DisplayRole).toString());
    }
    out += u'\n';
    for (const int row : rows) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i)
                out += u'\t';
            out += cell(m_filter->index(row, columns[i]).data(Qt::DisplayRole).toString());
        }
        out += u'\n';
    }
    return out;
}

void TieTableView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void TieTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || model()->rowCount() > 0)
        return;
    // As an empty list in a file manager does: the hint in the middle, in the disabled text colour.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    const int margin = fontMetrics().averageCharWidth() * 4;
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap,
                     m_placeholder);
}

} // namespace tb
