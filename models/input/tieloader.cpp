// Reads results files in a worker thread and merges them with what was loaded before.
#include "tieloader.h"

#include "parser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace tb {

struct TieLoader::Job
{
    QStringList paths;
    std::shared_ptr<const TieSet> base;
    RuleSet rules = RuleSet::UefaByDate;
    std::atomic_bool cancel = false;
    int lastPermille = -1; // worker thread only: progress is posted when this changes
};

namespace {

// The same file named two ways ("a.txt", "./a.txt") must be the same file when reloading.
QString normalizedPath(const QString &path)
{
    if (path.startsWith(u':'))
        return path; // a Qt resource
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// Copies file `fileIndex` of `src` (its entry, ties and diagnostics) to the end of `dst`,
// re-interning only the clubs its ties use.
void appendFile(TieSet &dst, const TieSet &src, std::size_t fileIndex)
{
    const auto newIndex = static_cast<std::uint16_t>(dst.files.size());
    dst.files.push_back(src.files[fileIndex]);

    std::vector<ClubId> clubMap(src.clubs.size(), NoClub);
    const auto remap = [&](ClubId id) {
        if (id == NoClub || id >= clubMap.size())
            return NoClub;
        ClubId &mapped = clubMap[id];
        if (mapped == NoClub)
            mapped = dst.clubs.intern(QStringView(src.clubs.name(id)));
        return mapped;
    };
    for (const Tie &tie : src.ties) {
        if (tie.file != fileIndex)
            continue;
        Tie copy = tie;
        copy.file = newIndex;
        copy.home = remap(tie.home);
        copy.away = remap(tie.away);
        copy.statedWinner = remap(tie.statedWinner);
        dst.ties.push_back(copy);
    }
    for (const Diagnostic &diagnostic : src.diagnostics) {
        if (diagnostic.file != fileIndex)
            continue;
        Diagnostic copy = diagnostic;
        copy.file = newIndex;
        dst.diagnostics.push_back(std::move(copy));
    }
}

// The free functions' texts, in TieLoader's translation context (which lupdate sees this way).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(tb::TieLoader)
};

// Why nothing was taken from a file, in one sentence with the first problem's line.
QString failureReason(const TieSet &one, const ParseResult &result)
{
    const Diagnostic *first = nullptr;
    for (const Diagnostic &diagnostic : one.diagnostics) {
        if (diagnostic.severity == Severity::Error) {
            first = &diagnostic;
            break;
        }
    }
    if (!first && !one.diagnostics.empty())
        first = &one.diagnostics.front();

    if (!result.readable)
        return first ? first->message : Text::tr("The file cannot be read.");
    if (!first)
        return Text::tr("No ties found: the file holds no three-line tie blocks.");
    if (first->line == 0)
        return Text::tr("No ties found: %1").arg(first->message);
    return Text::tr("No ties found; line %1: %2").arg(first->line).arg(first->message);
}

} // namespace

TieLoader::TieLoader(QObject *parent)
    : QObject(parent)
{
}

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
    return u":/sample.txt"_s;
}

QString TieLoader::displayNameFor(const QString &path)
{
    if (path == samplePath())
        return tr("%1 (sample)").arg(u"europa-league-2012-13-q1.txt"_s);
    return QFileInfo(path).fileName();
}

void TieLoader::load(const QStringList &paths, std::shared_ptr<const TieSet> base)
{
    if (m_job)
        m_job->cancel = true; // superseded: its result will be ignored

    auto job = std::make_shared<Job>();
    for (const QString &path : paths) {
        const QString normalized = normalizedPath(path);
        if (!normalized.isEmpty() && !job->paths.contains(normalized))
            job->paths.append(normalized);
    }
    job->base = std::move(base);
    job->rules = m_rules;
    m_job = job;
    Q_EMIT started(job->paths);
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
        std::vector<qint64> sizes;
        qint64 total = 0;
        for (const QString &path : std::as_const(job->paths)) {
            const QFileInfo info(path);
            sizes.push_back(info.isFile() ? info.size() : 0);
            total += sizes.back();
        }

        LoadResult result;
        std::vector<TieSet> loaded; // one per file read
        qint64 before = 0;
        for (qsizetype i = 0; i < job->paths.size(); ++i) {
            const QString &path = job->paths[i];
            const qint64 size = sizes[std::size_t(i)];
            ParseOptions options;
            options.rules = job->rules;
            options.cancel = &job->cancel;
            options.progress = [this, job, before, size, total](qint64 done, qint64) {
                const qint64 overall = before + std::clamp<qint64>(done, 0, size);
                const int permille = total > 0 ? int(overall * 1000 / total) : 0;
                if (permille == job->lastPermille)
                    return;
                job->lastPermille = permille;
                QMetaObject::invokeMethod(this, [this, job, overall, total] {
                    if (m_job == job)
                        Q_EMIT progress(overall, total);
                }, Qt::QueuedConnection);
            };

            TieSet one;
            const ParseResult parsed = Parser(options).parseFile(path, one);
            if (parsed.cancelled || job->cancel)
                return; // nothing partial leaves this thread
            before += size;

            if (one.files.empty()) // the parser always adds the file; be safe if it did not
                one.files.push_back(SourceFile{path, QString(), 0, 0, 0});
            one.files.front().path = path;
            one.files.front().displayName = displayNameFor(path);

            if (!parsed.readable || one.ties.empty()) {
                LoadFailure failure;
                failure.path = path;
                failure.displayName = one.files.front().displayName;
                failure.reason = failureReason(one, parsed);
                failure.diagnostics = std::move(one.diagnostics);
                result.failures.append(std::move(failure));
                continue;
            }
            loaded.push_back(std::move(one));
            result.loadedPaths.append(path);
        }
        if (!loaded.empty())
            result.set = merge(job->base.get(), std::move(loaded));
        if (job->cancel)
            return;
        deliver(job, std::move(result));
    });
    thread->setObjectName(u"TieLoader"_s);
    m_threads.emplace_back(thread, job);
    connect(thread, &QThread::finished, this, [this, thread] {
        std::erase_if(m_threads, [thread](const auto &entry) { return entry.first == thread; });
        thread->deleteLater();
    });
    thread->start();
}

void TieLoader::deliver(const std::shared_ptr<Job> &job, LoadResult result)
{
    // Handed over in the GUI thread, so that a load cancelled meanwhile is never delivered.
    auto shared = std::make_shared<LoadResult>(std::move(result));
    QMetaObject::invokeMethod(this, [this, job, shared] {
        if (m_job != job)
            return;
        m_job.reset();
        Q_EMIT finished(*shared);
    }, Qt::QueuedConnection);
}

std::shared_ptr<TieSet> TieLoader::merge(const TieSet *base, std::vector<TieSet> &&loaded)
{
    // Nothing of the base survives (none, or its one file read again): take the new set as it is.
    const bool baseGoes = !base || base->files.empty()
        || (base->files.size() == 1 && loaded.size() == 1 && !loaded.front().files.empty()
            && normalizedPath(base->files.front().path) == normalizedPath(loaded.front().files.front().path));
    if (baseGoes && loaded.size() == 1)
        return std::make_shared<TieSet>(std::move(loaded.front()));

    std::unordered_map<QString, std::size_t> loadedByPath;
    std::size_t tieCount = base ? base->ties.size() : 0;
    std::size_t diagnosticCount = base ? base->diagnostics.size() : 0;
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        if (!loaded[i].files.empty())
            loadedByPath.emplace(normalizedPath(loaded[i].files.front().path), i);
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
            const auto found = loadedByPath.find(normalizedPath(base->files[i].path));
            if (found != loadedByPath.end() && !taken[found->second]) {
                appendFile(*merged, loaded[found->second], 0); // a reload keeps the file's place
                taken[found->second] = true;
            } else {
                appendFile(*merged, *base, i);
            }
        }
    }
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        if (!taken[i] && !loaded[i].files.empty())
            appendFile(*merged, loaded[i], 0);
    }
    return merged;
}

} // namespace tb
