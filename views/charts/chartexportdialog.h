// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Chart…: where to write the chart, in which format, at which size and scale.
#pragma once

#include "chartexporter.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace tb {

class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MinSide = ChartSizeLimits::MinDialogSide;
    static constexpr int MaxSide = ChartSizeLimits::MaxSide;

    // `path` is the suggested file (its extension picks the format), `size` the suggested size.
    ChartExportDialog(const QString &path, QSize size, QWidget *parent = nullptr);

    QString path() const;
    ChartFormat format() const;
    QSize chartSize() const;
    qreal scale() const; // 1 for vector formats
    ChartExportOptions options() const;

    // What the dialog would do if these were typed in (used by tests as the user would).
    void setPath(const QString &path);
    void setFormat(ChartFormat format);
    void setChartSize(QSize size);
    void setScale(qreal scale);

private:
    void browse();
    void pathEdited();
    void formatChosen();
    void updateState();

    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QLabel *m_pixels = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tb
