// SPDX-License-Identifier: GPL-3.0-or-later
// The session: the load queue, replacing the sample, the watcher with its debounce, and the
// chosen tie kept by its place while sets come and go.
#include "session.h"

#include "tieset.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSaveFile>
#include <QTimer>
#include <algorithm>
#include <utility>

namespace tb {

namespace {

// The first and last day of any leg, as Julian days; 0 when no leg has a date.
std::pair<std::int32_t, std::int32_t> daySpan(const TieSet &set)
{
    std::int32_t lo = 0;
    std::int32_t hi = 0;
    for (const Tie &tie : set.ties) {
        for (const std::int32_t day : {tie.leg1.julianDay, tie.leg2.julianDay}) {
            if (day == 0)
                continue;
            lo = lo == 0 ? day : std::min(lo, day);
            hi = std::max(hi, day);
        }
    }
    return {lo, hi};
}

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
    , m_loader(new TieLoader(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_changeTimer(new QTimer(this))
{
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(ChangeDelayMs);
    connect(m_loader, &TieLoader::started, this, &Session::started);
    connect(m_loader, &TieLoader::progress, this, &Session::progress);
    connect(m_loader, &TieLoader::finished, this, &Session::onLoadFinished);
    connect(m_loader, &TieLoader::cancelled, this, &Session::onLoadCancelled);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Session::onFileChanged);
    connect(m_changeTimer, &QTimer::timeout, this, &Session::reloadChangedFiles);
}

Session::~Session()
{
    // The loader waits for its thread; nothing it says on the way out is news to anyone.
    m_loader->disconnect(this);
    m_watcher->disconnect(this);
}

bool Session::isLoading() const
{
    return m_loader->isLoading();
}

bool Session::isSampleOnly() const
{
    return m_set && m_set->files.size() == 1 && m_set->files.front().path == TieLoader::samplePath();
}

void Session::openFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!path.isEmpty() && !m_pending.contains(path))
            m_pending.append(path);
    }
    if (!m_loader->isLoading())
        startPendingLoad();
}

QString Session::openText(const QByteArray &text)
{
    QString path = loader::pastedPath(++m_pasteCount); // not const, so that returning it moves it
    m_pastedTexts.insert(path, text);
    openFiles({path});
    return path;
}

QStringList Session::unsavedRounds() const
{
    // In the set's order, which is the order they were pasted in: each one loaded is appended.
    QStringList rounds;
    if (m_set) {
        for (const SourceFile &file : m_set->files) {
            if (m_pastedTexts.contains(file.path))
                rounds.append(file.path);
        }
    }
    return rounds;
}

QByteArray Session::pastedText(const QString &path) const
{
    return m_pastedTexts.value(path);
}

Session::SaveResult Session::saveRound(const QString &path, const QString &file, QString *systemError)
{
    const auto text = m_pastedTexts.constFind(path);
    if (text == m_pastedTexts.cend() || !m_set)
        return SaveResult::NotPasted;
    const QString target = loader::normalizedPath(file);
    for (const SourceFile &open : m_set->files) {
        if (loader::normalizedPath(open.path) == target)
            return SaveResult::FileIsOpen;
    }
    QSaveFile out(target);
    const auto fail = [&] {
        if (systemError)
            *systemError = out.errorString();
        return SaveResult::WriteFailed;
    };
    if (!out.open(QIODevice::WriteOnly) || out.write(*text) != text->size())
        return fail(); // QSaveFile's destructor leaves any file there as it was
    if (!out.commit())
        return fail();

    // From now on the round is that file. A load running now started from the old set: what it
    // brings back is renamed the same way (onLoadFinished).
    m_savedAs.insert(path, target);
    m_pastedTexts.remove(path);
    auto renamed = std::make_shared<TieSet>(*m_set);
    applySavedNames(*renamed);
    if (m_current.path == path)
        m_current.path = target;
    takeSet(std::move(renamed), m_indexes); // the same ties: their indexes still hold
    Q_EMIT tieSetChanged(m_set, m_current.findIn(m_set.get()), m_indexes);
    return SaveResult::Saved;
}

void Session::applySavedNames(TieSet &set) const
{
    for (SourceFile &source : set.files) {
        const auto saved = m_savedAs.constFind(source.path);
        if (saved == m_savedAs.cend())
            continue;
        source.path = *saved;
        source.displayName = loader::displayNameFor(*saved);
    }
}

void Session::setChangeDelay(int milliseconds)
{
    m_changeTimer->setInterval(milliseconds);
}

int Session::changeDelay() const
{
    return m_changeTimer->interval();
}

void Session::openSample()
{
    openFiles({TieLoader::samplePath()});
}

void Session::reload()
{
    if (!m_set)
        return;
    QStringList paths;
    for (const SourceFile &file : m_set->files)
        paths.append(file.path);
    openFiles(paths);
}

void Session::closeAll()
{
    m_pastedTexts.clear();
    m_savedAs.clear();
    m_pasteCount = 0;
    if (!m_failures.isEmpty()) {
        m_failures.clear();
        Q_EMIT failuresChanged();
    }
    m_pending.clear();
    m_autoReloads.clear();
    m_changedFiles.clear();
    m_changeTimer->stop();
    m_current = {};
    takeSet(nullptr, nullptr); // first, so that nothing the cancel below starts sees the closed files
    m_loader->cancel();
    Q_EMIT tieSetChanged(m_set, -1, m_indexes);
}

void Session::cancel()
{
    m_loader->cancel();
}

void Session::setRuleSet(RuleSet rules)
{
    if (rules == m_loader->ruleSet())
        return;
    m_loader->setRuleSet(rules);
    applyRules();
}

// The one place that decides how new rules reach the ties already open: the rules are evaluated
// after reading, so the ties in memory are evaluated again and no file is read. A load that is
// running was started under the old rules; its end (or its cancel) brings the set up to date.
void Session::applyRules()
{
    if (m_set && !m_loader->isLoading() && m_setRules != m_loader->ruleSet())
        m_loader->reevaluate(m_set, m_indexes);
}

void Session::setSortedBy(int key)
{
    m_loader->setSortedBy(key);
}

void Session::setCurrentTie(int tieIndex)
{
    m_current = TiePlace::of(m_set.get(), tieIndex);
}

void Session::startPendingLoad()
{
    if (m_pending.isEmpty())
        return;
    const QStringList paths = std::exchange(m_pending, {});
    // The sample is there so that the window is not empty; the user's own files replace it.
    const bool replaceSample = isSampleOnly() && !paths.contains(TieLoader::samplePath());
    m_loader->load(paths, replaceSample ? nullptr : m_set, m_pastedTexts);
}

void Session::onLoadFinished(const LoadResult &result)
{
    if (result.set && !m_savedAs.isEmpty())
        applySavedNames(*result.set);
    noteFailures(result);
    if (result.set) {
        takeSet(result.set, result.indexes);
        m_setRules = result.rules;
        const int again = m_current.findIn(m_set.get());
        if (again < 0)
            m_current = {};
        Q_EMIT tieSetChanged(m_set, again, m_indexes);
    }

    LoadReport report;
    report.loadedPaths = result.loadedPaths;
    report.failures = result.failures;
    for (const QString &path : result.loadedPaths) {
        if (m_autoReloads.remove(path))
            report.reloadedPaths.append(path);
    }
    for (const LoadFailure &failure : result.failures)
        m_autoReloads.remove(failure.path);
    report.reevaluated = result.reevaluated;
    Q_EMIT loadFinished(report);
    // The rules changed while this ran: evaluate again before the files queued meanwhile are read,
    // so that every load starts from a set evaluated under the rules it reads with.
    applyRules();
    if (!m_loader->isLoading())
        startPendingLoad();
}

void Session::noteFailures(const LoadResult &result)
{
    const qsizetype before = m_failures.size();
    QStringList done = result.loadedPaths;
    for (const LoadFailure &failure : result.failures)
        done.append(failure.path);
    m_failures.removeIf([&done](const LoadFailure &failure) { return done.contains(failure.path); });
    for (const LoadFailure &failure : result.failures) {
        m_failures.append(failure);
        // A pasted text without ties is not kept: nothing of it was loaded, and its number is
        // free again for the next paste.
        if (loader::isPastedPath(failure.path)) {
            m_pastedTexts.remove(failure.path);
            if (failure.path == loader::pastedPath(m_pasteCount))
                --m_pasteCount;
        }
    }
    if (before != 0 || !m_failures.isEmpty())
        Q_EMIT failuresChanged();
}

void Session::onLoadCancelled()
{
    // Pasted rounds that were still to be read are dropped with the queue.
    for (const QString &path : std::as_const(m_pending))
        m_pastedTexts.remove(path);
    m_pending.clear();
    m_autoReloads.clear();
    Q_EMIT cancelled();
    // Cancelling stops reading, not new rules: the set that stays is brought to them.
    applyRules();
}

void Session::takeSet(std::shared_ptr<const TieSet> set, std::shared_ptr<const TieIndexes> indexes)
{
    m_set = std::move(set);
    m_indexes = m_set ? std::move(indexes) : nullptr;
    // The loader found the span with the indexes; a million ties are not walked here again.
    const auto [lo, hi] = m_indexes ? std::pair{m_indexes->firstDay, m_indexes->lastDay}
        : m_set                     ? daySpan(*m_set)
                                    : std::pair<std::int32_t, std::int32_t>{0, 0};
    m_firstDate = lo ? QDate::fromJulianDay(lo) : QDate();
    m_lastDate = hi ? QDate::fromJulianDay(hi) : QDate();
    syncWatcher();
}

void Session::syncWatcher()
{
    QStringList wanted;
    if (m_set) {
        for (const SourceFile &file : m_set->files) {
            if (!file.path.startsWith(u':') && QFileInfo::exists(file.path))
                wanted.append(file.path);
        }
    }
    const QStringList watched = m_watcher->files();
    QStringList gone;
    for (const QString &path : watched) {
        if (!wanted.contains(path))
            gone.append(path);
    }
    if (!gone.isEmpty())
        m_watcher->removePaths(gone);
    QStringList added;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path))
            added.append(path);
    }
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

void Session::onFileChanged(const QString &path)
{
    m_changedFiles.insert(path);
    m_changeTimer->start();
}

void Session::reloadChangedFiles()
{
    QStringList reload;
    QStringList missing;
    for (const QString &path : std::as_const(m_changedFiles))
        (QFileInfo::exists(path) ? reload : missing).append(path);
    m_changedFiles.clear();
    if (!missing.isEmpty())
        Q_EMIT filesMissing(missing);
    for (const QString &path : std::as_const(reload))
        m_autoReloads.insert(path);
    openFiles(reload);
    syncWatcher(); // an editor that saves by replacing the file drops it from the watcher
}

} // namespace tb
