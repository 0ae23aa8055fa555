// SPDX-License-Identifier: GPL-3.0-or-later
// The tie rules: who went through and how, from the two legs' scores. One place for every rule set.
#pragma once

#include "clubtable.h"
#include "diagnostic.h"
#include "tie.h"
#include "tieset.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>
#include <span>
#include <vector>

namespace tb {

// One enumerator per entry of the rule-set table (rules::ruleSets()), in the same order.
enum class RuleSet : std::uint8_t {
    UefaByDate, // the rules of each era, by season (rules::uefaEras()): play-offs to 1968-69, ..., no away goals from 2021-22
    AwayGoalsAlways, // away goals, extra-time away goals included
    AwayGoalsNever, // aggregate, extra time, penalties
    AwayGoalsNotInExtraTime, // away goals after 90 minutes only; level after extra time = penalties
};

// When away goals count, for a tie whose second leg was played on a given date.
enum class AwayGoalsWhen : std::uint8_t {
    Never,
    Always,
    ByUefaEra, // as UEFA's era of the tie's season says (rules::uefaEras()); a tie without a date is current
};

// What UEFA's rules did with a tie still level after the two legs' 90 minutes (and away goals).
enum class LevelTie : std::uint8_t {
    Playoff, // a third match on neutral ground; a drawn one went to a coin toss (to 1968-69)
    ExtraTimeCoinToss, // extra time in the second leg, then a coin toss (1969-70)
    ExtraTimePenalties, // extra time, then a penalty shoot-out (from 1970-71)
};

// One era of the European Cup's rules, read off the record (engsoccerdata's champs.csv).
struct UefaEra
{
    int firstSeason; // the year its first season began: 1967 is 1967-68
    bool awayGoals; // after 90 minutes of the second leg
    bool awayGoalsInExtraTime;
    LevelTie level;
};

// One rule set: what the command line, the settings and the preferences call it, and its policy.
// The texts are untranslated source texts; use rules::ruleSetName() and friends.
struct RuleSetInfo
{
    RuleSet id;
    const char *key; // on the command line (--rules) and in scripts: "uefa", "always", ...
    const char *name; // the preferences' combo box: "UEFA's rules of the day"
    const char *description; // the preferences' hint under it
    const char *cliNote; // the --help note after the key, or nullptr: "away goals up to 2020-21, the default"
    AwayGoalsWhen awayGoals; // after 90 minutes of the second leg
    AwayGoalsWhen awayGoalsInExtraTime; // in the second leg's extra time
};

struct Outcome
{
    Side winner = Side::None;
    DecidedBy decidedBy = DecidedBy::Undecided;
};

struct Aggregate
{
    int home = 0; // first leg's home club: leg1 home goals + leg2 away goals (extra time included)
    int away = 0;
};

namespace rules {

// The rule-set table, in RuleSet order; adding a rule set is one entry here plus an enumerator.
std::span<const RuleSetInfo> ruleSets();
const RuleSetInfo &ruleSetInfo(RuleSet rules);
// Whether `value` (from settings, say) names a rule set of the table.
bool isRuleSet(int value);
// The rule set whose key is `key` (any case, blanks around ignored).
std::optional<RuleSet> ruleSetFromKey(QStringView key);
QString ruleSetName(RuleSet rules); // translated
QString ruleSetDescription(RuleSet rules); // translated
QString ruleSetCliNote(RuleSet rules); // translated; empty when the key says it all

// UEFA's eras, oldest first; each lasts until the next one's first season.
std::span<const UefaEra> uefaEras();
// The era of a season (the year it began), or of today's rules for 0.
const UefaEra &uefaEra(int season);
// The season (the year it began) a date is in: UEFA's seasons start on 1 June. 0 for no date.
int seasonOf(QDate date);
// The era of a day (QDate::toJulianDay(); 0 for no date): uefaEra(seasonOf(that date)), without
// working out the season.
const UefaEra &uefaEraOnDay(std::int32_t julianDay);
// The day that decides a tie's rules: its second leg's (Leg::julianDay), or its first leg's when
// the second has none; 0 when neither has a date.
constexpr std::int32_t decidingDay(const Tie &tie)
{
    return tie.leg2.julianDay ? tie.leg2.julianDay : tie.leg1.julianDay;
}
// The UEFA era a tie was played in, by its second leg's date (or its first leg's).
const UefaEra &uefaEraOf(const Tie &tie);

// The first day on which UEFA no longer applied the away goals rule (season 2021-22).
QDate uefaAwayGoalsAbolished();
// Whether away goals count for a tie whose second leg was played on `secondLeg`.
bool awayGoalsApply(RuleSet rules, QDate secondLeg);
bool awayGoalsCountInExtraTime(RuleSet rules, QDate secondLeg);
// The same for a day (QDate::toJulianDay(); 0 for no date), as the rules ask it of every level tie.
bool awayGoalsApplyOnDay(RuleSet rules, std::int32_t julianDay);
bool awayGoalsCountInExtraTimeOnDay(RuleSet rules, std::int32_t julianDay);

Aggregate aggregate(const Tie &tie); // all goals, no shoot-out goals
Aggregate aggregateAfter90(const Tie &tie); // before the second leg's extra time
Aggregate awayGoals(const Tie &tie, bool includeExtraTime); // goals each club scored away

// Works out the winner and how; needs only the legs, the stated winner (for awarded ties and coin
// tosses), the date and the tie's play-off, if it had one (TieSet::playoff()).
Outcome decide(const Tie &tie, RuleSet rules = RuleSet::UefaByDate, const Playoff *playoff = nullptr);
// Who won a play-off, from the tie's home club's side: its score, then its shoot-out; Side::None
// when drawn.
Side playoffWinner(const Playoff &playoff);

// Where a tie stands in its file, so that evaluate() can point at the right line and column.
using TieSource = tb::TieSource;

// Sets tie.winner, tie.decidedBy and tie.flags, and appends a warning for each thing that does
// not add up: the stated winner differs from the computed one or is neither club, a half-time
// score above the full-time one, a 90-minute score above the 120-minute one, extra time or a
// shoot-out in a tie already decided, a level tie with no extra time or shoot-out recorded.
void evaluate(Tie &tie, const ClubTable &clubs, RuleSet rules, const TieSource &source,
              std::vector<Diagnostic> &diagnostics, const Playoff *playoff = nullptr);

// Evaluates every tie of the files from `firstFile` on under `rules`, after reading or again
// when the rule set changes, without the files: sets each tie's winner, decidedBy and flags
// (keeping the flags reading found), replaces those files' rule diagnostics (keeping reading's,
// which come first on a line, as they always did) and recounts each file's errors and warnings.
void evaluate(TieSet &set, RuleSet rules, std::uint16_t firstFile = 0);
// evaluate(TieSet &) in two steps, so that threads can share the first: evaluates ties
// [begin, end) of the files from `firstFile` on, appending their rules' warnings to `warnings` in
// tie order (ranges evaluated in order give the warnings of the whole set)...
void evaluateTies(TieSet &set, std::size_t begin, std::size_t end, RuleSet rules, std::uint16_t firstFile,
                  std::vector<Diagnostic> &warnings);
// ... then replaces the rules' diagnostics of those files with `warnings` and recounts.
void replaceRuleDiagnostics(TieSet &set, std::vector<Diagnostic> &&warnings, std::uint16_t firstFile = 0);

// Stable machine names used in exports and on the command line: "aggregate", "away_goals", ...
QString decidedByKey(DecidedBy by);

} // namespace rules
} // namespace tb
