// SPDX-License-Identifier: GPL-3.0-or-later
// A non-modal bar above the table that says what went wrong (or right) without a dialog.
#pragma once

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace tb {

class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind {
        Information,
        Warning,
        Error
    };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows `text` (plain text, may hold several lines) until closed or replaced.
    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLook();

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
    bool m_updatingLook = false;
};

} // namespace tb
