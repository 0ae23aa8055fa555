// SPDX-License-Identifier: GPL-3.0-or-later
// The word-wrapped label that keeps its heights: the same heights as QLabel's, for the text, font and width shown.
#include "wraplabel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tb;

namespace {

// What a plain QLabel, set up the same way, says.
int labelHeight(const QString &text, Qt::TextFormat format, const QFont &font, int width)
{
    QLabel label;
    label.setWordWrap(true);
    label.setTextFormat(format);
    label.setFont(font);
    label.setText(text);
    return label.heightForWidth(width);
}

QString paths(int count)
{
    QStringList steps;
    for (int i = 0; i < count; ++i)
        steps << u"<a href=\"tie:%1\">Round %1: Víkingur – FK Gomel 0:6, 2:0</a>"_s.arg(i);
    return u"<b>Víkingur</b>:<br>\u2022 "_s + steps.join(u"<br>\u2022 "_s);
}

} // namespace

class TestWrapLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heightsAreQLabels_data();
    void heightsAreQLabels();
};

void TestWrapLabel::heightsAreQLabels_data()
{
    QTest::addColumn<Qt::TextFormat>("format");
    QTest::newRow("plain text") << Qt::PlainText;
    QTest::newRow("rich text") << Qt::RichText;
}

void TestWrapLabel::heightsAreQLabels()
{
    QFETCH(Qt::TextFormat, format);
    // Given a wrapped label asked its height for more widths than it keeps, each asked twice
    WrapLabel label;
    label.setTextFormat(format);
    QVERIFY(label.wordWrap());
    const QList<int> widths{80, 200, 80, 500, 120, 300, 200, 80};
    const auto heightsMatch = [&](const QString &text, const QFont &font) {
        for (const int width : widths) {
            const int expected = labelHeight(text, format, font, width);
            if (label.heightForWidth(width) != expected || label.heightForWidth(width) != expected) {
                qWarning("width %d: %d, QLabel says %d", width, label.heightForWidth(width), expected);
                return false;
            }
        }
        return true;
    };

    // Then it says what QLabel says, for its first text
    const QFont font = label.font();
    label.setText(paths(3));
    QVERIFY(heightsMatch(paths(3), font));
    // for a longer one at the same widths
    label.setText(paths(12));
    QVERIFY(heightsMatch(paths(12), font));
    // and in a larger font, the text unchanged
    QFont larger = font;
    larger.setPointSizeF(font.pointSizeF() * 2);
    label.setFont(larger);
    QVERIFY(heightsMatch(paths(12), larger));
    // and with wider margins
    label.setContentsMargins(40, 0, 40, 0);
    QLabel margined;
    margined.setWordWrap(true);
    margined.setTextFormat(format);
    margined.setFont(larger);
    margined.setText(paths(12));
    margined.setContentsMargins(40, 0, 40, 0);
    for (const int width : widths)
        QCOMPARE(label.heightForWidth(width), margined.heightForWidth(width));
    // and with QLabel's own margin and indent, which come without an event
    label.setMargin(30);
    margined.setMargin(30);
    for (const int width : widths)
        QCOMPARE(label.heightForWidth(width), margined.heightForWidth(width));
    label.setIndent(60);
    margined.setIndent(60);
    for (const int width : widths)
        QCOMPARE(label.heightForWidth(width), margined.heightForWidth(width));
}

QTEST_MAIN(TestWrapLabel)
#include "tst_wraplabel.moc"
