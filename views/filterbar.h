// SPDX-License-Identifier: GPL-3.0-or-later
// The bar above the tie table: club text, a date range, how decided, the source file, the round, clear all.
#pragma once

#include "tiequery.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QToolButton;
QT_END_NAMESPACE

namespace tb {

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    TieQuery query() const;
    // Shows `query` in the widgets and emits queryChanged() once if it differs.
    void setQuery(const TieQuery &query);
    bool isActive() const { return !query().isEmpty(); }

    // The files the file choice offers (display names, by TieSet::files index); the choice is
    // hidden with fewer than two files. A chosen file that no longer exists resets to "All files".
    void setFiles(const QStringList &displayNames);
    // The rounds the round choice offers (TieSet::roundNames()); hidden when no file names any.
    // A chosen round that no longer exists resets to "All rounds".
    void setRounds(const QStringList &names);
    // The span of the loaded ties: where the date fields start when the user switches them on.
    void setDateSpan(QDate first, QDate last);

    QLineEdit *clubEdit() const { return m_club; }

public Q_SLOTS:
    // Edit > Find: focus the club field with its text selected, ready to type over.
    void focusClubFilter();
    void clear();

Q_SIGNALS:
    void queryChanged(const tb::TieQuery &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void emitIfChanged();
    void updateActiveSign();
    void retranslate();

    QLineEdit *m_club;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    QLabel *m_decidedLabel;
    QComboBox *m_decidedBy;
    QLabel *m_fileLabel;
    QComboBox *m_file;
    QLabel *m_roundLabel;
    QComboBox *m_round;
    QLabel *m_activeSign;
    QToolButton *m_clearAll;
    TieQuery m_lastEmitted;
    bool m_updating = false; // set while widgets are changed from code: emit once at the end
};

} // namespace tb
