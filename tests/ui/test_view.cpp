// Zoom, pan, arrangements, the export mode and speed with 2,000 notes.

#include "canvasframeitem.h"
#include "sessiongenerator.h"
#include "uitesthelpers.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace tandem::test {

namespace {

using ViewTest = WindowTest;

void wheel(QWidget* viewport, const QPoint& pos, int delta, Qt::KeyboardModifiers modifiers) {
    QWheelEvent event(pos, viewport->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

TEST_F(ViewTest, WheelZoomsAroundThePointer) {
    view()->setZoom(1.0);
    view()->centerOn(scene()->layout().sceneRect().center());
    const QPoint pos(300, 200);
    const QPointF under = view()->mapToScene(pos);
    const qreal before = view()->zoom();
    wheel(viewport(), pos, 120, Qt::ControlModifier);
    EXPECT_NEAR(view()->zoom(), before * 1.2, 1e-6);
    EXPECT_LT(QLineF(view()->mapToScene(pos), under).length(), 3 / view()->zoom());
    wheel(viewport(), pos, -240, Qt::NoModifier); // a mouse wheel zooms too
    EXPECT_NEAR(view()->zoom(), before / 1.2, 1e-6);
}

TEST_F(ViewTest, KeyboardZoomFitAndBlock) {
    key(Qt::Key_1, Qt::ControlModifier);
    EXPECT_NEAR(view()->zoom(), 1.0, 1e-6);
    key(Qt::Key_0, Qt::ControlModifier);
    const QRectF visible = view()->mapToScene(viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.adjusted(-2, -2, 2, 2).contains(scene()->layout().sceneRect()));
    view()->zoomToBlock(Block::ValuePropositions);
    const QRectF shown = view()->mapToScene(viewport()->rect()).boundingRect();
    EXPECT_TRUE(
        shown.adjusted(-2, -2, 2, 2).contains(scene()->blockRect(Block::ValuePropositions)));
    EXPECT_GT(view()->zoom(), 0.6);
}

TEST_F(ViewTest, SpaceDragAndMiddleButtonPan) {
    view()->setZoom(1.0);
    view()->centerOn(scene()->blockRect(Block::ValuePropositions).center());
    const int before = view()->horizontalScrollBar()->value();
    QTest::mousePress(viewport(), Qt::MiddleButton, Qt::NoModifier, QPoint(400, 300));
    QMouseEvent move(QEvent::MouseMove, QPointF(300, 300),
                     viewport()->mapToGlobal(QPointF(300, 300)), Qt::NoButton, Qt::MiddleButton,
                     Qt::NoModifier);
    QApplication::sendEvent(viewport(), &move);
    QTest::mouseRelease(viewport(), Qt::MiddleButton, Qt::NoModifier, QPoint(300, 300));
    EXPECT_EQ(view()->horizontalScrollBar()->value(), before + 100);
    const int elements = doc()->state().elementCount();
    QTest::keyPress(view(), Qt::Key_Space);
    drag(view()->mapToScene(QPoint(300, 300)), view()->mapToScene(QPoint(300, 200)));
    QTest::keyRelease(view(), Qt::Key_Space);
    EXPECT_EQ(doc()->state().elementCount(), elements); // panning adds nothing
}

TEST_F(ViewTest, ArrangementsPlaceTheCanvases) {
    const CanvasLayout& layout = scene()->layout();
    EXPECT_GT(layout.canvasRect(Canvas::Operating).left(),
              layout.canvasRect(Canvas::Business).right());
    scene()->setArrangement(Arrangement::Stacked);
    EXPECT_GT(layout.canvasRect(Canvas::Operating).top(),
              layout.canvasRect(Canvas::Business).bottom());
    EXPECT_TRUE(
        layout.blockRect(Block::ValueChains).contains(noteCenter(QStringLiteral("st-roast"))));
    scene()->setArrangement(Arrangement::BusinessOnly);
    EXPECT_FALSE(scene()->noteItem(QStringLiteral("st-roast"))->isVisible());
    EXPECT_TRUE(scene()->noteItem(QStringLiteral("vp-fresh"))->isVisible());
    EXPECT_EQ(scene()->sceneRect().width(), layout.canvasRect(Canvas::Business).width() + 160);
    key(Qt::Key_1, Qt::AltModifier);
    EXPECT_EQ(scene()->arrangement(), Arrangement::SideBySide);
}

TEST_F(ViewTest, ExportModeDrawsNoSelectionMarks) {
    const QRectF rect = scene()->canvasRect(Canvas::Business);
    auto render = [&] {
        QImage image(rect.size().toSize() / 2, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene()->render(&painter, QRectF(), rect);
        return image;
    };
    scene()->setExportMode(true);
    const QImage clean = render();
    scene()->selectIds({QStringLiteral("vp-fresh")});
    EXPECT_EQ(render(), clean);
    scene()->setExportMode(false);
    EXPECT_NE(render(), clean);
}

TEST_F(ViewTest, TwoThousandNotesStaySmooth) {
    QElapsedTimer timer;
    timer.start();
    doc()->resetSession(generateSession(2000, 7));
    const qint64 build = timer.restart();
    ASSERT_EQ(scene()->noteCount(), 2000);

    view()->zoomToFit();
    viewport()->grab(); // overview: cards without text
    const qint64 overview = timer.restart();

    view()->setZoom(1.0);
    const QString id = doc()->state().elements(Block::KeyActivities).front().id;
    view()->centerOn(noteCenter(id));
    const QPoint start = view()->mapFromScene(noteCenter(id));
    QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, start);
    timer.restart();
    for (int i = 1; i <= 20; ++i) {
        const QPoint step = start + QPoint(i * 5, i * 3);
        QMouseEvent move(QEvent::MouseMove, step, viewport()->mapToGlobal(step), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
        viewport()->repaint();
    }
    const qint64 dragFrames = timer.restart();
    QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, start + QPoint(100, 60));
    const qint64 drop = timer.restart();
    for (int i = 0; i < 10; ++i) {
        view()->zoomOut();
        viewport()->repaint();
    }
    const qint64 zoomFrames = timer.restart();
    std::printf("2000 notes: build %lld ms, overview %lld ms, drag %.1f ms/frame, drop %lld ms, "
                "zoom %.1f ms/frame\n",
                static_cast<long long>(build), static_cast<long long>(overview), dragFrames / 20.0,
                static_cast<long long>(drop), zoomFrames / 10.0);
    // Generous bounds for a debug build on a shared machine.
    EXPECT_LT(dragFrames / 20.0, 60.0 * TimeScale);
    EXPECT_LT(zoomFrames / 10.0, 150.0 * TimeScale);
    EXPECT_LT(build, scaledMs(5000));
}

} // namespace

} // namespace tandem::test
