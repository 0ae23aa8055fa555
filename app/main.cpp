// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point: reads the command line first, then starts only the application object the command needs.
#include "chartcommand.h"
#include "cli.h"
#include "gui.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace {

// A shell may start us with standard input or output closed (`<&-`, `>&-`). The next descriptor
// opened (the event loop's, a file's) would then take its number, and "-" would read or write
// that. /dev/null opened the wrong way round keeps the number taken and still fails the way a
// closed descriptor does: reading fd 0 or writing fd 1 gives EBADF.
void holdStandardDescriptors()
{
    for (const int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
        if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            const int held = ::open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
            if (held >= 0 && held != fd) { // a lower one was closed too and took this one's place
                ::dup2(held, fd);
                ::close(held);
            }
        }
    }
}

void setApplicationInfo()
{
    // Static setters: they hold for whichever application object comes next, and QSettings
    // derives its location from them.
    QCoreApplication::setApplicationName(QStringLiteral("tiebrowser"));
    QCoreApplication::setOrganizationName(QStringLiteral("tiebrowser"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tiebrowser.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIEBROWSER_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    // What QCoreApplication::arguments() would give on Unix, without needing the object yet.
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    holdStandardDescriptors();
    setApplicationInfo();
    // This first reading only picks the application object: translations need one, so its
    // messages are still English. The headless commands read the arguments again below.
    const QStringList arguments = argumentsOf(argc, argv);
    const tb::CommandLine command = tb::cli::parse(arguments);

    switch (command.mode) {
    case tb::CommandLine::Mode::ExportChart: {
        // Drawing needs a QApplication but never a screen: scripts and CI have none.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        tb::translations::installForCommandLine();
        QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Tie Browser"));
        return tb::runChartCommand(command.chartCommand());
    }
    case tb::CommandLine::Mode::Gui: {
        QApplication app(argc, argv);
        QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Tie Browser"));
        // Matches the installed .desktop file, so that desktops show the right icon and name.
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tiebrowser.TieBrowser"));
        return tb::runGui(command.files);
    }
    case tb::CommandLine::Mode::Check:
    case tb::CommandLine::Mode::ExportTable:
    case tb::CommandLine::Mode::Summary:
    case tb::CommandLine::Mode::Help:
    case tb::CommandLine::Mode::Version:
    case tb::CommandLine::Mode::Invalid: break;
    }
    // No display needed, none touched.
    QCoreApplication app(argc, argv);
    tb::translations::installForCommandLine();
    // Read again with the translations in, so that a bad argument is worded in the user's language.
    return tb::cli::runHeadless(tb::cli::parse(arguments));
}
