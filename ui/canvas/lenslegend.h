#pragma once

#include "lens.h"

class QPainter;
class QRectF;

namespace tandem {

// Draws a lens's legend into `area` (a canvas header, beside the canvas's
// name): the lens and what it measures on the first line, then its scale as
// one bar with labels under it, or its keys side by side. Drawn as scene
// content, so exports carry it as they carry the notes, with real text.
void paintLensLegend(QPainter* painter, const QRectF& area, const LensLegend& legend);

// The widest a legend is drawn: wider scales only stretch the bar.
inline constexpr qreal LensLegendMaxWidth = 640;

} // namespace tandem
