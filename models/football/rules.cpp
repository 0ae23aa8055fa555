// SPDX-License-Identifier: GPL-3.0-or-later
// The tie rules: works out who went through and how, and warns where a tie's scores or stated winner do not add up.
#include "rules.h"

#include "tietext.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <optional>

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

// What is odd about one leg's scores on their own, as bits: a byte that the compiler keeps in a
// register (three bools went through memory, a byte at a time written and two read back).
struct LegFindings
{
    enum : std::uint8_t {
        HalfTimeAbove = 1, // the half-time score above the full-time one
        FullTimeAbove = 2, // the score after 90 minutes above the one after extra time
        Extended = 4, // a first leg with extra time or a shoot-out
    };
    std::uint8_t bits = 0;

    bool any() const { return bits != 0; }
    bool has(std::uint8_t bit) const { return bits & bit; }
};

LegFindings legFindings(const Leg &leg, bool first)
{
    if (!legHasScore(leg))
        return {};
    return {std::uint8_t((above(leg.halfTime, leg.fullTime) ? LegFindings::HalfTimeAbove : 0)
                         | (above(leg.fullTime, leg.extraTime) ? LegFindings::FullTimeAbove : 0)
                         | (first && (leg.hasExtraTime() || leg.hasPenalties()) ? LegFindings::Extended : 0))};
}

// Where a tie stands in its file, given, or worked out from its set only when a message needs it:
// nearly every tie of a million has none.
class SourceOf
{
public:
    explicit SourceOf(const TieSource &given)
        : m_source(&given)
    { }
    SourceOf(const TieSet &set, std::size_t index)
        : m_set(&set)
        , m_index(index)
    { }

    const TieSource &get()
    {
        if (!m_source) {
            m_made = m_set->source(m_index);
            m_source = &m_made;
        }
        return *m_source;
    }

private:
    const TieSource *m_source = nullptr;
    const TieSet *m_set = nullptr;
    std::size_t m_index = 0;
    TieSource m_made;
};

class Checker
{
public:
    Checker(Tie &tie, const ClubTable &clubs, SourceOf &source, std::vector<Diagnostic> &out)
        : m_tie(tie)
        , m_clubs(clubs)
        , m_source(source)
        , m_out(out)
    { }

    void warn(std::uint32_t line, std::uint32_t column, TieFlag flag, const QString &message)
    {
        m_tie.flags |= flag;
        m_out.push_back(Diagnostic{source().file, line, column, Severity::Warning, message, DiagnosticOrigin::Rules});
    }

    QString club(ClubId id) const
    {
        return id < m_clubs.size() ? m_clubs.name(id) : QCoreApplication::translate("Rules", "(unknown club)");
    }
    QString club(Side side) const { return club(side == Side::Home ? m_tie.home : m_tie.away); }
    const TieSource &source() { return m_source.get(); }

    // Nothing is wrong: a word for the user, neither flagged nor counted as a problem.
    void note(std::uint32_t line, std::uint32_t column, const QString &message)
    {
        m_out.push_back(Diagnostic{source().file, line, column, Severity::Note, message, DiagnosticOrigin::Rules});
    }

    void warnLeg(const Leg &leg, bool first, LegFindings found)
    {
        const bool halfTimeAbove = found.has(LegFindings::HalfTimeAbove);
        const bool fullTimeAbove = found.has(LegFindings::FullTimeAbove);
        const bool extended = found.has(LegFindings::Extended);
        const TieSource &at = source();
        const std::uint32_t line = first ? at.leg1Line : at.leg2Line;
        const std::uint32_t column = first ? at.leg1ScoreColumn : at.leg2ScoreColumn;
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
    SourceOf &m_source;
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
    if (const Side s = leader(aggregateAfter90(tie)); s != Side::None)
        return {s, DecidedBy::Aggregate};
    const std::int32_t day = decidingDay(tie);
    if (playoffBeforeAwayGoals(tie, rules, playoff))
        return decideLevel(tie, rules, playoff);
    if (awayGoalsApplyOnDay(rules, day)) {
        if (const Side s = leader(awayGoals(tie, false)); s != Side::None)
            return {s, DecidedBy::AwayGoals};
    }
    if (tie.leg2.hasExtraTime()) {
        if (const Side s = leader(aggregate(tie)); s != Side::None)
            return {s, DecidedBy::ExtraTime};
        if (awayGoalsCountInExtraTimeOnDay(rules, day)) {
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

namespace {

// What the scores of a tie with both legs played say against its outcome: at most one thing, the
// first of these that holds.
enum class ScoresFinding : std::uint8_t {
    None,
    ExtraTimeAfterDecided, // the second leg has extra time, but the tie was over after 90 minutes
    ShootoutAfterDecided, // a shoot-out, but the tie was over before it
    PlayoffNotNeeded, // a play-off, but the tie was over before it
    SettledOffFile, // level, and settled by a play-off or coin toss the file does not show (a note)
    Undecided, // level, and nothing recorded settles it
};

ScoresFinding scoresFinding(const Tie &tie, Outcome outcome, const Playoff *playoff)
{
    if (!legHasScore(tie.leg1) || !legHasScore(tie.leg2))
        return ScoresFinding::None;
    const Leg &leg2 = tie.leg2;
    const bool decidedIn90 = outcome.decidedBy == DecidedBy::Aggregate || outcome.decidedBy == DecidedBy::AwayGoals;
    const bool decidedInExtraTime = outcome.decidedBy == DecidedBy::ExtraTime
        || outcome.decidedBy == DecidedBy::AwayGoalsExtraTime;
    if (decidedIn90 && leg2.hasExtraTime())
        return ScoresFinding::ExtraTimeAfterDecided;
    if ((decidedIn90 || decidedInExtraTime) && leg2.hasPenalties())
        return ScoresFinding::ShootoutAfterDecided;
    if (playoff && outcome.decidedBy != DecidedBy::Playoff && outcome.decidedBy != DecidedBy::CoinToss
        && outcome.decidedBy != DecidedBy::Undecided)
        return ScoresFinding::PlayoffNotNeeded;
    // decideLevel() trusted the stated winner of a level tie of the play-off eras.
    if (!playoff && !(tie.readFlags & CoinTossRecorded)
        && (outcome.decidedBy == DecidedBy::Playoff || outcome.decidedBy == DecidedBy::CoinToss))
        return ScoresFinding::SettledOffFile;
    if (outcome.decidedBy == DecidedBy::Undecided)
        return ScoresFinding::Undecided;
    return ScoresFinding::None;
}

// The file records a coin toss that did not decide the tie.
bool coinTossContradicted(const Tie &tie, Outcome outcome)
{
    return (tie.readFlags & CoinTossRecorded) && outcome.winner != Side::None
        && outcome.decidedBy != DecidedBy::CoinToss;
}

// What the stated winner (on `stated` side) says against the outcome.
enum class WinnerFinding : std::uint8_t {
    None,
    NeitherClub, // the file names a club that is neither of the tie's
    NoneNamed, // the file names no winner where the rules find one
    Other, // the file names the other club
};

WinnerFinding winnerFinding(const Tie &tie, Outcome outcome, Side stated)
{
    if (tie.statedWinner != NoClub && stated == Side::None)
        return WinnerFinding::NeitherClub;
    // A walkover's winner is the stated one, so only an awarded score can disagree here.
    if (outcome.winner != Side::None && stated != outcome.winner
        && !(stated == Side::None && (tie.readFlags & WinnerNotWritten)))
        return stated == Side::None ? WinnerFinding::NoneNamed : WinnerFinding::Other;
    return WinnerFinding::None;
}

// The words for what evaluateOne() found, in the order they always came: out of the way of the
// ties that need none, which are nearly all of them.
// The findings of evaluateOne() about one tie.
struct Findings
{
    LegFindings leg1, leg2;
    ScoresFinding scores = ScoresFinding::None;
    bool coinToss = false; // coinTossContradicted()
    WinnerFinding winner = WinnerFinding::None;
    Side stated = Side::None; // the side of the stated winner

    bool any() const
    {
        return leg1.any() || leg2.any() || scores != ScoresFinding::None || coinToss || winner != WinnerFinding::None;
    }
};

// The words for what evaluateOne() found, in the order they always came: out of the way of the
// ties that need none, which are nearly all of them (and so is the tie's place in its file:
// `source`, or else worked out from `set`).
[[gnu::noinline]] void report(Tie &tie, const ClubTable &clubs, const TieSource *given, const TieSet *set,
                              std::size_t index, std::vector<Diagnostic> &diagnostics, Outcome outcome,
                              const Playoff *playoff, Findings found)
{
    SourceOf at = given ? SourceOf(*given) : SourceOf(*set, index);
    Checker check(tie, clubs, at, diagnostics);
    if (found.leg1.any())
        check.warnLeg(tie.leg1, true, found.leg1);
    if (found.leg2.any())
        check.warnLeg(tie.leg2, false, found.leg2);
    const TieSource &source = check.source();
    const Leg &leg2 = tie.leg2;
    switch (found.scores) {
    case ScoresFinding::None: break;
    case ScoresFinding::ExtraTimeAfterDecided:
        check.warn(
            source.leg2Line, source.leg2ScoreColumn, InconsistentScore,
            QCoreApplication::translate(
                "Rules", "the second leg records extra time, but %1 had already gone through %2 after 90 minutes")
                .arg(check.club(outcome.winner), howText(tie, outcome)));
        break;
    case ScoresFinding::ShootoutAfterDecided:
        check.warn(source.leg2Line, source.leg2ScoreColumn, InconsistentScore,
                   QCoreApplication::translate(
                       "Rules", "the second leg records a penalty shoot-out, but %1 had already gone through %2")
                       .arg(check.club(outcome.winner), howText(tie, outcome)));
        break;
    case ScoresFinding::PlayoffNotNeeded:
        check.warn(
            playoff->line, playoff->match.scoreColumn, InconsistentScore,
            QCoreApplication::translate("Rules", "the file records a play-off, but %1 had already gone through %2")
                .arg(check.club(outcome.winner), howText(tie, outcome)));
        break;
    case ScoresFinding::SettledOffFile:
        // At the tie's first line, so that the user sees why it is not shown as undecided.
        check.note(
            source.leg1Line, 0,
            QCoreApplication::translate(
                "Rules", "level after two legs: decided by a play-off or a coin toss that this file does not show"));
        break;
    case ScoresFinding::Undecided: {
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
                          "the tie is level at %1 on aggregate after extra time, but no penalty "
                          "shoot-out is recorded; the tie is left undecided")
                          .arg(scoreText(total.home, total.away));
        } else {
            message = QCoreApplication::translate("Rules",
                                                  "the tie is level at %1 on aggregate after 90 minutes, but no extra "
                                                  "time or penalty shoot-out is recorded; the tie is left undecided")
                          .arg(scoreText(total.home, total.away));
        }
        check.warn(line, column, InconsistentScore, message);
        break;
    }
    }

    if (found.coinToss) {
        check.warn(source.datesLine, source.winnerColumn, InconsistentScore,
                   QCoreApplication::translate("Rules", "the file records a coin toss, but %1 went through %2")
                       .arg(check.club(outcome.winner), howText(tie, outcome, playoff)));
    }

    switch (found.winner) {
    case WinnerFinding::None: break;
    case WinnerFinding::NeitherClub:
        check.warn(
            source.datesLine, source.winnerColumn, StatedWinnerUnknown,
            QCoreApplication::translate("Rules", "the file says %1 won, but %1 is neither club of this tie (%2 - %3)")
                .arg(check.club(tie.statedWinner), check.club(tie.home), check.club(tie.away)));
        break;
    case WinnerFinding::NoneNamed:
        check.warn(source.datesLine, source.winnerColumn, WinnerMismatch,
                   QCoreApplication::translate("Rules", "the file names no winner, but by the rules %1 went through %2")
                       .arg(check.club(outcome.winner), howText(tie, outcome, playoff)));
        break;
    case WinnerFinding::Other:
        check.warn(source.datesLine, source.winnerColumn, WinnerMismatch,
                   QCoreApplication::translate("Rules", "the file says %1 won, but by the rules %2 went through %3")
                       .arg(check.club(found.stated), check.club(outcome.winner), howText(tie, outcome, playoff)));
        break;
    }
}

// The tie that needs no more than its two scores after 90 minutes, nearly three in four of a
// million: both legs played without extra time or a shoot-out, no play-off, no coin toss, one
// club ahead on aggregate, no half-time score above the full-time one, and the stated winner that
// club. Its outcome then, or nothing: the way of every other tie, which gives the same for this
// one (tst_rules::commonTiesTheWayOfEveryOther), is several times the work.
std::optional<Outcome> decidedOnAggregateAlone(const Tie &tie, const Playoff *playoff)
{
    const Leg &leg1 = tie.leg1;
    const Leg &leg2 = tie.leg2;
    if (playoff || (tie.readFlags & CoinTossRecorded) || leg1.status != LegStatus::Played
        || leg2.status != LegStatus::Played || !leg1.fullTime.isValid() || !leg2.fullTime.isValid()
        || leg1.hasExtraTime() || leg1.hasPenalties() || leg2.hasExtraTime() || leg2.hasPenalties()
        || above(leg1.halfTime, leg1.fullTime) || above(leg2.halfTime, leg2.fullTime))
        return std::nullopt;
    const Side ahead = leader(aggregateAfter90(tie));
    if (ahead == Side::None || sideOf(tie, tie.statedWinner) != ahead)
        return std::nullopt;
    return Outcome{ahead, DecidedBy::Aggregate};
}

// `given`: the tie's place in its file; without it, that of tie `index` of `set`.
void evaluateOne(Tie &tie, const ClubTable &clubs, RuleSet rules, const TieSource *given, const TieSet *set,
                 std::size_t index, std::vector<Diagnostic> &diagnostics, const Playoff *playoff)
{
    const Outcome outcome = decide(tie, rules, playoff);
    tie.winner = outcome.winner;
    tie.decidedBy = outcome.decidedBy;
    tie.flags = 0;

    Findings found;
    found.leg1 = legFindings(tie.leg1, true);
    found.leg2 = legFindings(tie.leg2, false);
    found.scores = scoresFinding(tie, outcome, playoff);
    found.coinToss = coinTossContradicted(tie, outcome);
    found.stated = sideOf(tie, tie.statedWinner);
    found.winner = winnerFinding(tie, outcome, found.stated);
    if (found.any())
        report(tie, clubs, given, set, index, diagnostics, outcome, playoff, found);
}

} // namespace

void evaluate(Tie &tie, const ClubTable &clubs, RuleSet rules, const TieSource &source,
              std::vector<Diagnostic> &diagnostics, const Playoff *playoff)
{
    evaluateOne(tie, clubs, rules, &source, nullptr, 0, diagnostics, playoff);
}

void evaluateTies(TieSet &set, std::size_t begin, std::size_t end, RuleSet rules, std::uint16_t firstFile,
                  std::vector<Diagnostic> &warnings)
{
    end = std::min(end, set.ties.size());
    const bool anyPlayoff = !set.playoffs.empty();
    for (std::size_t i = begin; i < end; ++i) {
        Tie &tie = set.ties[i];
        if (tie.file < firstFile)
            continue;
        const Playoff *playoff = anyPlayoff ? set.playoff(i) : nullptr;
        if (const std::optional<Outcome> outcome = decidedOnAggregateAlone(tie, playoff)) {
            tie.winner = outcome->winner;
            tie.decidedBy = outcome->decidedBy;
            tie.flags = tie.readFlags;
            continue;
        }
        evaluateOne(tie, set.clubs, rules, nullptr, &set, i, warnings, playoff);
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
