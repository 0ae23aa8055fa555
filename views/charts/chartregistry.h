// SPDX-License-Identifier: GPL-3.0-or-later
// The chart kinds: one static table (key, title, factory) that the chart panel's tabs, printing,
// `--export-chart KIND` and the command line's help all read. A new kind is one new TieChart
// subclass and one entry in chartregistry.cpp.
#pragma once

#include "tiechart.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>
#include <span>

namespace tb {

struct ChartKind
{
    // Which ties a chart of this kind draws: the selected one, or all the rows in the table's
    // order. `--export-chart` draws the first tie the filters leave, or all of them.
    enum class Draws {
        OneTie,
        AllRows
    };

    const char *key; // as `--export-chart` spells it: "legs", "progression", "aggregate"
    const char *title; // the tab's title, untranslated (context tb::ChartRegistry)
    const char *description; // the tab's tool tip, untranslated
    Draws draws;
    std::unique_ptr<TieChart> (*make)();

    QString keyText() const { return QString::fromLatin1(key); }
    QString translatedTitle() const;
    QString translatedDescription() const;
};

class ChartRegistry
{
public:
    // Every kind, in the order of the panel's tabs.
    static std::span<const ChartKind> kinds();
    static int count() { return int(kinds().size()); }
    static const ChartKind &kind(int index) { return kinds()[std::size_t(index)]; }

    // The kind's position for a key as the command line spells it, or -1 (keys are case-sensitive).
    static int indexOf(QStringView key);
    static const ChartKind *find(QStringView key);

    static QStringList keys();
    // "legs, progression or aggregate", for messages and help.
    static QString keyList();
    // What `--export-chart KIND` draws, for the help: "legs (the first tie the filters leave), ...".
    static QString commandLineKinds();
};

} // namespace tb
