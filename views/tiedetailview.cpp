// SPDX-License-Identifier: GPL-3.0-or-later
// The detail view of one tie: a grid of both legs, the aggregate, the decision and any problems.
#include "tiedetailview.h"

#include "wraplabel.h"

#include "chartstyle.h"
#include "clubpath.h"
#include "rules.h"
#include "tietext.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTextDocument>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tb {

namespace {

enum Row {
    MatchRow,
    DateRow,
    HalfTimeRow,
    FullTimeRow,
    ExtraTimeRow,
    PenaltiesRow,
    RowCount
};

// The columns of the grid: the two legs, and a play-off when the tie had one.
enum Column {
    Leg1Column,
    Leg2Column,
    PlayoffColumn,
    ColumnCount
};

QLabel *makeLabel(QWidget *parent, const QString &accessibleName, bool selectable = true)
{
    auto *label = new WrapLabel(parent);
    label->setAccessibleName(accessibleName);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// "Tue, 17 Feb 2015, 20:45" in the user's locale; the kick-off is local time where it was played.
QString whenText(const Leg &leg)
{
    const QLocale locale;
    const QDate date = leg.date();
    QString text = date.isValid() ? locale.toString(date, QLocale::ShortFormat) : TieDetailView::tr("date not given");
    if (date.isValid())
        text = locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u", "_s + text;
    if (leg.kickoffMinutes >= 0) {
        // Kick-off times are given to the minute; some locales' short format has seconds.
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(u":ss"_s);
        text += u", "_s + locale.toString(QTime(leg.kickoffMinutes / 60, leg.kickoffMinutes % 60), format);
    }
    return text;
}

} // namespace

struct TieDetailView::Private
{
    QStackedWidget *stack = nullptr;
    QLabel *empty = nullptr;
    QLabel *title = nullptr;
    QLabel *swatch = nullptr;
    QLabel *decision = nullptr;
    QLabel *aggregate = nullptr;
    QLabel *rowNames[RowCount] = {};
    QLabel *columnHeaders[ColumnCount] = {};
    QLabel *cells[RowCount][ColumnCount] = {};
    QFrame *problemFrame = nullptr;
    QLabel *problemIcon = nullptr;
    QLabel *problems = nullptr;
    std::shared_ptr<const TieSet> set; // the set of the tie shown
    QLabel *source = nullptr;
    QLabel *pathTitle = nullptr;
    QLabel *paths[2] = {};
    std::vector<int> pathTies[2]; // the ties each path links to, in its order
    // The paths waiting for pathTimer: of this tie of `set`, with `clubIndex` when the set has one.
    QTimer pathTimer;
    int pathTie = -1;
    std::shared_ptr<const TieIndexes::ClubIndex> clubIndex;
    bool hasWinner = false;

    void updateSwatch(const QWidget *view);
};

void TieDetailView::Private::updateSwatch(const QWidget *view)
{
    // The same colour as the winner's bars and line in the charts.
    const QColor color = chartColors(isDarkPalette(view->palette())).winner;
    const int side = view->fontMetrics().height() * 3 / 4;
    QPixmap pixmap(side, side);
    pixmap.fill(color);
    swatch->setPixmap(pixmap);
    swatch->setVisible(hasWinner);
}

TieDetailView::TieDetailView(QWidget *parent)
    : QWidget(parent)
    , d(new Private)
{
    setAccessibleName(tr("Tie details"));
    // A timer, not a queued call: Qt runs timers once the queued events are handled, so the table's
    // rows and the rest of the view are painted first.
    d->pathTimer.setSingleShot(true);
    d->pathTimer.setInterval(0);
    connect(&d->pathTimer, &QTimer::timeout, this, &TieDetailView::showPaths);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    d->stack = new QStackedWidget(this);
    outer->addWidget(d->stack);

    d->empty = makeLabel(d->stack, tr("No tie selected"), false);
    d->empty->setText(tr("No tie selected"));
    d->empty->setAlignment(Qt::AlignCenter);
    d->empty->setEnabled(false); // the palette's disabled text: quiet in light and dark themes
    d->stack->addWidget(d->empty);

    auto *scroll = new QScrollArea(d->stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    d->stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(page);

    d->title = makeLabel(page, tr("Clubs"));
    QFont titleFont = d->title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    d->title->setFont(titleFont);
    layout->addWidget(d->title);

    auto *decisionRow = new QHBoxLayout;
    d->swatch = new QLabel(page);
    d->swatch->setAccessibleName(tr("Colour of the club that went through in the charts"));
    decisionRow->addWidget(d->swatch, 0, Qt::AlignTop);
    d->decision = makeLabel(page, tr("How the tie was decided"));
    decisionRow->addWidget(d->decision, 1);
    layout->addLayout(decisionRow);

    d->aggregate = makeLabel(page, tr("Aggregate"));
    layout->addWidget(d->aggregate);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    const QString legNames[ColumnCount] = {tr("1st leg"), tr("2nd leg"), tr("Play-off")};
    for (int leg = 0; leg < ColumnCount; ++leg) {
        auto *header = makeLabel(page, legNames[leg], false);
        header->setText(legNames[leg]);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, leg + 1);
        d->columnHeaders[leg] = header;
    }
    const QString rowNames[RowCount] = {
        tr("Match"), tr("Date"), tr("Half time"), tr("Full time"), tr("After extra time"), tr("Penalties")};
    for (int row = 0; row < RowCount; ++row) {
        d->rowNames[row] = makeLabel(page, rowNames[row], false);
        d->rowNames[row]->setText(rowNames[row]);
        d->rowNames[row]->setWordWrap(false);
        grid->addWidget(d->rowNames[row], row + 1, 0, Qt::AlignTop);
        for (int leg = 0; leg < ColumnCount; ++leg) {
            d->cells[row][leg] = makeLabel(page, tr("%1, %2").arg(legNames[leg], rowNames[row]));
            grid->addWidget(d->cells[row][leg], row + 1, leg + 1, Qt::AlignTop);
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    d->problemFrame = new QFrame(page);
    d->problemFrame->setFrameShape(QFrame::StyledPanel);
    d->problemFrame->setAccessibleName(tr("Problems with this tie"));
    auto *problemLayout = new QHBoxLayout(d->problemFrame);
    d->problemIcon = new QLabel(d->problemFrame);
    d->problemIcon->setAccessibleName(tr("Warning"));
    problemLayout->addWidget(d->problemIcon, 0, Qt::AlignTop);
    d->problems = makeLabel(d->problemFrame, tr("Problems with this tie"));
    problemLayout->addWidget(d->problems, 1);
    layout->addWidget(d->problemFrame);

    d->pathTitle = makeLabel(page, tr("The clubs' other ties"), false);
    d->pathTitle->setText(tr("The clubs' other ties"));
    QFont pathFont = d->pathTitle->font();
    pathFont.setBold(true);
    d->pathTitle->setFont(pathFont);
    layout->addWidget(d->pathTitle);
    for (int club = 0; club < 2; ++club) {
        d->paths[club] = makeLabel(
            page, club == 0 ? tr("First leg's home club: other ties") : tr("First leg's away club: other ties"), false);
        d->paths[club]->setTextFormat(Qt::RichText);
        d->paths[club]->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(d->paths[club], &QLabel::linkActivated, this, [this](const QString &link) {
            // "tie:123"
            bool ok = false;
            const int tie = link.mid(4).toInt(&ok);
            if (link.startsWith(u"tie:"_s) && ok)
                Q_EMIT tieLinkActivated(tie);
        });
        layout->addWidget(d->paths[club]);
    }

    d->source = makeLabel(page, tr("Where the tie is in its file"));
    d->source->setEnabled(false);
    layout->addWidget(d->source);
    layout->addStretch(1);

    showTies({});
}

TieDetailView::~TieDetailView()
{
    delete d;
}

void TieDetailView::showTies(const ShownTies &ties)
{
    const Tie *current = ties.currentTie();
    if (!current) {
        d->stack->setCurrentIndex(0);
        d->hasWinner = false;
        d->set.reset();
        d->pathTimer.stop();
        d->clubIndex.reset();
        return;
    }
    d->set = ties.set;
    const TieSet *set = d->set.get();
    const Tie &tie = *current;
    d->stack->setCurrentIndex(1);

    d->title->setText(tieTitle(*set, tie));
    d->decision->setText(decisionSentence(*set, tie));
    d->hasWinner = tie.winner != Side::None;
    d->updateSwatch(this);

    const Aggregate total = rules::aggregate(tie);
    const bool played = hasScore(tie.leg1.status) || hasScore(tie.leg2.status);
    d->aggregate->setText(
        played ? tr("Aggregate %1:%2 (%3 first)").arg(total.home).arg(total.away).arg(set->clubName(tie.home))
               : tr("No aggregate: no leg has a score"));

    // The play-off's scores are from its first-named club's side, as each leg's are from its
    // home club's: the column reads like the legs beside it.
    const Playoff *playoff = set->playoffOf(tie);
    const Leg *legs[ColumnCount] = {&tie.leg1, &tie.leg2, playoff ? &playoff->match : nullptr};
    const QString homeOf[2] = {set->clubName(tie.home), set->clubName(tie.away)};
    const int playoffFirst = playoff && playoff->first == Side::Away ? 1 : 0;
    const int firstOf[ColumnCount] = {0, 1, playoffFirst};
    bool anyExtraTime = false;
    bool anyPenalties = false;
    for (int leg = 0; leg < ColumnCount; ++leg) {
        const bool shown = legs[leg] != nullptr;
        d->columnHeaders[leg]->setVisible(shown);
        for (QLabel *(&row)[ColumnCount] : d->cells)
            row[leg]->setVisible(shown);
        if (!shown)
            continue;
        const Leg &l = *legs[leg];
        d->cells[MatchRow][leg]->setText(tr("%1 \u2013 %2").arg(homeOf[firstOf[leg]], homeOf[1 - firstOf[leg]]));
        d->cells[DateRow][leg]->setText(whenText(l));
        if (hasScore(l.status)) {
            d->cells[HalfTimeRow][leg]->setText(l.halfTime.isValid() ? scoreText(l.halfTime) : tr("not given"));
            // An awarded score stands where the full-time score would, marked as the table's.
            d->cells[FullTimeRow][leg]->setText(
                l.status == LegStatus::Awarded ? tr("%1 (awarded)").arg(scoreText(l.fullTime)) : scoreText(l.fullTime));
        } else {
            d->cells[HalfTimeRow][leg]->setText(scoreText({}));
            d->cells[FullTimeRow][leg]->setText(legStatusText(l.status));
        }
        d->cells[ExtraTimeRow][leg]->setText(l.hasExtraTime() ? scoreText(l.extraTime) : scoreText({}));
        d->cells[PenaltiesRow][leg]->setText(l.hasPenalties() ? scoreText(l.penalties) : scoreText({}));
        anyExtraTime = anyExtraTime || l.hasExtraTime();
        anyPenalties = anyPenalties || l.hasPenalties();
    }
    // Extra time and penalties only where they happened.
    for (int leg = -1; leg < ColumnCount; ++leg) {
        if (leg >= 0 && !legs[leg])
            continue;
        QLabel *extra = leg < 0 ? d->rowNames[ExtraTimeRow] : d->cells[ExtraTimeRow][leg];
        QLabel *pens = leg < 0 ? d->rowNames[PenaltiesRow] : d->cells[PenaltiesRow][leg];
        extra->setVisible(anyExtraTime);
        pens->setVisible(anyPenalties);
    }

    const QStringList problems = problemSentences(*set, tie);
    d->problemFrame->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        d->problemIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(side, side));
        d->problems->setText(problems.join(u'\n'));
    }

    // The paths are two labels of rich text, the slowest part of the view to lay out: that waits
    // until the events queued now are handled, so that a load, or keys held down in the table,
    // lay them out once, for the tie the view ends on.
    d->pathTie = ties.current;
    d->clubIndex = ties.clubIndex;
    d->pathTimer.start();

    const QString fileName = tie.file < set->files.size() ? set->files[tie.file].displayName : QString();
    d->source->setText(fileName.isEmpty() ? tr("Line %1").arg(tie.line)
                                          : tr("%1, line %2").arg(fileName).arg(tie.line));
}

void TieDetailView::showPendingPaths() const
{
    if (d->pathTimer.isActive())
        const_cast<TieDetailView *>(this)->showPaths(); // what the view is about to show
}

void TieDetailView::showPaths()
{
    d->pathTimer.stop();
    if (!d->set || d->pathTie < 0 || std::size_t(d->pathTie) >= d->set->ties.size())
        return;
    const TieSet &set = *d->set;
    const int tieIndex = d->pathTie;
    const Tie &tie = set.ties[std::size_t(tieIndex)];
    const ClubId clubs[2] = {tie.home, tie.away};
    for (int club = 0; club < 2; ++club) {
        const ClubPath path = clubPath(set, clubs[club], tieIndex, ClubPathLimit, d->clubIndex.get());
        d->pathTies[club] = path.ties;
        const QString name = set.clubName(clubs[club]).toHtmlEscaped();
        if (path.ties.empty()) {
            d->paths[club]->setText(tr("<b>%1</b>: no other tie in the loaded rounds").arg(name));
            continue;
        }
        QStringList steps;
        for (const int other : path.ties) {
            steps << u"<a href=\"tie:%1\">%2</a>"_s.arg(other).arg(
                pathStepText(set, std::size_t(other), clubs[club]).toHtmlEscaped());
        }
        // One tie a line: a path is read down, like a bracket's rounds.
        QString text = tr("<b>%1</b>:").arg(name);
        if (path.total > path.ties.size())
            // Only ever cut to a dozen of many: both numbers are plural.
            text += u' ' + tr("the %L1 nearest in time of %L2 other ties").arg(path.ties.size()).arg(path.total);
        text += u"<br>\u2022 "_s + steps.join(u"<br>\u2022 "_s);
        d->paths[club]->setText(text);
    }
}

std::vector<int> TieDetailView::pathTies(int club) const
{
    showPendingPaths();
    return d->stack->currentIndex() == 0 ? std::vector<int>() : d->pathTies[club];
}

void TieDetailView::activatePathLink(int club, int step)
{
    showPendingPaths();
    Q_EMIT d->paths[club]->linkActivated(u"tie:%1"_s.arg(d->pathTies[club][std::size_t(step)]));
}

QString TieDetailView::summaryText() const
{
    if (d->stack->currentIndex() == 0)
        return d->empty->text();
    QStringList lines{d->title->text(), d->decision->text(), d->aggregate->text()};
    for (int row = 0; row < RowCount; ++row) {
        if (d->rowNames[row]->isHidden())
            continue;
        QStringList cells;
        for (int leg = 0; leg < ColumnCount; ++leg) {
            if (!d->cells[row][leg]->isHidden())
                cells << d->cells[row][leg]->text();
        }
        lines << d->rowNames[row]->text() + u": "_s + cells.join(u" | "_s);
    }
    if (!d->problemFrame->isHidden())
        lines << d->problems->text();
    lines << d->pathTitle->text();
    showPendingPaths();
    for (const QLabel *path : d->paths) {
        QTextDocument plain;
        plain.setHtml(path->text());
        lines << plain.toPlainText();
    }
    lines << d->source->text();
    return lines.join(u'\n');
}

void TieDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        d->updateSwatch(this);
    QWidget::changeEvent(event);
}

} // namespace tb
