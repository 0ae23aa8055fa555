// SPDX-License-Identifier: GPL-3.0-or-later
// tiebench: speed and memory figures on a synthetic round table, one "name: value unit" per line.
#include "bench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // The chart and window figures need a QApplication, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tiebench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "tiebench",
        "Measures reading, filtering, sorting, charting and opening in the window a synthetic file of N "
        "two-legged ties."));
    parser.addHelpOption();
    const QCommandLineOption tiesOption(
        u"ties"_s, QCoreApplication::translate("tiebench", "Number of ties (default 1000000)."), u"N"_s, u"1000000"_s);
    const QCommandLineOption onlyOption(
        u"only"_s, QCoreApplication::translate("tiebench", "Run one group only: parse, model, chart or gui."),
        u"group"_s);
    const QCommandLineOption keepOption(
        u"keep"_s, QCoreApplication::translate("tiebench", "Write the synthetic file to FILE and keep it."), u"FILE"_s);
    const QCommandLineOption writeOnlyOption(
        u"write-only"_s,
        QCoreApplication::translate("tiebench", "Write the synthetic file (--keep FILE) and exit without measuring."));
    parser.addOptions({tiesOption, onlyOption, keepOption, writeOnlyOption});
    parser.process(app);

    bool ok = false;
    tb::bench::Context context;
    context.ties = parser.value(tiesOption).toInt(&ok);
    if (!ok || context.ties < 1) {
        std::fprintf(stderr, "tiebench: --ties needs a positive number\n");
        return 2;
    }
    const QString only = parser.value(onlyOption);
    if (!only.isEmpty() && only != u"parse"_s && only != u"model"_s && only != u"chart"_s && only != u"gui"_s) {
        std::fprintf(stderr, "tiebench: --only takes parse, model, chart or gui\n");
        return 2;
    }

    if (parser.isSet(writeOnlyOption) && !parser.isSet(keepOption)) {
        std::fprintf(stderr, "tiebench: --write-only needs --keep FILE\n");
        return 2;
    }

    QTemporaryDir scratch;
    if (parser.isSet(keepOption)) {
        context.syntheticFile = QFileInfo(parser.value(keepOption)).absoluteFilePath();
    } else {
        if (!scratch.isValid()) {
            std::fprintf(stderr, "tiebench: cannot create a temporary folder\n");
            return 2;
        }
        context.syntheticFile = scratch.filePath(u"synthetic.txt"_s);
    }

    QElapsedTimer timer;
    timer.start();
    tb::bench::writeSyntheticFile(context.syntheticFile, context.ties);
    std::fprintf(stderr, "tiebench: wrote %d ties (%.1f MB) to %s in %.1f s\n", context.ties,
                 double(QFileInfo(context.syntheticFile).size()) / 1e6, qPrintable(context.syntheticFile),
                 double(timer.elapsed()) / 1000.0);
    if (parser.isSet(writeOnlyOption))
        return 0;

    if (only.isEmpty() || only == u"parse"_s)
        tb::bench::runParseBenchmarks(context);
    if (only.isEmpty() || only == u"model"_s)
        tb::bench::runModelBenchmarks(context);
    if (only.isEmpty() || only == u"chart"_s)
        tb::bench::runChartBenchmarks(context);
    if (only.isEmpty() || only == u"gui"_s)
        tb::bench::runGuiBenchmarks(context);
    return 0;
}
