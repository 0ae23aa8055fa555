// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a chart to PNG, JPEG, SVG or PDF at a given size, through QSaveFile so that an existing
// file is never left half-written, or to a device (standard output); renders it for the clipboard.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QIODevice;
QT_END_NAMESPACE

namespace tb {

enum class ChartFormat {
    Png,
    Jpeg,
    Svg,
    Pdf
};

// The one place for the sizes a chart is exported at: the dialog, the command line's --size and
// --export-chart all check against these.
struct ChartSizeLimits
{
    static constexpr QSize Default{1200, 800};
    // The largest side we agree to draw: 10000 x 10000 is already 400 MB of pixels.
    static constexpr int MaxSide = 10000;
    // The export dialog's smallest side: below it no chart is legible.
    static constexpr int MinDialogSide = 100;
    // Each side from 1 to MaxSide.
    static constexpr bool fits(QSize size)
    {
        return size.width() >= 1 && size.height() >= 1 && size.width() <= MaxSide && size.height() <= MaxSide;
    }
};

struct ChartExportOptions
{
    QSize size = ChartSizeLimits::Default; // logical pixels (points for PDF)
    qreal scale = 1.0; // raster formats only: the image is size * scale pixels
    QString title; // stored in SVG and PDF metadata
};

class ChartExporter
{
public:
    // The format a file name asks for by its extension (case-insensitive), or nothing.
    static std::optional<ChartFormat> formatForPath(const QString &path);
    // The format a name says: "png", "jpg" or "jpeg", "svg", "pdf" (case-insensitive), or nothing.
    static std::optional<ChartFormat> formatForName(const QString &name);
    static bool isRaster(ChartFormat format) { return format == ChartFormat::Png || format == ChartFormat::Jpeg; }
    // "PNG image (*.png)" ... for file dialogs, in ChartFormat order.
    static QStringList nameFilters();
    static QString extension(ChartFormat format); // "png", "jpg", "svg", "pdf"

    // Draws `chart` at `size` logical pixels into an image of size * scale device pixels
    // (the image's device pixel ratio is `scale`). The chart is laid out at `size` for the
    // drawing and given back its old size and scene afterwards.
    static QImage render(QChart *chart, QSize size, qreal scale = 1.0);

    // Writes `chart` to `path` in the format its extension names. On failure returns false and
    // sets `error` to a sentence naming the path and the reason; an existing file stays as it was.
    static bool write(QChart *chart, const QString &path, const ChartExportOptions &options, QString *error);
    // Writes `chart` in `format` to `device`, open for writing and read by nobody before the end
    // (standard output: PDF and every other format are written front to back). On failure
    // returns false and sets `reason` to why, for the caller to say where.
    static bool write(QChart *chart, QIODevice &device, ChartFormat format, const ChartExportOptions &options,
                      QString *reason);
};

} // namespace tb
