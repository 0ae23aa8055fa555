// The tie rules: who went through and how, from the two legs' scores. One place for every rule set.
#pragma once

#include "clubtable.h"
#include "diagnostic.h"
#include "tie.h"

#include <QDate>
#include <QString>
#include <vector>

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

// Where a tie stands in its file, so that evaluate() can point at the right line and column.
struct TieSource
{
    std::uint16_t file = 0;
    std::uint32_t leg1Line = 0, leg2Line = 0, datesLine = 0;
    std::uint32_t leg1ScoreColumn = 0, leg2ScoreColumn = 0, winnerColumn = 0; // 1-based, characters
};

// Sets tie.winner, tie.decidedBy and tie.flags, and appends a warning for each thing that does
// not add up: the stated winner differs from the computed one or is neither club, a half-time
// score above the full-time one, a 90-minute score above the 120-minute one, extra time or a
// shoot-out in a tie already decided, a level tie with no extra time or shoot-out recorded.
void evaluate(Tie &tie, const ClubTable &clubs, RuleSet rules, const TieSource &source,
              std::vector<Diagnostic> &diagnostics);

// Stable machine names used in exports and on the command line: "aggregate", "away_goals", ...
QString decidedByKey(DecidedBy by);

} // namespace rules
} // namespace tb
