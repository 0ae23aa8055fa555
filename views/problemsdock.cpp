// SPDX-License-Identifier: GPL-3.0-or-later
// The Problems pane: a table over ProblemModel; activating a row asks the window to show its tie.
#include "problemsdock.h"

#include "itemdelegates.h"
#include "problemmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace tb {

ProblemsDock::ProblemsDock(QWidget *parent)
    : QDockWidget(parent)
    , m_model(new ProblemModel(this))
    , m_view(new QTableView(this))
{
    // The model lists problems in file and line order, which is the order worth reading them in;
    // no sorting proxy, so that a file with very many problems stays quick.
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProblemItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    header->resizeSection(ProblemModel::SeverityColumn, charWidth * 12);
    header->resizeSection(ProblemModel::FileColumn, charWidth * 28);
    header->resizeSection(ProblemModel::LineColumn, charWidth * 8);
    header->resizeSection(ProblemModel::ColumnColumn, charWidth * 8);
    setWidget(m_view);
    setFocusProxy(m_view);

    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            fillIfShown();
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const int tie = m_model->tieIndex(index.row());
        if (tie >= 0)
            Q_EMIT tieActivated(tie);
    });
    retranslate();
}

void ProblemsDock::setTieSet(std::shared_ptr<const TieSet> set)
{
    m_set = std::move(set);
    m_filled = false;
    if (m_model->tieSet())
        m_model->setTieSet(nullptr); // let go of the old set now, not when next shown
    fillIfShown();
}

void ProblemsDock::setFailures(const QList<LoadFailure> &failures)
{
    m_model->setFailures(failures); // a few files at most: no need to wait until shown
}

void ProblemsDock::fillIfShown()
{
    if (m_filled || isHidden())
        return;
    m_model->setTieSet(m_set);
    m_filled = true;
}

void ProblemsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void ProblemsDock::retranslate()
{
    setWindowTitle(tr("Problems"));
    m_view->setAccessibleName(tr("Problems found in the files"));
    m_view->setToolTip(tr("Double-click a problem to select its tie in the table"));
}

} // namespace tb
