// SPDX-License-Identifier: GPL-3.0-or-later
// A word-wrapped label that remembers its height for the widths it was last asked about.
#include "wraplabel.h"

#include <QEvent>

namespace tb {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    m_heights.fill({-1, 0});
}

int WrapLabel::heightForWidth(int width) const
{
    // setText() is not virtual, so a new text is noticed here: comparing a few hundred
    // characters costs nothing next to laying them out.
    if (Measured now = measured(); !(now == m_measured)) {
        m_heights.fill({-1, 0});
        m_measured = std::move(now);
    }
    for (const auto &[knownWidth, height] : m_heights) {
        if (knownWidth == width)
            return height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_nextHeight] = {width, height};
    m_nextHeight = (m_nextHeight + 1) % m_heights.size();
    return height;
}

WrapLabel::Measured WrapLabel::measured() const
{
    return {text(), margin(), indent(), textFormat(), wordWrap()};
}

void WrapLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange: m_heights.fill({-1, 0}); break;
    default: break;
    }
    QLabel::changeEvent(event);
}

} // namespace tb
