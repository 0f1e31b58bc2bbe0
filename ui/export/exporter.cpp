#include "exporter.h"

#include "canvasscene.h"
#include "exportmodeguard.h"
#include "reportwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPagedPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace tandem {

namespace {

// Fine enough that rounding to device pixels never shows, and the usual
// QPdfWriter default, so cosmetic details (hairlines) look as expected.
constexpr int PdfResolution = 1200;

void setError(QString* error, const QString& message) {
    if (error)
        *error = message;
}

QString tr(const char* text) {
    return QCoreApplication::translate("Exporter", text);
}

// QSvgGenerator can only give the document's size in whole units of its
// resolution; the page must be exact (A3 is 420 × 297 mm), so write it here.
QByteArray withPhysicalSize(QByteArray svg, const QSizeF& points) {
    const auto mm = [](qreal pt) { return QByteArray::number(pt / PagePlan::PointsPerMm, 'f', 2); };
    const qsizetype at = svg.indexOf("<svg");
    if (at >= 0) {
        svg.insert(at + 4, " width=\"" + mm(points.width()) + "mm\" height=\"" +
                               mm(points.height()) + "mm\"");
    }
    return svg;
}

// QPdfWriter writes the page size rounded to whole points; the page must be
// exact (A3 landscape is 1190.55 × 841.89 pt). The numbers are rewritten in
// place, padded to their old length, so the cross-reference offsets hold.
QByteArray withExactMediaBox(QByteArray pdf, const QSizeF& points) {
    static const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox \\[0 0 ([0-9]+\\.[0-9]+) ([0-9]+\\.[0-9]+)\\]"));
    const auto exact = [](qreal value, qsizetype length) {
        QByteArray number = QByteArray::number(value, 'f', 6);
        while (number.size() < length)
            number.prepend('0'); // PDF reads 0999.5 as 999.5
        return number;
    };
    const QString text = QString::fromLatin1(pdf);
    auto matches = mediaBox.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        // Pages of a report may be turned: match either way round.
        const qreal w = match.captured(1).toDouble();
        const qreal h = match.captured(2).toDouble();
        const bool upright =
            std::abs(w - points.width()) <= 1 && std::abs(h - points.height()) <= 1;
        const bool turned = std::abs(w - points.height()) <= 1 && std::abs(h - points.width()) <= 1;
        if (!upright && !turned)
            continue;
        const QByteArray width =
            exact(upright ? points.width() : points.height(), match.capturedLength(1));
        const QByteArray height =
            exact(upright ? points.height() : points.width(), match.capturedLength(2));
        if (width.size() != match.capturedLength(1) || height.size() != match.capturedLength(2))
            continue;
        pdf.replace(match.capturedStart(1), width.size(), width);
        pdf.replace(match.capturedStart(2), height.size(), height);
    }
    return pdf;
}

bool isPdf(QPagedPaintDevice* device) {
    return device->paintEngine() && device->paintEngine()->type() == QPaintEngine::Pdf;
}

// Sets the painter up to work in points from the paper's top-left corner,
// whatever the device's resolution and whether a printer keeps its own
// margins. Returns the paper's exact size.
QSizeF setUpPage(QPainter* painter, QPagedPaintDevice* device) {
    const QPageLayout layout = device->pageLayout();
    const qreal scale = device->logicalDpiX() / 72.0;
    painter->resetTransform();
    painter->scale(scale, scale);
    painter->translate(-layout.paintRect(QPageLayout::Point).topLeft());
    const QSizeF page = exactSizePoints(layout);
    if (isPdf(device)) {
        // Qt's PDF engine flips y about the page height rounded to whole
        // points; pdf() writes the exact page size, so shift to match.
        painter->translate(0, layout.fullRectPoints().height() - page.height());
    }
    return page;
}

bool paintReport(const Exporter& exporter, QPainter* painter, QPagedPaintDevice* device,
                 const ExportOptions& options) {
    // The device's orientation wins: the print preview may have changed it.
    ExportOptions reportOptions = options;
    reportOptions.orientation = device->pageLayout().orientation();
    ReportWriter report(exporter, reportOptions);
    return report.paint(painter, exactSizePoints(device->pageLayout()),
                        [&](int index, QPageLayout::Orientation wanted) -> std::optional<QSizeF> {
                            if (index > 0) {
                                // Takes effect at the next page. Only PDF engines can turn
                                // pages mid-job (QPrinter refuses others while active).
                                if (isPdf(device) && device->pageLayout().orientation() != wanted)
                                    device->setPageOrientation(wanted);
                                if (!device->newPage())
                                    return std::nullopt;
                            }
                            return setUpPage(painter, device);
                        });
}

} // namespace

Exporter::Exporter(CanvasScene* scene)
    : m_scene(scene) {}

void Exporter::renderCanvas(QPainter* painter, const CanvasPlacement& placement) const {
    const ExportModeGuard guard(m_scene, placement.arrangement);
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    m_scene->render(painter, placement.target, placement.source, Qt::IgnoreAspectRatio);
    painter->restore();
}

Legibility Exporter::legibility(const ExportOptions& options) const {
    const bool business = options.canvas != ExportCanvas::Operating;
    const bool operating = options.canvas != ExportCanvas::Business;
    const qreal noteScale = m_scene->smallestNoteScale(business, operating);
    const auto sizeOn = [&](const ExportOptions& chosen) {
        return PagePlan::forOptions(chosen, m_scene->layout()).textSize(noteScale);
    };
    Legibility result;
    result.textSize = sizeOn(options);
    if (!result.underFloor() || !options.page)
        return result;
    const qreal area = pageSizePoints(options).width() * pageSizePoints(options).height();
    for (QPageSize::PageSizeId page :
         {QPageSize::A3, QPageSize::A2, QPageSize::A1, QPageSize::A0}) {
        ExportOptions larger = options;
        larger.page = page;
        const QSizeF size = pageSizePoints(larger);
        if (size.width() * size.height() <= area * 1.01)
            continue;
        if (sizeOn(larger) >= PagePlan::LegibilityFloor) {
            result.largerPage = page;
            break;
        }
    }
    return result;
}

QString Exporter::legibilityWarning(const Legibility& legibility) {
    if (!legibility.underFloor())
        return {};
    const int percent = qRound(legibility.textSize * 100);
    const int floor = qRound(PagePlan::LegibilityFloor * 100);
    if (legibility.largerPage) {
        return tr("On this page the smallest note text is %1 % of its normal size, under the "
                  "%2 % that stays legible: choose %3 or “fit to content”.")
            .arg(percent)
            .arg(floor)
            .arg(exportPageTitle(legibility.largerPage));
    }
    return tr("On this page the smallest note text is %1 % of its normal size, under the %2 % "
              "that stays legible: choose “fit to content”.")
        .arg(percent)
        .arg(floor);
}

bool Exporter::paintPages(QPagedPaintDevice* device, const ExportOptions& options,
                          QString* error) const {
    QPainter painter;
    if (!painter.begin(device)) {
        setError(error, tr("cannot start painting on the page"));
        return false;
    }
    bool painted = true;
    if (options.report) {
        painted = paintReport(*this, &painter, device, options);
        if (!painted)
            setError(error, tr("cannot add a page"));
    } else {
        const PagePlan plan =
            PagePlan::forPaper(setUpPage(&painter, device), options, m_scene->layout());
        renderCanvas(&painter, plan.placement);
    }
    painter.end();
    return painted;
}

QByteArray Exporter::pdf(const ExportOptions& options, QString* error) const {
    const PagePlan plan = PagePlan::forOptions(options, m_scene->layout());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfResolution);
        writer.setTitle(documentTitle());
        writer.setCreator(QStringLiteral("Tandem %1").arg(QCoreApplication::applicationVersion()));
        const QPageSize size =
            options.page ? QPageSize(*options.page)
                         : QPageSize(plan.page, QPageSize::Point, QString(), QPageSize::ExactMatch);
        const QPageLayout::Orientation orientation =
            options.page ? options.orientation : QPageLayout::Portrait;
        if (!writer.setPageLayout(QPageLayout(size, orientation, QMarginsF()))) {
            setError(error, tr("the page size is not possible in a PDF"));
            return {};
        }
        if (!paintPages(&writer, options, error))
            return {};
    }
    return withExactMediaBox(buffer.data(), plan.page);
}

QByteArray Exporter::svg(const ExportOptions& options) const {
    const PagePlan plan = PagePlan::forOptions(options, m_scene->layout());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    // One user unit is one point, so fonts given in points stay true.
    generator.setResolution(72);
    generator.setViewBox(plan.paper());
    // QSvgGenerator writes these as they are: escape them, or a title with
    // "&" or "<" would make the file unreadable.
    generator.setTitle(documentTitle().toHtmlEscaped());
    generator.setDescription(exportCanvasTitle(options.canvas).toHtmlEscaped());
    QPainter painter(&generator);
    painter.fillRect(plan.paper(), Qt::white);
    renderCanvas(&painter, plan.placement);
    painter.end();
    return withPhysicalSize(buffer.data(), plan.page);
}

QImage Exporter::image(const ExportOptions& options, QString* error) const {
    const PagePlan plan = PagePlan::forOptions(options, m_scene->layout());
    const QSize pixels = plan.pixels(options.dpi);
    if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > MaxImagePixels) {
        setError(error, tr("a %1 × %2 pixel image is too large; choose a lower resolution")
                            .arg(pixels.width())
                            .arg(pixels.height()));
        return {};
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        setError(error, tr("not enough memory for a %1 × %2 pixel image")
                            .arg(pixels.width())
                            .arg(pixels.height()));
        return {};
    }
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.setText(QStringLiteral("Title"), documentTitle());
    image.setText(QStringLiteral("Software"),
                  QStringLiteral("Tandem %1").arg(QCoreApplication::applicationVersion()));
    QPainter painter(&image);
    // One factor for both axes: the image's sides are rounded to whole
    // pixels, and a scale that differs between them by a hair sends every
    // stroke down the raster engine's slow path (a 2,000-note poster took
    // half a minute instead of a second).
    const qreal pixelsPerPoint = options.dpi / 72.0;
    painter.scale(pixelsPerPoint, pixelsPerPoint);
    renderCanvas(&painter, plan.placement);
    painter.end();
    return image;
}

bool Exporter::exportToFile(const QString& path, const ExportOptions& options,
                            QString* error) const {
    const QString problem = options.problem();
    if (!problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    bool written = false;
    switch (options.format) {
    case ExportFormat::Pdf: {
        const QByteArray data = pdf(options, error);
        written = !data.isEmpty() && file.write(data) == data.size();
        break;
    }
    case ExportFormat::Svg: {
        const QByteArray data = svg(options);
        written = !data.isEmpty() && file.write(data) == data.size();
        break;
    }
    case ExportFormat::Png: {
        const QImage picture = image(options, error);
        if (picture.isNull())
            break;
        QImageWriter writer(&file, "png");
        written = writer.write(picture);
        if (!written)
            setError(error, tr("cannot write %1: %2").arg(path, writer.errorString()));
        break;
    }
    }
    if (!written) {
        if (error && error->isEmpty())
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        setError(error, tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

QString Exporter::documentTitle() const {
    const Document* document = m_scene->document();
    if (!document->info().title.isEmpty())
        return document->info().title;
    if (!document->filePath().isEmpty())
        return QFileInfo(document->filePath()).completeBaseName();
    return tr("Untitled session");
}

} // namespace tandem
