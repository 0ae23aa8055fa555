// SPDX-License-Identifier: GPL-3.0-or-later
// The summary of many ties, and the words for its figures (translation context "TieSummary").
#include "tiesummary.h"

#include "rules.h"

#include <QCoreApplication>
#include <QLocale>
#include <cstdlib>

namespace tb {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TieSummary)
};

// A leg with a score the aggregate can count, as the rules take it (a status word has none).
bool scored(const Leg &leg)
{
    return hasScore(leg.status) && leg.fullTime.isValid();
}

} // namespace

TieSummary TieSummary::of(const TieSet &set, std::span<const int> rows)
{
    TieSummary s;
    const std::size_t size = set.ties.size();
    for (const int row : rows) {
        if (row < 0 || std::size_t(row) >= size)
            continue;
        const Tie &tie = set.ties[std::size_t(row)];
        ++s.ties;
        if (int(tie.decidedBy) < DecidedByCount)
            ++s.decidedBy[std::size_t(tie.decidedBy)];
        // The second leg is played at the tie's away club.
        if (tie.winner == Side::Away)
            ++s.secondLegHostThrough;
        else if (tie.winner == Side::Home)
            ++s.firstLegHostThrough;
        if (scored(tie.leg1) && scored(tie.leg2)) {
            const Aggregate total = rules::aggregate(tie);
            const int margin = std::abs(total.home - total.away);
            ++s.margins[std::size_t(margin < WideMargin ? margin : WideMargin)];
        } else {
            ++s.withoutResult;
        }
    }
    s.decided = s.secondLegHostThrough + s.firstLegHostThrough;
    return s;
}

QString TieSummary::decidedTitle()
{
    return Text::tr("How the ties were decided");
}

QString TieSummary::throughTitle()
{
    return Text::tr("Who went through");
}

QString TieSummary::marginTitle()
{
    return Text::tr("Aggregate margin");
}

QString TieSummary::hostText(Side host)
{
    // The aggregate bars' words: the first leg's home club is the tie's home club.
    return host == Side::Away ? Text::tr("Second-leg home club") : Text::tr("First-leg home club");
}

QString TieSummary::marginText(int bucket)
{
    if (bucket <= 0)
        return Text::tr("Level (0)");
    if (bucket >= WideMargin)
        return Text::tr("%1+ goals").arg(WideMargin);
    return bucket == 1 ? Text::tr("1 goal") : Text::tr("%1 goals").arg(bucket);
}

QString TieSummary::throughNote(int decided)
{
    return Text::tr("of the %1 decided ties, awarded ones included").arg(QLocale().toString(decided));
}

QString TieSummary::marginNote(int withMargin)
{
    return Text::tr("of the %1 ties with a score in both legs, extra time included, shoot-outs not counted")
        .arg(QLocale().toString(withMargin));
}

} // namespace tb
