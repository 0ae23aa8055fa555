// The files a window has open, below the widgets: reading them (one load at a time, the rest
// queued), reading them again when they change on disk, and keeping the same tie across reloads.
#pragma once

#include "rules.h"
#include "tieloader.h"
#include "tieplace.h"

#include <QDate>
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
    // The loader, for progress and for tests that wait for its threads.
    TieLoader *loader() const { return m_loader; }
    bool isLoading() const;

    // The one way files get opened. Files already open are read again and replace their ties
    // in place; others are added; a file that fails leaves what was loaded as it was. Asked for
    // while a load runs, they are read when it ends. The sample alone is replaced by the first
    // real file opened.
    void openFiles(const QStringList &paths);
    void openSample();
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

Q_SIGNALS:
    void started(const QStringList &paths);
    // Bytes of all the files of the running load together.
    void progress(qint64 bytesDone, qint64 bytesTotal);
    // The set was replaced (a load went through) or closed (null). `currentTie` is the chosen
    // tie found again in `set`, or -1 when it is gone (the choice is then forgotten).
    void tieSetChanged(const std::shared_ptr<const tb::TieSet> &set, int currentTie);
    // After each load that was not cancelled, once its set (if any) was taken.
    void loadFinished(const tb::LoadReport &report);
    void cancelled();
    // Watched files that changed on disk and are no longer there; their ties stay loaded.
    void filesMissing(const QStringList &paths);

private:
    void startPendingLoad();
    void onLoadFinished(const LoadResult &result);
    void onLoadCancelled();
    void takeSet(std::shared_ptr<const TieSet> set);
    void applyRules();
    void syncWatcher();
    void onFileChanged(const QString &path);
    void reloadChangedFiles();

    TieLoader *m_loader;
    std::shared_ptr<const TieSet> m_set;
    TiePlace m_current;
    RuleSet m_setRules = RuleSet::UefaByDate; // what m_set was evaluated under
    QDate m_firstDate;
    QDate m_lastDate;
    QStringList m_pending; // asked for while a load was running
    QFileSystemWatcher *m_watcher;
    QTimer *m_changeTimer; // the debounce: restarted by every change
    QSet<QString> m_changedFiles;
    QSet<QString> m_autoReloads; // files being read again because they changed on disk
};

} // namespace tb
