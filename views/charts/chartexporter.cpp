// SPDX-License-Identifier: GPL-3.0-or-later
// Chart export: one way to lay a chart out at a size, four ways to write it.
#include "chartexporter.h"

#include "chartscene.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>
#include <QtCharts/QChart>
#include <memory>

using namespace Qt::StringLiterals;

namespace tb {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(tb::ChartExporter)
};

// Text in a chart is laid out with the screen's logical resolution; vector output uses the same
// so that text keeps its size relative to the rest of the chart.
int layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

// Lays `chart` out at `size`, paints it with `painter` into (0, 0, size), then puts it back.
void paintChart(QChart *chart, QPainter *painter, QSize size)
{
    const ChartScene lent(chart);
    const QSizeF oldSize = chart->size();
    chart->resize(size);
    // The layout would otherwise wait for the event loop.
    if (chart->layout())
        chart->layout()->activate();
    const QRectF source(chart->pos(), QSizeF(size));
    painter->fillRect(QRectF(QPointF(), QSizeF(size)), chart->backgroundBrush());
    lent.scene()->render(painter, QRectF(QPointF(), QSizeF(size)), source, Qt::IgnoreAspectRatio);
    chart->resize(oldSize);
    if (chart->layout())
        chart->layout()->activate();
}

// QSvgGenerator gives the drawing's size in millimetres at its resolution, which readers turn
// back into pixels at 90 or 96 dpi as they please; plain pixels say exactly what was asked.
QByteArray withPixelSize(QByteArray svg, QSize size)
{
    const qsizetype start = svg.indexOf("<svg ");
    const qsizetype end = start < 0 ? -1 : svg.indexOf('>', start);
    if (end < 0)
        return svg;
    QByteArray head = svg.mid(start, end - start);
    static const QRegularExpression width(u"\\bwidth=\"[^\"]*\""_s);
    static const QRegularExpression height(u"\\bheight=\"[^\"]*\""_s);
    QString text = QString::fromLatin1(head);
    text.replace(width, u"width=\"%1\""_s.arg(size.width()));
    text.replace(height, u"height=\"%1\""_s.arg(size.height()));
    return svg.replace(start, end - start, text.toLatin1());
}

QString failure(const QString &path, const QString &reason)
{
    return Text::tr("Cannot write the chart to %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

std::optional<ChartFormat> ChartExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.isEmpty() ? std::nullopt : formatForName(suffix);
}

std::optional<ChartFormat> ChartExporter::formatForName(const QString &name)
{
    const QString key = name.toLower();
    if (key == u"png")
        return ChartFormat::Png;
    if (key == u"jpg" || key == u"jpeg")
        return ChartFormat::Jpeg;
    if (key == u"svg")
        return ChartFormat::Svg;
    if (key == u"pdf")
        return ChartFormat::Pdf;
    return std::nullopt;
}

QString ChartExporter::extension(ChartFormat format)
{
    switch (format) {
    case ChartFormat::Png: return u"png"_s;
    case ChartFormat::Jpeg: return u"jpg"_s;
    case ChartFormat::Svg: return u"svg"_s;
    case ChartFormat::Pdf: return u"pdf"_s;
    }
    return {};
}

QStringList ChartExporter::nameFilters()
{
    return {Text::tr("PNG image (*.png)"), Text::tr("JPEG image (*.jpg *.jpeg)"), Text::tr("SVG drawing (*.svg)"),
            Text::tr("PDF document (*.pdf)")};
}

QImage ChartExporter::render(QChart *chart, QSize size, qreal scale)
{
    if (size.isEmpty() || scale <= 0)
        return {};
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintChart(chart, &painter, size);
    painter.end();
    return image;
}

bool ChartExporter::write(QChart *chart, const QString &path, const ChartExportOptions &options, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = failure(path, reason);
        return false;
    };
    const std::optional<ChartFormat> format = formatForPath(path);
    if (!format)
        return fail(Text::tr("the file name must end in .png, .jpg, .jpeg, .svg or .pdf"));
    if (options.size.isEmpty())
        return fail(Text::tr("the size %1x%2 is empty").arg(options.size.width()).arg(options.size.height()));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QString reason;
    if (!write(chart, file, *format, options, &reason))
        return fail(reason); // QSaveFile drops what it holds: an existing file stays as it was
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool ChartExporter::write(QChart *chart, QIODevice &device, ChartFormat format, const ChartExportOptions &options,
                          QString *reason)
{
    const auto fail = [&](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    // A file device keeps its write error (a full disk, a closed pipe), which says more than the
    // image writer's "Unknown error" does.
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    const auto deviceFailed = [file] { return file && file->error() != QFileDevice::NoError; };
    if (options.size.isEmpty())
        return fail(Text::tr("the size %1x%2 is empty").arg(options.size.width()).arg(options.size.height()));

    const QSize size = options.size;
    switch (format) {
    case ChartFormat::Png:
    case ChartFormat::Jpeg: {
        const qreal scale = options.scale > 0 ? options.scale : 1.0;
        QImage image = render(chart, size, scale);
        if (image.isNull())
            return fail(Text::tr("not enough memory for an image of %1x%2 pixels")
                            .arg(qRound(size.width() * scale))
                            .arg(qRound(size.height() * scale)));
        if (format == ChartFormat::Jpeg)
            image = image.convertToFormat(QImage::Format_RGB32); // JPEG has no transparency
        // Encoded in memory first, then written: libpng leaves by longjmp on a write error,
        // skipping Qt's clean-up (a leaked image), and the device says more about why.
        QBuffer encoded;
        encoded.open(QIODevice::WriteOnly);
        QImageWriter writer(&encoded, format == ChartFormat::Png ? "png" : "jpeg");
        if (format == ChartFormat::Jpeg)
            writer.setQuality(92);
        if (!writer.write(image))
            return fail(writer.errorString());
        if (device.write(encoded.data()) != encoded.size() || deviceFailed())
            return fail(deviceFailed() ? file->errorString() : device.errorString());
        break;
    }
    case ChartFormat::Svg: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setResolution(layoutDpi());
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(), size));
        generator.setTitle(options.title);
        generator.setDescription(Text::tr("Chart exported by Tie Browser"));
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(Text::tr("the SVG drawing could not be started"));
        paintChart(chart, &painter, size);
        if (!painter.end())
            return fail(Text::tr("the SVG drawing could not be finished"));
        const QByteArray svg = withPixelSize(buffer.data(), size);
        if (device.write(svg) != svg.size())
            return fail(device.errorString());
        break;
    }
    case ChartFormat::Pdf: {
        // One page exactly the chart's size: pixels at the layout resolution become points.
        const int dpi = layoutDpi();
        QPdfWriter writer(&device);
        writer.setResolution(dpi);
        writer.setCreator(u"Tie Browser"_s);
        writer.setTitle(options.title);
        const QSizeF points(size.width() * 72.0 / dpi, size.height() * 72.0 / dpi);
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Text::tr("the PDF document could not be started"));
        paintChart(chart, &painter, size);
        if (!painter.end())
            return fail(Text::tr("the PDF document could not be finished"));
        break;
    }
    }
    if (deviceFailed()) // even when the writer did not see it
        return fail(file->errorString());
    return true;
}

} // namespace tb
