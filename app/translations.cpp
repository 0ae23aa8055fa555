// SPDX-License-Identifier: GPL-3.0-or-later
// Loads the user interface translation (ours and Qt's own) for the chosen or the system language.
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tb::translations {

namespace {

// Where qt_add_translations puts the compiled .qm files in the resources.
constexpr auto ResourceFolder = ":/i18n"_L1;

// The translators installed by the last install(); owned by the application object.
QTranslator *s_ours = nullptr;
QTranslator *s_qt = nullptr;

void removeInstalled()
{
    for (QTranslator **translator : {&s_ours, &s_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

} // namespace

QStringList available()
{
    return {u"en"_s, u"de"_s};
}

QLocale localeFor(const QString &language)
{
    if (!language.isEmpty() && available().contains(language))
        return QLocale(language);
    return QLocale();
}

QString install(const QString &language)
{
    removeInstalled();
    const QLocale locale = localeFor(language);
    // Only a language the program ships changes the default locale: a Swiss German system
    // keeps its own number formats even though the texts come from "de".
    if (!language.isEmpty() && available().contains(language))
        QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return u"en"_s;

    auto *ours = new QTranslator(QCoreApplication::instance());
    // QTranslator::load(QLocale, ...) tries "tiebrowser_de_CH", then "tiebrowser_de", ...
    if (!ours->load(locale, u"tiebrowser"_s, u"_"_s, ResourceFolder)) {
        delete ours;
        return u"en"_s; // a language we do not have: the texts stay English
    }
    QCoreApplication::installTranslator(ours);
    s_ours = ours;

    // The language our file is in: with LANGUAGE=fr:de there is no French file, so it is German.
    const QLocale loaded(ours->language());

    // Qt's own dialogs and buttons (file dialog, "Cancel", --help's "Usage:", ...), in that same
    // language, so that no French button sits among German menus. Missing when the distribution's
    // translations package is not installed; our texts are still translated then.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(loaded, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        s_qt = qt;
    } else {
        delete qt;
    }
    return loaded.name().section(u'_', 0, 0);
}

QString installForCommandLine()
{
    return install(QString());
}

} // namespace tb::translations
