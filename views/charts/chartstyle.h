// SPDX-License-Identifier: GPL-3.0-or-later
// The look shared by every chart and the detail view: light or dark theme, and one colour per
// role (the club that went through, the first leg's home club, its away club) used everywhere.
#pragma once

#include "tie.h"

#include <QColor>
#include <QtCharts/QChart>

QT_BEGIN_NAMESPACE
class QPalette;
QT_END_NAMESPACE

namespace tb {

// What the user chose in the settings; FollowPalette picks light or dark from the window palette.
enum class ChartThemeChoice {
    FollowPalette,
    Light,
    Dark
};

// True when the palette's window colour is darker than its text, i.e. a dark desktop theme.
bool isDarkPalette(const QPalette &palette);
bool useDarkTheme(ChartThemeChoice choice, const QPalette &palette);

// The period of a match a goal was scored in.
enum class Period {
    FirstHalf,
    SecondHalf,
    ExtraTime
};
inline constexpr int PeriodCount = 3;

struct ChartColors
{
    QColor winner; // the club that went through, in every chart
    QColor home; // the first leg's home club when it did not go through (or nobody did)
    QColor away; // the first leg's away club when it did not go through (or nobody did)
    QColor separator; // between stacked bars: the chart's background

    // The colour of `club` in a tie won by `winner` (Side::None = undecided).
    QColor clubColor(Side club, Side winner) const;
    // Shades of a club's colour for the periods of a match: lighter first half, darker extra time.
    static QColor periodShade(const QColor &base, Period period);
};

ChartColors chartColors(bool dark);

// A bold title with a smaller line of detail under it, as chart title markup. The detail is
// broken after "; " when it would not fit `width` pixels, so narrow charts show it whole.
QString chartTitle(const QChart *chart, const QString &title, const QString &detail, qreal width);

// Sets the theme on `chart` (which resets series colours: call before colouring series),
// with our fonts and without drop shadow.
void applyChartTheme(QChart *chart, bool dark);

} // namespace tb
