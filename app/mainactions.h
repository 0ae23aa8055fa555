// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions, menus and toolbar: their texts, shortcuts, icons and tooltips, the
// Open Recent menu, and which actions need open files.
#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;
QT_END_NAMESPACE

namespace tb {

class Settings;

class MainActions : public QObject
{
    Q_OBJECT
public:
    // Creates the actions as children of `window` (so that their shortcuts work there); the
    // Open Recent menu lists `settings`' recent files.
    MainActions(QMainWindow *window, Settings *settings);

    // Adds the menus and the toolbar to the window; the View menu gets `problems`' toggle.
    void addMenusAndToolBar(QDockWidget *problems);
    // Enables what needs open files: reload, close, exports, print, copy.
    void setHasFiles(bool hasFiles);

    QToolBar *toolBar() const { return m_toolBar; }

    QAction *open = nullptr;
    QAction *saveRoundAs = nullptr;
    QAction *reload = nullptr;
    QAction *closeAll = nullptr;
    QAction *exportTable = nullptr;
    QAction *exportChart = nullptr;
    QAction *copyChart = nullptr;
    QAction *print = nullptr;
    QAction *exportPdf = nullptr;
    QAction *preferences = nullptr;
    QAction *quit = nullptr;
    QAction *copy = nullptr;
    QAction *pasteRound = nullptr;
    QAction *find = nullptr;
    QAction *clearFilters = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

Q_SIGNALS:
    // An entry of Open Recent was chosen.
    void recentFileChosen(const QString &path);

private:
    void fillRecentMenu();

    QMainWindow *m_window;
    Settings *m_settings;
    QMenu *m_recentMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace tb
