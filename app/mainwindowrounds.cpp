// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's pasted rounds: Edit > Paste Round, text dropped on the window, File > Save
// Round As, and the question before unsaved rounds are closed. Apart from mainwindow.cpp so that
// the wiring stays short; the rounds themselves are the session's.
#include "mainwindow.h"

#include "loader.h"
#include "mainactions.h"
#include "messagebar.h"
#include "session.h"
#include "settings.h"
#include "tieset.h"
#include "tietableview.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace tb {

void MainWindow::pasteRound()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    pasteText(mime && mime->hasText() ? mime->text() : QString());
}

void MainWindow::pasteText(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("There is no text to paste. Select a round's table on worldfootball.net, copy "
                                     "it (Ctrl+C) and paste it here."));
        return;
    }
    m_session->openText(text.toUtf8());
}

QString MainWindow::roundToSave() const
{
    const QStringList unsaved = m_session->unsavedRounds();
    if (unsaved.isEmpty())
        return {};
    // The round of the tie on show, if it is one; else the one pasted last.
    const std::shared_ptr<const TieSet> set = tieSet();
    const int current = m_table->currentTie();
    if (set && current >= 0 && std::size_t(current) < set->ties.size()) {
        const std::uint16_t file = set->ties[std::size_t(current)].file;
        if (file < set->files.size() && unsaved.contains(set->files[file].path))
            return set->files[file].path;
    }
    return unsaved.constLast();
}

bool MainWindow::saveRoundAs(const QString &round, const QString &file)
{
    QString systemError;
    const Session::SaveResult result = m_session->saveRound(round, file, &systemError);
    if (result != Session::SaveResult::Saved) {
        const QString why = result == Session::SaveResult::FileIsOpen
            ? tr("that file is open; close it first or choose another name")
            : result == Session::SaveResult::NotPasted ? tr("it is not a pasted round")
                                                       : systemError;
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Cannot save the round to %1: %2").arg(QDir::toNativeSeparators(file), why));
        return false;
    }
    m_settings->addRecentFile(QFileInfo(file).absoluteFilePath());
    statusBar()->showMessage(tr("Saved %1 as %2").arg(loader::displayNameFor(round), QDir::toNativeSeparators(file)),
                             10000);
    return true;
}

bool MainWindow::askSaveRoundAs(const QString &round)
{
    if (round.isEmpty())
        return false;
    const QString suggested = QDir(m_settings->lastOpenFolder()).filePath(loader::displayNameFor(round) + u".txt"_s);
    const QString file = QFileDialog::getSaveFileName(this, tr("Save %1 As").arg(loader::displayNameFor(round)),
                                                      suggested, tr("Results files (*.txt);;All files (*)"));
    if (file.isEmpty())
        return false;
    m_settings->setLastOpenFolder(QFileInfo(file).absolutePath());
    return saveRoundAs(round, file);
}

bool MainWindow::confirmUnsavedRounds()
{
    // One question per round, as editors ask per document.
    for (const QString &round : m_session->unsavedRounds()) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Round"),
                        tr("%1 has not been saved. Save it before it is closed?").arg(loader::displayNameFor(round)),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("A pasted round exists only in this window until it is saved as a file."));
        box.setDefaultButton(QMessageBox::Save);
        box.button(QMessageBox::Save)->setText(tr("&Save…"));
        switch (box.exec()) {
        case QMessageBox::Save:
            if (!askSaveRoundAs(round))
                return false;
            break;
        case QMessageBox::Discard: break;
        default: return false;
        }
    }
    return true;
}

} // namespace tb
