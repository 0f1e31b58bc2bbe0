#pragma once

#include "model.h"

#include <QGraphicsView>

class QGestureEvent;

namespace tandem {

class CanvasScene;

// The view on the canvases: zoom (Ctrl+wheel or a plain mouse wheel, pinch,
// keyboard), pan (space+drag, middle button, touchpad scrolling, scroll
// bars), zoom to fit or to a block, rubber-band selection, and Tab through
// the notes in reading order.
//
// Level of detail: before each paint the view decides whether the scene
// shows the far view (CanvasScene::setFarView: notes as plain cards, drawn
// together), which it does when zoomed out below NoteItem::TextLevelOfDetail
// or when more than FarViewBudget notes are in sight, where text would be
// too small or too much to read and would make every frame slow; and
// whether the link layer draws its resting curves (LinkLayer::QuietBudget).
class CanvasView : public QGraphicsView {
    Q_OBJECT

public:
    static constexpr qreal MinZoom = 0.05;
    static constexpr qreal MaxZoom = 5.0;
    static constexpr int FarViewBudget = 800;

    explicit CanvasView(CanvasScene* scene, QWidget* parent = nullptr);

    CanvasScene* canvasScene() const { return m_scene; }
    qreal zoom() const;
    // Zooms keeping a viewport point (default: the centre) still.
    void setZoom(qreal zoom, const QPoint& anchor = QPoint(-1, -1));
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToActualSize();
    void zoomToRect(const QRectF& sceneRect);
    void zoomToBlock(Block block);
    void zoomToCanvas(Canvas canvas);
    // Brings a note into view without changing the zoom when it is visible.
    void revealNote(const QString& id);
    // Selects the next (or previous) note in reading order.
    void selectNextNote(bool forward);

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    void filesDropped(const QStringList& paths);

protected:
    bool event(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void scaleBy(qreal factor, const QPoint& anchor);
    void countInSight(const QRectF& sight);
    void gestureEvent(QGestureEvent* event);
    void setSpaceHeld(bool held);

    CanvasScene* m_scene;
    // What the last paint counted in sight, kept while neither the sight
    // nor the scene changed.
    struct SightCount {
        QRectF sight;
        quint64 generation = 0;
        int notes = -1;
        int links = -1;
    };
    SightCount m_sightCount;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace tandem
