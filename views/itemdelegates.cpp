// SPDX-License-Identifier: GPL-3.0-or-later
// Delegates that turn the models' semantic roles into bold text, colours and icons.
#include "itemdelegates.h"

#include "problemmodel.h"
#include "tietablemodel.h"

#include <QApplication>
#include <QStyle>

namespace tb {

QColor errorColor()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

QColor warningColor()
{
    return QColor(0xc7, 0x7c, 0x02);
}

namespace {

void setTextColor(QStyleOptionViewItem *option, const QColor &color)
{
    option->palette.setColor(QPalette::Text, color);
    // A selected row keeps the highlight's text colour: red on the selection blue would not read.
}

QIcon standardIcon(const QStyleOptionViewItem &option, QStyle::StandardPixmap which)
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    return style->standardIcon(which, &option, option.widget);
}

} // namespace

void TieItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(TieTableModel::EmphasisRole).toBool())
        option->font.setBold(true);
    if (index.column() == TieTableModel::WinnerColumn && index.data(TieTableModel::MismatchRole).toBool()) {
        setTextColor(option, errorColor());
        option->icon = standardIcon(*option, QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

void ProblemItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != ProblemModel::SeverityColumn)
        return;
    const auto severity = static_cast<Severity>(index.data(ProblemModel::SeverityRole).toInt());
    if (severity == Severity::Note) {
        // A note is no problem: the standard information icon, in the ordinary text colour.
        option->icon = standardIcon(*option, QStyle::SP_MessageBoxInformation);
        option->features |= QStyleOptionViewItem::HasDecoration;
        return;
    }
    const bool error = severity == Severity::Error;
    setTextColor(option, error ? errorColor() : warningColor());
    option->icon = standardIcon(*option, error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace tb
