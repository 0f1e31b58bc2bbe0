// Text in any language in every output (issue 16, item 4): Arabic and
// Hebrew notes read right to left and start at the right, emoji are drawn
// in colour (not as empty boxes) on the canvas, in PNG and in PDF, SVG keeps
// every character, and PDF text stays extractable.

#include "exporter.h"
#include "exportoptions.h"
#include "noteitem.h"
#include "notetext.h"
#include "test_export_helpers.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTextLayout>
#include <QXmlStreamReader>

namespace tandem::test {
namespace {

const QString Arabic = QStringLiteral("قهوة طازجة محمصة حسب الطلب");
const QString Hebrew = QStringLiteral("קפה טרי קלוי לפי הזמנה");
// A blue heart: no other ink on a white note is blue, so blue pixels there
// can only be the emoji in colour (a missing glyph's box is drawn in the
// text colour).
const QString Emoji = QStringLiteral("Loved by 💙 regulars");

// Where the ink is in an image: the bounding box of pixels darker than the
// background's (the note's fill is light).
QRect inkBox(const QImage& image, QRgb background) {
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < qGray(background) - 60)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

bool isBlue(QRgb pixel) {
    return qBlue(pixel) > 170 && qRed(pixel) < 120 && qBlue(pixel) - qGreen(pixel) > 40;
}

int bluePixels(const QImage& image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += isBlue(image.pixel(x, y)) ? 1 : 0;
    return count;
}

// A NoteText drawn black on white, `width` wide.
QImage drawn(const QString& text, qreal width) {
    NoteText layout;
    layout.setText(text, Theme::noteFont(), width);
    QImage image(int(width), int(layout.height()) + 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::black);
    layout.draw(&painter, QPointF(0, 0));
    return image;
}

// The width Qt gives a run of emoji in the note font, laid out afresh.
qreal emojiAdvance() {
    QTextLayout layout(QStringLiteral("💙💙💙💙"), Theme::noteFont());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1000);
    layout.endLayout();
    return line.naturalTextWidth();
}

Session sessionWithLanguages() {
    Session session = loadExample();
    auto& notes = session.state.elements(Block::ValuePropositions);
    notes[0].text = Arabic;
    notes[1].text = Hebrew;
    notes[2].text = Emoji;
    notes[2].color = QStringLiteral("white");
    return session;
}

class TextInAnyLanguage : public ::testing::Test {
protected:
    QString exportTo(const QString& name, ExportOptions options = {}) {
        options.canvas = ExportCanvas::Business;
        options.format = *exportFormatFromPath(name);
        const QString file = dir.filePath(name);
        QString error;
        EXPECT_TRUE(Exporter(fixture.scene.get()).exportToFile(file, options, &error))
            << error.toStdString();
        return file;
    }
    QString idOf(int index) const {
        return fixture.document.state().elements(Block::ValuePropositions)[index].id;
    }

    QTemporaryDir dir;
    SceneFixture fixture{sessionWithLanguages()};
};

TEST(NoteTextDirection, EachParagraphStartsWhereItsLanguageReads) {
    constexpr qreal Width = 300;
    const QImage hebrew = drawn(QStringLiteral("שלום"), Width);
    const QImage latin = drawn(QStringLiteral("Hello"), Width);
    EXPECT_GT(inkBox(hebrew, qRgb(255, 255, 255)).left(), Width / 2);
    EXPECT_GT(inkBox(hebrew, qRgb(255, 255, 255)).right(), Width - 8);
    EXPECT_LT(inkBox(latin, qRgb(255, 255, 255)).right(), Width / 2);

    // One note, two languages: the English line at the left, the Arabic
    // line below it at the right.
    const QImage mixed = drawn(QStringLiteral("Fresh coffee\nقهوة"), Width);
    const int half = mixed.height() / 2;
    const QRect top = inkBox(mixed.copy(0, 0, int(Width), half), qRgb(255, 255, 255));
    const QRect bottom =
        inkBox(mixed.copy(0, half, int(Width), mixed.height() - half), qRgb(255, 255, 255));
    EXPECT_LT(top.left(), 4);
    EXPECT_LT(top.right(), Width / 2);
    EXPECT_GT(bottom.left(), Width / 2);
}

TEST(NoteTextDirection, EveryLetterHasAGlyphInTheCanvasFonts) {
    // Open Sans has no Arabic or Hebrew; the bundled Noto fonts and the
    // system's colour emoji font (packaging/install-deps.sh) must be there.
    QList<QRawFont> fonts;
    for (const QString& family : Theme::fontFamilies()) {
        const QRawFont font = QRawFont::fromFont(QFont(family));
        EXPECT_EQ(font.familyName(), family) << "not installed: " << family.toStdString();
        fonts.append(font);
    }
    for (const QString& text :
         {Arabic, Hebrew, Emoji, QStringLiteral("שלום ☕ 🎉 👍🏽")}) {
        for (const char32_t c : text.toUcs4()) {
            if (QChar::isSpace(c))
                continue;
            EXPECT_TRUE(
                std::any_of(fonts.begin(), fonts.end(),
                            [&](const QRawFont& font) { return font.supportsCharacter(c); }))
                << "no glyph for U+" << QString::number(c, 16).toStdString();
        }
    }
}

TEST_F(TextInAnyLanguage, NotesOnTheCanvasReadRightToLeftAndShowEmojiInColour) {
    auto render = [&](int index) {
        NoteItem* note = fixture.scene->noteItem(idOf(index));
        EXPECT_NE(note, nullptr);
        const QRectF card = note->sceneBoundingRect();
        QImage image(card.size().toSize() * 2, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        fixture.scene->render(&painter, QRectF(), card);
        return image;
    };
    const QImage hebrew = render(1);
    const QRect ink = inkBox(hebrew, Theme::noteFill(QString(), Block::ValuePropositions).rgb());
    // The text starts at the right padding; its left edge is well inside.
    EXPECT_GT(ink.right(), hebrew.width() * 0.8);
    EXPECT_GT(bluePixels(render(2)), 40);
}

TEST_F(TextInAnyLanguage, SvgKeepsEveryCharacterInReadingOrder) {
    QFile svg(exportTo(QStringLiteral("languages.svg")));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    QString texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts += xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    ASSERT_FALSE(xml.hasError());
    // Each word is its own <text>, in logical order: right-to-left words
    // come out as typed, not mirrored.
    for (const QString& note : {Arabic, Hebrew, Emoji})
        EXPECT_TRUE(squeezed(texts).contains(squeezed(note))) << note.toStdString();
}

TEST_F(TextInAnyLanguage, PngShowsTheEmojiInColour) {
    ExportOptions options;
    options.dpi = 96;
    const QImage png(exportTo(QStringLiteral("languages.png"), options));
    ASSERT_FALSE(png.isNull());
    EXPECT_GT(bluePixels(png), 40);
}

TEST_F(TextInAnyLanguage, PdfTextIsExtractableAndEmojiArePictures) {
    TANDEM_REQUIRE_TOOL("pdftotext");
    TANDEM_REQUIRE_TOOL("pdfimages");
    const QString pdf = exportTo(QStringLiteral("languages.pdf"));
    const QString text =
        QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
    // Hebrew needs no shaping: the same letters in reading order (the
    // note wraps; white space and direction marks are left out).
    EXPECT_TRUE(readerLetters(text).contains(readerLetters(Hebrew))) << text.toStdString();
    // Qt 6.4's PDF engine names each glyph by the character the font maps
    // to it: joined Arabic letters come out as their presentation forms
    // (U+FExx), which fold back to the typed letters (NFKC), in order.
    EXPECT_TRUE(readerLetters(text).contains(readerLetters(Arabic))) << text.toStdString();
    EXPECT_TRUE(readerLetters(text).contains(readerLetters(QStringLiteral("Loved by regulars"))));

    // Extraction in drawing order (pdftotext -raw; some viewers' copy and
    // paste) gets each Arabic and Hebrew word whole, not a letter per line.
    const QStringList rawLines =
        QString::fromUtf8(
            runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")})
                .out)
            .split(QLatin1Char('\n'));
    QStringList rawWords;
    for (const QString& line : rawLines)
        rawWords.append(readerLetters(line));
    for (const QString& word : (Arabic + QLatin1Char(' ') + Hebrew).split(QLatin1Char(' ')))
        EXPECT_TRUE(rawWords.contains(readerLetters(word))) << word.toStdString();

    // The heart is a picture, one image however often it is drawn, and it is blue.
    const QByteArray list =
        runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out;
    EXPECT_EQ(pdfImageRows(list, "image"), 1) << list.toStdString();
    const QString prefix = dir.filePath(QStringLiteral("image"));
    runTool(QStringLiteral("pdfimages"), {QStringLiteral("-png"), pdf, prefix});
    const QImage heart(prefix + QStringLiteral("-000.png"));
    ASSERT_FALSE(heart.isNull());
    EXPECT_GT(bluePixels(heart), heart.width() * heart.height() / 5);
}

TEST_F(TextInAnyLanguage, ExportingEmojiToPdfLeavesTheirWidthAlone) {
    // Qt 6.4's PDF engine, given colour glyphs, shrinks their advances to
    // a third in the font engine it shares with the screen, for the rest of
    // the process: notes laid out after a PDF export would overlap their
    // emoji. Tandem keeps colour glyphs away from it. (Compared with the
    // em, not with a width measured before: an earlier test's PDF would
    // already have shrunk that.)
    const qreal fourEm = 4 * Theme::noteFont().pixelSize();
    EXPECT_GT(emojiAdvance(), 0.8 * fourEm);
    ExportOptions options;
    options.report = true; // the report's tables draw note texts too
    exportTo(QStringLiteral("report.pdf"), options);
    EXPECT_GT(emojiAdvance(), 0.8 * fourEm);
    exportTo(QStringLiteral("canvas.pdf"));
    EXPECT_GT(emojiAdvance(), 0.8 * fourEm);
}

} // namespace
} // namespace tandem::test
