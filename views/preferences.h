// SPDX-License-Identifier: GPL-3.0-or-later
// What the preferences dialog edits: a plain value, so the views need not know how settings are stored.
#pragma once

#include "rules.h"

#include <QSize>
#include <QString>

namespace tb {

struct Preferences
{
    RuleSet rules = RuleSet::UefaByDate;
    QString chartTheme = QStringLiteral("system"); // "system", "light" or "dark"
    QSize exportSize{1200, 800}; // the default chart export size, in pixels
    QString language; // "en", "de", or empty for the system's

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace tb
