// SPDX-License-Identifier: GPL-3.0-or-later
// Building the bracket: rounds from the rows, their chain from the winners, the tree's order.
#include "bracket.h"

#include "textfold.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace tb {
namespace {

// A round as the set knows it: its file, and its place in the file's named rounds (-1 for none).
struct RoundKey
{
    int file = -1;
    int round = -1;
};

std::uint64_t packed(RoundKey key)
{
    return (std::uint64_t(std::uint32_t(key.file)) << 32) | std::uint32_t(key.round + 1);
}

// The round of each tie in turn. Rows and ties come mostly in file order, so the last round's
// line range answers most ties without a search.
class RoundFinder
{
public:
    explicit RoundFinder(const TieSet &set)
        : m_set(set)
    { }

    RoundKey operator()(const Tie &tie)
    {
        if (int(tie.file) != m_key.file || tie.line < m_from || tie.line >= m_to) {
            m_key.file = tie.file;
            m_from = 0;
            m_to = UINT32_MAX;
            if (tie.file < m_set.files.size()) {
                const std::vector<RoundStart> &rounds = m_set.files[tie.file].rounds;
                const int index = m_set.files[tie.file].roundIndexAt(tie.line);
                if (index >= 0)
                    m_from = rounds[std::size_t(index)].line;
                const int next = index + 1;
                if (std::size_t(next) < rounds.size())
                    m_to = rounds[std::size_t(next)].line;
                else if (index < 0 && !rounds.empty())
                    m_to = rounds.front().line;
                m_key.round = index < 0 ? index : firstOfName(tie.file, index);
            } else {
                m_key.round = -1;
            }
        }
        return m_key;
    }

private:
    // A round the file names again further down (engsoccerdata's rows interleave two rounds) is
    // one round: its first entry stands for every entry of the same name.
    int firstOfName(std::uint16_t file, int index)
    {
        if (m_namesOf != int(file)) {
            m_namesOf = file;
            m_first.clear();
            QHash<QString, int> seen;
            const std::vector<RoundStart> &rounds = m_set.files[file].rounds;
            m_first.reserve(rounds.size());
            for (std::size_t i = 0; i < rounds.size(); ++i) {
                const auto known = seen.constFind(rounds[i].name);
                m_first.push_back(known == seen.cend() ? int(i) : *known);
                if (known == seen.cend())
                    seen.insert(rounds[i].name, int(i));
            }
        }
        return m_first[std::size_t(index)];
    }

    const TieSet &m_set;
    std::vector<int> m_first; // for the rounds of file m_namesOf: the first index of each's name
    int m_namesOf = -1;
    RoundKey m_key;
    std::uint32_t m_from = 0;
    std::uint32_t m_to = 0;
};

// What the passes over the rows and the set gather for one round.
struct Gathered
{
    RoundKey key;
    int total = 0; // ties of the round in the set
    std::vector<int> ties; // the first MaxRoundTies + 1 of them, in set order
};

int earliestDay(const Tie &tie)
{
    const int a = tie.leg1.julianDay;
    const int b = tie.leg2.julianDay;
    return a && b ? std::min(a, b) : std::max(a, b);
}

int latestDay(const Tie &tie)
{
    return std::max(tie.leg1.julianDay, tie.leg2.julianDay);
}

// A knockout round has each club in one tie; a group has each club in several.
bool isKnockout(const TieSet &set, const std::vector<int> &ties)
{
    QSet<ClubId> seen;
    for (const int index : ties) {
        const Tie &tie = set.ties[std::size_t(index)];
        for (const ClubId club : {tie.home, tie.away}) {
            if (club == NoClub)
                continue;
            if (seen.contains(club))
                return false;
            seen.insert(club);
        }
    }
    return true;
}

// How many of `before`'s winners play in `after`, when `after` may follow `before` at all: after
// it in time (and soon after), or both undated and in set order.
int winnersPlaying(const TieSet &set, const BracketRound &before, const BracketRound &after)
{
    const bool dated = before.firstDay && after.firstDay;
    if (dated && (before.lastDay > after.firstDay || after.firstDay - before.lastDay > Bracket::MaxGapDays))
        return 0;
    if (!dated && (before.firstDay || after.firstDay))
        return 0;
    QSet<ClubId> clubs;
    for (const BracketTie &entry : after.ties) {
        const Tie &tie = set.ties[std::size_t(entry.tie)];
        clubs.insert(tie.home);
        clubs.insert(tie.away);
    }
    int winners = 0;
    int playing = 0;
    for (const BracketTie &entry : before.ties) {
        const ClubId winner = set.ties[std::size_t(entry.tie)].winnerClub();
        if (winner == NoClub)
            continue;
        ++winners;
        playing += clubs.contains(winner) ? 1 : 0;
    }
    // Every winner of a knockout round plays the next; half of them leaves room for a filter that
    // hid a file's end, never for two seasons that share a few clubs.
    return playing > 0 && 2 * playing >= winners ? playing : 0;
}

// Puts `before`'s ties in the order of the ties their winners play in `after` (already in its
// order), so that the lines of the tree never cross; the ties whose winners play nowhere next
// go last. Then notes where each club of `after` came from.
void orderFeeders(const TieSet &set, BracketRound &before, BracketRound &after)
{
    QHash<ClubId, int> wonBy; // winner -> position in before.ties as it was
    for (std::size_t i = 0; i < before.ties.size(); ++i) {
        const ClubId winner = set.ties[std::size_t(before.ties[i].tie)].winnerClub();
        if (winner != NoClub)
            wonBy.insert(winner, int(i));
    }
    std::vector<BracketTie> ordered;
    ordered.reserve(before.ties.size());
    std::vector<char> placed(before.ties.size(), 0);
    for (const BracketTie &entry : after.ties) {
        const Tie &tie = set.ties[std::size_t(entry.tie)];
        for (const ClubId club : {tie.home, tie.away}) {
            const auto it = wonBy.constFind(club);
            if (it != wonBy.cend() && !placed[std::size_t(*it)]) {
                placed[std::size_t(*it)] = 1;
                ordered.push_back(before.ties[std::size_t(*it)]);
            }
        }
    }
    for (std::size_t i = 0; i < before.ties.size(); ++i) {
        if (!placed[i])
            ordered.push_back(before.ties[i]);
    }
    before.ties = std::move(ordered);

    QHash<ClubId, int> position;
    for (std::size_t i = 0; i < before.ties.size(); ++i) {
        const ClubId winner = set.ties[std::size_t(before.ties[i].tie)].winnerClub();
        if (winner != NoClub)
            position.insert(winner, int(i));
    }
    for (BracketTie &entry : after.ties) {
        const Tie &tie = set.ties[std::size_t(entry.tie)];
        entry.from = {position.value(tie.home, -1), position.value(tie.away, -1)};
    }
}

} // namespace

int Bracket::tieCount() const
{
    return std::accumulate(rounds.begin(), rounds.end(), 0,
                           [](int sum, const BracketRound &round) { return sum + int(round.ties.size()); });
}

std::pair<int, int> Bracket::find(int tieIndex) const
{
    for (std::size_t column = 0; column < rounds.size(); ++column) {
        const std::vector<BracketTie> &ties = rounds[column].ties;
        for (std::size_t row = 0; row < ties.size(); ++row) {
            if (ties[row].tie == tieIndex)
                return {int(column), int(row)};
        }
    }
    return {-1, -1};
}

Bracket buildBracket(const TieSet &set, const std::vector<int> &rows, const QString &foldedClubText)
{
    Bracket bracket;
    const auto tieCount = int(set.ties.size());

    // 1. The rounds the rows touch, and which ties are rows (a pass over the rows).
    std::unordered_map<std::uint64_t, Gathered> touched;
    std::vector<char> isRow(set.ties.size(), 0);
    std::vector<char> touchedFile(set.files.size() + 1, 0);
    RoundFinder roundOf(set);
    for (const int row : rows) {
        if (row < 0 || row >= tieCount)
            continue;
        const Tie &tie = set.ties[std::size_t(row)];
        isRow[std::size_t(row)] = 1;
        const RoundKey key = roundOf(tie);
        touched.try_emplace(packed(key), Gathered{key, 0, {}});
        touchedFile[std::min<std::size_t>(tie.file, set.files.size())] = 1;
    }
    if (touched.empty())
        return bracket;

    // 2. Each touched round whole (a pass over the set): counted, and kept while it is small.
    for (int index = 0; index < tieCount; ++index) {
        const Tie &tie = set.ties[std::size_t(index)];
        if (!touchedFile[std::min<std::size_t>(tie.file, set.files.size())])
            continue;
        const auto it = touched.find(packed(roundOf(tie)));
        if (it == touched.end())
            continue;
        ++it->second.total;
        if (it->second.ties.size() <= std::size_t(Bracket::MaxRoundTies))
            it->second.ties.push_back(index);
    }

    // 3. The rounds a bracket can draw, in the order of their dates.
    std::vector<BracketRound> rounds;
    std::uint64_t firstNotKnockout = 0;
    for (auto &[packedKey, gathered] : touched) {
        Q_UNUSED(packedKey)
        if (gathered.total > Bracket::MaxRoundTies) {
            ++bracket.tooLargeRounds;
            bracket.tooLargeTies += gathered.total;
            continue;
        }
        BracketRound round;
        round.file = gathered.key.file;
        round.roundIndex = gathered.key.round;
        if (std::size_t(round.file) < set.files.size()) {
            const SourceFile &file = set.files[std::size_t(round.file)];
            round.fileName = file.displayName;
            if (round.roundIndex >= 0)
                round.name = file.rounds[std::size_t(round.roundIndex)].name;
        }
        if (!isKnockout(set, gathered.ties)) {
            // The first of them in the set names them all in the note, whatever the hash's order.
            if (bracket.notKnockoutRounds++ == 0 || packed(gathered.key) < firstNotKnockout) {
                firstNotKnockout = packed(gathered.key);
                bracket.firstNotKnockout = round.name.isEmpty() ? round.fileName : round.name;
            }
            continue;
        }
        for (const int index : gathered.ties) {
            const Tie &tie = set.ties[std::size_t(index)];
            BracketTie entry;
            entry.tie = index;
            entry.shown = isRow[std::size_t(index)] != 0;
            round.ties.push_back(entry);
            const int first = earliestDay(tie);
            if (first && (!round.firstDay || first < round.firstDay))
                round.firstDay = first;
            round.lastDay = std::max(round.lastDay, latestDay(tie));
        }
        rounds.push_back(std::move(round));
    }
    const auto byDate = [](const BracketRound &a, const BracketRound &b) {
        // Undated rounds after the dated ones, in the set's order.
        if ((a.firstDay == 0) != (b.firstDay == 0))
            return a.firstDay != 0;
        if (a.firstDay != b.firstDay)
            return a.firstDay < b.firstDay;
        return std::pair(a.file, a.roundIndex) < std::pair(b.file, b.roundIndex);
    };
    std::sort(rounds.begin(), rounds.end(), byDate);
    int kept = 0;
    std::vector<BracketRound> drawn;
    for (BracketRound &round : rounds) {
        const int size = int(round.ties.size());
        if (kept + size > Bracket::MaxTies) {
            ++bracket.overCapRounds;
            bracket.overCapTies += size;
            continue;
        }
        kept += size;
        drawn.push_back(std::move(round));
    }
    if (drawn.empty())
        return bracket;

    // 4. The chain: each round follows at most one round and is followed by at most one, the
    // pairs with the most winners playing on taken first.
    struct Link
    {
        int before, after, playing;
    };
    std::vector<Link> links;
    for (std::size_t a = 0; a < drawn.size(); ++a) {
        for (std::size_t b = a + 1; b < drawn.size(); ++b) {
            const int playing = winnersPlaying(set, drawn[a], drawn[b]);
            if (playing > 0)
                links.push_back({int(a), int(b), playing});
        }
    }
    std::stable_sort(links.begin(), links.end(), [](const Link &x, const Link &y) {
        return x.playing != y.playing ? x.playing > y.playing : x.after - x.before < y.after - y.before;
    });
    std::vector<int> next(drawn.size(), -1);
    std::vector<int> previous(drawn.size(), -1);
    for (const Link &link : links) {
        if (next[std::size_t(link.before)] < 0 && previous[std::size_t(link.after)] < 0) {
            next[std::size_t(link.before)] = link.after;
            previous[std::size_t(link.after)] = link.before;
        }
    }

    // 5. Columns: each chain's rounds side by side, the chains in the order of their first dates.
    std::vector<std::vector<int>> chains;
    for (std::size_t start = 0; start < drawn.size(); ++start) {
        if (previous[start] >= 0)
            continue;
        std::vector<int> chain;
        for (int round = int(start); round >= 0; round = next[std::size_t(round)])
            chain.push_back(round);
        chains.push_back(std::move(chain));
    }
    bracket.chainCount = int(chains.size());
    const QString &needle = foldedClubText;
    QHash<ClubId, bool> matches; // folded once per club
    const auto highlighted = [&](ClubId club) {
        if (needle.isEmpty() || club == NoClub)
            return false;
        const auto it = matches.constFind(club);
        if (it != matches.cend())
            return *it;
        const bool match = foldedContains(foldForSearch(set.clubName(club)), needle);
        matches.insert(club, match);
        return match;
    };
    std::size_t longest = 0;
    for (std::size_t c = 0; c < chains.size(); ++c) {
        std::vector<int> &chain = chains[c];
        // The tree's order comes from its end: the last round as the set has it, each round
        // before in the order of the ties its winners play.
        for (std::size_t i = chain.size() - 1; i > 0; --i)
            orderFeeders(set, drawn[std::size_t(chain[i - 1])], drawn[std::size_t(chain[i])]);
        QSet<ClubId> seen;
        for (std::size_t i = 0; i < chain.size(); ++i) {
            BracketRound &round = drawn[std::size_t(chain[i])];
            round.followsPrevious = i > 0;
            for (BracketTie &entry : round.ties) {
                const Tie &tie = set.ties[std::size_t(entry.tie)];
                const std::array<ClubId, 2> clubs{tie.home, tie.away};
                for (std::size_t side = 0; side < 2; ++side) {
                    entry.entered[side] = i > 0 && clubs[side] != NoClub && !seen.contains(clubs[side]);
                    entry.highlighted[side] = highlighted(clubs[side]);
                }
            }
            for (const BracketTie &entry : round.ties) {
                seen.insert(set.ties[std::size_t(entry.tie)].home);
                seen.insert(set.ties[std::size_t(entry.tie)].away);
            }
        }
        if (chain.size() > chains[longest].size())
            longest = c;
    }
    for (const std::vector<int> &chain : chains) {
        for (const int round : chain)
            bracket.rounds.push_back(std::move(drawn[std::size_t(round)]));
        if (&chain == &chains[longest] && chain.size() > 1) {
            bracket.chainEnd = int(bracket.rounds.size()) - 1;
            for (const BracketTie &entry : bracket.rounds.back().ties) {
                const ClubId winner = set.ties[std::size_t(entry.tie)].winnerClub();
                if (winner != NoClub) {
                    bracket.finalists.push_back(winner);
                    bracket.finalistHighlighted.push_back(highlighted(winner));
                }
            }
        }
    }
    return bracket;
}

} // namespace tb
