// SPDX-License-Identifier: GPL-3.0-or-later
// Reads results files in a worker thread and merges them with what was loaded before.
#include "tieloader.h"

#include "loader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <iterator>
#include <thread>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace tb {

struct TieLoader::Job
{
    QStringList paths;
    QHash<QString, QByteArray> texts; // the paths read from memory, not from disk
    std::shared_ptr<const TieSet> base;
    std::shared_ptr<const TieIndexes> baseIndexes; // reevaluateOnly: `base`'s, may be null
    RuleSet rules = RuleSet::UefaByDate;
    int sortedBy = -1; // TieIndexes::Key of the order built with the indexes
    bool reevaluateOnly = false; // no paths: evaluate `base` again under `rules`
    std::atomic_bool cancel = false;
    int lastPermille = -1; // worker thread only: progress is posted when this changes
};

namespace {

// Below this many ties one thread evaluates faster than several start.
constexpr std::size_t ParallelRulesFrom = 50000;
constexpr std::size_t MaxRulesThreads = 8;

} // namespace

TieLoader::TieLoader(QObject *parent)
    : QObject(parent)
{ }

TieLoader::~TieLoader()
{
    for (auto &[thread, job] : m_threads) {
        job->cancel = true;
        thread->wait();
        delete thread;
    }
}

QString TieLoader::samplePath()
{
    return loader::samplePath();
}

QString TieLoader::displayNameFor(const QString &path)
{
    return loader::displayNameFor(path);
}

void TieLoader::load(const QStringList &paths, std::shared_ptr<const TieSet> base,
                     const QHash<QString, QByteArray> &texts)
{
    if (m_job)
        m_job->cancel = true; // superseded: its result will be ignored

    auto job = std::make_shared<Job>();
    for (const QString &path : paths) {
        const QString normalized = loader::normalizedPath(path);
        if (!normalized.isEmpty() && !job->paths.contains(normalized))
            job->paths.append(normalized);
    }
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (job->paths.contains(it.key()))
            job->texts.insert(it.key(), it.value());
    }
    job->base = std::move(base);
    job->rules = m_rules;
    job->sortedBy = m_sortedBy;
    m_job = job;
    Q_EMIT started(job->paths);
    startThread(job);
}

void TieLoader::reevaluate(std::shared_ptr<const TieSet> set, std::shared_ptr<const TieIndexes> indexes)
{
    if (m_job)
        m_job->cancel = true;
    auto job = std::make_shared<Job>();
    job->base = std::move(set);
    job->baseIndexes = std::move(indexes);
    job->rules = m_rules;
    job->sortedBy = m_sortedBy;
    job->reevaluateOnly = true;
    m_job = job;
    Q_EMIT started({});
    startThread(job);
}

void TieLoader::cancel()
{
    if (!m_job)
        return;
    m_job->cancel = true;
    m_job.reset();
    Q_EMIT cancelled();
}

void TieLoader::startThread(const std::shared_ptr<Job> &job)
{
    QThread *thread = QThread::create([this, job] {
        if (job->reevaluateOnly) {
            LoadResult result;
            result.rules = job->rules;
            result.reevaluated = true;
            if (job->base) {
                result.set = reevaluated(*job->base, job->rules);
                // The rules change the winners and how ties were decided, nothing else the keys see.
                const TieIndexes *before = job->baseIndexes.get();
                const bool fits = before && before->keys[0] && before->keys[0]->size() == result.set->ties.size();
                if (!job->cancel)
                    result.indexes = fits ? TieIndexes::rebuildDecisions(*before, *result.set, job->sortedBy)
                                          : TieIndexes::build(*result.set, job->sortedBy);
            }
            if (!job->cancel)
                deliver(job, std::move(result));
            return;
        }
        std::vector<qint64> sizes;
        qint64 total = 0;
        for (const QString &path : std::as_const(job->paths)) {
            const QFileInfo info(path);
            const auto text = job->texts.constFind(path);
            sizes.push_back(text != job->texts.cend() ? text->size() : info.isFile() ? info.size() : 0);
            total += sizes.back();
        }

        LoadResult result;
        result.rules = job->rules;
        std::vector<TieSet> loaded; // one per file read
        qint64 before = 0;
        for (qsizetype i = 0; i < job->paths.size(); ++i) {
            const QString &path = job->paths[i];
            const qint64 size = sizes[std::size_t(i)];
            ReadOptions options;
            options.rules = job->rules;
            options.cancel = &job->cancel;
            options.progress = [this, job, before, size, total](qint64 done, qint64) {
                const qint64 overall = before + std::clamp<qint64>(done, 0, size);
                const int permille = total > 0 ? int(overall * 1000 / total) : 0;
                if (permille == job->lastPermille)
                    return;
                job->lastPermille = permille;
                QMetaObject::invokeMethod(
                    this,
                    [this, job, overall, total] {
                        if (m_job == job)
                            Q_EMIT progress(overall, total);
                    },
                    Qt::QueuedConnection);
            };

            const auto text = job->texts.constFind(path);
            loader::FileLoad one = text != job->texts.cend() ? loader::loadBytes(*text, path, options)
                                                             : loader::loadFile(path, options);
            if (one.result.cancelled || job->cancel)
                return; // nothing partial leaves this thread
            before += size;
            if (!one.taken()) {
                result.failures.append(std::move(one).toFailure());
                continue;
            }
            loaded.push_back(std::move(one.set));
            result.loadedPaths.append(path);
        }
        if (!loaded.empty())
            result.set = merge(job->base.get(), std::move(loaded));
        if (job->cancel)
            return;
        // Here rather than in the models: sorting keys and the club index of a million ties would
        // hold up the GUI thread for a noticeable moment after the reading.
        if (result.set)
            result.indexes = TieIndexes::build(*result.set, job->sortedBy);
        if (job->cancel)
            return;
        deliver(job, std::move(result));
    });
    thread->setObjectName(u"TieLoader"_s);
    m_threads.emplace_back(thread, job);
    connect(thread, &QThread::finished, this, [this, thread] {
        std::erase_if(m_threads, [thread](const auto &entry) { return entry.first == thread; });
        // finished() comes while the thread still winds down inside Qt: join it before the
        // QThread goes, which takes no time by now.
        thread->wait();
        thread->deleteLater();
    });
    thread->start();
}

void TieLoader::deliver(const std::shared_ptr<Job> &job, LoadResult result)
{
    // Handed over in the GUI thread, so that a load cancelled meanwhile is never delivered.
    auto shared = std::make_shared<LoadResult>(std::move(result));
    QMetaObject::invokeMethod(
        this,
        [this, job, shared] {
            if (m_job != job)
                return;
            m_job.reset();
            Q_EMIT finished(*shared);
        },
        Qt::QueuedConnection);
}

std::shared_ptr<TieSet> TieLoader::merge(const TieSet *base, std::vector<TieSet> &&loaded)
{
    // Nothing of the base survives (none, or its one file read again): take the new set as it is.
    const bool baseGoes = !base || base->files.empty()
        || (base->files.size() == 1 && loaded.size() == 1 && !loaded.front().files.empty()
            && loader::normalizedPath(base->files.front().path)
                == loader::normalizedPath(loaded.front().files.front().path));
    if (baseGoes && loaded.size() == 1)
        return std::make_shared<TieSet>(std::move(loaded.front()));

    std::unordered_map<QString, std::size_t> loadedByPath;
    std::size_t tieCount = base ? base->ties.size() : 0;
    std::size_t diagnosticCount = base ? base->diagnostics.size() : 0;
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        if (!loaded[i].files.empty())
            loadedByPath.emplace(loader::normalizedPath(loaded[i].files.front().path), i);
        tieCount += loaded[i].ties.size();
        diagnosticCount += loaded[i].diagnostics.size();
    }

    auto merged = std::make_shared<TieSet>();
    // One allocation each: growing a vector of a million ties step by step costs seconds of page
    // faults on a small machine.
    merged->ties.reserve(tieCount);
    merged->diagnostics.reserve(diagnosticCount);
    std::vector<bool> taken(loaded.size(), false);
    if (base) {
        for (std::size_t i = 0; i < base->files.size(); ++i) {
            const auto found = loadedByPath.find(loader::normalizedPath(base->files[i].path));
            if (found != loadedByPath.end() && !taken[found->second]) {
                merged->appendFile(loaded[found->second], 0); // a reload keeps the file's place
                taken[found->second] = true;
            } else {
                merged->appendFile(*base, i);
            }
        }
    }
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        if (!taken[i] && !loaded[i].files.empty())
            merged->appendFile(loaded[i], 0);
    }
    return merged;
}

std::shared_ptr<TieSet> TieLoader::reevaluated(const TieSet &set, RuleSet rules)
{
    auto copy = std::make_shared<TieSet>();
    copy->files = set.files;
    copy->clubs = set.clubs;
    copy->diagnostics = set.diagnostics;
    copy->placeOverflow = set.placeOverflow;
    copy->playoffs = set.playoffs;
    const std::size_t count = set.ties.size();
    const std::size_t threads = count < ParallelRulesFrom
        ? 1
        : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, MaxRulesThreads);
    if (threads == 1) {
        copy->ties = set.ties;
        rules::evaluate(*copy, rules);
        return copy;
    }
    // In huge pages: a million ties are 72 MB, and faulting them in 4 KiB at a time costs more
    // than copying them.
    reserveInHugePages(copy->ties, count);
    copy->ties = set.ties;

    std::vector<std::vector<Diagnostic>> warnings(threads);
    std::vector<std::thread> workers;
    const std::size_t step = (count + threads - 1) / threads;
    for (std::size_t t = 1; t < threads; ++t)
        workers.emplace_back([&, t] { rules::evaluateTies(*copy, t * step, (t + 1) * step, rules, 0, warnings[t]); });
    rules::evaluateTies(*copy, 0, step, rules, 0, warnings[0]);
    for (std::thread &worker : workers)
        worker.join();
    for (std::size_t t = 1; t < threads; ++t)
        warnings[0].insert(warnings[0].end(), std::make_move_iterator(warnings[t].begin()),
                           std::make_move_iterator(warnings[t].end()));
    rules::replaceRuleDiagnostics(*copy, std::move(warnings[0]));
    return copy;
}

} // namespace tb
