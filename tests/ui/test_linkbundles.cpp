// Links at rest bundled into trunks between blocks, quiet until a note is in
// focus, and the links of a dragged note following it at every size.

#include "canvaslayout.h"
#include "exporter.h"
#include "linklayer.h"
#include "sessiongenerator.h"
#include "uitesthelpers.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace tandem::test {

namespace {

Link linkOf(const char* from, const char* to, LinkKind kind = LinkKind::Delivers) {
    Link link;
    link.from = QString::fromLatin1(from);
    link.to = QString::fromLatin1(to);
    link.kind = kind;
    return link;
}

bool near(const QPointF& a, const QPointF& b, qreal tolerance = 1.0) {
    return QLineF(a, b).length() <= tolerance;
}

class LinkBundlesTest : public WindowTest {
protected:
    LinkLayer* layer() const { return scene()->linkLayer(); }
    QRectF block(Block block) const { return scene()->layout().blockRect(block); }

    // The links alone (resting layer, then the focused ones above it), drawn
    // on white at half size: what a projector shows of them.
    QImage paintLinks() const {
        const QRectF area = scene()->layout().sceneRect();
        QImage image((area.size() / 2).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(0.5, 0.5);
        painter.translate(-area.topLeft());
        QStyleOptionGraphicsItem option;
        option.exposedRect = layer()->boundingRect();
        layer()->paint(&painter, &option, nullptr);
        layer()->focusItem()->paint(&painter, &option, nullptr);
        return image;
    }
    // The darkest pixel around a scene point of that picture.
    static QColor darkestAround(const QImage& image, const QPointF& scenePoint,
                                const QRectF& area) {
        const QPoint centre = ((scenePoint - area.topLeft()) / 2).toPoint();
        QColor darkest(Qt::white);
        for (int dy = -3; dy <= 3; ++dy) {
            for (int dx = -3; dx <= 3; ++dx) {
                const QPoint at = centre + QPoint(dx, dy);
                if (!image.rect().contains(at))
                    continue;
                const QColor colour = image.pixelColor(at);
                if (colour.lightness() < darkest.lightness())
                    darkest = colour;
            }
        }
        return darkest;
    }
    // A point of the key activities' trunk in the middle of the gap
    // between the canvases, where no other link passes.
    QPointF trunkInTheGap() const {
        const QPainterPath trunk =
            layer()->trunkOf(linkOf("ka-roasting", "st-roast", LinkKind::Supports));
        const qreal middle = (scene()->canvasRect(Canvas::Business).right() +
                              scene()->canvasRect(Canvas::Operating).left()) /
                             2;
        QPointF best;
        for (int i = 0; i <= 400; ++i) {
            const QPointF point = trunk.pointAtPercent(i / 400.0);
            if (std::abs(point.x() - middle) < std::abs(best.x() - middle))
                best = point;
        }
        EXPECT_LT(std::abs(best.x() - middle), 2);
        return best;
    }
    static bool isOrange(const QColor& colour) {
        return colour.red() > 170 && colour.green() > 60 && colour.green() < 140 &&
               colour.blue() < 70;
    }
};

TEST_F(LinkBundlesTest, LinksBetweenTwoBlocksShareOneTrunkAlongTheGap) {
    // The example's key activities are linked to five stages.
    const Link roasting = linkOf("ka-roasting", "st-roast", LinkKind::Supports);
    const Link sourcing = linkOf("ka-sourcing", "st-i-cup", LinkKind::Supports);
    const QPainterPath trunk = layer()->trunkOf(roasting);
    ASSERT_FALSE(trunk.isEmpty());
    EXPECT_EQ(layer()->trunkOf(sourcing), trunk);
    EXPECT_EQ(layer()->trunkSize(roasting), 5);

    // It leaves the key activities at their edge facing the OMC and enters
    // the chains at theirs.
    const QRectF activities = block(Block::KeyActivities);
    const QRectF chains = block(Block::ValueChains);
    const QPointF first = trunk.pointAtPercent(0);
    const QPointF last = trunk.pointAtPercent(1);
    const auto onVerticalEdge = [](const QRectF& rect, const QPointF& point, qreal x) {
        return std::abs(point.x() - x) < 1 && point.y() >= rect.top() - 1 &&
               point.y() <= rect.bottom() + 1;
    };
    const QPointF bmcEnd = first.x() < last.x() ? first : last;
    const QPointF omcEnd = first.x() < last.x() ? last : first;
    EXPECT_TRUE(onVerticalEdge(activities, bmcEnd, activities.right()));
    EXPECT_TRUE(onVerticalEdge(chains, omcEnd, chains.left()));

    // In between it runs along the gap between the canvases.
    const qreal gapLeft = scene()->canvasRect(Canvas::Business).right();
    const qreal gapRight = scene()->canvasRect(Canvas::Operating).left();
    qreal top = 1e9;
    qreal bottom = -1e9;
    for (int i = 0; i <= 200; ++i) {
        const QPointF point = trunk.pointAtPercent(i / 200.0);
        EXPECT_TRUE(point.x() <= gapRight + 1) << point.x(); // never into the OMC's blocks
        if (point.x() > gapLeft + 10 && point.x() < gapRight - 10) {
            top = std::min(top, point.y());
            bottom = std::max(bottom, point.y());
        }
    }
    EXPECT_LE(top, bottom); // some of it is in the gap

    // Each link's own part at rest is a fan from its note to the trunk.
    const QPainterPath rest = layer()->restingPathOf(roasting);
    const QRectF card = scene()->noteItem(roasting.from)->sceneCard();
    EXPECT_TRUE(card.adjusted(-1, -1, 1, 1).contains(rest.pointAtPercent(0)));
    EXPECT_TRUE(near(rest.elementAt(3), bmcEnd));
}

TEST_F(LinkBundlesTest, NeighbouringBlocksMeetAtOnePointOfTheirBorder) {
    // A promise reaches its stages from its mirror beside the chains: the
    // fans of both ends meet on the border between the two.
    const Link fresh = linkOf("vp-fresh", "st-roast");
    EXPECT_TRUE(layer()->trunkOf(fresh).isEmpty());
    const QPainterPath rest = layer()->restingPathOf(fresh);
    ASSERT_EQ(rest.elementCount(), 8); // two cubic fans
    const QPointF hub = rest.elementAt(3);
    EXPECT_TRUE(near(hub, rest.elementAt(7)));
    EXPECT_NEAR(hub.x(), block(Block::ValueChains).right(), 1);
    // The same point for another promise's link to another stage.
    const QPainterPath other = layer()->restingPathOf(linkOf("vp-traceable", "st-pack"));
    ASSERT_EQ(other.elementCount(), 8);
    EXPECT_TRUE(near(other.elementAt(3), hub));
}

TEST_F(LinkBundlesTest, RestingLinksAreQuietAndTheSelectionsStandOut) {
    const QRectF area = scene()->layout().sceneRect();
    const QPointF onTrunk = trunkInTheGap();
    const QPointF onCurve = layer()->pathOf(linkOf("vp-fresh", "st-roast")).pointAtPercent(0.3);

    const QImage rest = paintLinks();
    // At rest: nothing strong, the trunk a quiet grey-blue line.
    const QColor trunkAtRest = darkestAround(rest, onTrunk, area);
    EXPECT_LT(trunkAtRest.lightness(), 230);
    EXPECT_GT(trunkAtRest.lightness(), 110);
    EXPECT_GT(trunkAtRest.blue(), trunkAtRest.red());
    EXPECT_FALSE(isOrange(darkestAround(rest, onCurve, area)));

    // A promise in focus: its links strong, the trunk of others fainter.
    scene()->selectIds({QStringLiteral("vp-fresh")});
    ASSERT_TRUE(layer()->focusIds().contains(QStringLiteral("vp-fresh")));
    const QImage focused = paintLinks();
    EXPECT_TRUE(isOrange(darkestAround(focused, onCurve, area)))
        << darkestAround(focused, onCurve, area).name().toStdString();
    EXPECT_GT(darkestAround(focused, onTrunk, area).lightness(), trunkAtRest.lightness() + 20);
}

TEST_F(LinkBundlesTest, ExportsDrawTheBundlesAsVectors) {
    scene()->setExportMode(true);
    const QImage exported = paintLinks();
    scene()->setExportMode(false);
    EXPECT_LT(darkestAround(exported, trunkInTheGap(), scene()->layout().sceneRect()).lightness(),
              230);
    // In an SVG poster the trunks are paths in the links' colour, no picture.
    ExportOptions options;
    options.format = ExportFormat::Svg;
    const QByteArray svg = Exporter(scene()).svg(options);
    EXPECT_FALSE(svg.contains("<image"));
    EXPECT_TRUE(svg.contains("stroke=\"#6f8cad\""));
}

TEST_F(LinkBundlesTest, DraggedNotesLinksFollowAboveTheQuietBudget) {
    doc()->resetSession(generateSession(600, 5));
    QCoreApplication::processEvents();
    ASSERT_GT(layer()->routedCount(), LinkLayer::QuietBudget);
    // A key activity linked to work on the other canvas.
    QString id;
    Link link;
    for (const Element& element : doc()->state().elements(Block::KeyActivities)) {
        for (const Link& candidate : doc()->state().links) {
            if (candidate.from == element.id || candidate.to == element.id) {
                id = element.id;
                link = candidate;
            }
        }
        if (!id.isEmpty())
            break;
    }
    ASSERT_FALSE(id.isEmpty());
    const bool fromEnd = link.from == id;
    NoteItem* note = scene()->noteItem(id);
    ASSERT_NE(note, nullptr);
    view()->setZoom(1.0);
    view()->centerOn(note);
    QCoreApplication::processEvents();
    const auto endOnNote = [&] {
        const QPainterPath path = layer()->pathOf(link);
        return path.pointAtPercent(fromEnd ? 0 : 1);
    };
    const QPointF before = endOnNote();
    ASSERT_TRUE(note->sceneCard().adjusted(-1, -1, 1, 1).contains(before));

    const QPoint start = view()->mapFromScene(note->sceneCard().center());
    const QPoint end = start + QPoint(30, 40);
    const QPointF noteBefore = note->scenePos();
    QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, start);
    for (int i = 1; i <= 4; ++i) {
        const QPoint step = start + (end - start) * i / 4;
        QMouseEvent move(QEvent::MouseMove, step, viewport()->mapToGlobal(step), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
    }
    // During the drag, before the drop: the end moved with the note, and
    // the view shows the curve where it now is.
    const QPointF during = endOnNote();
    const QPointF moved = note->scenePos() - noteBefore;
    EXPECT_GT(QLineF(QPointF(), moved).length(), 20); // the note itself moved
    EXPECT_NEAR(during.x() - before.x(), moved.x(), 2);
    EXPECT_NEAR(during.y() - before.y(), moved.y(), 2);
    EXPECT_TRUE(note->sceneCard().adjusted(-1, -1, 1, 1).contains(during));
    // A point of the curve a little off the card, where only links draw.
    const QPainterPath path = layer()->pathOf(link);
    const QRectF clear = note->sceneCard().adjusted(-20, -20, 20, 20);
    QPointF off = during;
    for (int i = 0; i <= 100 && clear.contains(off); ++i)
        off = path.pointAtPercent(fromEnd ? i / 100.0 : 1 - i / 100.0);
    ASSERT_FALSE(clear.contains(off));
    const QImage shown = viewport()->grab().toImage();
    const QPoint dot = view()->mapFromScene(off);
    ASSERT_TRUE(shown.rect().adjusted(2, 2, -2, -2).contains(dot));
    bool orange = false;
    for (int dy = -2; dy <= 2; ++dy) {
        for (int dx = -2; dx <= 2; ++dx)
            orange = orange || isOrange(shown.pixelColor(dot + QPoint(dx, dy)));
    }
    EXPECT_TRUE(orange);
    QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, end);
}

} // namespace

} // namespace tandem::test
