#include "notepacking.h"

#include "canvaslayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tandem {

namespace {

// The first obstacle a rect would cover, or nullptr.
const QRectF* firstHit(const QRectF& rect, std::span<const QRectF> obstacles) {
    for (const QRectF& obstacle : obstacles) {
        if (rect.intersects(obstacle))
            return &obstacle;
    }
    return nullptr;
}

} // namespace

std::vector<QPointF> NotePacker::flowAround(const QRectF& content, std::span<const QSizeF> sizes,
                                            std::span<const QRectF> obstacles, qreal spacing) {
    std::vector<QPointF> result;
    result.reserve(sizes.size());
    qreal x = content.left();
    qreal y = content.top();
    qreal rowBottom = y;                                          // of the notes in this row
    qreal blockedBottom = std::numeric_limits<qreal>::infinity(); // of obstacles passed in it
    auto newRow = [&] {
        // A row that only obstacles filled moves down past the first of them.
        y = rowBottom > y ? rowBottom + spacing : std::max(y + 1, blockedBottom + spacing);
        x = content.left();
        rowBottom = y;
        blockedBottom = std::numeric_limits<qreal>::infinity();
    };
    for (const QSizeF& size : sizes) {
        for (;;) {
            if (x > content.left() && x + size.width() > content.right() + 0.5) {
                newRow();
                continue;
            }
            const QRectF rect(QPointF(x, y), size);
            const QRectF* hit = firstHit(
                rect.adjusted(-spacing / 2, -spacing / 2, spacing / 2, spacing / 2), obstacles);
            if (!hit)
                break;
            blockedBottom = std::min(blockedBottom, hit->bottom());
            x = std::max(x + 1, hit->right() + spacing);
            if (x + size.width() > content.right() + 0.5)
                newRow();
        }
        result.emplace_back(x, y);
        x += size.width() + spacing;
        rowBottom = std::max(rowBottom, y + size.height());
    }
    return result;
}

NotePacking NotePacker::packAt(const QRectF& frame, const QRectF& content,
                               std::span<const NoteDemand> notes, qreal scale) {
    NotePacking packing;
    packing.scale = scale;
    packing.rects.resize(notes.size());
    const qreal spacing = CanvasLayout::NoteSpacing * scale;
    // Hand-placed notes first, in list order, each kept unless it would
    // cover one kept before it.
    std::vector<QRectF> kept;
    std::vector<std::size_t> flowing;
    std::vector<QSizeF> sizes;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const QSizeF size = notes[i].size * scale;
        if (notes[i].at) {
            const QPointF corner =
                CanvasLayout::clampInto(content, frame.topLeft() + *notes[i].at, size);
            const QRectF rect(corner, size);
            if (!firstHit(rect, kept)) {
                kept.push_back(rect);
                packing.rects[i] = rect;
                continue;
            }
        }
        flowing.push_back(i);
        sizes.push_back(size);
    }
    const auto positions = flowAround(content, sizes, kept, spacing);
    for (std::size_t k = 0; k < flowing.size(); ++k)
        packing.rects[flowing[k]] = QRectF(positions[k], sizes[k]);
    packing.bottom = content.top();
    for (const QRectF& rect : packing.rects)
        packing.bottom = std::max(packing.bottom, rect.bottom());
    packing.fits = packing.bottom <= content.bottom() + 0.5;
    return packing;
}

NotePacking NotePacker::pack(const QRectF& frame, const QRectF& content,
                             std::span<const NoteDemand> notes) {
    const int steps = static_cast<int>(std::lround((1 - MinScale) / ScaleStep));
    for (int step = 0; step < steps; ++step) {
        NotePacking packing = packAt(frame, content, notes, 1 - step * ScaleStep);
        if (packing.fits)
            return packing;
    }
    return packAt(frame, content, notes, MinScale);
}

qreal NotePacker::neededHeight(const QRectF& frame, const QRectF& content,
                               std::span<const NoteDemand> notes) {
    const NotePacking packing = packAt(frame, content, notes, MinScale);
    return std::max(content.height(), packing.bottom - content.top());
}

} // namespace tandem
