// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog: the format follows the file name and the file name follows the format.
#include "chartexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace tb {

ChartExportDialog::ChartExportDialog(const QString &path, QSize size, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Chart"));
    auto *form = new QFormLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("File"));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    browse->setAccessibleName(tr("Choose the file"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);
    qobject_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(m_path);

    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Format"));
    const QStringList filters = ChartExporter::nameFilters();
    for (int i = 0; i < filters.size(); ++i)
        m_format->addItem(filters[i], i);
    form->addRow(tr("F&ormat:"), m_format);

    auto *sizeRow = new QHBoxLayout;
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height->setAccessibleName(tr("Height in pixels"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(MinSide, MaxSide);
        box->setSuffix(tr(" px"));
    }
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(tr("\u00d7"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    form->addRow(tr("&Size:"), sizeRow);
    qobject_cast<QLabel *>(form->labelForField(sizeRow))->setBuddy(m_width);

    m_scale = new QDoubleSpinBox(this);
    m_scale->setAccessibleName(tr("Scale for high-resolution images"));
    m_scale->setToolTip(
        tr("Raster images are drawn this many times larger, for sharp output on high-resolution screens and print"));
    m_scale->setRange(1.0, 4.0);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setSuffix(tr("\u00d7"));
    form->addRow(tr("S&cale:"), m_scale);

    m_pixels = new QLabel(this);
    m_pixels->setAccessibleName(tr("Size of the written file"));
    form->addRow(QString(), m_pixels);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, &ChartExportDialog::pathEdited);
    connect(m_format, &QComboBox::activated, this, &ChartExportDialog::formatChosen);
    connect(m_width, &QSpinBox::valueChanged, this, &ChartExportDialog::updateState);
    connect(m_height, &QSpinBox::valueChanged, this, &ChartExportDialog::updateState);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ChartExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setChartSize(size);
    setScale(1.0);
    setPath(path);
}

QString ChartExportDialog::path() const
{
    return m_path->text().trimmed();
}

ChartFormat ChartExportDialog::format() const
{
    return ChartFormat(m_format->currentData().toInt());
}

QSize ChartExportDialog::chartSize() const
{
    return {m_width->value(), m_height->value()};
}

qreal ChartExportDialog::scale() const
{
    return ChartExporter::isRaster(format()) ? m_scale->value() : 1.0;
}

ChartExportOptions ChartExportDialog::options() const
{
    ChartExportOptions result;
    result.size = chartSize();
    result.scale = scale();
    return result;
}

void ChartExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    pathEdited();
}

void ChartExportDialog::setFormat(ChartFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    formatChosen();
}

void ChartExportDialog::setChartSize(QSize size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    updateState();
}

void ChartExportDialog::setScale(qreal scale)
{
    m_scale->setValue(scale);
    updateState();
}

void ChartExportDialog::browse()
{
    const QStringList filters = ChartExporter::nameFilters();
    QString selected = filters.value(int(format()));
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Chart"), path(), filters.join(u";;"_s),
                                                        &selected);
    if (chosen.isEmpty())
        return;
    QString file = chosen;
    // A name typed without extension gets the one of the chosen filter.
    if (!ChartExporter::formatForPath(file)) {
        const qsizetype index = filters.indexOf(selected);
        file += u'.' + ChartExporter::extension(ChartFormat(std::max<qsizetype>(0, index)));
    }
    setPath(file);
}

void ChartExportDialog::pathEdited()
{
    if (const std::optional<ChartFormat> chosen = ChartExporter::formatForPath(path()))
        m_format->setCurrentIndex(m_format->findData(int(*chosen)));
    updateState();
}

void ChartExportDialog::formatChosen()
{
    // The file name follows the format: "chart.png" becomes "chart.svg".
    const QString current = path();
    if (!current.isEmpty()) {
        const QFileInfo info(current);
        const std::optional<ChartFormat> existing = ChartExporter::formatForPath(current);
        if (!existing || *existing != format()) {
            const QString base = existing ? current.left(current.size() - info.suffix().size() - 1) : current;
            m_path->setText(base + u'.' + ChartExporter::extension(format()));
        }
    }
    updateState();
}

void ChartExportDialog::updateState()
{
    const bool raster = ChartExporter::isRaster(format());
    m_scale->setEnabled(raster);
    const QSize size = chartSize();
    if (raster) {
        m_pixels->setText(tr("The image will be %1 \u00d7 %2 pixels.")
                              .arg(qRound(size.width() * m_scale->value()))
                              .arg(qRound(size.height() * m_scale->value())));
    } else {
        m_pixels->setText(tr("A vector drawing laid out at %1 \u00d7 %2 pixels.").arg(size.width()).arg(size.height()));
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!path().isEmpty() && ChartExporter::formatForPath(path()));
}

} // namespace tb
