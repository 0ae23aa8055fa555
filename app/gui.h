// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the main window; the GUI half of main().
#pragma once

#include <QStringList>

namespace tb {

// Opens `files`, or the bundled sample when empty, and runs the event loop. Returns the exit code.
int runGui(const QStringList &files);

} // namespace tb
