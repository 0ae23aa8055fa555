// The loader under the names tests and tools have used since before it had a name: Parser::parseFile/parseBytes.
#pragma once

#include "loader.h"

namespace tb {

using ParseOptions = ReadOptions;
using ParseResult = ReadResult;

// Thin forwarders to loader::readFile()/readBytes(); no reading of its own.
class Parser
{
public:
    explicit Parser(ParseOptions options = {}) : m_options(std::move(options)) {}
    ParseResult parseFile(const QString &path, TieSet &set) const { return loader::readFile(path, set, m_options); }
    ParseResult parseBytes(const QByteArray &bytes, const QString &name, TieSet &set) const
    {
        return loader::readBytes(bytes, name, set, m_options);
    }

private:
    ParseOptions m_options;
};

} // namespace tb
