// The far view: zoomed far out, or with more notes in sight than anyone can
// read, notes are drawn as plain cards by one CardLayer while the note items
// paint nothing; they can still be clicked and dragged, the selection and the
// alignment markers still show, and exports never see any of it.

#include "cardlayer.h"
#include "exporter.h"
#include "linklayer.h"
#include "sessiongenerator.h"
#include "theme.h"
#include "uitesthelpers.h"

#include <QImage>
#include <QTemporaryDir>

namespace tandem::test {

namespace {

using FarViewTest = WindowTest;

// Paints the viewport as the screen does (its own paint event).
QImage paintViewport(QWidget* viewport) {
    QImage image(viewport->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    viewport->render(&image);
    return image;
}

// How far a colour is from another, summed over the channels.
int distance(QRgb a, QRgb b) {
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
           std::abs(qBlue(a) - qBlue(b));
}

bool paintsNothing(const NoteItem* item) {
    return item->flags() & QGraphicsItem::ItemHasNoContents;
}

TEST_F(FarViewTest, ZoomingFarOutDrawsCardsAndZoomingInBringsTheTextBack) {
    const QString id = QStringLiteral("vp-fresh");
    NoteItem* note = scene()->noteItem(id);
    ASSERT_NE(note, nullptr);
    paintViewport(viewport());
    EXPECT_FALSE(scene()->farView()) << "the example at 50 % shows its text";
    EXPECT_FALSE(paintsNothing(note));
    EXPECT_FALSE(scene()->cardLayer()->isVisible());

    view()->setZoom(NoteItem::TextLevelOfDetail * 0.8);
    view()->centerOn(noteCenter(id));
    const QImage far = paintViewport(viewport());
    EXPECT_TRUE(scene()->farView());
    EXPECT_TRUE(paintsNothing(note));
    EXPECT_TRUE(scene()->cardLayer()->isVisible());
    // The card is there, in the note's colour, drawn by the card layer.
    const QPoint center = view()->mapFromScene(noteCenter(id));
    EXPECT_LT(distance(far.pixel(center), note->fill().rgb()), 12);

    view()->setZoom(1.0);
    paintViewport(viewport());
    EXPECT_FALSE(scene()->farView());
    EXPECT_FALSE(paintsNothing(note));
    EXPECT_FALSE(scene()->cardLayer()->isVisible());
}

TEST_F(FarViewTest, CardsCanBeClickedAndShowTheSelection) {
    const QString id = QStringLiteral("cs-cafes");
    view()->setZoom(0.2);
    paintViewport(viewport());
    ASSERT_TRUE(scene()->farView());
    click(id);
    EXPECT_EQ(scene()->selectedIds(), QStringList{id});
    const QImage image = paintViewport(viewport());
    const QPoint center = view()->mapFromScene(noteCenter(id));
    EXPECT_LT(distance(image.pixel(center), Theme::selection().rgb()), 12);
}

TEST_F(FarViewTest, ADraggedCardMovesWithItsNote) {
    const QString id = QStringLiteral("kp-importer");
    NoteItem* note = scene()->noteItem(id);
    ASSERT_NE(note, nullptr);
    view()->setZoom(0.2);
    view()->centerOn(noteCenter(id));
    paintViewport(viewport());
    ASSERT_TRUE(scene()->farView());
    const QPoint before = view()->mapFromScene(noteCenter(id));
    // Straight to the empty canvas below the note, without dropping it.
    note->moveBy(0, 2 * note->size().height() + 40);
    QCoreApplication::processEvents();
    const QImage image = paintViewport(viewport());
    const QPoint after = view()->mapFromScene(noteCenter(id));
    EXPECT_LT(distance(image.pixel(after), note->fill().rgb()), 12);
    EXPECT_GT(distance(image.pixel(before), note->fill().rgb()), 12)
        << "the card left its old place";
}

TEST_F(FarViewTest, MoreNotesInSightThanTheBudgetIsAFarView) {
    // Not far out by the zoom alone. Crowded blocks grow the canvas rather
    // than pile their notes up (issue 19): it takes a session crowded
    // everywhere to fill a view at this zoom.
    doc()->resetSession(generateSession(8000, 7));
    window->resize(2600, 1700); // a projector's view
    QCoreApplication::processEvents();
    view()->setZoom(NoteItem::TextLevelOfDetail + 0.02);
    view()->centerOn(scene()->layout().bodyRect(Canvas::Business).center());
    paintViewport(viewport());
    const QRectF sight = view()->mapToScene(viewport()->rect()).boundingRect();
    ASSERT_GT(scene()->visibleNotesIn(sight), CanvasView::FarViewBudget);
    EXPECT_TRUE(scene()->farView());
    // Close up, the same session shows its text again.
    view()->setZoom(1.5);
    paintViewport(viewport());
    EXPECT_LT(scene()->visibleNotesIn(view()->mapToScene(viewport()->rect()).boundingRect()),
              CanvasView::FarViewBudget);
    EXPECT_FALSE(scene()->farView());
}

TEST_F(FarViewTest, NotesInSightFollowEditsAndTheShownCanvases) {
    // The count that picks the far view is kept between frames: it must still
    // follow a new note and a canvas hidden or shown again.
    const QRectF everywhere(-1e6, -1e6, 2e6, 2e6);
    int business = 0;
    for (int block = 0; block < BlockCount; ++block) {
        if (canvasOf(static_cast<Block>(block)) == Canvas::Business)
            business += static_cast<int>(doc()->state().elements(static_cast<Block>(block)).size());
    }
    ASSERT_GT(business, 0);
    scene()->setArrangement(Arrangement::BusinessOnly);
    EXPECT_EQ(scene()->visibleNotesIn(everywhere), business);
    Element note;
    note.text = QStringLiteral("One more promise");
    doc()->addElement(Place{Block::ValuePropositions, {}, -1}, note);
    EXPECT_EQ(scene()->visibleNotesIn(everywhere), business + 1);
    scene()->setArrangement(Arrangement::SideBySide);
    EXPECT_GT(scene()->visibleNotesIn(everywhere), business + 1) << "the operating canvas is back";
    EXPECT_EQ(scene()->visibleNotesIn(QRectF(-1e6, -1e6, 10, 10)), 0);
}

TEST_F(FarViewTest, LinksAtRestShowOnlyWhereFewAreInSight) {
    doc()->resetSession(generateSession(2000, 7));
    LinkLayer* links = scene()->linkLayer();
    view()->zoomToFit();
    paintViewport(viewport());
    const QRectF whole = view()->mapToScene(viewport()->rect()).boundingRect();
    EXPECT_GT(links->countInSight(whole), LinkLayer::QuietBudget);
    EXPECT_FALSE(links->restingShown()) << "thousands of curves at fit";
    // Close up on one note, only the curves near it: they show.
    view()->setZoom(2.0);
    view()->centerOn(noteCenter(QStringLiteral("vp-1")));
    paintViewport(viewport());
    const QRectF close = view()->mapToScene(viewport()->rect()).boundingRect();
    const int inSight = links->countInSight(close);
    EXPECT_GT(inSight, 0);
    EXPECT_LE(inSight, LinkLayer::QuietBudget);
    EXPECT_TRUE(links->restingShown());
    // Counted before and after routing, a count below the budget is exact.
    doc()->resetSession(generateSession(2000, 7));
    EXPECT_EQ(scene()->linkLayer()->countInSight(close), inSight);
}

TEST_F(FarViewTest, NotesMeasuredOnAllCoresAreAsHighAsNotesLaidOutOneByOne) {
    // Opening a session measures the notes' heights on several threads and
    // lays out their text only when painted; editing one lays it out at once.
    doc()->resetSession(generateSession(1200, 5));
    int compared = 0;
    for (Block block : allBlocks()) {
        for (const Element& element : doc()->state().elements(block)) {
            NoteItem* item = scene()->noteItem(element.id);
            ASSERT_NE(item, nullptr);
            NoteItem alone(element.id, NoteItem::Role::Note);
            alone.refresh(element, block);
            EXPECT_EQ(item->size(), alone.size()) << element.id.toStdString();
            if (NoteItem* mirror = scene()->mirrorItem(element.id)) {
                EXPECT_EQ(mirror->size(), alone.size()) << element.id.toStdString();
            }
            ++compared;
        }
    }
    EXPECT_GT(compared, 800);
}

TEST_F(FarViewTest, ExportsDrawTheNotesThemselves) {
    view()->setZoom(0.2);
    paintViewport(viewport());
    ASSERT_TRUE(scene()->farView());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("far.svg"));
    ExportOptions options;
    options.format = ExportFormat::Svg;
    options.canvas = ExportCanvas::Business;
    QString error;
    ASSERT_TRUE(Exporter(scene()).exportToFile(path, options, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    // The note's text is in the SVG as text, not a card without it.
    const QString text = doc()->element(QStringLiteral("vp-fresh"))->text.split(u' ').first();
    EXPECT_TRUE(svg.contains(text.toUtf8())) << text.toStdString();
    EXPECT_FALSE(svg.contains("<image")) << "no bitmaps of cached notes or links";
    // Back on screen, the view is far out again at its next paint.
    paintViewport(viewport());
    EXPECT_TRUE(scene()->farView());
}

} // namespace

} // namespace tandem::test
