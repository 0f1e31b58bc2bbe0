// Exports of the example session to SVG, PDF and PNG, for each canvas,
// checked with the tools a user opens them with: poppler (pdfinfo,
// pdftotext, pdffonts, pdfimages), librsvg (rsvg-convert) and QSvgRenderer.

#include "exporter.h"
#include "exportoptions.h"
#include "linklayer.h"
#include "noteitem.h"
#include "test_export_helpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QXmlStreamReader>

namespace tandem::test {
namespace {

class ExportTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    QString path(const QString& name) const { return dir.filePath(name); }
    QString exportTo(const QString& name, ExportOptions options) {
        options.format = *exportFormatFromPath(name);
        const QString file = path(name);
        QString error;
        EXPECT_TRUE(Exporter(fixture.scene.get()).exportToFile(file, options, &error))
            << error.toStdString();
        return file;
    }
    QStringList textsOf(ExportCanvas canvas) const {
        const CanvasState& state = fixture.document.state();
        QStringList texts;
        for (Block block : allBlocks()) {
            const bool business = canvasOf(block) == Canvas::Business;
            const bool wanted =
                canvas == ExportCanvas::Both || (business == (canvas == ExportCanvas::Business)) ||
                // The OMC mirrors the BMC's value propositions and segments.
                (canvas == ExportCanvas::Operating && CanvasLayout::hasMirror(block));
            if (!wanted)
                continue;
            for (const Element& element : state.elements(block))
                texts.append(element.text);
        }
        if (canvas != ExportCanvas::Business) {
            for (const ValueChain& chain : state.chains) {
                for (const Element& stage : chain.stages)
                    texts.append(stage.text);
            }
        }
        return texts;
    }

    QTemporaryDir dir;
    SceneFixture fixture{loadExample()};
};

TEST_F(ExportTest, PdfPagesHaveTheChosenSizeAndOrientation) {
    TANDEM_REQUIRE_TOOL("pdfinfo");
    struct Case {
        std::optional<QPageSize::PageSizeId> page;
        QPageLayout::Orientation orientation;
        QSizeF points;
    } cases[] = {
        {QPageSize::A3, QPageLayout::Landscape, {1190.55, 841.89}},
        {QPageSize::A4, QPageLayout::Portrait, {595.28, 841.89}},
        {QPageSize::A4, QPageLayout::Landscape, {841.89, 595.28}},
        {QPageSize::A0, QPageLayout::Landscape, {3370.39, 2383.94}},
        {QPageSize::Letter, QPageLayout::Landscape, {792, 612}},
        {QPageSize::Tabloid, QPageLayout::Portrait, {792, 1224}},
    };
    for (const Case& c : cases) {
        ExportOptions options;
        options.page = c.page;
        options.orientation = c.orientation;
        const QString file = exportTo(exportPageKey(c.page) + QStringLiteral(".pdf"), options);
        const ToolResult info = runTool(QStringLiteral("pdfinfo"), {file});
        ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
        const QSizeF size = pdfPageSize(info.out);
        EXPECT_NEAR(size.width(), c.points.width(), 0.02) << info.out.toStdString();
        EXPECT_NEAR(size.height(), c.points.height(), 0.02) << info.out.toStdString();
        EXPECT_EQ(pdfPageCount(info.out), 1);
    }
}

TEST_F(ExportTest, FitToContentPageIsTheContentPlusMargins) {
    TANDEM_REQUIRE_TOOL("pdfinfo");
    ExportOptions options;
    options.page.reset();
    options.marginMm = 5;
    for (ExportCanvas canvas :
         {ExportCanvas::Business, ExportCanvas::Operating, ExportCanvas::Both}) {
        options.canvas = canvas;
        const QString file = exportTo(exportCanvasKey(canvas) + QStringLiteral(".pdf"), options);
        const QSizeF size = pdfPageSize(runTool(QStringLiteral("pdfinfo"), {file}).out);
        const QSizeF content = CanvasPlacement::sourceRect(canvas, canvas == ExportCanvas::Both
                                                                       ? Arrangement::SideBySide
                                                                       : Arrangement::BusinessOnly)
                                   .size() *
                               PagePlan::PointsPerSceneUnit;
        const qreal margins = 2 * 5 * PagePlan::PointsPerMm;
        EXPECT_NEAR(size.width(), content.width() + margins, 0.02);
        EXPECT_NEAR(size.height(), content.height() + margins, 0.02);
    }
}

TEST_F(ExportTest, PdfIsVectorWithEmbeddedFontsAndEveryNoteAsText) {
    TANDEM_REQUIRE_TOOL("pdftotext");
    TANDEM_REQUIRE_TOOL("pdfimages");
    TANDEM_REQUIRE_TOOL("pdffonts");
    for (ExportCanvas canvas :
         {ExportCanvas::Business, ExportCanvas::Operating, ExportCanvas::Both}) {
        SCOPED_TRACE(exportCanvasKey(canvas).toStdString());
        ExportOptions options;
        options.canvas = canvas;
        const QString file = exportTo(exportCanvasKey(canvas) + QStringLiteral(".pdf"), options);

        const ToolResult images =
            runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file});
        ASSERT_EQ(images.exitCode, 0);
        EXPECT_EQ(pdfImageCount(images.out), 0) << images.out.toStdString();

        const ToolResult fonts = runTool(QStringLiteral("pdffonts"), {file});
        const auto listed = pdfFonts(fonts.out);
        ASSERT_FALSE(listed.empty()) << fonts.out.toStdString();
        bool openSans = false;
        for (const PdfFont& font : listed) {
            EXPECT_TRUE(font.embedded) << font.name.toStdString();
            openSans = openSans || font.name.contains(QLatin1String("OpenSans"));
        }
        EXPECT_TRUE(openSans) << fonts.out.toStdString();

        const ToolResult text = runTool(QStringLiteral("pdftotext"),
                                        {QStringLiteral("-raw"), file, QStringLiteral("-")});
        const QString extracted = squeezed(QString::fromUtf8(text.out));
        for (const QString& note : textsOf(canvas))
            EXPECT_TRUE(extracted.contains(squeezed(note))) << note.toStdString();
        if (canvas == ExportCanvas::Business) {
            EXPECT_FALSE(extracted.contains(squeezed(QStringLiteral("Roast to order"))));
        }
    }
}

TEST_F(ExportTest, SvgHasTheNotesAsTextAndRendersInIndependentRenderers) {
    for (ExportCanvas canvas :
         {ExportCanvas::Business, ExportCanvas::Operating, ExportCanvas::Both}) {
        SCOPED_TRACE(exportCanvasKey(canvas).toStdString());
        ExportOptions options;
        options.canvas = canvas;
        const QString file = exportTo(exportCanvasKey(canvas) + QStringLiteral(".svg"), options);

        QFile svg(file);
        ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svg);
        QString texts;
        QString viewBox;
        QString width;
        int images = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("svg")) {
                viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
                width = xml.attributes().value(QLatin1String("width")).toString();
            } else if (xml.name() == QLatin1String("text")) {
                texts += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.name() == QLatin1String("image")) {
                ++images;
            }
        }
        ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
        EXPECT_EQ(viewBox.split(QLatin1Char(' ')).mid(0, 2), (QStringList{"0", "0"}));
        EXPECT_NEAR(viewBox.split(QLatin1Char(' ')).value(2).toDouble(), 1190.55, 0.01);
        EXPECT_NEAR(viewBox.split(QLatin1Char(' ')).value(3).toDouble(), 841.89, 0.01);
        EXPECT_EQ(width, QStringLiteral("420.00mm"));
        EXPECT_EQ(images, 0);
        const QString squeezedTexts = squeezed(texts);
        for (const QString& note : textsOf(canvas))
            EXPECT_TRUE(squeezedTexts.contains(squeezed(note))) << note.toStdString();

        QSvgRenderer renderer(file);
        EXPECT_TRUE(renderer.isValid());

        if (hasTool(QStringLiteral("rsvg-convert"))) {
            const QString png = path(exportCanvasKey(canvas) + QStringLiteral("-rsvg.png"));
            const ToolResult rsvg =
                runTool(QStringLiteral("rsvg-convert"), {QStringLiteral("-o"), png, file});
            ASSERT_EQ(rsvg.exitCode, 0) << rsvg.err.toStdString();
            const QImage rendered(png);
            ASSERT_FALSE(rendered.isNull());
            // 420 mm at 96 dpi, librsvg's default.
            EXPECT_NEAR(rendered.width(), 420 / 25.4 * 96, 1);
            // Not a blank page: the canvas's accent band and notes are there.
            int coloured = 0;
            for (int y = 0; y < rendered.height(); y += 7) {
                for (int x = 0; x < rendered.width(); x += 7) {
                    const QColor c = rendered.pixelColor(x, y);
                    coloured += c.alpha() > 0 && c.saturation() > 60;
                }
            }
            EXPECT_GT(coloured, 500);
        }
    }
}

TEST_F(ExportTest, PngSizeFollowsPageAndResolution) {
    ExportOptions options;
    options.page = QPageSize::A4;
    options.orientation = QPageLayout::Portrait;
    options.dpi = 300;
    QImage image(exportTo(QStringLiteral("a4.png"), options));
    EXPECT_EQ(image.size(), QSize(2480, 3508));
    EXPECT_EQ(image.dotsPerMeterX(), qRound(300 / 0.0254));

    options.page = QPageSize::A3;
    options.orientation = QPageLayout::Landscape;
    options.dpi = 150;
    image.load(exportTo(QStringLiteral("a3.png"), options));
    EXPECT_EQ(image.size(), QSize(2480, 1754));

    // Fit to content at 96 dpi with no margin: one scene unit, one pixel.
    options.page.reset();
    options.marginMm = 0;
    options.dpi = 96;
    options.canvas = ExportCanvas::Business;
    image.load(exportTo(QStringLiteral("fit.png"), options));
    EXPECT_EQ(image.size(), fixture.scene->canvasRect(Canvas::Business).size().toSize());
}

// The canvas fills the area inside the margins on one axis and is centred on
// the other: no clipping, no stray white space, proportions kept.
TEST_F(ExportTest, CanvasFitsThePageExactly) {
    ExportOptions options;
    options.canvas = ExportCanvas::Business;
    options.dpi = 72; // one pixel per point
    options.marginMm = 10;
    const QImage image(exportTo(QStringLiteral("fit-check.png"), options));
    ASSERT_EQ(image.size(), QSize(1191, 842));
    // Where the canvas must land, worked out here rather than by the page
    // plan's own fitting: the BMC is wider than A3 (landscape, 1190.55 x
    // 841.89 pt), so it spans the page between the side margins at its own
    // proportions and is centred vertically.
    const qreal margin = 10 / 25.4 * 72;
    const QSizeF canvas = fixture.scene->canvasRect(Canvas::Business).size();
    const qreal width = 1190.55 - 2 * margin;
    const qreal height = width * canvas.height() / canvas.width();
    ASSERT_LT(height, 841.89 - 2 * margin) << "the BMC is wider than A3";
    const QRectF expected(margin, (841.89 - height) / 2, width, height);
    // The accent band runs along the canvas's top edge, from side to side.
    const int bandRow = qRound(expected.top() + 2);
    const auto isWhite = [&](int x, int y) { return image.pixelColor(x, y).lightness() > 250; };
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.width(); ++x) {
        if (!isWhite(x, bandRow)) {
            if (first < 0)
                first = x;
            last = x;
        }
    }
    EXPECT_NEAR(first, expected.left(), 1.5);
    EXPECT_NEAR(last + 1, expected.right(), 1.5);
    // Nothing at all in the margins.
    for (int y = 0; y < image.height(); ++y) {
        for (int x : {0, 10, image.width() - 11, image.width() - 1})
            ASSERT_TRUE(isWhite(x, y)) << x << "," << y;
    }
    for (int x = 0; x < image.width(); x += 3) {
        ASSERT_TRUE(isWhite(x, 5));
        ASSERT_TRUE(isWhite(x, image.height() - 5));
    }
}

// One rendering path: a PNG export is the on-screen scene, without the
// selection, pixel for pixel (within antialiasing noise).
TEST_F(ExportTest, PngMatchesTheOnScreenScene) {
    CanvasScene* scene = fixture.scene.get();
    for (ExportCanvas canvas : {ExportCanvas::Business, ExportCanvas::Both}) {
        SCOPED_TRACE(exportCanvasKey(canvas).toStdString());
        const Arrangement arrangement =
            canvas == ExportCanvas::Both ? Arrangement::SideBySide : Arrangement::BusinessOnly;
        scene->setArrangement(arrangement);
        // Links are drawn with hairlines on screen and with a pen that scales
        // on paper (LinkLayer): compare everything else pixel for pixel.
        const auto items = scene->items();
        for (QGraphicsItem* item : items) {
            if (item->type() == LinkLayer::Type)
                item->setVisible(false);
        }
        const QRectF source = CanvasPlacement::sourceRect(canvas, arrangement);
        QImage screen(source.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        screen.fill(Qt::white);
        {
            QPainter painter(&screen);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                                   QPainter::SmoothPixmapTransform);
            scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        }
        // A selected note shows its selection on screen, but not in exports.
        scene->selectIds({QStringLiteral("vp-fresh")});

        ExportOptions options;
        options.canvas = canvas;
        options.page.reset();
        options.marginMm = 0;
        options.dpi = 96;
        const QImage exported(
            exportTo(exportCanvasKey(canvas) + QStringLiteral("-px.png"), options));
        ASSERT_EQ(exported.size(), screen.size());
        EXPECT_EQ(scene->selectedIds(), QStringList{QStringLiteral("vp-fresh")});
        EXPECT_EQ(scene->arrangement(), arrangement);
        scene->clearSelection();

        qint64 total = 0;
        qint64 off = 0;
        const QImage a = exported.convertToFormat(QImage::Format_RGB32);
        const QImage b = screen.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < a.height(); ++y) {
            const auto* rowA = reinterpret_cast<const QRgb*>(a.constScanLine(y));
            const auto* rowB = reinterpret_cast<const QRgb*>(b.constScanLine(y));
            for (int x = 0; x < a.width(); ++x) {
                const int d = std::abs(qRed(rowA[x]) - qRed(rowB[x])) +
                              std::abs(qGreen(rowA[x]) - qGreen(rowB[x])) +
                              std::abs(qBlue(rowA[x]) - qBlue(rowB[x]));
                total += d;
                off += d > 24;
            }
        }
        const qint64 pixels = qint64(a.width()) * a.height();
        EXPECT_LT(double(total) / pixels, 0.5);
        EXPECT_LT(double(off) / pixels, 0.002);
    }
}

TEST_F(ExportTest, ExportLeavesTheSceneAsItWas) {
    CanvasScene* scene = fixture.scene.get();
    scene->setArrangement(Arrangement::Stacked);
    scene->selectIds({QStringLiteral("cs-cafes")});
    NoteItem* note = scene->noteItem(QStringLiteral("cs-cafes"));
    note->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    for (ExportCanvas canvas :
         {ExportCanvas::Business, ExportCanvas::Operating, ExportCanvas::Both}) {
        ExportOptions options;
        options.canvas = canvas;
        exportTo(QStringLiteral("state.svg"), options);
        EXPECT_EQ(scene->arrangement(), Arrangement::Stacked);
        EXPECT_FALSE(scene->exportMode());
        EXPECT_EQ(scene->selectedIds(), QStringList{QStringLiteral("cs-cafes")});
        EXPECT_EQ(note->cacheMode(), QGraphicsItem::DeviceCoordinateCache);
    }
}

TEST_F(ExportTest, CachedItemsStillComeOutAsVectors) {
    const auto items = fixture.scene->items();
    for (QGraphicsItem* item : items)
        item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    ExportOptions options;
    const QString file = exportTo(QStringLiteral("cached.svg"), options);
    QFile svg(file);
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    const QByteArray data = svg.readAll();
    EXPECT_FALSE(data.contains("<image"));
    EXPECT_TRUE(data.contains(">Traceable single</text>"));
}

TEST_F(ExportTest, FailedExportLeavesNoFileAndKeepsTheOldOne) {
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    QString error;
    const QString missing = path(QStringLiteral("no/such/folder/out.pdf"));
    EXPECT_FALSE(Exporter(fixture.scene.get()).exportToFile(missing, options, &error));
    EXPECT_TRUE(error.contains(missing)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(missing));

    // An image too large to make: the old file stays as it was.
    const QString old = path(QStringLiteral("old.png"));
    {
        QFile file(old);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("old bytes");
    }
    options.format = ExportFormat::Png;
    options.page = QPageSize::A0;
    options.dpi = 1200;
    error.clear();
    EXPECT_FALSE(Exporter(fixture.scene.get()).exportToFile(old, options, &error));
    EXPECT_TRUE(error.contains(QLatin1String("too large"))) << error.toStdString();
    QFile file(old);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("old bytes"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1) << "no temporary file left";
}

TEST_F(ExportTest, OptionsAreCheckedBeforeWriting) {
    ExportOptions options;
    EXPECT_TRUE(options.problem().isEmpty());
    options.report = true;
    options.format = ExportFormat::Svg;
    EXPECT_FALSE(options.problem().isEmpty());
    options.format = ExportFormat::Pdf;
    EXPECT_TRUE(options.problem().isEmpty());
    options.page.reset();
    EXPECT_FALSE(options.problem().isEmpty());
    options = ExportOptions{};
    options.marginMm = -1;
    EXPECT_FALSE(options.problem().isEmpty());
    options.marginMm = 100;
    options.page = QPageSize::A4;
    EXPECT_FALSE(options.problem().isEmpty()) << "no room left on A4";
    options = ExportOptions{};
    options.dpi = 5;
    EXPECT_FALSE(options.problem().isEmpty());

    EXPECT_EQ(exportPageFromKey(QStringLiteral("a3")), std::optional(std::optional(QPageSize::A3)));
    const auto fit = exportPageFromKey(QStringLiteral("FIT"));
    ASSERT_TRUE(fit.has_value());
    EXPECT_FALSE(fit->has_value());
    EXPECT_FALSE(exportPageFromKey(QStringLiteral("B5")).has_value());
    EXPECT_EQ(exportFormatFromPath(QStringLiteral("x/Poster.SVG")), ExportFormat::Svg);
    EXPECT_FALSE(exportFormatFromPath(QStringLiteral("poster.jpg")).has_value());
}

TEST_F(ExportTest, ExampleExportsQuickly) {
    ExportOptions options;
    QElapsedTimer timer;
    timer.start();
    exportTo(QStringLiteral("quick.pdf"), options);
    const qint64 pdfMs = timer.restart();
    exportTo(QStringLiteral("quick.svg"), options);
    const qint64 svgMs = timer.restart();
    options.dpi = 150;
    exportTo(QStringLiteral("quick.png"), options);
    const qint64 pngMs = timer.elapsed();
    std::printf("[ timing ] example, A3: PDF %lld ms, SVG %lld ms, PNG 150 dpi %lld ms\n",
                static_cast<long long>(pdfMs), static_cast<long long>(svgMs),
                static_cast<long long>(pngMs));
    // Well under a second in a release build; debug builds are slower.
    EXPECT_LT(pdfMs, scaledMs(3000));
}

} // namespace
} // namespace tandem::test
