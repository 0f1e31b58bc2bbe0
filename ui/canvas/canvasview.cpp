#include "canvasview.h"

#include "canvasscene.h"
#include "linklayer.h"
#include "noteitem.h"
#include "sessionfiles.h"
#include "theme.h"

#include <QGestureEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QPixmapCache>
#include <QScrollBar>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <cmath>

namespace tandem {

namespace {

constexpr qreal ZoomStep = 1.2;

} // namespace

CanvasView::CanvasView(CanvasScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // Only the items under change repaint: keeps drags smooth with 2,000 notes.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setBackgroundBrush(Theme::sceneBackground());
    // Room in Qt's pixmap cache for the bitmaps the notes, the link layer
    // and the far view's cards keep of themselves on screen (NoteItem,
    // LinkLayer, CardLayer): the default 10 MB holds barely one 1080p view.
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), 64 * 1024));
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->grabGesture(Qt::PinchGesture);
    connect(scene, &CanvasScene::ensureVisibleRequested, this,
            [this](const QRectF& rect) { ensureVisible(rect, 40, 40); });
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(SettleMs);
    connect(&m_settleTimer, &QTimer::timeout, this, &CanvasView::settle);
    m_flight = new QVariantAnimation(this);
    m_flight->setStartValue(0.0);
    m_flight->setEndValue(1.0);
    m_flight->setDuration(FlightMs);
    m_flight->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_flight, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& value) { flightStep(value.toReal()); });
    connect(m_flight, &QVariantAnimation::finished, this, &CanvasView::flightDone);
}

void CanvasView::paintEvent(QPaintEvent* event) {
    if (m_preview.isActive() && !m_capturing) {
        QPainter painter(viewport());
        m_preview.paint(&painter, viewportTransform(), event->rect(), backgroundBrush());
        return;
    }
    const QRectF sight = mapToScene(viewport()->rect()).boundingRect();
    countInSight(sight);
    // Leaves the far view only well below the budget, so that scrolling
    // along a crowded area does not switch back and forth.
    const int noteBudget = m_scene->farView() ? FarViewBudget * 4 / 5 : FarViewBudget;
    const bool far = zoom() < NoteItem::TextLevelOfDetail || m_sightCount.notes > noteBudget;
    bool changed = m_scene->setFarView(far);
    LinkLayer* links = m_scene->linkLayer();
    const bool restingLinks = m_sightCount.links <= LinkLayer::QuietBudget;
    if (restingLinks != links->restingShown()) {
        links->setRestingShown(restingLinks);
        changed = true;
    }
    // A change of detail repaints the whole view, not only the region asked.
    if (changed)
        viewport()->update();
    QGraphicsView::paintEvent(event);
}

void CanvasView::countInSight(const QRectF& sight) {
    if (sight == m_sightCount.sight && m_scene->generation() == m_sightCount.generation &&
        m_sightCount.notes >= 0)
        return;
    m_sightCount.sight = sight;
    m_sightCount.generation = m_scene->generation();
    m_sightCount.notes = m_scene->visibleNotesIn(sight);
    m_sightCount.links = m_scene->linkLayer()->countInSight(sight);
}

qreal CanvasView::zoom() const {
    return transform().m11();
}

void CanvasView::setZoom(qreal zoom, const QPoint& anchor) {
    const qreal current = this->zoom();
    if (current <= 0)
        return;
    scaleBy(zoom / current, anchor);
}

void CanvasView::scaleBy(qreal factor, const QPoint& anchor) {
    const qreal target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    factor = target / zoom();
    if (std::abs(factor - 1) < 1e-6)
        return;
    const QPoint viewPoint = anchor.x() < 0 ? viewport()->rect().center() : anchor;
    const QPointF scenePoint = mapToScene(viewPoint);
    scale(factor, factor);
    // Keep the point under the anchor where it was.
    const QPointF moved = mapFromScene(scenePoint) - QPointF(viewPoint);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::gestureZoom(qreal factor, const QPoint& anchor) {
    land();
    holdPicture();
    scaleBy(factor, anchor);
    m_settleTimer.start();
}

void CanvasView::holdPicture() {
    if (!m_preview.isActive())
        capturePicture();
}

bool CanvasView::capturePicture() {
    const QSize size = viewport()->size();
    if (!viewport()->isVisible() || size.isEmpty() || m_scene->exportMode())
        return false;
    const qreal ratio = viewport()->devicePixelRatioF();
    QPixmap picture(size * ratio);
    picture.setDevicePixelRatio(ratio);
    m_capturing = true;
    // Through the view's own paint event, with the bitmaps the screen uses.
    viewport()->render(&picture);
    m_capturing = false;
    m_preview.add(std::move(picture), viewportTransform());
    return true;
}

void CanvasView::settle() {
    m_settleTimer.stop();
    if (!m_preview.isActive() || m_flight->state() == QAbstractAnimation::Running)
        return;
    m_preview.clear();
    viewport()->update();
}

void CanvasView::placeAt(qreal zoom, const QPointF& center) {
    setTransform(QTransform::fromScale(zoom, zoom));
    centerOn(center);
}

void CanvasView::flyTo(qreal zoom, const QPointF& center) {
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    m_flight->stop();
    const QPointF here = mapToScene(viewport()->rect().center());
    const bool still =
        std::abs(zoom / this->zoom() - 1) < 1e-3 && QLineF(here, center).length() * zoom < 1;
    if (still || !viewport()->isVisible()) {
        m_preview.clear();
        placeAt(zoom, center);
        viewport()->update();
        Q_EMIT zoomChanged(this->zoom());
        return;
    }
    m_settleTimer.stop();
    holdPicture();
    m_destination.clear();
    m_path = Flight{this->zoom(), zoom, here, center, -1};
    m_flight->start();
}

void CanvasView::land() {
    if (!isFlying())
        return;
    m_flight->stop();
    flightDone();
}

bool CanvasView::isFlying() const {
    return m_flight->state() == QAbstractAnimation::Running;
}

void CanvasView::flightStep(qreal progress) {
    // From the first frame after the key press's: that one took the picture
    // the flight starts from.
    if (m_path.fadeFrom < 0 && m_flight->currentTime() > 0)
        renderDestination(progress);
    // The zoom changes by equal ratios per frame; the centre moves evenly.
    const qreal zoom = m_path.fromZoom * std::pow(m_path.toZoom / m_path.fromZoom, progress);
    placeAt(zoom, m_path.fromCenter + (m_path.toCenter - m_path.fromCenter) * progress);
    if (m_path.fadeFrom >= 0) {
        const qreal rest = 1 - m_path.fadeFrom;
        m_preview.setTopOpacity(rest > 0 ? (progress - m_path.fadeFrom) / rest : 1);
    }
}

void CanvasView::renderDestination(qreal progress) {
    if (!viewport()->isVisible() || viewport()->size().isEmpty() || m_scene->exportMode())
        return;
    // Where the flight ends, a few pieces sharp per frame: no frame pays for
    // the whole of it, and the items' bitmaps are ready for the landing.
    placeAt(m_path.toZoom, m_path.toCenter);
    m_capturing = true;
    m_destination.renderPieces(viewport(), viewportTransform(), *m_scene, m_flightBudgetMs);
    m_capturing = false;
    if (m_destination.isComplete()) {
        m_preview.add(m_destination.takePicture(), viewportTransform());
        m_path.fadeFrom = progress;
    }
}

void CanvasView::flightDone() {
    m_destination.clear();
    placeAt(m_path.toZoom, m_path.toCenter);
    m_preview.clear();
    viewport()->update();
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::zoomIn() {
    scaleBy(ZoomStep, QPoint(-1, -1));
}

void CanvasView::zoomOut() {
    scaleBy(1 / ZoomStep, QPoint(-1, -1));
}

void CanvasView::zoomToRect(const QRectF& sceneRect) {
    if (sceneRect.isEmpty())
        return;
    const QRectF padded = sceneRect.adjusted(-24, -24, 24, 24);
    const QRectF view = viewport()->rect();
    const qreal target = std::clamp(
        std::min(view.width() / padded.width(), view.height() / padded.height()), MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(target, target));
    centerOn(padded.center());
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::zoomToFit() {
    zoomToRect(m_scene->layout().sceneRect());
}

void CanvasView::zoomToActualSize() {
    setZoom(1.0);
}

void CanvasView::zoomToBlock(Block block) {
    if (m_scene->layout().isVisible(canvasOf(block)))
        zoomToRect(m_scene->blockRect(block));
    else if (CanvasLayout::hasMirror(block))
        zoomToRect(m_scene->layout().mirrorRect(block));
}

void CanvasView::zoomToCanvas(Canvas canvas) {
    if (m_scene->layout().isVisible(canvas))
        zoomToRect(m_scene->canvasRect(canvas));
}

void CanvasView::revealNote(const QString& id) {
    NoteItem* item = m_scene->noteItem(id);
    if (item && !item->isVisible())
        item = m_scene->mirrorItem(id);
    if (item && item->isVisible())
        ensureVisible(item->sceneBoundingRect(), 60, 60);
}

void CanvasView::selectNextNote(bool forward) {
    QStringList order;
    for (const QString& id : m_scene->readingOrder()) {
        if (NoteItem* item = m_scene->noteItem(id); item && item->isVisible())
            order.append(id);
    }
    if (order.isEmpty())
        return;
    const QStringList selected = m_scene->selectedIds();
    int index = forward ? 0 : static_cast<int>(order.size()) - 1;
    if (!selected.isEmpty()) {
        const int at =
            static_cast<int>(order.indexOf(forward ? selected.last() : selected.first()));
        index = (at + (forward ? 1 : -1) + static_cast<int>(order.size())) % order.size();
    }
    m_scene->selectIds({order[index]});
    revealNote(order[index]);
}

bool CanvasView::event(QEvent* event) {
    if (event->type() == QEvent::KeyPress && !m_scene->isEditing()) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
                selectNextNote(key->key() == Qt::Key_Tab &&
                               !(key->modifiers() & Qt::ShiftModifier));
                return true;
            }
        }
    }
    return QGraphicsView::event(event);
}

bool CanvasView::focusNextPrevChild(bool next) {
    // Keys that reach the viewport arrive here: Tab walks the notes too.
    if (!m_scene->isEditing() && m_scene->noteCount() > 0) {
        selectNextNote(next);
        return true;
    }
    return QGraphicsView::focusNextPrevChild(next);
}

bool CanvasView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::Gesture) {
        gestureEvent(static_cast<QGestureEvent*>(event));
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            gestureZoom(1 + gesture->value(), gesture->position().toPoint());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void CanvasView::gestureEvent(QGestureEvent* event) {
    if (auto* pinch = static_cast<QPinchGesture*>(event->gesture(Qt::PinchGesture))) {
        if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
            const QPoint anchor = viewport()->mapFromGlobal(pinch->centerPoint().toPoint());
            gestureZoom(pinch->scaleFactor(), anchor);
        }
        event->accept(pinch);
    }
}

void CanvasView::wheelEvent(QWheelEvent* event) {
    // A mouse wheel (or Ctrl with anything) zooms around the pointer; the
    // smooth pixel deltas of a touchpad pan, and Shift scrolls sideways.
    const bool control = event->modifiers() & Qt::ControlModifier;
    const bool touchpad = !event->pixelDelta().isNull();
    if ((control || !touchpad) && !(event->modifiers() & Qt::ShiftModifier)) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            gestureZoom(std::pow(ZoomStep, delta / 120.0), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::setSpaceHeld(bool held) {
    m_spaceHeld = held;
    if (!m_panning)
        viewport()->setCursor(held ? Qt::OpenHandCursor : Qt::ArrowCursor);
}

void CanvasView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !m_scene->isEditing()) {
        if (!event->isAutoRepeat())
            setSpaceHeld(true);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        setSpaceHeld(false);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent* event) {
    if (m_spaceHeld)
        setSpaceHeld(false);
    QGraphicsView::focusOutEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent* event) {
    const bool pan =
        event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (pan) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::dragEnterEvent(QDragEnterEvent* event) {
    if (!SessionFiles::pathsIn(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragEnterEvent(event);
}

void CanvasView::dragMoveEvent(QDragMoveEvent* event) {
    if (!SessionFiles::pathsIn(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragMoveEvent(event);
}

void CanvasView::dropEvent(QDropEvent* event) {
    const QStringList paths = SessionFiles::pathsIn(event->mimeData());
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT filesDropped(paths);
        return;
    }
    QGraphicsView::dropEvent(event);
}

} // namespace tandem
