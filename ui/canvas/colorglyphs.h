#pragma once

#include <QPointF>

class QPainter;
class QRawFont;
class QRectF;
class QString;
class QTextLine;

namespace tandem {

// Draws a laid-out line of text on any paint device, emoji included. Qt
// 6.4's PDF engine cannot draw colour glyphs (Noto Color Emoji holds
// bitmaps, not outlines): it embeds the font as if it had outlines, so the
// emoji come out blank, and the font engine it touched measures those emoji
// a third as wide from then on, on screen too. For a PDF, the lines that
// hold colour glyphs are therefore drawn run by run, the colour glyphs as
// images at the font's native size; every other device draws the line as
// Qt does (a raster image in colour, SVG as text).
void drawTextLine(QPainter* painter, const QTextLine& line, const QPointF& position);

// QPainter::drawText for any device, in the painter's font and pen: one
// line from a baseline point, or in a rectangle with Qt::Align* flags (no
// wrapping). On a PDF the line goes through drawTextLine; elsewhere it is
// QPainter::drawText itself.
void paintText(QPainter* painter, const QPointF& baseline, const QString& text);
void paintText(QPainter* painter, const QRectF& rect, int flags, const QString& text);

// Whether the font draws colour bitmaps (CBDT or sbix tables).
bool isColorFont(const QRawFont& font);

} // namespace tandem
