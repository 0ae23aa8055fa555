// SPDX-License-Identifier: GPL-3.0-or-later
// Edit > Preferences: the tie rules, the chart theme, the default chart export size and the language.
#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_rules(new QComboBox(this))
    , m_rulesHint(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_languageHint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(u"PreferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    // Rules
    for (const RuleSetInfo &info : rules::ruleSets())
        m_rules->addItem(rules::ruleSetName(info.id), int(info.id));
    m_rules->setAccessibleName(tr("Tie rules"));
    m_rules->setToolTip(tr("How a tie level on aggregate is decided; the loaded ties are evaluated again"));
    m_rulesHint->setWordWrap(true);
    m_rulesHint->setTextFormat(Qt::PlainText);
    // Long enough for the longest description, so the dialog does not jump as the choice changes.
    m_rulesHint->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_rulesHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *rulesBox = new QGroupBox(tr("Tie rules"), this);
    auto *rulesLayout = new QFormLayout(rulesBox);
    rulesLayout->addRow(tr("&Decide ties by:"), m_rules);
    rulesLayout->addRow(m_rulesHint);

    // Charts
    m_theme->addItem(tr("Follow the system"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setAccessibleName(tr("Chart theme"));
    m_theme->setToolTip(tr("Light or dark charts, or the same as the desktop"));

    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(MinExportSide, MaxExportSide);
        spin->setSingleStep(100);
        spin->setSuffix(tr(" px"));
        spin->setAccelerated(true);
    }
    m_width->setAccessibleName(tr("Export width"));
    m_width->setToolTip(tr("Width of an exported chart image, in pixels"));
    m_height->setAccessibleName(tr("Export height"));
    m_height->setToolTip(tr("Height of an exported chart image, in pixels"));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    auto *times = new QLabel(tr("×"), this);
    times->setAccessibleName(tr("by"));
    sizeRow->addWidget(times);
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);

    auto *chartsBox = new QGroupBox(tr("Charts"), this);
    auto *chartsLayout = new QFormLayout(chartsBox);
    chartsLayout->addRow(tr("&Theme:"), m_theme);
    auto *sizeLabel = new QLabel(tr("Default &export size:"), this);
    sizeLabel->setBuddy(m_width);
    chartsLayout->addRow(sizeLabel, sizeRow);

    // Language: each language named in itself, so that a user who cannot read the current one finds theirs.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language of menus and messages"));
    m_languageHint->setWordWrap(true);
    m_languageHint->setTextFormat(Qt::PlainText);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QFormLayout(languageBox);
    languageLayout->addRow(tr("&Language:"), m_language);
    languageLayout->addRow(m_languageHint);

    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Put every choice back to how Tie Browser starts out"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rulesBox);
    layout->addWidget(chartsBox);
    layout->addWidget(languageBox);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_rules, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRulesHint);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateLanguageHint);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    setPreferences(Preferences{});
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    selectData(m_rules, int(preferences.rules));
    selectData(m_theme, preferences.chartTheme);
    m_width->setValue(preferences.exportSize.width());
    m_height->setValue(preferences.exportSize.height());
    m_startLanguage = preferences.language;
    selectData(m_language, preferences.language);
    updateRulesHint();
    updateLanguageHint();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences result;
    result.rules = static_cast<RuleSet>(m_rules->currentData().toInt());
    result.chartTheme = m_theme->currentData().toString();
    result.exportSize = QSize(m_width->value(), m_height->value());
    result.language = m_language->currentData().toString();
    return result;
}

QString PreferencesDialog::ruleSetDescription(RuleSet rules)
{
    return rules::ruleSetDescription(rules);
}

void PreferencesDialog::restoreDefaults()
{
    // The language stays: restoring must not switch the dialog's reader to another language.
    Preferences defaults;
    defaults.language = m_language->currentData().toString();
    const QString start = m_startLanguage;
    setPreferences(defaults);
    m_startLanguage = start;
    updateLanguageHint();
}

void PreferencesDialog::updateRulesHint()
{
    m_rulesHint->setText(ruleSetDescription(static_cast<RuleSet>(m_rules->currentData().toInt())));
}

void PreferencesDialog::updateLanguageHint()
{
    const bool changed = m_language->currentData().toString() != m_startLanguage;
    m_languageHint->setText(changed ? tr("The new language is used when Tie Browser starts again.") : QString());
    m_languageHint->setVisible(changed);
}

} // namespace tb
