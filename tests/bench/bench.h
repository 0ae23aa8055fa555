// SPDX-License-Identifier: GPL-3.0-or-later
// Shared pieces of tiebench: the synthetic input and the way figures are printed.
#pragma once

#include <QString>
#include <cstdio>

namespace tb::bench {

struct Context
{
    int ties = 1000000;
    QString syntheticFile; // path of the generated file (written once per run)
};

// One figure per line, "name: value unit", so scripts and the README can quote it.
inline void report(const char *name, double value, const char *unit)
{
    std::printf("%s: %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Writes a deterministic file of `ties` ties (mixed plain, aet and pso legs, names with diacritics).
void writeSyntheticFile(const QString &path, int ties);
// The same in openfootball's Football.TXT: rounds of 16 two-legged ties between different clubs.
void writeSyntheticFootballTxtFile(const QString &path, int ties);

void runParseBenchmarks(const Context &context); // parse_ms, parse_mb_per_s, raw_read_ms, peak_rss_mib
// fold_clubs_first_ms, fold_clubs_ms, load_model_ms, filter_club_ms, filter_date_ms, sort_ms, stock_proxy_filter_ms
void runModelBenchmarks(const Context &context);
void runChartBenchmarks(const Context &context); // chart_aggregate_ms, chart_summary_ms, export_png_ms
// open_to_rows_ms, gui_longest_stall_ms, reevaluate_ms: a MainWindow opening the file (offscreen)
void runGuiBenchmarks(const Context &context);

} // namespace tb::bench
