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

// Keys of rows that have no value for a column (no date, no score, no winner) start here while the
// keys are computed; they end up right after the largest real key (see computeSortKeys()).
constexpr qint64 MissingKey = std::numeric_limits<qint64>::max() / 2;

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

qint64 dateKey(const Leg &leg)
{
    if (leg.julianDay == 0)
        return MissingKey;
    // Kick-off +1 so that an unknown time (-1) sorts before midnight of the same day.
    return qint64(leg.julianDay) * 2048 + (leg.kickoffMinutes + 1);
}

// Goal difference first, then goals: each field fits 11 bits since a side scores at most MaxGoals.
constexpr qint64 pack(qint64 key, int value)
{
    return (key << 11) | qint64(value + 1024);
}

qint64 scoreKey(Score s)
{
    return pack(pack(0, s.home - s.away), s.home + s.away);
}

qint64 legKey(const Leg &leg)
{
    if (!hasScore(leg.status) || !leg.finalScore().isValid())
        return MissingKey + static_cast<int>(leg.status); // grouped by what happened instead
    const Score shootOut = leg.hasPenalties() ? leg.penalties : Score{0, 0};
    return pack(pack(scoreKey(leg.finalScore()), shootOut.home - shootOut.away), shootOut.home + shootOut.away);
}

bool bothLegsScored(const Tie &tie)
{
    return hasScore(tie.leg1.status) && hasScore(tie.leg2.status);
}

qint64 aggregateKey(const Tie &tie)
{
    if (!bothLegsScored(tie))
        return MissingKey;
    const Aggregate a = rules::aggregate(tie);
    return scoreKey(Score{std::int16_t(a.home), std::int16_t(a.away)});
}

} // namespace

TieTableModel::TieTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

TieTableModel::~TieTableModel() = default;

void TieTableModel::setTieSet(std::shared_ptr<const TieSet> set)
{
    beginResetModel();
    m_set = std::move(set);
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
    if (m_foldedClubNames.empty() && m_set)
        m_foldedClubNames = TieQuery::foldedClubNames(m_set->clubs);
    return m_foldedClubNames;
}

const std::vector<int> &TieTableModel::clubRank() const
{
    if (!m_clubRank.empty() || !m_set)
        return m_clubRank;
    // Collation sort keys once per club, so the sort compares bytes, not strings through ICU.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const auto &names = m_set->clubs.names();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(names.size());
    for (const QString &name : names)
        keys.push_back(collator.sortKey(name));
    std::vector<int> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = keys[std::size_t(a)].compare(keys[std::size_t(b)]);
        return c != 0 ? c < 0 : names[std::size_t(a)] < names[std::size_t(b)];
    });
    m_clubRank.assign(names.size(), 0);
    for (std::size_t rank = 0; rank < order.size(); ++rank)
        m_clubRank[std::size_t(order[rank])] = int(rank);
    return m_clubRank;
}

const std::vector<qint64> &TieTableModel::sortKeys(int column) const
{
    static const std::vector<qint64> none;
    if (column < 0 || column >= ColumnCount || !m_set)
        return none;
    if (m_sortKeys.empty())
        m_sortKeys.resize(ColumnCount);
    std::vector<qint64> &keys = m_sortKeys[std::size_t(column)];
    if (keys.size() != m_set->ties.size())
        keys = computeSortKeys(column);
    return keys;
}

std::vector<qint64> TieTableModel::computeSortKeys(int column) const
{
    const std::vector<Tie> &ties = m_set->ties;
    std::vector<qint64> keys(ties.size());
    const auto fill = [&](auto keyOf) {
        for (std::size_t i = 0; i < ties.size(); ++i)
            keys[i] = keyOf(ties[i]);
    };
    const auto clubKey = [rank = &clubRank()](ClubId id) -> qint64 {
        return id < rank->size() ? (*rank)[id] : MissingKey;
    };
    switch (static_cast<Column>(column)) {
    case FirstLegDateColumn: fill([](const Tie &t) { return dateKey(t.leg1); }); break;
    case SecondLegDateColumn: fill([](const Tie &t) { return dateKey(t.leg2); }); break;
    case HomeColumn: fill([&](const Tie &t) { return clubKey(t.home); }); break;
    case AwayColumn: fill([&](const Tie &t) { return clubKey(t.away); }); break;
    case WinnerColumn: fill([&](const Tie &t) { return clubKey(t.winnerClub()); }); break;
    case FirstLegColumn: fill([](const Tie &t) { return legKey(t.leg1); }); break;
    case SecondLegColumn: fill([](const Tie &t) { return legKey(t.leg2); }); break;
    case AggregateColumn: fill([](const Tie &t) { return aggregateKey(t); }); break;
    case DecidedByColumn: fill([](const Tie &t) { return qint64(t.decidedBy); }); break;
    case FileColumn: {
        // Few files: rank their names once.
        QCollator collator;
        collator.setNumericMode(true);
        std::vector<int> order(m_set->files.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return collator.compare(m_set->files[std::size_t(a)].displayName, m_set->files[std::size_t(b)].displayName)
                < 0;
        });
        std::vector<qint64> rank(order.size());
        for (std::size_t r = 0; r < order.size(); ++r)
            rank[std::size_t(order[r])] = qint64(r);
        fill([&](const Tie &t) { return t.file < rank.size() ? rank[t.file] : MissingKey; });
        break;
    }
    case ColumnCount: break;
    }
    // Missing values right after the largest real one (in their own order), so that the keys span
    // a small range and the filter model's radix sort needs few passes.
    qint64 largest = std::numeric_limits<qint64>::min();
    bool anyMissing = false;
    for (const qint64 key : keys) {
        if (key < MissingKey)
            largest = std::max(largest, key);
        else
            anyMissing = true;
    }
    if (anyMissing) {
        const qint64 base = largest == std::numeric_limits<qint64>::min() ? 0 : largest + 1;
        for (qint64 &key : keys) {
            if (key >= MissingKey)
                key = base + (key - MissingKey);
        }
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
        case ColumnCount: break;
        }
    }
    return {};
}

} // namespace tb
