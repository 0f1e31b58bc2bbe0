#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>
#include <span>
#include <vector>

namespace tandem {

// What one note asks of its block: its size at 100 % and, for a note placed
// by hand, where its top-left corner sits relative to the block's frame.
struct NoteDemand {
    QSizeF size;
    std::optional<QPointF> at;
};

// Where the notes of one block go: one scene rect per note, in the order
// they were given, all at one scale.
struct NotePacking {
    qreal scale = 1;
    std::vector<QRectF> rects;
    qreal bottom = 0; // the lowest edge of any note (the content top when empty)
    bool fits = true; // every rect lies inside the content rect
};

// Packs the notes of a crowded block. Notes placed by hand keep their place
// (held inside the content rect) unless they would cover one placed before;
// the others flow in reading order around them. When they do not all fit,
// the notes pack tighter and shrink, never under MinScale (their text at
// 60 % of its size: the legibility floor); what still does not fit at the
// floor runs on below the content rect, and the layout grows the block's
// band by neededHeight(). Pure geometry: core and widget-free.
class NotePacker {
public:
    static constexpr qreal MinScale = 0.6;
    static constexpr qreal ScaleStep = 0.05;

    // The largest scale (in steps of ScaleStep) at which the notes fit.
    static NotePacking pack(const QRectF& frame, const QRectF& content,
                            std::span<const NoteDemand> notes);
    // The notes at one scale, spacing shrunk with them.
    static NotePacking packAt(const QRectF& frame, const QRectF& content,
                              std::span<const NoteDemand> notes, qreal scale);
    // The height of content the notes need at the floor: at most the
    // content's own height when they fit there.
    static qreal neededHeight(const QRectF& frame, const QRectF& content,
                              std::span<const NoteDemand> notes);
    // Places notes in reading order, left to right in rows, avoiding the
    // obstacles; a note never starts left of the content.
    static std::vector<QPointF> flowAround(const QRectF& content, std::span<const QSizeF> sizes,
                                           std::span<const QRectF> obstacles, qreal spacing);
};

} // namespace tandem
