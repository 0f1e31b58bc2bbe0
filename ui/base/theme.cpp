#include "theme.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tandem {

namespace {

// Okabe-Ito hues mixed with white so dark text keeps a contrast ratio above
// 7:1; the lightness differs between neighbours so that the cards stay
// apart for deuteranopes too.
struct PaletteEntry {
    const char* name;
    const char* title;
    QRgb rgb;
};

const PaletteEntry paletteTable[] = {
    {"yellow", QT_TRANSLATE_NOOP("Theme", "Yellow"), 0xf7ec8e},
    {"orange", QT_TRANSLATE_NOOP("Theme", "Orange"), 0xf6c765},
    {"pink", QT_TRANSLATE_NOOP("Theme", "Pink"), 0xefbdd8},
    {"red", QT_TRANSLATE_NOOP("Theme", "Red"), 0xf19c70},
    {"purple", QT_TRANSLATE_NOOP("Theme", "Purple"), 0xc9b6ea},
    {"blue", QT_TRANSLATE_NOOP("Theme", "Blue"), 0x8ec2ec},
    {"teal", QT_TRANSLATE_NOOP("Theme", "Teal"), 0x7fd3bb},
    {"green", QT_TRANSLATE_NOOP("Theme", "Green"), 0xc6e49c},
    {"grey", QT_TRANSLATE_NOOP("Theme", "Grey"), 0xd6d9de},
    {"white", QT_TRANSLATE_NOOP("Theme", "White"), 0xffffff},
};

int noteTextPixels = 15;
bool darkSurroundings = false;

QFont makeFont(int pixelSize, QFont::Weight weight, bool italic = false) {
    QFont font;
    font.setFamilies(Theme::fontFamilies());
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    font.setItalic(italic);
    // Unhinted glyphs scale smoothly with zoom and lay out the same in exports.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferAntialias);
    // Any letter spacing, even 100 %, turns ligatures off in Qt's shaper: an
    // "fi" glyph would come out of a PDF as U+FB01, so "profiles" could not
    // be found or copied as typed. (QFont::setFeature is Qt 6.6.)
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    return font;
}

} // namespace

QColor Theme::paletteColor(const QString& name) {
    for (const PaletteEntry& entry : paletteTable) {
        if (name == QLatin1String(entry.name))
            return QColor::fromRgb(entry.rgb);
    }
    return {};
}

QString Theme::paletteTitle(const QString& name) {
    for (const PaletteEntry& entry : paletteTable) {
        if (name == QLatin1String(entry.name))
            return QCoreApplication::translate("Theme", entry.title);
    }
    return name;
}

QColor Theme::noteFill(const QString& color, Block block) {
    if (!color.isEmpty()) {
        if (color.startsWith(QLatin1Char('#'))) {
            const QColor custom(color);
            if (custom.isValid())
                return custom;
        }
        const QColor named = paletteColor(color);
        if (named.isValid())
            return named;
    }
    if (block == Block::ValueChains)
        return QColor(0xcf, 0xe4, 0xf6);
    if (canvasOf(block) == Canvas::Operating)
        return QColor(0xbf, 0xe6, 0xf8);
    return paletteColor(QStringLiteral("yellow"));
}

namespace {

// Relative luminance and contrast ratio as WCAG 2 defines them.
double luminance(const QColor& color) {
    auto channel = [](int value) {
        const double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) +
           0.0722 * channel(color.blue());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool darkTextReads(const QColor& fill) {
    return contrast(fill, Theme::noteText()) >= contrast(fill, Qt::white);
}

} // namespace

QColor Theme::noteTextOn(const QColor& fill) {
    return darkTextReads(fill) ? noteText() : QColor(Qt::white);
}

QColor Theme::noteSubtleTextOn(const QColor& fill) {
    return darkTextReads(fill) ? noteSubtleText() : QColor(0xe3, 0xe7, 0xec);
}

QColor Theme::noteBorder(const QColor& fill) {
    return fill.darker(fill.lightness() > 240 ? 135 : 125);
}

QColor Theme::accent(Canvas canvas) {
    // Okabe-Ito blue for the outward canvas, bluish green for the inward one.
    return canvas == Canvas::Business ? QColor(0x00, 0x72, 0xb2) : QColor(0x00, 0x8a, 0x65);
}

QColor Theme::sceneBackground() {
    return darkSurroundings ? QColor(0x26, 0x2a, 0x30) : QColor(0xe4, 0xe7, 0xeb);
}

void Theme::setDarkSurroundings(bool dark) {
    darkSurroundings = dark;
}

void Theme::setNoteTextSize(int pixels) {
    noteTextPixels = std::clamp(pixels, 8, 48);
}

int Theme::noteTextSize() {
    return noteTextPixels;
}

QStringList Theme::fontFamilies() {
    return {fontFamily(), QStringLiteral("Noto Sans Arabic UI"), QStringLiteral("Noto Sans Hebrew"),
            emojiFamily()};
}

QFont Theme::noteFont() {
    return makeFont(noteTextPixels, QFont::Normal);
}

QFont Theme::tagFont() {
    // 11 px beside the default 15 px text.
    return makeFont(std::max(9, (noteTextPixels * 11 + 7) / 15), QFont::DemiBold);
}

QFont Theme::stageFont() {
    return makeFont(noteTextPixels, QFont::DemiBold);
}

QFont Theme::blockTitleFont() {
    return makeFont(19, QFont::DemiBold);
}

QFont Theme::hintFont() {
    return makeFont(16, QFont::Normal, true);
}

QFont Theme::chainNameFont() {
    return makeFont(16, QFont::DemiBold);
}

QFont Theme::canvasTitleFont() {
    return makeFont(32, QFont::Bold);
}

QFont Theme::canvasSubtitleFont() {
    return makeFont(17, QFont::Normal);
}

QFont Theme::creditFont() {
    return makeFont(12, QFont::Normal);
}

} // namespace tandem
