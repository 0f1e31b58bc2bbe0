#pragma once

#include <QPointF>

class QPainter;
class QRawFont;
class QRectF;
class QString;
class QTextLayout;
class QTextLine;

namespace tandem {

// Draws a laid-out line of text on any paint device. Every device but a
// PDF draws it as Qt does (a raster image in colour, SVG as text). Qt 6.4's
// PDF engine needs two kinds of help, for lines that hold them:
// - Colour glyphs (Noto Color Emoji holds bitmaps, not outlines): it embeds
//   the font as if it had outlines, so the emoji come out blank, and the
//   font engine it touched measures those emoji a third as wide from then
//   on, on screen too. They are drawn as images at the font's native size.
// - Right-to-left text: it writes each word's glyphs from right to left,
//   and text extraction that follows the content (pdftotext -raw, some
//   viewers' copy and paste) then breaks Arabic or Hebrew into a letter
//   per line. Each right-to-left run's glyphs are drawn left to right
//   instead, as those tools join them into a word, and the runs in reading
//   order, at the same places: the page looks the same.
void drawTextLine(QPainter* painter, const QTextLayout& layout, const QTextLine& line,
                  const QPointF& position);

// QPainter::drawText for any device, in the painter's font and pen: one
// line from a baseline point, or in a rectangle with Qt::Align* flags (no
// wrapping). On a PDF the line goes through drawTextLine; elsewhere it is
// QPainter::drawText itself.
void paintText(QPainter* painter, const QPointF& baseline, const QString& text);
void paintText(QPainter* painter, const QRectF& rect, int flags, const QString& text);

// Whether the font draws colour bitmaps (CBDT or sbix tables).
bool isColorFont(const QRawFont& font);

} // namespace tandem
