// SPDX-License-Identifier: GPL-3.0-or-later
// A word-wrapped label that remembers its height for the widths it was last asked about.
#pragma once

#include <QLabel>

#include <array>
#include <utility>

namespace tb {

// QLabel lays its whole text out again for every heightForWidth() call, and one layout pass of
// a scroll area asks the same few widths many times over. For a rich-text label with a dozen
// links (the detail view's club paths) that was 40 ms of the GUI thread after every load.
// The heights are kept for the text, font, style, margins and format they were measured with.
class WrapLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrapLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The last few widths asked, with their heights; width -1: no entry.
    mutable std::array<std::pair<int, int>, 4> m_heights;
    mutable std::size_t m_nextHeight = 0;
    // What the heights are of, besides the font, style and contents margins, whose changes come
    // as events: QLabel's own setters do not send one.
    struct Measured
    {
        QString text;
        int margin = 0;
        int indent = -1;
        Qt::TextFormat format = Qt::AutoText;
        bool wordWrap = true;
        bool operator==(const Measured &) const = default;
    };
    Measured measured() const;
    mutable Measured m_measured;
};

} // namespace tb
