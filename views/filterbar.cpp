// SPDX-License-Identifier: GPL-3.0-or-later
// The filter bar: turns what the user types and picks into a TieQuery, and shows when one is active.
#include "filterbar.h"

#include "tietext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace tb {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_club(new QLineEdit(this))
    , m_fromCheck(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_toCheck(new QCheckBox(this))
    , m_to(new QDateEdit(this))
    , m_decidedLabel(new QLabel(this))
    , m_decidedBy(new QComboBox(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QComboBox(this))
    , m_roundLabel(new QLabel(this))
    , m_round(new QComboBox(this))
    , m_activeSign(new QLabel(this))
    , m_clearAll(new QToolButton(this))
{
    // Object names let tests and style sheets find the parts.
    m_club->setObjectName(u"clubFilter"_s);
    m_fromCheck->setObjectName(u"fromCheck"_s);
    m_from->setObjectName(u"fromDate"_s);
    m_toCheck->setObjectName(u"toCheck"_s);
    m_to->setObjectName(u"toDate"_s);
    m_decidedBy->setObjectName(u"decidedByFilter"_s);
    m_file->setObjectName(u"fileFilter"_s);
    m_round->setObjectName(u"roundFilter"_s);
    m_activeSign->setObjectName(u"filterActiveSign"_s);
    m_clearAll->setObjectName(u"clearFilters"_s);
    m_club->setClearButtonEnabled(true);
    m_club->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_club->installEventFilter(this);

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false); // "any date" until its box is ticked
        edit->setDate(QDate::currentDate());
    }

    m_decidedLabel->setBuddy(m_decidedBy);
    m_decidedBy->addItem(QString(), -1);
    for (int by = 0; by < DecidedByCount; ++by)
        m_decidedBy->addItem(QString(), by);

    m_fileLabel->setBuddy(m_file);
    m_file->addItem(QString(), -1);
    m_fileLabel->hide();
    m_file->hide();

    m_roundLabel->setBuddy(m_round);
    m_round->addItem(QString(), QString());
    m_roundLabel->hide();
    m_round->hide();

    // The highlight colours follow the palette, so the sign reads in light and dark themes.
    m_activeSign->setAutoFillBackground(true);
    m_activeSign->setBackgroundRole(QPalette::Highlight);
    m_activeSign->setForegroundRole(QPalette::HighlightedText);
    m_activeSign->setMargin(3);
    m_activeSign->hide();

    m_clearAll->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_clearAll->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clearAll->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_club, 3);
    layout->addWidget(m_fromCheck);
    layout->addWidget(m_from);
    layout->addWidget(m_toCheck);
    layout->addWidget(m_to);
    layout->addWidget(m_decidedLabel);
    layout->addWidget(m_decidedBy);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_file);
    layout->addWidget(m_roundLabel);
    layout->addWidget(m_round);
    layout->addWidget(m_activeSign);
    layout->addWidget(m_clearAll);

    // Typing filters at once: the filter model handles a keystroke in milliseconds even with a
    // million ties, so a debounce would only make the table lag behind the fingers.
    connect(m_club, &QLineEdit::textChanged, this, &FilterBar::emitIfChanged);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, &FilterBar::emitIfChanged);
    connect(m_toCheck, &QCheckBox::toggled, this, &FilterBar::emitIfChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::emitIfChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::emitIfChanged);
    connect(m_decidedBy, &QComboBox::currentIndexChanged, this, &FilterBar::emitIfChanged);
    connect(m_file, &QComboBox::currentIndexChanged, this, &FilterBar::emitIfChanged);
    connect(m_round, &QComboBox::currentIndexChanged, this, &FilterBar::emitIfChanged);
    connect(m_clearAll, &QToolButton::clicked, this, &FilterBar::clear);

    retranslate();
}

TieQuery FilterBar::query() const
{
    TieQuery query;
    query.clubText = m_club->text().trimmed();
    if (m_fromCheck->isChecked())
        query.from = m_from->date();
    if (m_toCheck->isChecked())
        query.to = m_to->date();
    query.decidedBy = m_decidedBy->currentData().toInt();
    query.file = m_file->currentData().toInt();
    query.round = m_round->currentData().toString();
    return query;
}

void FilterBar::setQuery(const TieQuery &query)
{
    m_updating = true;
    m_club->setText(query.clubText);
    m_fromCheck->setChecked(query.from.isValid());
    if (query.from.isValid())
        m_from->setDate(query.from);
    m_toCheck->setChecked(query.to.isValid());
    if (query.to.isValid())
        m_to->setDate(query.to);
    const int decided = m_decidedBy->findData(query.decidedBy);
    m_decidedBy->setCurrentIndex(decided < 0 ? 0 : decided);
    const int file = m_file->findData(query.file);
    m_file->setCurrentIndex(file < 0 ? 0 : file);
    const int round = m_round->findData(query.round);
    m_round->setCurrentIndex(round < 0 ? 0 : round);
    m_updating = false;
    emitIfChanged();
}

void FilterBar::setRounds(const QStringList &names)
{
    m_updating = true;
    const QString chosen = m_round->currentData().toString();
    while (m_round->count() > 1)
        m_round->removeItem(1);
    for (const QString &name : names)
        m_round->addItem(name, name);
    const int keep = m_round->findData(chosen);
    m_round->setCurrentIndex(keep < 0 ? 0 : keep);
    m_roundLabel->setVisible(!names.isEmpty());
    m_round->setVisible(!names.isEmpty());
    m_updating = false;
    emitIfChanged();
}

void FilterBar::setFiles(const QStringList &displayNames)
{
    m_updating = true;
    const int chosen = m_file->currentData().toInt();
    while (m_file->count() > 1)
        m_file->removeItem(1);
    for (qsizetype i = 0; i < displayNames.size(); ++i)
        m_file->addItem(displayNames[i], int(i));
    const int keep = m_file->findData(chosen);
    m_file->setCurrentIndex(keep < 0 ? 0 : keep);
    const bool several = displayNames.size() > 1;
    m_fileLabel->setVisible(several);
    m_file->setVisible(several);
    if (!several)
        m_file->setCurrentIndex(0);
    m_updating = false;
    emitIfChanged();
}

void FilterBar::setDateSpan(QDate first, QDate last)
{
    // Only the fields the user has not switched on follow the data; a chosen date stays.
    m_updating = true;
    for (QDateEdit *edit : {m_from, m_to}) {
        if (edit->isEnabled())
            continue;
        const QDate date = edit == m_from ? first : last;
        if (date.isValid())
            edit->setDate(date);
    }
    m_updating = false;
}

void FilterBar::focusClubFilter()
{
    m_club->setFocus(Qt::ShortcutFocusReason);
    m_club->selectAll();
}

void FilterBar::clear()
{
    setQuery(TieQuery());
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_club && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && !m_club->text().isEmpty()) {
            m_club->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::emitIfChanged()
{
    if (m_updating)
        return;
    updateActiveSign();
    const TieQuery current = query();
    if (current == m_lastEmitted)
        return;
    m_lastEmitted = current;
    Q_EMIT queryChanged(current);
}

void FilterBar::updateActiveSign()
{
    const bool active = isActive();
    m_activeSign->setVisible(active);
    m_clearAll->setEnabled(active);
}

void FilterBar::retranslate()
{
    m_club->setPlaceholderText(tr("Filter by club (Ctrl+F)"));
    m_club->setToolTip(
        tr("Shows the ties of clubs whose name contains this text; case and accents do not matter. Esc clears it."));
    m_club->setAccessibleName(tr("Club filter"));

    m_fromCheck->setText(tr("Fro&m"));
    m_fromCheck->setToolTip(tr("Only ties with a leg on or after this date"));
    m_fromCheck->setAccessibleName(tr("Limit the earliest date"));
    m_from->setAccessibleName(tr("Earliest date"));
    m_from->setToolTip(m_fromCheck->toolTip());
    m_toCheck->setText(tr("&To"));
    m_toCheck->setToolTip(tr("Only ties with a leg on or before this date"));
    m_toCheck->setAccessibleName(tr("Limit the latest date"));
    m_to->setAccessibleName(tr("Latest date"));
    m_to->setToolTip(m_toCheck->toolTip());

    m_decidedLabel->setText(tr("&Decided by:"));
    m_decidedBy->setItemText(0, tr("Any"));
    for (int i = 1; i < m_decidedBy->count(); ++i)
        m_decidedBy->setItemText(i, decidedByText(static_cast<DecidedBy>(m_decidedBy->itemData(i).toInt())));
    m_decidedBy->setAccessibleName(tr("Decided by"));
    m_decidedBy->setToolTip(tr("Only ties decided this way"));

    m_fileLabel->setText(tr("F&ile:"));
    m_file->setItemText(0, tr("All files"));
    m_file->setAccessibleName(tr("Source file"));
    m_file->setToolTip(tr("Only ties from this file"));

    m_roundLabel->setText(tr("&Round:"));
    m_round->setItemText(0, tr("All rounds"));
    m_round->setAccessibleName(tr("Round"));
    m_round->setToolTip(tr("Only ties of this round, as the file names it (Football.TXT's \"» Round of 16\")"));

    m_activeSign->setText(tr("Filtered"));
    m_activeSign->setToolTip(tr("A filter is active: the table shows only the matching ties"));
    m_activeSign->setAccessibleName(tr("Filter active"));

    m_clearAll->setText(tr("&Clear filters"));
    m_clearAll->setToolTip(tr("Show all ties again"));
    m_clearAll->setAccessibleName(tr("Clear all filters"));
}

} // namespace tb
