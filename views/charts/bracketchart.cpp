// SPDX-License-Identifier: GPL-3.0-or-later
// The bracket chart: the bracket (models/football/bracket.h) drawn as boxes, text and lines.
// Text is drawn as text items, so that an SVG or PDF export holds every club's name as text.
#include "bracketchart.h"

#include "rules.h"
#include "tiequery.h"
#include "tietext.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QPainterPath>
#include <QPen>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace tb {
namespace {

// A tie's box: a click on it selects the tie.
class TieBox : public QGraphicsRectItem
{
public:
    TieBox(const QRectF &rect, int tieIndex, std::function<void(int)> clicked, QGraphicsItem *parent)
        : QGraphicsRectItem(rect, parent)
        , m_tie(tieIndex)
        , m_clicked(std::move(clicked))
    {
        setAcceptedMouseButtons(Qt::LeftButton);
        setCursor(QCursor(Qt::PointingHandCursor));
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override { event->accept(); }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && contains(event->pos()))
            m_clicked(m_tie);
    }

private:
    int m_tie;
    std::function<void(int)> m_clicked;
};

// How the tie was decided, as the short tag in its box; empty for the aggregate.
QString decidedTag(DecidedBy by)
{
    switch (by) {
    case DecidedBy::Aggregate: return {};
    case DecidedBy::AwayGoals: return BracketChart::tr("AG", "decided on away goals");
    case DecidedBy::ExtraTime: return BracketChart::tr("aet", "decided in extra time");
    case DecidedBy::AwayGoalsExtraTime: return BracketChart::tr("AG aet", "away goals in extra time");
    case DecidedBy::Penalties: return BracketChart::tr("pens", "decided on penalties");
    case DecidedBy::Playoff: return BracketChart::tr("p-o", "decided in a play-off");
    case DecidedBy::CoinToss: return BracketChart::tr("toss", "decided on a coin toss");
    case DecidedBy::Awarded: return BracketChart::tr("awd", "awarded at the table");
    case DecidedBy::Undecided: return BracketChart::tr("open", "not decided");
    }
    return {};
}

// The colours and fonts every item of one layout takes.
struct Look
{
    QColor text;
    QColor faded; // a tie the filter hides
    QColor frame;
    QColor winner;
    QColor path;
    QColor background;
    QFont font;
    QFont bold;
    QFont small;
};

// A column's heading: the round's name, or its file's when the file names no rounds; a name two
// columns share gets its file too.
QString columnName(const Bracket &bracket, std::size_t column)
{
    const BracketRound &round = bracket.rounds[column];
    if (round.name.isEmpty())
        return round.fileName;
    const auto same = std::count_if(bracket.rounds.begin(), bracket.rounds.end(),
                                    [&round](const BracketRound &other) { return other.name == round.name; });
    return same > 1 ? BracketChart::tr("%1 (%2)", "round name (file name)").arg(round.name, round.fileName)
                    : round.name;
}

QString dayText(int julianDay)
{
    return QLocale().toString(QDate::fromJulianDay(julianDay), QLocale::ShortFormat);
}

} // namespace

BracketChart::BracketChart(QGraphicsItem *parent)
    : TieChart(parent)
{
    legend()->setVisible(false);
    // No series: the goal axis of the base is not shown.
    goalAxis()->setVisible(false);
    m_canvas = new QGraphicsRectItem(this);
    m_canvas->setPen(Qt::NoPen);
    m_canvas->setBrush(Qt::NoBrush);
    m_canvas->setZValue(10); // above the chart's background and plot area
    fitOnResize();
    m_detail = composeDetail();
    setTitleTexts(tr("Knockout bracket"), m_detail);
    setDark(false);
}

BracketChart::~BracketChart() = default;

void BracketChart::showTies(const ShownTies &ties)
{
    const int current = ties.currentIndex();
    const bool sameTies = ties.set == m_set && ties.rows == m_rows && ties.clubText == m_clubText;
    if (sameTies && current == m_current)
        return;
    m_current = current;
    if (!sameTies) {
        m_set = ties.set;
        m_rows = m_set ? ties.rows : ShownRows();
        m_clubText = ties.clubText;
        TieQuery query;
        query.clubText = m_clubText;
        m_bracket = m_set ? buildBracket(*m_set, m_rows.list(), query.foldedClubText()) : Bracket();
        m_detail = composeDetail();
        setTitleTexts(tr("Knockout bracket"), m_detail);
    }
    relayout();
}

void BracketChart::fitForExport(QSize size, const TieChart *onScreen)
{
    Q_UNUSED(onScreen) // the bracket has no pages: the export shows all of it
    fitToSize(size);
}

void BracketChart::fitToSize(QSizeF size)
{
    if (!layOutAt(size))
        return;
    relayout();
}

QGraphicsRectItem *BracketChart::boxOf(int tieIndex) const
{
    const auto it = std::find_if(m_boxes.begin(), m_boxes.end(),
                                 [tieIndex](const auto &box) { return box.first == tieIndex; });
    return it == m_boxes.end() ? nullptr : it->second;
}

bool BracketChart::isOnPath(int tieIndex) const
{
    return std::find(m_pathTies.begin(), m_pathTies.end(), tieIndex) != m_pathTies.end();
}

QString BracketChart::composeDetail() const
{
    // Counts are worded apart for one and for more: the translations have no plural forms.
    const QLocale locale;
    const auto number = [&locale](int n) { return locale.toString(n); };
    if (m_bracket.isEmpty()) {
        if (m_bracket.tooLargeRounds == 1)
            return tr("A round of %1 ties: more than a bracket draws (%2 ties a round)")
                .arg(number(m_bracket.tooLargeTies), number(Bracket::MaxRoundTies));
        if (m_bracket.tooLargeRounds > 1)
            return tr("%1 rounds of %2 ties in all: more than a bracket draws (%3 ties a round)")
                .arg(number(m_bracket.tooLargeRounds), number(m_bracket.tooLargeTies), number(Bracket::MaxRoundTies));
        if (m_bracket.notKnockoutRounds > 0)
            return tr("No knockout round: clubs play more than one tie in %1").arg(m_bracket.firstNotKnockout);
        return tr("No ties to show");
    }
    QStringList parts;
    const int rounds = int(m_bracket.rounds.size());
    const int ties = m_bracket.tieCount();
    if (rounds == 1)
        parts << (ties == 1 ? tr("One round, one tie") : tr("One round, %1 ties").arg(number(ties)));
    else if (m_bracket.chainCount == 1)
        parts << tr("%1 rounds that follow one another, %2 ties").arg(number(rounds), number(ties));
    else
        // Rounds that do not chain stand apart, and the note says so.
        parts << tr("%1 rounds, %2 ties; they do not all chain (no club of one is a winner of the round before), "
                    "so %3 groups stand in separate columns")
                     .arg(number(rounds), number(ties), number(m_bracket.chainCount));
    if (!m_clubText.trimmed().isEmpty())
        parts << tr("the path of the clubs matching \u201c%1\u201d highlighted").arg(m_clubText.trimmed());
    const bool entered = std::any_of(m_bracket.rounds.begin(), m_bracket.rounds.end(), [](const BracketRound &r) {
        return std::any_of(r.ties.begin(), r.ties.end(),
                           [](const BracketTie &t) { return t.entered[0] || t.entered[1]; });
    });
    if (entered)
        parts << tr("+ entered in that round");
    const int leftOut = m_bracket.tooLargeRounds + m_bracket.overCapRounds;
    if (leftOut == 1)
        parts << tr("a round left out: a bracket draws up to %1 ties (%2 a round)")
                     .arg(number(Bracket::MaxTies), number(Bracket::MaxRoundTies));
    else if (leftOut > 1)
        parts << tr("%1 rounds left out: a bracket draws up to %2 ties (%3 a round)")
                     .arg(number(leftOut), number(Bracket::MaxTies), number(Bracket::MaxRoundTies));
    if (m_bracket.notKnockoutRounds == 1)
        parts << tr("a round where clubs play more than one tie (%1) left out").arg(m_bracket.firstNotKnockout);
    else if (m_bracket.notKnockoutRounds > 1)
        parts << tr("%1 rounds where clubs play more than one tie (as %2) left out")
                     .arg(number(m_bracket.notKnockoutRounds), m_bracket.firstNotKnockout);
    return parts.join(u"; "_s);
}

void BracketChart::clearItems()
{
    qDeleteAll(m_canvas->childItems());
    m_boxes.clear();
    m_pathTies.clear();
    m_texts.clear();
    m_finalistBoxes.clear();
    m_pathLines = 0;
}

void BracketChart::relayout()
{
    clearItems();
    if (!m_set || m_bracket.isEmpty())
        return;
    if (layout())
        layout()->activate();
    const TieSet &set = *m_set;
    QRectF area = plotArea();
    if (area.width() < 40 || area.height() < 40)
        return;

    const ChartColors colors = chartColors(isDark());
    Look look;
    look.text = titleBrush().color();
    look.faded = look.text;
    look.faded.setAlphaF(0.4);
    look.frame = colors.away;
    look.winner = colors.winner;
    look.path = colors.home;
    look.background = colors.separator;

    // Headings over the columns.
    QFont headingFont = titleFont();
    headingFont.setBold(true);
    headingFont.setPixelSize(12);
    const QFontMetricsF headingMetrics(headingFont);
    const qreal headingHeight = headingMetrics.height() + 6;
    const qreal top = area.top() + headingHeight;
    const qreal height = area.height() - headingHeight;

    // A column's ties take two lines (a club each) when they fit at a readable size, else one
    // line each ("Home 2:1 Away"), which needs a wider column: the columns share the width by
    // what they hold.
    const bool finalists = !m_bracket.finalists.empty();
    const auto rounds = int(m_bracket.rounds.size());
    std::vector<int> twoLinePixels(static_cast<std::size_t>(rounds));
    std::vector<qreal> weights;
    for (int column = 0; column < rounds; ++column) {
        const qreal slot = height / qreal(m_bracket.rounds[std::size_t(column)].ties.size());
        twoLinePixels[std::size_t(column)] = std::clamp(int((slot - 6) / 2.4), 0, 12);
        weights.push_back(twoLinePixels[std::size_t(column)] >= 9 ? 1.0 : 1.6);
    }
    if (finalists)
        weights.push_back(1.0);
    const qreal unit = area.width() / std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<qreal> lefts{area.left()};
    for (const qreal weight : weights)
        lefts.push_back(lefts.back() + weight * unit);
    const qreal gap = std::clamp(unit * 0.16, 10.0, 48.0);
    const auto columnLeft = [&lefts](int column) { return lefts[std::size_t(column)]; };
    const auto boxWidthOf = [&lefts, gap](int column) {
        return lefts[std::size_t(column) + 1] - lefts[std::size_t(column)] - gap;
    };
    const auto addText = [this](const QString &text, const QFont &font, const QColor &colour, QPointF at,
                                QGraphicsItem *parent) {
        auto *item = new QGraphicsSimpleTextItem(text, parent);
        item->setFont(font);
        item->setBrush(colour);
        item->setPos(at);
        m_texts.append(item);
        return item;
    };
    // `text` shortened to `width` with an ellipsis; the full text goes in the tooltip when shortened.
    const auto addFitted = [&addText](const QString &text, const QFont &font, const QColor &colour, QPointF at,
                                      qreal width, QGraphicsItem *parent) {
        const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, std::max(width, 1.0));
        QGraphicsSimpleTextItem *item = addText(shown, font, colour, at, parent);
        if (shown != text)
            item->setToolTip(text);
        return item;
    };
    for (int column = 0; column < int(m_bracket.rounds.size()); ++column) {
        const BracketRound &round = m_bracket.rounds[std::size_t(column)];
        QGraphicsSimpleTextItem *heading = addFitted(columnName(m_bracket, std::size_t(column)), headingFont, look.text,
                                                     {columnLeft(column), area.top()}, boxWidthOf(column), m_canvas);
        QString when;
        if (round.firstDay)
            when = tr("%1 \u2013 %2").arg(dayText(round.firstDay), dayText(round.lastDay));
        heading->setToolTip(
            tr("%1 (%2)\n%3").arg(round.name.isEmpty() ? round.fileName : round.name, round.fileName, when));
        // A round that starts a chain of its own is set apart by a dashed line.
        if (column > 0 && !round.followsPrevious) {
            auto *line = new QGraphicsPathItem(m_canvas);
            QPainterPath path;
            const qreal x = columnLeft(column) - gap / 2;
            path.moveTo(x, area.top());
            path.lineTo(x, area.bottom());
            line->setPath(path);
            line->setPen(QPen(look.frame, 1, Qt::DashLine));
        }
    }

    // Where each tie's box is, column by column, for the lines.
    std::vector<std::vector<QRectF>> boxes(m_bracket.rounds.size());
    std::vector<std::vector<std::array<qreal, 2>>> clubLines(m_bracket.rounds.size()); // each club's y
    QFont base = titleFont();
    base.setBold(false);

    for (int column = 0; column < int(m_bracket.rounds.size()); ++column) {
        const BracketRound &round = m_bracket.rounds[std::size_t(column)];
        const auto count = int(round.ties.size());
        const qreal slot = height / count;
        // One line holds two names: a smaller font leaves them more of themselves. Names that
        // still do not fit are shortened.
        const bool twoLines = twoLinePixels[std::size_t(column)] >= 9;
        const int pixels = twoLines ? twoLinePixels[std::size_t(column)]
                                    : std::clamp(int(slot * 0.72), MinFontPixels, 10);
        const qreal boxWidth = boxWidthOf(column);
        look.font = base;
        look.font.setPixelSize(pixels);
        look.bold = look.font;
        look.bold.setBold(true);
        look.small = look.font;
        look.small.setPixelSize(std::max(MinFontPixels, pixels - 2));
        const QFontMetricsF metrics(look.bold);
        const qreal line = metrics.height();
        const qreal boxHeight = std::min(slot - 1, twoLines ? 2 * line + 4 : line + 2);
        const qreal x = columnLeft(column);
        const qreal scoreWidth = metrics.horizontalAdvance(u"00"_s);
        const qreal markWidth = metrics.horizontalAdvance(tr("+", "entered in this round") + u' ');

        for (int row = 0; row < count; ++row) {
            const BracketTie &entry = round.ties[std::size_t(row)];
            const Tie &tie = set.ties[std::size_t(entry.tie)];
            const qreal centre = top + (row + 0.5) * slot;
            const QRectF rect(x, centre - boxHeight / 2, boxWidth, boxHeight);
            boxes[std::size_t(column)].push_back(rect);
            const bool onPath = entry.highlighted[0] || entry.highlighted[1];
            auto *box = new TieBox(
                rect, entry.tie, [this](int tieIndex) { Q_EMIT tieClicked(tieIndex); }, m_canvas);
            const QColor frame = onPath ? look.path : entry.shown ? look.frame : look.faded;
            QPen pen(frame, onPath ? 2.5 : 1);
            if (entry.tie == m_current)
                pen = QPen(look.text, onPath ? 2.5 : 2, Qt::DashLine);
            box->setPen(pen);
            box->setBrush(look.background);
            QString tip = tieTitle(set, tie) + u'\n' + decisionSentence(set, tie);
            for (std::size_t side = 0; side < 2; ++side) {
                if (entry.entered[side])
                    tip += u'\n'
                        + tr("%1 entered the competition in this round")
                              .arg(set.clubName(side == 0 ? tie.home : tie.away));
            }
            box->setToolTip(tip);
            m_boxes.emplace_back(entry.tie, box);
            if (onPath)
                m_pathTies.push_back(entry.tie);

            const Aggregate total = rules::aggregate(tie);
            const QString tag = decidedTag(tie.decidedBy);
            const qreal tagWidth = tag.isEmpty() ? 0 : QFontMetricsF(look.small).horizontalAdvance(tag) + 4;
            const QColor ink = entry.shown ? look.text : look.faded;
            const auto nameColour = [&](std::size_t side) { return entry.highlighted[side] ? look.path : ink; };
            const auto nameFont = [&](std::size_t side) {
                const Side club = side == 0 ? Side::Home : Side::Away;
                return tie.winner == club || entry.highlighted[side] ? look.bold : look.font;
            };
            const auto nameOf = [&](std::size_t side) {
                const QString name = set.clubName(side == 0 ? tie.home : tie.away);
                return entry.entered[side] ? tr("+", "entered in this round") + u' ' + name : name;
            };
            std::array<qreal, 2> ys{centre, centre};
            if (twoLines) {
                const qreal nameWidth = boxWidth - 8 - scoreWidth - tagWidth;
                for (std::size_t side = 0; side < 2; ++side) {
                    const qreal y = rect.top() + 2 + qreal(side) * line;
                    ys[side] = y + line / 2;
                    // The club that went through: a stripe of the winner's colour, as in the other charts.
                    const Side club = side == 0 ? Side::Home : Side::Away;
                    if (tie.winner == club) {
                        auto *stripe = new QGraphicsRectItem(QRectF(rect.left() + 1, y, 3, line), box);
                        stripe->setPen(Qt::NoPen);
                        stripe->setBrush(entry.shown ? look.winner : look.faded);
                    }
                    addFitted(nameOf(side), nameFont(side), nameColour(side), {rect.left() + 6, y}, nameWidth, box);
                    const QString goals = QString::number(side == 0 ? total.home : total.away);
                    const qreal goalsX = rect.right() - 3 - tagWidth
                        - QFontMetricsF(nameFont(side)).horizontalAdvance(goals);
                    addText(goals, nameFont(side), ink, {goalsX, y}, box);
                }
                if (!tag.isEmpty())
                    addText(tag, look.small, ink,
                            {rect.right() - tagWidth, rect.center().y() - QFontMetricsF(look.small).height() / 2}, box);
            } else {
                // "Home 2:1 Away tag" on one line.
                const qreal y = rect.top() + (boxHeight - line) / 2;
                const QString score = scoreText(total.home, total.away);
                const qreal scoreRoom = metrics.horizontalAdvance(score) + 8;
                const qreal marks = entry.entered[0] || entry.entered[1] ? markWidth : 0;
                const qreal nameWidth = std::max(8.0, (boxWidth - 8 - scoreRoom - tagWidth - marks) / 2);
                QGraphicsSimpleTextItem *home = addFitted(nameOf(0), nameFont(0), nameColour(0), {rect.left() + 3, y},
                                                          nameWidth, box);
                const qreal scoreX = rect.left() + 3 + home->boundingRect().width() + 4;
                addText(score, look.font, ink, {scoreX, y}, box);
                // The away club takes what the home club left of the line.
                const qreal awayX = scoreX + scoreRoom - 4;
                addFitted(nameOf(1), nameFont(1), nameColour(1), {awayX, y},
                          std::max(nameWidth, rect.right() - 3 - tagWidth - awayX), box);
                if (!tag.isEmpty())
                    addText(tag, look.small, ink, {rect.right() - tagWidth, y}, box);
            }
            clubLines[std::size_t(column)].push_back(ys);
        }
    }

    // Lines from each tie to the tie its winner plays next: out of the box's right edge, across
    // the gap, into the club's line of the next box.
    const auto addLine = [&](QPointF from, QPointF to, bool onPath) {
        auto *item = new QGraphicsPathItem(m_canvas);
        QPainterPath path(from);
        const qreal middle = from.x() + (to.x() - from.x()) / 2;
        path.lineTo(middle, from.y());
        path.lineTo(middle, to.y());
        path.lineTo(to);
        item->setPath(path);
        item->setPen(QPen(onPath ? look.path : look.frame, onPath ? 2.5 : 1.2));
        item->setZValue(onPath ? 1 : 0);
        if (onPath)
            ++m_pathLines;
    };
    for (std::size_t column = 1; column < m_bracket.rounds.size(); ++column) {
        const BracketRound &round = m_bracket.rounds[column];
        if (!round.followsPrevious)
            continue;
        for (std::size_t row = 0; row < round.ties.size(); ++row) {
            const BracketTie &entry = round.ties[row];
            for (std::size_t side = 0; side < 2; ++side) {
                const int from = entry.from[side];
                if (from < 0)
                    continue;
                const QRectF &source = boxes[column - 1][std::size_t(from)];
                const QRectF &target = boxes[column][row];
                addLine({source.right(), source.center().y()}, {target.left(), clubLines[column][row][side]},
                        entry.highlighted[side]);
            }
        }
    }

    // The last round's winners: the finalists (or the winner, or those who went through).
    if (finalists) {
        const auto column = int(m_bracket.rounds.size());
        const auto count = int(m_bracket.finalists.size());
        const QString heading = count == 2 ? tr("Finalists") : count == 1 ? tr("Winner") : tr("Through");
        const qreal boxWidth = boxWidthOf(column);
        addFitted(heading, headingFont, look.text, {columnLeft(column), area.top()}, boxWidth, m_canvas);
        const BracketRound &last = m_bracket.rounds[std::size_t(m_bracket.chainEnd)];
        QFont font = base;
        font.setPixelSize(std::clamp(int(height / count * 0.5), MinFontPixels, 13));
        font.setBold(true);
        const qreal line = QFontMetricsF(font).height();
        int winnerRow = 0;
        for (std::size_t row = 0; row < last.ties.size(); ++row) {
            const Tie &tie = set.ties[std::size_t(last.ties[row].tie)];
            const ClubId winner = tie.winnerClub();
            if (winner == NoClub)
                continue;
            const QRectF &source = boxes[std::size_t(m_bracket.chainEnd)][row];
            const QRectF rect(columnLeft(column), source.center().y() - (line + 6) / 2, boxWidth, line + 6);
            const bool highlighted = m_bracket.finalistHighlighted[std::size_t(winnerRow)];
            auto *box = new QGraphicsRectItem(rect, m_canvas);
            box->setPen(QPen(highlighted ? look.path : look.winner, highlighted ? 2.5 : 1.5));
            box->setBrush(look.background);
            box->setToolTip(set.clubName(winner));
            addFitted(set.clubName(winner), font, highlighted ? look.path : look.text,
                      {rect.left() + 5, rect.top() + 3}, boxWidth - 10, box);
            m_finalistBoxes.append(box);
            addLine({source.right(), source.center().y()}, {rect.left(), rect.center().y()}, highlighted);
            ++winnerRow;
        }
    }
}

void BracketChart::recolor()
{
    // Every item takes its colour when laid out: lay out again in the new theme.
    if (m_canvas)
        relayout();
}

} // namespace tb
