// SPDX-License-Identifier: GPL-3.0-or-later
// The base of every chart kind: told what to show in one way (ShownTies), light or dark theme,
// a title with a line of detail under it, the goal axis, and paging for charts of many ties.
#pragma once

#include "chartstyle.h"
#include "shownties.h"

#include <QtCharts/QChart>

QT_BEGIN_NAMESPACE
class QValueAxis;
QT_END_NAMESPACE

namespace tb {

class TieChart : public QChart
{
    Q_OBJECT
public:
    explicit TieChart(QGraphicsItem *parent = nullptr);
    ~TieChart() override;

    // Draws what `ties` says: a chart of one tie draws ties.current (or says that none is
    // selected), a chart of many draws ties.rows in their order and marks ties.current.
    virtual void showTies(const ShownTies &ties) = 0;

    void setDark(bool dark);
    bool isDark() const { return m_dark; }

    QValueAxis *goalAxis() const { return m_goals; }

    // Charts of many ties draw one page at a time; the panel puts a pager under those.
    virtual bool isPaged() const { return false; }
    virtual int page() const { return 0; }
    virtual int pageCount() const { return 1; }
    virtual void setPage(int page) { Q_UNUSED(page) }
    virtual QString pageText() const { return {}; } // what the pager says is shown

    // Before the chart is drawn off screen at `size` (export, print, clipboard): lays it out for
    // that size. `onScreen` is the chart of the same kind on screen, if any, so that the copy
    // starts where the screen does.
    virtual void fitForExport(QSize size, const TieChart *onScreen)
    {
        Q_UNUSED(size)
        Q_UNUSED(onScreen)
    }

    // Lays the chart out at `size` and draws it to fit, for a chart whose drawing depends on its
    // size; the base only lays it out. One that calls fitOnResize() is refitted on screen by itself.
    virtual void fitToSize(QSizeF size) { layOutAt(size); }

Q_SIGNALS:
    void pageChanged(int page);
    // The user clicked the part of the chart that stands for ties[tieIndex].
    void tieClicked(int tieIndex);

protected:
    // Colours the series for the theme; called after every theme change.
    virtual void recolor() = 0;
    // A bold title and a smaller line of detail (plain text), re-broken whenever the width changes.
    void setTitleTexts(const QString &title, const QString &detail);
    // The goal axis from 0 to highest + 1: one tick per goal up to `finestTop`, else `coarseTicks` nice ones.
    void setGoalRange(int highest, int finestTop = 12, int coarseTicks = 7);
    // Refits the chart (fitToSize(size())) after each resize on screen, once the resizing is
    // over rather than inside Qt's layout pass.
    void fitOnResize();
    // Resizes the chart to `size` and lays it out now, not in the event loop; false for an empty size.
    bool layOutAt(QSizeF size);

private:
    void updateTitle();

    bool m_fitPending = false;

    QValueAxis *m_goals = nullptr;
    QString m_titleText; // plain text; the title markup is made from these for the width
    QString m_detailText;
    bool m_composedTitle = false;
    bool m_dark = false;
};

// The base of a chart of one tie (ties.current): draws it when the set or the tie changes, and
// says that none is selected when there is none.
class OneTieChart : public TieChart
{
    Q_OBJECT
public:
    using TieChart::TieChart;

    void showTies(const ShownTies &ties) final;
    bool hasTie() const { return m_tieIndex >= 0; }

protected:
    virtual void drawTie(const TieSet &set, int tieIndex) = 0;
    virtual void drawNoTie() = 0;

private:
    std::shared_ptr<const TieSet> m_set; // what is drawn, so that telling it again draws nothing new
    int m_tieIndex = -1;
};

} // namespace tb
