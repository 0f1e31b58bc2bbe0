#pragma once

// Shared by the export tests: a scene on a session without a window, the
// tools a user opens exports with (poppler's pdfinfo, pdftotext, pdffonts,
// pdfimages, librsvg's rsvg-convert), and text comparisons that survive line
// wrapping.

#include "canvasscene.h"
#include "document.h"
#include "sessionreader.h"
#include "testtime.h"
#include "theme.h"

#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace tandem::test {

inline Session loadExample() {
    LoadError error;
    auto session =
        SessionReader::readFile(QStringLiteral(":/examples/northwind.tandem.yaml"), &error);
    EXPECT_TRUE(session.has_value()) << error.toString().toStdString();
    return session.value_or(Session{});
}

// A document and the editor's scene on it, as the editor and `tandem
// export` both build them.
struct SceneFixture {
    explicit SceneFixture(Session session) {
        document.resetSession(std::move(session));
        scene = std::make_unique<CanvasScene>(&document);
    }
    Document document;
    std::unique_ptr<CanvasScene> scene;
};

struct ToolResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline bool hasTool(const QString& name) {
    return !QStandardPaths::findExecutable(name).isEmpty();
}

inline ToolResult runTool(const QString& name, const QStringList& arguments) {
    QProcess process;
    process.start(name, arguments);
    ToolResult result;
    if (!process.waitForStarted(scaledMs(10000)) || !process.waitForFinished(scaledMs(60000))) {
        ADD_FAILURE() << "cannot run " << name.toStdString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

#define TANDEM_REQUIRE_TOOL(name)                                                                  \
    do {                                                                                           \
        if (!::tandem::test::hasTool(QStringLiteral(name)))                                        \
            GTEST_SKIP() << name << " is not installed (packaging/install-deps.sh installs it)";   \
    } while (false)

// Text with every kind of white space removed: a note's text wraps into
// lines, and each tool puts its own breaks between them.
inline QString squeezed(const QString& text) {
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar::LineSeparator)
            result.append(c);
    }
    return result;
}

// Every element text of the current canvases (notes and stages).
inline QStringList allTexts(const CanvasState& state) {
    QStringList texts;
    for (Block block : allBlocks()) {
        for (const Element& element : state.elements(block))
            texts.append(element.text);
    }
    for (const ValueChain& chain : state.chains) {
        for (const Element& stage : chain.stages)
            texts.append(stage.text);
    }
    return texts;
}

// "Page size:      1190.55 x 841.89 pts (A3)" -> {1190.55, 841.89}.
inline QSizeF pdfPageSize(const QByteArray& pdfinfo) {
    const QRegularExpression pattern(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    const auto match = pattern.match(QString::fromUtf8(pdfinfo));
    if (!match.hasMatch())
        return {};
    return QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
}

inline int pdfPageCount(const QByteArray& pdfinfo) {
    const QRegularExpression pattern(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto match = pattern.match(QString::fromUtf8(pdfinfo));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Lines of `pdfimages -list` after its two header lines: one per image.
inline int pdfImageCount(const QByteArray& list) {
    const QList<QByteArray> lines = list.trimmed().split('\n');
    return std::max(0, int(lines.size()) - 2);
}

// Rows of `pdfimages -list` of one type ("image", "smask"...).
inline int pdfImageRows(const QByteArray& list, const QByteArray& type) {
    int count = 0;
    for (const QByteArray& line : list.split('\n')) {
        const QList<QByteArray> columns = line.simplified().split(' ');
        count += columns.size() > 2 && columns[2] == type ? 1 : 0;
    }
    return count;
}

// The text without the characters Tandem draws in colour from the emoji
// font (Theme::emojiFamily()): a PDF has them as pictures, not as text.
inline QString withoutColorGlyphs(const QString& text) {
    const QRawFont emoji = QRawFont::fromFont(QFont(Theme::emojiFamily()));
    const QRawFont latin = QRawFont::fromFont(QFont(Theme::fontFamily()));
    QString result;
    for (const char32_t c : text.toUcs4()) {
        const bool picture = emoji.familyName() == Theme::emojiFamily() &&
                             emoji.supportsCharacter(c) && !latin.supportsCharacter(c);
        if (!picture && c != 0xFE0F && c != 0x200D)
            result += QString::fromUcs4(&c, 1);
    }
    return result;
}

// Letters as a reader compares them: compatibility forms folded (NFKC: an
// Arabic letter's joined form is the letter, the "fi" ligature is "fi"),
// without white space or invisible direction marks.
inline QString readerLetters(const QString& text) {
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace() && c.category() != QChar::Other_Format)
            result.append(c);
    }
    return result;
}

// The fonts `pdffonts` lists, and whether each is embedded ("emb" column).
struct PdfFont {
    QString name;
    bool embedded = false;
};

inline std::vector<PdfFont> pdfFonts(const QByteArray& listing) {
    std::vector<PdfFont> fonts;
    const QList<QByteArray> lines = listing.split('\n');
    int embColumn = -1;
    for (const QByteArray& line : lines) {
        if (line.startsWith("name")) {
            embColumn = int(line.indexOf(" emb ")) + 1;
            continue;
        }
        if (line.startsWith("---") || line.trimmed().isEmpty() || embColumn < 0)
            continue;
        PdfFont font;
        font.name = QString::fromUtf8(line.left(line.indexOf(' ')));
        font.embedded = line.mid(embColumn, 3) == "yes";
        fonts.push_back(font);
    }
    return fonts;
}

} // namespace tandem::test
