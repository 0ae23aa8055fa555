// SPDX-License-Identifier: GPL-3.0-or-later
// The table of chart kinds. To add a kind: write its TieChart subclass, include it here and add
// one entry to Kinds.
#include "chartregistry.h"

#include "aggregatechart.h"
#include "bracketchart.h"
#include "legschart.h"
#include "progressionchart.h"
#include "summarychart.h"

#include <QCoreApplication>
#include <array>

namespace tb {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(tb::ChartRegistry)
};

template<typename Chart>
std::unique_ptr<TieChart> make()
{
    return std::make_unique<Chart>();
}

constexpr std::array Kinds{
    ChartKind{"legs", QT_TRANSLATE_NOOP("tb::ChartRegistry", "Per-leg scores"),
              QT_TRANSLATE_NOOP("tb::ChartRegistry", "Each club's goals in both legs of the selected tie, by half"),
              ChartKind::Draws::OneTie, &make<LegsChart>},
    ChartKind{
        "progression", QT_TRANSLATE_NOOP("tb::ChartRegistry", "Running aggregate"),
        QT_TRANSLATE_NOOP("tb::ChartRegistry", "The aggregate of both clubs through the selected tie, stage by stage"),
        ChartKind::Draws::OneTie, &make<ProgressionChart>},
    ChartKind{"aggregate", QT_TRANSLATE_NOOP("tb::ChartRegistry", "Aggregate bars"),
              QT_TRANSLATE_NOOP("tb::ChartRegistry",
                                "Both clubs' aggregate goals for every tie the filter leaves, in the table's order"),
              ChartKind::Draws::AllRows, &make<AggregateChart>},
    ChartKind{"summary", QT_TRANSLATE_NOOP("tb::ChartRegistry", "Summary"),
              QT_TRANSLATE_NOOP("tb::ChartRegistry",
                                "How the ties the filter leaves were decided, who went through and by how many goals"),
              ChartKind::Draws::AllRows, &make<SummaryChart>},
    ChartKind{"bracket", QT_TRANSLATE_NOOP("tb::ChartRegistry", "Bracket"),
              QT_TRANSLATE_NOOP("tb::ChartRegistry",
                                "The knockout tree of the rounds the filter leaves, from the earliest to the last"),
              ChartKind::Draws::AllRows, &make<BracketChart>},
};

// "a, b or c" in the user's language.
QString listed(const QStringList &items)
{
    if (items.size() < 2)
        return items.join(QString());
    QString result = items.constFirst();
    for (qsizetype i = 1; i + 1 < items.size(); ++i)
        result = Text::tr("%1, %2", "a list of chart kinds").arg(result, items[i]);
    return Text::tr("%1 or %2", "the last of a list of chart kinds").arg(result, items.constLast());
}

} // namespace

QString ChartKind::translatedTitle() const
{
    return QCoreApplication::translate("tb::ChartRegistry", title);
}

QString ChartKind::translatedDescription() const
{
    return QCoreApplication::translate("tb::ChartRegistry", description);
}

std::span<const ChartKind> ChartRegistry::kinds()
{
    return Kinds;
}

int ChartRegistry::indexOf(QStringView key)
{
    for (std::size_t i = 0; i < Kinds.size(); ++i) {
        if (key == QLatin1StringView(Kinds[i].key))
            return int(i);
    }
    return -1;
}

const ChartKind *ChartRegistry::find(QStringView key)
{
    const int index = indexOf(key);
    return index < 0 ? nullptr : &Kinds[std::size_t(index)];
}

QStringList ChartRegistry::keys()
{
    QStringList result;
    for (const ChartKind &kind : Kinds)
        result.append(kind.keyText());
    return result;
}

QString ChartRegistry::keyList()
{
    return listed(keys());
}

QString ChartRegistry::commandLineKinds()
{
    // Neighbours that draw the same ties share one note: "legs or progression (the first tie ...)".
    QStringList items;
    for (std::size_t i = 0; i < std::size(Kinds);) {
        QStringList group;
        const ChartKind::Draws draws = Kinds[i].draws;
        for (; i < std::size(Kinds) && Kinds[i].draws == draws; ++i)
            group.append(Kinds[i].keyText());
        const QString keys = listed(group);
        items.append(draws == ChartKind::Draws::OneTie ? Text::tr("%1 (the first tie the filters leave)").arg(keys)
                                                       : Text::tr("%1 (all of them)").arg(keys));
    }
    return listed(items);
}

} // namespace tb
