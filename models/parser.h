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
};

struct ParseResult
{
    bool readable = true;   // false: the file could not be opened/read (see the file-level diagnostic)
    bool cancelled = false;
};

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
