// SPDX-License-Identifier: GPL-3.0-or-later
// The application's settings: one small class over QSettings that knows every key and its default.
#pragma once

#include "rules.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace tb {

class Settings
{
public:
    // Uses the application's QSettings (organisation/application names from QCoreApplication).
    Settings();
    // For tests: a settings file of its own (INI format), so tests never touch the user's settings.
    explicit Settings(const QString &iniFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    static constexpr int MaxRecentFiles = 10;

    // Most recent first, no duplicates, at most MaxRecentFiles.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // `which` names one of the window's splitters ("main", "detail").
    QByteArray splitterState(const QString &which) const;
    void setSplitterState(const QString &which, const QByteArray &state);
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);

    // Folders default to the user's documents folder (or home); a folder that is gone falls back too.
    QString lastOpenFolder() const;
    void setLastOpenFolder(const QString &folder);
    QString lastExportFolder() const;
    void setLastExportFolder(const QString &folder);

    static QSize defaultExportSize() { return {1200, 800}; }
    QSize exportSize() const; // valid, within sane bounds
    // False until the user picked a size (an export or the preferences): charts then export at their on-screen size.
    bool hasExportSize() const;
    void setExportSize(QSize size);

    // A chart theme name as understood by the chart views ("system", "light", "dark", ...).
    QString chartTheme() const;
    void setChartTheme(const QString &theme);

    RuleSet ruleSet() const;
    void setRuleSet(RuleSet rules);

    // A locale name ("de", "en"), or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);

    void sync();

private:
    QSettings *m_settings;
};

} // namespace tb
