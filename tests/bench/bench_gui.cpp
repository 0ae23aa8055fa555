// SPDX-License-Identifier: GPL-3.0-or-later
// tiebench's window figures: a MainWindow on the offscreen platform opening the synthetic file,
// how long the GUI thread stalls on the way, and a rule-set change on the loaded ties.
#include "bench.h"

#include "mainwindow.h"
#include "settings.h"
#include "tiefiltermodel.h"
#include "tieloader.h"
#include "tieset.h"
#include "tietableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace tb::bench {
namespace {

constexpr int Runs = 3;
constexpr int TickMs = 5;
constexpr qint64 GiveUpMs = 120000;

double msOf(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// Watches the table's viewport for the first paint that has rows to draw. The paint itself runs
// after the filter returns, so the end is a queued call posted from it: it runs once that paint
// (and the flush of the window that follows it in the same event) is done.
class FirstRowsPaint : public QObject
{
public:
    FirstRowsPaint(const TieFilterModel *filter, const QElapsedTimer *clock)
        : m_filter(filter)
        , m_clock(clock)
    { }

    bool done() const { return m_doneNs >= 0; }
    qint64 doneNs() const { return m_doneNs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && m_filter->rowCount() > 0) {
            m_seen = true;
            QMetaObject::invokeMethod(
                this, [this] { m_doneNs = m_clock->nsecsElapsed(); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const TieFilterModel *m_filter;
    const QElapsedTimer *m_clock;
    bool m_seen = false;
    qint64 m_doneNs = -1;
};

struct OpenRun
{
    double toRowsMs = -1; // openFiles() to the first painted rows; -1 = never
    double longestStallMs = 0;
    std::shared_ptr<const TieSet> set;
};

// One window, new settings, the synthetic file opened through the window's one path.
OpenRun openOnce(const QString &file, const QString &iniFile)
{
    MainWindow window(std::make_unique<Settings>(iniFile));
    window.show();
    QElapsedTimer wait;
    wait.start();
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) && wait.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    QApplication::processEvents(); // the empty window's first paint is not part of the figure

    QElapsedTimer clock;
    FirstRowsPaint painted(window.filterModel(), &clock);
    window.tableView()->viewport()->installEventFilter(&painted);

    // The longest gap between ticks of a 5 ms timer: how long the GUI thread could not react.
    // The first gap starts at openFiles(), which runs on the GUI thread too.
    qint64 lastTick = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(TickMs);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - lastTick);
        lastTick = now;
    });

    clock.start();
    ticker.start();
    window.openFiles({file});
    while (!painted.done() && clock.elapsed() < GiveUpMs)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    ticker.stop();

    OpenRun run;
    if (painted.done()) {
        run.toRowsMs = msOf(painted.doneNs());
        // Up to the end: the gap from the last tick to the moment the rows were painted counts too.
        run.longestStallMs = msOf(std::max(longest, painted.doneNs() - lastTick));
    }
    // Let the load's loose ends (its finished signal, the status line) run before the window goes.
    while (window.isLoading() && clock.elapsed() < GiveUpMs)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QApplication::processEvents();
    run.set = window.tieSet();
    window.tableView()->viewport()->removeEventFilter(&painted);
    return run;
}

} // namespace

void runGuiBenchmarks(const Context &context)
{
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid()) {
        std::fprintf(stderr, "tiebench: cannot create a folder for the window's settings\n");
        return;
    }

    // open_to_rows_ms: from MainWindow::openFiles() on the synthetic file to the end of the table
    // viewport's first paint with rows in the filter model (reading, merging, the models, the
    // views and that paint), each run in a new window (shown, offscreen) with new settings.
    // gui_longest_stall_ms: in the same runs, the longest gap between two ticks of a 5 ms timer
    // on the GUI thread, from openFiles() to those painted rows.
    double bestOpen = std::numeric_limits<double>::max();
    double bestStall = std::numeric_limits<double>::max();
    double worstStall = 0;
    std::shared_ptr<const TieSet> set;
    for (int run = 0; run < Runs; ++run) {
        OpenRun one = openOnce(context.syntheticFile, settingsDir.filePath(u"run%1.ini"_s.arg(run)));
        if (one.toRowsMs < 0) {
            std::fprintf(stderr, "tiebench: the window never showed rows\n");
            return;
        }
        std::fprintf(stderr, "tiebench: window run %d: rows after %.1f ms, longest stall %.1f ms\n", run + 1,
                     one.toRowsMs, one.longestStallMs);
        bestOpen = std::min(bestOpen, one.toRowsMs);
        bestStall = std::min(bestStall, one.longestStallMs);
        worstStall = std::max(worstStall, one.longestStallMs);
        set = std::move(one.set);
    }
    report("open_to_rows_ms", bestOpen, "ms");
    report("gui_longest_stall_ms", bestStall, "ms");
    report("gui_longest_stall_worst_ms", worstStall, "ms");

    // reevaluate_ms: a rule-set change on the million ties the window loaded, in memory
    // (TieLoader::reevaluated: the set under new rules, no file read), alternating rule sets.
    if (!set || set->ties.empty()) {
        std::fprintf(stderr, "tiebench: the window kept no ties to re-evaluate\n");
        return;
    }
    double bestReevaluate = std::numeric_limits<double>::max();
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::shared_ptr<TieSet> changed = TieLoader::reevaluated(
            *set, run % 2 ? RuleSet::UefaByDate : RuleSet::AwayGoalsNever);
        bestReevaluate = std::min(bestReevaluate, msOf(timer.nsecsElapsed()));
        if (changed->ties.size() != set->ties.size())
            std::fprintf(stderr, "tiebench: re-evaluation lost ties!\n");
    }
    report("reevaluate_ms", bestReevaluate, "ms");
}

} // namespace tb::bench
