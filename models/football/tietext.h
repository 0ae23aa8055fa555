// SPDX-License-Identifier: GPL-3.0-or-later
// Every sentence and phrase about a tie, written once in one translation context ("TieText"):
// scores, legs, the clubs, how the tie was decided and what does not add up in it. The table's
// cells and tooltips, the detail view, the charts' titles, the rule warnings and the command line
// all ask here, so a translator meets each sentence once.
#pragma once

#include "rules.h"
#include "tieset.h"

#include <QString>
#include <QStringList>

namespace tb {

// "2:1", or an en dash when the score was not given.
QString scoreText(Score score);
// "2:1" for two goal counts, the first named first.
QString scoreText(int first, int second);

// What a status word means, for people: "Not played yet", "Abandoned", ...; empty for scores.
QString legStatusText(LegStatus status);
// The result of a leg as one short phrase: "1:1 (0:1)", "2:2 a.e.t. (1:1 after 90)",
// "1:1, 1:4 on penalties", or the status ("Walkover").
QString legResultText(const Leg &leg);
// A leg in the compact notation of the site, the final score first: "0:6 (0:0)", "2:2 aet (0:0, 1:1)",
// "1:1 (0:1), 1:4 pens", "2:1 aet (1:0, 1:1), 1:3 pens"; "-:-" or the status in lower case otherwise.
QString legCellText(const Leg &leg);
// One line per stage of a leg (clubs, half time, full time, extra time, shoot-out), for a tooltip.
// `hostName` is the club at home in this leg: the tie's away club in the second leg.
QString legToolTip(const Leg &leg, const QString &hostName, const QString &visitorName);

// "Paris Saint-Germain – Chelsea FC" (the first leg's home club first).
QString tieTitle(const TieSet &set, const Tie &tie);
// Short text for a way of deciding, for tables and filters: "Aggregate", "Away goals", "Away goals (a.e.t.)", ...
QString decidedByText(DecidedBy by);
// How the tie was decided, as words that follow "X went through ...", with the figures that decided
// it: "on away goals (level at 2:2 on aggregate, 1:0 on away goals)". The rule warnings use it.
// `playoff` is the tie's play-off, if it had one, for the figures of one decided by it.
QString howText(const Tie &tie, Outcome outcome, const Playoff *playoff = nullptr);
// A play-off's result from its first-named club's side: "Juventus 1:0 Eintracht Braunschweig,
// 20 Mar 1968", "1:1 a.e.t., 2:2 (coin toss)" for the detail view beside the legs.
QString playoffText(const TieSet &set, const Tie &tie, const Playoff &playoff);
// One sentence on how the tie was decided, e.g. "Level 3:3 on aggregate; Paris Saint-Germain
// through on away goals scored in extra time" (the detail view, the charts' subtitles).
QString decisionSentence(const TieSet &set, const Tie &tie);
// How the tie was decided and what in the file disagrees with it, one line each, for the table's
// tooltip: "FK Gomel through on aggregate, 10 to 0".
QString decisionToolTip(const TieSet &set, const Tie &tie);
// One tie of a club's path, from that club's side: "12 Jul 2012 (europa-league-2012-13-q1.txt),
// through on away goals against FC Daugava (3:3)". The date is the second leg's; the source is
// the file, with the round's name when the file names rounds.
QString pathStepText(const TieSet &set, std::size_t tieIndex, ClubId club);

// One sentence per flag on the tie (stated winner differs from the rules, scores inconsistent).
QStringList problemSentences(const TieSet &set, const Tie &tie);

} // namespace tb
