// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for ClubTable: one id per distinct UTF-8 name, stable across growth of the table.
#include "clubtable.h"

#include <QTest>

#include <vector>

using namespace tb;
using namespace Qt::StringLiterals;

class TestClubTable : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesSameId_data();
    void sameBytesSameId();
    void differentNamesDifferentIds();
    void textAndBytesAgree();
    void findDoesNotAdd();
    void byteOrderMarkIsNotPartOfTheName();
    void growsToManyNames();
    void oneByteTellsNamesApartAtEveryLength_data();
    void oneByteTellsNamesApartAtEveryLength();
};

void TestClubTable::sameBytesSameId_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("ascii") << "FK Gomel"_ba;
    QTest::newRow("diacritics") << "Víkingur"_ba;
    QTest::newRow("Greek") << "Ολυμπιακός"_ba;
    QTest::newRow("exactly eight bytes") << "ABCDEFGH"_ba;
    QTest::newRow("long") << QByteArray(1000, 'x');
    QTest::newRow("empty") << QByteArray();
}

void TestClubTable::sameBytesSameId()
{
    QFETCH(QByteArray, name);
    ClubTable table;
    table.intern(QByteArrayView("Someone else"));
    const ClubId first = table.intern(QByteArrayView(name));
    // A copy in another buffer: equality is by bytes, not by address.
    const QByteArray copy(name.constData(), name.size());
    QCOMPARE(table.intern(QByteArrayView(copy)), first);
    QCOMPARE(table.size(), std::size_t(2));
    QCOMPARE(table.name(first), QString::fromUtf8(name));
    QCOMPARE(table.find(QByteArrayView(copy)), first);
}

void TestClubTable::differentNamesDifferentIds()
{
    ClubTable table;
    const ClubId a = table.intern(QByteArrayView("FC Porto"));
    const ClubId b = table.intern(QByteArrayView("FC Porto "));
    const ClubId c = table.intern(QByteArrayView("fc porto"));
    QVERIFY(a != b && b != c && a != c);
    QCOMPARE(table.size(), std::size_t(3));
    QCOMPARE(table.names(), (std::vector<QString>{u"FC Porto"_s, u"FC Porto "_s, u"fc porto"_s}));
}

void TestClubTable::textAndBytesAgree()
{
    ClubTable table;
    const ClubId fromBytes = table.intern(QByteArrayView("Bayern München"));
    QCOMPARE(table.intern(QStringView(u"Bayern München")), fromBytes);
    QCOMPARE(table.size(), std::size_t(1));
}

void TestClubTable::findDoesNotAdd()
{
    ClubTable table;
    QCOMPARE(table.find(QByteArrayView("Nobody")), NoClub);
    table.intern(QByteArrayView("Somebody"));
    QCOMPARE(table.find(QByteArrayView("Nobody")), NoClub);
    QCOMPARE(table.size(), std::size_t(1));
}

// QString::fromUtf8() drops a leading byte-order mark, so a name copied with one from a web page
// must be the club without it: one name is one club, whichever way it is interned.
void TestClubTable::byteOrderMarkIsNotPartOfTheName()
{
    ClubTable table;
    const ClubId monaco = table.intern(QByteArrayView("AS Monaco"));
    QCOMPARE(table.intern(QByteArrayView("\xEF\xBB\xBF"
                                         "AS Monaco")),
             monaco);
    QCOMPARE(table.find(QByteArrayView("\xEF\xBB\xBF"
                                       "AS Monaco")),
             monaco);
    QCOMPARE(table.size(), std::size_t(1));
    QCOMPARE(table.intern(QByteArrayView("\xEF\xBB\xBF\xEF\xBB\xBF"
                                         "AS Monaco")),
             monaco);
    QCOMPARE(table.intern(QStringView(u"\uFEFFAS Monaco")), monaco);
    QCOMPARE(table.name(monaco), u"AS Monaco"_s);
    QCOMPARE(table.size(), std::size_t(1));
}

void TestClubTable::growsToManyNames()
{
    // Given 100,000 names, enough to rehash the table many times
    ClubTable table;
    const int count = 100000;
    for (int i = 0; i < count; ++i) {
        const QByteArray name = "Club " + QByteArray::number(i) + " Šport";
        QCOMPARE(table.intern(QByteArrayView(name)), ClubId(i));
    }
    // Then every name still has its first id, and no name was added twice
    QCOMPARE(table.size(), std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const QByteArray name = "Club " + QByteArray::number(i) + " Šport";
        QCOMPARE(table.intern(QByteArrayView(name)), ClubId(i));
        QCOMPARE(table.find(QByteArrayView(name)), ClubId(i));
    }
    QCOMPARE(table.size(), std::size_t(count));
    QCOMPARE(table.name(ClubId(count - 1)), u"Club 99999 Šport"_s);
}

void TestClubTable::oneByteTellsNamesApartAtEveryLength_data()
{
    QTest::addColumn<int>("length");
    // Short names, names hashed as four words that overlap (8 to 32 bytes), and longer ones.
    for (int length = 1; length <= 40; ++length)
        QTest::addRow("%d bytes", length) << length;
}

void TestClubTable::oneByteTellsNamesApartAtEveryLength()
{
    QFETCH(int, length);
    // Given a name of that length, and every name that differs from it in one byte
    ClubTable table;
    const QByteArray name(length, 'k');
    const ClubId first = table.intern(QByteArrayView(name));
    std::vector<QByteArray> others;
    for (int at = 0; at < length; ++at) {
        QByteArray other = name;
        other[at] = 'j';
        others.push_back(other);
        // Then each is a club of its own
        QCOMPARE(table.intern(QByteArrayView(other)), ClubId(at + 1));
    }
    // And each is found again, in a buffer of its own, as the club it was
    QCOMPARE(table.intern(QByteArrayView(QByteArray(name.constData(), length))), first);
    for (int at = 0; at < length; ++at)
        QCOMPARE(table.find(QByteArrayView(QByteArray(others[std::size_t(at)]))), ClubId(at + 1));
    QCOMPARE(table.size(), std::size_t(length + 1));
}

QTEST_GUILESS_MAIN(TestClubTable)
#include "tst_clubtable.moc"
