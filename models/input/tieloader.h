// SPDX-License-Identifier: GPL-3.0-or-later
// Reads results files off the GUI thread: progress by bytes, cancellable, and a result that
// never mixes a failed or cancelled reading into what was loaded before.
#pragma once

#include "loader.h"
#include "rules.h"
#include "tieindexes.h"
#include "tieset.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace tb {

struct LoadResult
{
    // The base set with every successfully read file replaced in place (same path) or appended.
    // Null when no file could be taken: keep showing what was there.
    std::shared_ptr<TieSet> set;
    // Built with `set` in the worker thread (sort keys, the club index, the date span), so that
    // the models take them as they are; null with `set`.
    std::shared_ptr<const TieIndexes> indexes;
    QStringList loadedPaths; // the files taken into `set` by this load, in the order asked
    QList<LoadFailure> failures;
    RuleSet rules = RuleSet::UefaByDate; // what `set` was evaluated under
    bool reevaluated = false; // from reevaluate(): the same ties under new rules, no file read
};

class TieLoader : public QObject
{
    Q_OBJECT
public:
    explicit TieLoader(QObject *parent = nullptr);
    // Cancels a running load and waits for its thread (the parser checks the flag often).
    ~TieLoader() override;

    // The path of the bundled sample, opened when the user gives no file.
    static QString samplePath();
    // What tables and messages call a file: its name, or "… (sample)" for the bundled sample.
    static QString displayNameFor(const QString &path);

    void setRuleSet(RuleSet rules) { m_rules = rules; }
    RuleSet ruleSet() const { return m_rules; }
    // The key (TieIndexes::Key, -1 = none) whose order the next loads work out with the indexes:
    // the one the table sorts by, so that the GUI thread does not sort a million ties.
    void setSortedBy(int key) { m_sortedBy = key; }
    int sortedBy() const { return m_sortedBy; }

    // Starts reading `paths` in a worker thread, to be merged with `base` (may be null). A path
    // in `texts` is read from those bytes (a pasted round), not from disk.
    // A load still running is cancelled first. Emits progress() now and then, then exactly one
    // of finished() or cancelled().
    //
    // All files are read completely before finished(): the parser reads a million ties in
    // about half a second, so showing the whole table at once is quicker for the user than
    // feeding rows in batches (which would re-sort and re-filter the view each time).
    void load(const QStringList &paths, std::shared_ptr<const TieSet> base = {},
              const QHash<QString, QByteArray> &texts = {});
    // Evaluates `set` again under ruleSet() in the worker thread, reading no file (they may be
    // gone): a rule-set change while ties are shown. Like load(), supersedes a running load and
    // emits started() (with no paths), then finished() (`reevaluated` set) or cancelled().
    // `indexes` are the set's (may be null): the keys the rules do not change are kept.
    void reevaluate(std::shared_ptr<const TieSet> set, std::shared_ptr<const TieIndexes> indexes = {});
    // Stops the running load; its partial result is dropped and cancelled() is emitted.
    void cancel();
    bool isLoading() const { return m_job != nullptr; }
    // Whether a worker thread still runs, including one cancelled and about to stop.
    bool hasRunningThreads() const { return !m_threads.empty(); }

    // Builds the set the window shows after a reading: `base` (may be null) with each file of
    // `loaded` (one set per file read) whose path it already holds replaced in place, and the
    // others appended (each through TieSet::appendFile, the one way sets are merged). With no
    // base, a single file's set is moved, not copied: a million ties take a noticeable time to copy.
    static std::shared_ptr<TieSet> merge(const TieSet *base, std::vector<TieSet> &&loaded);

    // `set` evaluated under `rules`, without reading its files again (they may be gone): a copy
    // with each tie's winner, decidedBy and flags and the rules' diagnostics replaced, reading's
    // kept (rules::evaluate). For a rule-set change while ties are shown. A large set is copied
    // and evaluated by every core, each its range of ties; the warnings are joined in tie order,
    // so the result is the same as evaluating in one thread.
    static std::shared_ptr<TieSet> reevaluated(const TieSet &set, RuleSet rules);

Q_SIGNALS:
    void started(const QStringList &paths);
    // Bytes of all the files together.
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished(const tb::LoadResult &result);
    void cancelled();

private:
    struct Job;
    void startThread(const std::shared_ptr<Job> &job);
    void deliver(const std::shared_ptr<Job> &job, LoadResult result);

    RuleSet m_rules = RuleSet::UefaByDate;
    int m_sortedBy = -1;
    std::shared_ptr<Job> m_job; // the load whose results count; null when idle
    std::vector<std::pair<QThread *, std::shared_ptr<Job>>> m_threads; // still running, incl. cancelled ones
};

} // namespace tb
