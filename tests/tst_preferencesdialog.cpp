// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for PreferencesDialog: what it shows for given preferences, what it gives back, defaults.
#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tb::RuleSet)

namespace tb {

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsWithTheDefaults();
    void roundTrips_data();
    void roundTrips();
    void offersEveryRuleSetOnce();
    void choosingInTheWidgetsChangesTheResult();
    void exportSizeIsClamped();
    void unknownValuesFallBackToTheFirstChoice();
    void rulesHintFollowsTheChoice();
    void restoreDefaultsKeepsTheLanguage();
    void languageChangeSaysItNeedsARestart();
    void widgetsHaveAccessibleNames();

private:
    std::unique_ptr<PreferencesDialog> m_dialog;
};

void TestPreferencesDialog::init()
{
    m_dialog = std::make_unique<PreferencesDialog>();
}

void TestPreferencesDialog::cleanup()
{
    m_dialog.reset();
}

void TestPreferencesDialog::startsWithTheDefaults()
{
    QCOMPARE(m_dialog->preferences(), Preferences{});
}

void TestPreferencesDialog::roundTrips_data()
{
    QTest::addColumn<RuleSet>("rules");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::newRow("defaults") << RuleSet::UefaByDate << u"system"_s << QSize(1200, 800) << QString();
    QTest::newRow("always, dark, German") << RuleSet::AwayGoalsAlways << u"dark"_s << QSize(1920, 1080) << u"de"_s;
    QTest::newRow("never, light, English") << RuleSet::AwayGoalsNever << u"light"_s << QSize(640, 480) << u"en"_s;
    QTest::newRow("not in extra time, smallest")
        << RuleSet::AwayGoalsNotInExtraTime << u"system"_s
        << QSize(PreferencesDialog::MinExportSide, PreferencesDialog::MinExportSide) << QString();
    QTest::newRow("largest") << RuleSet::UefaByDate << u"dark"_s
                             << QSize(PreferencesDialog::MaxExportSide, PreferencesDialog::MaxExportSide) << u"de"_s;
}

void TestPreferencesDialog::roundTrips()
{
    QFETCH(RuleSet, rules);
    QFETCH(QString, theme);
    QFETCH(QSize, size);
    QFETCH(QString, language);
    const Preferences given{rules, theme, size, language};

    m_dialog->setPreferences(given);

    QCOMPARE(m_dialog->preferences(), given);
    QCOMPARE(m_dialog->widthSpin()->value(), size.width());
    QCOMPARE(m_dialog->heightSpin()->value(), size.height());
}

void TestPreferencesDialog::offersEveryRuleSetOnce()
{
    QComboBox *combo = m_dialog->rulesCombo();
    QCOMPARE(combo->count(), 4);
    for (const RuleSet rules :
         {RuleSet::UefaByDate, RuleSet::AwayGoalsAlways, RuleSet::AwayGoalsNever, RuleSet::AwayGoalsNotInExtraTime}) {
        QVERIFY(combo->findData(int(rules)) >= 0);
        QVERIFY(!PreferencesDialog::ruleSetDescription(rules).isEmpty());
    }
    QCOMPARE(m_dialog->themeCombo()->count(), 3);
    QCOMPARE(m_dialog->languageCombo()->count(), 3);
    // Each language is named in itself.
    QVERIFY(m_dialog->languageCombo()->findText(u"Deutsch"_s) >= 0);
    QVERIFY(m_dialog->languageCombo()->findText(u"English"_s) >= 0);
}

void TestPreferencesDialog::choosingInTheWidgetsChangesTheResult()
{
    // Given the dialog with the defaults, when the user picks by keyboard and types
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->rulesCombo()->setFocus();
    QTest::keyClick(m_dialog->rulesCombo(), Qt::Key_Down);
    QTest::keyClick(m_dialog->rulesCombo(), Qt::Key_Down);
    m_dialog->themeCombo()->setFocus();
    QTest::keyClick(m_dialog->themeCombo(), Qt::Key_End);
    m_dialog->widthSpin()->setFocus();
    m_dialog->widthSpin()->selectAll();
    QTest::keyClicks(m_dialog->widthSpin(), u"800"_s);
    m_dialog->languageCombo()->setFocus();
    QTest::keyClick(m_dialog->languageCombo(), Qt::Key_End);

    // Then the preferences say so
    const Preferences chosen = m_dialog->preferences();
    QCOMPARE(chosen.rules, RuleSet::AwayGoalsNever);
    QCOMPARE(chosen.chartTheme, u"dark"_s);
    QCOMPARE(chosen.exportSize, QSize(800, 800));
    QCOMPARE(chosen.language, u"de"_s);
}

void TestPreferencesDialog::exportSizeIsClamped()
{
    m_dialog->setPreferences({RuleSet::UefaByDate, u"system"_s, QSize(5, 50000), QString()});
    QCOMPARE(m_dialog->preferences().exportSize,
             QSize(PreferencesDialog::MinExportSide, PreferencesDialog::MaxExportSide));
}

void TestPreferencesDialog::unknownValuesFallBackToTheFirstChoice()
{
    m_dialog->setPreferences({RuleSet::AwayGoalsAlways, u"purple"_s, QSize(1000, 700), u"xx"_s});
    const Preferences shown = m_dialog->preferences();
    QCOMPARE(shown.chartTheme, u"system"_s);
    QCOMPARE(shown.language, QString());
    QCOMPARE(shown.rules, RuleSet::AwayGoalsAlways);
}

void TestPreferencesDialog::rulesHintFollowsTheChoice()
{
    const auto hintShown = [this](RuleSet rules) {
        const QString text = PreferencesDialog::ruleSetDescription(rules);
        const QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
        return std::any_of(labels.begin(), labels.end(), [&](QLabel *label) { return label->text() == text; });
    };
    QVERIFY(hintShown(RuleSet::UefaByDate));
    m_dialog->rulesCombo()->setCurrentIndex(m_dialog->rulesCombo()->findData(int(RuleSet::AwayGoalsNotInExtraTime)));
    QVERIFY(hintShown(RuleSet::AwayGoalsNotInExtraTime));
    QVERIFY(!hintShown(RuleSet::UefaByDate));
}

void TestPreferencesDialog::restoreDefaultsKeepsTheLanguage()
{
    m_dialog->setPreferences({RuleSet::AwayGoalsNever, u"dark"_s, QSize(300, 300), u"de"_s});
    QPushButton *restore = m_dialog->buttons()->button(QDialogButtonBox::RestoreDefaults);
    QVERIFY(restore);
    QTest::mouseClick(restore, Qt::LeftButton);

    Preferences expected;
    expected.language = u"de"_s;
    QCOMPARE(m_dialog->preferences(), expected);
}

void TestPreferencesDialog::languageChangeSaysItNeedsARestart()
{
    m_dialog->setPreferences({RuleSet::UefaByDate, u"system"_s, QSize(1200, 800), u"en"_s});
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    const auto restartNoteVisible = [this] {
        const QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
        return std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
            return label->isVisible() && label->text().contains(u"starts again"_s);
        });
    };
    QVERIFY(!restartNoteVisible());
    m_dialog->languageCombo()->setCurrentIndex(m_dialog->languageCombo()->findData(u"de"_s));
    QVERIFY(restartNoteVisible());
    m_dialog->languageCombo()->setCurrentIndex(m_dialog->languageCombo()->findData(u"en"_s));
    QVERIFY(!restartNoteVisible());
}

void TestPreferencesDialog::widgetsHaveAccessibleNames()
{
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_dialog->rulesCombo(), m_dialog->themeCombo(), m_dialog->widthSpin(),
                                          m_dialog->heightSpin(), m_dialog->languageCombo()}) {
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->toolTip().isEmpty(), widget->metaObject()->className());
    }
}

} // namespace tb

QTEST_MAIN(tb::TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
