// SPDX-License-Identifier: GPL-3.0-or-later
// tiebench, parsing: how fast the parser reads the synthetic file, against the floor of just reading it.
#include "bench.h"

#include "loader.h"
#include "rules.h"
#include "tieloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/mman.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace tb::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr int Runs = 3;
constexpr qint64 Chunk = qint64(4) << 20; // the parser's own default chunk size

// The floor: the same bytes read the same way (unbuffered, 4 MiB at a time), counting lines.
qint64 rawRead(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return -1;
    // A buffer in huge pages, as the parser's: the floor should not pay page faults it avoids.
    char *buffer = static_cast<char *>(std::aligned_alloc(std::size_t(2) << 20, std::size_t(Chunk)));
    if (!buffer)
        return -1;
    madvise(buffer, std::size_t(Chunk), MADV_HUGEPAGE);
    qint64 lines = 0;
    while (true) {
        const qint64 n = file.read(buffer, Chunk);
        if (n <= 0)
            break;
        const char *p = buffer;
        const char *end = p + n;
        while ((p = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p))))) {
            ++lines;
            ++p;
        }
    }
    std::free(buffer);
    return lines;
}

double peakRssMib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

} // namespace

void runParseBenchmarks(const Context &context)
{
    const double megabytes = double(QFileInfo(context.syntheticFile).size()) / 1e6;

    // The first run also gives the peak memory: measured right after parsing, while the ties
    // are still held, before anything else in the process allocates.
    double bestParse = std::numeric_limits<double>::max();
    double peak = 0;
    int threads = 1;
    TieSet set;
    for (int run = 0; run < Runs; ++run) {
        set = TieSet();
        QElapsedTimer timer;
        timer.start();
        const ReadResult result = loader::readFile(context.syntheticFile, set);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        threads = result.pieces;
        if (run == 0) {
            peak = peakRssMib();
            std::fprintf(stderr, "tiebench: parsed %zu ties, %d errors, %d warnings, %zu clubs%s\n", set.ties.size(),
                         set.errorCount(), set.warningCount(), set.clubs.size(),
                         result.readable ? "" : " (unreadable!)");
        }
        bestParse = std::min(bestParse, ms);
    }

    // The rules after reading: evaluating every tie again in place, and what a rule-set change in
    // the window does (a copy of the shown set, evaluated under the new rules).
    double bestEvaluate = std::numeric_limits<double>::max();
    double bestChange = std::numeric_limits<double>::max();
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        rules::evaluate(set, run % 2 ? RuleSet::UefaByDate : RuleSet::AwayGoalsNever);
        bestEvaluate = std::min(bestEvaluate, double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const std::shared_ptr<TieSet> changed = TieLoader::reevaluated(set, RuleSet::AwayGoalsAlways);
        bestChange = std::min(bestChange, double(timer.nsecsElapsed()) / 1e6);
        if (changed->ties.size() != set.ties.size())
            std::fprintf(stderr, "tiebench: re-evaluation lost ties!\n");
    }
    set = TieSet();

    double bestRaw = std::numeric_limits<double>::max();
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const qint64 lines = rawRead(context.syntheticFile);
        bestRaw = std::min(bestRaw, double(timer.nsecsElapsed()) / 1e6);
        if (run == 0)
            std::fprintf(stderr, "tiebench: raw read counted %lld lines\n", static_cast<long long>(lines));
    }

    report("parse_ms", bestParse, "ms");
    report("parse_mb_per_s", megabytes / (bestParse / 1000.0), "MB/s");
    report("raw_read_ms", bestRaw, "ms");
    report("parse_threads", threads, "threads"); // pieces read at once, one thread each
    report("parse_against_raw_read", bestParse / bestRaw, "x");
    report("peak_rss_mib", peak, "MiB");
    report("rules_evaluate_ms", bestEvaluate, "ms");
    report("rules_change_ms", bestChange, "ms");

    // The second reader, on a season file a tenth the size (it is read in one piece: a round is
    // paired only when it ends).
    QTemporaryDir dir;
    const QString season = dir.filePath(u"season.txt"_s);
    const int seasonTies = std::max(1000, context.ties / 10);
    writeSyntheticFootballTxtFile(season, seasonTies);
    const double seasonMegabytes = double(QFileInfo(season).size()) / 1e6;
    double bestSeason = std::numeric_limits<double>::max();
    for (int run = 0; run < Runs; ++run) {
        TieSet read;
        QElapsedTimer timer;
        timer.start();
        loader::readFile(season, read);
        bestSeason = std::min(bestSeason, double(timer.nsecsElapsed()) / 1e6);
        if (run == 0) {
            std::fprintf(stderr, "tiebench: Football.TXT: %zu ties of %d, %d errors, %d warnings, %.1f MB\n",
                         read.ties.size(), seasonTies, read.errorCount(), read.warningCount(), seasonMegabytes);
            for (const Diagnostic &d : read.diagnostics) {
                if (d.severity != Severity::Note) { // the file is meant to read without problems
                    std::fprintf(stderr, "tiebench: Football.TXT: first problem, line %u: %s\n", d.line,
                                 qPrintable(d.message));
                    break;
                }
            }
        }
    }
    report("parse_fbtxt_ms", bestSeason, "ms");
    report("parse_fbtxt_mb_per_s", seasonMegabytes / (bestSeason / 1000.0), "MB/s");

    // The third reader, on the real record of sixty years of the European Cup (6,556 rows), the
    // rules of each era included: it must open in well under a second.
    const QString champs = QStringLiteral(TIEBENCH_CHAMPS_CSV);
    double bestCsv = std::numeric_limits<double>::max();
    for (int run = 0; run < Runs; ++run) {
        TieSet read;
        QElapsedTimer timer;
        timer.start();
        loader::readFile(champs, read);
        bestCsv = std::min(bestCsv, double(timer.nsecsElapsed()) / 1e6);
        if (run == 0)
            std::fprintf(stderr, "tiebench: champs.csv: %zu ties, %zu play-offs, %d errors, %d warnings\n",
                         read.ties.size(), read.playoffs.size(), read.errorCount(), read.warningCount());
    }
    report("parse_csv_ms", bestCsv, "ms");
}

} // namespace tb::bench
