#pragma once

#include "flightcapture.h"
#include "model.h"
#include "viewpreview.h"

#include <QGraphicsView>
#include <QTimer>

class QGestureEvent;
class QVariantAnimation;

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
//
// Motion faster than the scene can be drawn: while a wheel or pinch zoom is
// in progress, and during a flight (flyTo, the presenter's step to the next
// block), the view shows pictures of itself taken sharp (ViewPreview), moved
// and scaled, and paints the scene sharp again once it rests (SettleMs after
// a zoom's last step, at the end of a flight). A flight renders its
// destination sharp in pieces over its frames (FlightCapture), at most
// FlightBudgetMs of each frame, and cross-fades to it once all are in.
class CanvasView : public QGraphicsView {
    Q_OBJECT

public:
    static constexpr qreal MinZoom = 0.05;
    static constexpr qreal MaxZoom = 5.0;
    static constexpr int FarViewBudget = 800;
    // Rest after a zoom gesture's last step before the view paints sharp.
    static constexpr int SettleMs = 150;
    static constexpr int FlightMs = 350;
    // Of each flight frame, what rendering the destination's pieces may use.
    static constexpr int FlightBudgetMs = 6;

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

    // Moves to this zoom with this scene point in the viewport's centre in
    // an animation of FlightMs at the display's rate; at once when hidden.
    void flyTo(qreal zoom, const QPointF& center);
    bool isFlying() const;
    // Ends a flight at once, at its destination.
    void land();
    // The flight's animation, for benchmarks that step it frame by frame.
    QVariantAnimation* flightAnimation() const { return m_flight; }
    // Takes the picture a zoom or flight starts from, unless one is shown:
    // call it before changing the scene for a flight (the presenter veils
    // the old block) so that the flight starts from what was on screen.
    void holdPicture();
    // Whether the view shows pictures instead of painting the scene.
    bool isPreviewing() const { return m_preview.isActive(); }
    const ViewPreview& preview() const { return m_preview; }
    // Ends a zoom's pictures now and paints sharp (the view does it itself
    // after SettleMs of rest).
    void settle();
    // Tests: the flight's time budget per frame for its destination's
    // pieces (0: one piece per frame).
    void setFlightBudget(int ms) { m_flightBudgetMs = ms; }

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
    // One step of a zoom gesture (wheel, pinch): shown as a picture.
    void gestureZoom(qreal factor, const QPoint& anchor);
    bool capturePicture(); // false when there is nothing to take
    void placeAt(qreal zoom, const QPointF& center);
    void flightStep(qreal progress);
    void renderDestination(qreal progress);
    void flightDone();
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

    ViewPreview m_preview;
    QTimer m_settleTimer;
    bool m_capturing = false; // paints the scene for a picture
    QVariantAnimation* m_flight;
    FlightCapture m_destination;
    int m_flightBudgetMs = FlightBudgetMs;
    struct Flight {
        qreal fromZoom = 1;
        qreal toZoom = 1;
        QPointF fromCenter;
        QPointF toCenter;
        qreal fadeFrom = -1; // progress when the destination's picture joined
    };
    Flight m_path;
};

} // namespace tandem
