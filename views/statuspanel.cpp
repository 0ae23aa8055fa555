// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's permanent parts; the window feeds them counts and progress.
#include "statuspanel.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace tb {

StatusPanel::StatusPanel(QStatusBar *bar)
    : QObject(bar)
    , m_count(new QLabel(bar))
    , m_problems(new QToolButton(bar))
    , m_progress(new QProgressBar(bar))
    , m_cancel(new QPushButton(bar))
{
    m_count->setAccessibleName(tr("Tie count"));
    m_problems->setAutoRaise(true);
    m_problems->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problems->setToolTip(tr("Show the Problems pane"));
    m_problems->setAccessibleName(tr("Problems"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading; what was loaded before stays"));
    m_cancel->setAccessibleName(tr("Cancel loading"));

    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    bar->addPermanentWidget(m_problems);
    bar->addPermanentWidget(m_count);
    setLoading(false);
    setTieCounts(0, 0);
    setProblemCounts(0, 0);

    connect(m_problems, &QToolButton::clicked, this, &StatusPanel::problemsClicked);
    connect(m_cancel, &QPushButton::clicked, this, &StatusPanel::cancelClicked);
}

void StatusPanel::setTieCounts(int visible, int total)
{
    m_count->setText(tr("%L1 of %L2 ties").arg(visible).arg(total));
}

void StatusPanel::setProblemCounts(int errors, int warnings)
{
    m_problems->setText(tr("Errors: %L1, warnings: %L2").arg(errors).arg(warnings));
    const QStyle::StandardPixmap icon = errors > 0 ? QStyle::SP_MessageBoxCritical
        : warnings > 0                             ? QStyle::SP_MessageBoxWarning
                                                   : QStyle::SP_DialogApplyButton;
    m_problems->setIcon(m_problems->style()->standardIcon(icon));
}

void StatusPanel::setLoading(bool loading)
{
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    if (loading)
        m_progress->setValue(0);
}

void StatusPanel::setProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

QString StatusPanel::tieCountText() const
{
    return m_count->text();
}

QString StatusPanel::problemCountText() const
{
    return m_problems->text();
}

} // namespace tb
