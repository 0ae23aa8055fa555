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

} // namespace tb::testfiles
