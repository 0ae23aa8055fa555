// SPDX-License-Identifier: GPL-3.0-or-later
// Edit > Preferences: the tie rules, the chart theme, the default chart export size and the language.
#pragma once

#include "preferences.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace tb {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The smallest and largest chart export side the dialog accepts, in pixels.
    static constexpr int MinExportSide = 100;
    static constexpr int MaxExportSide = 10000;

    void setPreferences(const Preferences &preferences);
    Preferences preferences() const;

    // For tests and keyboard users' sake the widgets have accessible names; tests reach them here.
    QComboBox *rulesCombo() const { return m_rules; }
    QComboBox *themeCombo() const { return m_theme; }
    QSpinBox *widthSpin() const { return m_width; }
    QSpinBox *heightSpin() const { return m_height; }
    QComboBox *languageCombo() const { return m_language; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // The text explaining what a rule set does, as shown under the choice.
    static QString ruleSetDescription(RuleSet rules);

private:
    void restoreDefaults();
    void updateRulesHint();
    void updateLanguageHint();

    QComboBox *m_rules;
    QLabel *m_rulesHint;
    QComboBox *m_theme;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_language;
    QLabel *m_languageHint;
    QDialogButtonBox *m_buttons;
    QString m_startLanguage; // to tell the user a change needs a restart
};

} // namespace tb
