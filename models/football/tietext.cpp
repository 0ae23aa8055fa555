// SPDX-License-Identifier: GPL-3.0-or-later
// Every sentence about a tie, in the translation context "TieText"; see tietext.h for who uses which.
#include "tietext.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tb {
namespace {

// Gives the free functions below a translation context of their own.
struct TieText
{
    Q_DECLARE_TR_FUNCTIONS(TieText)
};

// "a:b" as seen from the club that is first in the sentence.
QString pairText(int first, int second)
{
    return u"%1:%2"_s.arg(first).arg(second);
}

// The winner's figure first: "won 3:1 on aggregate" reads naturally whichever club won.
QString winnerFirst(Aggregate a, Side winner)
{
    return winner == Side::Away ? pairText(a.away, a.home) : pairText(a.home, a.away);
}

// The site's notation marks a score it does not give with question marks.
QString cellScore(Score s)
{
    return s.isValid() ? pairText(s.home, s.away) : u"?:?"_s;
}

// "the first leg awarded 3:0 to FK Ventspils" for a tie with an awarded score (the first such leg);
// empty when no leg was awarded with a score.
QString awardedLegText(const TieSet &set, const Tie &tie)
{
    const bool first = tie.leg1.status == LegStatus::Awarded;
    if (!first && tie.leg2.status != LegStatus::Awarded)
        return {};
    const Leg &leg = first ? tie.leg1 : tie.leg2;
    // The leg's score is from its home club: the tie's home club in the first leg, away in the second.
    const ClubId legHome = first ? tie.home : tie.away;
    const ClubId legAway = first ? tie.away : tie.home;
    const Score s = leg.fullTime;
    if (s.home == s.away)
        return first ? TieText::tr("the first leg awarded %1").arg(pairText(s.home, s.away))
                     : TieText::tr("the second leg awarded %1").arg(pairText(s.home, s.away));
    const QString to = set.clubName(s.home > s.away ? legHome : legAway);
    const QString score = s.home > s.away ? pairText(s.home, s.away) : pairText(s.away, s.home);
    return first ? TieText::tr("the first leg awarded %1 to %2").arg(score, to)
                 : TieText::tr("the second leg awarded %1 to %2").arg(score, to);
}

} // namespace

QString scoreText(Score score)
{
    if (!score.isValid())
        return u"\u2013"_s;
    return pairText(score.home, score.away);
}

QString scoreText(int first, int second)
{
    return pairText(first, second);
}

QString tieTitle(const TieSet &set, const Tie &tie)
{
    return TieText::tr("%1 \u2013 %2").arg(set.clubName(tie.home), set.clubName(tie.away));
}

QString legStatusText(LegStatus status)
{
    switch (status) {
    case LegStatus::Played:
    case LegStatus::ExtraTime:
    case LegStatus::PenaltiesAfter90:
    case LegStatus::PenaltiesAfterExtraTime: return {};
    case LegStatus::NotPlayed: return TieText::tr("Not played yet");
    case LegStatus::Abandoned: return TieText::tr("Abandoned");
    case LegStatus::Annulled: return TieText::tr("Annulled");
    case LegStatus::Rescheduled: return TieText::tr("Rescheduled");
    case LegStatus::Walkover: return TieText::tr("Walkover");
    case LegStatus::DidNotPlay: return TieText::tr("Did not play");
    case LegStatus::DecidedAtTable: return TieText::tr("Decided at the table");
    case LegStatus::Awarded: return TieText::tr("Awarded");
    }
    return {};
}

QString legResultText(const Leg &leg)
{
    if (!hasScore(leg.status))
        return legStatusText(leg.status);
    QString text = scoreText(leg.fullTime);
    if (leg.hasExtraTime())
        text = TieText::tr("%1 a.e.t. (%2 after 90)").arg(scoreText(leg.extraTime), text);
    else if (leg.halfTime.isValid())
        text = TieText::tr("%1 (%2)").arg(text, scoreText(leg.halfTime));
    if (leg.hasPenalties())
        text = TieText::tr("%1, %2 on penalties").arg(text, scoreText(leg.penalties));
    if (leg.status == LegStatus::Awarded)
        text = TieText::tr("%1, awarded").arg(text);
    return text;
}

QString legCellText(const Leg &leg)
{
    switch (leg.status) {
    case LegStatus::Played:
        return leg.halfTime.isValid() ? TieText::tr("%1 (%2)").arg(cellScore(leg.fullTime), cellScore(leg.halfTime))
                                      : cellScore(leg.fullTime);
    case LegStatus::ExtraTime:
        return TieText::tr("%1 aet (%2, %3)")
            .arg(cellScore(leg.extraTime), cellScore(leg.halfTime), cellScore(leg.fullTime));
    case LegStatus::PenaltiesAfter90:
        return TieText::tr("%1 (%2), %3 pens")
            .arg(cellScore(leg.fullTime), cellScore(leg.halfTime), cellScore(leg.penalties));
    case LegStatus::PenaltiesAfterExtraTime:
        return TieText::tr("%1 aet (%2, %3), %4 pens")
            .arg(cellScore(leg.extraTime), cellScore(leg.halfTime), cellScore(leg.fullTime), cellScore(leg.penalties));
    case LegStatus::Awarded:
        return leg.halfTime.isValid()
            ? TieText::tr("%1 (%2) dec.").arg(cellScore(leg.fullTime), cellScore(leg.halfTime))
            : TieText::tr("%1 dec.").arg(cellScore(leg.fullTime));
    case LegStatus::NotPlayed: return u"-:-"_s;
    default: return legStatusText(leg.status).toLower();
    }
}

QString legToolTip(const Leg &leg, const QString &hostName, const QString &visitorName)
{
    QStringList lines{TieText::tr("%1 - %2").arg(hostName, visitorName)};
    if (!hasScore(leg.status)) {
        lines << (leg.status == LegStatus::NotPlayed ? TieText::tr("Not played yet")
                                                     : TieText::tr("No result: %1").arg(legCellText(leg)));
        return lines.join(u'\n');
    }
    if (leg.status == LegStatus::Awarded) {
        // No full time to speak of: the table's score is the result.
        lines << TieText::tr("Awarded at the table: %1").arg(cellScore(leg.fullTime));
        if (leg.halfTime.isValid())
            lines << TieText::tr("Half time: %1").arg(cellScore(leg.halfTime));
        return lines.join(u'\n');
    }
    lines << TieText::tr("Half time: %1")
                 .arg(leg.halfTime.isValid() ? cellScore(leg.halfTime) : TieText::tr("not given"));
    lines << TieText::tr("Full time: %1").arg(cellScore(leg.fullTime));
    if (leg.hasExtraTime())
        lines << TieText::tr("After extra time: %1").arg(cellScore(leg.extraTime));
    if (leg.hasPenalties())
        lines << TieText::tr("Penalty shoot-out: %1").arg(cellScore(leg.penalties));
    return lines.join(u'\n');
}

QString decidedByText(DecidedBy by)
{
    switch (by) {
    case DecidedBy::Aggregate: return TieText::tr("Aggregate");
    case DecidedBy::AwayGoals: return TieText::tr("Away goals");
    case DecidedBy::ExtraTime: return TieText::tr("Extra time");
    case DecidedBy::AwayGoalsExtraTime: return TieText::tr("Away goals (a.e.t.)");
    case DecidedBy::Penalties: return TieText::tr("Penalties");
    case DecidedBy::Playoff: return TieText::tr("Play-off");
    case DecidedBy::CoinToss: return TieText::tr("Coin toss");
    case DecidedBy::Awarded: return TieText::tr("Awarded");
    case DecidedBy::Undecided: return TieText::tr("Undecided");
    }
    return {};
}

QString howText(const Tie &tie, Outcome outcome, const Playoff *playoff)
{
    const Aggregate total = rules::aggregate(tie);
    switch (outcome.decidedBy) {
    case DecidedBy::Aggregate:
        return TieText::tr("on aggregate (%1)").arg(winnerFirst(rules::aggregateAfter90(tie), outcome.winner));
    case DecidedBy::AwayGoals:
        return TieText::tr("on away goals (level at %1 on aggregate, %2 on away goals)")
            .arg(winnerFirst(rules::aggregateAfter90(tie), outcome.winner),
                 winnerFirst(rules::awayGoals(tie, false), outcome.winner));
    case DecidedBy::ExtraTime:
        return TieText::tr("after extra time (%1 on aggregate)").arg(winnerFirst(total, outcome.winner));
    case DecidedBy::AwayGoalsExtraTime:
        return TieText::tr("on away goals scored in extra time (level at %1 on aggregate, %2 on away goals)")
            .arg(winnerFirst(total, outcome.winner), winnerFirst(rules::awayGoals(tie, true), outcome.winner));
    case DecidedBy::Penalties: {
        const Score p = tie.leg2.penalties; // from the second leg's home club, the tie's away club
        const Aggregate shootOut{p.away, p.home};
        return TieText::tr("on penalties (%1 in the shoot-out after %2 on aggregate)")
            .arg(winnerFirst(shootOut, outcome.winner), winnerFirst(total, outcome.winner));
    }
    case DecidedBy::Playoff: {
        if (!playoff)
            return TieText::tr("in a play-off (level at %1 on aggregate)").arg(winnerFirst(total, outcome.winner));
        const Score s = playoff->homeSide(playoff->match.finalScore());
        return TieText::tr("in a play-off (%1, after %2 on aggregate)")
            .arg(winnerFirst({s.home, s.away}, outcome.winner), winnerFirst(total, outcome.winner));
    }
    case DecidedBy::CoinToss:
        return playoff
            ? TieText::tr("on a coin toss after a drawn play-off (level at %1 on aggregate)")
                  .arg(winnerFirst(total, outcome.winner))
            : TieText::tr("on a coin toss (level at %1 on aggregate)").arg(winnerFirst(total, outcome.winner));
    case DecidedBy::Awarded:
        if (tie.leg1.status == LegStatus::Awarded || tie.leg2.status == LegStatus::Awarded)
            return TieText::tr("with an awarded leg (%1 on aggregate)").arg(winnerFirst(total, outcome.winner));
        return TieText::tr("by a decision off the pitch");
    case DecidedBy::Undecided: break;
    }
    return {};
}

QString playoffText(const TieSet &set, const Tie &tie, const Playoff &playoff)
{
    const ClubId first = playoff.first == Side::Away ? tie.away : tie.home;
    const ClubId second = playoff.first == Side::Away ? tie.home : tie.away;
    const QString result = legResultText(playoff.match);
    const QDate day = playoff.match.date();
    const QString clubs = TieText::tr("%1 – %2 %3", "play-off: first club, second club, result")
                              .arg(set.clubName(first), set.clubName(second), result);
    return day.isValid()
        ? TieText::tr("%1, %2", "play-off result, date").arg(clubs, QLocale().toString(day, u"d MMM yyyy"_s))
        : clubs;
}

QString decisionSentence(const TieSet &set, const Tie &tie)
{
    const Aggregate total = rules::aggregate(tie);
    const bool homeWon = tie.winner == Side::Home;
    const QString winnerName = set.clubName(tie.winnerClub());
    const int winnerGoals = homeWon ? total.home : total.away;
    const int loserGoals = homeWon ? total.away : total.home;
    const QString level = pairText(total.home, total.away);

    switch (tie.decidedBy) {
    case DecidedBy::Aggregate:
        return TieText::tr("%1 through, %2 on aggregate").arg(winnerName, pairText(winnerGoals, loserGoals));
    case DecidedBy::AwayGoals: {
        const Aggregate away = rules::awayGoals(tie, false);
        const int winnerAway = homeWon ? away.home : away.away;
        const int loserAway = homeWon ? away.away : away.home;
        return TieText::tr("Level %1 on aggregate; %2 through on away goals, %3 to %4")
            .arg(level, winnerName)
            .arg(winnerAway)
            .arg(loserAway);
    }
    case DecidedBy::ExtraTime: {
        const Aggregate after90 = rules::aggregateAfter90(tie);
        return TieText::tr("Level %1 after 90 minutes; %2 through in extra time, %3 on aggregate")
            .arg(pairText(after90.home, after90.away), winnerName, pairText(winnerGoals, loserGoals));
    }
    case DecidedBy::AwayGoalsExtraTime:
        return TieText::tr("Level %1 on aggregate; %2 through on away goals scored in extra time")
            .arg(level, winnerName);
    case DecidedBy::Penalties: {
        // The shoot-out is in the second leg, whose home club is the tie's away club.
        const Score pens = tie.leg2.penalties;
        const int winnerPens = homeWon ? pens.away : pens.home;
        const int loserPens = homeWon ? pens.home : pens.away;
        const QString sentence = tie.leg2.hasExtraTime()
            ? TieText::tr("Level %1 on aggregate after extra time; %2 through on penalties, %3")
            : TieText::tr("Level %1 on aggregate; %2 through on penalties, %3");
        return sentence.arg(level, winnerName, pairText(winnerPens, loserPens));
    }
    case DecidedBy::Playoff: {
        const Playoff *playoff = set.playoffOf(tie);
        if (!playoff)
            return TieText::tr("Level %1 on aggregate; %2 through in a play-off").arg(level, winnerName);
        const Score s = playoff->homeSide(playoff->match.finalScore());
        const QString sentence = playoff->match.hasExtraTime()
            ? TieText::tr("Level %1 on aggregate; %2 through in a play-off, %3 after extra time")
            : TieText::tr("Level %1 on aggregate; %2 through in a play-off, %3");
        return sentence.arg(level, winnerName, winnerFirst({s.home, s.away}, tie.winner));
    }
    case DecidedBy::CoinToss: {
        if (const Playoff *playoff = set.playoffOf(tie)) {
            const Score s = playoff->match.finalScore();
            return TieText::tr("Level %1 on aggregate and %2 in the play-off; %3 through on a coin toss")
                .arg(level, pairText(s.home, s.away), winnerName);
        }
        return tie.leg2.hasExtraTime()
            ? TieText::tr("Level %1 on aggregate after extra time; %2 through on a coin toss").arg(level, winnerName)
            : TieText::tr("Level %1 on aggregate; %2 through on a coin toss").arg(level, winnerName);
    }
    case DecidedBy::Awarded: {
        if (const QString awarded = awardedLegText(set, tie); !awarded.isEmpty()) {
            if (winnerName.isEmpty())
                return TieText::tr("Level %1 on aggregate with %2, but the file names no winner").arg(level, awarded);
            return TieText::tr("%1 through: %2, %3 on aggregate")
                .arg(winnerName, awarded, pairText(winnerGoals, loserGoals));
        }
        const Leg &leg = hasScore(tie.leg2.status) ? tie.leg1 : tie.leg2;
        const QString why = legStatusText(leg.status).toLower();
        if (winnerName.isEmpty())
            return TieText::tr("Awarded (%1), but the file names no winner").arg(why);
        return TieText::tr("%1 through, awarded (%2)").arg(winnerName, why);
    }
    case DecidedBy::Undecided: break;
    }
    if (!hasScore(tie.leg1.status))
        return TieText::tr("Not decided: first leg %1").arg(legStatusText(tie.leg1.status).toLower());
    if (!hasScore(tie.leg2.status))
        return TieText::tr("Not decided: second leg %1").arg(legStatusText(tie.leg2.status).toLower());
    if (total.home == total.away)
        return TieText::tr("Level %1 on aggregate, with no extra time or shoot-out recorded").arg(level);
    return TieText::tr("Not decided");
}

QString decisionToolTip(const TieSet &set, const Tie &t)
{
    // How the tie was decided, then anything in the file that disagrees with it.
    QStringList lines;
    const QString winner = set.clubName(t.winnerClub());
    const auto winnerFirstText = [&t](int homeValue, int awayValue) {
        return t.winner == Side::Away ? TieText::tr("%1 to %2").arg(awayValue).arg(homeValue)
                                      : TieText::tr("%1 to %2").arg(homeValue).arg(awayValue);
    };
    const Aggregate total = rules::aggregate(t);
    const QString level = TieText::tr("%1:%2").arg(total.home).arg(total.away);
    switch (t.decidedBy) {
    case DecidedBy::Aggregate:
        if (t.winner != Side::None)
            lines << TieText::tr("%1 through on aggregate, %2").arg(winner, winnerFirstText(total.home, total.away));
        break;
    case DecidedBy::AwayGoals: {
        const Aggregate awayGoals = rules::awayGoals(t, false);
        lines << TieText::tr("Level %1 on aggregate; %2 through on away goals, %3")
                     .arg(level, winner, winnerFirstText(awayGoals.home, awayGoals.away));
        break;
    }
    case DecidedBy::ExtraTime:
        lines << TieText::tr("%1 through after extra time, %2 on aggregate")
                     .arg(winner, winnerFirstText(total.home, total.away));
        break;
    case DecidedBy::AwayGoalsExtraTime: {
        const Aggregate awayGoals = rules::awayGoals(t, true);
        lines << TieText::tr(
                     "Level %1 on aggregate after extra time; %2 through on away goals (extra time included), %3")
                     .arg(level, winner, winnerFirstText(awayGoals.home, awayGoals.away));
        break;
    }
    case DecidedBy::Penalties: {
        const Score p = t.leg2.penalties; // the second leg's home club is the tie's away club
        lines << TieText::tr("Level %1 on aggregate; %2 won the penalty shoot-out %3")
                     .arg(level, winner, winnerFirstText(p.away, p.home));
        break;
    }
    case DecidedBy::Playoff:
        if (const Playoff *playoff = set.playoffOf(t)) {
            const Score s = playoff->homeSide(playoff->match.finalScore());
            lines << TieText::tr("Level %1 on aggregate; %2 won the play-off %3")
                         .arg(level, winner, winnerFirstText(s.home, s.away));
        } else {
            lines << TieText::tr("Level %1 on aggregate; %2 won a play-off").arg(level, winner);
        }
        break;
    case DecidedBy::CoinToss:
        lines << TieText::tr("Level %1 on aggregate; %2 through on a coin toss").arg(level, winner);
        break;
    case DecidedBy::Awarded: {
        if (const QString awarded = awardedLegText(set, t); !awarded.isEmpty()) {
            lines << (t.winner != Side::None
                          ? TieText::tr("%1 through: %2, %3 on aggregate")
                                .arg(winner, awarded, winnerFirstText(total.home, total.away))
                          : TieText::tr("Level %1 on aggregate with %2, but the file names no winner")
                                .arg(level, awarded));
            break;
        }
        const Leg &decisive = hasScore(t.leg2.status) ? t.leg1 : t.leg2;
        lines << (t.winner != Side::None ? TieText::tr("Awarded to %1 (%2)").arg(winner, legCellText(decisive))
                                         : TieText::tr("Awarded (%1)").arg(legCellText(decisive)));
        break;
    }
    case DecidedBy::Undecided:
        lines << (t.leg1.status == LegStatus::NotPlayed || t.leg2.status == LegStatus::NotPlayed
                      ? TieText::tr("Not decided yet: a leg has not been played")
                      : TieText::tr("Not decided: the scores in the file do not settle the tie"));
        break;
    }
    if (t.flags & StatedWinnerUnknown) {
        lines
            << TieText::tr("The file names %1 as the winner, which is neither club").arg(set.clubName(t.statedWinner));
    } else if (t.flags & WinnerMismatch) {
        const QString stated = t.statedWinner == NoClub
            ? TieText::tr("The file names no winner")
            : TieText::tr("The file names %1 as the winner").arg(set.clubName(t.statedWinner));
        lines << (t.winner == Side::None ? TieText::tr("%1, but by the rules the tie is not decided").arg(stated)
                                         : TieText::tr("%1, but by the rules %2 went through").arg(stated, winner));
    }
    if (t.flags & InconsistentScore)
        lines << TieText::tr("Some scores in this tie do not add up; see the Problems list");
    return lines.join(u'\n');
}

QStringList problemSentences(const TieSet &set, const Tie &tie)
{
    QStringList sentences;
    if (tie.flags & StatedWinnerUnknown) {
        sentences << TieText::tr("The file names %1 as the winner, which is neither club.")
                         .arg(set.clubName(tie.statedWinner));
    } else if (tie.flags & WinnerMismatch) {
        const QString stated = tie.statedWinner == NoClub ? TieText::tr("no winner") : set.clubName(tie.statedWinner);
        const QString computed = tie.winner == Side::None ? TieText::tr("nobody yet") : set.clubName(tie.winnerClub());
        sentences << TieText::tr("The file says %1 went through, but by the rules it is %2.").arg(stated, computed);
    }
    if (tie.flags & InconsistentScore) {
        // Say which score so that a person can find it in the file.
        const auto describe = [](const Leg &leg, const QString &which, QStringList &out) {
            const Score ht = leg.halfTime, ft = leg.fullTime, et = leg.extraTime;
            if (ht.isValid() && ft.isValid() && (ht.home > ft.home || ht.away > ft.away))
                out << TieText::tr("%1: half-time score %2 is above the full-time score %3.")
                           .arg(which, scoreText(ht), scoreText(ft));
            if (ft.isValid() && et.isValid() && (ft.home > et.home || ft.away > et.away))
                out << TieText::tr("%1: the score after 90 minutes, %2, is above the score after extra time, %3.")
                           .arg(which, scoreText(ft), scoreText(et));
        };
        const qsizetype before = sentences.size();
        describe(tie.leg1, TieText::tr("First leg"), sentences);
        describe(tie.leg2, TieText::tr("Second leg"), sentences);
        if (sentences.size() == before)
            sentences << TieText::tr("The scores of this tie do not add up; see the Problems list.");
    }
    return sentences;
}

QString pathStepText(const TieSet &set, std::size_t tieIndex, ClubId club)
{
    const Tie &tie = set.ties[tieIndex];
    const bool atHome = tie.home == club; // at home in the first leg
    const QString opponent = set.clubName(atHome ? tie.away : tie.home);

    const QDate day = tie.leg2.julianDay != 0 ? tie.leg2.date() : tie.leg1.date();
    const QString when = day.isValid() ? QLocale().toString(day, u"d MMM yyyy"_s) : TieText::tr("no date");
    QString source = tie.file < set.files.size() ? set.files[tie.file].displayName : QString();
    const QString round = set.roundName(tieIndex);
    if (!round.isEmpty())
        source = TieText::tr("%1, %2", "a round, then its file").arg(round, source);

    const Aggregate total = rules::aggregate(tie);
    const bool played = hasScore(tie.leg1.status) || hasScore(tie.leg2.status);
    const QString score = !played ? scoreText({})
        : atHome                  ? pairText(total.home, total.away)
                                  : pairText(total.away, total.home);
    const bool won = tie.winnerClub() == club;
    QString outcome;
    switch (tie.decidedBy) {
    case DecidedBy::Aggregate:
        outcome = won ? TieText::tr("through on aggregate against %1 (%2)")
                      : TieText::tr("out on aggregate against %1 (%2)");
        break;
    case DecidedBy::AwayGoals:
        outcome = won ? TieText::tr("through on away goals against %1 (%2)")
                      : TieText::tr("out on away goals against %1 (%2)");
        break;
    case DecidedBy::ExtraTime:
        outcome = won ? TieText::tr("through after extra time against %1 (%2)")
                      : TieText::tr("out after extra time against %1 (%2)");
        break;
    case DecidedBy::AwayGoalsExtraTime:
        outcome = won ? TieText::tr("through on away goals in extra time against %1 (%2)")
                      : TieText::tr("out on away goals in extra time against %1 (%2)");
        break;
    case DecidedBy::Penalties:
        outcome = won ? TieText::tr("through on penalties against %1 (%2)")
                      : TieText::tr("out on penalties against %1 (%2)");
        break;
    case DecidedBy::Playoff:
        outcome = won ? TieText::tr("through in a play-off against %1 (%2)")
                      : TieText::tr("out in a play-off against %1 (%2)");
        break;
    case DecidedBy::CoinToss:
        outcome = won ? TieText::tr("through on a coin toss against %1 (%2)")
                      : TieText::tr("out on a coin toss against %1 (%2)");
        break;
    case DecidedBy::Awarded:
        outcome = won ? TieText::tr("through against %1, awarded (%2)") : TieText::tr("out against %1, awarded (%2)");
        break;
    case DecidedBy::Undecided: outcome = TieText::tr("against %1 (%2), not decided"); break;
    }
    return TieText::tr("%1 (%2), %3", "date (source), outcome").arg(when, source, outcome.arg(opponent, score));
}

} // namespace tb
