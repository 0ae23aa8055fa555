// SPDX-License-Identifier: GPL-3.0-or-later
// The rule-set table: every rule set's key, names and away-goals policy, which the CLI, the settings and the preferences iterate.
#include "rules.h"

#include "bytes.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <climits>

namespace tb::rules {

namespace {

// The texts keep the translation contexts they had before the table existed (the preferences
// dialog's, the command line's), so that their translations carry over.
constexpr RuleSetInfo Table[] = {
    {RuleSet::UefaByDate, "uefa", QT_TRANSLATE_NOOP("PreferencesDialog", "UEFA's rules of the day"),
     QT_TRANSLATE_NOOP("PreferencesDialog",
                       "The rules of each era, by the season of the tie. Up to 1966-67 a tie level on aggregate "
                       "went to a play-off, and a drawn play-off to a coin toss. From 1967-68 away goals counted "
                       "first; then came a play-off (1967-68 and 1968-69), or extra time and a coin toss "
                       "(1969-70). From 1970-71 penalties replaced the coin toss, and away goals counted in extra "
                       "time too. From 2021-22 a tie level on aggregate goes to extra time and penalties."),
     QT_TRANSLATE_NOOP("Cli", "the rules of each era since 1955-56, the default"), AwayGoalsWhen::ByUefaEra,
     AwayGoalsWhen::ByUefaEra},
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

// The European Cup's eras, read off engsoccerdata's record of every match from 1955-56 (the
// boundaries are where its play-offs, coin tosses and away-goals decisions start and stop;
// tst_engsoccerdata checks every tie of it against them).
constexpr UefaEra Eras[] = {
    // Level on aggregate: a play-off; no away goals (the last play-offs without them: 1966-67).
    {1955, false, false, LevelTie::Playoff},
    // Away goals first (Benfica over Glentoran, 1967-68), then a play-off (Ajax - Benfica, 1968-69).
    {1967, true, false, LevelTie::Playoff},
    // Extra time, then a coin toss: Celtic - Benfica and Galatasaray - Spartak Trnava, 1969-70.
    {1969, true, false, LevelTie::ExtraTimeCoinToss},
    // Penalties (the first in 1970-71); away goals in extra time (IFK Göteborg - Beveren, 1984-85).
    {1970, true, true, LevelTie::ExtraTimePenalties},
    // UEFA abolished the away goals rule on 24 June 2021 for all its club competitions.
    {2021, false, false, LevelTie::ExtraTimePenalties},
};

constexpr bool erasInOrder()
{
    for (std::size_t i = 1; i < std::size(Eras); ++i) {
        if (Eras[i].firstSeason <= Eras[i - 1].firstSeason)
            return false;
    }
    return true;
}
static_assert(erasInOrder(), "the eras must be listed oldest first");

// The day number (QDate::toJulianDay()) of 1 June of `year`, UEFA's season boundary.
constexpr std::int32_t firstOfJune(int year)
{
    return bytes::julianDay(year, 6, 1);
}

// The first day of each era, in the order of Eras: the rules compare a tie's day with these
// instead of working out its season (a calendar conversion a tie).
constexpr auto EraStarts = [] {
    std::array<std::int32_t, std::size(Eras)> starts{};
    for (std::size_t i = 0; i < std::size(Eras); ++i)
        starts[i] = firstOfJune(Eras[i].firstSeason);
    return starts;
}();

// Before the first season of our era (1 June of year 1) seasonOf() gives 0 or less, as it does for
// no date: today's rules.
constexpr std::int32_t FirstSeasonStart = firstOfJune(1);

bool applies(AwayGoalsWhen when, std::int32_t day, bool inExtraTime)
{
    switch (when) {
    case AwayGoalsWhen::Never: return false;
    case AwayGoalsWhen::Always: return true;
    case AwayGoalsWhen::ByUefaEra: {
        // A tie without any date is taken as current, that is played under today's rules.
        const UefaEra &era = uefaEraOnDay(day);
        return inExtraTime ? era.awayGoalsInExtraTime : era.awayGoals;
    }
    }
    return false;
}

std::int32_t dayOf(QDate date)
{
    // Days past what a tie can hold are under today's rules either way.
    return date.isValid() ? std::int32_t(std::clamp<qint64>(date.toJulianDay(), INT32_MIN, INT32_MAX)) : 0;
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

std::span<const UefaEra> uefaEras()
{
    return Eras;
}

const UefaEra &uefaEra(int season)
{
    if (season <= 0)
        return Eras[std::size(Eras) - 1];
    // The last era that began on or before `season`; a season before the first is the first's.
    const UefaEra *era = &Eras[0];
    for (const UefaEra &e : Eras) {
        if (e.firstSeason <= season)
            era = &e;
    }
    return *era;
}

int seasonOf(QDate date)
{
    if (!date.isValid())
        return 0;
    // The year and the month from the day's number in a few multiplications (Richards' algorithm
    // for the Gregorian calendar): the rules ask this of every level tie, and QDate's year() and
    // month() each convert the day again.
    const qint64 j = date.toJulianDay();
    if (j < 0)
        return date.month() >= 6 ? date.year() : date.year() - 1; // 4714 BC and before: QDate's way
    const qint64 f = j + 1401 + (((4 * j + 274277) / 146097) * 3) / 4 - 38;
    const qint64 e = 4 * f + 3;
    const qint64 h = 5 * ((e % 1461) / 4) + 2;
    const int month = int((h / 153 + 2) % 12) + 1;
    const int year = int(e / 1461 - 4716 + (14 - month) / 12);
    // 1 June is UEFA's season boundary (see uefaAwayGoalsAbolished()). QDate has no year 0.
    const int season = month >= 6 ? year : year - 1;
    return year <= 0 ? season - 1 : season;
}

const UefaEra &uefaEraOnDay(std::int32_t day)
{
    if (day < FirstSeasonStart) // no date (0) among them
        return Eras[std::size(Eras) - 1];
    const UefaEra *era = &Eras[0];
    for (std::size_t i = 1; i < std::size(Eras); ++i) {
        if (EraStarts[i] <= day)
            era = &Eras[i];
    }
    return *era;
}

const UefaEra &uefaEraOf(const Tie &tie)
{
    return uefaEraOnDay(decidingDay(tie));
}

QDate uefaAwayGoalsAbolished()
{
    // UEFA abolished the rule on 24 June 2021 for all its club competitions from 2021-22.
    // The last two-legged ties of 2020-21 were the semi-finals of early May 2021 (the finals are
    // single matches) and the first two-legged ties of 2021-22 were the qualifiers of early July
    // 2021, so 1 June 2021, UEFA's season boundary, separates the two with no tie on either side.
    return QDate(Eras[std::size(Eras) - 1].firstSeason, 6, 1);
}

bool awayGoalsApply(RuleSet rules, QDate secondLeg)
{
    return awayGoalsApplyOnDay(rules, dayOf(secondLeg));
}

bool awayGoalsCountInExtraTime(RuleSet rules, QDate secondLeg)
{
    return awayGoalsCountInExtraTimeOnDay(rules, dayOf(secondLeg));
}

bool awayGoalsApplyOnDay(RuleSet rules, std::int32_t day)
{
    return applies(ruleSetInfo(rules).awayGoals, day, false);
}

bool awayGoalsCountInExtraTimeOnDay(RuleSet rules, std::int32_t day)
{
    return applies(ruleSetInfo(rules).awayGoalsInExtraTime, day, true);
}

} // namespace tb::rules
