// Words for one tie, shared by the detail view and the chart titles: scores, the clubs, how the
// tie was decided in a sentence, and what does not add up in it.
#pragma once

#include "tieset.h"

#include <QString>
#include <QStringList>

namespace tb {

// "2:1", or an en dash when the score was not given.
QString scoreText(Score score);
// "Paris Saint-Germain – Chelsea FC" (the first leg's home club first).
QString tieTitle(const TieSet &set, const Tie &tie);
// The result of a leg as one short phrase: "1:1 (0:1)", "2:2 a.e.t. (1:1 after 90)",
// "1:1, 1:4 on penalties", or the status ("Walkover").
QString legResultText(const Leg &leg);
// What a status word means, for people: "Not played yet", "Abandoned", ...; empty for scores.
QString legStatusText(LegStatus status);
// One sentence on how the tie was decided, e.g. "Level 3:3 on aggregate; Paris Saint-Germain
// through on away goals scored in extra time".
QString decisionSentence(const TieSet &set, const Tie &tie);
// One sentence per flag on the tie (stated winner differs from the rules, scores inconsistent).
QStringList problemSentences(const TieSet &set, const Tie &tie);

} // namespace tb
