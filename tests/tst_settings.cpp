// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for Settings: defaults, the recent-files list, round trips and rejecting bad stored values.
#include "settings.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace tb {

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void recentFilesKeepsTenMostRecentFirst();
    void recentFilesMovesReopenedFileToFront();
    void recentFilesIgnoresTheSample();
    void removeAndClearRecentFiles();
    void valuesSurviveANewInstance();
    void exportSizeIsBounded_data();
    void exportSizeIsBounded();
    void badStoredRuleSetFallsBackToDefault_data();
    void badStoredRuleSetFallsBackToDefault();
    void missingFolderFallsBackToDocuments();

private:
    QString iniPath() const { return m_dir->filePath(u"settings.ini"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::defaults()
{
    const Settings settings(iniPath());
    QVERIFY(settings.recentFiles().isEmpty());
    QCOMPARE(settings.exportSize(), Settings::defaultExportSize());
    QVERIFY(!settings.hasExportSize()); // so the first chart export uses the on-screen size
    QCOMPARE(settings.ruleSet(), RuleSet::UefaByDate);
    QCOMPARE(settings.chartTheme(), u"system"_s);
    QVERIFY(settings.language().isEmpty());
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.headerState().isEmpty());
    QVERIFY(QDir(settings.lastOpenFolder()).exists());
    QVERIFY(QDir(settings.lastExportFolder()).exists());
}

void TestSettings::recentFilesKeepsTenMostRecentFirst()
{
    Settings settings(iniPath());
    for (int i = 0; i < 12; ++i)
        settings.addRecentFile(u"/data/file%1.txt"_s.arg(i));

    const QStringList recent = settings.recentFiles();
    QCOMPARE(recent.size(), Settings::MaxRecentFiles);
    QCOMPARE(recent.front(), u"/data/file11.txt"_s);
    QCOMPARE(recent.back(), u"/data/file2.txt"_s);
}

void TestSettings::recentFilesMovesReopenedFileToFront()
{
    Settings settings(iniPath());
    settings.addRecentFile(u"/a.txt"_s);
    settings.addRecentFile(u"/b.txt"_s);
    settings.addRecentFile(u"/c.txt"_s);

    settings.addRecentFile(u"/a.txt"_s);

    QCOMPARE(settings.recentFiles(), (QStringList{u"/a.txt"_s, u"/c.txt"_s, u"/b.txt"_s}));
}

void TestSettings::recentFilesIgnoresTheSample()
{
    Settings settings(iniPath());
    settings.addRecentFile(u":/sample.txt"_s);
    settings.addRecentFile(QString());
    QVERIFY(settings.recentFiles().isEmpty());
}

void TestSettings::removeAndClearRecentFiles()
{
    Settings settings(iniPath());
    settings.addRecentFile(u"/a.txt"_s);
    settings.addRecentFile(u"/b.txt"_s);

    settings.removeRecentFile(u"/a.txt"_s);
    QCOMPARE(settings.recentFiles(), QStringList{u"/b.txt"_s});

    settings.clearRecentFiles();
    QVERIFY(settings.recentFiles().isEmpty());
}

void TestSettings::valuesSurviveANewInstance()
{
    {
        Settings settings(iniPath());
        settings.setWindowGeometry("geometry");
        settings.setWindowState("state");
        settings.setSplitterState(u"main"_s, "main splitter");
        settings.setSplitterState(u"detail"_s, "detail splitter");
        settings.setHeaderState("header");
        settings.setLastOpenFolder(m_dir->path());
        settings.setLastExportFolder(m_dir->path());
        settings.setExportSize(QSize(800, 600));
        settings.setChartTheme(u"dark"_s);
        settings.setRuleSet(RuleSet::AwayGoalsNever);
        settings.setLanguage(u"de"_s);
        settings.addRecentFile(u"/x.txt"_s);
    }
    const Settings settings(iniPath());
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry"));
    QCOMPARE(settings.windowState(), QByteArray("state"));
    QCOMPARE(settings.splitterState(u"main"_s), QByteArray("main splitter"));
    QCOMPARE(settings.splitterState(u"detail"_s), QByteArray("detail splitter"));
    QCOMPARE(settings.headerState(), QByteArray("header"));
    QCOMPARE(settings.lastOpenFolder(), m_dir->path());
    QCOMPARE(settings.lastExportFolder(), m_dir->path());
    QCOMPARE(settings.exportSize(), QSize(800, 600));
    QVERIFY(settings.hasExportSize());
    QCOMPARE(settings.chartTheme(), u"dark"_s);
    QCOMPARE(settings.ruleSet(), RuleSet::AwayGoalsNever);
    QCOMPARE(settings.language(), u"de"_s);
    QCOMPARE(settings.recentFiles(), QStringList{u"/x.txt"_s});
}

void TestSettings::exportSizeIsBounded_data()
{
    QTest::addColumn<QSize>("stored");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("ordinary") << QSize(800, 600) << QSize(800, 600);
    QTest::newRow("invalid") << QSize() << Settings::defaultExportSize();
    QTest::newRow("zero") << QSize(0, 0) << Settings::defaultExportSize();
    QTest::newRow("too small") << QSize(50, 50) << Settings::defaultExportSize();
    QTest::newRow("too large") << QSize(20000, 800) << Settings::defaultExportSize();
    QTest::newRow("largest") << QSize(10000, 10000) << QSize(10000, 10000);
}

void TestSettings::exportSizeIsBounded()
{
    QFETCH(QSize, stored);
    QFETCH(QSize, expected);
    Settings settings(iniPath());
    settings.setExportSize(stored);
    QCOMPARE(settings.exportSize(), expected);
}

void TestSettings::badStoredRuleSetFallsBackToDefault_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("text") << QVariant(u"nonsense"_s);
    QTest::newRow("negative") << QVariant(-1);
    QTest::newRow("past the end") << QVariant(99);
}

void TestSettings::badStoredRuleSetFallsBackToDefault()
{
    QFETCH(QVariant, stored);
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(u"rules/set"_s, stored);
    }
    const Settings settings(iniPath());
    QCOMPARE(settings.ruleSet(), RuleSet::UefaByDate);
}

void TestSettings::missingFolderFallsBackToDocuments()
{
    Settings settings(iniPath());
    settings.setLastOpenFolder(m_dir->filePath(u"does-not-exist"_s));
    QVERIFY(settings.lastOpenFolder() != m_dir->filePath(u"does-not-exist"_s));
    QVERIFY(QDir(settings.lastOpenFolder()).exists());
}

} // namespace tb

QTEST_GUILESS_MAIN(tb::TestSettings)
#include "tst_settings.moc"
