// SPDX-License-Identifier: GPL-3.0-or-later
// The knockout bracket: the rounds the rows touch, from the earliest to the last, each tie a box
// with both clubs, the aggregate and how it was decided, lines from a tie to the tie its winner
// plays next and the last round's winners as the finalists. Rounds that do not chain stand in
// columns of their own; the club filter's clubs have their path highlighted.
#pragma once

#include "bracket.h"
#include "tiechart.h"

#include <QList>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QGraphicsPathItem;
QT_END_NAMESPACE

namespace tb {

class BracketChart : public TieChart
{
    Q_OBJECT
public:
    // Below this the names are shortened with an ellipsis rather than drawn smaller.
    static constexpr int MinFontPixels = 7;

    explicit BracketChart(QGraphicsItem *parent = nullptr);
    ~BracketChart() override;

    void showTies(const ShownTies &ties) override;
    void fitForExport(QSize size, const TieChart *onScreen) override;
    // Lays the chart out at `size` and draws the bracket to fit it; done by itself whenever the
    // chart is resized on screen.
    void fitToSize(QSizeF size) override;

    // What is drawn, for the tests and the clicks.
    const Bracket &bracket() const { return m_bracket; }
    // The box of tie `tieIndex` (an index into the set's ties), nullptr when it is not drawn.
    QGraphicsRectItem *boxOf(int tieIndex) const;
    // Whether that box is on a highlighted club's path.
    bool isOnPath(int tieIndex) const;
    // Every piece of text drawn, in drawing order (column headers, boxes, finalists).
    QList<QGraphicsSimpleTextItem *> texts() const { return m_texts; }
    // The lines drawn on a highlighted club's path, between ties and to the finalists.
    int pathLineCount() const { return m_pathLines; }
    // The finalists' boxes, top to bottom.
    QList<QGraphicsRectItem *> finalistBoxes() const { return m_finalistBoxes; }
    // The line under the title: what is shown, the notes (rounds that do not chain, left out).
    QString detailText() const { return m_detail; }

protected:
    void recolor() override;

private:
    void relayout();
    void clearItems();
    QString composeDetail() const;

    std::shared_ptr<const TieSet> m_set;
    ShownRows m_rows;
    QString m_clubText;
    int m_current = -1;
    Bracket m_bracket;
    QString m_detail;

    QGraphicsRectItem *m_canvas = nullptr; // parent of everything drawn, rebuilt on each layout
    std::vector<std::pair<int, QGraphicsRectItem *>> m_boxes; // tie index, its box
    std::vector<int> m_pathTies;
    QList<QGraphicsSimpleTextItem *> m_texts;
    QList<QGraphicsRectItem *> m_finalistBoxes;
    int m_pathLines = 0;
};

} // namespace tb
