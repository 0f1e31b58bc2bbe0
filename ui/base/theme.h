#pragma once

#include "model.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

namespace tandem {

// The look of the canvases: colours and fonts, in one place so that the
// screen, the exports and the tests agree. Sticky-note colours are the
// Okabe-Ito palette (safe for colour-blind viewers) lightened to stay
// readable with dark text on a projector.
class Theme {
public:
    // The fill of a note: a palette name, #rrggbb, or empty for the default
    // of the block (yellow on the BMC, sky on the OMC, pale blue for stages).
    static QColor noteFill(const QString& color, Block block);
    static QColor paletteColor(const QString& name);
    static QString paletteTitle(const QString& name); // translated
    static QColor noteBorder(const QColor& fill);
    static QColor noteText() { return QColor(0x1b, 0x1f, 0x24); }
    static QColor noteSubtleText() { return QColor(0x4a, 0x52, 0x5c); }
    // The text colours for a note of this fill: dark on light notes, light
    // on dark ones (a custom colour may be navy), whichever reads better.
    static QColor noteTextOn(const QColor& fill);
    static QColor noteSubtleTextOn(const QColor& fill);
    static QColor noteShadow() { return QColor(20, 30, 45, 46); }
    static QColor selection() { return QColor(0x00, 0x5f, 0xcc); }
    static QColor hover() { return QColor(0x00, 0x5f, 0xcc, 110); }
    static QColor highlight() { return QColor(0xd5, 0x5e, 0x00); }

    // Around the canvases in the editor: light grey, or a dark slate in the
    // dark theme. The canvases themselves stay white paper in both.
    static QColor sceneBackground();
    static void setDarkSurroundings(bool dark);
    static QColor canvasFill() { return QColor(0xff, 0xff, 0xff); }
    static QColor canvasShadow() { return QColor(20, 30, 45, 34); }
    static QColor frame() { return QColor(0x2c, 0x36, 0x42); }
    static QColor blockTitle() { return QColor(0x16, 0x1c, 0x24); }
    static QColor hint() { return QColor(0x7c, 0x86, 0x92); }
    static QColor mirrorFill() { return QColor(0xf3, 0xf5, 0xf8); }
    static QColor chainBand() { return QColor(0xf4, 0xf7, 0xfb); }
    static QColor accent(Canvas canvas);

    static QFont noteFont(); // 15 px by default: about 11 pt at 100 %
    static QFont tagFont();  // small line of tags under the text
    static QFont stageFont();
    // The note text size in pixels (Preferences > Canvas text size); the
    // note, stage and tag fonts follow it. Set before building a scene.
    static void setNoteTextSize(int pixels);
    static int noteTextSize();
    static QFont blockTitleFont(); // semibold
    static QFont hintFont();
    static QFont chainNameFont();
    static QFont canvasTitleFont();
    static QFont canvasSubtitleFont();
    static QFont creditFont();
    static QString fontFamily() { return QStringLiteral("Open Sans"); }
    // The families canvas text is drawn with, in order: Open Sans; the
    // bundled Noto Sans Arabic UI (Open Sans's line height, so an Arabic line
    // is as tall as a Latin one) and Noto Sans Hebrew for the letters Open
    // Sans lacks; then the system's Noto Color Emoji (fonts-noto-color-emoji),
    // so that every emoji comes from one colour font rather than from
    // whichever fallback has a black-and-white glyph for it.
    static QStringList fontFamilies();
    static QString emojiFamily() { return QStringLiteral("Noto Color Emoji"); }
};

} // namespace tandem
