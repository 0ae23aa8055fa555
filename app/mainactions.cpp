// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions and menus, created and laid out. Their texts stay in the window's
// translation context: they are the window's words, and moving them here must not lose a translation.
#include "mainactions.h"

#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

// The texts, in MainWindow's translation context (which lupdate sees this way).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(tb::MainWindow)
};

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}

} // namespace

MainActions::MainActions(QMainWindow *window, Settings *settings)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
{
    open = new QAction(themeIcon(u"document-open"_s, QStyle::SP_DialogOpenButton, m_window), Text::tr("&Open…"),
                       m_window);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(Text::tr("Open one or more results files; they are added to the files already open"));

    saveRoundAs = new QAction(themeIcon(u"document-save-as"_s, QStyle::SP_DialogSaveButton, m_window),
                              Text::tr("&Save Round As…"), m_window);
    saveRoundAs->setShortcut(QKeySequence::SaveAs);
    saveRoundAs->setToolTip(Text::tr("Save a pasted round as a text file, exactly as it was pasted"));
    saveRoundAs->setEnabled(false);

    reload = new QAction(themeIcon(u"view-refresh"_s, QStyle::SP_BrowserReload, m_window), Text::tr("&Reload"),
                         m_window);
    reload->setShortcut(QKeySequence::Refresh);
    reload->setToolTip(Text::tr("Read the open files again; a file that fails keeps its ties"));

    closeAll = new QAction(themeIcon(u"document-close"_s, QStyle::SP_DialogCloseButton, m_window),
                           Text::tr("&Close All Files"), m_window);
    closeAll->setShortcut(QKeySequence::Close);
    closeAll->setToolTip(Text::tr("Close every open file"));

    exportTable = new QAction(themeIcon(u"document-export"_s, QStyle::SP_DialogSaveButton, m_window),
                              Text::tr("&Export Table…"), m_window);
    exportTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportTable->setToolTip(Text::tr("Save the ties the filter shows, in the table's order, as CSV or JSON"));

    exportChart = new QAction(themeIcon(u"image-x-generic"_s, QStyle::SP_DialogSaveButton, m_window),
                              Text::tr("Export C&hart…"), m_window);
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportChart->setToolTip(Text::tr("Save the chart on show as PNG, JPEG, SVG or PDF"));

    copyChart = new QAction(Text::tr("Copy C&hart"), m_window);
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyChart->setToolTip(Text::tr("Copy the chart on show to the clipboard as an image"));

    print = new QAction(themeIcon(u"document-print"_s, QStyle::SP_FileIcon, m_window), Text::tr("&Print…"), m_window);
    print->setShortcut(QKeySequence::Print);
    print->setToolTip(Text::tr("Print the ties the filter shows, in the table's order, and the chart on show"));

    exportPdf = new QAction(themeIcon(u"application-pdf"_s, QStyle::SP_DialogSaveButton, m_window),
                            Text::tr("Export P&DF…"), m_window);
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    exportPdf->setToolTip(Text::tr("Save what File > Print prints as a PDF file"));

    preferences = new QAction(themeIcon(u"configure"_s, QStyle::SP_FileDialogDetailedView, m_window),
                              Text::tr("Pre&ferences…"), m_window);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setToolTip(Text::tr("Tie rules, chart theme, export size and language"));
    preferences->setMenuRole(QAction::PreferencesRole);

    quit = new QAction(themeIcon(u"application-exit"_s, QStyle::SP_DialogCloseButton, m_window), Text::tr("&Quit"),
                       m_window);
    quit->setShortcut(QKeySequence::Quit);
    quit->setToolTip(Text::tr("Quit Tie Browser"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, m_window, &QWidget::close);

    copy = new QAction(themeIcon(u"edit-copy"_s, QStyle::SP_FileIcon, m_window), Text::tr("&Copy"), m_window);
    copy->setShortcut(QKeySequence::Copy);
    copy->setToolTip(Text::tr("Copy the selected rows as tab-separated text, for a spreadsheet"));

    pasteRound = new QAction(themeIcon(u"edit-paste"_s, QStyle::SP_FileIcon, m_window), Text::tr("&Paste Round"),
                             m_window);
    // In a text field Ctrl+V pastes text there: the field takes the shortcut first.
    pasteRound->setShortcut(QKeySequence::Paste);
    pasteRound->setToolTip(Text::tr("Open the round on the clipboard, copied from worldfootball.net in a browser or "
                                    "from a text file"));

    find = new QAction(themeIcon(u"edit-find"_s, QStyle::SP_FileDialogContentsView, m_window), Text::tr("&Find Club…"),
                       m_window);
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(Text::tr("Go to the club filter"));

    clearFilters = new QAction(themeIcon(u"edit-clear"_s, QStyle::SP_DialogResetButton, m_window),
                               Text::tr("C&lear Filters"), m_window);
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    clearFilters->setToolTip(Text::tr("Show all ties again"));

    about = new QAction(Text::tr("&About Tie Browser"), m_window);
    about->setToolTip(Text::tr("Version and licence of Tie Browser"));
    about->setMenuRole(QAction::AboutRole);

    aboutQt = new QAction(Text::tr("About &Qt"), m_window);
    aboutQt->setToolTip(Text::tr("Version of the Qt libraries"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainActions::addMenusAndToolBar(QDockWidget *problems)
{
    QMenu *file = m_window->menuBar()->addMenu(Text::tr("&File"));
    file->addAction(open);
    m_recentMenu = file->addMenu(Text::tr("Open &Recent"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainActions::fillRecentMenu);
    fillRecentMenu(); // so that the menu is enabled or not from the start
    file->addAction(saveRoundAs);
    file->addAction(reload);
    file->addAction(closeAll);
    file->addSeparator();
    file->addAction(exportTable);
    file->addAction(exportChart);
    file->addSeparator();
    file->addAction(print);
    file->addAction(exportPdf);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = m_window->menuBar()->addMenu(Text::tr("&Edit"));
    edit->addAction(copy);
    edit->addAction(copyChart);
    edit->addAction(pasteRound);
    edit->addSeparator();
    edit->addAction(find);
    edit->addAction(clearFilters);
    edit->addSeparator();
    edit->addAction(preferences);

    m_toolBar = new QToolBar(Text::tr("Main Toolbar"), m_window);
    m_toolBar->setObjectName(u"mainToolBar"_s);
    // Several actions fall back to the same style icon without an icon theme: the words tell them apart.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(open);
    m_toolBar->addAction(reload);
    m_toolBar->addSeparator();
    m_toolBar->addAction(exportTable);
    m_toolBar->addAction(exportChart);
    m_window->addToolBar(m_toolBar);

    QMenu *view = m_window->menuBar()->addMenu(Text::tr("&View"));
    QAction *problemsToggle = problems->toggleViewAction();
    problemsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    problemsToggle->setToolTip(Text::tr("Show or hide the problems found in the files"));
    view->addAction(problemsToggle);
    QAction *toolBar = m_toolBar->toggleViewAction();
    toolBar->setToolTip(Text::tr("Show or hide the toolbar"));
    view->addAction(toolBar);

    QMenu *help = m_window->menuBar()->addMenu(Text::tr("&Help"));
    help->addAction(about);
    help->addAction(aboutQt);
}

void MainActions::setHasFiles(bool hasFiles)
{
    reload->setEnabled(hasFiles);
    closeAll->setEnabled(hasFiles);
    exportTable->setEnabled(hasFiles);
    exportChart->setEnabled(hasFiles);
    copyChart->setEnabled(hasFiles);
    print->setEnabled(hasFiles);
    exportPdf->setEnabled(hasFiles);
    copy->setEnabled(hasFiles);
}

void MainActions::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentFiles();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString &path = recent[i];
        // &1 … &9, then &0: a digit to pick each entry by keyboard.
        const QString label = i < 10 ? Text::tr("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName())
                                     : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT recentFileChosen(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(Text::tr("&Clear List"));
        clear->setToolTip(Text::tr("Forget the recently opened files"));
        connect(clear, &QAction::triggered, this, [this] {
            m_settings->clearRecentFiles();
            m_recentMenu->setEnabled(false);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace tb
