#pragma once

#include "model.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

#include <array>
#include <optional>
#include <vector>

namespace tandem {

// What one value chain asks of the layout: how many stages it has, and the
// height the tallest of their texts takes at stageTextWidth(stages).
struct ChainDemand {
    int stages = 0;
    qreal textHeight = 0;
    bool operator==(const ChainDemand&) const = default;
};

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
//
// The published grid is the smallest it gets. A crowded block says how much
// content height its notes need at the legibility floor (setContentNeed,
// see NotePacker) and the band or row that holds it grows; both canvases
// keep one body height, so they stay aligned side by side, and a band's
// blocks grow together, so the grid stays straight. Growth is layout only:
// nothing of it is stored in the session.
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
    // A stage narrower than this cuts its text to a word or two: longer
    // chains wrap onto further lines of their row instead.
    static constexpr qreal StageMinWidth = 170;
    static constexpr qreal StageMinLineHeight = 80;
    static constexpr qreal StageNominalDepth = 28;

    explicit CanvasLayout(Arrangement arrangement = Arrangement::SideBySide);

    Arrangement arrangement() const { return m_arrangement; }
    // A copy of this layout (its growth included) in another arrangement.
    CanvasLayout arranged(Arrangement arrangement) const;
    void setArrangement(Arrangement arrangement);
    bool isVisible(Canvas canvas) const;

    // Growth. Each returns whether the grid changed (block rects moved).
    // height: content height the block's notes need (0: no more than the
    // published block gives); mirrors likewise for the OMC's right column.
    bool setContentNeed(Block block, qreal height);
    bool setMirrorNeed(Block block, qreal height);
    bool setChainDemands(const std::vector<ChainDemand>& chains);
    // How much taller than published the bodies are (1 when not grown).
    qreal growth() const { return m_body / BodyHeight; }

    // The whole canvas (header, body with the blocks, footer).
    QRectF canvasRect(Canvas canvas) const;
    QRectF headerRect(Canvas canvas) const;
    QRectF bodyRect(Canvas canvas) const;
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
    // The bounding rect of a stage chevron, left to right, wrapping onto
    // further lines of the row when the chain is long.
    QRectF stageRect(int row, int chainCount, int stage, int stageCount) const;
    // The index a stage dropped at a point would take in a row of
    // stageCount others.
    int stageIndexAt(const QPointF& point, int row, int chainCount, int stageCount) const;
    // The same on the first line of the row.
    int stageIndexAt(qreal x, int row, int chainCount, int stageCount) const;
    // How many stages of a chain go on one line, how many lines it takes,
    // how wide its stages are, and the width of text a stage has at least.
    static int stagesPerLine(int stageCount);
    static int stageLines(int stageCount);
    static qreal stageWidthFor(int stageCount);
    static qreal stageTextWidth(int stageCount);
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
    // Works out the bands from the needs; returns whether anything moved.
    bool updateGrid();
    qreal chainShare(int chainCount) const;

    Arrangement m_arrangement;
    std::array<qreal, BlockCount> m_need{};
    std::array<qreal, 2> m_mirrorNeed{};
    std::vector<ChainDemand> m_chainDemands;
    // The grid, in canvas units.
    qreal m_body = BodyHeight;
    qreal m_upper = 0;
    std::array<qreal, 4> m_omcRows{}; // locations/suppliers, chains, organisation, management
    qreal m_mirrorTop = 0;
    std::vector<qreal> m_chainRows; // row heights, top to bottom
};

} // namespace tandem
