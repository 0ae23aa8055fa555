// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point: any bytes through the loader, the tie rules (read and evaluated again) and TieSet::append, with sanity checks.
#include "loader.h"
#include "reader.h"
#include "rules.h"
#include "textlines.h"
#include "tieset.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

using namespace Qt::StringLiterals;

// A broken promise of the parser is as much a finding as a crash: report it and abort so that
// libFuzzer saves the input. `how`: the way of reading that broke it, when there are several.
void require(bool condition, const char *what, const char *how = nullptr)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_parser: invariant broken: %s%s%s\n", how ? how : "", how ? ": " : "", what);
        std::abort();
    }
}

std::uint32_t lineCount(const QByteArray &bytes)
{
    // Every line end a parser could count (\n, \r\n, a lone \r), plus the last line.
    return std::uint32_t(bytes.count('\n') + bytes.count('\r')) + 1;
}

void checkScore(tb::Score s)
{
    // Both sides given, or the score is not given at all: never half a score.
    require((s.home == -1) == (s.away == -1) && s.home >= -1 && s.away >= -1, "a score is whole or absent");
    require(s.home <= tb::MaxGoals && s.away <= tb::MaxGoals, "goals within MaxGoals");
}

// The rule set each file of the set was read with: fuzz.txt with UEFA's, again.txt with another.
constexpr tb::RuleSet rulesOfFile[] = {tb::RuleSet::UefaByDate, tb::RuleSet::AwayGoalsNotInExtraTime};

void checkSet(const tb::TieSet &set, const QByteArray &bytes)
{
    const std::uint32_t lines = lineCount(bytes);
    for (const tb::Tie &tie : set.ties) {
        require(tie.file < set.files.size(), "tie.file indexes a file");
        require(tie.home < set.clubs.size() && tie.away < set.clubs.size(), "a tie's clubs are interned");
        require(tie.statedWinner == tb::NoClub || tie.statedWinner < set.clubs.size(),
                "the stated winner is NoClub or interned");
        require(tie.line >= 1 && tie.line <= lines, "a tie's line is inside the file");
        for (const tb::Leg *leg : {&tie.leg1, &tie.leg2}) {
            checkScore(leg->halfTime);
            checkScore(leg->fullTime);
            checkScore(leg->extraTime);
            checkScore(leg->penalties);
            require(leg->julianDay == 0 || leg->date().isValid(), "a leg's date is none or valid");
            require(leg->kickoffMinutes >= -1 && leg->kickoffMinutes < 24 * 60, "kick-off within a day");
        }
        require((tie.winner == tb::Side::None) == (tie.winnerClub() == tb::NoClub), "winner side and club agree");
        // evaluate() ran when parsing; deciding again with the same rules (and the tie's play-off,
        // which an engsoccerdata file gives) must agree with it.
        const tb::Outcome again = tb::rules::decide(tie, rulesOfFile[tie.file], set.playoffOf(tie));
        require(again.winner == tie.winner && again.decidedBy == tie.decidedBy, "decide() is deterministic");
        // Aggregates cannot overflow with MaxGoals per score.
        const tb::Aggregate agg = tb::rules::aggregate(tie);
        require(agg.home >= 0 && agg.away >= 0 && agg.home <= 4 * tb::MaxGoals && agg.away <= 4 * tb::MaxGoals,
                "aggregate in range");
        for (tb::RuleSet r :
             {tb::RuleSet::AwayGoalsAlways, tb::RuleSet::AwayGoalsNever, tb::RuleSet::AwayGoalsNotInExtraTime}) {
            const tb::Outcome o = tb::rules::decide(tie, r);
            require(int(o.decidedBy) < tb::DecidedByCount, "decidedBy in range");
            require(!tb::rules::decidedByKey(o.decidedBy).isEmpty(), "decidedBy has a key");
        }
    }
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    for (const tb::Diagnostic &d : set.diagnostics) {
        require(d.file < set.files.size(), "a diagnostic's file exists");
        require(d.line <= lines, "a diagnostic's line is inside the file");
        require(!d.message.isEmpty(), "a diagnostic says something");
        require(d.severity == tb::Severity::Error || d.severity == tb::Severity::Warning
                    || d.severity == tb::Severity::Note,
                "a diagnostic's severity is one of the three");
        (d.severity == tb::Severity::Error ? errors : d.severity == tb::Severity::Warning ? warnings : notes)++;
    }
    require(set.errorCount() == errors && set.warningCount() == warnings, "error and warning counts add up");
    int fileNotes = 0;
    for (const tb::SourceFile &file : set.files) {
        fileNotes += file.noteCount;
        // A file's rounds are in line order, inside the file, each with a name.
        for (std::size_t r = 0; r < file.rounds.size(); ++r) {
            require(file.rounds[r].line >= 1 && file.rounds[r].line <= lines, "a round starts inside the file");
            require(r == 0 || file.rounds[r - 1].line < file.rounds[r].line, "rounds in line order");
        }
    }
    require(fileNotes == notes, "the notes add up");
    // A tie's lines are lines of the file, and it stands at its first leg's. In the formats that
    // write a tie's lines in order (worldfootball.net's three lines, Football.TXT's return match
    // after its match), they are in that order; engsoccerdata's first leg is the earlier match by
    // date, which a row further down may hold.
    const tb::ReaderFormat *format = tb::claimingFormat(
        QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), tb::TextLines::HeadBytes)));
    const bool linesInOrder = !format || std::strcmp(format->key, "engsoccerdata") != 0;
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        const tb::TieSource s = set.source(i);
        require(s.leg1Line == set.ties[i].line && s.leg1Line >= 1 && s.leg2Line >= 1 && s.datesLine >= 1
                    && std::max({s.leg1Line, s.leg2Line, s.datesLine}) <= lines,
                "a tie's lines are inside the file");
        require(!linesInOrder || (s.leg1Line <= s.leg2Line && s.leg2Line <= s.datesLine), "a tie's lines are in order");
    }
}

// What another way of reading the same bytes (in pieces, in small chunks) must give: the very
// set that reading them in one piece, in one chunk, gave.
void requireSameReading(const tb::TieSet &first, const tb::TieSet &other, const char *how)
{
    require(other.ties.size() == first.ties.size(), "every tie", how);
    require(other.clubs.names() == first.clubs.names(), "the clubs, in the same order", how);
    for (std::size_t i = 0; i < first.ties.size(); ++i) {
        const tb::Tie &a = first.ties[i];
        const tb::Tie &b = other.ties[i];
        require(a.home == b.home && a.away == b.away && a.statedWinner == b.statedWinner && a.line == b.line
                    && a.winner == b.winner && a.decidedBy == b.decidedBy && a.flags == b.flags
                    && a.readFlags == b.readFlags && a.leg1.fullTime == b.leg1.fullTime
                    && a.leg2.fullTime == b.leg2.fullTime && a.leg2.penalties == b.leg2.penalties
                    && a.leg1.julianDay == b.leg1.julianDay && a.leg2.kickoffMinutes == b.leg2.kickoffMinutes,
                "the same tie", how);
        const tb::TieSource sa = first.source(i);
        const tb::TieSource sb = other.source(i);
        require(sa.leg2Line == sb.leg2Line && sa.datesLine == sb.datesLine && sa.winnerColumn == sb.winnerColumn
                    && sa.leg1ScoreColumn == sb.leg1ScoreColumn && sa.leg2ScoreColumn == sb.leg2ScoreColumn,
                "the same place", how);
    }
    require(other.diagnostics.size() == first.diagnostics.size(), "every diagnostic", how);
    for (std::size_t i = 0; i < first.diagnostics.size(); ++i) {
        const tb::Diagnostic &a = first.diagnostics[i];
        const tb::Diagnostic &b = other.diagnostics[i];
        require(a.line == b.line && a.column == b.column && a.severity == b.severity && a.origin == b.origin
                    && a.message == b.message && b.namedLine == 0,
                "the same diagnostic, in the same place", how);
    }
    require(other.errorCount() == first.errorCount() && other.warningCount() == first.warningCount(), "the same counts",
            how);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A real copy, like the bytes parseFile() reads: null-terminated, owned.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    tb::TieSet first;
    tb::ReadOptions firstOptions;
    firstOptions.rules = rulesOfFile[0];
    const tb::ReadResult result = tb::loader::readBytes(bytes, u"fuzz.txt"_s, first, firstOptions);
    require(result.readable && !result.cancelled, "bytes in memory are always readable");
    require(first.files.size() == 1, "one file read, one SourceFile");
    checkSet(first, bytes);

    // The same bytes as the body of a Football.TXT season: a title and a round header make the
    // loader choose that reader, whatever the bytes are.
    {
        const QByteArray season = "= Fuzz Cup 2018/19\n\xc2\xbb Round of 16\n" + bytes;
        tb::TieSet asSeason;
        tb::loader::readBytes(season, u"season.txt"_s, asSeason, firstOptions);
        require(asSeason.files.size() == 1, "one file read, one SourceFile");
        checkSet(asSeason, season);
        // The reader is chosen by the first lines as TextLines decodes them: a leg's label there,
        // or bytes that turn out to be UTF-16, make it worldfootball.net's. A season read as
        // one (it has rounds) gives each tie its round.
        if (!asSeason.files[0].rounds.empty()) {
            for (std::size_t i = 0; i < asSeason.ties.size(); ++i)
                require(!asSeason.roundName(i).isEmpty(), "a season's tie has a round");
        }
    }

    // The same bytes read other ways must give the very set that reading them in one piece, in
    // one chunk, gave: cut in two or three at tie boundaries and read in parallel; in chunks of 7
    // bytes, which take most lines the careful way through TextLines, and of 61, where the fast
    // scan's blocks of 16 and 64 bytes meet chunk ends everywhere.
    struct Way
    {
        const char *how;
        int pieces;
        qint64 chunkSize;
    };
    for (const Way &way : {Way{"2 pieces", 2, firstOptions.chunkSize}, Way{"3 pieces", 3, firstOptions.chunkSize},
                           Way{"chunks of 7 bytes", 1, 7}, Way{"chunks of 61 bytes", 1, 61}}) {
        tb::ReadOptions options = firstOptions;
        options.pieces = way.pieces;
        options.minPieceBytes = 1;
        options.chunkSize = way.chunkSize;
        tb::TieSet other;
        tb::loader::readBytes(bytes, u"fuzz.txt"_s, other, options);
        requireSameReading(first, other, way.how);
    }
    // Every scan width this processor has reads the same as the one readers use.
    const tb::TextLines::ScanWidth usual = tb::TextLines::scanWidth();
    for (const tb::TextLines::ScanWidth width : tb::TextLines::availableScanWidths()) {
        if (width == usual)
            continue;
        tb::TextLines::setScanWidth(width);
        tb::TieSet other;
        tb::loader::readBytes(bytes, u"fuzz.txt"_s, other, firstOptions);
        tb::TextLines::setScanWidth(usual);
        requireSameReading(first, other, "another scan width");
    }

    // The same bytes under another rule set, appended after a set that already has clubs, so
    // that append() must re-intern and re-number everything.
    tb::ReadOptions options;
    options.rules = rulesOfFile[1];
    tb::TieSet second;
    tb::loader::readBytes(bytes, u"again.txt"_s, second, options);
    require(second.ties.size() == first.ties.size(), "the rule set does not change which ties are read");

    // Evaluating the first set again under the second's rules gives what reading under them
    // gave, and evaluating back gives the first result again: the files are not needed.
    tb::TieSet other = first;
    tb::rules::evaluate(other, rulesOfFile[1]);
    require(other.diagnostics.size() == second.diagnostics.size(), "re-evaluating equals reading under those rules");
    for (std::size_t i = 0; i < other.ties.size(); ++i) {
        require(other.ties[i].decidedBy == second.ties[i].decidedBy && other.ties[i].flags == second.ties[i].flags,
                "re-evaluating decides as reading under those rules");
    }
    for (std::size_t i = 0; i < other.diagnostics.size(); ++i) {
        // Reading's messages may name the file, which differs; the rules' do not.
        require(other.diagnostics[i].line == second.diagnostics[i].line
                    && other.diagnostics[i].origin == second.diagnostics[i].origin
                    && (other.diagnostics[i].origin == tb::DiagnosticOrigin::Reading
                        || other.diagnostics[i].message == second.diagnostics[i].message),
                "re-evaluating keeps the order of diagnostics");
    }
    tb::rules::evaluate(other, rulesOfFile[0]);
    require(other.diagnostics.size() == first.diagnostics.size(), "evaluating back gives the first result");

    const std::size_t tiesBefore = first.ties.size();
    const std::size_t diagnosticsBefore = first.diagnostics.size();
    const std::size_t secondDiagnostics = second.diagnostics.size();
    first.append(std::move(second));
    require(first.files.size() == 2, "append() keeps both files");
    require(first.ties.size() == 2 * tiesBefore, "append() keeps every tie");
    require(first.diagnostics.size() == diagnosticsBefore + secondDiagnostics, "append() keeps every diagnostic");
    for (std::size_t i = tiesBefore; i < first.ties.size(); ++i) {
        const tb::Tie &a = first.ties[i - tiesBefore];
        const tb::Tie &b = first.ties[i];
        require(b.file == 1, "appended ties point at the appended file");
        require(first.clubs.name(a.home) == first.clubs.name(b.home)
                    && first.clubs.name(a.away) == first.clubs.name(b.away),
                "append() keeps the club names");
    }
    checkSet(first, bytes);
    return 0;
}
