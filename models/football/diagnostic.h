// SPDX-License-Identifier: GPL-3.0-or-later
// A problem found while reading a results file, with where it is and how bad it is.
#pragma once

#include <QString>
#include <cstdint>

namespace tb {

enum class Severity : std::uint8_t {
    Warning,
    Error,
    // Nothing is wrong, but something was left out and the user may wonder why (a group's
    // single matches in a Football.TXT season): listed, not counted as a problem.
    Note
};

// Who said it: reading the file, or the tie rules (which are evaluated again, without the file,
// when the rule set changes: only their diagnostics are replaced then).
enum class DiagnosticOrigin : std::uint8_t {
    Reading,
    Rules
};

struct Diagnostic
{
    std::uint16_t file = 0; // index into TieSet::files
    std::uint32_t line = 0; // 1-based; 0 = the file as a whole
    std::uint32_t column = 0; // 1-based, in characters; 0 = the line as a whole
    Severity severity = Severity::Error;
    QString message; // translated, for a person: says what is wrong and what was expected
    DiagnosticOrigin origin = DiagnosticOrigin::Reading;
    // Reading a piece of a file in parallel: the line, counted in the piece, that `message`
    // names as %1, filled in when the pieces are joined. 0 once the message is complete.
    std::uint32_t namedLine = 0;
};

} // namespace tb
