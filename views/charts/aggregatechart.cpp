// SPDX-License-Identifier: GPL-3.0-or-later
// Chart 3: aggregate bars, one page of ties at a time.
#include "aggregatechart.h"

#include "rules.h"

#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLocale>
#include <QPen>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tb {
namespace {

// The share of the chart's width a tie's label may take; the bars keep the rest.
constexpr qreal LabelShare = 0.4;

} // namespace

AggregateChart::AggregateChart(QGraphicsItem *parent)
    : TieChart(parent)
{
    m_series = new QHorizontalBarSeries(this);
    m_series->setBarWidth(0.9);
    m_home = new QBarSet(tr("First-leg home club"), m_series);
    m_away = new QBarSet(tr("First-leg away club"), m_series);
    // Qt stacks a row's bars upwards in set order: the away set first puts the home club's bar
    // on top, in the order the label names the clubs. The legend is reversed to match.
    m_series->append(m_away);
    m_series->append(m_home);
    addSeries(m_series);

    // An empty series only so that the legend explains the highlight colour; a scatter series
    // because another bar series would take a share of each tie's row.
    m_legendOnly = new QScatterSeries(this);
    m_legendOnly->setName(tr("Went through"));
    m_legendOnly->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    addSeries(m_legendOnly);

    m_ties = new QBarCategoryAxis(this);
    // Qt would shorten a label to "..." as soon as it is taller than its share of the axis less
    // padding; the page size keeps every label within its share, so they are drawn whole.
    m_ties->setTruncateLabels(false);
    goalAxis()->setTitleText(tr("Goals on aggregate (shoot-outs not counted)"));
    addAxis(m_ties, Qt::AlignLeft);
    addAxis(goalAxis(), Qt::AlignBottom);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_series), static_cast<QAbstractSeries *>(m_legendOnly)}) {
        series->attachAxis(m_ties);
        series->attachAxis(goalAxis());
    }
    // A click on either club's bar picks the tie of its row.
    for (QBarSet *set : {m_home, m_away}) {
        connect(set, &QBarSet::clicked, this, [this](int category) {
            const int tie = tieAtBar(categoryOfBar(category));
            if (tie >= 0)
                Q_EMIT tieClicked(tie);
        });
    }

    legend()->setAlignment(Qt::AlignBottom);
    legend()->setReverseMarkers(true);
    fitOnResize();
    setDark(false);
    rebuild();
}

AggregateChart::~AggregateChart() = default;

void AggregateChart::fitToSize(QSizeF size)
{
    if (!layOutAt(size))
        return;
    // Each tie needs a line of label text and a little air; Qt leaves out labels with less.
    const int line = QFontMetrics(m_ties->labelsFont()).height();
    const int ties = std::clamp(int(plotArea().height()) / (line + 2), MinPageSize, MaxPageSize);
    const int labelWidth = std::max(120, int(size.width() * LabelShare));
    if (ties == m_pageSize && labelWidth == m_labelWidth)
        return;
    m_labelWidth = labelWidth;
    if (ties != m_pageSize) {
        setPageSize(ties);
    } else {
        rebuild();
    }
    if (layout())
        layout()->activate();
}

void AggregateChart::showTies(const ShownTies &ties)
{
    const int current = ties.currentIndex();
    if (ties.set != m_set || ties.rows != m_rows) {
        m_currentTie = current;
        setTies(ties.set, ties.rows);
    } else {
        setCurrentTie(current);
    }
}

void AggregateChart::fitForExport(QSize size, const TieChart *onScreen)
{
    fitToSize(size);
    // Start where the screen starts, so the export shows what the user is looking at.
    if (const auto *shown = qobject_cast<const AggregateChart *>(onScreen))
        setPage(shown->firstShown() / pageSize());
}

QString AggregateChart::pageText() const
{
    const QLocale locale;
    if (tieCount() == 0)
        return tr("No ties");
    return tr("Ties %1\u2013%2 of %3")
        .arg(locale.toString(firstShown() + 1), locale.toString(firstShown() + shownCount()),
             locale.toString(tieCount()));
}

void AggregateChart::setTies(std::shared_ptr<const TieSet> set, ShownRows rows)
{
    m_set = std::move(set);
    m_rows = m_set ? std::move(rows) : ShownRows();
    m_page = 0;
    if (m_currentTie >= 0) {
        const auto it = std::find(m_rows.begin(), m_rows.end(), m_currentTie);
        if (it != m_rows.end())
            m_page = int(it - m_rows.begin()) / m_pageSize;
    }
    rebuild();
    Q_EMIT pageChanged(m_page);
}

void AggregateChart::setPageSize(int ties)
{
    ties = std::clamp(ties, MinPageSize, MaxPageSize);
    if (ties == m_pageSize)
        return;
    // Keep the first tie shown on screen.
    const int first = firstShown();
    m_pageSize = ties;
    m_page = first / m_pageSize;
    rebuild();
    Q_EMIT pageChanged(m_page);
}

int AggregateChart::pageCount() const
{
    return std::max(1, int((m_rows.size() + std::size_t(m_pageSize) - 1) / std::size_t(m_pageSize)));
}

int AggregateChart::shownCount() const
{
    return std::clamp(int(m_rows.size()) - firstShown(), 0, m_pageSize);
}

void AggregateChart::setPage(int page)
{
    page = std::clamp(page, 0, pageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    rebuild();
    Q_EMIT pageChanged(m_page);
}

void AggregateChart::setCurrentTie(int tieIndex)
{
    if (tieIndex == m_currentTie)
        return;
    m_currentTie = tieIndex;
    int page = m_page;
    if (tieIndex >= 0) {
        const auto it = std::find(m_rows.begin(), m_rows.end(), tieIndex);
        if (it != m_rows.end())
            page = int(it - m_rows.begin()) / m_pageSize;
    }
    const bool turned = page != m_page;
    m_page = page;
    rebuild();
    if (turned)
        Q_EMIT pageChanged(m_page);
}

int AggregateChart::tieAtBar(int bar) const
{
    if (bar < 0 || bar >= shownCount())
        return -1;
    return m_rows[std::size_t(firstShown()) + std::size_t(bar)];
}

int AggregateChart::categoryOfBar(int bar) const
{
    return shownCount() - 1 - bar;
}

int AggregateChart::drawnGoals(int bar, Side club) const
{
    const QBarSet *set = club == Side::Home ? m_home : club == Side::Away ? m_away : nullptr;
    if (!set || bar < 0 || bar >= shownCount())
        return -1;
    return qRound(set->at(categoryOfBar(bar)));
}

bool AggregateChart::isHighlighted(int bar, Side club) const
{
    const QBarSet *set = club == Side::Home ? m_home : club == Side::Away ? m_away : nullptr;
    return set && bar >= 0 && bar < shownCount() && set->isBarSelected(categoryOfBar(bar));
}

QString AggregateChart::tieLabel(int bar) const
{
    if (bar < 0 || bar >= shownCount())
        return {};
    return m_ties->at(categoryOfBar(bar));
}

void AggregateChart::rebuild()
{
    const int first = firstShown();
    const int count = shownCount();
    // Each club's name gets half of the label's width less the number and the score.
    const QFontMetrics metrics(m_ties->labelsFont());
    const int nameWidth = std::max(40, (m_labelWidth - metrics.horizontalAdvance(u"0000. 00:00 "_s)) / 2);
    const auto shortName = [&metrics, nameWidth](const QString &name) {
        return metrics.elidedText(name, Qt::ElideRight, nameWidth);
    };
    QList<qreal> homeGoals, awayGoals;
    QList<int> homeWon, awayWon;
    QStringList labels;
    homeGoals.reserve(count);
    awayGoals.reserve(count);
    labels.reserve(count);
    int highest = 1;
    for (int bar = 0; bar < count; ++bar) {
        const int tieIndex = m_rows[std::size_t(first) + std::size_t(bar)];
        const Tie &tie = m_set->ties[std::size_t(tieIndex)];
        const Aggregate total = rules::aggregate(tie);
        homeGoals.append(total.home);
        awayGoals.append(total.away);
        highest = std::max({highest, total.home, total.away});
        if (tie.winner == Side::Home)
            homeWon.append(bar);
        else if (tie.winner == Side::Away)
            awayWon.append(bar);
        // Position in the table, the clubs and the score: unique on a page, as the axis needs.
        QString label = tr("%1. %2 %3:%4 %5")
                            .arg(first + bar + 1)
                            .arg(shortName(m_set->clubName(tie.home)).toHtmlEscaped())
                            .arg(total.home)
                            .arg(total.away)
                            .arg(shortName(m_set->clubName(tie.away)).toHtmlEscaped());
        if (tieIndex == m_currentTie)
            label = u"<b>"_s + label + u"</b>"_s;
        labels.append(label);
    }

    // Horizontal bars grow upwards from the first category; the table's first tie goes on top.
    std::reverse(homeGoals.begin(), homeGoals.end());
    std::reverse(awayGoals.begin(), awayGoals.end());
    std::reverse(labels.begin(), labels.end());
    for (QList<int> *won : {&homeWon, &awayWon}) {
        for (int &bar : *won)
            bar = count - 1 - bar;
    }

    m_home->remove(0, m_home->count());
    m_away->remove(0, m_away->count());
    m_home->append(homeGoals);
    m_away->append(awayGoals);
    m_home->deselectAllBars();
    m_away->deselectAllBars();
    m_home->selectBars(homeWon);
    m_away->selectBars(awayWon);
    m_ties->clear();
    m_ties->append(labels);
    // Emptied, the category axis keeps drawing its old names (Qt 6.4): with no ties, no names.
    m_ties->setLabelsVisible(!labels.isEmpty());

    setGoalRange(highest, 15, 8);

    const QLocale locale;
    QString shown;
    if (m_rows.empty())
        shown = tr("no ties to show");
    else if (m_rows.size() == 1)
        shown = tr("one tie");
    else if (pageCount() == 1)
        shown = tr("all %1 ties").arg(locale.toString(qint64(m_rows.size())));
    else
        shown = tr("ties %1\u2013%2 of %3 (page %4 of %5)")
                    .arg(locale.toString(first + 1), locale.toString(first + count),
                         locale.toString(qint64(m_rows.size())), locale.toString(m_page + 1),
                         locale.toString(pageCount()));
    setTitle(tr("Aggregate score of each tie, in the table's order<br><small>%1</small>").arg(shown));
}

void AggregateChart::recolor()
{
    const ChartColors colors = chartColors(isDark());
    m_home->setColor(colors.home);
    m_away->setColor(colors.away);
    m_legendOnly->setColor(colors.winner);
    m_legendOnly->setBorderColor(colors.winner);
    m_legendOnly->setPen(QPen(colors.winner));
    for (QBarSet *set : {m_home, m_away}) {
        set->setSelectedColor(colors.winner);
        set->setPen(Qt::NoPen); // thin bars read better without outlines
    }
}

} // namespace tb
