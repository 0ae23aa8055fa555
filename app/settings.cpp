// SPDX-License-Identifier: GPL-3.0-or-later
// The application's settings: keys, defaults and validation in one place.
#include "settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tb {

namespace {
constexpr auto RecentFilesKey = "files/recent"_L1;
constexpr auto LastOpenFolderKey = "files/lastOpenFolder"_L1;
constexpr auto LastExportFolderKey = "export/lastFolder"_L1;
constexpr auto ExportSizeKey = "export/size"_L1;
constexpr auto GeometryKey = "window/geometry"_L1;
constexpr auto StateKey = "window/state"_L1;
constexpr auto SplitterKey = "window/splitters"_L1;
constexpr auto HeaderKey = "window/tableHeader"_L1;
constexpr auto ChartThemeKey = "chart/theme"_L1;
constexpr auto RuleSetKey = "rules/set"_L1;
constexpr auto LanguageKey = "ui/language"_L1;

// Exports larger than this would take hundreds of megabytes of memory for one image.
constexpr int MaxExportSide = 10000;
constexpr int MinExportSide = 100;

QString documentsFolder()
{
    // Not every account has a Documents folder; the home folder always exists.
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !docs.isEmpty() && QDir(docs).exists() ? docs : QDir::homePath();
}

QString folderOrDefault(const QString &folder)
{
    return !folder.isEmpty() && QDir(folder).exists() ? folder : documentsFolder();
}
} // namespace

Settings::Settings()
    : m_settings(new QSettings)
{ }

Settings::Settings(const QString &iniFile)
    : m_settings(new QSettings(iniFile, QSettings::IniFormat))
{ }

Settings::~Settings()
{
    delete m_settings;
}

QStringList Settings::recentFiles() const
{
    QStringList files = m_settings->value(RecentFilesKey).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    if (files.size() > MaxRecentFiles)
        files.resize(MaxRecentFiles);
    return files;
}

void Settings::addRecentFile(const QString &path)
{
    // The bundled sample is always there; it has no place among the user's files.
    if (path.isEmpty() || path.startsWith(u':'))
        return;
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    if (files.size() > MaxRecentFiles)
        files.resize(MaxRecentFiles);
    m_settings->setValue(RecentFilesKey, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(path) > 0)
        m_settings->setValue(RecentFilesKey, files);
}

void Settings::clearRecentFiles()
{
    m_settings->remove(RecentFilesKey);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}
QByteArray Settings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}
void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(StateKey, state);
}
QByteArray Settings::splitterState(const QString &which) const
{
    return m_settings->value(SplitterKey + u'/' + which).toByteArray();
}

void Settings::setSplitterState(const QString &which, const QByteArray &state)
{
    m_settings->setValue(SplitterKey + u'/' + which, state);
}
QByteArray Settings::headerState() const
{
    return m_settings->value(HeaderKey).toByteArray();
}
void Settings::setHeaderState(const QByteArray &state)
{
    m_settings->setValue(HeaderKey, state);
}

QString Settings::lastOpenFolder() const
{
    return folderOrDefault(m_settings->value(LastOpenFolderKey).toString());
}

void Settings::setLastOpenFolder(const QString &folder)
{
    m_settings->setValue(LastOpenFolderKey, folder);
}

QString Settings::lastExportFolder() const
{
    return folderOrDefault(m_settings->value(LastExportFolderKey).toString());
}

void Settings::setLastExportFolder(const QString &folder)
{
    m_settings->setValue(LastExportFolderKey, folder);
}

bool Settings::hasExportSize() const
{
    return m_settings->contains(ExportSizeKey);
}

QSize Settings::exportSize() const
{
    const QSize size = m_settings->value(ExportSizeKey, defaultExportSize()).toSize();
    if (!size.isValid() || size.width() < MinExportSide || size.height() < MinExportSide || size.width() > MaxExportSide
        || size.height() > MaxExportSide)
        return defaultExportSize();
    return size;
}

void Settings::setExportSize(QSize size)
{
    m_settings->setValue(ExportSizeKey, size);
}

QString Settings::chartTheme() const
{
    return m_settings->value(ChartThemeKey, u"system"_s).toString();
}

void Settings::setChartTheme(const QString &theme)
{
    m_settings->setValue(ChartThemeKey, theme);
}

RuleSet Settings::ruleSet() const
{
    bool ok = false;
    const int value = m_settings->value(RuleSetKey).toInt(&ok);
    if (!ok || !rules::isRuleSet(value))
        return RuleSet::UefaByDate;
    return static_cast<RuleSet>(value);
}

void Settings::setRuleSet(RuleSet rules)
{
    m_settings->setValue(RuleSetKey, int(rules));
}

QString Settings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(LanguageKey, language);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace tb
