// SPDX-License-Identifier: GPL-3.0-or-later
// The reader table: every round format the loader knows. Adding one is a file and a line here.
#include "reader.h"

#include "engsoccerdatareader.h"
#include "footballtxtreader.h"
#include "worldfootballreader.h"

#include <QCoreApplication>

namespace tb {

namespace {

// The first entry is also what reads input no entry claims, so that messages stay the same.
constexpr ReaderFormat Formats[] = {
    WorldfootballReader::Format,
    FootballTxtReader::Format,
    EngsoccerdataReader::Format,
};

} // namespace

std::span<const ReaderFormat> readerFormats()
{
    return Formats;
}

const ReaderFormat *claimingFormat(QByteArrayView head)
{
    for (const ReaderFormat &format : Formats) {
        if (format.canRead(head))
            return &format;
    }
    return nullptr;
}

const ReaderFormat &formatFor(QByteArrayView head)
{
    const ReaderFormat *claiming = claimingFormat(head);
    return claiming ? *claiming : Formats[0];
}

QString quoteText(const char *b, const char *e)
{
    // Cut at a character boundary: never split a UTF-8 sequence in a message.
    const char *p = b;
    int chars = 0;
    while (p < e && chars < QuoteChars) {
        ++p;
        while (p < e && (std::uint8_t(*p) & 0xC0) == 0x80)
            ++p;
        ++chars;
    }
    QString text = QString::fromUtf8(b, p - b);
    if (p < e)
        text += u'…';
    return text;
}

void ReadContext::addRound(std::uint32_t line, const QString &name)
{
    m_set.files[m_file].rounds.push_back({line, name});
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

void ReadContext::reportNamingLine(Severity severity, std::uint32_t line, std::uint32_t column, const QString &message,
                                   std::uint32_t namedLine)
{
    if (!m_piece) {
        report(severity, line, column, message.arg(namedLine));
        return;
    }
    report(severity, line, column, message);
    m_set.diagnostics.back().namedLine = namedLine;
}

bool ReadContext::countUnreadable(std::uint32_t line)
{
    // A file of random bytes would otherwise produce one message per "line".
    ++m_unreadable;
    if (m_unreadable == MaxUnreadableListed + 1) {
        report(Severity::Error, line, 0,
               QCoreApplication::translate("Parser",
                                           "more than %1 lines are not part of a tie; the ones from here on "
                                           "are not listed one by one")
                   .arg(MaxUnreadableListed));
    }
    return m_unreadable <= MaxUnreadableListed;
}

} // namespace tb
