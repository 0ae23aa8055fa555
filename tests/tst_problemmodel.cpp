// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ProblemModel: diagnostics as rows, sort values, and the tie each problem belongs to.
#include "modelfixtures.h"
#include "problemmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tb;
using namespace tb::test;

class TestProblemModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rows();
    void display_data();
    void display();
    void sortRole();
    void tieIndex_data();
    void tieIndex();
    void headers();
    void realFile();
    void filesNotLoaded();

private:
    std::shared_ptr<TieSet> m_set;
};

void TestProblemModel::initTestCase()
{
    // Two files; ties start on lines 1, 4 and 7 of the first and line 1 of the second.
    TieSetBuilder b;
    b.add(u"A"_s, u"B"_s, played(s(1, 0)), played(s(0, 0)), Side::Home, DecidedBy::Aggregate);
    b.add(u"C"_s, u"D"_s, played(s(1, 0)), played(s(0, 0)), Side::Home, DecidedBy::Aggregate);
    b.add(u"E"_s, u"F"_s, played(s(1, 0)), played(s(0, 0)), Side::Home, DecidedBy::Aggregate);
    b.diagnostic(0, 0, Severity::Error, u"the file is not valid UTF-8; read as Windows-1252"_s); // 0: whole file
    b.diagnostic(1, 30, Severity::Warning, u"first leg: half time above full time"_s); // 1: tie 0
    b.diagnostic(6, 45, Severity::Warning, u"the file names X as the winner"_s); // 2: tie 1, dates line
    b.diagnostic(7, 0, Severity::Warning, u"second leg names other clubs"_s); // 3: tie 2, first line
    b.diagnostic(10, 1, Severity::Error, u"this line is not part of a tie"_s); // 4: after the last tie
    b.file(u"/data/second.txt"_s);
    b.add(u"G"_s, u"H"_s, played(s(1, 0)), played(s(0, 0)), Side::Home, DecidedBy::Aggregate);
    b.diagnostic(2, 5, Severity::Error, u"expected a score"_s); // 5: tie 3
    b.diagnostic(7, 0, Severity::Error, u"expected a score"_s); // 6: no tie there
    m_set = b.set();
}

void TestProblemModel::rows()
{
    ProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTieSet(m_set);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(ProblemModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    model.setTieSet(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.tieIndex(0), -1);
}

void TestProblemModel::display_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("toolTip");

    QTest::newRow("whole file") << 0
                                << QStringList{u"Error"_s, u"round.txt"_s, QString(), QString(),
                                               u"the file is not valid UTF-8; read as Windows-1252"_s}
                                << u"/data/round.txt: the file is not valid UTF-8; read as Windows-1252"_s;
    QTest::newRow("line and column") << 1
                                     << QStringList{u"Warning"_s, u"round.txt"_s, u"1"_s, u"30"_s,
                                                    u"first leg: half time above full time"_s}
                                     << u"/data/round.txt, line 1, column 30: first leg: half time above full time"_s;
    QTest::newRow("whole line") << 3
                                << QStringList{u"Warning"_s, u"round.txt"_s, u"7"_s, QString(),
                                               u"second leg names other clubs"_s}
                                << u"/data/round.txt, line 7: second leg names other clubs"_s;
    QTest::newRow("second file") << 5 << QStringList{u"Error"_s, u"second.txt"_s, u"2"_s, u"5"_s, u"expected a score"_s}
                                 << u"/data/second.txt, line 2, column 5: expected a score"_s;
}

void TestProblemModel::display()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    QFETCH(QString, toolTip);
    ProblemModel model;
    model.setTieSet(m_set);
    QStringList shown;
    for (int column = 0; column < model.columnCount(); ++column)
        shown << model.data(model.index(row, column)).toString();
    QCOMPARE(shown, cells);
    QCOMPARE(model.data(model.index(row, ProblemModel::MessageColumn), Qt::ToolTipRole).toString(), toolTip);
}

void TestProblemModel::sortRole()
{
    ProblemModel model;
    model.setTieSet(m_set);
    const auto sortValue = [&model](int row, int column) {
        return model.data(model.index(row, column), ProblemModel::SortRole);
    };
    // Errors before warnings; lines and columns as numbers, not text ("10" after "7").
    QVERIFY(sortValue(0, ProblemModel::SeverityColumn).toInt() < sortValue(1, ProblemModel::SeverityColumn).toInt());
    QVERIFY(sortValue(3, ProblemModel::LineColumn).toULongLong()
            < sortValue(4, ProblemModel::LineColumn).toULongLong());
    QCOMPARE(sortValue(4, ProblemModel::LineColumn).toULongLong(), 10ull);
    QCOMPARE(sortValue(1, ProblemModel::ColumnColumn).toULongLong(), 30ull);
    QCOMPARE(sortValue(5, ProblemModel::FileColumn).toString(), u"second.txt"_s);
    QCOMPARE(sortValue(5, ProblemModel::MessageColumn).toString(), u"expected a score"_s);
    QCOMPARE(model.data(model.index(2, 0), ProblemModel::DiagnosticIndexRole).toInt(), 2);
}

void TestProblemModel::tieIndex_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("tie");

    QTest::newRow("whole file: no tie") << 0 << -1;
    QTest::newRow("first leg line") << 1 << 0;
    QTest::newRow("dates line") << 2 << 1;
    QTest::newRow("next tie's first line") << 3 << 2;
    QTest::newRow("after the last tie") << 4 << -1;
    QTest::newRow("second file") << 5 << 3;
    QTest::newRow("second file, no tie there") << 6 << -1;
}

void TestProblemModel::tieIndex()
{
    QFETCH(int, row);
    QFETCH(int, tie);
    ProblemModel model;
    model.setTieSet(m_set);
    QCOMPARE(model.tieIndex(row), tie);
    QCOMPARE(model.data(model.index(row, ProblemModel::MessageColumn), ProblemModel::TieIndexRole).toInt(), tie);
}

void TestProblemModel::headers()
{
    ProblemModel model;
    QStringList titles;
    for (int column = 0; column < ProblemModel::ColumnCount; ++column)
        titles << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(titles, (QStringList{u"Severity"_s, u"File"_s, u"Line"_s, u"Column"_s, u"Message"_s}));
}

void TestProblemModel::realFile()
{
    // A real round with one tie's scores broken by hand: the problem points at that tie.
    const QString path = qEnvironmentVariable("TIEBROWSER_DATA") + u"/europa-league-2012-13-q1.txt"_s;
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QByteArray bytes = file.readAll();
    const QByteArray good = "FK Gomel - V\xc3\xadkingur 4:0 (0:0)";
    QVERIFY(bytes.contains(good));
    bytes.replace(good, "FK Gomel - V\xc3\xadkingur 4:0 (5:0)"); // line 2: half time above full time

    auto set = std::make_shared<TieSet>();
    QVERIFY(loader::readBytes(bytes, u"edited.txt"_s, *set).readable);
    ProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTieSet(set);
    QVERIFY(model.rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, ProblemModel::LineColumn)).toString() == u"2"_s) {
            QCOMPARE(model.tieIndex(row), 0);
            found = true;
        }
    }
    QVERIFY(found);
}

QTEST_MAIN(TestProblemModel)
void TestProblemModel::filesNotLoaded()
{
    // Given the set's seven problems, and two files that were not loaded with theirs
    ProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LoadFailure empty;
    empty.path = u"/data/empty.txt"_s;
    empty.displayName = u"empty.txt"_s;
    empty.diagnostics.push_back({0, 1, 1, Severity::Error, u"no ties found: ..."_s, DiagnosticOrigin::Reading});
    LoadFailure pasted;
    pasted.path = loader::pastedPath(2);
    pasted.displayName = u"Pasted round 2"_s;
    pasted.diagnostics.push_back({0, 1, 1, Severity::Error, u"no ties found: ..."_s, DiagnosticOrigin::Reading});
    pasted.diagnostics.push_back({0, 1, 1, Severity::Error, u"unrecognised line"_s, DiagnosticOrigin::Reading});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFailures({empty, pasted});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3); // no set yet: the failures alone
    model.setTieSet(m_set);

    // Then theirs follow the set's, under their own names, with no tie to go to
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.data(model.index(7, ProblemModel::FileColumn)).toString(), u"empty.txt"_s);
    QCOMPARE(model.data(model.index(7, ProblemModel::LineColumn)).toString(), u"1"_s);
    QCOMPARE(model.data(model.index(8, ProblemModel::FileColumn)).toString(), u"Pasted round 2"_s);
    QCOMPARE(model.data(model.index(9, ProblemModel::MessageColumn)).toString(), u"unrecognised line"_s);
    QCOMPARE(model.data(model.index(7, ProblemModel::MessageColumn), Qt::ToolTipRole).toString(),
             u"/data/empty.txt, line 1, column 1: no ties found: ..."_s);
    // A pasted round has no path to show: its name stands for it
    QCOMPARE(model.data(model.index(8, ProblemModel::MessageColumn), Qt::ToolTipRole).toString(),
             u"Pasted round 2, line 1, column 1: no ties found: ..."_s);
    for (int row = 7; row < 10; ++row) {
        QCOMPARE(model.tieIndex(row), -1);
        QCOMPARE(model.data(model.index(row, 0), ProblemModel::TieIndexRole).toInt(), -1);
        QCOMPARE(model.data(model.index(row, 0), ProblemModel::DiagnosticIndexRole).toInt(), -1);
        QCOMPARE(model.data(model.index(row, 0), ProblemModel::SeverityRole).toInt(), int(Severity::Error));
    }
    model.setFailures({});
    QCOMPARE(model.rowCount(), 7);
}

#include "tst_problemmodel.moc"
