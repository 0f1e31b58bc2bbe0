#pragma once

#include "model.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

#include <optional>
#include <vector>

namespace tandem {

// How the two canvases share the scene.
enum class Arrangement { SideBySide, Stacked, BusinessOnly, OperatingOnly };

// Where a point of the scene falls: a block, possibly inside a chain row.
struct BlockHit {
    Block block = Block::KeyPartners;
    int chainRow = -1;   // for Block::ValueChains: the chain row under the point, or -1
    bool mirror = false; // true inside the OMC's mirrored column
};

// Pure geometry of both canvases in canvas units (one unit is one pixel at
// 100 % zoom): block rectangles, the mirrored column, chain rows and stage
// chevrons, and the order-based placement of notes that have no `at`.
// Widget-free so the editor, the exporters and the tests share one layout.
class CanvasLayout {
public:
    // Fixed sizes, chosen so that two notes fit side by side in a BMC column
    // and note text stays readable on a projector at 100 %.
    static constexpr qreal BodyWidth = 1800;
    static constexpr qreal BodyHeight = 1100;
    static constexpr qreal HeaderHeight = 84;
    static constexpr qreal FooterHeight = 32;
    static constexpr qreal CanvasGap = 140;
    static constexpr qreal BlockTitleHeight = 48;
    static constexpr qreal Padding = 12;
    static constexpr qreal NoteWidth = 160;
    static constexpr qreal NoteMinHeight = 72;
    static constexpr qreal NoteSpacing = 12;
    static constexpr qreal ChainLabelWidth = 180;
    static constexpr qreal ChainMaxRowHeight = 150;
    static constexpr qreal StageMaxWidth = 230;
    static constexpr qreal StageGap = 6;

    explicit CanvasLayout(Arrangement arrangement = Arrangement::SideBySide);

    Arrangement arrangement() const { return m_arrangement; }
    void setArrangement(Arrangement arrangement);
    bool isVisible(Canvas canvas) const;

    // The whole canvas (header, body with the blocks, footer).
    QRectF canvasRect(Canvas canvas) const;
    QRectF headerRect(Canvas canvas) const;
    QRectF bodyRect(Canvas canvas) const;
    QRectF footerRect(Canvas canvas) const;
    // The union of the visible canvases.
    QRectF sceneRect() const;

    // A block's frame, and the part below its title where notes go.
    QRectF blockRect(Block block) const;
    QRectF contentRect(Block block) const;
    // The OMC's right-hand column showing the BMC's value propositions or
    // customer segments (only those two blocks have a mirror).
    static bool hasMirror(Block block);
    QRectF mirrorRect(Block block) const;
    QRectF mirrorContentRect(Block block) const;

    // The block (or mirror) under a scene point, among visible canvases.
    std::optional<BlockHit> hitTest(const QPointF& point, int chainCount) const;

    // Value chains: one row per chain inside the ValueChains block.
    QRectF chainRowRect(int row, int chainCount) const;
    QRectF chainLabelRect(int row, int chainCount) const;
    QRectF chainStagesRect(int row, int chainCount) const;
    // The bounding rect of a stage chevron, left to right.
    QRectF stageRect(int row, int chainCount, int stage, int stageCount) const;
    // The index a stage dropped at x would take in a row of stageCount others.
    int stageIndexAt(qreal x, int row, int chainCount, int stageCount) const;
    // The chevron outline inside a stage rect; the first stage has a flat tail.
    static QPolygonF chevron(const QRectF& rect, bool first);
    static qreal chevronDepth(const QRectF& rect);

    // Places notes of the given sizes in reading order, left to right in
    // rows, inside a content rect. Returns top-left corners.
    static std::vector<QPointF> flow(const QRectF& content, const std::vector<QSizeF>& sizes);
    // Keeps a note of this size inside a block's content rect.
    static QPointF clampInto(const QRectF& content, const QPointF& topLeft, const QSizeF& size);

private:
    QPointF origin(Canvas canvas) const;
    QRectF localBlockRect(Block block) const;

    Arrangement m_arrangement;
};

} // namespace tandem
