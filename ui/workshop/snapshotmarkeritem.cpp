#include "snapshotmarkeritem.h"

#include "canvasscene.h"
#include "noteitem.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>

namespace tandem {

namespace {

constexpr qreal RingGap = 6;
constexpr qreal RingWidth = 4;
constexpr qreal TagHeight = 20;

QFont tagFont() {
    QFont font(Theme::fontFamily());
    font.setPixelSize(12);
    font.setWeight(QFont::Bold);
    return font;
}

} // namespace

SnapshotMarkerItem::SnapshotMarkerItem(ChangeKind kind, NoteItem* note)
    : QGraphicsObject(note)
    , m_kind(kind)
    , m_card(note->cardRect())
    , m_noteZ(note->zValue()) {
    note->setZValue(m_noteZ + 0.5);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setToolTip(label(kind));
}

void SnapshotMarkerItem::restoreNote() {
    if (QGraphicsItem* note = parentItem())
        note->setZValue(m_noteZ);
}

QColor SnapshotMarkerItem::color(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return QColor(0x00, 0x9e, 0x73);
    case ChangeKind::Changed:
        return QColor(0xe6, 0x9f, 0x00);
    case ChangeKind::Moved:
        return QColor(0xcc, 0x79, 0xa7);
    case ChangeKind::Removed:
        return QColor(0xd5, 0x5e, 0x00);
    }
    return {};
}

QString SnapshotMarkerItem::label(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return tr("new");
    case ChangeKind::Changed:
        return tr("changed");
    case ChangeKind::Moved:
        return tr("moved");
    case ChangeKind::Removed:
        return tr("removed");
    }
    return {};
}

QRectF SnapshotMarkerItem::ringRect() const {
    return m_card.adjusted(-RingGap, -RingGap, RingGap, RingGap);
}

QRectF SnapshotMarkerItem::tagRect() const {
    const QFontMetricsF metrics(tagFont());
    const qreal width = metrics.horizontalAdvance(label(m_kind)) + 14;
    const QRectF ring = ringRect();
    return QRectF(ring.left(), ring.top() - TagHeight + RingWidth / 2, width, TagHeight);
}

QRectF SnapshotMarkerItem::boundingRect() const {
    return ringRect()
        .adjusted(-RingWidth, -RingWidth, RingWidth, RingWidth)
        .united(tagRect().adjusted(-1, -1, 1, 1));
}

void SnapshotMarkerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (const auto* canvas = qobject_cast<CanvasScene*>(scene()); canvas && canvas->exportMode())
        return;
    const QColor colour = color(m_kind);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(colour, RingWidth));
    painter->drawRoundedRect(ringRect(), 7, 7);

    const QRectF tag = tagRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(tag, 5, 5);
    painter->setFont(tagFont());
    painter->setPen(Qt::white);
    painter->drawText(tag, Qt::AlignCenter, label(m_kind));
}

} // namespace tandem
