// SPDX-License-Identifier: GPL-3.0-or-later
// Files for the tests: where the real rounds in tests/data are, and reading/writing whole files.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace tb::testfiles {

// A file of tests/data: from TIEBROWSER_DATA (set by CMake for ctest) or found next to the sources.
inline QString dataFile(const QString &name)
{
    const QString dir = qEnvironmentVariable("TIEBROWSER_DATA");
    if (!dir.isEmpty())
        return QDir(dir).filePath(name);
    return QFINDTESTDATA(QStringLiteral("data/") + name);
}

// The whole file, or empty when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Writes the sample round 6,000 times over to `path`: 216,001 ties (the sample ends without a line
// break, so the last tie of each copy but the last runs into the next copy), about 40 MB, a file that takes
// long enough to read for a test to cancel it or watch its progress. False when it cannot.
inline bool writeBigFile(const QString &path)
{
    const QByteArray round = readAll(dataFile(QStringLiteral("europa-league-2012-13-q1.txt")));
    if (round.isEmpty())
        return false;
    QByteArray bytes;
    bytes.reserve(round.size() * 6000);
    for (int i = 0; i < 6000; ++i)
        bytes += round;
    return writeFile(path, bytes);
}

} // namespace tb::testfiles
