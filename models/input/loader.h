// SPDX-License-Identifier: GPL-3.0-or-later
// The one loading route from a file or bytes to evaluated ties: the GUI's worker thread, --check, --export-table and --export-chart all read through here.
#pragma once

#include "bytesource.h"
#include "rules.h"
#include "textlines.h"
#include "tieset.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <vector>

namespace tb {

struct ReadOptions
{
    RuleSet rules = RuleSet::UefaByDate;
    // Evaluate the rules after reading (every caller wants that); off, the ties have only what
    // reading found and rules::evaluate() can be called later.
    bool evaluateRules = true;
    // Called now and then with (bytes done, bytes total); may be empty.
    std::function<void(qint64, qint64)> progress;
    // Set to true from another thread to stop reading; the result is then incomplete and `cancelled`.
    const std::atomic_bool *cancel = nullptr;
    // Bytes read from the file at a time; the file is never held whole. Small enough to stay in
    // the core's cache between the copy from the kernel and the scan for lines (512 KiB read a
    // million ties faster than 4 MiB did). Tests make it tiny to exercise lines split across chunks.
    qint64 chunkSize = qint64(512) << 10;
    // A large file (or bytes in memory) is read in this many pieces at once, cut at tie
    // boundaries, one thread each; 0: one per core, 1: in one piece. The result is the same.
    int pieces = 0;
    // Each piece is at least this long, so that a small file is read in one piece (threads would
    // cost more than they save). Tests make it tiny to read small files in pieces.
    qint64 minPieceBytes = qint64(8) << 20;
};

struct ReadResult
{
    bool readable = true; // false: the file could not be opened/read (see the file-level diagnostic)
    bool cancelled = false;
    int pieces = 1; // how many pieces it was read in, each by a thread of its own
};

// A file that was asked for but not loaded; what was loaded before stays as it was.
struct LoadFailure
{
    QString path;
    QString displayName;
    QString reason; // translated, for a person: why nothing was taken from this file
    std::vector<Diagnostic> diagnostics; // what reading said about it (file index 0)
};

namespace loader {

// A diagnostic with Severity::Error means the tie it belongs to was not loaded (or the line was
// not part of any tie); a warning means the tie was loaded and may deserve a second look.

// The path that stands for standard input ("-", as for most Unix tools) and the name
// diagnostics, summaries and tables give it. The name is not translated: scripts read
// "<stdin>:4:12: error: ..." as they read a file's lines.
inline constexpr QLatin1StringView StdinPath("-");
inline constexpr QLatin1StringView StdinName("<stdin>");
bool isStdin(const QString &path);

// Reads `source` and appends its ties and diagnostics to `set` as a new SourceFile called
// `path` (what messages call it). The one reading loop: files and bytes both come here.
ReadResult read(ByteSource &source, const QString &path, TieSet &set, const ReadOptions &options = {});
// Reads the file at `path`; streams it in chunks: memory is the ties, not the file. StdinPath
// reads standard input to its end, under the name StdinName; it can be read only once.
ReadResult readFile(const QString &path, TieSet &set, const ReadOptions &options = {});
// Same for bytes already in memory; `name` is what diagnostics call the file.
ReadResult readBytes(const QByteArray &bytes, const QString &name, TieSet &set, const ReadOptions &options = {});

// What tables and messages call a file: its name, "… (sample)" for the bundled sample, or
// "Pasted round N" for a pasted one.
QString samplePath();
QString displayNameFor(const QString &path);

// One spelling of a path, so that the same file named two ways ("a.txt", "./a.txt") is the same
// source: absolute and clean; a path that is no file on disk (the sample, a pasted round) as it is.
QString normalizedPath(const QString &path);

// A round pasted or dropped as text has no file: the set names it by this path, which starts
// with a colon like the sample's so that nothing looks for it on disk.
QString pastedPath(int number);
bool isPastedPath(const QString &path);

// One file, read on its own, with the verdict every caller words the same way.
struct FileLoad
{
    TieSet set; // that file alone (one SourceFile), evaluated
    ReadResult result;
    QString failure; // translated: why nothing can be taken (unreadable, or no ties); empty when it has ties
    bool taken() const { return failure.isEmpty(); }
    LoadFailure toFailure() &&; // moves the diagnostics out
};
FileLoad loadFile(const QString &path, const ReadOptions &options = {});
// The same verdict for bytes in memory (a pasted round), called `path` in the set.
FileLoad loadBytes(const QByteArray &bytes, const QString &path, const ReadOptions &options = {});

// Several files into one set, in the order given, as the command line reads them: every file
// is in the set (those without ties too: their diagnostics say why); `unreadable` has one
// entry for each file that could not be read.
struct Loaded
{
    TieSet set;
    QList<LoadFailure> unreadable;
};
Loaded loadFiles(const QStringList &paths, const ReadOptions &options = {});

} // namespace loader
} // namespace tb
