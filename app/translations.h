// SPDX-License-Identifier: GPL-3.0-or-later
// Loads the user interface translation (ours and Qt's own) for the chosen or the system language.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace tb::translations {

// The languages the program ships, as locale names ("en", "de"); English needs no file.
QStringList available();

// The locale the interface should use: `language` ("de", "en") when the program has it,
// otherwise the system's (QLocale(), which QLocale::setDefault() changes in tests).
QLocale localeFor(const QString &language);

// Installs the translators for `language` (empty = the system's language) on the application,
// replacing any installed by an earlier call, and makes that locale the default so that dates
// and numbers follow it. Returns the language of the texts in use ("de", "en"). Call before
// building windows.
QString install(const QString &language);

// Installs the translators for the command line (--help, --check, the exports' messages): always
// the environment's language as QLocale::system() reads it (LC_ALL, then LC_MESSAGES, then LANG;
// the languages listed in LANGUAGE come first unless that locale is C or POSIX), never the window's
// language setting: what a script prints depends only on what the script sets (`LC_ALL=C` gives
// English), as with any command-line tool. Needs no installed glibc locale, only the variables.
// Needs an application object. Returns the language of the texts in use.
QString installForCommandLine();

} // namespace tb::translations
