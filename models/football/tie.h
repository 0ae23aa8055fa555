// SPDX-License-Identifier: GPL-3.0-or-later
// The compact in-memory record of one two-legged tie, as read from a results file.
#pragma once

#include <QDate>
#include <cstdint>

namespace tb {

// Index into a ClubTable. Interned so that a tie holds two small integers, not two strings.
using ClubId = std::uint32_t;
inline constexpr ClubId NoClub = 0xFFFFFFFFu;

// A score "H:A" from the point of view of that leg's home club. -1 means "not given".
struct Score
{
    std::int16_t home = -1;
    std::int16_t away = -1;

    constexpr bool isValid() const { return home >= 0 && away >= 0; }
    friend constexpr bool operator==(Score, Score) = default;
};

// Largest goal count accepted for one side in one score; anything larger is an input error
// (it also keeps all sums far away from int16 overflow).
inline constexpr int MaxGoals = 999;

// How a leg's result was written. Everything but Played/ExtraTime/Penalties* has no usable score.
enum class LegStatus : std::uint8_t {
    Played, // "F:A" or "F:A (h:a)"
    ExtraTime, // "F:A (h:a, n:m) aet"
    PenaltiesAfter90, // "P:Q (h:a, n:m) pso"  (no extra time)
    PenaltiesAfterExtraTime, // "P:Q (h:a, n:m, e:f) pso"
    NotPlayed, // "-:-"
    Abandoned, // "abor."
    Annulled, // "annull."
    Rescheduled, // "resch."
    Walkover, // "WO" or "w/o"
    DidNotPlay, // "dnp"
    DecidedAtTable, // "dec.": decided at the table, no score given
    // "F:A dec." or "F:A (h:a) dec.": awarded at the table with that score (often 3:0), which
    // counts in the aggregate like a played score; the tie is then decided by the table.
    Awarded,
};

inline constexpr bool hasScore(LegStatus s)
{
    return s == LegStatus::Played || s == LegStatus::ExtraTime || s == LegStatus::PenaltiesAfter90
        || s == LegStatus::PenaltiesAfterExtraTime || s == LegStatus::Awarded;
}

struct Leg
{
    Score halfTime; // invalid when not given
    Score fullTime; // after 90 minutes
    Score extraTime; // after 120 minutes; valid only for ExtraTime / PenaltiesAfterExtraTime
    Score penalties; // shoot-out; valid only for Penalties*
    std::int32_t julianDay = 0; // 0 = no date (QDate::fromJulianDay)
    std::int16_t kickoffMinutes = -1; // minutes after midnight, local; -1 = not given
    LegStatus status = LegStatus::NotPlayed;
    // 1-based column (in characters) of this leg's score on its line, for the rules' warnings;
    // past 255 the tie's place is in TieSet::placeOverflow. It takes the record's padding.
    std::uint8_t scoreColumn = 0;

    // The score that counts for the aggregate: after extra time when there was extra time.
    constexpr Score finalScore() const { return extraTime.isValid() ? extraTime : fullTime; }
    constexpr bool hasExtraTime() const { return extraTime.isValid(); }
    constexpr bool hasPenalties() const { return penalties.isValid(); }
    QDate date() const { return julianDay ? QDate::fromJulianDay(julianDay) : QDate(); }
};

// Which club of the tie: the first leg's home club or its away club.
enum class Side : std::uint8_t {
    None,
    Home,
    Away
};

enum class DecidedBy : std::uint8_t {
    Aggregate,
    AwayGoals,
    ExtraTime,
    AwayGoalsExtraTime,
    Penalties,
    Playoff, // level after two legs, then a third match (TieSet::playoffs), up to 1968-69
    CoinToss, // level after everything that was played; the file says a coin toss decided it
    Awarded, // a status word (walkover, decided at the table, ...) or an awarded score: off the pitch
    Undecided, // not finished, or not enough data to decide
};
inline constexpr int DecidedByCount = 9;

// Flags for things worth a second look; each also produced a diagnostic when read.
enum TieFlag : std::uint8_t {
    WinnerMismatch = 1 << 0, // stated winner differs from the computed one
    StatedWinnerUnknown = 1 << 1, // stated winner is neither club
    InconsistentScore = 1 << 2, // half time above full time, 90 minutes above 120, ...
    // Not a problem: the format writes no winner (Football.TXT), so the rules' winner is the only
    // one, and no stated winner is no disagreement. Set by reading, in readFlags.
    WinnerNotWritten = 1 << 3,
    // Not a problem either: the file says a coin toss decided the tie (engsoccerdata's "coin
    // toss"), so a tie level after everything played goes to its stated winner. Set by reading.
    CoinTossRecorded = 1 << 4,
};

struct Tie
{
    Leg leg1; // played at `home`
    Leg leg2; // played at `away`
    ClubId home = NoClub; // first leg's home club
    ClubId away = NoClub; // first leg's away club
    ClubId statedWinner = NoClub; // from "Winner:"; NoClub when empty; may be neither club
    std::uint32_t line = 0; // 1-based line of the first-leg line in its file
    std::uint16_t file = 0; // index into TieSet::files
    Side winner = Side::None; // computed by the rules
    DecidedBy decidedBy = DecidedBy::Undecided;
    std::uint8_t flags = 0; // TieFlag bits
    std::uint8_t readFlags = 0; // the TieFlag bits reading found (InconsistentScore); the rules keep them in `flags`
    // Where the rest of the tie stands in its file (TieSet::source() reads them): the column of
    // the stated winner on the dates line, and the lines as distances, second leg minus first in
    // the low four bits, dates line minus second leg in the high four. 0 = a tie made by hand,
    // PlaceOverflow = the values did not fit: TieSet::placeOverflow holds them.
    std::uint8_t winnerColumn = 0;
    std::uint8_t lineSpans = 0;

    static constexpr std::uint8_t PlaceOverflow = 0xFF;
    bool hasPlace() const { return lineSpans != 0; }

    ClubId winnerClub() const { return winner == Side::Home ? home : winner == Side::Away ? away : NoClub; }
};
// A million ties are read at once: readFlags and the place took padding, not room.
static_assert(sizeof(Leg) == 24);
static_assert(sizeof(Tie) == 72);

// A third match, played when two legs left a tie level (the European Cup's rule up to 1968-69),
// on neutral ground as a rule. Few ties have one, so it is kept beside the ties
// (TieSet::playoffs), not in every Tie.
struct Playoff
{
    Leg match; // its score from `first`'s side; extra time and a shoot-out as for a second leg
    Side first = Side::Home; // which club of the tie is named first (the match's nominal home club)
    std::uint32_t line = 0; // its line in the file, for the rules' warnings; 0 for one made by hand

    // The score from the tie's home club's side, for the detail view and the rules.
    constexpr Score homeSide(Score s) const { return first == Side::Home ? s : Score{s.away, s.home}; }
};

// Where a tie stands in its file, so that the rules can point their warnings at the right line
// and column.
struct TieSource
{
    std::uint16_t file = 0;
    std::uint32_t leg1Line = 0, leg2Line = 0, datesLine = 0;
    std::uint32_t leg1ScoreColumn = 0, leg2ScoreColumn = 0, winnerColumn = 0; // 1-based, characters
};

} // namespace tb
