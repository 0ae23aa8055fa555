// The tie rules: who went through and how, from the two legs' scores. One place for every rule set.
#pragma once

#include "tie.h"

#include <QDate>
#include <QString>

namespace tb {

enum class RuleSet : std::uint8_t {
    UefaByDate,              // away goals (extra time included) up to 2020-21, none from 2021-22
    AwayGoalsAlways,         // away goals, extra-time away goals included
    AwayGoalsNever,          // aggregate, extra time, penalties
    AwayGoalsNotInExtraTime, // away goals after 90 minutes only; level after extra time = penalties
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

// The first day on which UEFA no longer applied the away goals rule (season 2021-22).
QDate uefaAwayGoalsAbolished();
// Whether away goals count for a tie whose second leg was played on `secondLeg`.
bool awayGoalsApply(RuleSet rules, QDate secondLeg);
bool awayGoalsCountInExtraTime(RuleSet rules, QDate secondLeg);

Aggregate aggregate(const Tie &tie);         // all goals, no shoot-out goals
Aggregate aggregateAfter90(const Tie &tie);  // before the second leg's extra time
Aggregate awayGoals(const Tie &tie, bool includeExtraTime); // goals each club scored away

// Works out the winner and how; needs only the legs, the stated winner (for awarded ties) and the date.
Outcome decide(const Tie &tie, RuleSet rules = RuleSet::UefaByDate);

// Stable machine names used in exports and on the command line: "aggregate", "away_goals", ...
QString decidedByKey(DecidedBy by);
// Translated short text for tables: "Aggregate", "Away goals", "Away goals (a.e.t.)", ...
QString decidedByText(DecidedBy by);

} // namespace rules
} // namespace tb
