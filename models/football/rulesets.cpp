// SPDX-License-Identifier: GPL-3.0-or-later
// The rule-set table: every rule set's key, names and away-goals policy, which the CLI, the settings and the preferences iterate.
#include "rules.h"

#include <QCoreApplication>

namespace tb::rules {

namespace {

// The texts keep the translation contexts they had before the table existed (the preferences
// dialog's, the command line's), so that their translations carry over.
constexpr RuleSetInfo Table[] = {
    {RuleSet::UefaByDate, "uefa", QT_TRANSLATE_NOOP("PreferencesDialog", "UEFA's rules of the day"),
     QT_TRANSLATE_NOOP("PreferencesDialog",
                       "Away goals count, in extra time too, for ties played up to the 2020-21 season; "
                       "from 2021-22 on a tie level on aggregate goes to extra time and penalties."),
     QT_TRANSLATE_NOOP("Cli", "away goals up to 2020-21, the default"), AwayGoalsWhen::BeforeAbolition,
     AwayGoalsWhen::BeforeAbolition},
    {RuleSet::AwayGoalsAlways, "always", QT_TRANSLATE_NOOP("PreferencesDialog", "Away goals always count"),
     QT_TRANSLATE_NOOP("PreferencesDialog", "Away goals count in every tie, those scored in extra time too."), nullptr,
     AwayGoalsWhen::Always, AwayGoalsWhen::Always},
    {RuleSet::AwayGoalsNever, "never", QT_TRANSLATE_NOOP("PreferencesDialog", "No away goals rule"),
     QT_TRANSLATE_NOOP("PreferencesDialog",
                       "A tie level on aggregate goes to extra time and then penalties; away goals never count."),
     nullptr, AwayGoalsWhen::Never, AwayGoalsWhen::Never},
    {RuleSet::AwayGoalsNotInExtraTime, "no-extra-time",
     QT_TRANSLATE_NOOP("PreferencesDialog", "Away goals, but not in extra time"),
     QT_TRANSLATE_NOOP("PreferencesDialog",
                       "Away goals count after 90 minutes of the second leg only; "
                       "a tie still level after extra time goes to penalties."),
     QT_TRANSLATE_NOOP("Cli", "away goals after 90 minutes only"), AwayGoalsWhen::Always, AwayGoalsWhen::Never},
};

constexpr bool tableInEnumOrder()
{
    for (std::size_t i = 0; i < std::size(Table); ++i) {
        if (std::size_t(Table[i].id) != i)
            return false;
    }
    return true;
}
static_assert(tableInEnumOrder(), "the rule-set table must list the rule sets in RuleSet order");

bool applies(AwayGoalsWhen when, QDate secondLeg)
{
    switch (when) {
    case AwayGoalsWhen::Never: return false;
    case AwayGoalsWhen::Always: return true;
    case AwayGoalsWhen::BeforeAbolition:
        // A tie without any date is taken as current, that is played under today's rules.
        return secondLeg.isValid() && secondLeg < uefaAwayGoalsAbolished();
    }
    return false;
}

} // namespace

std::span<const RuleSetInfo> ruleSets()
{
    return Table;
}

const RuleSetInfo &ruleSetInfo(RuleSet rules)
{
    return isRuleSet(int(rules)) ? Table[std::size_t(rules)] : Table[0];
}

bool isRuleSet(int value)
{
    return value >= 0 && std::size_t(value) < std::size(Table);
}

std::optional<RuleSet> ruleSetFromKey(QStringView key)
{
    const QStringView trimmed = key.trimmed();
    for (const RuleSetInfo &info : Table) {
        if (trimmed.compare(QLatin1StringView(info.key), Qt::CaseInsensitive) == 0)
            return info.id;
    }
    return std::nullopt;
}

QString ruleSetName(RuleSet rules)
{
    return QCoreApplication::translate("PreferencesDialog", ruleSetInfo(rules).name);
}

QString ruleSetDescription(RuleSet rules)
{
    return QCoreApplication::translate("PreferencesDialog", ruleSetInfo(rules).description);
}

QString ruleSetCliNote(RuleSet rules)
{
    const char *note = ruleSetInfo(rules).cliNote;
    return note ? QCoreApplication::translate("Cli", note) : QString();
}

QDate uefaAwayGoalsAbolished()
{
    // UEFA abolished the rule on 24 June 2021 for all its club competitions from 2021-22.
    // The last two-legged ties of 2020-21 were the semi-finals of early May 2021 (the finals are
    // single matches) and the first two-legged ties of 2021-22 were the qualifiers of early July
    // 2021, so 1 June 2021, UEFA's season boundary, separates the two with no tie on either side.
    return QDate(2021, 6, 1);
}

bool awayGoalsApply(RuleSet rules, QDate secondLeg)
{
    return applies(ruleSetInfo(rules).awayGoals, secondLeg);
}

bool awayGoalsCountInExtraTime(RuleSet rules, QDate secondLeg)
{
    return applies(ruleSetInfo(rules).awayGoalsInExtraTime, secondLeg);
}

} // namespace tb::rules
