// SPDX-License-Identifier: GPL-3.0-or-later
// What the main window's GUI tests share: a window with a settings file of its own in a temporary
// folder, files opened through the window's one path and waited for, actions found by their text.
#pragma once

#include "mainwindow.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

namespace tb::windowtest {

// The action whose text, without its mnemonic, is `text`.
inline QAction *findAction(QWidget *window, const QString &text)
{
    const auto actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

// Calls `act` with the next modal `Dialog` once it is up (a modal dialog runs its own loop, so
// the test answers it from a timer); gives up after ten seconds.
template<typename Dialog, typename Act>
inline void whenShown(Act act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act, tries = 0]() mutable {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog && ++tries < 1000)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog)
            act(dialog);
    });
    timer->start();
}

// A test class derives from this beside QObject and calls setUp() in init(), tearDown() in cleanup().
class WindowFixture
{
protected:
    // A new folder and a window on its settings; `show` also waits until the window is on screen.
    bool setUp(bool show)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        m_window = newWindow();
        if (!show)
            return true;
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    void tearDown()
    {
        m_window.reset(); // before the folder its settings file is in
        m_dir.reset();
    }

    std::unique_ptr<MainWindow> newWindow() const
    {
        return std::make_unique<MainWindow>(std::make_unique<Settings>(iniPath()));
    }
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    // Opens through the window's one path and waits until the result is shown.
    bool open(const QStringList &paths)
    {
        QSignalSpy done(m_window.get(), &MainWindow::loadDone);
        m_window->openFiles(paths);
        return done.wait(60000);
    }

    // Drags `mime` onto the middle of the window and drops it, as a user would; true when the
    // window took both and the load that followed ended.
    bool drop(const QMimeData &mime)
    {
        const QPoint where = m_window->rect().center();
        QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        if (!enter.isAccepted())
            return false;
        QSignalSpy done(m_window.get(), &MainWindow::loadDone);
        QDropEvent dropped(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &dropped);
        return dropped.isAccepted() && done.wait(60000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace tb::windowtest
