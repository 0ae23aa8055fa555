// Words for one tie: scores, titles, the decision sentence and the problems.
#include "tietext.h"

#include "rules.h"

#include <QCoreApplication>

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

} // namespace

QString scoreText(Score score)
{
    if (!score.isValid())
        return u"\u2013"_s;
    return pairText(score.home, score.away);
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
    case LegStatus::PenaltiesAfterExtraTime:
        return {};
    case LegStatus::NotPlayed:
        return TieText::tr("Not played yet");
    case LegStatus::Abandoned:
        return TieText::tr("Abandoned");
    case LegStatus::Annulled:
        return TieText::tr("Annulled");
    case LegStatus::Rescheduled:
        return TieText::tr("Rescheduled");
    case LegStatus::Walkover:
        return TieText::tr("Walkover");
    case LegStatus::DidNotPlay:
        return TieText::tr("Did not play");
    case LegStatus::DecidedAtTable:
        return TieText::tr("Decided at the table");
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
    return text;
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
        return TieText::tr("Level %1 on aggregate; %2 through on away goals scored in extra time").arg(level, winnerName);
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
    case DecidedBy::Awarded: {
        const Leg &leg = hasScore(tie.leg2.status) ? tie.leg1 : tie.leg2;
        const QString why = legStatusText(leg.status).toLower();
        if (winnerName.isEmpty())
            return TieText::tr("Awarded (%1), but the file names no winner").arg(why);
        return TieText::tr("%1 through, awarded (%2)").arg(winnerName, why);
    }
    case DecidedBy::Undecided:
        break;
    }
    if (!hasScore(tie.leg1.status))
        return TieText::tr("Not decided: first leg %1").arg(legStatusText(tie.leg1.status).toLower());
    if (!hasScore(tie.leg2.status))
        return TieText::tr("Not decided: second leg %1").arg(legStatusText(tie.leg2.status).toLower());
    if (total.home == total.away)
        return TieText::tr("Level %1 on aggregate, with no extra time or shoot-out recorded").arg(level);
    return TieText::tr("Not decided");
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
                out << TieText::tr("%1: half-time score %2 is above the full-time score %3.").arg(which, scoreText(ht), scoreText(ft));
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

} // namespace tb
