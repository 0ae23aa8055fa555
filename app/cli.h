// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: its options, read without an application object, and the headless commands.
#pragma once

#include "chartcommand.h"
#include "chartexporter.h"
#include "rules.h"
#include "tableexport.h"
#include "tiequery.h"

#include <QFile>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace tb {

struct CommandLine
{
    enum class Mode : std::uint8_t {
        Gui, // no command: open the window on `files` (or the sample)
        Check, // --check
        ExportTable, // --export-table OUT
        ExportChart, // --export-chart KIND --output OUT
        Summary, // --summary [--format text|json]
        Help, // --help
        Version, // --version
        Invalid, // bad arguments: `error` says what is wrong
    };

    Mode mode = Mode::Gui;
    QStringList files; // "-" is standard input (loader::StdinPath)
    QString output; // --export-table's OUT, or --export-chart's --output; "-" is standard output
    QString format; // --format: csv or json, png, jpg, svg or pdf; empty = OUT's suffix; --summary: text or json
    QString chartKind; // a ChartRegistry key: "legs", "progression", "aggregate"
    QSize size; // --size; invalid = the chart's default
    TieQuery query; // --filter, --from, --to
    RuleSet rules = RuleSet::UefaByDate;
    QString error; // for Mode::Invalid, for a person

    ChartCommand chartCommand() const;
};

namespace cli {

// Exit codes shared by every headless command.
enum ExitCode : int {
    Success = 0,
    InputErrors = 1, // --check/--export-table: the files have errors; --export-chart: nothing matches
    Unusable = 2, // bad arguments, a file that cannot be read, an output that cannot be written
};

// Reads the arguments (program name first, as in QCoreApplication::arguments()). Needs no
// application object, so that main() can pick QCoreApplication or QApplication from the result;
// `error` and the --help texts are in the language of the translations installed at the time.
CommandLine parse(const QStringList &arguments);

// "--help" and "--version" output. They name the program, so they need an application object.
QString helpText();
QString versionText();

// Dates as accepted by --from/--to: yyyy-MM-dd or dd/MM/yyyy; invalid when neither.
QDate parseDate(const QString &text);
// "uefa", "always", "never", "no-extra-time".
std::optional<RuleSet> parseRules(const QString &text);
// "1200x800"; invalid when malformed, zero or beyond the largest image we draw.
QSize parseSize(const QString &text);

// OUT "-" writes to standard output, as FILE "-" reads standard input.
bool isStandardOutput(const QString &output);
// What messages call OUT: its name, or "standard output" for "-".
QString outputName(const QString &output);
// The format an export writes, from --format (`format`, empty when not given) and OUT together:
// "-" takes --format; a file name takes its suffix, which --format, when given, must agree with.
// nullopt and `error` set, for a person, when they do not or name no format.
std::optional<TableFormat> tableFormat(const QString &output, const QString &format, QString *error);
std::optional<ChartFormat> chartFormat(const QString &output, const QString &format, QString *error);

// Standard output as a device, for OUT "-": the writers that fill a file fill it the same way.
// There is no QSaveFile to cancel: what was written before a failure has gone out.
class StandardOutput
{
public:
    StandardOutput();
    StandardOutput(const StandardOutput &) = delete;
    StandardOutput &operator=(const StandardOutput &) = delete;

    bool isOpen() const { return m_file.isOpen(); }
    QIODevice &device() { return m_file; }
    // Pushes out what is buffered; false when that, or any write before, failed (see errorString()).
    bool finish();
    QString errorString() const { return m_file.errorString(); }

private:
    QFile m_file;
};

// --check: prints each diagnostic as "FILE:LINE:COLUMN: error|warning: MESSAGE" and a summary
// line per file (and a total for several files) to `out`. "error" and "warning" are English in
// every language; the message and the summary are translated. Returns an ExitCode.
int runCheck(const CommandLine &command, QTextStream &out);
// --export-table: reads the files, writes the table, reports problems and what was written to `err`.
int runExportTable(const CommandLine &command, QTextStream &err);

// --summary: reads the files, prints the summary of the ties the filters leave (TieSummary) as
// text or JSON to `out`, the files' problems to `err`. Returns an ExitCode, as --export-table does.
int runSummary(const CommandLine &command, QTextStream &out, QTextStream &err);

// Runs Help, Version, Invalid, Check, ExportTable and Summary on stdout/stderr; needs a QCoreApplication.
int runHeadless(const CommandLine &command);

} // namespace cli
} // namespace tb
