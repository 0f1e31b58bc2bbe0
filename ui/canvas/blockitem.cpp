#include "blockitem.h"

#include "canvaslayout.h"
#include "canvasscene.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

#include <algorithm>

namespace tandem {

BlockItem::BlockItem(Block block, bool mirror)
    : m_block(block)
    , m_mirror(mirror) {
    setZValue(CanvasScene::ZBlock);
}

CanvasScene* BlockItem::canvasScene() const {
    return static_cast<CanvasScene*>(scene());
}

void BlockItem::setRect(const QRectF& sceneRect) {
    if (sceneRect.size() != m_size) {
        prepareGeometryChange();
        m_size = sceneRect.size();
    }
    setPos(sceneRect.topLeft());
}

void BlockItem::setEmpty(bool empty) {
    if (m_empty != empty) {
        m_empty = empty;
        update();
    }
}

void BlockItem::setFigure(const QString& figure) {
    if (m_figure != figure) {
        m_figure = figure;
        update();
    }
}

QRectF BlockItem::boundingRect() const {
    return QRectF(QPointF(0, 0), m_size).adjusted(-1, -1, 1, 1);
}

void BlockItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QRectF rect(QPointF(0, 0), m_size);
    // Without antialiasing the opaque fill is a plain memory fill and the
    // border crisp rows of pixels: an antialiased stroke costs the raster
    // engine some hundred instructions per pixel, at every repaint.
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(rect, m_mirror ? Theme::mirrorFill() : Theme::canvasFill());
    painter->setPen(QPen(Theme::frame(), 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);

    const qreal pad = CanvasLayout::Padding + 2;
    QRectF titleRect(pad, 10, rect.width() - 2 * pad, CanvasLayout::BlockTitleHeight - 14);
    if (!m_figure.isEmpty()) {
        // The total, as large as the title: it is what the room asks for.
        const QFont font = Theme::blockTitleFont();
        const qreal width =
            std::min(QFontMetricsF(font).horizontalAdvance(m_figure) + 4, titleRect.width() / 2);
        painter->setPen(Theme::blockTitle());
        m_figureLabel.draw(
            painter, QRectF(titleRect.right() - width, titleRect.top(), width, titleRect.height()),
            Qt::AlignRight | Qt::AlignVCenter, m_figure, font);
        titleRect.setRight(titleRect.right() - width - 16);
    }
    QString title = blockTitle(m_block);
    if (m_mirror && m_block == Block::CustomerSegments)
        title = QCoreApplication::translate("BlockItem", "Customers");
    painter->setPen(Theme::blockTitle());
    m_title.draw(painter, titleRect, Qt::AlignLeft | Qt::AlignVCenter, title,
                 Theme::blockTitleFont());

    if (m_mirror) {
        // Says where these notes live, so nobody looks for them in the OMC file.
        painter->setPen(Theme::hint());
        m_source.draw(painter, titleRect, Qt::AlignRight | Qt::AlignVCenter,
                      QCoreApplication::translate("BlockItem", "from the BMC"),
                      Theme::creditFont());
    }
    if (!m_empty)
        return;
    const QRectF hintRect = rect.adjusted(pad, CanvasLayout::BlockTitleHeight, -pad, -pad);
    QString hint = m_mirror
                       ? QCoreApplication::translate("BlockItem",
                                                     "Mirrors the Business Model Canvas: add notes "
                                                     "there, or double-click here.")
                       : blockHint(m_block);
    if (m_block == Block::ValueChains)
        hint += QLatin1Char('\n') +
                QCoreApplication::translate("BlockItem", "Double-click to add a chain.");
    painter->setPen(Theme::hint());
    m_hint.draw(painter, hintRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, hint,
                Theme::hintFont());
}

void BlockItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    CanvasScene* owner = canvasScene();
    if (!owner || event->button() != Qt::LeftButton) {
        QGraphicsItem::mouseDoubleClickEvent(event);
        return;
    }
    event->accept();
    if (m_block == Block::ValueChains) {
        owner->beginNewChain();
        return;
    }
    if (m_mirror) {
        owner->beginNewNote(Place{m_block, {}, -1});
        return;
    }
    // The note is centred where the facilitator clicked, inside the block.
    const QRectF content = owner->layout().contentRect(m_block);
    const QSizeF size(CanvasLayout::NoteWidth, CanvasLayout::NoteMinHeight);
    const QPointF topLeft = CanvasLayout::clampInto(
        content, event->scenePos() - QPointF(size.width() / 2, size.height() / 2), size);
    owner->beginNewNote(Place{m_block, {}, -1}, topLeft - owner->blockRect(m_block).topLeft());
}

} // namespace tandem
