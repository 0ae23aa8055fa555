// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI half of main(): the main window with the given files, or the bundled sample.
#include "gui.h"

#include "mainwindow.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace tb {

int runGui(const QStringList &files)
{
    // Before any window exists, so that every text is created in the user's language.
    translations::install(Settings().language());
    if (QGuiApplication::applicationDisplayName().isEmpty()
        || QGuiApplication::applicationDisplayName() == QCoreApplication::applicationName())
        QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("tb::MainWindow", "Tie Browser"));
    // Desktops take the icon from the .desktop file; the window, the taskbar without one and
    // the About box take it from here.
    if (QGuiApplication::windowIcon().isNull() && QFile::exists(u":/tiebrowser.svg"_s))
        QGuiApplication::setWindowIcon(QIcon(u":/tiebrowser.svg"_s));

    MainWindow window;
    window.show();
    if (files.isEmpty())
        window.openSample();
    else
        window.openFiles(files);
    return QApplication::exec();
}

} // namespace tb
