// SPDX-License-Identifier: GPL-3.0-or-later
// The dockable Problems pane: every diagnostic of the loaded files with its file, line and message.
#pragma once

#include "loader.h"

#include <QDockWidget>
#include <memory>

QT_BEGIN_NAMESPACE
class QTableView;
QT_END_NAMESPACE

namespace tb {

class ProblemModel;
struct TieSet;

class ProblemsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ProblemsDock(QWidget *parent = nullptr);

    // The model is filled while the pane is shown, and when it is next shown: with a file of
    // many problems that work is saved for the users who look at them.
    void setTieSet(std::shared_ptr<const TieSet> set);
    // The files that could not be loaded, listed after the set's problems.
    void setFailures(const QList<LoadFailure> &failures);
    ProblemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    // A problem inside a tie was double-clicked (or Enter pressed on it).
    void tieActivated(int tieIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillIfShown();

    ProblemModel *m_model;
    std::shared_ptr<const TieSet> m_set;
    bool m_filled = true; // the model shows m_set
    QTableView *m_view;
};

} // namespace tb
