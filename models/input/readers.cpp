// The reader table: every round format the loader knows. Adding one is a file and a line here.
#include "reader.h"

#include "worldfootballreader.h"

#include <QCoreApplication>

namespace tb {

namespace {

// The first entry is also what reads input no entry claims, so that messages stay the same.
constexpr ReaderFormat Formats[] = {
    WorldfootballReader::Format,
};

} // namespace

std::span<const ReaderFormat> readerFormats()
{
    return Formats;
}

const ReaderFormat &formatFor(QByteArrayView head)
{
    for (const ReaderFormat &format : Formats) {
        if (format.canRead(head))
            return format;
    }
    return Formats[0];
}

// What every reader shares: where its diagnostics go, and the limit on lines that are no part of a tie.
void ReadContext::report(Severity severity, std::uint32_t line, std::uint32_t column, const QString &message)
{
    Diagnostic d;
    d.file = m_file;
    d.line = line;
    d.column = column;
    d.severity = severity;
    d.message = message;
    m_set.diagnostics.push_back(std::move(d));
}

bool ReadContext::countUnreadable(std::uint32_t line)
{
    // A file of random bytes would otherwise produce one message per "line".
    constexpr int MaxUnrecognisedReported = 1000;
    ++m_unreadable;
    if (m_unreadable == MaxUnrecognisedReported + 1) {
        report(Severity::Error, line, 0,
               QCoreApplication::translate("Parser",
                                           "more than %1 lines are not part of a tie; the ones from here on "
                                           "are not listed one by one")
                   .arg(MaxUnrecognisedReported));
    }
    return m_unreadable <= MaxUnrecognisedReported;
}

} // namespace tb
