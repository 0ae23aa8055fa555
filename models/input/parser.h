// Reads worldfootball.net round tables (see FORMAT.md) into a TieSet, with a diagnostic per problem.
#pragma once

#include "rules.h"
#include "tieset.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>

namespace tb {

struct ParseOptions
{
    RuleSet rules = RuleSet::UefaByDate;
    // Called now and then with (bytes done, bytes total); may be empty.
    std::function<void(qint64, qint64)> progress;
    // Set to true from another thread to stop reading; the result is then incomplete and `cancelled`.
    const std::atomic_bool *cancel = nullptr;
    // Bytes read from the file at a time; the file is never held whole. Tests make it tiny to
    // exercise lines split across chunks.
    qint64 chunkSize = qint64(4) << 20;
};

// What counts as a line the parser will look at; a longer line is skipped (with an error)
// without being held in memory.
inline constexpr qint64 MaxLineBytes = qint64(1) << 20;

struct ParseResult
{
    bool readable = true;   // false: the file could not be opened/read (see the file-level diagnostic)
    bool cancelled = false;
};

// A diagnostic with Severity::Error means the tie it belongs to was not loaded (or the line was
// not part of any tie); a warning means the tie was loaded and may deserve a second look.
class Parser
{
public:
    explicit Parser(ParseOptions options = {});

    // Reads `path` and appends its ties and diagnostics to `set` (as a new SourceFile).
    // Streams the file in chunks: memory is the ties, not the file.
    ParseResult parseFile(const QString &path, TieSet &set);
    // Same for bytes already in memory; `name` is what diagnostics call the file.
    ParseResult parseBytes(const QByteArray &bytes, const QString &name, TieSet &set);

private:
    ParseOptions m_options;
};

} // namespace tb
