// SPDX-License-Identifier: GPL-3.0-or-later
// What `--summary` prints: the figures of a TieSummary as text for a person, or as JSON for a script.
#pragma once

#include "tiesummary.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tb {

enum class SummaryFormat : std::uint8_t {
    Text,
    Json
};

namespace summaryoutput {

// "text" or "json", any case, as --format takes them; nullopt for anything else.
std::optional<SummaryFormat> formatForName(const QString &name);

// The three figures as aligned lines, each heading saying what is counted; `allTies` is the
// number of ties read (shown as "(of N)" when the filters left fewer). Ends with a newline.
QString text(const TieSummary &summary, int allTies);
// One JSON object: "ties", "all_ties", "decided_by" (a count per decided_by key of
// --export-table), "through" (the decided ties, the clubs at home in the second and the first
// leg that went through and their shares of the decided ties), "aggregate_margin" ("0" to "4",
// "5+", "counted", "without_result"). Ends with a newline.
QByteArray json(const TieSummary &summary, int allTies);

} // namespace summaryoutput
} // namespace tb
