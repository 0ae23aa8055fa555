// SPDX-License-Identifier: GPL-3.0-or-later
// The tie rules: works out who went through and how, and warns where a tie's scores or stated winner do not add up.
#include "rules.h"

#include "tietext.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace tb::rules {

namespace {

bool legHasScore(const Leg &leg)
{
    return hasScore(leg.status) && leg.fullTime.isValid();
}

bool above(Score lower, Score upper)
{
    return lower.isValid() && upper.isValid() && (lower.home > upper.home || lower.away > upper.away);
}

Side sideOf(const Tie &tie, ClubId club)
{
    if (club == NoClub)
        return Side::None;
    if (club == tie.home)
        return Side::Home;
    if (club == tie.away)
        return Side::Away;
    return Side::None;
}

Side leader(Aggregate a)
{
    return a.home > a.away ? Side::Home : a.away > a.home ? Side::Away : Side::None;
}

QDate decidingDate(const Tie &tie)
{
    // The rules follow the season, which the second leg's date tells; a file without that date
    // may still date the first leg, which is in the same season.
    const QDate second = tie.leg2.date();
    return second.isValid() ? second : tie.leg1.date();
}

class Checker
{
public:
    Checker(Tie &tie, const ClubTable &clubs, const TieSource &source, std::vector<Diagnostic> &out)
        : m_tie(tie)
        , m_clubs(clubs)
        , m_source(source)
        , m_out(out)
    { }

    void warn(std::uint32_t line, std::uint32_t column, TieFlag flag, const QString &message)
    {
        m_tie.flags |= flag;
        m_out.push_back(Diagnostic{m_source.file, line, column, Severity::Warning, message, DiagnosticOrigin::Rules});
    }

    QString club(ClubId id) const
    {
        return id < m_clubs.size() ? m_clubs.name(id) : QCoreApplication::translate("Rules", "(unknown club)");
    }
    QString club(Side side) const { return club(side == Side::Home ? m_tie.home : m_tie.away); }

    // Nothing is wrong: a word for the user, neither flagged nor counted as a problem.
    void note(std::uint32_t line, std::uint32_t column, const QString &message)
    {
        m_out.push_back(Diagnostic{m_source.file, line, column, Severity::Note, message, DiagnosticOrigin::Rules});
    }

    void checkLeg(const Leg &leg, bool first)
    {
        if (!legHasScore(leg))
            return;
        const bool halfTimeAbove = above(leg.halfTime, leg.fullTime);
        const bool fullTimeAbove = above(leg.fullTime, leg.extraTime);
        const bool extended = first && (leg.hasExtraTime() || leg.hasPenalties());
        // The words only for the few legs that need them, out of the way of the million that do not.
        if (halfTimeAbove || fullTimeAbove || extended)
            warnLeg(leg, first, halfTimeAbove, fullTimeAbove, extended);
    }

    [[gnu::noinline]] void warnLeg(const Leg &leg, bool first, bool halfTimeAbove, bool fullTimeAbove, bool extended)
    {
        const std::uint32_t line = first ? m_source.leg1Line : m_source.leg2Line;
        const std::uint32_t column = first ? m_source.leg1ScoreColumn : m_source.leg2ScoreColumn;
        if (halfTimeAbove) {
            warn(line, column, InconsistentScore,
                 (first ? QCoreApplication::translate(
                      "Rules", "first leg: the half-time score %1 is higher than the full-time score %2")
                        : QCoreApplication::translate(
                            "Rules", "second leg: the half-time score %1 is higher than the full-time score %2"))
                     .arg(scoreText(leg.halfTime), scoreText(leg.fullTime)));
        }
        if (fullTimeAbove) {
            warn(line, column, InconsistentScore,
                 (first ? QCoreApplication::translate("Rules",
                                                      "first leg: the score after 90 minutes, %1, is "
                                                      "higher than the score after extra time, %2")
                        : QCoreApplication::translate("Rules",
                                                      "second leg: the score after 90 minutes, %1, is "
                                                      "higher than the score after extra time, %2"))
                     .arg(scoreText(leg.fullTime), scoreText(leg.extraTime)));
        }
        if (extended) {
            warn(line, column, InconsistentScore,
                 QCoreApplication::translate(
                     "Rules",
                     "the first leg records extra time or a penalty shoot-out, which only a second leg can "
                     "have; its goals count in the aggregate, its shoot-out is ignored"));
        }
    }

private:
    Tie &m_tie;
    const ClubTable &m_clubs;
    const TieSource &m_source;
    std::vector<Diagnostic> &m_out;
};

} // namespace

namespace {

// Both legs' goals from the first leg's home club's side; a leg without a score adds nothing.
Aggregate sumLegs(const Tie &tie, bool withSecondLegExtraTime)
{
    Aggregate a;
    if (legHasScore(tie.leg1)) {
        // The first leg is never extended; should a file say otherwise, its goals still count.
        const Score s = tie.leg1.finalScore();
        a.home += s.home;
        a.away += s.away;
    }
    if (legHasScore(tie.leg2)) {
        const Score s = withSecondLegExtraTime ? tie.leg2.finalScore() : tie.leg2.fullTime;
        a.home += s.away;
        a.away += s.home;
    }
    return a;
}

} // namespace

Aggregate aggregate(const Tie &tie)
{
    return sumLegs(tie, true);
}

Aggregate aggregateAfter90(const Tie &tie)
{
    return sumLegs(tie, false);
}

Aggregate awayGoals(const Tie &tie, bool includeExtraTime)
{
    Aggregate a;
    if (legHasScore(tie.leg2))
        a.home = includeExtraTime ? tie.leg2.finalScore().away : tie.leg2.fullTime.away;
    if (legHasScore(tie.leg1))
        a.away = tie.leg1.finalScore().away;
    return a;
}

namespace {

// Whether a tie left level after its two legs was settled by what its file does not show: in an
// era whose level ties went to a play-off or a coin toss (before 1970-71) a file with neither
// (worldfootball.net's round tables, which have no play-off line we know of) still names the
// winner. The rules trust that winner; evaluate() adds a note saying so.
bool levelTieSettledOffFile(const Tie &tie, RuleSet rules, const Playoff *playoff)
{
    return !playoff && !(tie.readFlags & CoinTossRecorded) && sideOf(tie, tie.statedWinner) != Side::None
        && ruleSetInfo(rules).awayGoals == AwayGoalsWhen::ByUefaEra
        && uefaEraOf(tie).level != LevelTie::ExtraTimePenalties;
}

// After the two legs (and their extra time and shoot-out) left the tie level: its play-off, if
// it had one, then a coin toss, if the file says there was one.
Outcome decideLevel(const Tie &tie, RuleSet rules, const Playoff *playoff)
{
    if (playoff) {
        if (const Side s = playoffWinner(*playoff); s != Side::None)
            return {s, DecidedBy::Playoff};
    }
    if (tie.readFlags & CoinTossRecorded) {
        // Only the file knows who called it right.
        if (const Side s = sideOf(tie, tie.statedWinner); s != Side::None)
            return {s, DecidedBy::CoinToss};
    }
    if (levelTieSettledOffFile(tie, rules, playoff)) {
        // The era's own way, not a new one: to 1968-69 a level tie had a play-off (a drawn one
        // then a coin toss, but the play-off was played either way), in 1969-70 a coin toss
        // after extra time and no play-off at all. Both ways are already in every view and
        // export, and howText() words a play-off the file does not hold.
        const Side stated = sideOf(tie, tie.statedWinner);
        return {stated, uefaEraOf(tie).level == LevelTie::Playoff ? DecidedBy::Playoff : DecidedBy::CoinToss};
    }
    return {};
}

// Whether a play-off recorded for a tie level on aggregate decides it before away goals: in
// UEFA's eras of play-offs, the record has a level tie go to one although a club was ahead on
// away goals (Eintracht Braunschweig - Juventus, 1967-68 quarter-final: the away goals rule did
// not cover every round yet).
bool playoffBeforeAwayGoals(const Tie &tie, RuleSet rules, const Playoff *playoff)
{
    return playoff && ruleSetInfo(rules).awayGoals == AwayGoalsWhen::ByUefaEra && !tie.leg2.hasExtraTime()
        && uefaEraOf(tie).level == LevelTie::Playoff;
}

// Both legs have a score: the rules of the day, on the pitch.
Outcome decideOnScores(const Tie &tie, RuleSet rules, const Playoff *playoff)
{
    const QDate date = decidingDate(tie);
    if (const Side s = leader(aggregateAfter90(tie)); s != Side::None)
        return {s, DecidedBy::Aggregate};
    if (playoffBeforeAwayGoals(tie, rules, playoff))
        return decideLevel(tie, rules, playoff);
    if (awayGoalsApply(rules, date)) {
        if (const Side s = leader(awayGoals(tie, false)); s != Side::None)
            return {s, DecidedBy::AwayGoals};
    }
    if (tie.leg2.hasExtraTime()) {
        if (const Side s = leader(aggregate(tie)); s != Side::None)
            return {s, DecidedBy::ExtraTime};
        if (awayGoalsCountInExtraTime(rules, date)) {
            if (const Side s = leader(awayGoals(tie, true)); s != Side::None)
                return {s, DecidedBy::AwayGoalsExtraTime};
        }
    }
    if (tie.leg2.hasPenalties()) {
        // The second leg's score is from its home club, the tie's away club.
        const Score p = tie.leg2.penalties;
        if (p.home > p.away)
            return {Side::Away, DecidedBy::Penalties};
        if (p.away > p.home)
            return {Side::Home, DecidedBy::Penalties};
    }
    return decideLevel(tie, rules, playoff);
}

} // namespace

Side playoffWinner(const Playoff &playoff)
{
    const Leg &match = playoff.match;
    if (!legHasScore(match))
        return Side::None;
    const Score score = playoff.homeSide(match.finalScore());
    if (const Side s = leader({score.home, score.away}); s != Side::None)
        return s;
    if (match.hasPenalties()) {
        const Score p = playoff.homeSide(match.penalties);
        return leader({p.home, p.away});
    }
    return Side::None;
}

Outcome decide(const Tie &tie, RuleSet rules, const Playoff *playoff)
{
    const Side stated = sideOf(tie, tie.statedWinner);
    if (!legHasScore(tie.leg1) || !legHasScore(tie.leg2)) {
        // A leg without a result (walkover, decided at the table, not played yet): the file's
        // winner is all there is to go by.
        if (stated != Side::None)
            return {stated, DecidedBy::Awarded};
        return {};
    }
    if (tie.leg1.status == LegStatus::Awarded || tie.leg2.status == LegStatus::Awarded) {
        // An awarded score counts as if played, so the rules still name the winner; the tie was
        // decided at the table all the same. Should the awarded score leave it level, the file's
        // winner stands, as for a walkover.
        const Outcome onScores = decideOnScores(tie, rules, playoff);
        if (onScores.winner != Side::None)
            return {onScores.winner, DecidedBy::Awarded};
        if (stated != Side::None)
            return {stated, DecidedBy::Awarded};
        return {};
    }
    return decideOnScores(tie, rules, playoff);
}

void evaluate(Tie &tie, const ClubTable &clubs, RuleSet rules, const TieSource &source,
              std::vector<Diagnostic> &diagnostics, const Playoff *playoff)
{
    const Outcome outcome = decide(tie, rules, playoff);
    tie.winner = outcome.winner;
    tie.decidedBy = outcome.decidedBy;
    tie.flags = 0;

    Checker check(tie, clubs, source, diagnostics);
    check.checkLeg(tie.leg1, true);
    check.checkLeg(tie.leg2, false);

    const bool played = legHasScore(tie.leg1) && legHasScore(tie.leg2);
    if (played) {
        const Leg &leg2 = tie.leg2;
        const bool decidedIn90 = outcome.decidedBy == DecidedBy::Aggregate || outcome.decidedBy == DecidedBy::AwayGoals;
        const bool decidedInExtraTime = outcome.decidedBy == DecidedBy::ExtraTime
            || outcome.decidedBy == DecidedBy::AwayGoalsExtraTime;
        if (decidedIn90 && leg2.hasExtraTime()) {
            check.warn(
                source.leg2Line, source.leg2ScoreColumn, InconsistentScore,
                QCoreApplication::translate(
                    "Rules", "the second leg records extra time, but %1 had already gone through %2 after 90 minutes")
                    .arg(check.club(outcome.winner), howText(tie, outcome)));
        } else if ((decidedIn90 || decidedInExtraTime) && leg2.hasPenalties()) {
            check.warn(source.leg2Line, source.leg2ScoreColumn, InconsistentScore,
                       QCoreApplication::translate(
                           "Rules", "the second leg records a penalty shoot-out, but %1 had already gone through %2")
                           .arg(check.club(outcome.winner), howText(tie, outcome)));
        } else if (playoff && outcome.decidedBy != DecidedBy::Playoff && outcome.decidedBy != DecidedBy::CoinToss
                   && outcome.decidedBy != DecidedBy::Undecided) {
            check.warn(
                playoff->line, playoff->match.scoreColumn, InconsistentScore,
                QCoreApplication::translate("Rules", "the file records a play-off, but %1 had already gone through %2")
                    .arg(check.club(outcome.winner), howText(tie, outcome)));
        } else if (!playoff && !(tie.readFlags & CoinTossRecorded)
                   && (outcome.decidedBy == DecidedBy::Playoff || outcome.decidedBy == DecidedBy::CoinToss)) {
            // decideLevel() trusted the stated winner of a level tie of the play-off eras: at the
            // tie's first line, so that the user sees why it is not shown as undecided.
            check.note(source.leg1Line, 0,
                       QCoreApplication::translate(
                           "Rules",
                           "level after two legs: decided by a play-off or a coin toss that this file does not show"));
        } else if (outcome.decidedBy == DecidedBy::Undecided) {
            const Aggregate total = aggregate(tie);
            QString message;
            std::uint32_t line = source.leg2Line, column = source.leg2ScoreColumn;
            if (playoff) {
                line = playoff->line;
                column = playoff->match.scoreColumn;
                message = QCoreApplication::translate("Rules",
                                                      "the play-off is drawn (%1) and no coin toss is recorded; the "
                                                      "tie is left undecided")
                              .arg(scoreText(playoff->homeSide(playoff->match.finalScore())));
            } else if (leg2.hasPenalties()) {
                message = QCoreApplication::translate(
                              "Rules",
                              "the penalty shoot-out is level at %1, so it names no winner; the tie is left undecided")
                              .arg(scoreText(leg2.penalties));
            } else if (leg2.hasExtraTime()) {
                message = QCoreApplication::translate(
                              "Rules",
                              "the tie is level at %1 on aggregate after extra time, but no penalty shoot-out is "
                              "recorded; the tie is left undecided")
                              .arg(scoreText(total.home, total.away));
            } else {
                message = QCoreApplication::translate(
                              "Rules",
                              "the tie is level at %1 on aggregate after 90 minutes, but no extra time or penalty "
                              "shoot-out is recorded; the tie is left undecided")
                              .arg(scoreText(total.home, total.away));
            }
            check.warn(line, column, InconsistentScore, message);
        }
    }

    if ((tie.readFlags & CoinTossRecorded) && outcome.winner != Side::None
        && outcome.decidedBy != DecidedBy::CoinToss) {
        check.warn(source.datesLine, source.winnerColumn, InconsistentScore,
                   QCoreApplication::translate("Rules", "the file records a coin toss, but %1 went through %2")
                       .arg(check.club(outcome.winner), howText(tie, outcome, playoff)));
    }

    const Side stated = sideOf(tie, tie.statedWinner);
    if (tie.statedWinner != NoClub && stated == Side::None) {
        check.warn(
            source.datesLine, source.winnerColumn, StatedWinnerUnknown,
            QCoreApplication::translate("Rules", "the file says %1 won, but %1 is neither club of this tie (%2 - %3)")
                .arg(check.club(tie.statedWinner), check.club(tie.home), check.club(tie.away)));
    } else if (outcome.winner != Side::None && stated != outcome.winner
               && !(stated == Side::None && (tie.readFlags & WinnerNotWritten))) {
        // A walkover's winner is the stated one, so only an awarded score can disagree here.
        const QString how = howText(tie, outcome, playoff);
        if (stated == Side::None) {
            check.warn(
                source.datesLine, source.winnerColumn, WinnerMismatch,
                QCoreApplication::translate("Rules", "the file names no winner, but by the rules %1 went through %2")
                    .arg(check.club(outcome.winner), how));
        } else {
            check.warn(source.datesLine, source.winnerColumn, WinnerMismatch,
                       QCoreApplication::translate("Rules", "the file says %1 won, but by the rules %2 went through %3")
                           .arg(check.club(stated), check.club(outcome.winner), how));
        }
    }
}

void evaluateTies(TieSet &set, std::size_t begin, std::size_t end, RuleSet rules, std::uint16_t firstFile,
                  std::vector<Diagnostic> &warnings)
{
    end = std::min(end, set.ties.size());
    for (std::size_t i = begin; i < end; ++i) {
        Tie &tie = set.ties[i];
        if (tie.file < firstFile)
            continue;
        evaluate(tie, set.clubs, rules, set.source(i), warnings, set.playoff(i));
        tie.flags |= tie.readFlags;
    }
}

void replaceRuleDiagnostics(TieSet &set, std::vector<Diagnostic> &&warnings, std::uint16_t firstFile)
{
    const auto byFileThenLine = [](const Diagnostic &a, const Diagnostic &b) {
        return a.file < b.file || (a.file == b.file && a.line < b.line);
    };
    // The rules' warnings come in tie order, a tie's in line order (first leg, second leg, dates),
    // and ties are in line order within their file.
    std::stable_sort(warnings.begin(), warnings.end(), byFileThenLine);

    // Reading's diagnostics stay as they are (in file order, each file's in line order); on
    // the same line they come before the rules', as when the rules ran while reading.
    std::vector<Diagnostic> kept;
    kept.reserve(set.diagnostics.size());
    for (Diagnostic &d : set.diagnostics) {
        if (d.file < firstFile || d.origin != DiagnosticOrigin::Rules)
            kept.push_back(std::move(d));
    }
    set.diagnostics.clear();
    set.diagnostics.reserve(kept.size() + warnings.size());
    std::merge(std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()),
               std::make_move_iterator(warnings.begin()), std::make_move_iterator(warnings.end()),
               std::back_inserter(set.diagnostics), byFileThenLine);
    set.recount();
}

void evaluate(TieSet &set, RuleSet rules, std::uint16_t firstFile)
{
    std::vector<Diagnostic> fromRules;
    evaluateTies(set, 0, set.ties.size(), rules, firstFile, fromRules);
    replaceRuleDiagnostics(set, std::move(fromRules), firstFile);
}

QString decidedByKey(DecidedBy by)
{
    switch (by) {
    case DecidedBy::Aggregate: return QStringLiteral("aggregate");
    case DecidedBy::AwayGoals: return QStringLiteral("away_goals");
    case DecidedBy::ExtraTime: return QStringLiteral("extra_time");
    case DecidedBy::AwayGoalsExtraTime: return QStringLiteral("away_goals_extra_time");
    case DecidedBy::Penalties: return QStringLiteral("penalties");
    case DecidedBy::Playoff: return QStringLiteral("playoff");
    case DecidedBy::CoinToss: return QStringLiteral("coin_toss");
    case DecidedBy::Awarded: return QStringLiteral("awarded");
    case DecidedBy::Undecided: return QStringLiteral("undecided");
    }
    return {};
}

} // namespace tb::rules
