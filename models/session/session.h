// SPDX-License-Identifier: GPL-3.0-or-later
// The files a window has open, below the widgets: reading them (one load at a time, the rest
// queued), reading them again when they change on disk, and keeping the same tie across reloads.
#pragma once

#include "rules.h"
#include "tieloader.h"
#include "tieplace.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>

QT_BEGIN_NAMESPACE
class QFileSystemWatcher;
class QTimer;
QT_END_NAMESPACE

namespace tb {

struct TieSet;

// What one load did, for the window's messages and its recent-files list.
struct LoadReport
{
    QStringList loadedPaths; // taken into the set, in the order asked (auto-reloads included)
    QStringList reloadedPaths; // of those, the ones read again because they changed on disk
    QList<LoadFailure> failures; // files not taken; what was loaded before stays as it was
    bool reevaluated = false; // new rules applied to the open ties; no file was read
};

class Session : public QObject
{
    Q_OBJECT
public:
    // Editors save in several steps: a change is read after this long without another.
    static constexpr int ChangeDelayMs = 400;
    // Tests on a loaded machine give the debounce more room than an editor needs.
    void setChangeDelay(int milliseconds);
    int changeDelay() const;

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    std::shared_ptr<const TieSet> tieSet() const { return m_set; }
    // tieSet()'s sort keys, club index and date span, built with it off the GUI thread; null
    // with it.
    std::shared_ptr<const TieIndexes> tieIndexes() const { return m_indexes; }
    // The loader, for progress and for tests that wait for its threads.
    TieLoader *loader() const { return m_loader; }
    bool isLoading() const;

    // The one way files get opened. Files already open are read again and replace their ties
    // in place; others are added; a file that fails leaves what was loaded as it was. Asked for
    // while a load runs, they are read when it ends. The sample alone is replaced by the first
    // real file opened.
    void openFiles(const QStringList &paths);
    void openSample();
    // A round pasted or dropped as text: read from memory like a file (the same reader, the same
    // queue), named "Pasted round N", and kept as that text until it is saved or the files are
    // closed. Returns its path in the set (loader::pastedPath). Text without ties loads nothing.
    QString openText(const QByteArray &text);
    // The pasted rounds in the set not yet saved to a file, in the order they were pasted.
    QStringList unsavedRounds() const;
    // The text of pasted round `path` as it was pasted; empty for any other path.
    QByteArray pastedText(const QString &path) const;
    // Writes pasted round `path` to `file` through QSaveFile (an existing file is replaced only
    // when the whole text is written). From then on the round is that file: its name, the watcher,
    // the chosen tie. `systemError` gets the system's reason when writing fails.
    enum class SaveResult {
        Saved,
        NotPasted, // `path` is no unsaved pasted round
        FileIsOpen, // `file` is open in the set already: saving would make two sources of it
        WriteFailed
    };
    SaveResult saveRound(const QString &path, const QString &file, QString *systemError = nullptr);
    // Reads every open file again.
    void reload();
    // Forgets every file (and what was queued); emits tieSetChanged(nullptr, -1).
    void closeAll();
    // Stops the running load and drops the queue; the set stays as it was.
    void cancel();

    RuleSet ruleSet() const { return m_loader->ruleSet(); }
    // New rules for every tie, those open now included: the open ties are evaluated again in
    // memory, off the GUI thread (started(), then loadFinished() with `reevaluated`); no file is
    // read, so a file deleted since it was opened loses nothing.
    void setRuleSet(RuleSet rules);

    // The key (TieIndexes::Key, -1 = none) the table sorts by: loads and new rules work out that
    // order with the indexes, off the GUI thread.
    void setSortedBy(int key);

    // The tie the user has chosen (an index into tieSet()'s ties), remembered by its place so
    // that the same tie is found in the next set; -1 forgets it.
    void setCurrentTie(int tieIndex);
    // The chosen tie's index in tieSet(), -1 when none.
    int currentTie() const { return m_current.findIn(m_set.get()); }

    // The first and last day a leg is played in the set; null dates when the set has none.
    QDate firstDate() const { return m_firstDate; }
    QDate lastDate() const { return m_lastDate; }

    // Whether the set holds only the bundled sample, which the user's own files replace.
    bool isSampleOnly() const;

    // The files and pasted rounds that could not be taken, from the loads so far, with what
    // reading said about them; one goes when its file is read after all, all when closed.
    const QList<LoadFailure> &failures() const { return m_failures; }

Q_SIGNALS:
    void started(const QStringList &paths);
    // Bytes of all the files of the running load together.
    void progress(qint64 bytesDone, qint64 bytesTotal);
    // The set was replaced (a load went through) or closed (null). `currentTie` is the chosen
    // tie found again in `set`, or -1 when it is gone (the choice is then forgotten). `indexes`
    // are the set's (tieIndexes()), for the models.
    void tieSetChanged(const std::shared_ptr<const tb::TieSet> &set, int currentTie,
                       const std::shared_ptr<const tb::TieIndexes> &indexes);
    // After each load that was not cancelled, once its set (if any) was taken.
    void loadFinished(const tb::LoadReport &report);
    void cancelled();
    // Watched files that changed on disk and are no longer there; their ties stay loaded.
    void filesMissing(const QStringList &paths);
    void failuresChanged();

private:
    void startPendingLoad();
    void onLoadFinished(const LoadResult &result);
    void onLoadCancelled();
    void takeSet(std::shared_ptr<const TieSet> set, std::shared_ptr<const TieIndexes> indexes);
    void applyRules();
    void syncWatcher();
    void onFileChanged(const QString &path);
    void reloadChangedFiles();
    void noteFailures(const LoadResult &result);
    void applySavedNames(TieSet &set) const;

    TieLoader *m_loader;
    std::shared_ptr<const TieSet> m_set;
    std::shared_ptr<const TieIndexes> m_indexes; // m_set's
    TiePlace m_current;
    RuleSet m_setRules = RuleSet::UefaByDate; // what m_set was evaluated under
    QDate m_firstDate;
    QDate m_lastDate;
    QStringList m_pending; // asked for while a load was running
    QFileSystemWatcher *m_watcher;
    QTimer *m_changeTimer; // the debounce: restarted by every change
    QSet<QString> m_changedFiles;
    QSet<QString> m_autoReloads; // files being read again because they changed on disk
    QHash<QString, QByteArray> m_pastedTexts; // pasted rounds not yet saved, by path
    QHash<QString, QString> m_savedAs; // pasted path -> the file it was saved to (for loads then running)
    int m_pasteCount = 0; // the number of the last pasted round
    QList<LoadFailure> m_failures;
};

} // namespace tb
