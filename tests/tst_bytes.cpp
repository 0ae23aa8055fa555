// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the byte helpers the readers share: equality of short runs at every length and place.
#include "bytes.h"

#include <QTest>

#include <vector>

using namespace tb;

class TestBytes : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAtEveryLength_data();
    void sameBytesAtEveryLength();
};

void TestBytes::sameBytesAtEveryLength_data()
{
    QTest::addColumn<int>("length");
    // Every way the words and the overlapping tail can fall: short runs, one word, words and a tail.
    for (int length = 0; length <= 40; ++length)
        QTest::addRow("%d bytes", length) << length;
}

void TestBytes::sameBytesAtEveryLength()
{
    QFETCH(int, length);
    const auto n = std::size_t(length);

    // Given two equal runs, at every alignment against each other
    std::vector<char> left(n + 16), right(n + 16);
    for (std::size_t i = 0; i < left.size(); ++i)
        left[i] = right[i] = char('a' + i % 23);
    for (std::size_t a = 0; a < 8; ++a) {
        for (std::size_t b = 0; b < 8; ++b) {
            std::copy_n(left.data() + a, n, right.data() + b);
            // Then they are the same
            QVERIFY2(bytes::sameBytes(left.data() + a, right.data() + b, n), qPrintable(QString::number(a * 8 + b)));
            // And a difference at any one place, in any bit, makes them differ
            for (std::size_t at = 0; at < n; ++at) {
                for (const char bit : {'\x01', '\x40', '\x80'}) {
                    right[b + at] = char(right[b + at] ^ bit);
                    QVERIFY2(!bytes::sameBytes(left.data() + a, right.data() + b, n), qPrintable(QString::number(at)));
                    right[b + at] = char(right[b + at] ^ bit);
                }
            }
            // While the bytes just outside the runs are never looked at
            right[b + n] = char(right[b + n] ^ 1);
            if (b > 0)
                right[b - 1] = char(right[b - 1] ^ 1);
            QVERIFY(bytes::sameBytes(left.data() + a, right.data() + b, n));
        }
    }
}

QTEST_GUILESS_MAIN(TestBytes)
#include "tst_bytes.moc"
