// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the translation loading: German texts (ours and Qt's) under a German locale or
// setting, English otherwise, and a German translation with nothing left untranslated.
#include "mainwindow.h"
#include "settings.h"
#include "translations.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

QString fileMenuText()
{
    return QCoreApplication::translate("tb::MainWindow", "&File");
}

QString rulesText()
{
    return QCoreApplication::translate("TieText", "after extra time (%1 on aggregate)");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void languageFromTheSystemLocale_data();
    void languageFromTheSystemLocale();
    void settingOverridesTheSystem_data();
    void settingOverridesTheSystem();
    void qtsOwnTextsFollow();
    void mainWindowMenusAreGerman();
    void switchingBackRemovesTheTranslation();
    void everyGermanTextIsTranslated();

private:
    QLocale m_savedDefault;
};

void TestTranslations::init()
{
    m_savedDefault = QLocale();
}

void TestTranslations::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    translations::install(u"en"_s);
    QLocale::setDefault(m_savedDefault);
}

void TestTranslations::languageFromTheSystemLocale_data()
{
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("rules");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"de"_s << u"&Datei"_s
                            << u"nach Verlängerung (%1 im Gesamtergebnis)"_s;
    QTest::newRow("Austrian German") << QLocale(QLocale::German, QLocale::Austria) << u"de"_s << u"&Datei"_s
                                     << u"nach Verlängerung (%1 im Gesamtergebnis)"_s;
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"en"_s << u"&File"_s
                             << u"after extra time (%1 on aggregate)"_s;
    QTest::newRow("French, which we lack") << QLocale(QLocale::French, QLocale::France) << u"en"_s << u"&File"_s
                                           << u"after extra time (%1 on aggregate)"_s;
}

void TestTranslations::languageFromTheSystemLocale()
{
    QFETCH(QLocale, system);
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, rules);

    // Given the system locale and no language in the settings
    QLocale::setDefault(system);
    // When the translations are installed
    QCOMPARE(translations::install(QString()), language);
    // Then a menu entry and a rules message come out in that language
    QCOMPARE(fileMenuText(), file);
    QCOMPARE(rulesText(), rules);
}

void TestTranslations::settingOverridesTheSystem_data()
{
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("file");
    QTest::newRow("German setting, English system")
        << QLocale(QLocale::English, QLocale::UnitedStates) << u"de"_s << u"&Datei"_s;
    QTest::newRow("English setting, German system")
        << QLocale(QLocale::German, QLocale::Germany) << u"en"_s << u"&File"_s;
    QTest::newRow("unknown setting, German system")
        << QLocale(QLocale::German, QLocale::Germany) << u"xx"_s << u"&Datei"_s;
}

void TestTranslations::settingOverridesTheSystem()
{
    QFETCH(QLocale, system);
    QFETCH(QString, setting);
    QFETCH(QString, file);
    QLocale::setDefault(system);
    translations::install(setting);
    QCOMPARE(fileMenuText(), file);
}

void TestTranslations::qtsOwnTextsFollow()
{
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(qtTranslations + u"/qtbase_de.qm"_s))
        QSKIP("Qt's German translations (qt6-translations-l10n) are not installed");
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    translations::install(QString());
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
}

void TestTranslations::mainWindowMenusAreGerman()
{
    // Given a German setting, when the window is built afterwards
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto settings = std::make_unique<Settings>(dir.filePath(u"settings.ini"_s));
    settings->setLanguage(u"de"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    translations::install(settings->language());
    MainWindow window(std::move(settings));

    // Then its menus are German
    QStringList menus;
    for (const QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QVERIFY2(menus.contains(u"&Datei"_s), qPrintable(menus.join(u", "_s)));
    QVERIFY2(menus.contains(u"&Hilfe"_s), qPrintable(menus.join(u", "_s)));
    // And numbers and dates follow the language
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
}

void TestTranslations::switchingBackRemovesTheTranslation()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(translations::install(u"de"_s), u"de"_s);
    QCOMPARE(fileMenuText(), u"&Datei"_s);
    QCOMPARE(translations::install(u"en"_s), u"en"_s);
    QCOMPARE(fileMenuText(), u"&File"_s);
}

void TestTranslations::everyGermanTextIsTranslated()
{
    QFile ts(QStringLiteral(TIEBROWSER_TS_FILE));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    QStringList untranslated;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QString type = xml.attributes().value(u"type"_s).toString();
            // Plural messages hold <numerusform> children; their text is collected too.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"unfinished" || text.trimmed().isEmpty())
                untranslated.append(context + u": "_s + source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
}

} // namespace tb

QTEST_MAIN(tb::TestTranslations)
#include "tst_translations.moc"
