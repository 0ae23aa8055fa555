// SPDX-License-Identifier: GPL-3.0-or-later
// `--summary`'s text and JSON.
#include "summaryoutput.h"

#include "tableexport.h"
#include "tietext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

// The translation context of the command line's texts, as in cli.cpp.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace tb::summaryoutput {
namespace {

struct Line
{
    QString name;
    int count;
    double share;
};

// A heading, then one line per row: the names padded to one width, the counts right-aligned,
// then the share of the heading's total.
void appendFigure(QStringList &out, const QString &heading, const std::vector<Line> &lines)
{
    const QLocale locale;
    qsizetype nameWidth = 0;
    qsizetype countWidth = 0;
    for (const Line &line : lines) {
        nameWidth = std::max(nameWidth, line.name.size());
        countWidth = std::max(countWidth, locale.toString(line.count).size());
    }
    out << heading;
    for (const Line &line : lines) {
        const QString share = Cli::tr("%1%").arg(locale.toString(100.0 * line.share, 'f', 1));
        out << u"  "_s + line.name.leftJustified(nameWidth) + u"  "_s
                + locale.toString(line.count).rightJustified(countWidth) + u"  "_s + share.rightJustified(6);
    }
}

} // namespace

std::optional<SummaryFormat> formatForName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"text")
        return SummaryFormat::Text;
    if (n == u"json")
        return SummaryFormat::Json;
    return std::nullopt;
}

QString text(const TieSummary &s, int allTies)
{
    const QLocale locale;
    QStringList out;
    QString ties = s.ties == 1 ? Cli::tr("1 tie") : Cli::tr("%1 ties").arg(locale.toString(s.ties));
    if (s.ties != allTies)
        ties += u' ' + Cli::tr("(of %1)").arg(locale.toString(allTies));
    out << ties;

    std::vector<Line> lines;
    lines.reserve(std::max(DecidedByCount, TieSummary::MarginBuckets));
    for (int by = 0; by < DecidedByCount; ++by)
        lines.push_back({decidedByText(DecidedBy(by)), s.count(DecidedBy(by)), s.share(DecidedBy(by))});
    appendFigure(out, Cli::tr("%1:").arg(TieSummary::decidedTitle()), lines);

    lines = {{TieSummary::hostText(Side::Away), s.secondLegHostThrough, s.secondLegHostShare()},
             {TieSummary::hostText(Side::Home), s.firstLegHostThrough, s.firstLegHostShare()}};
    appendFigure(out, Cli::tr("%1, %2:").arg(TieSummary::throughTitle(), TieSummary::throughNote(s.decided)), lines);

    lines.clear();
    for (int bucket = 0; bucket < TieSummary::MarginBuckets; ++bucket)
        lines.push_back({TieSummary::marginText(bucket), s.margins[std::size_t(bucket)], s.marginShare(bucket)});
    appendFigure(out, Cli::tr("%1, %2:").arg(TieSummary::marginTitle(), TieSummary::marginNote(s.withMargin())), lines);
    out << Cli::tr("Without a score in both legs: %1").arg(locale.toString(s.withoutResult));
    return out.join(u'\n') + u'\n';
}

QByteArray json(const TieSummary &s, int allTies)
{
    QJsonObject decidedBy;
    for (int by = 0; by < DecidedByCount; ++by)
        decidedBy.insert(QString::fromLatin1(tableexport::decidedByName(DecidedBy(by))), s.count(DecidedBy(by)));

    const QJsonObject through{
        {u"decided"_s, s.decided},
        {u"second_leg_home"_s, s.secondLegHostThrough},
        {u"first_leg_home"_s, s.firstLegHostThrough},
        {u"second_leg_home_share"_s, s.secondLegHostShare()},
        {u"first_leg_home_share"_s, s.firstLegHostShare()},
    };

    QJsonObject margins;
    for (int bucket = 0; bucket < TieSummary::MarginBuckets; ++bucket) {
        const QString key = bucket == TieSummary::WideMargin ? QString::number(bucket) + u'+' : QString::number(bucket);
        margins.insert(key, s.margins[std::size_t(bucket)]);
    }
    margins.insert(u"counted"_s, s.withMargin());
    margins.insert(u"without_result"_s, s.withoutResult);

    const QJsonObject root{
        {u"ties"_s, s.ties},     {u"all_ties"_s, allTies},         {u"decided_by"_s, decidedBy},
        {u"through"_s, through}, {u"aggregate_margin"_s, margins},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace tb::summaryoutput
