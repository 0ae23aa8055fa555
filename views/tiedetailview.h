// Everything about one tie: both legs side by side, the aggregate, how it was decided in a
// sentence, and marks where the file's stated winner or the scores do not add up.
#pragma once

#include <QWidget>

namespace tb {

struct TieSet;

class TieDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit TieDetailView(QWidget *parent = nullptr);
    ~TieDetailView() override;

    // `set` must outlive the view's use of it (the window keeps it in a shared_ptr);
    // tieIndex -1 (or a null set) shows "No tie selected".
    void setTie(const TieSet *set, int tieIndex);

    // Everything shown, one line per item ("Half time: 0:1 | 0:0"), for tests and the clipboard.
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    Private *d;
};

} // namespace tb
