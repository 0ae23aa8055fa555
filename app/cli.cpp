// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: reads the options, and runs the headless commands --check, --export-table and --summary.
#include "cli.h"

#include "chartexporter.h"
#include "chartregistry.h"
#include "loader.h"
#include "rules.h"
#include "summaryoutput.h"
#include "tableexport.h"
#include "tiesummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <algorithm>

#include <unistd.h>

using namespace Qt::StringLiterals;

// The translation context of the command line's texts.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace tb {

ChartCommand CommandLine::chartCommand() const
{
    ChartCommand command;
    command.kind = chartKind;
    command.output = output;
    command.format = format;
    command.size = size;
    command.query = query;
    command.files = files;
    return command;
}

namespace cli {

namespace {

// The rule-set table's keys as a list, "a, b, c or d"; with their notes, as --help gives them.
QString ruleSetKeys(bool withNotes)
{
    QStringList items;
    for (const RuleSetInfo &info : rules::ruleSets()) {
        QString item = QLatin1StringView(info.key).toString();
        const QString note = rules::ruleSetCliNote(info.id);
        if (withNotes && !note.isEmpty())
            item += u" ("_s + note + u')';
        items << item;
    }
    if (items.size() < 2)
        return items.join(u", "_s);
    const QString last = items.takeLast();
    return withNotes ? Cli::tr("%1, or %2").arg(items.join(u", "_s), last)
                     : Cli::tr("%1 or %2").arg(items.join(u", "_s), last);
}

struct Options
{
    QCommandLineOption check{QStringLiteral("check"),
                             Cli::tr("Read the files, print every problem found and a "
                                     "summary to standard output; change nothing.")};
    QCommandLineOption exportTable{QStringLiteral("export-table"),
                                   Cli::tr("Write the ties as a table to OUT: CSV (.csv), JSON (.json) or a SQLite "
                                           "database (.sqlite, .db). OUT - writes CSV or JSON to standard output, "
                                           "in the --format given."),
                                   QStringLiteral("OUT")};
    QCommandLineOption exportChart{
        QStringLiteral("export-chart"),
        Cli::tr("Draw a chart without a window: %1. Needs --output.").arg(ChartRegistry::commandLineKinds()),
        QStringLiteral("KIND")};
    QCommandLineOption summary{QStringLiteral("summary"),
                               Cli::tr("Print a summary of the ties the filters leave to standard output: how "
                                       "they were decided, how often the club at home in the second leg went "
                                       "through, and the aggregate margins. As text, or JSON with --format json.")};
    QCommandLineOption output{QStringLiteral("output"),
                              Cli::tr("The image --export-chart writes: .png, .jpg, .svg or .pdf. "
                                      "OUT - writes to standard output, in the --format given."),
                              QStringLiteral("OUT")};
    QCommandLineOption format{QStringLiteral("format"),
                              Cli::tr("What OUT is written as: csv, json or sqlite for --export-table; png, jpg, "
                                      "svg or pdf for --export-chart. Needed when OUT is -; with a file name it "
                                      "must agree with the file's suffix. For --summary: text (the default) or "
                                      "json."),
                              QStringLiteral("FORMAT")};
    QCommandLineOption size{QStringLiteral("size"), Cli::tr("The exported chart's size in pixels, e.g. 1200x800."),
                            QStringLiteral("WxH")};
    QCommandLineOption filter{QStringLiteral("filter"),
                              Cli::tr("Only the ties of clubs whose name contains TEXT (case and accents "
                                      "do not matter)."),
                              QStringLiteral("TEXT")};
    QCommandLineOption from{QStringLiteral("from"),
                            Cli::tr("Only ties with a leg played on or after DATE (YYYY-MM-DD or DD/MM/YYYY)."),
                            QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"),
                          Cli::tr("Only ties with a leg played on or before DATE (YYYY-MM-DD or DD/MM/YYYY)."),
                          QStringLiteral("DATE")};
    QCommandLineOption rules{
        QStringLiteral("rules"),
        Cli::tr("The tie rules for --check, --export-table and --summary: %1.").arg(ruleSetKeys(true)),
        QStringLiteral("RULES"), QLatin1StringView(rules::ruleSetInfo(RuleSet::UefaByDate).key).toString()};
};

// Sets up `parser` with every option; `options` must outlive it.
void setUp(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        Cli::tr("Tie Browser: browse and check the results of two-legged football cup ties, read from "
                "worldfootball.net round tables, openfootball's Football.TXT seasons or engsoccerdata's "
                "champs.csv (told apart by their first lines).\n"
                "Without --check, --export-table, --export-chart or --summary, opens the window on FILE... "
                "(or the bundled sample).\n"
                "\n"
                "Exit codes: 0 done, 1 the files have errors (--export-chart: no tie matches), 2 bad arguments, a "
                "file that cannot be read or an output that cannot be written.\n"
                "--check and --summary print to standard output; the other commands, and --summary for the "
                "files' problems, report on standard error."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.check, options.exportTable, options.exportChart, options.summary, options.output,
                       options.format, options.size, options.filter, options.from, options.to, options.rules});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        Cli::tr("Results files to read (worldfootball.net round tables, Football.TXT "
                "seasons, engsoccerdata's champs.csv); - reads standard input (with --check, --export-table, "
                "--export-chart or --summary)."),
        QStringLiteral("[FILE...]"));
}

CommandLine invalid(const QString &error)
{
    CommandLine line;
    line.mode = CommandLine::Mode::Invalid;
    line.error = error;
    return line;
}

// What --format and OUT's name say for one kind of export, and the words for when they do not agree.
template<typename Format>
struct FormatWords
{
    std::optional<Format> (*byName)(const QString &);
    std::optional<Format> (*byPath)(const QString &);
    QString names; // the formats --format takes, for a person
    QString noSuffix; // OUT is a file name whose suffix names no format
    QString needsFormat; // OUT is "-" and --format is missing
};

template<typename Format>
std::optional<Format> outputFormat(const QString &output, const QString &format, const FormatWords<Format> &words,
                                   QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<Format>();
    };
    std::optional<Format> named;
    if (!format.isEmpty()) {
        named = words.byName(format);
        if (!named)
            return fail(Cli::tr("Unknown format \"%1\" for --format: use %2.").arg(format, words.names));
    }
    if (isStandardOutput(output))
        return named ? named : fail(words.needsFormat);
    const std::optional<Format> bySuffix = words.byPath(output);
    if (!bySuffix)
        return fail(words.noSuffix);
    // A script that says both and means two things has a mistake in it; better to say so.
    if (named && *named != *bySuffix)
        return fail(Cli::tr("--format %1 does not agree with the file name \"%2\": leave out --format, or name "
                            "a file that ends in .%1.")
                        .arg(format.toLower(), output));
    return bySuffix;
}

QString fileLabel(const TieSet &set, std::uint16_t file)
{
    return file < set.files.size() ? set.files[file].path : QString();
}

// Texts with a number: English needs a singular; a translation may give the plural forms its own way.
QString countText(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

// "FILE:LINE:COLUMN: error: MESSAGE"; the line and column are left out when they are 0 (the
// whole file, the whole line), as compilers do.
QString diagnosticText(const TieSet &set, const Diagnostic &d)
{
    QString where = fileLabel(set, d.file);
    if (d.line > 0) {
        where += u':' + QString::number(d.line);
        if (d.column > 0)
            where += u':' + QString::number(d.column);
    }
    // The severity stays English in every language, as compilers keep it for editors and scripts
    // matching "FILE:LINE:COL: error: "; the message after it is the user's language.
    const auto severity = d.severity == Severity::Error ? "error"_L1
        : d.severity == Severity::Warning               ? "warning"_L1
                                                        : "note"_L1;
    return where + u": " + severity + u": " + d.message;
}

struct Loaded
{
    TieSet set;
    bool unreadable = false;
};

// Through the one loading route, as the window and --export-chart read.
Loaded load(const CommandLine &command)
{
    ReadOptions options;
    options.rules = command.rules;
    loader::Loaded files = loader::loadFiles(command.files, options);
    Loaded loaded;
    loaded.set = std::move(files.set);
    loaded.unreadable = !files.unreadable.isEmpty();
    return loaded;
}

// What the filters leave: the selected ties, and the diagnostics still worth showing.
struct Selection
{
    std::vector<int> ties;
    std::vector<char> selected; // per tie in set.ties
    std::vector<const Diagnostic *> diagnostics; // in file and line order
};

Selection select(const TieSet &set, const TieQuery &query)
{
    Selection s;
    if (query.isEmpty()) {
        s.ties.resize(set.ties.size());
        for (std::size_t i = 0; i < set.ties.size(); ++i)
            s.ties[i] = int(i);
    } else {
        s.ties = query.select(set);
    }
    s.selected.assign(set.ties.size(), 0);
    for (const int i : s.ties)
        s.selected[std::size_t(i)] = 1;

    // An error means its tie was not loaded, and a diagnostic on line 0 is about the whole file:
    // those always show. A warning on a line belongs to the loaded tie whose lines include it
    // (tiesOfDiagnostics(), as in the Problems pane), and shows only when that tie does.
    const std::vector<int> owners = query.isEmpty() ? std::vector<int>() : tiesOfDiagnostics(set);
    for (std::size_t i = 0; i < set.diagnostics.size(); ++i) {
        const Diagnostic &d = set.diagnostics[i];
        bool show = true;
        if (d.severity == Severity::Warning && d.line > 0 && !query.isEmpty() && owners[i] >= 0)
            show = s.selected[std::size_t(owners[i])] != 0;
        if (show)
            s.diagnostics.push_back(&d);
    }
    return s;
}

struct Counts
{
    int ties = 0;
    int allTies = 0;
    int errors = 0;
    int warnings = 0;
};

QString summaryText(const QString &label, const Counts &c, bool filtered)
{
    QString ties = countText(c.ties, Cli::tr("1 tie"), Cli::tr("%1 ties"));
    if (filtered)
        ties += u' ' + Cli::tr("(of %1)").arg(c.allTies);
    return Cli::tr("%1: %2, %3, %4")
        .arg(label, ties, countText(c.errors, Cli::tr("1 error"), Cli::tr("%1 errors")),
             countText(c.warnings, Cli::tr("1 warning"), Cli::tr("%1 warnings")));
}

// Prints the diagnostics the filters leave, file by file, each file followed by its summary.
// Returns the totals.
Counts report(const TieSet &set, const Selection &s, const TieQuery &query, QTextStream &out, bool summaries)
{
    std::vector<Counts> perFile(set.files.size());
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        const std::uint16_t file = set.ties[i].file;
        if (file >= perFile.size())
            continue;
        ++perFile[file].allTies;
        if (s.selected[i])
            ++perFile[file].ties;
    }

    Counts total;
    std::size_t next = 0;
    for (std::size_t file = 0; file < set.files.size(); ++file) {
        Counts &c = perFile[file];
        for (; next < s.diagnostics.size() && s.diagnostics[next]->file <= file; ++next) {
            const Diagnostic &d = *s.diagnostics[next];
            out << diagnosticText(set, d) << '\n';
            if (d.severity != Severity::Note)
                (d.severity == Severity::Error ? c.errors : c.warnings) += 1;
        }
        if (summaries)
            out << summaryText(set.files[file].path, c, !query.isEmpty()) << '\n';
        total.ties += c.ties;
        total.allTies += c.allTies;
        total.errors += c.errors;
        total.warnings += c.warnings;
    }
    // Diagnostics of a file index beyond the list would be a parser bug; still show them.
    for (; next < s.diagnostics.size(); ++next) {
        out << diagnosticText(set, *s.diagnostics[next]) << '\n';
        if (s.diagnostics[next]->severity != Severity::Note)
            (s.diagnostics[next]->severity == Severity::Error ? total.errors : total.warnings) += 1;
    }
    if (summaries && set.files.size() > 1)
        out << summaryText(Cli::tr("total"), total, !query.isEmpty()) << '\n';
    out.flush();
    return total;
}

} // namespace

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate date = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        date = QDate::fromString(t, QStringLiteral("d/M/yyyy"));
    return date;
}

std::optional<RuleSet> parseRules(const QString &text)
{
    return rules::ruleSetFromKey(text);
}

QSize parseSize(const QString &text)
{
    const QString t = text.trimmed().toLower();
    const qsizetype x = t.indexOf(u'x');
    if (x <= 0)
        return {};
    bool okW = false;
    bool okH = false;
    const int w = t.left(x).toInt(&okW);
    const int h = t.mid(x + 1).toInt(&okH);
    if (!okW || !okH || !ChartSizeLimits::fits(QSize(w, h)))
        return {};
    return QSize(w, h);
}

bool isStandardOutput(const QString &output)
{
    return output == u'-';
}

QString outputName(const QString &output)
{
    return isStandardOutput(output) ? Cli::tr("standard output") : QDir::toNativeSeparators(output);
}

std::optional<TableFormat> tableFormat(const QString &output, const QString &format, QString *error)
{
    const FormatWords<TableFormat> words{
        tableexport::formatForName, tableexport::formatForPath, Cli::tr("csv, json or sqlite"),
        Cli::tr("Cannot write the table to \"%1\": the file name must end in .csv, .json, .sqlite or .db.").arg(output),
        Cli::tr("--export-table - writes to standard output: say how, with --format csv or --format json.")};
    const std::optional<TableFormat> chosen = outputFormat(output, format, words, error);
    // A database is a file that SQLite writes and reads back by name, not a stream.
    if (chosen && isStandardOutput(output) && !tableexport::isStreamFormat(*chosen)) {
        if (error)
            *error = Cli::tr(
                "--export-table - writes CSV or JSON: a SQLite database needs a file name (.sqlite or .db).");
        return std::nullopt;
    }
    return chosen;
}

std::optional<ChartFormat> chartFormat(const QString &output, const QString &format, QString *error)
{
    const FormatWords<ChartFormat> words{
        ChartExporter::formatForName, ChartExporter::formatForPath, Cli::tr("png, jpg, svg or pdf"),
        Cli::tr("Cannot write the chart to %1: the file name must end in .png, .jpg, .jpeg, .svg or .pdf.")
            .arg(QDir::toNativeSeparators(output)),
        Cli::tr("--output - writes to standard output: say how, with --format png, jpg, svg or pdf.")};
    return outputFormat(output, format, words, error);
}

StandardOutput::StandardOutput()
{
    // Qt's buffer gathers the image writers' small writes; finish() pushes out the rest. The
    // descriptor stays open: it is the process's.
    m_file.open(STDOUT_FILENO, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
}

bool StandardOutput::finish()
{
    return m_file.isOpen() && m_file.flush() && m_file.error() == QFileDevice::NoError;
}

CommandLine parse(const QStringList &arguments)
{
    const Options o;
    QCommandLineParser parser;
    setUp(parser, o);
    if (!parser.parse(arguments))
        return invalid(parser.errorText());

    CommandLine line;
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        line.mode = CommandLine::Mode::Help;
        return line;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        line.mode = CommandLine::Mode::Version;
        return line;
    }

    const int commands = int(parser.isSet(o.check)) + int(parser.isSet(o.exportTable))
        + int(parser.isSet(o.exportChart)) + int(parser.isSet(o.summary));
    if (commands > 1)
        return invalid(Cli::tr("Choose one of --check, --export-table, --export-chart and --summary."));
    if (parser.isSet(o.check))
        line.mode = CommandLine::Mode::Check;
    else if (parser.isSet(o.exportTable))
        line.mode = CommandLine::Mode::ExportTable;
    else if (parser.isSet(o.exportChart))
        line.mode = CommandLine::Mode::ExportChart;
    else if (parser.isSet(o.summary))
        line.mode = CommandLine::Mode::Summary;
    line.files = parser.positionalArguments();
    line.format = parser.value(o.format);

    // Options that would silently do nothing are refused, so that a typo in a script shows.
    if (parser.isSet(o.format) && line.mode != CommandLine::Mode::ExportTable
        && line.mode != CommandLine::Mode::ExportChart && line.mode != CommandLine::Mode::Summary)
        return invalid(Cli::tr("--format goes with --export-table, --export-chart or --summary."));
    if (line.mode != CommandLine::Mode::ExportChart) {
        for (const QCommandLineOption *option : {&o.output, &o.size}) {
            if (parser.isSet(*option))
                return invalid(Cli::tr("--%1 goes with --export-chart.").arg(option->names().constFirst()));
        }
    }
    if (line.mode == CommandLine::Mode::Gui) {
        for (const QCommandLineOption *option : {&o.filter, &o.from, &o.to, &o.rules}) {
            if (parser.isSet(*option))
                return invalid(Cli::tr("--%1 goes with --check, --export-table, --export-chart or --summary.")
                                   .arg(option->names().constFirst()));
        }
        // The window reads its files again when they change; standard input cannot be.
        if (line.files.contains(loader::StdinPath))
            return invalid(Cli::tr("- (standard input) goes with --check, --export-table, --export-chart or "
                                   "--summary; for a file called \"-\", write ./-"));
        return line;
    }
    if (line.mode == CommandLine::Mode::ExportChart && parser.isSet(o.rules))
        return invalid(Cli::tr("--rules goes with --check, --export-table and --summary; charts use the UEFA rules."));

    if (line.files.isEmpty())
        return invalid(Cli::tr("No file given: name one or more results files."));
    if (line.files.count(loader::StdinPath) > 1)
        return invalid(Cli::tr("- (standard input) is named more than once: it can be read only once."));

    const std::optional<RuleSet> rules = parseRules(parser.value(o.rules));
    if (!rules)
        return invalid(
            Cli::tr("Unknown rules \"%1\" for --rules: use %2.").arg(parser.value(o.rules), ruleSetKeys(false)));
    line.rules = *rules;

    line.query.clubText = parser.value(o.filter);
    for (const auto &[option, date] : {std::pair{&o.from, &line.query.from}, std::pair{&o.to, &line.query.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = parseDate(parser.value(*option));
        if (!date->isValid())
            return invalid(Cli::tr("Invalid date \"%1\" for --%2: use YYYY-MM-DD or DD/MM/YYYY, e.g. 2012-07-05.")
                               .arg(parser.value(*option), option->names().constFirst()));
    }
    if (line.query.from.isValid() && line.query.to.isValid() && line.query.from > line.query.to)
        return invalid(Cli::tr("--from %1 is after --to %2: no tie could match.")
                           .arg(line.query.from.toString(Qt::ISODate), line.query.to.toString(Qt::ISODate)));

    if (line.mode == CommandLine::Mode::Summary) {
        if (!summaryoutput::formatForName(line.format.isEmpty() ? u"text"_s : line.format))
            return invalid(Cli::tr("Unknown format \"%1\" for --summary: use text or json.").arg(line.format));
    } else if (line.mode == CommandLine::Mode::ExportTable) {
        line.output = parser.value(o.exportTable);
        QString error;
        if (!tableFormat(line.output, line.format, &error))
            return invalid(error);
    } else if (line.mode == CommandLine::Mode::ExportChart) {
        line.chartKind = parser.value(o.exportChart);
        if (!ChartRegistry::find(line.chartKind))
            return invalid(Cli::tr("Unknown chart \"%1\" for --export-chart: use %2.")
                               .arg(line.chartKind, ChartRegistry::keyList()));
        if (!parser.isSet(o.output) || parser.value(o.output).isEmpty())
            return invalid(Cli::tr("--export-chart needs --output OUT (.png, .jpg, .svg or .pdf)."));
        line.output = parser.value(o.output);
        QString error;
        if (!chartFormat(line.output, line.format, &error))
            return invalid(error);
        if (parser.isSet(o.size)) {
            line.size = parseSize(parser.value(o.size));
            if (!line.size.isValid())
                return invalid(Cli::tr("Invalid size \"%1\" for --size: use WIDTHxHEIGHT in pixels, e.g. 1200x800, "
                                       "each from 1 to %2.")
                                   .arg(parser.value(o.size))
                                   .arg(ChartSizeLimits::MaxSide));
        }
    }
    return line;
}

QString helpText()
{
    const Options o;
    QCommandLineParser parser;
    setUp(parser, o);
    return parser.helpText();
}

QString versionText()
{
    return QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
}

int runCheck(const CommandLine &command, QTextStream &out)
{
    const Loaded loaded = load(command);
    const Selection selection = select(loaded.set, command.query);
    const Counts total = report(loaded.set, selection, command.query, out, true);
    if (loaded.unreadable)
        return Unusable;
    return total.errors > 0 ? InputErrors : Success;
}

int runExportTable(const CommandLine &command, QTextStream &err)
{
    const auto fail = [&err](const QString &message) {
        err << message << '\n';
        err.flush();
        return Unusable;
    };
    QString error;
    const std::optional<TableFormat> format = tableFormat(command.output, command.format, &error);
    if (!format)
        return fail(error);

    const Loaded loaded = load(command);
    const Selection selection = select(loaded.set, command.query);
    const Counts total = report(loaded.set, selection, command.query, err, false);
    // Half of the asked files would pass for all of them; better write nothing.
    if (loaded.unreadable)
        return fail(Cli::tr("Nothing written to %1: a file could not be read.").arg(outputName(command.output)));
    if (isStandardOutput(command.output)) {
        StandardOutput out;
        if (!out.isOpen() || !tableexport::writeTable(out.device(), loaded.set, selection.ties, *format)
            || !out.finish())
            return fail(Cli::tr("Cannot write the table to standard output: %1").arg(out.errorString()));
    } else if (!tableexport::writeTable(command.output, loaded.set, selection.ties, &error)) {
        return fail(error);
    }
    const QString written = outputName(command.output);
    err << (selection.ties.size() == 1 ? Cli::tr("Wrote 1 tie to %1.").arg(written)
                                       : Cli::tr("Wrote %1 ties to %2.").arg(selection.ties.size()).arg(written))
        << '\n';
    err.flush();
    return total.errors > 0 ? InputErrors : Success;
}

int runSummary(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    const std::optional<SummaryFormat> format = summaryoutput::formatForName(command.format.isEmpty() ? u"text"_s
                                                                                                      : command.format);
    if (!format) {
        err << Cli::tr("Unknown format \"%1\" for --summary: use text or json.").arg(command.format) << '\n';
        err.flush();
        return Unusable;
    }
    const Loaded loaded = load(command);
    const Selection selection = select(loaded.set, command.query);
    // The problems go to standard error, so that standard output is the summary alone.
    const Counts total = report(loaded.set, selection, command.query, err, false);
    // A summary of half the files asked for would pass for all of them.
    if (loaded.unreadable) {
        err << Cli::tr("No summary printed: a file could not be read.") << '\n';
        err.flush();
        return Unusable;
    }
    const TieSummary summary = TieSummary::of(loaded.set, selection.ties);
    const int allTies = int(loaded.set.ties.size());
    if (*format == SummaryFormat::Json)
        out << QString::fromUtf8(summaryoutput::json(summary, allTies));
    else
        out << summaryoutput::text(summary, allTies);
    out.flush();
    return total.errors > 0 ? InputErrors : Success;
}

int runHeadless(const CommandLine &command)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (command.mode) {
    case CommandLine::Mode::Help: out << helpText(); return Success;
    case CommandLine::Mode::Version: out << versionText() << '\n'; return Success;
    case CommandLine::Mode::Invalid:
        err << QCoreApplication::applicationName() << ": " << command.error << '\n'
            << Cli::tr("Try \"%1 --help\" for the options.").arg(QCoreApplication::applicationName()) << '\n';
        return Unusable;
    case CommandLine::Mode::Check: return runCheck(command, out);
    case CommandLine::Mode::ExportTable: return runExportTable(command, err);
    case CommandLine::Mode::Summary: return runSummary(command, out, err);
    case CommandLine::Mode::Gui:
    case CommandLine::Mode::ExportChart: break;
    }
    err << Cli::tr("internal error: not a headless command") << '\n';
    return Unusable;
}

} // namespace cli
} // namespace tb
