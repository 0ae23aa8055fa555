// SPDX-License-Identifier: GPL-3.0-or-later
// The summary chart: three figures of the filter's ties as bars, one row each.
#include "summarychart.h"

#include "tietext.h"

#include <QFontMetrics>
#include <QLocale>
#include <QMetaObject>
#include <QSet>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tb {
namespace {

constexpr int FirstThroughRow = DecidedByCount;
constexpr int FirstMarginRow = FirstThroughRow + SummaryChart::ThroughRows;
// The share of the chart's width a row's label may take; the bars keep the rest.
constexpr qreal LabelShare = 0.36;

} // namespace

SummaryChart::SummaryChart(QGraphicsItem *parent)
    : TieChart(parent)
{
    // Stacked, so that each row has one full-width bar: a set has values only in its figure's
    // rows, and Qt draws no bar for a zero.
    m_series = new QHorizontalStackedBarSeries(this);
    m_series->setBarWidth(0.75);
    const QString names[FigureCount] = {TieSummary::decidedTitle(), TieSummary::throughTitle(),
                                        TieSummary::marginTitle()};
    for (int figure = 0; figure < FigureCount; ++figure) {
        m_sets[figure] = new QBarSet(names[figure], m_series);
        m_sets[figure]->append(QList<qreal>(RowCount, 0.0));
        m_series->append(m_sets[figure]);
    }
    addSeries(m_series);

    m_rows = new QBarCategoryAxis(this);
    // The labels carry the figures; Qt would cut them to "..." before the bars need the room.
    m_rows->setTruncateLabels(false);
    m_counts = new QValueAxis(this);
    m_counts->setLabelFormat(u"%d"_s);
    m_counts->setTitleText(tr("Ties"));
    addAxis(m_rows, Qt::AlignLeft);
    addAxis(m_counts, Qt::AlignBottom);
    m_series->attachAxis(m_rows);
    m_series->attachAxis(m_counts);

    legend()->setAlignment(Qt::AlignBottom);
    // On screen, refit once the resizing is over, not inside Qt's layout pass.
    connect(this, &QGraphicsWidget::geometryChanged, this, [this] {
        if (m_fitPending || !scene())
            return;
        m_fitPending = true;
        QMetaObject::invokeMethod(
            this, [this] { fitToWidth(size().width()); }, Qt::QueuedConnection);
    });
    setDark(false);
    rebuild();
}

SummaryChart::~SummaryChart() = default;

void SummaryChart::showTies(const ShownTies &ties)
{
    const TieSummary summary = ties.set ? TieSummary::of(*ties.set, ties.rows.list()) : TieSummary();
    // A new current tie, or the same rows again, changes nothing here: the bars stay as drawn.
    if (m_drawn && summary == m_summary)
        return;
    m_summary = summary;
    rebuild();
}

void SummaryChart::fitToWidth(qreal width)
{
    m_fitPending = false;
    const int labelWidth = std::max(100, int(width * LabelShare));
    if (labelWidth == m_labelWidth)
        return;
    m_labelWidth = labelWidth;
    rebuild();
}

void SummaryChart::fitForExport(QSize size, const TieChart *onScreen)
{
    Q_UNUSED(onScreen)
    fitToWidth(size.width());
}

SummaryChart::Figure SummaryChart::figureOfRow(int row)
{
    if (row < FirstThroughRow)
        return Decided;
    return row < FirstMarginRow ? Through : Margins;
}

int SummaryChart::drawnCount(int row) const
{
    if (row < 0 || row >= RowCount)
        return -1;
    return qRound(m_sets[figureOfRow(row)]->at(categoryOfRow(row)));
}

QString SummaryChart::rowLabel(int row) const
{
    if (row < 0 || row >= RowCount)
        return {};
    return m_rows->at(categoryOfRow(row));
}

QBarSet *SummaryChart::figureSet(Figure figure) const
{
    return figure >= 0 && figure < FigureCount ? m_sets[figure] : nullptr;
}

void SummaryChart::rebuild()
{
    const TieSummary &s = m_summary;
    const QLocale locale;
    struct Row
    {
        QString name;
        int count;
        double share;
    };
    Row rows[RowCount];
    for (int by = 0; by < DecidedByCount; ++by)
        rows[by] = {decidedByText(DecidedBy(by)), s.count(DecidedBy(by)), s.share(DecidedBy(by))};
    rows[FirstThroughRow] = {TieSummary::hostText(Side::Away), s.secondLegHostThrough, s.secondLegHostShare()};
    rows[FirstThroughRow + 1] = {TieSummary::hostText(Side::Home), s.firstLegHostThrough, s.firstLegHostShare()};
    for (int bucket = 0; bucket < TieSummary::MarginBuckets; ++bucket)
        rows[FirstMarginRow + bucket] = {TieSummary::marginText(bucket), s.margins[std::size_t(bucket)],
                                         s.marginShare(bucket)};

    // Each row's label holds its figures, so that they read without the axis, and an export
    // carries them as text. Shares are of the figure's own total (see the title's notes). In a
    // narrow chart the name gives way, not the figures.
    const QFontMetrics metrics(m_rows->labelsFont());
    QStringList labels;
    labels.reserve(RowCount);
    QSet<QString> taken;
    int highest = 0;
    for (int row = RowCount - 1; row >= 0; --row) { // from the bottom, as Qt counts
        const Row &r = rows[row];
        const QString figures = tr("%1 (%2%)").arg(locale.toString(r.count), locale.toString(100.0 * r.share, 'f', 1));
        const int nameWidth = std::max(40, m_labelWidth - metrics.horizontalAdvance(figures + u": "_s));
        QString label = tr("%1: %2").arg(metrics.elidedText(r.name, Qt::ElideRight, nameWidth), figures);
        // The axis takes each label once: two names shortened alike ("Away go…") are told
        // apart by zero-width spaces, which nobody sees.
        while (taken.contains(label))
            label += QChar(0x200B);
        taken.insert(label);
        labels.append(label);
        for (int figure = 0; figure < FigureCount; ++figure)
            m_sets[figure]->replace(categoryOfRow(row), figure == figureOfRow(row) ? r.count : 0);
        highest = std::max(highest, r.count);
    }
    m_rows->clear();
    m_rows->append(labels);

    m_counts->setRange(0, std::max(1, highest));
    if (highest < 8) {
        m_counts->setTickCount(std::max(1, highest) + 1); // a tick per tie
    } else {
        m_counts->setTickCount(6);
        m_counts->applyNiceNumbers();
    }

    QString detail;
    if (s.ties == 0) {
        detail = tr("no ties to show");
    } else {
        const QString ties = s.ties == 1 ? tr("1 tie") : tr("%1 ties").arg(locale.toString(s.ties));
        detail = tr("%1; who went through: %2; margin: %3")
                     .arg(ties, TieSummary::throughNote(s.decided), TieSummary::marginNote(s.withMargin()));
    }
    setTitleTexts(tr("Summary of the ties the filter leaves"), detail);
    m_drawn = true;
}

void SummaryChart::recolor()
{
    const ChartColors colors = chartColors(isDark());
    // How decided in the first leg's home club's blue, who went through in the winner's colour,
    // the margins in the grey of the away club: three figures told apart at a glance.
    const QColor figureColors[FigureCount] = {colors.home, colors.winner, colors.away};
    for (int figure = 0; figure < FigureCount; ++figure) {
        m_sets[figure]->setColor(figureColors[figure]);
        m_sets[figure]->setBorderColor(colors.separator);
    }
}

} // namespace tb
