// The resting links on screen come from bitmap tiles (LinkTiles): whatever
// the user does (scroll, select, edit, zoom), the view shows the links a
// fresh drawing of them shows, and the tiles kept stay bounded.

#include "linklayer.h"
#include "uitesthelpers.h"

#include <QImage>
#include <QScrollBar>

namespace tandem::test {

namespace {

class LinkTilesTest : public WindowTest {
protected:
    void SetUp() override {
        WindowTest::SetUp();
        view()->setZoom(1.0);
        view()->centerOn(scene()->layout().sceneRect().center());
    }
    LinkLayer* layer() { return scene()->linkLayer(); }
    // What the view shows now, painted through its paint event.
    QImage shown() {
        QImage image(viewport()->size(), QImage::Format_ARGB32);
        viewport()->render(&image);
        return image;
    }
    // The same view painted with every tile drawn afresh.
    QImage redrawn() {
        layer()->clearTiles();
        return shown();
    }
    void scrollBy(int dx, int dy) {
        view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->value() + dx);
        view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->value() + dy);
    }
};

TEST_F(LinkTilesTest, ScrollingShowsTheLinksAFreshDrawingShows) {
    const QImage before = shown();
    ASSERT_GT(layer()->tiles().drawnTileCount(), 0);
    const int third = viewport()->height() / 3;
    for (const QPoint step : {QPoint(0, third), QPoint(third, 0), QPoint(-40, -25)}) {
        scrollBy(step.x(), step.y());
        const QImage scrolled = shown();
        const QImage fresh = redrawn();
        EXPECT_EQ(visiblyDifferingPixels(scrolled, fresh), 0) << step.x() << "," << step.y();
    }
    EXPECT_GT(visiblyDifferingPixels(before, shown()), 0) << "the view did not move";
}

TEST_F(LinkTilesTest, SelectingANoteRedrawsTheRestingLinksFainter) {
    const QImage resting = shown();
    const QString id = doc()->state().links.front().from;
    scene()->selectIds({id});
    const QImage selected = shown();
    EXPECT_GT(visiblyDifferingPixels(resting, selected), 0);
    EXPECT_EQ(visiblyDifferingPixels(selected, redrawn()), 0);
    scene()->selectIds({});
    EXPECT_EQ(visiblyDifferingPixels(shown(), resting), 0);
}

TEST_F(LinkTilesTest, RemovingALinkTakesItOffTheScreen) {
    shown();
    const Link link = doc()->state().links.front();
    doc()->removeLink(link);
    const QImage after = shown();
    EXPECT_EQ(visiblyDifferingPixels(after, redrawn()), 0);
    doc()->undoStack()->undo();
    EXPECT_EQ(visiblyDifferingPixels(shown(), redrawn()), 0);
}

TEST_F(LinkTilesTest, ZoomingDrawsTheLinksAtTheNewZoom) {
    shown();
    view()->setZoom(1.7);
    view()->settle();
    const QImage zoomed = shown();
    EXPECT_EQ(visiblyDifferingPixels(zoomed, redrawn()), 0);
}

TEST_F(LinkTilesTest, TilesKeptStayBoundedWhileTheUserRoamsTheCanvas) {
    view()->setZoom(2.5);
    view()->settle();
    const QRectF whole = scene()->layout().sceneRect();
    for (qreal y = whole.top(); y < whole.bottom(); y += 300) {
        for (qreal x = whole.left(); x < whole.right(); x += 500) {
            view()->centerOn(QPointF(x, y));
            shown();
            EXPECT_LE(layer()->tiles().tileCount(), LinkTiles::MaxTiles);
        }
    }
}

} // namespace

} // namespace tandem::test
