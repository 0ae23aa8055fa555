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
// and numbers follow it. Returns the locale name in use ("de", "en"). Call before building windows.
QString install(const QString &language);

} // namespace tb::translations
