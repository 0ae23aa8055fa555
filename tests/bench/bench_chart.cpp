// SPDX-License-Identifier: GPL-3.0-or-later
// tiebench's chart figures: building and drawing the aggregate chart and the summary chart over a
// million ties, and writing the aggregate chart as PNG.
#include "bench.h"

#include "aggregatechart.h"
#include "chartexporter.h"
#include "loader.h"
#include "summarychart.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace tb::bench {
namespace {

constexpr int Runs = 5;
const QSize ChartSize(1200, 800);

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// What the chart panel does when the filter changes: take the visible rows, build the chart
// (one page of bars, or the summary of all the rows), and lay it out for drawing.
template<typename Chart>
std::unique_ptr<Chart> buildChart(const std::shared_ptr<const TieSet> &set)
{
    std::vector<int> rows(set->ties.size());
    std::iota(rows.begin(), rows.end(), 0);
    auto chart = std::make_unique<Chart>();
    chart->showTies({set, std::move(rows)});
    chart->fitForExport(ChartSize, nullptr);
    return chart;
}

// Milliseconds to build and draw the chart, once per run; empty when it was not drawn or did not
// take all the ties (`tieCount`).
template<typename Chart, typename Count>
std::vector<double> timeDrawing(const std::shared_ptr<const TieSet> &ties, Count tieCount)
{
    std::vector<double> drawMs;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto chart = buildChart<Chart>(ties);
        const QImage image = ChartExporter::render(chart.get(), ChartSize);
        drawMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (image.isNull() || tieCount(*chart) != int(ties->ties.size()))
            return {};
    }
    return drawMs;
}

} // namespace

void runChartBenchmarks(const Context &context)
{
    auto set = std::make_shared<TieSet>();
    if (!loader::readFile(context.syntheticFile, *set).readable || set->ties.empty()) {
        std::fprintf(stderr, "tiebench: cannot read %s for the chart figures\n", qPrintable(context.syntheticFile));
        return;
    }
    const std::shared_ptr<const TieSet> ties = std::move(set);

    const std::vector<double> drawMs = timeDrawing<AggregateChart>(
        ties, [](const AggregateChart &chart) { return chart.tieCount(); });
    if (drawMs.empty()) {
        std::fprintf(stderr, "tiebench: the aggregate chart was not drawn\n");
        return;
    }
    std::fprintf(stderr, "tiebench: aggregate chart over %zu ties, median of %d runs\n", ties->ties.size(), Runs);
    report("chart_aggregate_ms", median(drawMs), "ms");
    // The first drawing also loads fonts and glyphs: what a user waits for the first time.
    report("chart_aggregate_first_ms", drawMs.front(), "ms");

    // The summary of every tie: one pass over the rows, then fifteen bars (issue 12: under 200 ms).
    const std::vector<double> summaryMs = timeDrawing<SummaryChart>(
        ties, [](const SummaryChart &chart) { return chart.summary().ties; });
    if (summaryMs.empty()) {
        std::fprintf(stderr, "tiebench: the summary chart was not drawn\n");
        return;
    }
    std::fprintf(stderr, "tiebench: summary chart over %zu ties, median of %d runs\n", ties->ties.size(), Runs);
    report("chart_summary_ms", median(summaryMs), "ms");

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "tiebench: cannot create a temporary folder\n");
        return;
    }
    const auto chart = buildChart<AggregateChart>(ties);
    ChartExportOptions options;
    options.size = ChartSize;
    std::vector<double> exportMs;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!ChartExporter::write(chart.get(), dir.filePath(u"aggregate.png"_s), options, &error)) {
            std::fprintf(stderr, "tiebench: %s\n", qPrintable(error));
            return;
        }
        exportMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    report("export_png_ms", median(exportMs), "ms");
}

} // namespace tb::bench
