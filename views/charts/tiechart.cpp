// SPDX-License-Identifier: GPL-3.0-or-later
// What the chart kinds share: theme, title with detail, goal axis.
#include "tiechart.h"

#include <QGraphicsLayout>
#include <QMetaObject>
#include <QtCharts/QValueAxis>

using namespace Qt::StringLiterals;

namespace tb {

TieChart::TieChart(QGraphicsItem *parent)
    : QChart(parent)
{
    m_goals = new QValueAxis(this);
    m_goals->setLabelFormat(u"%d"_s);
    connect(this, &QGraphicsWidget::geometryChanged, this, &TieChart::updateTitle);
}

TieChart::~TieChart() = default;

void TieChart::setDark(bool dark)
{
    m_dark = dark;
    applyChartTheme(this, dark);
    recolor();
}

void TieChart::setTitleTexts(const QString &title, const QString &detail)
{
    m_composedTitle = true;
    m_titleText = title;
    m_detailText = detail;
    updateTitle();
}

void TieChart::setGoalRange(int highest, int finestTop, int coarseTicks)
{
    const int top = highest + 1;
    m_goals->setRange(0, top);
    // One tick per goal while that stays readable, otherwise let the axis choose.
    if (top <= finestTop) {
        m_goals->setTickCount(top + 1);
    } else {
        m_goals->setTickCount(coarseTicks);
        m_goals->applyNiceNumbers();
    }
}

void TieChart::fitOnResize()
{
    connect(this, &QGraphicsWidget::geometryChanged, this, [this] {
        if (m_fitPending || !scene())
            return;
        m_fitPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_fitPending = false;
                fitToSize(size());
            },
            Qt::QueuedConnection);
    });
}

bool TieChart::layOutAt(QSizeF size)
{
    if (size.isEmpty())
        return false;
    if (this->size() != size)
        resize(size);
    if (layout())
        layout()->activate();
    return true;
}

void TieChart::updateTitle()
{
    // Charts that set their own title markup are left alone.
    if (m_composedTitle)
        setTitle(chartTitle(this, m_titleText, m_detailText, size().width()));
}

void OneTieChart::showTies(const ShownTies &ties)
{
    const int index = ties.currentIndex();
    if (index < 0) {
        const bool hadTie = hasTie();
        m_set.reset();
        m_tieIndex = -1;
        if (hadTie)
            drawNoTie();
        return;
    }
    if (ties.set == m_set && index == m_tieIndex)
        return;
    m_set = ties.set;
    m_tieIndex = index;
    drawTie(*ties.set, index);
}

} // namespace tb
