// Zooming and the presenter's flights show pictures of the view while they
// move; once they rest the view paints sharp: what it shows then is what a
// fresh view paints at the same zoom (no blurred or missing text). A flight
// renders its destination in pieces over several frames, and cross-fades to
// it once all are in.

#include "presenter.h"
#include "uitesthelpers.h"
#include "workshopfeature.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPaintEvent>
#include <QPointingDevice>
#include <QScrollBar>
#include <QVariantAnimation>
#include <QWheelEvent>

namespace tandem::test {

namespace {

// The areas the viewport is asked to paint, as they come.
class PaintWatch : public QObject {
public:
    QRegion painted;
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            painted += static_cast<QPaintEvent*>(event)->region();
            ++paints;
        }
        return QObject::eventFilter(watched, event);
    }
};

class ZoomSettleTest : public WindowTest {
protected:
    void wheel(const QPoint& pos, int delta) {
        QWheelEvent event(pos, viewport()->mapToGlobal(pos), QPoint(), QPoint(0, delta),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport(), &event);
    }
    void pinch(const QPoint& pos, qreal change) {
        QNativeGestureEvent event(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(),
                                  2, pos, pos, viewport()->mapToGlobal(pos), change, QPointF());
        QApplication::sendEvent(viewport(), &event);
    }
    // Lets the event loop run, in bounded slices, until the view rests (or
    // two seconds passed); returns whether it rests.
    bool waitForRest() {
        QElapsedTimer clock;
        clock.start();
        while ((view()->isPreviewing() || view()->isFlying()) && clock.elapsed() < scaledMs(2000))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCoreApplication::processEvents();
        return !view()->isPreviewing() && !view()->isFlying();
    }
    // What a new view on the same scene, of the same size and at the same
    // zoom and scroll position, paints: nothing of it was ever a picture.
    QImage freshRender() {
        CanvasView fresh(scene());
        fresh.setHorizontalScrollBarPolicy(view()->horizontalScrollBarPolicy());
        fresh.setVerticalScrollBarPolicy(view()->verticalScrollBarPolicy());
        fresh.setSceneRect(view()->sceneRect());
        fresh.resize(view()->size());
        fresh.setTransform(view()->transform());
        fresh.show();
        QCoreApplication::processEvents();
        fresh.horizontalScrollBar()->setValue(view()->horizontalScrollBar()->value());
        fresh.verticalScrollBar()->setValue(view()->verticalScrollBar()->value());
        EXPECT_EQ(fresh.viewport()->size(), viewport()->size());
        EXPECT_EQ(fresh.mapToScene(QPoint(0, 0)), view()->mapToScene(QPoint(0, 0)));
        return fresh.viewport()->grab().toImage();
    }
    QImage shown() { return viewport()->grab().toImage(); }
    // Pictures of the whole window for a person to look at, when asked for.
    void keepShot(const QString& name) {
        const QString dir = qEnvironmentVariable("TANDEM_FLIGHT_SHOTS");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    PresenterMode* presenter() const { return window->feature<WorkshopFeature>()->presenter(); }
};

// The share of pixels that differ visibly between two frames.
double differing(const QImage& a, const QImage& b) {
    if (a.isNull() || a.size() != b.size()) {
        EXPECT_EQ(a.size(), b.size());
        return 1;
    }
    return double(visiblyDifferingPixels(a, b)) / (double(a.width()) * a.height());
}

TEST_F(ZoomSettleTest, WheelZoomShowsAPictureAndIsSharpOnceItRests) {
    view()->setZoom(0.7);
    view()->centerOn(scene()->blockRect(Block::ValuePropositions).center());
    ASSERT_TRUE(waitForRest());
    const QPoint pointer(viewport()->width() / 2 + 40, viewport()->height() / 2 - 30);
    const qreal before = view()->zoom();
    for (int step = 0; step < 3; ++step)
        wheel(pointer, 120);
    EXPECT_NEAR(view()->zoom(), before * 1.2 * 1.2 * 1.2, 1e-6);
    // While the wheel turns: the old frame scaled up, visibly not sharp.
    ASSERT_TRUE(view()->isPreviewing());
    const QImage moving = shown();
    const QImage sharp = freshRender();
    EXPECT_GT(differing(moving, sharp), 0.002);

    ASSERT_TRUE(waitForRest());
    EXPECT_LT(differing(shown(), freshRender()), 0.001);
}

TEST_F(ZoomSettleTest, PinchZoomingOutIsSharpOnceItRests) {
    view()->setZoom(1.0);
    view()->centerOn(scene()->blockRect(Block::KeyActivities).center());
    ASSERT_TRUE(waitForRest());
    const QPoint pointer(viewport()->width() / 3, viewport()->height() / 2);
    for (int step = 0; step < 12; ++step)
        pinch(pointer, -0.04);
    EXPECT_NEAR(view()->zoom(), std::pow(0.96, 12), 1e-6);
    EXPECT_TRUE(view()->isPreviewing());
    ASSERT_TRUE(waitForRest());
    EXPECT_LT(differing(shown(), freshRender()), 0.001);
}

TEST_F(ZoomSettleTest, ThePresentersFlightLandsSharpOnTheNextBlock) {
    PresenterMode* presenter = window->feature<WorkshopFeature>()->presenter();
    presenter->start(0);
    ASSERT_TRUE(waitForRest());
    presenter->next();
    EXPECT_TRUE(view()->isFlying());
    ASSERT_TRUE(waitForRest());
    const QRectF block = scene()->blockRect(presenter->currentBlock());
    const QRectF visible = view()->mapToScene(viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.contains(QPointF(block.center().x(), block.top() + 30)));
    EXPECT_LT(differing(shown(), freshRender()), 0.001);
    presenter->stop();
}

TEST_F(ZoomSettleTest, TheFlightRendersItsDestinationInPiecesOverSeveralFrames) {
    presenter()->start(0);
    ASSERT_TRUE(waitForRest());
    view()->setFlightBudget(0); // one piece per frame, however fast the machine
    PaintWatch watch;
    viewport()->installEventFilter(&watch);
    presenter()->next();
    ASSERT_TRUE(view()->isFlying());
    QVariantAnimation* flight = view()->flightAnimation();
    const QRegion whole(viewport()->rect());
    // Frame by frame, as the display would step it, until the destination's
    // picture joins the one the flight started from.
    QRegion rendered;
    int framesWithPieces = 0;
    int tick = 0;
    while (view()->preview().count() < 2 && view()->isFlying()) {
        watch.painted = QRegion();
        flight->setCurrentTime(++tick * 5);
        if (!watch.painted.isEmpty()) {
            ++framesWithPieces;
            // No frame paints the whole destination.
            EXPECT_NE(watch.painted, whole) << "frame " << tick;
        }
        rendered += watch.painted;
        if (tick == 2)
            keepShot(QStringLiteral("flight-1-pieces-begin"));
    }
    viewport()->removeEventFilter(&watch);
    ASSERT_TRUE(view()->isFlying()) << "the destination was not whole before the landing";
    EXPECT_GT(framesWithPieces, 1);
    EXPECT_EQ(rendered, whole);
    const QImage destination = view()->preview().newest().toImage();
    // The cross-fade: half way, and nearly there.
    const int joined = tick * 5;
    flight->setCurrentTime((joined + flight->duration()) / 2);
    keepShot(QStringLiteral("flight-2-crossfade-half"));
    flight->setCurrentTime(flight->duration() - 10);
    keepShot(QStringLiteral("flight-3-crossfade-late"));
    flight->setCurrentTime(flight->duration());
    ASSERT_TRUE(waitForRest());
    keepShot(QStringLiteral("flight-4-landed"));
    // The pieces join up into what the view shows at the destination.
    const QImage sharp = freshRender();
    EXPECT_LT(differing(destination, sharp), 0.001);
    EXPECT_LT(differing(shown(), sharp), 0.001);
    presenter()->stop();
}

TEST_F(ZoomSettleTest, AFlightStoppedBeforeItsDestinationIsWholeLandsSharp) {
    presenter()->start(0);
    ASSERT_TRUE(waitForRest());
    view()->setFlightBudget(0);
    presenter()->next();
    ASSERT_TRUE(view()->isFlying());
    QVariantAnimation* flight = view()->flightAnimation();
    for (int tick = 1; tick <= 3; ++tick)
        flight->setCurrentTime(tick * 5);
    EXPECT_EQ(view()->preview().count(), 1); // only where the flight started
    view()->land();
    EXPECT_FALSE(view()->isFlying());
    EXPECT_FALSE(view()->isPreviewing());
    QCoreApplication::processEvents();
    EXPECT_LT(differing(shown(), freshRender()), 0.001);
    // A second step, interrupted by a third: lands sharp on the third block.
    presenter()->next();
    flight->setCurrentTime(5);
    flight->setCurrentTime(10);
    presenter()->next();
    ASSERT_TRUE(waitForRest());
    EXPECT_EQ(presenter()->currentIndex(), 3);
    EXPECT_LT(differing(shown(), freshRender()), 0.001);
    presenter()->stop();
}

TEST_F(ZoomSettleTest, AWindowResizedMidFlightGetsADestinationOfItsNewSize) {
    view()->setZoom(0.5);
    view()->centerOn(scene()->blockRect(Block::KeyPartners).center());
    ASSERT_TRUE(waitForRest());
    view()->setFlightBudget(0);
    const QRectF target = scene()->blockRect(Block::ValuePropositions);
    view()->flyTo(1.1, target.center());
    ASSERT_TRUE(view()->isFlying());
    QVariantAnimation* flight = view()->flightAnimation();
    int tick = 0;
    for (; tick < 3; ++tick)
        flight->setCurrentTime((tick + 1) * 5);
    const QSize before = viewport()->size();
    window->resize(1100, 760);
    QCoreApplication::processEvents();
    ASSERT_NE(viewport()->size(), before);
    ASSERT_TRUE(view()->isFlying());
    while (view()->preview().count() < 2 && view()->isFlying())
        flight->setCurrentTime(++tick * 5);
    ASSERT_TRUE(view()->isFlying()) << "the destination was not whole before the landing";
    const QPixmap destination = view()->preview().newest();
    EXPECT_EQ(destination.deviceIndependentSize().toSize(), viewport()->size());
    flight->setCurrentTime(flight->duration());
    ASSERT_TRUE(waitForRest());
    EXPECT_NEAR(view()->zoom(), 1.1, 1e-6);
    const QImage sharp = freshRender();
    EXPECT_LT(differing(destination.toImage(), sharp), 0.001);
    EXPECT_LT(differing(shown(), sharp), 0.001);
}

TEST_F(ZoomSettleTest, ThePresenterResizedMidFlightStaysOnItsBlockSharp) {
    presenter()->start(0);
    ASSERT_TRUE(waitForRest());
    presenter()->next();
    ASSERT_TRUE(view()->isFlying());
    QVariantAnimation* flight = view()->flightAnimation();
    flight->setCurrentTime(5);
    flight->setCurrentTime(10);
    window->resize(1100, 760);
    ASSERT_TRUE(waitForRest());
    EXPECT_EQ(presenter()->currentIndex(), 1);
    const QRectF block = scene()->blockRect(presenter()->currentBlock());
    const QRectF visible = view()->mapToScene(viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.contains(QPointF(block.center().x(), block.top() + 30)));
    EXPECT_LT(differing(shown(), freshRender()), 0.001);
    presenter()->stop();
}

} // namespace

} // namespace tandem::test
