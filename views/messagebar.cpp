// SPDX-License-Identifier: GPL-3.0-or-later
// The message bar: an icon, the text and a close button, tinted by how serious the message is.
#include "messagebar.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace tb {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    updateLook();
    show();
    // Screen readers announce it like a status line, since nothing takes the focus.
    QAccessibleEvent event(m_text, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    // updateLook() sets the palette itself: the guard keeps that from coming back here.
    if (!m_updatingLook && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        updateLook();
    QFrame::changeEvent(event);
}

void MessageBar::updateLook()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint = palette().color(QPalette::Highlight);
    if (m_kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xf6, 0x74, 0x00);
    } else if (m_kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xda, 0x44, 0x53);
    }
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(QSize(side, side), devicePixelRatioF()));

    // A light wash of the tint over the window colour keeps the text readable in dark themes too.
    const QColor base = QPalette().color(QPalette::Window);
    QColor mixed;
    mixed.setRgbF(base.redF() * 0.8f + tint.redF() * 0.2f, base.greenF() * 0.8f + tint.greenF() * 0.2f,
                  base.blueF() * 0.8f + tint.blueF() * 0.2f);
    QPalette look = palette();
    look.setColor(QPalette::Window, mixed);
    m_updatingLook = true;
    setPalette(look);
    m_updatingLook = false;
}

} // namespace tb
