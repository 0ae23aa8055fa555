// SPDX-License-Identifier: GPL-3.0-or-later
// The loading route: one loop from a byte source through text lines and a reader to ties, then the rules; one wording of failures.
#include "loader.h"

#include "pieces.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <optional>
#include <thread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tb::loader {

namespace {

// The shortest real tie takes well over 100 bytes (three labels, two dates, three names).
constexpr qint64 MinBytesPerTie = 100;

// The reading texts, in the context they always had.
struct ReadText
{
    Q_DECLARE_TR_FUNCTIONS(Parser)
};

// The verdicts, in TieLoader's translation context (which lupdate sees this way).
struct LoadText
{
    Q_DECLARE_TR_FUNCTIONS(tb::TieLoader)
};

QString noTiesPrefix()
{
    return ReadText::tr("no ties found");
}

// The verdict on input without ties. `claimed`: the format that recognised the input (its first
// lines), or null when none did: the input is then in neither format, and the message says
// what both look like.
QString noTiesMessage(const ReaderFormat *claimed)
{
    if (claimed)
        return ReadText::tr("%1 in %2").arg(noTiesPrefix(), claimed->describe());
    QStringList formats;
    for (const ReaderFormat &format : readerFormats())
        formats << format.describe();
    return ReadText::tr("%1: this is in none of the formats Tie Browser reads, %2")
        .arg(noTiesPrefix(), formats.join(ReadText::tr("; nor ")));
}

// Whether `d` is the verdict of noTiesMessage(), which is not itself the reason for it.
bool isNoTies(const Diagnostic &d)
{
    return d.line == 1 && d.column == 1 && d.message.startsWith(noTiesPrefix());
}

// One file's part of the set while it is read: its entry, and its diagnostics put in order.
struct FileScope
{
    TieSet &set;
    std::size_t firstTie;
    std::size_t firstDiagnostic;
    std::uint16_t index;

    FileScope(TieSet &s, const QString &path)
        : set(s)
        , firstTie(s.ties.size())
        , firstDiagnostic(s.diagnostics.size())
        , index(std::uint16_t(s.files.size()))
    {
        SourceFile file;
        file.path = path;
        file.displayName = displayNameFor(path);
        if (file.displayName.isEmpty())
            file.displayName = path;
        set.files.push_back(std::move(file));
    }

    void report(Severity severity, const QString &message, std::uint32_t line = 0, std::uint32_t column = 0)
    {
        ReadContext(set, index).report(severity, line, column, message);
    }

    // The verdict on a file without ties comes first among its diagnostics, ahead of the lines
    // that say why: it is the file's error, at its start, where an editor jumps to.
    void reportNoTies(const ReaderFormat *claimed)
    {
        report(Severity::Error, noTiesMessage(claimed), 1, 1);
        std::rotate(set.diagnostics.begin() + std::ptrdiff_t(firstDiagnostic), set.diagnostics.end() - 1,
                    set.diagnostics.end());
    }

    // Puts the file's diagnostics in line order (a reader may report a tie's problem when a
    // later line is read) and counts them.
    void close()
    {
        auto begin = set.diagnostics.begin() + std::ptrdiff_t(firstDiagnostic);
        std::stable_sort(begin, set.diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
        SourceFile &file = set.files[index];
        file.tieCount = int(set.ties.size() - firstTie);
        file.errorCount = file.warningCount = file.noteCount = 0;
        for (auto it = begin; it != set.diagnostics.end(); ++it)
            file.count(it->severity);
    }
};

// `openFailure`: the source could not be opened; the file is then listed with that error.
ReadResult readFrom(ByteSource &source, const QString &path, TieSet &set, const ReadOptions &options,
                    const QString &openFailure)
{
    ReadResult result;
    FileScope scope(set, path);
    const auto finish = [&] {
        scope.close();
        if (options.evaluateRules)
            rules::evaluate(set, options.rules, scope.index);
        return result;
    };
    if (!openFailure.isEmpty()) {
        scope.report(Severity::Error, openFailure);
        result.readable = false;
        return finish();
    }

    const qint64 total = source.size();
    const std::size_t expected = std::size_t(total / MinBytesPerTie) + 16;
    reserveInHugePages(set.ties, expected);
    ReadContext context(set, scope.index);
    TextLines lines(context);
    qint64 done = 0;
    if (options.progress)
        options.progress(0, total);
    while (true) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        const char *data = nullptr;
        const qint64 n = source.next(data);
        if (n < 0) {
            scope.report(Severity::Error,
                         (path == StdinName ? ReadText::tr("standard input cannot be read: %1")
                                            : ReadText::tr("the file cannot be read: %1"))
                             .arg(source.errorString()));
            result.readable = false;
            return finish();
        }
        if (n == 0)
            break;
        lines.feed(data, n);
        done += n;
        if (options.progress) // once per chunk: every 512 KiB by default
            options.progress(done, std::max(total, done));
    }
    if (!result.cancelled) {
        lines.finish();
        if (options.progress)
            options.progress(done, std::max(total, done));
        if (set.ties.size() == scope.firstTie)
            scope.reportNoTies(context.formatClaimed() ? context.format() : nullptr);
    }
    return finish();
}

// The few bytes the encoding and the format are told by, as TextLines takes them.
constexpr qint64 HeadBytes = TextLines::HeadBytes;

// While the other pieces are still being read, the memory their ties will take in `set` is made
// ready, as many as the first piece's `firstTies` in its `firstBytes` of the `total` let expect:
// joining them would otherwise wait for the kernel to provide it, page by page, on one thread.
// A fresh page costs more than the tie written to it on a virtual machine (a million ties: 36 MB
// for the second piece, made ready in about 4 ms; the join then took 6-8 ms instead of 9-50).
void prepareForPieces(TieSet &set, std::size_t firstTies, qint64 firstBytes, qint64 total)
{
    const auto expected = std::size_t(double(firstTies) * double(total - firstBytes)
                                      / double(std::max<qint64>(1, firstBytes)));
    reserveInHugePages(set.ties, expected);
    populateForWriting(set.ties.data() + set.ties.size(),
                       std::min(expected, set.ties.capacity() - set.ties.size()) * sizeof(Tie));
}

// Reads `input` in pieces, one thread each, when it is large, UTF-8 and of a format that can be
// cut (ReaderFormat::pieceStart), into `set` (empty: a file read on its own). The result is what
// reading it in one piece gives, tie for tie and message for message. Returns false, the set
// untouched, when the input is to be read in one piece after all: too small, UTF-16, a format
// that cannot be cut, no place to cut, or something only one reader sees whole (text that is
// not UTF-8, more unreadable lines than are listed, a read error).
bool readInPieces(const pieces::Input &input, const QString &path, TieSet &set, const ReadOptions &options,
                  ReadResult &result)
{
    const int wanted = options.pieces > 0 ? options.pieces : int(std::max(1U, std::thread::hardware_concurrency()));
    const qint64 total = input.size();
    if (wanted < 2 || !set.files.empty() || total < 2 * std::max<qint64>(1, options.minPieceBytes))
        return false;
    // The format TextLines would choose; UTF-16 is never cut (no first leg's ASCII bytes are found
    // in it), and a piece that meets it has the input read again in one piece.
    const QByteArray head = input.bytesAt(0, HeadBytes);
    const ReaderFormat &format = formatFor(head);
    const int count = int(std::min<qint64>(wanted, total / std::max<qint64>(1, options.minPieceBytes)));
    const std::vector<qint64> starts = pieces::startsOfPieces(input, format, count);
    if (starts.empty())
        return false;

    struct Piece
    {
        qint64 begin = 0;
        qint64 end = 0;
        TieSet set; // pieces after the first; the first reads into `set`
        std::uint32_t lines = 0;
        int unreadable = 0;
        bool wholeOnly = false; // saw something only a reader of the whole input can read right
        bool cancelled = false;
    };
    std::vector<Piece> parts(starts.size() + 1);
    FileScope scope(set, path);
    for (std::size_t k = 0; k < parts.size(); ++k) {
        parts[k].begin = k == 0 ? 0 : starts[k - 1];
        parts[k].end = k < starts.size() ? starts[k] : total;
        if (k > 0)
            parts[k].set.files.push_back(set.files[scope.index]); // before any thread writes to `set`
    }
    std::atomic<qint64> done = 0;
    if (options.progress)
        options.progress(0, total);
    const auto readPiece = [&](std::size_t k) {
        Piece &part = parts[k];
        const bool first = k == 0;
        const bool last = k + 1 == parts.size();
        TieSet &target = first ? set : part.set;
        const qint64 length = part.end - part.begin;
        reserveInHugePages(target.ties, std::size_t(length / MinBytesPerTie) + 16);
        ReadContext context(target, first ? scope.index : 0);
        context.setPiece(!first);
        std::optional<TextLines> text;
        if (first) {
            text.emplace(context);
            text->decideOn(head);
        } else {
            text.emplace(context, format.create(context));
        }
        TextLines &lines = *text;
        const std::unique_ptr<ByteSource> source = input.source(part.begin, length, options.chunkSize);
        while (true) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                part.cancelled = true;
                return;
            }
            const char *data = nullptr;
            const qint64 n = source->next(data);
            if (n < 0) {
                part.wholeOnly = true; // reading it in one piece says what went wrong, and where
                return;
            }
            if (n == 0)
                break;
            lines.feed(data, n);
            const qint64 sum = done.fetch_add(n, std::memory_order_relaxed) + n;
            if (first && options.progress) // the callback is not made for many threads
                options.progress(sum, total);
        }
        if (last)
            lines.finish();
        else
            lines.finishPiece();
        part.lines = lines.lineCount();
        part.unreadable = context.unreadableLines();
        part.wholeOnly = lines.fellBackToWindows1252() || lines.isUtf16();
        if (part.wholeOnly || !options.evaluateRules)
            return;
        // Each piece's rules on its own thread: they look at one tie at a time. Its reading's
        // messages in line order first, as for a file read in one piece.
        auto begin = target.diagnostics.begin() + std::ptrdiff_t(first ? scope.firstDiagnostic : 0);
        std::stable_sort(begin, target.diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
        rules::evaluate(target, options.rules, first ? scope.index : 0);
    };

    std::vector<std::thread> threads;
    threads.reserve(parts.size() - 1);
    for (std::size_t k = 1; k < parts.size(); ++k)
        threads.emplace_back(readPiece, k);
    readPiece(0);
    // Not when the first piece has seen that the input must be read again in one piece.
    if (!threads.empty() && !parts.front().cancelled && !parts.front().wholeOnly)
        prepareForPieces(set, set.ties.size() - scope.firstTie, parts.front().end, total);
    for (std::thread &thread : threads)
        thread.join();

    int unreadable = 0;
    bool wholeOnly = false;
    bool cancelled = false;
    for (const Piece &part : parts) {
        unreadable += part.unreadable;
        wholeOnly = wholeOnly || part.wholeOnly;
        cancelled = cancelled || part.cancelled;
    }
    if (cancelled) {
        result.cancelled = true;
        scope.close();
        return true;
    }
    if (wholeOnly || unreadable > ReadContext::MaxUnreadableListed) {
        set = TieSet();
        return false;
    }
    std::uint32_t lineBase = parts.front().lines;
    for (std::size_t k = 1; k < parts.size(); ++k) {
        pieces::join(set, scope.index, std::move(parts[k].set), lineBase);
        lineBase += parts[k].lines;
    }
    if (options.progress)
        options.progress(total, total);
    if (set.ties.size() == scope.firstTie)
        scope.reportNoTies(claimingFormat(head));
    scope.close();
    result.pieces = int(parts.size());
    return true;
}

// Why nothing was taken from a file, in one sentence with the first problem's line.
// `pasted`: the bytes are a pasted text, not a file.
QString failureReason(const TieSet &one, const ReadResult &result, bool pasted = false)
{
    // The "no ties found" error is the verdict itself; the reason is the problem after it.
    const Diagnostic *first = nullptr;
    for (const Diagnostic &diagnostic : one.diagnostics) {
        if (diagnostic.severity == Severity::Error && !isNoTies(diagnostic)) {
            first = &diagnostic;
            break;
        }
    }
    if (!first) {
        for (const Diagnostic &diagnostic : one.diagnostics) {
            if (!isNoTies(diagnostic)) {
                first = &diagnostic;
                break;
            }
        }
    }

    if (!result.readable)
        return first ? first->message : LoadText::tr("The file cannot be read.");
    if (!first)
        return pasted ? LoadText::tr("No ties found: the text holds no three-line tie blocks.")
                      : LoadText::tr("No ties found: the file holds no three-line tie blocks.");
    if (first->line == 0)
        return LoadText::tr("No ties found: %1").arg(first->message);
    return LoadText::tr("No ties found; line %1: %2").arg(first->line).arg(first->message);
}

} // namespace

ReadResult read(ByteSource &source, const QString &path, TieSet &set, const ReadOptions &options)
{
    return readFrom(source, path, set, options, QString());
}

bool isStdin(const QString &path)
{
    return path == StdinPath;
}

ReadResult readFile(const QString &path, TieSet &set, const ReadOptions &options)
{
    if (isStdin(path)) {
        DescriptorSource source(STDIN_FILENO, options.chunkSize);
        return readFrom(source, StdinName, set, options, QString());
    }
    if (QFileInfo(path).isFile()) {
        ReadResult result;
        if (readInPieces(pieces::FileInput(path), path, set, options, result))
            return result;
    }
    FileSource source(path, options.chunkSize);
    QString openFailure;
    switch (source.openError()) {
    case FileSource::OpenError::None: break;
    case FileSource::OpenError::IsDirectory: openFailure = ReadText::tr("it is a folder, not a file"); break;
    case FileSource::OpenError::CannotOpen:
        openFailure = ReadText::tr("the file cannot be opened: %1").arg(source.errorString());
        break;
    }
    return readFrom(source, path, set, options, openFailure);
}

ReadResult readBytes(const QByteArray &bytes, const QString &name, TieSet &set, const ReadOptions &options)
{
    ReadResult result;
    if (readInPieces(pieces::MemoryInput(bytes), name, set, options, result))
        return result;
    MemorySource source(bytes, options.chunkSize);
    return readFrom(source, name, set, options, QString());
}

QString samplePath()
{
    return u":/sample.txt"_s;
}

namespace {
constexpr QStringView PastedPrefix = u":pasted/";
}

QString normalizedPath(const QString &path)
{
    if (path.startsWith(u':'))
        return path;
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString pastedPath(int number)
{
    return PastedPrefix + QString::number(number);
}

bool isPastedPath(const QString &path)
{
    return path.startsWith(PastedPrefix);
}

QString displayNameFor(const QString &path)
{
    if (path == samplePath())
        return LoadText::tr("%1 (sample)").arg(u"europa-league-2012-13-q1.txt"_s);
    if (isPastedPath(path))
        return LoadText::tr("Pasted round %1").arg(path.mid(PastedPrefix.size()));
    return QFileInfo(path).fileName();
}

LoadFailure FileLoad::toFailure() &&
{
    LoadFailure f;
    if (!set.files.empty()) {
        f.path = set.files.front().path;
        f.displayName = set.files.front().displayName;
    }
    f.reason = failure;
    f.diagnostics = std::move(set.diagnostics);
    return f;
}

FileLoad loadFile(const QString &path, const ReadOptions &options)
{
    FileLoad load;
    load.result = readFile(path, load.set, options);
    if (!load.result.cancelled && (!load.result.readable || load.set.ties.empty()))
        load.failure = failureReason(load.set, load.result);
    return load;
}

FileLoad loadBytes(const QByteArray &bytes, const QString &path, const ReadOptions &options)
{
    FileLoad load;
    load.result = readBytes(bytes, path, load.set, options);
    if (!load.result.cancelled && load.set.ties.empty())
        load.failure = failureReason(load.set, load.result, isPastedPath(path));
    return load;
}

Loaded loadFiles(const QStringList &paths, const ReadOptions &options)
{
    Loaded loaded;
    for (const QString &path : paths) {
        FileLoad one = loadFile(path, options);
        if (!one.result.readable) {
            LoadFailure failure;
            failure.path = one.set.files.front().path; // "<stdin>" for "-"
            failure.displayName = one.set.files.front().displayName;
            failure.reason = one.failure;
            failure.diagnostics = one.set.diagnostics;
            loaded.unreadable.append(std::move(failure));
        }
        loaded.set.append(std::move(one.set));
    }
    return loaded;
}

} // namespace tb::loader
