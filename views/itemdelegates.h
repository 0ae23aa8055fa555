// SPDX-License-Identifier: GPL-3.0-or-later
// How the tables stress what matters: the model says what (roles), these delegates say how
// (bold, a warning colour and icon), so that models/ needs no QtGui and the look follows the style.
#pragma once

#include <QStyledItemDelegate>

namespace tb {

// Tie table: the club that went through in bold; a winner the file disagrees with in a warning
// colour with a warning icon.
class TieItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// Problems list: the severity column with the standard error or warning icon and colour.
class ProblemItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// The red used for errors and for a stated winner that the rules contradict; it reads on light
// and dark palettes alike.
QColor errorColor();
QColor warningColor();

} // namespace tb
