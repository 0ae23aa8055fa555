// SPDX-License-Identifier: GPL-3.0-or-later
// The headless chart export: read the files, pick the ties, draw one chart offscreen, write it to a file or standard output.
#include "chartcommand.h"

#include "chartexporter.h"
#include "chartregistry.h"
#include "cli.h"
#include "loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextDocumentFragment>
#include <QTextStream>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace tb {
namespace {

// The exit codes are the command line's (cli::ExitCode), named for what they mean here.
constexpr int Written = cli::Success;
constexpr int NothingMatches = cli::InputErrors;
constexpr int BadArguments = cli::Unusable;

struct ChartCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)
};

void complain(const QString &message)
{
    QTextStream err(stderr);
    err << QCoreApplication::applicationName() << u": "_s << message << u'\n';
}

} // namespace

int runChartCommand(const ChartCommand &command)
{
    // Everything that can be checked without reading the files comes first.
    const ChartKind *kind = ChartRegistry::find(command.kind);
    if (!kind) {
        complain(ChartCommandText::tr("Unknown chart \"%1\": use %2.").arg(command.kind, ChartRegistry::keyList()));
        return BadArguments;
    }
    QString error;
    const std::optional<ChartFormat> format = cli::chartFormat(command.output, command.format, &error);
    if (!format) {
        complain(error);
        return BadArguments;
    }
    const QSize size = command.size.isValid() ? command.size : ChartSizeLimits::Default;
    if (!ChartSizeLimits::fits(size)) {
        complain(ChartCommandText::tr("Invalid size %1x%2: each side must be from 1 to %3 pixels.")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(ChartSizeLimits::MaxSide));
        return BadArguments;
    }
    if (command.files.isEmpty()) {
        complain(ChartCommandText::tr("No file given: name one or more results files."));
        return BadArguments;
    }

    // Through the one loading route, as the window and --check read; a file that cannot be read
    // is named with the reason every caller gives.
    loader::Loaded loaded = loader::loadFiles(command.files);
    for (const LoadFailure &failure : std::as_const(loaded.unreadable)) {
        // "FILE: why", as --check words it; the reason does not name the file again.
        complain(ChartCommandText::tr("%1: %2").arg(QDir::toNativeSeparators(failure.path),
                                                    failure.reason.isEmpty() ? ChartCommandText::tr("unreadable")
                                                                             : failure.reason));
    }
    const bool unreadable = !loaded.unreadable.isEmpty();
    auto set = std::make_shared<TieSet>(std::move(loaded.set));
    if (unreadable)
        return BadArguments;

    std::vector<int> ties = command.query.select(*set);
    if (ties.empty()) {
        complain(ChartCommandText::tr("No tie matches the filters; nothing written to %1.")
                     .arg(cli::outputName(command.output)));
        return NothingMatches;
    }

    // A chart of one tie draws the first the filters leave; a chart of rows draws them all.
    ShownTies shown;
    shown.current = kind->draws == ChartKind::Draws::OneTie ? ties.front() : -1;
    shown.rows = std::move(ties);
    shown.set = std::move(set);
    shown.clubText = command.query.clubText;
    const std::unique_ptr<TieChart> chart = kind->make();
    chart->showTies(shown);
    chart->fitForExport(size, nullptr);

    ChartExportOptions options;
    options.size = size;
    // The title without its markup, for the SVG and PDF metadata.
    options.title = QTextDocumentFragment::fromHtml(chart->title().replace(u"<br>"_s, u" \u2013 "_s)).toPlainText();
    if (cli::isStandardOutput(command.output)) {
        cli::StandardOutput out;
        QString reason; // the writer's, else the device's
        if (!out.isOpen() || !ChartExporter::write(chart.get(), out.device(), *format, options, &reason)
            || !out.finish()) {
            if (reason.isEmpty())
                reason = out.errorString();
            complain(ChartCommandText::tr("Cannot write the chart to standard output: %1").arg(reason));
            return BadArguments;
        }
    } else if (!ChartExporter::write(chart.get(), command.output, options, &error)) {
        complain(error);
        return BadArguments;
    }
    return Written;
}

} // namespace tb
