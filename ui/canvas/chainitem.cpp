#include "chainitem.h"

#include "canvaslayout.h"
#include "canvasscene.h"
#include "theme.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace tandem {

ChainItem::ChainItem(const QString& chainId)
    : m_chainId(chainId) {
    setZValue(CanvasScene::ZChain);
    setFlag(ItemIsSelectable);
}

CanvasScene* ChainItem::canvasScene() const {
    return static_cast<CanvasScene*>(scene());
}

void ChainItem::setGeometry(const QRectF& rowRect, const QRectF& labelRect,
                            const QRectF& firstStage) {
    if (rowRect.size() != m_size) {
        prepareGeometryChange();
        m_size = rowRect.size();
    }
    setPos(rowRect.topLeft());
    m_label = labelRect.translated(-rowRect.topLeft());
    m_placeholder = firstStage.translated(-rowRect.topLeft());
    if (nameRect().width() != m_nameText.width())
        relayoutName();
    update();
}

void ChainItem::refresh(const QString& name, int stageCount) {
    m_name = name;
    m_stageCount = stageCount;
    relayoutName();
    update();
}

QRectF ChainItem::nameRect() const {
    return m_label.adjusted(12, 0, 0, 0);
}

void ChainItem::relayoutName() {
    m_nameText.setText(m_name, Theme::chainNameFont(), nameRect().width());
}

void ChainItem::setNameEditing(bool editing) {
    m_nameEditing = editing;
    update();
}

QRectF ChainItem::boundingRect() const {
    return QRectF(QPointF(0, 0), m_size).adjusted(-4, -4, 4, 4);
}

void ChainItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const CanvasScene* owner = canvasScene();
    const bool exporting = owner && owner->exportMode();
    const QRectF row(QPointF(0, 0), m_size);
    const bool far = owner && owner->farView();
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::chainBand());
    if (far) {
        // A plain fill far out, where the rounded corners are a pixel or two
        // and hundreds of chains would each pay for antialiasing.
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->drawRect(row.adjusted(0, 3, 0, -3));
        painter->setRenderHint(QPainter::Antialiasing, antialiased);
    } else {
        painter->drawRoundedRect(row.adjusted(0, 3, 0, -3), 4, 4);
    }

    // The label reads as the chain's arrow tail: a bar in the OMC accent.
    painter->setBrush(Theme::accent(Canvas::Operating));
    painter->drawRect(QRectF(m_label.left(), m_label.top() + 4, 4, m_label.height() - 8));
    // In the far view (see CanvasView) names are as unreadable as the notes'
    // text, and hundreds of chains would slow every frame.
    if (!m_nameEditing && !far) {
        // Centred in the label; lines that do not fit are left out.
        const QRectF name = nameRect();
        const qreal shown = m_nameText.heightWithin(name.height());
        painter->setPen(Theme::blockTitle());
        m_nameText.draw(painter, QPointF(name.left(), name.top() + (name.height() - shown) / 2),
                        name.height());
    }
    if (m_stageCount == 0) {
        painter->setPen(QPen(Theme::hint(), 1.2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolygon(CanvasLayout::chevron(m_placeholder, true));
        m_hint.draw(painter, m_placeholder.adjusted(12, 4, -30, -4),
                    Qt::AlignCenter | Qt::TextWordWrap,
                    QCoreApplication::translate("ChainItem", "Double-click to add a stage"),
                    Theme::hintFont());
    }
    if (isSelected() && !exporting) {
        painter->setPen(QPen(Theme::selection(), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_label.adjusted(-2, -2, 2, 2), 4, 4);
    }
}

void ChainItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    CanvasScene* owner = canvasScene();
    if (!owner || event->button() != Qt::LeftButton) {
        QGraphicsItem::mouseDoubleClickEvent(event);
        return;
    }
    event->accept();
    if (m_label.contains(event->pos())) {
        owner->editChainName(m_chainId);
        return;
    }
    const auto& chains = owner->document()->state().chains;
    const int row = owner->document()->chainIndex(m_chainId);
    const int count = static_cast<int>(chains.size());
    const int index = owner->layout().stageIndexAt(event->scenePos(), row, count, m_stageCount);
    owner->beginNewNote(Place{Block::ValueChains, m_chainId, index});
}

} // namespace tandem
