// The multi-page PDF report, special characters in every format, printing
// through QPrinter, and the speed of large exports.

#include "alignment.h"
#include "exporter.h"
#include "exportfeature.h"
#include "reportwriter.h"
#include "sessiongenerator.h"
#include "test_export_helpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPrinter>
#include <QXmlStreamReader>

namespace tandem::test {
namespace {

QString exportFile(CanvasScene* scene, const QString& file, ExportOptions options) {
    options.format = *exportFormatFromPath(file);
    QString error;
    EXPECT_TRUE(Exporter(scene).exportToFile(file, options, &error)) << error.toStdString();
    return file;
}

QString pdfText(const QString& file) {
    return QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), file, QStringLiteral("-")})
            .out);
}

TEST(ExportReport, HasEverySectionPageNumbersAndCredits) {
    TANDEM_REQUIRE_TOOL("pdfinfo");
    TANDEM_REQUIRE_TOOL("pdftotext");
    TANDEM_REQUIRE_TOOL("pdfimages");
    QTemporaryDir dir;
    SceneFixture fixture(loadExample());
    ExportOptions options;
    options.report = true;
    const QString file = exportFile(fixture.scene.get(), dir.filePath("report.pdf"), options);

    ReportWriter writer(Exporter(fixture.scene.get()), options);
    const QStringList titles = writer.pageTitles(pageSizePoints(options));
    const int pages = static_cast<int>(titles.size());
    EXPECT_GE(pages, 6);
    EXPECT_EQ(titles.mid(1, 3), (QStringList{"Business Model Canvas", "Operating Model Canvas",
                                             "Both canvases and their links"}));
    EXPECT_TRUE(titles.contains(QStringLiteral("Alignment findings")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Traceability matrix")));

    const ToolResult info = runTool(QStringLiteral("pdfinfo"), {file});
    EXPECT_EQ(pdfPageCount(info.out), pages);
    EXPECT_NEAR(pdfPageSize(info.out).width(), 1190.55, 0.02);
    EXPECT_EQ(
        pdfImageCount(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file}).out),
        0);

    const QString text = pdfText(file);
    const SessionInfo& session = fixture.document.info();
    for (const QString& expected :
         {session.title, session.organisation, session.facilitator, ReportWriter::businessCredit(),
          ReportWriter::operatingCredit(), QStringLiteral("Alignment findings"),
          QStringLiteral("Traceability matrix")})
        EXPECT_TRUE(squeezed(text).contains(squeezed(expected))) << expected.toStdString();
    for (const QString& participant : session.participants)
        EXPECT_TRUE(text.contains(participant)) << participant.toStdString();
    for (int page = 1; page <= pages; ++page) {
        const QString number = QStringLiteral("%1 / %2").arg(page).arg(pages);
        EXPECT_TRUE(text.contains(number)) << number.toStdString();
    }
    // Every finding of the check, as the check words it.
    const AlignmentReport report = checkAlignment(fixture.document.state());
    ASSERT_FALSE(report.findings.empty());
    for (const Finding& finding : report.findings)
        EXPECT_TRUE(squeezed(text).contains(squeezed(withoutColorGlyphs(finding.message))))
            << finding.message.toStdString();
    // Every note, on the canvas pages.
    for (const QString& note : allTexts(fixture.document.state()))
        EXPECT_TRUE(squeezed(text).contains(squeezed(note))) << note.toStdString();
}

TEST(ExportReport, PortraitReportTurnsTheCanvasPages) {
    TANDEM_REQUIRE_TOOL("pdfinfo");
    QTemporaryDir dir;
    SceneFixture fixture(loadExample());
    ExportOptions options;
    options.report = true;
    options.page = QPageSize::A4;
    options.orientation = QPageLayout::Portrait;
    const QString file = exportFile(fixture.scene.get(), dir.filePath("a4.pdf"), options);
    const QString info = QString::fromUtf8(
        runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                            QStringLiteral("-l"), QStringLiteral("4"), file})
            .out);
    // "Page    2 size:  841.89 x 595.276 pts (A4)"
    QStringList sizes;
    const QRegularExpression pageSize(QStringLiteral("Page\\s+\\d+ size:\\s+([0-9.]+ x [0-9.]+)"));
    auto matches = pageSize.globalMatch(info);
    while (matches.hasNext())
        sizes.append(matches.next().captured(1));
    const QString portrait = QStringLiteral("595.276 x 841.89");
    const QString landscape = QStringLiteral("841.89 x 595.276");
    EXPECT_EQ(sizes, (QStringList{portrait, landscape, landscape, portrait})) << info.toStdString();
}

TEST(ExportReport, LargeSessionsPaginateTheTables) {
    TANDEM_REQUIRE_TOOL("pdfinfo");
    TANDEM_REQUIRE_TOOL("pdftotext");
    QTemporaryDir dir;
    SceneFixture fixture(generateSession(600, 7));
    ExportOptions options;
    options.report = true;
    options.page = QPageSize::A4;
    const QString file = exportFile(fixture.scene.get(), dir.filePath("large.pdf"), options);
    const int pages = pdfPageCount(runTool(QStringLiteral("pdfinfo"), {file}).out);
    EXPECT_GT(pages, 8);
    const QString text = pdfText(file);
    EXPECT_TRUE(text.contains(QStringLiteral("Alignment findings (continued)")));
    EXPECT_TRUE(text.contains(QStringLiteral("%1 / %1").arg(pages)));
    const AlignmentReport report = checkAlignment(fixture.document.state());
    for (const Finding& finding : report.findings)
        EXPECT_TRUE(squeezed(text).contains(squeezed(withoutColorGlyphs(finding.message))))
            << finding.message.toStdString();
}

// Notes with markup characters, quotes, emoji and right-to-left text come
// out as the same characters in SVG text and PDF text.
TEST(ExportContent, SpecialCharactersSurviveEveryFormat) {
    TANDEM_REQUIRE_TOOL("pdftotext");
    Session session = loadExample();
    const QStringList specials = {
        QStringLiteral("<script>alert('x')</script> & \"quoted\""),
        QStringLiteral("Fish & chips < 5 € > 3 £"),
        QStringLiteral("שלום עולם"),     // Hebrew, right to left
        QStringLiteral("مرحبا بالعالم"), // Arabic, right to left, joined
        QStringLiteral("Coffee ☕ and cake 🍰"),
    };
    auto& notes = session.state.elements(Block::ValuePropositions);
    ASSERT_EQ(notes.size(), 4u);
    for (int i = 0; i < 4; ++i)
        notes[i].text = specials[i];
    session.state.elements(Block::KeyPartners).front().text = specials[4];
    session.info.title = QStringLiteral("Q&A <draft> \"v2\"");
    SceneFixture fixture(session);
    QTemporaryDir dir;
    ExportOptions options;
    options.canvas = ExportCanvas::Business;

    const QString svg = exportFile(fixture.scene.get(), dir.filePath("special.svg"), options);
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString texts;
    QString title;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("text"))
            texts += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == QLatin1String("title"))
            title = xml.readElementText();
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(title, session.info.title);
    for (const QString& special : specials)
        EXPECT_TRUE(squeezed(texts).contains(squeezed(special))) << special.toStdString();

    const QString pdf = exportFile(fixture.scene.get(), dir.filePath("special.pdf"), options);
    const QString text = squeezed(pdfText(pdf));
    // Arabic letters join into presentation forms that extract as other
    // code points; the rest must come back exactly.
    for (const QString& special : {specials[0], specials[1]})
        EXPECT_TRUE(text.contains(squeezed(special))) << special.toStdString();
    // Right-to-left text is drawn in visual order; pdftotext's default mode
    // puts it back in reading order (the raw mode keeps drawing order).
    const QString layout =
        QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
    EXPECT_TRUE(layout.contains(specials[2])) << layout.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Coffee"))) << text.toStdString();
    if (hasTool(QStringLiteral("pdfimages"))) {
        // Everything is vector but the two emoji, which are colour bitmaps.
        const QByteArray images =
            runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out;
        EXPECT_EQ(pdfImageRows(images, "image"), 2) << images.toStdString();
    }
}

TEST(ExportPrint, PrinterGetsThePagesOfTheOptions) {
    TANDEM_REQUIRE_TOOL("pdfinfo");
    QTemporaryDir dir;
    SceneFixture fixture(loadExample());
    for (bool report : {false, true}) {
        ExportOptions options;
        options.page = QPageSize::A4;
        options.report = report;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString file = dir.filePath(report ? "print-report.pdf" : "print.pdf");
        printer.setOutputFileName(file);
        ExportFeature::setUpPrinter(&printer, options);
        QString error;
        ASSERT_TRUE(Exporter(fixture.scene.get()).paintPages(&printer, options, &error))
            << error.toStdString();
        const ToolResult info = runTool(QStringLiteral("pdfinfo"), {file});
        const QSizeF size = pdfPageSize(info.out);
        // Printers work in whole points.
        EXPECT_NEAR(size.width(), 842, 1);
        EXPECT_NEAR(size.height(), 595, 1);
        const int expected =
            report ? static_cast<int>(ReportWriter(Exporter(fixture.scene.get()), options)
                                          .pageTitles(pageSizePoints(options))
                                          .size())
                   : 1;
        EXPECT_EQ(pdfPageCount(info.out), expected);
    }
}

TEST(ExportSpeed, TwoThousandNotes) {
    SceneFixture fixture(generateSession(2000, 42));
    QTemporaryDir dir;
    ExportOptions options;
    QElapsedTimer timer;
    timer.start();
    exportFile(fixture.scene.get(), dir.filePath("big.pdf"), options);
    const qint64 pdfMs = timer.restart();
    exportFile(fixture.scene.get(), dir.filePath("big.svg"), options);
    const qint64 svgMs = timer.restart();
    options.report = true;
    exportFile(fixture.scene.get(), dir.filePath("big-report.pdf"), options);
    const qint64 reportMs = timer.elapsed();
    std::printf("[ timing ] 2000 notes, A3: PDF %lld ms, SVG %lld ms, report %lld ms\n",
                static_cast<long long>(pdfMs), static_cast<long long>(svgMs),
                static_cast<long long>(reportMs));
    // Under 3 s in a release build (tests/bench); debug builds are slower.
    EXPECT_LT(pdfMs, scaledMs(15000));
    EXPECT_LT(svgMs, scaledMs(15000));
}

} // namespace
} // namespace tandem::test
