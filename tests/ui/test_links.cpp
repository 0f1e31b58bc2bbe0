// Links on the canvas: the gestures that make them, the highlight of what
// the selection is linked to, the Show Links toggle and the link curves.

#include "inspectordock.h"
#include "linkfeature.h"
#include "linkgesture.h"
#include "linkhighlighter.h"
#include "linklayer.h"
#include "linklist.h"
#include "linkrules.h"
#include "sessiongenerator.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QBuffer>
#include <QElapsedTimer>
#include <QGraphicsPathItem>
#include <QPainter>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QUndoStack>

#include <algorithm>

namespace tandem::test {

namespace {

class LinksTest : public WindowTest {
protected:
    void SetUp() override {
        WindowTest::SetUp();
        feature = window->feature<LinkFeature>();
        ASSERT_NE(feature, nullptr);
        // Both canvases in sight, so a drag can go from one to the other.
        view()->zoomToFit();
        QCoreApplication::processEvents();
    }

    QPoint viewPos(const QString& id) const { return view()->mapFromScene(noteCenter(id)); }
    // A drag from one viewport point to another with modifiers held.
    void dragWith(const QPoint& start, const QPoint& end, Qt::KeyboardModifiers modifiers) {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, start);
        for (int i = 1; i <= 8; ++i) {
            const QPoint step = start + (end - start) * i / 8;
            QMouseEvent move(QEvent::MouseMove, step, viewport()->mapToGlobal(step), Qt::NoButton,
                             Qt::LeftButton, modifiers);
            QApplication::sendEvent(viewport(), &move);
        }
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, end);
    }
    void altDrag(const QString& from, const QString& to) {
        dragWith(viewPos(from), viewPos(to), Qt::AltModifier);
    }
    int linkCount() const { return static_cast<int>(doc()->state().links.size()); }
    int undoCount() const { return doc()->undoStack()->count(); }
    QString status() const { return window->statusBar()->currentMessage(); }
    bool linked(const QString& from, const QString& to, LinkKind kind) const {
        Link link;
        link.from = from;
        link.to = to;
        link.kind = kind;
        return doc()->linkIndex(link) >= 0;
    }
    NoteItem::Emphasis emphasis(const QString& id) const {
        return scene()->noteItem(id)->emphasis();
    }

    LinkFeature* feature = nullptr;
};

const QString Refill = QStringLiteral("vp-refill");
const QString Pack = QStringLiteral("st-pack");

TEST_F(LinksTest, AltDragFromNoteToNoteAddsOneLinkAsOneUndoStep) {
    const int links = linkCount();
    const int steps = undoCount();
    altDrag(Refill, Pack);
    EXPECT_EQ(linkCount(), links + 1);
    EXPECT_EQ(undoCount(), steps + 1);
    EXPECT_TRUE(linked(Refill, Pack, LinkKind::Delivers));
    EXPECT_TRUE(status().contains(QStringLiteral("Linked")));
    EXPECT_EQ(feature->gesture()->rubber(), nullptr); // the rubber curve is gone
    doc()->undoStack()->undo();
    EXPECT_EQ(linkCount(), links);
}

TEST_F(LinksTest, LinksPointFromPromiseToWorkWhicheverEndTheDragStarts) {
    altDrag(Pack, Refill);
    EXPECT_TRUE(linked(Refill, Pack, LinkKind::Delivers));
}

TEST_F(LinksTest, RubberCurveFollowsThePointerDuringTheDrag) {
    const QPoint start = viewPos(Refill);
    const QPoint end = viewPos(Pack);
    QTest::mousePress(viewport(), Qt::LeftButton, Qt::AltModifier, start);
    QMouseEvent move(QEvent::MouseMove, end, viewport()->mapToGlobal(end), Qt::NoButton,
                     Qt::LeftButton, Qt::AltModifier);
    QApplication::sendEvent(viewport(), &move);
    ASSERT_NE(feature->gesture()->rubber(), nullptr);
    EXPECT_TRUE(feature->gesture()->rubber()->path().boundingRect().contains(noteCenter(Pack)));
    // Esc cancels without linking.
    const int links = linkCount();
    QTest::keyClick(view(), Qt::Key_Escape);
    EXPECT_FALSE(feature->gesture()->isDragging());
    QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, end);
    EXPECT_EQ(linkCount(), links);
}

TEST_F(LinksTest, RefusedLinksSayWhyAndPushNothing) {
    const int links = linkCount();
    const int steps = undoCount();
    // Onto itself.
    const QPoint refill = viewPos(Refill);
    dragWith(refill, refill + QPoint(3, 6), Qt::AltModifier);
    EXPECT_EQ(linkCount(), links);
    // Onto nothing: the empty space below the canvases.
    const QPoint nothing =
        view()->mapFromScene(scene()->canvasRect(Canvas::Business).bottomLeft() + QPointF(40, 60));
    dragWith(refill, nothing, Qt::AltModifier);
    EXPECT_EQ(linkCount(), links);
    EXPECT_TRUE(status().contains(QStringLiteral("another note"))) << status().toStdString();
    // A duplicate, drawn either way.
    altDrag(QStringLiteral("st-roast"), QStringLiteral("vp-fresh"));
    EXPECT_EQ(linkCount(), links);
    EXPECT_TRUE(status().contains(QStringLiteral("already linked"))) << status().toStdString();
    EXPECT_EQ(undoCount(), steps);
}

TEST_F(LinksTest, LinkToolMakesAPlainDragLinkAndAClickSelect) {
    feature->linkToolAction()->trigger();
    EXPECT_TRUE(feature->gesture()->isToolActive());
    const QString partner = QStringLiteral("kp-machines");
    const QString supplier = QStringLiteral("su-bags");
    dragWith(viewPos(partner), viewPos(supplier), Qt::NoModifier);
    EXPECT_TRUE(linked(partner, supplier, LinkKind::Supplies));
    // The partner did not move: the drag linked instead.
    EXPECT_EQ(doc()->placeOf(partner)->block, Block::KeyPartners);
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(Refill));
    EXPECT_EQ(scene()->selectedIds(), QStringList{Refill});
    // L toggles the tool off again.
    QTest::keyClick(viewport(), Qt::Key_L);
    EXPECT_FALSE(feature->gesture()->isToolActive());
}

TEST_F(LinksTest, CtrlKLinksTheTwoSelectedNotes) {
    const int steps = undoCount();
    scene()->selectIds({QStringLiteral("kr-knowhow"), QStringLiteral("in-profiles")});
    key(Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(
        linked(QStringLiteral("kr-knowhow"), QStringLiteral("in-profiles"), LinkKind::DependsOn));
    EXPECT_EQ(undoCount(), steps + 1);
    // Again: already linked, nothing pushed.
    key(Qt::Key_K, Qt::ControlModifier);
    EXPECT_EQ(undoCount(), steps + 1);
    EXPECT_TRUE(status().contains(QStringLiteral("already linked")));
    // One note is not enough.
    scene()->selectIds({Refill});
    key(Qt::Key_K, Qt::ControlModifier);
    EXPECT_EQ(undoCount(), steps + 1);
    EXPECT_TRUE(status().contains(QStringLiteral("Select two notes")));
}

TEST_F(LinksTest, SelectionHighlightsWhatIsLinkedAndDimsTheRest) {
    const QString fresh = QStringLiteral("vp-fresh");
    scene()->selectIds({fresh});
    EXPECT_EQ(emphasis(fresh), NoteItem::Emphasis::Normal);
    EXPECT_EQ(emphasis(QStringLiteral("st-roast")), NoteItem::Emphasis::Highlighted);
    EXPECT_EQ(emphasis(QStringLiteral("cs-homebrewers")), NoteItem::Emphasis::Highlighted);
    // On both canvases: the mirror of a linked segment too.
    EXPECT_EQ(scene()->mirrorItem(QStringLiteral("cs-homebrewers"))->emphasis(),
              NoteItem::Emphasis::Highlighted);
    EXPECT_EQ(emphasis(QStringLiteral("kp-courier")), NoteItem::Emphasis::Dimmed);
    EXPECT_EQ(emphasis(QStringLiteral("ms-okr")), NoteItem::Emphasis::Dimmed);
    LinkLayer* layer = feature->layer();
    Link roast;
    roast.from = fresh;
    roast.to = QStringLiteral("st-roast");
    EXPECT_TRUE(layer->isHighlighted(roast));
    EXPECT_TRUE(layer->focusIds().contains(fresh));

    // A note without links changes nothing.
    scene()->selectIds({QStringLiteral("cs-offices")});
    EXPECT_EQ(emphasis(QStringLiteral("ms-okr")), NoteItem::Emphasis::Normal);
    EXPECT_TRUE(layer->focusIds().isEmpty());
    scene()->clearSelection();
    EXPECT_EQ(emphasis(QStringLiteral("st-roast")), NoteItem::Emphasis::Normal);
}

TEST_F(LinksTest, HoveringANoteHighlightsItsLinks) {
    const QString roast = QStringLiteral("st-roast");
    QTest::mouseMove(viewport(), viewPos(roast));
    EXPECT_TRUE(waitUntil([&] { return feature->highlighter()->hoveredId() == roast; }));
    EXPECT_EQ(emphasis(QStringLiteral("or-roasting")), NoteItem::Emphasis::Highlighted);
    EXPECT_EQ(emphasis(QStringLiteral("ms-okr")), NoteItem::Emphasis::Dimmed);
    // Off the note, back to the (empty) selection.
    QTest::mouseMove(
        viewport(),
        view()->mapFromScene(scene()->canvasRect(Canvas::Business).topLeft() - QPointF(30, 30)));
    EXPECT_TRUE(waitUntil([&] { return feature->highlighter()->hoveredId().isEmpty(); }));
    EXPECT_EQ(emphasis(QStringLiteral("ms-okr")), NoteItem::Emphasis::Normal);
}

TEST_F(LinksTest, ShowLinksTogglesTheCurvesAndTheHighlight) {
    LinkLayer* layer = feature->layer();
    EXPECT_TRUE(layer->isVisible());
    QAction* toggle = feature->showLinksAction();
    EXPECT_EQ(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    toggle->trigger();
    EXPECT_FALSE(layer->isVisible());
    EXPECT_FALSE(layer->focusItem()->isVisible());
    scene()->selectIds({QStringLiteral("vp-fresh")});
    EXPECT_EQ(emphasis(QStringLiteral("ms-okr")), NoteItem::Emphasis::Normal);
    toggle->trigger();
    EXPECT_TRUE(layer->isVisible());
    EXPECT_EQ(emphasis(QStringLiteral("ms-okr")), NoteItem::Emphasis::Dimmed);
}

TEST_F(LinksTest, CurvesJoinTheNotesAndFollowTheArrangement) {
    LinkLayer* layer = feature->layer();
    EXPECT_EQ(layer->zValue(), CanvasScene::ZLink);
    // The focused curves go above the notes, under the alignment marks.
    ASSERT_NE(layer->focusItem(), nullptr);
    EXPECT_EQ(layer->focusItem()->scene(), scene());
    EXPECT_GT(layer->focusItem()->zValue(), CanvasScene::ZNote);
    EXPECT_LT(layer->focusItem()->zValue(), CanvasScene::ZMarker);
    EXPECT_EQ(layer->routedCount(), static_cast<int>(doc()->state().links.size()));
    // A value proposition reaches a stage from its mirror beside the chains.
    Link roast;
    roast.from = QStringLiteral("vp-fresh");
    roast.to = QStringLiteral("st-roast");
    const auto [from, to] = layer->endItems(roast);
    EXPECT_EQ(from, scene()->mirrorItem(roast.from));
    EXPECT_EQ(to, scene()->noteItem(roast.to));
    const QPainterPath path = layer->pathOf(roast);
    ASSERT_FALSE(path.isEmpty());
    const QRectF fromCard(from->scenePos(), from->size());
    const QRectF toCard(to->scenePos(), to->size());
    EXPECT_TRUE(fromCard.adjusted(-1, -1, 1, 1).contains(path.pointAtPercent(0)));
    EXPECT_TRUE(toCard.adjusted(-1, -1, 1, 1).contains(path.pointAtPercent(1)));
    // Between two BMC notes the BMC notes themselves are joined.
    Link serves;
    serves.from = QStringLiteral("vp-fresh");
    serves.to = QStringLiteral("cs-homebrewers");
    EXPECT_EQ(layer->endItems(serves).first, scene()->noteItem(serves.from));

    // With the OMC hidden only BMC-to-BMC links remain, and they re-route.
    const auto businessLinks = [this] {
        return static_cast<int>(std::count_if(
            doc()->state().links.begin(), doc()->state().links.end(), [this](const Link& link) {
                return canvasOf(*doc()->blockOf(link.from)) == Canvas::Business &&
                       canvasOf(*doc()->blockOf(link.to)) == Canvas::Business;
            }));
    };
    const int shown = businessLinks();
    scene()->setArrangement(Arrangement::BusinessOnly);
    EXPECT_EQ(layer->routedCount(), shown);
    EXPECT_TRUE(layer->pathOf(roast).isEmpty());
    EXPECT_FALSE(layer->pathOf(serves).isEmpty());
    // A new link shows up at once.
    doc()->addLink(LinkRules::proposedLink(*doc(), Refill, QStringLiteral("cs-offices")));
    EXPECT_EQ(businessLinks(), shown + 1);
    EXPECT_EQ(layer->routedCount(), shown + 1);
}

TEST(LinkLayerSpeed, RoutesAndPaintsThousandsOfLinks) {
    Document document;
    document.resetSession(generateSession(2000, 7));
    CanvasScene scene(&document);
    LinkLayer* layer = scene.linkLayer();
    QElapsedTimer timer;
    timer.start();
    const int routed = layer->routedCount();
    const qint64 routeMs = timer.restart();
    auto paint = [&] {
        QImage image(QSize(1920, 1080), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        timer.restart();
        scene.render(&painter, QRectF(), scene.layout().sceneRect());
        return timer.elapsed();
    };
    const qint64 paintMs = paint();
    layer->setVisible(false);
    const qint64 withoutMs = paint();
    std::printf("[ timing ] %d links: route %lld ms; scene painted %lld ms, %lld ms without "
                "links\n",
                routed, static_cast<long long>(routeMs), static_cast<long long>(paintMs),
                static_cast<long long>(withoutMs));
    EXPECT_GT(routed, 2000);
    // Generous for debug builds; release routes in a few milliseconds.
    EXPECT_LT(routeMs, scaledMs(1000));
}

TEST_F(LinksTest, CurvesFollowANoteWhileItIsDragged) {
    const QString care = QStringLiteral("ka-care");
    Link link;
    link.from = care;
    link.to = QStringLiteral("st-followup");
    link.kind = LinkKind::Supports;
    LinkLayer* layer = feature->layer();
    const QPointF before = layer->pathOf(link).pointAtPercent(0);
    const QPoint start = viewPos(care);
    const QPoint end = start + QPoint(30, 40);
    QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, start);
    for (int i = 1; i <= 4; ++i) {
        const QPoint step = start + (end - start) * i / 4;
        QMouseEvent move(QEvent::MouseMove, step, viewport()->mapToGlobal(step), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
    }
    const QPointF during = layer->pathOf(link).pointAtPercent(0);
    EXPECT_GT(QLineF(before, during).length(), 20);
    QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, end);
}

TEST_F(LinksTest, LinksRenderInExportsAsVectors) {
    LinkLayer* layer = feature->layer();
    NoteItem* note = scene()->noteItem(QStringLiteral("vp-fresh"));
    ASSERT_NE(note, nullptr);
    // On screen notes keep bitmaps of themselves and the resting links are
    // drawn from bitmap tiles; exports must get vectors only.
    QImage screen(viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    viewport()->render(&screen);
    EXPECT_GT(layer->tiles().drawnTileCount(), 0);
    EXPECT_EQ(note->cacheMode(), QGraphicsItem::DeviceCoordinateCache);
    scene()->setExportMode(true);
    EXPECT_EQ(note->cacheMode(), QGraphicsItem::NoCache);
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(QSize(900, 560));
        generator.setViewBox(QRect(0, 0, 900, 560));
        QPainter painter(&generator);
        scene()->render(&painter, QRectF(), scene()->canvasRect(Canvas::Operating));
    }
    EXPECT_FALSE(svg.data().contains("<image")) << "a bitmap reached the export";
    scene()->setExportMode(false);
    scene()->selectIds({QStringLiteral("vp-fresh")});
    const QRectF area = scene()->canvasRect(Canvas::Operating);
    auto render = [&] {
        QImage image(QSize(900, 560), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene()->render(&painter, QRectF(), area);
        return image;
    };
    scene()->setExportMode(true);
    const QImage withLinks = render();
    layer->setVisible(false);
    const QImage without = render();
    layer->setVisible(true);
    scene()->setExportMode(false);
    EXPECT_NE(withLinks, without);
    // Exports do not dim: emphasis follows the selection, which they hide.
    EXPECT_EQ(emphasis(QStringLiteral("ms-okr")), NoteItem::Emphasis::Dimmed);
}

TEST_F(LinksTest, InspectorListsFollowsRetypesAndRemovesLinks) {
    const QString fresh = QStringLiteral("vp-fresh");
    scene()->selectIds({fresh});
    LinkListWidget* list = window->inspector()->linksList();
    ASSERT_EQ(list->count(), static_cast<int>(doc()->linksOf(fresh).size()));
    int row = -1;
    for (int i = 0; i < list->count(); ++i) {
        if (list->otherEndAt(i) == QStringLiteral("st-ship"))
            row = i;
    }
    ASSERT_GE(row, 0);
    const int steps = undoCount();
    list->setKind(row, LinkKind::Supports);
    EXPECT_TRUE(linked(fresh, QStringLiteral("st-ship"), LinkKind::Supports));
    EXPECT_EQ(undoCount(), steps + 1);
    for (int i = 0; i < list->count(); ++i) {
        if (list->otherEndAt(i) == QStringLiteral("st-ship"))
            row = i;
    }
    list->removeLink(row);
    EXPECT_FALSE(linked(fresh, QStringLiteral("st-ship"), LinkKind::Supports));
    EXPECT_EQ(undoCount(), steps + 2);
    EXPECT_EQ(list->count(), static_cast<int>(doc()->linksOf(fresh).size()));
    // Follow: the other end becomes the selection.
    const QString other = list->otherEndAt(0);
    list->follow(0);
    EXPECT_EQ(scene()->selectedIds(), QStringList{other});
}

} // namespace

} // namespace tandem::test
