#include "cardlayer.h"

#include "canvaslayout.h"
#include "canvasscene.h"
#include "noteitem.h"
#include "theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <utility>
#include <vector>

namespace tandem {

namespace {

// Markers are drawn at least this many pixels wide on screen, so that the
// alignment gaps still show in an overview, and never wider than this many
// canvas units, so that they stay within the repainted area of their note.
constexpr qreal MarkerMinPixels = 12;
constexpr qreal MarkerMaxRadius = 40;

// The cards of one colour, dimmed or not: drawn with one call.
struct Batch {
    Batch(QRgb fill, bool faint)
        : color(fill)
        , dimmed(faint) {
        chevrons.setFillRule(Qt::WindingFill); // overlapping stages stay filled
    }
    QRgb color;
    bool dimmed;
    QList<QRectF> cards;
    QPainterPath chevrons; // one path: one fill for all the stages
};

} // namespace

CardLayer::CardLayer(CanvasScene* scene)
    : m_scene(scene) {
    setZValue(CanvasScene::ZNote);
    // Only draws: clicks, hovers and rubber bands reach the note items.
    setAcceptedMouseButtons(Qt::NoButton);
    // A bitmap of what the view shows, redrawn where a card changes and on
    // zoom: a repaint of the window copies it instead of drawing thousands
    // of cards. Screen only: the layer is hidden in export mode.
    setCacheMode(DeviceCoordinateCache);
    setVisible(false);
}

void CardLayer::refresh() {
    QRectF bounds = m_scene->sceneRect();
    m_scene->forEachNoteItem([&](const NoteItem* item) { bounds |= item->sceneCard(); });
    bounds.adjust(-MarkerMaxRadius, -MarkerMaxRadius, MarkerMaxRadius, MarkerMaxRadius);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

void CardLayer::updateCard(const NoteItem* item) {
    if (!isVisible())
        return;
    const QRectF area = item->sceneCard().adjusted(-MarkerMaxRadius, -MarkerMaxRadius,
                                                   MarkerMaxRadius, MarkerMaxRadius);
    if (!m_bounds.contains(area)) {
        // Dragged beyond the notes' area: grow it so the card still shows.
        prepareGeometryChange();
        m_bounds |= area;
    }
    update(area);
}

QRectF CardLayer::boundingRect() const {
    return m_bounds;
}

void CardLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QRectF exposed = option->exposedRect;
    // A session uses a handful of colours: a short list searched from the
    // colour last used beats a map.
    std::vector<Batch> batches;
    std::size_t last = 0;
    auto batchFor = [&](QRgb color, bool dimmed) -> Batch& {
        if (last < batches.size() && batches[last].color == color && batches[last].dimmed == dimmed)
            return batches[last];
        for (last = 0; last < batches.size(); ++last) {
            if (batches[last].color == color && batches[last].dimmed == dimmed)
                return batches[last];
        }
        batches.emplace_back(color, dimmed);
        return batches.back();
    };
    std::vector<std::pair<QPointF, QColor>> markers;
    m_scene->forEachNoteItem([&](const NoteItem* item) {
        if (!item->isVisible())
            return;
        const QRectF card = item->sceneCard();
        if (!card.intersects(exposed))
            return;
        const QColor fill = item->showsSelection() ? Theme::selection() : item->fill();
        Batch& batch = batchFor(fill.rgba(), item->emphasis() == NoteItem::Emphasis::Dimmed);
        if (item->isStage())
            batch.chevrons.addPolygon(CanvasLayout::chevron(card, item->isFirstStage()));
        else
            batch.cards.append(card);
        if (item->marker().isValid())
            markers.emplace_back(item->pos() + item->markerCenter() * item->scale(),
                                 item->marker());
    });
    // The faint ones go last, over the others.
    std::stable_sort(batches.begin(), batches.end(),
                     [](const Batch& a, const Batch& b) { return a.dimmed < b.dimmed; });

    // Plain fills without antialiasing: the cards are a few pixels wide here.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    for (const Batch& batch : batches) {
        painter->setOpacity(batch.dimmed ? NoteItem::DimmedOpacity : 1.0);
        painter->setBrush(QColor::fromRgba(batch.color));
        painter->drawRects(batch.cards);
        if (!batch.chevrons.isEmpty())
            painter->drawPath(batch.chevrons);
    }
    painter->setOpacity(1.0);
    if (markers.empty())
        return;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const qreal radius = std::clamp(MarkerMinPixels / 2 / std::max(lod, 0.01),
                                    NoteItem::MarkerRadius, MarkerMaxRadius);
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen ring(Qt::white, 2);
    ring.setCosmetic(true);
    painter->setPen(ring);
    for (const auto& [center, color] : markers) {
        painter->setBrush(color);
        painter->drawEllipse(center, radius, radius);
    }
}

} // namespace tandem
