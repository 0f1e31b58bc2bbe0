// Screenshots of the canvas: the arrangements, editing in place, 2,000
// notes, votes, the presenter, a snapshot compared, and a note at 2x.

#include "document.h"
#include "presenter.h"
#include "screenshots.h"
#include "sessiongenerator.h"
#include "snapshotcomparepanel.h"
#include "snapshotdock.h"
#include "voting.h"
#include "workshopfeature.h"

#include <QImage>
#include <QPainter>

namespace tandem::test {

namespace {

using CanvasShots = WindowTest;

TEST_F(CanvasShots, ArrangementsEditingAndManyNotes) {
    window->resize(1920, 1080);
    QCoreApplication::processEvents();
    view()->zoomToFit();
    shoot(window.get(), QStringLiteral("01-side-by-side.png"));
    view()->zoomToBlock(Block::ValuePropositions);
    scene()->selectIds({QStringLiteral("vp-fresh")});
    shoot(window.get(), QStringLiteral("02-value-propositions.png"));
    view()->zoomToRect(scene()->blockRect(Block::ValueChains));
    shoot(window.get(), QStringLiteral("03-value-chains.png"));
    scene()->clearSelection();
    scene()->setArrangement(Arrangement::Stacked);
    view()->zoomToFit();
    shoot(window.get(), QStringLiteral("04-stacked.png"));
    scene()->setArrangement(Arrangement::OperatingOnly);
    view()->zoomToFit();
    shoot(window.get(), QStringLiteral("05-operating-only.png"));
    scene()->setArrangement(Arrangement::SideBySide);
    view()->zoomToBlock(Block::KeyPartners);
    doubleClickAt(emptySpotIn(Block::KeyPartners));
    type(QStringLiteral("A new idea, typed in place"));
    shoot(window.get(), QStringLiteral("06-editing.png"));
    key(Qt::Key_Escape);
    window->newFromBlankTemplate();
    view()->zoomToFit();
    shoot(window.get(), QStringLiteral("07-blank.png"));
    doc()->resetSession(generateSession(2000, 7));
    view()->zoomToFit();
    shoot(window.get(), QStringLiteral("08-2000-notes.png"));
    // Close up, the text of notes measured on all cores is laid out as painted.
    view()->setZoom(1.5);
    view()->centerOn(scene()->blockRect(Block::CustomerSegments).topLeft() + QPointF(300, 300));
    shoot(window.get(), QStringLiteral("09-2000-notes-close.png"));
    view()->setZoom(1.5);
    view()->centerOn(scene()->blockRect(Block::ValueChains).topLeft() + QPointF(500, 300));
    shoot(window.get(), QStringLiteral("10-2000-notes-stages.png"));
}

TEST_F(CanvasShots, Voting) {
    Voting* voting = window->feature<WorkshopFeature>()->voting();
    voting->setVoting(true);
    for (int i = 0; i < 4; ++i)
        voting->vote(QStringLiteral("vp-fresh"));
    voting->vote(QStringLiteral("cs-cafes"));
    for (int i = 0; i < 12; ++i)
        voting->vote(QStringLiteral("vp-traceable"));
    view()->setZoom(1.0);
    view()->centerOn(scene()->blockRect(Block::ValuePropositions).center());
    shoot(window.get(), QStringLiteral("voting.png"));
}

TEST_F(CanvasShots, Presenter) {
    PresenterMode* presenter = window->feature<WorkshopFeature>()->presenter();
    presenter->start(3); // Value propositions
    settle(300);         // full screen, under a window manager too
    shoot(window.get(), QStringLiteral("presenter.png"));
    presenter->goTo(9); // Value chains
    settle();
    shoot(window.get(), QStringLiteral("presenter-chains.png"));
    presenter->stop();
}

TEST_F(CanvasShots, SnapshotCompared) {
    SnapshotDock* dock = window->feature<WorkshopFeature>()->snapshotDock();
    dock->show();
    dock->raise();
    window->resize(1800, 1000);
    // The team's morning: as-is, then four kinds of change.
    dock->takeSnapshot(QStringLiteral("as-is"));
    Element added;
    added.text = QStringLiteral("Office subscription");
    doc()->addElement(Place{Block::ValuePropositions, {}, -1}, added);
    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Cargo bike couriers"));
    doc()->moveElements(
        {{QStringLiteral("ka-training"), Place{Block::KeyResources, {}, -1}, std::nullopt}});
    doc()->removeElements({QStringLiteral("cs-offices")});
    dock->compare()->refresh();
    scene()->clearSelection();
    view()->zoomToCanvas(Canvas::Business);
    shoot(window.get(), QStringLiteral("snapshot-compare.png"));
}

// Arabic, Hebrew, mixed and emoji notes on the canvas, and being edited in place.
TEST_F(CanvasShots, TextInAnyLanguage) {
    doc()->setElementText(QStringLiteral("vp-fresh"),
                          QStringLiteral("قهوة طازجة محمصة حسب الطلب، تصلك خلال ٤٨ ساعة"));
    doc()->setElementText(QStringLiteral("vp-traceable"), QStringLiteral("קפה טרי קלוי לפי הזמנה"));
    doc()->setElementText(QStringLiteral("cs-homebrewers"),
                          QStringLiteral("Home baristas ☕ who love a ritual 🎉👍🏽"));
    doc()->setElementText(QStringLiteral("cs-cafes"),
                          QStringLiteral("Independent cafés\nمقاهي مستقلة 💙"));
    scene()->clearSelection();
    view()->setZoom(1.0);
    view()->centerOn(scene()->blockRect(Block::CustomerRelationships).center());
    shoot(window.get(), QStringLiteral("languages.png"));
    scene()->editNote(QStringLiteral("vp-fresh"));
    shoot(window.get(), QStringLiteral("languages-editing.png"));
    key(Qt::Key_Escape);
}

// A note rendered through the view at a device pixel ratio of 2, and the 1x
// render enlarged, to see the difference (tests/ui/test_hidpi.cpp measures it).
TEST_F(CanvasShots, NoteAtTwiceThePixels) {
    NoteItem* note = scene()->noteItem(QStringLiteral("vp-fresh"));
    ASSERT_NE(note, nullptr);
    scene()->clearSelection();
    const QRectF card = note->mapRectToScene(note->cardRect());
    auto renderAt = [&](qreal ratio) {
        view()->setZoom(1.0);
        view()->centerOn(card.center());
        const QRect source = view()->mapFromScene(card).boundingRect();
        QImage image((QSizeF(source.size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        view()->render(&painter, QRectF(QPointF(0, 0), QSizeF(source.size())), source);
        return image;
    };
    const QImage two = renderAt(2.0);
    const QImage enlarged =
        renderAt(1.0).scaled(two.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    EXPECT_TRUE(two.save(shotPath(QStringLiteral("hidpi-note-2x.png"))));
    EXPECT_TRUE(enlarged.save(shotPath(QStringLiteral("hidpi-note-1x-enlarged.png"))));
}

} // namespace

} // namespace tandem::test
