// SPDX-License-Identifier: GPL-3.0-or-later
// The headless `--export-chart` command: draws one chart offscreen and writes it to a file or standard output.
#pragma once

#include "tiequery.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace tb {

struct ChartCommand
{
    QString kind; // a ChartRegistry key: "legs", "progression", "aggregate"
    QString output; // .png, .jpg/.jpeg, .svg or .pdf; "-" writes to standard output
    QString format; // "png", "jpg", "svg" or "pdf": needed for "-", else it must agree with the suffix
    QSize size; // invalid = the default size
    TieQuery query;
    QStringList files;
};

// Returns the process exit code: 0 written, 1 no tie matches, 2 bad arguments or the file
// cannot be written (the message says which path and why). Needs a QApplication (offscreen is fine).
int runChartCommand(const ChartCommand &command);

} // namespace tb
