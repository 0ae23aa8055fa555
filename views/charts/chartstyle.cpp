// SPDX-License-Identifier: GPL-3.0-or-later
// The colours and theme shared by the charts and the detail view.
#include "chartstyle.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace tb {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

bool useDarkTheme(ChartThemeChoice choice, const QPalette &palette)
{
    switch (choice) {
    case ChartThemeChoice::Light: return false;
    case ChartThemeChoice::Dark: return true;
    case ChartThemeChoice::FollowPalette: break;
    }
    return isDarkPalette(palette);
}

QColor ChartColors::clubColor(Side club, Side winnerSide) const
{
    if (club != Side::None && club == winnerSide)
        return winner;
    return club == Side::Away ? away : home;
}

QColor ChartColors::periodShade(const QColor &base, Period period)
{
    switch (period) {
    case Period::FirstHalf: return base.lighter(125);
    case Period::SecondHalf: return base;
    case Period::ExtraTime: return base.darker(145);
    }
    return base;
}

ChartColors chartColors(bool dark)
{
    // Orange against blue-greys: told apart with every common colour-vision deficiency, and the
    // winner is the only warm colour on the chart.
    if (dark)
        return {QColor(0xff, 0x9f, 0x43), QColor(0x6f, 0x9f, 0xd8), QColor(0x8a, 0x96, 0xa6), QColor(0x26, 0x28, 0x31)};
    return {QColor(0xe0, 0x6c, 0x00), QColor(0x3d, 0x6f, 0xa8), QColor(0x9a, 0xa8, 0xb8), QColor(Qt::white)};
}

QString chartTitle(const QChart *chart, const QString &title, const QString &detail, qreal width)
{
    if (detail.isEmpty())
        return title.toHtmlEscaped();
    QFont small = chart->titleFont();
    small.setPointSizeF(small.pointSizeF() * 0.83); // what <small> makes of it
    const QFontMetricsF metrics(small);
    const qreal room = width - 40; // the chart's margins
    QString shown = detail.toHtmlEscaped();
    if (metrics.horizontalAdvance(detail) > room)
        shown.replace(u"; "_s, u";<br>"_s);
    return title.toHtmlEscaped() + u"<br><small>"_s + shown + u"</small>"_s;
}

void applyChartTheme(QChart *chart, bool dark)
{
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0); // square corners, so exported images have no transparent corners
    // The default frame leaves a wide empty band around the chart in a small panel.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(12, 8, 16, 8));
    QFont title = chart->titleFont();
    title.setPointSizeF(12);
    title.setBold(true);
    chart->setTitleFont(title);
}

} // namespace tb
