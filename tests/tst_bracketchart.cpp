// SPDX-License-Identifier: GPL-3.0-or-later
// The bracket chart: columns, finalists, lines of the tree, the club filter's path, names as
// text in the SVG, rounds that do not chain, a Football.TXT season, 64 first-round ties, clicks
// and the theme.
#include "bracketchart.h"
#include "bracketfixtures.h"
#include "chartexporter.h"
#include "chartfixtures.h"
#include "chartstyle.h"
#include "tiequery.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtCharts/QChartView>
#include <map>

using namespace Qt::StringLiterals;
using namespace tb;
using namespace tb::brackettest;

class TestBracketChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threeColumns();
    void clubPath();
    void svgHoldsEveryName_data();
    void svgHoldsEveryName();
    void unchainedRounds();
    void footballTxtSeason();
    void entrantsMarked();
    void readableAt64Ties_data();
    void readableAt64Ties();
    void clickSelectsTie();
    void followsTheTheme();
    void nothingToShow();
};

namespace {

constexpr QSize ExportSize{1200, 800};

ShownTies shownAll(const std::shared_ptr<const TieSet> &set)
{
    return {set, allRows(*set), -1, {}};
}

// Draws `shown` at `size`, as an export does.
void draw(BracketChart &chart, const ShownTies &shown, QSize size = ExportSize)
{
    chart.showTies(shown);
    chart.fitForExport(size, nullptr);
}

// The texts drawn inside `box`, top to bottom, left to right.
QStringList textsIn(const QGraphicsRectItem *box)
{
    QStringList texts;
    for (const QGraphicsItem *child : box->childItems()) {
        if (const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(child))
            texts << text->text();
    }
    return texts;
}

// The x of each drawn column's boxes, with how many boxes stand there.
std::map<qreal, int> boxColumns(const BracketChart &chart, const TieSet &set)
{
    std::map<qreal, int> columns;
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        if (const QGraphicsRectItem *box = chart.boxOf(int(i)))
            ++columns[box->rect().left()];
    }
    return columns;
}

int findTie(const TieSet &set, const QString &home, const QString &away)
{
    for (std::size_t i = 0; i < set.ties.size(); ++i) {
        if (set.clubName(set.ties[i].home) == home && set.clubName(set.ties[i].away) == away)
            return int(i);
    }
    return -1;
}

QStringList finalistNames(const BracketChart &chart)
{
    QStringList names;
    for (const QGraphicsRectItem *box : chart.finalistBoxes())
        names << textsIn(box);
    return names;
}

// The character data of every <text> element (and its <tspan>s) of an SVG.
QSet<QString> svgTexts(const QByteArray &svg)
{
    QSet<QString> texts;
    QXmlStreamReader xml(svg);
    int depth = 0;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text") {
            ++depth;
            current.clear();
        } else if (xml.isEndElement() && xml.name() == u"text") {
            --depth;
            texts.insert(current.trimmed());
        } else if (xml.isCharacters() && depth > 0) {
            current += xml.text();
        }
    }
    return texts;
}

} // namespace

void TestBracketChart::threeColumns()
{
    // Given the 2018-19 chain
    const auto set = load(chain2018());
    QCOMPARE(set->ties.size(), std::size_t(14));

    // When the bracket is drawn at the export size
    BracketChart chart;
    draw(chart, shownAll(set));

    // Then every tie has a box, in three columns of 8, 4 and 2 from left to right
    const std::map<qreal, int> columns = boxColumns(chart, *set);
    QCOMPARE(columns.size(), std::size_t(3));
    std::vector<int> sizes;
    for (const auto &[x, count] : columns)
        sizes.push_back(count);
    QCOMPARE(sizes, (std::vector<int>{8, 4, 2}));
    // Each box holds both clubs and their aggregate goals, the way it was decided beside them
    const int liverpoolBayern = charttest::findTie(*set, u"Liverpool FC"_s); // 0:0, 3:1: 3:1 on aggregate
    QVERIFY(liverpoolBayern >= 0);
    QCOMPARE(textsIn(chart.boxOf(liverpoolBayern)),
             (QStringList{u"Liverpool FC"_s, u"3"_s, u"Bayern München"_s, u"1"_s}));
    const int ajaxSpurs = findTie(*set, u"Tottenham Hotspur"_s, u"AFC Ajax"_s); // 0:1, 3:2: Spurs on away goals
    QVERIFY(ajaxSpurs >= 0);
    QVERIFY2(textsIn(chart.boxOf(ajaxSpurs)).contains(u"AG"_s), qPrintable(textsIn(chart.boxOf(ajaxSpurs)).join(u'|')));
    // Each quarter-final's box stands between the two boxes it comes from
    const Bracket &bracket = chart.bracket();
    for (const BracketTie &entry : bracket.rounds[1].ties) {
        const qreal y = chart.boxOf(entry.tie)->rect().center().y();
        const qreal a = chart.boxOf(bracket.rounds[0].ties[std::size_t(entry.from[0])].tie)->rect().center().y();
        const qreal b = chart.boxOf(bracket.rounds[0].ties[std::size_t(entry.from[1])].tie)->rect().center().y();
        QVERIFY(std::min(a, b) < y && y < std::max(a, b));
    }
    // and the finalists stand at the end, right of the semi-finals
    QCOMPARE(finalistNames(chart), (QStringList{u"Tottenham Hotspur"_s, u"Liverpool FC"_s}));
    for (const QGraphicsRectItem *box : chart.finalistBoxes())
        QVERIFY(box->rect().left() > columns.rbegin()->first);
    QVERIFY(chart.detailText().contains(u"3 rounds that follow one another"_s));
    QCOMPARE(chart.pathLineCount(), 0);
}

void TestBracketChart::clubPath()
{
    // Given the chain filtered by "ajax"
    const auto set = load(chain2018());
    TieQuery query;
    query.clubText = u"ajax"_s;
    ShownTies shown{set, query.select(*set), -1, query.clubText};

    BracketChart chart;
    draw(chart, shown);

    // Then all three rounds are drawn, Ajax's three ties on its path: against Real Madrid,
    // Juventus and Tottenham Hotspur, in the path's colour, joined by two highlighted lines
    QCOMPARE(boxColumns(chart, *set).size(), std::size_t(3));
    const QColor path = chartColors(false).home;
    QStringList opponents;
    for (std::size_t i = 0; i < set->ties.size(); ++i) {
        const Tie &tie = set->ties[i];
        const bool ajax = set->clubName(tie.home) == u"AFC Ajax" || set->clubName(tie.away) == u"AFC Ajax";
        QCOMPARE(chart.isOnPath(int(i)), ajax);
        QCOMPARE(chart.boxOf(int(i))->pen().color() == path, ajax);
        if (ajax)
            opponents << (set->clubName(tie.home) == u"AFC Ajax" ? set->clubName(tie.away) : set->clubName(tie.home));
    }
    opponents.sort();
    QCOMPARE(opponents, (QStringList{u"Juventus"_s, u"Real Madrid"_s, u"Tottenham Hotspur"_s}));
    QCOMPARE(chart.pathLineCount(), 2); // round of 16 to quarter-final, quarter-final to semi-final
    // Ajax's name is drawn in the path's colour
    int ajaxNames = 0;
    for (const QGraphicsSimpleTextItem *text : chart.texts()) {
        if (text->text() == u"AFC Ajax") {
            QCOMPARE(text->brush().color(), path);
            ++ajaxNames;
        }
    }
    QCOMPARE(ajaxNames, 3);
    QVERIFY(chart.detailText().contains(u"\u201cajax\u201d"_s));

    // A finalist's path runs on to the finalists
    query.clubText = u"liverpool"_s;
    chart.showTies({set, query.select(*set), -1, query.clubText});
    QCOMPARE(chart.pathLineCount(), 3);
}

void TestBracketChart::svgHoldsEveryName_data()
{
    QTest::addColumn<QString>("clubText");
    QTest::newRow("whole chain") << QString();
    QTest::newRow("ajax's path") << u"ajax"_s;
}

void TestBracketChart::svgHoldsEveryName()
{
    // Given the chain drawn and exported as SVG
    QFETCH(QString, clubText);
    const auto set = load(chain2018());
    TieQuery query;
    query.clubText = clubText;
    BracketChart chart;
    draw(chart, {set, query.select(*set), -1, clubText});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bracket.svg"_s);
    ChartExportOptions options;
    options.size = ExportSize;
    QString error;
    QVERIFY2(ChartExporter::write(&chart, path, options, &error), qPrintable(error));

    // Then every club's name is a text element of its own, not a path
    const QSet<QString> texts = svgTexts(testfiles::readAll(path));
    QVERIFY(texts.size() > 20);
    for (const Tie &tie : set->ties) {
        for (const ClubId club : {tie.home, tie.away})
            QVERIFY2(texts.contains(set->clubName(club)), qPrintable(set->clubName(club)));
    }
    QVERIFY(texts.contains(u"Finalists"_s));
}

void TestBracketChart::unchainedRounds()
{
    // Given four real rounds of other competitions and seasons
    const auto set = load(unrelatedRounds());
    BracketChart chart;
    draw(chart, shownAll(set));

    // Then they stand in four columns, no line joins them, no finalists, and the note says why
    const std::map<qreal, int> columns = boxColumns(chart, *set);
    QCOMPARE(columns.size(), std::size_t(4));
    int boxes = 0;
    for (const auto &[x, count] : columns)
        boxes += count;
    QCOMPARE(boxes, int(set->ties.size()));
    QVERIFY(chart.finalistBoxes().isEmpty());
    QVERIFY2(chart.detailText().contains(u"do not all chain"_s), qPrintable(chart.detailText()));
    QVERIFY(chart.detailText().contains(u"4 groups stand in separate columns"_s));
    QVERIFY(chart.title().contains(u"separate columns"_s));
    // The columns are headed by their files' names
    QStringList texts;
    for (const QGraphicsSimpleTextItem *text : chart.texts())
        texts << text->text();
    for (const QString &file : unrelatedRounds())
        QVERIFY2(texts.contains(file)
                     || std::any_of(chart.texts().begin(), chart.texts().end(),
                                    [&file](const QGraphicsSimpleTextItem *t) { return t->toolTip().contains(file); }),
                 qPrintable(file));
}

void TestBracketChart::footballTxtSeason()
{
    // Given a Football.TXT season, its rounds named in one file
    const auto set = load({u"openfootball-cl-2018-19.txt"_s});
    BracketChart chart;
    draw(chart, shownAll(set));

    // Then its knockout rounds stand in three columns headed by their names, the final's clubs
    // as finalists
    std::vector<int> sizes;
    for (const auto &[x, count] : boxColumns(chart, *set))
        sizes.push_back(count);
    QCOMPARE(sizes, (std::vector<int>{8, 4, 2}));
    QStringList headings;
    for (const QGraphicsSimpleTextItem *text : chart.texts()) {
        // A heading stands on the canvas, the chart's child; a box's text in its box
        if (text->parentItem()->parentItem() == &chart)
            headings << text->text();
    }
    for (const QString &round : {u"Round of 16"_s, u"Quarterfinals"_s, u"Semifinals"_s, u"Finalists"_s})
        QVERIFY2(headings.contains(round), qPrintable(headings.join(u'|')));
    QCOMPARE(finalistNames(chart), (QStringList{u"Tottenham Hotspur"_s, u"Liverpool FC"_s}));
    QVERIFY2(chart.detailText().startsWith(u"3 rounds that follow one another, 14 ties"_s),
             qPrintable(chart.detailText()));
}

void TestBracketChart::entrantsMarked()
{
    // Given a qualifying-style chain, where the second round's away clubs enter
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto set = load(writeChain(QDir(dir.path()), 4, true));
    BracketChart chart;
    draw(chart, shownAll(set));

    // Then their boxes say they entered there, by the mark and in the tooltip
    const BracketRound &second = chart.bracket().rounds[1];
    for (const BracketTie &entry : second.ties) {
        const Tie &tie = set->ties[std::size_t(entry.tie)];
        const QGraphicsRectItem *box = chart.boxOf(entry.tie);
        const QStringList texts = textsIn(box);
        QVERIFY2(std::any_of(texts.begin(), texts.end(), [](const QString &t) { return t.startsWith(u"+ "_s); }),
                 qPrintable(texts.join(u'|')));
        QVERIFY(box->toolTip().contains(set->clubName(tie.away) + u" entered the competition in this round"_s));
        QVERIFY(!box->toolTip().contains(set->clubName(tie.home) + u" entered"_s));
    }
    QVERIFY(chart.detailText().contains(u"+ entered in that round"_s));
}

void TestBracketChart::readableAt64Ties_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("export size") << ExportSize;
    QTest::newRow("small window") << QSize(900, 600);
    QTest::newRow("large") << QSize(2400, 1600);
}

void TestBracketChart::readableAt64Ties()
{
    // Given a knockout of 64 first-round ties down to one, long names
    QFETCH(QSize, size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto set = load(writeChain(QDir(dir.path()), 64));
    QCOMPARE(set->ties.size(), std::size_t(127));

    BracketChart chart;
    draw(chart, shownAll(set), size);

    // Then seven columns hold every tie, no two boxes overlap, every text stays in its box at a
    // readable size, and a name that does not fit is shortened with an ellipsis, whole in its tooltip
    const std::map<qreal, int> columns = boxColumns(chart, *set);
    QCOMPARE(columns.size(), std::size_t(7));
    QCOMPARE(columns.begin()->second, 64);
    std::map<qreal, std::vector<QRectF>> byColumn;
    for (std::size_t i = 0; i < set->ties.size(); ++i) {
        const QGraphicsRectItem *box = chart.boxOf(int(i));
        QVERIFY(box);
        QVERIFY(chart.rect().contains(box->rect()));
        byColumn[box->rect().left()].push_back(box->rect());
        for (const QGraphicsItem *child : box->childItems()) {
            const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(child);
            if (!text)
                continue;
            QVERIFY(text->font().pixelSize() >= BracketChart::MinFontPixels);
            const QRectF drawn = text->mapRectToParent(text->boundingRect());
            QVERIFY2(box->rect().adjusted(-1, -2, 1, 2).contains(drawn),
                     qPrintable(u"%1 outside its box"_s.arg(text->text())));
        }
    }
    for (auto &[x, rects] : byColumn) {
        std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
        for (std::size_t i = 1; i < rects.size(); ++i)
            QVERIFY(rects[i - 1].bottom() <= rects[i].top());
    }
    int shortened = 0;
    for (const QGraphicsSimpleTextItem *text : chart.texts()) {
        if (!text->text().endsWith(u'\u2026'))
            continue;
        ++shortened;
        const QString prefix = text->text().chopped(1);
        QVERIFY2(text->toolTip().startsWith(prefix) && text->toolTip().startsWith(u"Sporting Club of"_s)
                     && text->toolTip().size() > text->text().size(),
                 qPrintable(text->text() + u" / "_s + text->toolTip()));
    }
    QVERIFY(shortened >= 64);
    // The first round's names keep enough of themselves to tell the clubs apart at the export size
    if (size == ExportSize) {
        const QGraphicsRectItem *first = chart.boxOf(chart.bracket().rounds[0].ties[0].tie);
        QVERIFY(textsIn(first).constFirst().size() >= 6);
    }
}

void TestBracketChart::clickSelectsTie()
{
    // Given the chain on screen
    const auto set = load(chain2018());
    auto *chart = new BracketChart;
    QChartView view(chart);
    view.resize(1000, 700);
    chart->showTies(shownAll(set));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(chart->boxOf(0) && chart->size().toSize() == view.viewport()->size());
    QCoreApplication::processEvents(); // the queued layout for the view's size

    // When the user clicks a quarter-final's box
    QSignalSpy clicked(chart, &TieChart::tieClicked);
    const int tie = chart->bracket().rounds[1].ties[2].tie;
    const QGraphicsRectItem *box = chart->boxOf(tie);
    QVERIFY(box);
    const QPoint at = view.mapFromScene(box->mapToScene(box->rect().center() + QPointF(box->rect().width() / 3, 0)));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);

    // Then that tie is clicked, and selecting it marks its box
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.constFirst().constFirst().toInt(), tie);
    ShownTies selected = shownAll(set);
    selected.current = tie;
    chart->showTies(selected);
    QCOMPARE(chart->boxOf(tie)->pen().style(), Qt::DashLine);
}

void TestBracketChart::followsTheTheme()
{
    const auto set = load(chain2018());
    BracketChart chart;
    draw(chart, shownAll(set));
    for (const bool dark : {true, false}) {
        chart.setDark(dark);
        const ChartColors colors = chartColors(dark);
        QCOMPARE(chart.boxOf(0)->brush().color(), colors.separator);
        QCOMPARE(chart.finalistBoxes().constFirst()->pen().color(), colors.winner);
        QCOMPARE(chart.texts().constFirst()->brush().color(), chart.titleBrush().color());
    }
}

void TestBracketChart::nothingToShow()
{
    BracketChart chart;
    draw(chart, {});
    QVERIFY(chart.texts().isEmpty());
    QVERIFY(chart.title().contains(u"No ties to show"_s));
    const auto set = load(chain2018());
    chart.showTies({set, {}, -1, {}});
    QVERIFY(chart.title().contains(u"No ties to show"_s));
    QVERIFY(!ChartExporter::render(&chart, ExportSize).isNull());
}

QTEST_MAIN(TestBracketChart)
#include "tst_bracketchart.moc"
