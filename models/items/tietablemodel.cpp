// SPDX-License-Identifier: GPL-3.0-or-later
// The table of ties: formatted text for people, typed keys for sorting, explanations in tooltips.
#include "tietablemodel.h"

#include "rules.h"
#include "tiequery.h"
#include "tietext.h"

#include <QCollator>
#include <QLocale>
#include <QTime>
#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace tb {
namespace {

QString dateText(const Leg &leg, QLocale::FormatType format)
{
    const QDate date = leg.date();
    if (!date.isValid())
        return {};
    const QLocale locale;
    QString text = locale.toString(date, format);
    if (leg.kickoffMinutes >= 0) {
        // Kick-off times are whole minutes; some locales' short format (C's among them) has seconds.
        QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
        timeFormat.remove(QStringLiteral(":ss"));
        text += u' ' % locale.toString(QTime(leg.kickoffMinutes / 60, leg.kickoffMinutes % 60), timeFormat);
    }
    return text;
}

bool bothLegsScored(const Tie &tie)
{
    return hasScore(tie.leg1.status) && hasScore(tie.leg2.status);
}

// The table's columns are the indexes' keys, in the same order, with the file column after them.
static_assert(int(TieTableModel::FirstLegDateColumn) == TieIndexes::FirstLegDateKey);
static_assert(int(TieTableModel::HomeColumn) == TieIndexes::HomeKey);
static_assert(int(TieTableModel::AwayColumn) == TieIndexes::AwayKey);
static_assert(int(TieTableModel::FirstLegColumn) == TieIndexes::FirstLegKey);
static_assert(int(TieTableModel::SecondLegColumn) == TieIndexes::SecondLegKey);
static_assert(int(TieTableModel::AggregateColumn) == TieIndexes::AggregateKey);
static_assert(int(TieTableModel::WinnerColumn) == TieIndexes::WinnerKey);
static_assert(int(TieTableModel::DecidedByColumn) == TieIndexes::DecidedByKey);
static_assert(int(TieTableModel::SecondLegDateColumn) == TieIndexes::SecondLegDateKey);
static_assert(int(TieTableModel::FileColumn) == TieIndexes::KeyCount);

} // namespace

TieTableModel::TieTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

TieTableModel::~TieTableModel() = default;

void TieTableModel::setTieSet(std::shared_ptr<const TieSet> set, std::shared_ptr<const TieIndexes> indexes)
{
    beginResetModel();
    m_set = std::move(set);
    // Indexes of another set (fewer or more ties) would sort by keys of the wrong ties.
    const bool fits = indexes && m_set && indexes->keys[0] && indexes->keys[0]->size() == m_set->ties.size();
    m_indexes = fits ? std::move(indexes) : nullptr;
    m_sortKeys.clear();
    m_clubRank.clear();
    m_foldedClubNames.clear();
    endResetModel();
}

int TieTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_set ? 0 : static_cast<int>(m_set->ties.size());
}

int TieTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const std::vector<QString> &TieTableModel::foldedClubNames() const
{
    if (m_indexes && m_indexes->foldedClubs && m_indexes->foldedClubs->size() == m_set->clubs.size())
        return *m_indexes->foldedClubs; // folded with the set, in the loader's thread
    if (m_foldedClubNames.empty() && m_set)
        m_foldedClubNames = TieIndexes::foldClubNames(m_set->clubs);
    return m_foldedClubNames;
}

const std::vector<int> &TieTableModel::clubRank() const
{
    if (m_clubRank.empty() && m_set)
        m_clubRank = TieIndexes::clubRanks(m_set->clubs);
    return m_clubRank;
}

const std::vector<qint64> &TieTableModel::sortKeys(int column) const
{
    static const std::vector<qint64> none;
    if (column < 0 || column >= ColumnCount || !m_set)
        return none;
    if (m_indexes && column < TieIndexes::KeyCount && m_indexes->keys[std::size_t(column)])
        return *m_indexes->keys[std::size_t(column)];
    if (m_sortKeys.empty())
        m_sortKeys.resize(ColumnCount);
    std::vector<qint64> &keys = m_sortKeys[std::size_t(column)];
    if (keys.size() != m_set->ties.size())
        keys = computeSortKeys(column);
    return keys;
}

std::vector<qint64> TieTableModel::computeSortKeys(int column) const
{
    if (column == RoundColumn) {
        // In the order the rounds come in their files, files in set order: round of 16 before
        // quarter-finals, which no order of names gives. Ties of no round first.
        std::vector<qint64> keys(m_set->ties.size());
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const Tie &t = m_set->ties[i];
            const int round = t.file < m_set->files.size() ? m_set->files[t.file].roundIndexAt(t.line) : -1;
            keys[i] = round < 0 ? 0 : (qint64(t.file) << 32) + round + 1;
        }
        return keys;
    }
    if (column != FileColumn)
        return TieIndexes::computeKeys(
            *m_set, TieIndexes::Key(column),
            column == HomeColumn || column == AwayColumn || column == WinnerColumn ? clubRank() : std::vector<int>());
    // Few files: rank their names once. Not among the indexes, since saving a pasted round
    // renames its file in a set whose ties stay as they are.
    QCollator collator;
    collator.setNumericMode(true);
    std::vector<int> order(m_set->files.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return collator.compare(m_set->files[std::size_t(a)].displayName, m_set->files[std::size_t(b)].displayName) < 0;
    });
    std::vector<qint64> rank(order.size());
    for (std::size_t r = 0; r < order.size(); ++r)
        rank[std::size_t(order[r])] = qint64(r);
    // Every tie names one of the set's files, so no key is missing.
    std::vector<qint64> keys(m_set->ties.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const std::uint16_t file = m_set->ties[i].file;
        keys[i] = file < rank.size() ? rank[file] : qint64(rank.size());
    }
    return keys;
}

QVariant TieTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_set
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Tie &t = tie(row);
    switch (role) {
    case Qt::DisplayRole: return displayData(t, column);
    case Qt::ToolTipRole: {
        const QString text = toolTip(t, column);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::TextAlignmentRole:
        if (column == FirstLegColumn || column == SecondLegColumn || column == AggregateColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return {};
    case EmphasisRole:
        // Fonts and colours are the view's business (models/ stays on Qt Core); this says what to stress.
        return (column == WinnerColumn && t.winner != Side::None) || (column == HomeColumn && t.winner == Side::Home)
            || (column == AwayColumn && t.winner == Side::Away);
    case SortRole: return sortData(t, row, column);
    case TieIndexRole: return row;
    case WinnerSideRole: return static_cast<int>(t.winner);
    case MismatchRole: return (t.flags & (WinnerMismatch | StatedWinnerUnknown)) != 0;
    default: return {};
    }
}

QVariant TieTableModel::displayData(const Tie &t, int column) const
{
    switch (static_cast<Column>(column)) {
    case FirstLegDateColumn: return dateText(t.leg1, QLocale::ShortFormat);
    case SecondLegDateColumn: return dateText(t.leg2, QLocale::ShortFormat);
    case HomeColumn: return m_set->clubName(t.home);
    case AwayColumn: return m_set->clubName(t.away);
    case FirstLegColumn: return legCellText(t.leg1);
    case SecondLegColumn: return legCellText(t.leg2);
    case AggregateColumn: {
        if (!bothLegsScored(t))
            return QString();
        const Aggregate a = rules::aggregate(t);
        return scoreText(a.home, a.away);
    }
    case WinnerColumn: return m_set->clubName(t.winnerClub());
    case DecidedByColumn: return decidedByText(t.decidedBy);
    case FileColumn: return t.file < m_set->files.size() ? m_set->files[t.file].displayName : QString();
    case RoundColumn: return t.file < m_set->files.size() ? m_set->files[t.file].roundAt(t.line) : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant TieTableModel::sortData(const Tie &t, int row, int column) const
{
    switch (static_cast<Column>(column)) {
    case FirstLegDateColumn:
    case SecondLegDateColumn: {
        const QDate date = (column == FirstLegDateColumn ? t.leg1 : t.leg2).date();
        return date.isValid() ? QVariant(date) : QVariant();
    }
    case HomeColumn: return m_set->clubName(t.home);
    case AwayColumn: return m_set->clubName(t.away);
    case WinnerColumn: return t.winner == Side::None ? QVariant() : QVariant(m_set->clubName(t.winnerClub()));
    case DecidedByColumn: return static_cast<int>(t.decidedBy);
    case FileColumn: return t.file < m_set->files.size() ? QVariant(m_set->files[t.file].displayName) : QVariant();
    case RoundColumn: return QVariant(sortKeys(column)[std::size_t(row)]);
    case FirstLegColumn: return hasScore(t.leg1.status) ? QVariant(sortKeys(column)[std::size_t(row)]) : QVariant();
    case SecondLegColumn: return hasScore(t.leg2.status) ? QVariant(sortKeys(column)[std::size_t(row)]) : QVariant();
    case AggregateColumn: return bothLegsScored(t) ? QVariant(sortKeys(column)[std::size_t(row)]) : QVariant();
    case ColumnCount: break;
    }
    return {};
}

QString TieTableModel::toolTip(const Tie &t, int column) const
{
    const QString home = m_set->clubName(t.home);
    const QString away = m_set->clubName(t.away);
    switch (static_cast<Column>(column)) {
    case FirstLegDateColumn: return dateText(t.leg1, QLocale::LongFormat);
    case SecondLegDateColumn: return dateText(t.leg2, QLocale::LongFormat);
    case HomeColumn: return tr("%1: at home in the first leg").arg(home);
    case AwayColumn: return tr("%1: at home in the second leg").arg(away);
    case FirstLegColumn: return legToolTip(t.leg1, home, away);
    case SecondLegColumn: return legToolTip(t.leg2, away, home);
    case AggregateColumn:
    case WinnerColumn:
    case DecidedByColumn: break;
    case FileColumn:
        if (t.file >= m_set->files.size())
            return {};
        return tr("%1, line %2").arg(m_set->files[t.file].path).arg(t.line);
    case RoundColumn:
    case ColumnCount: return {};
    }

    return decisionToolTip(*m_set, t);
}

QVariant TieTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case FirstLegDateColumn: return tr("1st leg date");
        case HomeColumn: return tr("Home");
        case AwayColumn: return tr("Away");
        case FirstLegColumn: return tr("1st leg");
        case SecondLegColumn: return tr("2nd leg");
        case AggregateColumn: return tr("Aggregate");
        case WinnerColumn: return tr("Winner");
        case DecidedByColumn: return tr("Decided by");
        case SecondLegDateColumn: return tr("2nd leg date");
        case FileColumn: return tr("File");
        case RoundColumn: return tr("Round");
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case FirstLegDateColumn: return tr("Date and local kick-off time of the first leg");
        case HomeColumn: return tr("The club at home in the first leg");
        case AwayColumn: return tr("The club at home in the second leg");
        case FirstLegColumn: return tr("First leg: full time (half time), the first leg's home club first");
        case SecondLegColumn:
            return tr("Second leg, the second leg's home club first: full time (half time); "
                      "with extra time: after extra time (half time, 90 minutes); then any penalty shoot-out");
        case AggregateColumn: return tr("Goals over both legs, extra time included, the first leg's home club first");
        case WinnerColumn: return tr("Who went through by the rules");
        case DecidedByColumn: return tr("How the tie was decided");
        case SecondLegDateColumn: return tr("Date and local kick-off time of the second leg");
        case FileColumn: return tr("The file the tie was read from");
        case RoundColumn: return tr("The round of the competition, as the file names it");
        case ColumnCount: break;
        }
    }
    return {};
}

} // namespace tb
