// SPDX-License-Identifier: GPL-3.0-or-later
// Tests foldForSearch(): what a user types finds club names in any case, accent or script.
#include "textfold.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
    void findsByTyping_data();
    void findsByTyping();
    void keepsOtherText();
};

void TestTextFold::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("ascii") << u"FK Gomel"_s << u"fk gomel"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("macron") << u"FK Sūduva"_s << u"fk suduva"_s;
    QTest::newRow("caron and acute") << u"FK Čelik Nikšić"_s << u"fk celik niksic"_s;
    QTest::newRow("thorn") << u"Þór Akureyri"_s << u"thor akureyri"_s;
    QTest::newRow("capital I acute") << u"ÍBV Vestmannaeyjar"_s << u"ibv vestmannaeyjar"_s;
    QTest::newRow("eth") << u"Víkingur Ólafsvík Ðð"_s << u"vikingur olafsvik dd"_s;
    QTest::newRow("o slash") << u"Brøndby IF, Ølstykke"_s << u"brondby if, olstykke"_s;
    QTest::newRow("ae") << u"Ærø Æ"_s << u"aero ae"_s;
    QTest::newRow("sharp s") << u"Borussia Mönchengladbach Straße"_s << u"borussia monchengladbach strasse"_s;
    QTest::newRow("l stroke") << u"Łódź Śląsk Wrocław"_s << u"lodz slask wroclaw"_s;
    QTest::newRow("d stroke") << u"Đakovo Croatia"_s << u"dakovo croatia"_s;
    QTest::newRow("dotless i") << u"Fenerbahçe Kasımpaşa İstanbul"_s << u"fenerbahce kasimpasa istanbul"_s;
    QTest::newRow("oe") << u"Œuvre cœur"_s << u"oeuvre coeur"_s;
    QTest::newRow("schwa") << u"Qəbələ FK"_s << u"qebele fk"_s;
    QTest::newRow("cedilla and umlaut") << u"KF Shkëndija 79"_s << u"kf shkendija 79"_s;
    QTest::newRow("tilde") << u"JK Nõmme Kalju"_s << u"jk nomme kalju"_s;
    QTest::newRow("cyrillic russian") << u"Спартак Москва"_s << u"spartak moskva"_s;
    QTest::newRow("cyrillic cska") << u"ЦСКА"_s << u"cska"_s;
    QTest::newRow("cyrillic short i") << u"Зенит Санкт-Петербург Й"_s << u"zenit sankt-peterburg y"_s;
    QTest::newRow("cyrillic soft sign") << u"Кубань"_s << u"kuban"_s;
    QTest::newRow("cyrillic kh, zh, shch") << u"Химки Жальгирис щ"_s << u"khimki zhalgiris shch"_s;
    QTest::newRow("cyrillic io") << u"Ёлка"_s << u"elka"_s;
    QTest::newRow("cyrillic serbian") << u"Црвена звезда Београд Партизан Ђ"_s << u"crvena zvezda beograd partizan d"_s;
    QTest::newRow("greek") << u"Ολυμπιακός Πειραιώς"_s << u"olympiakos peiraios"_s;
    QTest::newRow("greek diaeresis") << u"Παναθηναϊκός"_s << u"panathinaikos"_s;
    QTest::newRow("greek capitals") << u"ΑΕΚ ΠΑΟΚ ΑΠΟΕΛ"_s << u"aek paok apoel"_s;
    QTest::newRow("greek final sigma") << u"Άρης"_s << u"aris"_s;
    QTest::newRow("typographic apostrophe") << u"St Patrick’s Athletic"_s << u"st patrick's athletic"_s;
    QTest::newRow("en dash") << u"MyPa–47"_s << u"mypa-47"_s;
    QTest::newRow("compatibility ligature") << u"ﬁnn"_s << u"finn"_s;
    QTest::newRow("no-break space") << u"FC\u00A0Basel"_s << u"fc basel"_s;
    QTest::newRow("combining mark already decomposed") << u"Su\u0304duva"_s << u"suduva"_s;
    QTest::newRow("punctuation kept") << u"EB/Streymur  (F.C.)"_s << u"eb/streymur  (f.c.)"_s;
    QTest::newRow("outside the BMP") << u"Club \U0001F600"_s << u"club \U0001F600"_s;
}

void TestTextFold::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(tb::foldForSearch(text), folded);
}

void TestTextFold::findsByTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("name");

    // The examples, and a few more a user would try.
    QTest::newRow("suduva") << u"suduva"_s << u"FK Sūduva"_s;
    QTest::newRow("celik") << u"celik"_s << u"FK Čelik Nikšić"_s;
    QTest::newRow("niksic") << u"NIKSIC"_s << u"FK Čelik Nikšić"_s;
    QTest::newRow("thor") << u"thor"_s << u"Þór Akureyri"_s;
    QTest::newRow("ibv") << u"ibv"_s << u"ÍBV Vestmannaeyjar"_s;
    QTest::newRow("typed with accent") << u"Sūd"_s << u"FK Sūduva"_s;
    QTest::newRow("typed in capitals with accent") << u"ÍBV"_s << u"ÍBV Vestmannaeyjar"_s;
    QTest::newRow("brondby") << u"brondby"_s << u"Brøndby IF"_s;
    QTest::newRow("olympiakos") << u"olympiakos"_s << u"Ολυμπιακός"_s;
    QTest::newRow("spartak") << u"spartak"_s << u"Спартак Москва"_s;
    QTest::newRow("typed in cyrillic") << u"спар"_s << u"Spartak Moskva"_s;
    QTest::newRow("apostrophe") << u"patrick's"_s << u"St Patrick’s Athletic"_s;
}

void TestTextFold::findsByTyping()
{
    QFETCH(QString, typed);
    QFETCH(QString, name);
    QVERIFY2(tb::foldForSearch(name).contains(tb::foldForSearch(typed)),
             qPrintable(tb::foldForSearch(name) + u" / "_s + tb::foldForSearch(typed)));
}

void TestTextFold::keepsOtherText()
{
    // Scripts without a transliteration here stay searchable by themselves.
    const QString name = u"北京国安"_s;
    QCOMPARE(tb::foldForSearch(name), name);
    QVERIFY(tb::foldForSearch(name).contains(tb::foldForSearch(u"国安")));

    // Broken UTF-16 (a lone surrogate) passes through instead of being lost or crashing.
    QString broken = u"A"_s;
    broken.append(QChar(0xD800));
    broken.append(u'B');
    QString expected = u"a"_s;
    expected.append(QChar(0xD800));
    expected.append(u'b');
    QCOMPARE(tb::foldForSearch(broken), expected);
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
