// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's permanent parts: "12 of 37 ties", the problem counts, and load progress with Cancel.
#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;
class QToolButton;
QT_END_NAMESPACE

namespace tb {

class StatusPanel : public QObject
{
    Q_OBJECT
public:
    // Adds its widgets to `bar`.
    explicit StatusPanel(QStatusBar *bar);

    void setTieCounts(int visible, int total);
    void setProblemCounts(int errors, int warnings);
    // Shows the progress bar and Cancel button while loading.
    void setLoading(bool loading);
    void setProgress(qint64 done, qint64 total);

    QString tieCountText() const;
    QString problemCountText() const;
    QToolButton *problemsButton() const { return m_problems; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void problemsClicked();
    void cancelClicked();

private:
    QLabel *m_count;
    QToolButton *m_problems;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace tb
