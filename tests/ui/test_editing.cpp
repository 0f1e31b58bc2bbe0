// Adding, editing, moving and deleting notes through the real view.

#include "noteactions.h"
#include "noteeditor.h"
#include "uitesthelpers.h"

#include <QUndoStack>

namespace tandem::test {

namespace {

using EditingTest = WindowTest;

TEST_F(EditingTest, DoubleClickAddsNoteInEditModeAndEnterCommits) {
    const int before = static_cast<int>(idsIn(Block::KeyPartners).size());
    const int steps = doc()->undoStack()->count();
    doubleClickAt(emptySpotIn(Block::KeyPartners));
    ASSERT_TRUE(scene()->isEditing());
    type(QStringLiteral("Local dairy"));
    key(Qt::Key_Return);
    EXPECT_FALSE(scene()->isEditing());
    const QStringList ids = idsIn(Block::KeyPartners);
    ASSERT_EQ(ids.size(), before + 1);
    EXPECT_EQ(doc()->element(ids.last())->text, QStringLiteral("Local dairy"));
    EXPECT_TRUE(doc()->element(ids.last())->at.has_value()); // where it was clicked
    EXPECT_EQ(doc()->undoStack()->count(), steps + 1);       // one step, text included
    EXPECT_EQ(scene()->selectedIds(), QStringList{ids.last()});
    EXPECT_TRUE(window->isWindowModified());
}

TEST_F(EditingTest, EscapeOnNewNoteAddsNothing) {
    const int before = doc()->state().elementCount();
    doubleClickAt(emptySpotIn(Block::Channels));
    ASSERT_TRUE(scene()->isEditing());
    type(QStringLiteral("Never mind"));
    key(Qt::Key_Escape);
    EXPECT_FALSE(scene()->isEditing());
    EXPECT_EQ(doc()->state().elementCount(), before);
    EXPECT_EQ(doc()->undoStack()->count(), 0);
}

TEST_F(EditingTest, KeyAddsNoteInCurrentBlockAndNextIdeaNeedsNoMouse) {
    click(QStringLiteral("ch-webshop"));
    ASSERT_EQ(scene()->selectedIds(), QStringList{QStringLiteral("ch-webshop")});
    const int before = static_cast<int>(idsIn(Block::Channels).size());
    key(Qt::Key_Insert);
    ASSERT_TRUE(scene()->isEditing());
    type(QStringLiteral("Farmers' markets"));
    key(Qt::Key_Return);
    key(Qt::Key_N); // the next idea, straight away
    ASSERT_TRUE(scene()->isEditing());
    type(QStringLiteral("Trade fairs"));
    key(Qt::Key_Enter);
    const QStringList ids = idsIn(Block::Channels);
    ASSERT_EQ(ids.size(), before + 2);
    EXPECT_EQ(doc()->element(ids[before])->text, QStringLiteral("Farmers' markets"));
    EXPECT_EQ(doc()->element(ids[before + 1])->text, QStringLiteral("Trade fairs"));
    EXPECT_FALSE(doc()->element(ids[before])->at.has_value()); // placed by order
}

TEST_F(EditingTest, EditInPlaceWithShiftEnterNewLine) {
    const QString id = QStringLiteral("kp-courier");
    doubleClickAt(noteCenter(id));
    ASSERT_TRUE(scene()->isEditing());
    type(QStringLiteral("Courier"));
    key(Qt::Key_Return, Qt::ShiftModifier);
    type(QStringLiteral("next-day"));
    key(Qt::Key_Return);
    EXPECT_EQ(doc()->element(id)->text, QStringLiteral("Courier\nnext-day"));
    EXPECT_EQ(doc()->undoStack()->undoText(), QStringLiteral("Edit text"));
    // The note grew to fit two lines... and Escape leaves the text alone.
    key(Qt::Key_F2);
    ASSERT_TRUE(scene()->isEditing());
    type(QStringLiteral("thrown away"));
    key(Qt::Key_Escape);
    EXPECT_EQ(doc()->element(id)->text, QStringLiteral("Courier\nnext-day"));
}

TEST_F(EditingTest, NotesGrowToFitTheirText) {
    const QString id = QStringLiteral("kp-courier");
    const qreal before = scene()->noteItem(id)->size().height();
    doc()->setElementText(id, QStringLiteral("A much longer note that needs several lines of "
                                             "text to say what the courier does for us"));
    EXPECT_GT(scene()->noteItem(id)->size().height(), before + 30);
}

TEST_F(EditingTest, DragToAnotherBlockIsOneUndoStep) {
    const QString id = QStringLiteral("kp-courier");
    const int steps = doc()->undoStack()->count();
    drag(noteCenter(id), emptySpotIn(Block::KeyResources));
    ASSERT_EQ(doc()->blockOf(id), Block::KeyResources);
    EXPECT_EQ(doc()->undoStack()->count(), steps + 1);
    EXPECT_TRUE(scene()
                    ->blockRect(Block::KeyResources)
                    .contains(scene()->noteItem(id)->sceneBoundingRect().center()));
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->blockOf(id), Block::KeyPartners);
    EXPECT_TRUE(scene()
                    ->blockRect(Block::KeyPartners)
                    .contains(scene()->noteItem(id)->sceneBoundingRect().center()));
    doc()->undoStack()->redo();
    EXPECT_EQ(doc()->blockOf(id), Block::KeyResources);
}

TEST_F(EditingTest, DragWithinBlockKeepsPosition) {
    const QString id = QStringLiteral("kp-courier");
    const QPointF target = emptySpotIn(Block::KeyPartners);
    drag(noteCenter(id), target);
    ASSERT_EQ(doc()->blockOf(id), Block::KeyPartners);
    ASSERT_TRUE(doc()->element(id)->at.has_value());
    EXPECT_LT(QLineF(noteCenter(id), target).length(), 4.0);
}

TEST_F(EditingTest, DropOnChainAreaSnapsBack) {
    const QString id = QStringLiteral("kp-courier");
    const QPointF before = scene()->noteItem(id)->pos();
    scene()->setArrangement(Arrangement::Stacked);
    drag(noteCenter(id), scene()->layout().chainRowRect(0, 3).center());
    EXPECT_EQ(doc()->blockOf(id), Block::KeyPartners);
    EXPECT_EQ(scene()->noteItem(id)->pos(), before);
    EXPECT_EQ(doc()->undoStack()->count(), 0);
}

TEST_F(EditingTest, CtrlClickMultiSelectAndDeleteUndo) {
    click(QStringLiteral("kp-courier"));
    click(QStringLiteral("ka-roasting"), Qt::ControlModifier);
    ASSERT_EQ(scene()->selectedIds().size(), 2);
    const int before = doc()->state().elementCount();
    key(Qt::Key_Delete);
    EXPECT_EQ(doc()->state().elementCount(), before - 2);
    EXPECT_EQ(doc()->undoStack()->count(), 1);
    EXPECT_EQ(scene()->noteItem(QStringLiteral("kp-courier")), nullptr);
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->state().elementCount(), before);
    EXPECT_NE(scene()->noteItem(QStringLiteral("kp-courier")), nullptr);
    doc()->undoStack()->redo();
    EXPECT_EQ(doc()->state().elementCount(), before - 2);
}

TEST_F(EditingTest, RubberBandSelectsNotes) {
    const QRectF block = scene()->blockRect(Block::CostStructure);
    view()->centerOn(block.center());
    const QPoint start = view()->mapFromScene(block.topLeft() + QPointF(4, 30));
    const QPoint end = view()->mapFromScene(block.bottomRight() - QPointF(4, 4));
    QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, start);
    for (int i = 1; i <= 6; ++i) {
        const QPoint step = start + (end - start) * i / 6;
        QMouseEvent move(QEvent::MouseMove, step, viewport()->mapToGlobal(step), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
    }
    QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, end);
    EXPECT_EQ(scene()->selectedIds(), idsIn(Block::CostStructure));
}

TEST_F(EditingTest, CtrlASelectsBlockThenEverything) {
    click(QStringLiteral("kp-courier"));
    key(Qt::Key_A, Qt::ControlModifier);
    EXPECT_EQ(scene()->selectedIds(), idsIn(Block::KeyPartners));
    key(Qt::Key_A, Qt::ControlModifier);
    EXPECT_EQ(scene()->selectedIds().size(), doc()->state().elementCount());
}

TEST_F(EditingTest, EditMenuNamesWhatUndoWillUndo) {
    click(QStringLiteral("kp-courier"));
    key(Qt::Key_Delete);
    QAction* undo = nullptr;
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->text().startsWith(QStringLiteral("&Undo")) ||
            action->text().startsWith(QStringLiteral("Undo")))
            undo = action;
    }
    ASSERT_NE(undo, nullptr);
    EXPECT_TRUE(undo->text().contains(QStringLiteral("Delete note"))) << undo->text().toStdString();
    key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_NE(doc()->element(QStringLiteral("kp-courier")), nullptr);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(doc()->element(QStringLiteral("kp-courier")), nullptr);
}

TEST_F(EditingTest, KeyboardNudgeReorderAndMoveToBlock) {
    const QString id = QStringLiteral("kp-courier");
    click(id);
    const QPointF before = scene()->noteItem(id)->pos();
    key(Qt::Key_Right);
    key(Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_EQ(scene()->noteItem(id)->pos(), before + QPointF(10, 50));
    EXPECT_EQ(doc()->undoStack()->count(), 2);
    const int index = doc()->placeOf(id)->index;
    key(Qt::Key_BracketLeft, Qt::ControlModifier);
    EXPECT_EQ(doc()->placeOf(id)->index, index - 1);
    key(Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(doc()->blockOf(id), Block::KeyActivities);
    EXPECT_EQ(scene()->selectedIds(), QStringList{id});
}

TEST_F(EditingTest, ColourKeysAndAutoArrange) {
    click(QStringLiteral("kp-courier"));
    key(Qt::Key_6); // the sixth palette colour
    EXPECT_EQ(doc()->element(QStringLiteral("kp-courier"))->color, paletteNames()[5]);
    drag(noteCenter(QStringLiteral("kp-courier")), emptySpotIn(Block::KeyPartners));
    ASSERT_TRUE(doc()->element(QStringLiteral("kp-courier"))->at.has_value());
    key(Qt::Key_L, Qt::ControlModifier);
    EXPECT_FALSE(doc()->element(QStringLiteral("kp-courier"))->at.has_value());
}

TEST_F(EditingTest, TabWalksNotesInReadingOrder) {
    const QStringList order = scene()->readingOrder();
    key(Qt::Key_Tab);
    EXPECT_EQ(scene()->selectedIds(), QStringList{order[0]});
    key(Qt::Key_Tab);
    EXPECT_EQ(scene()->selectedIds(), QStringList{order[1]});
    key(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(scene()->selectedIds(), QStringList{order[0]});
    EXPECT_EQ(order.first(), doc()->state().elements(Block::KeyPartners).front().id);
}

} // namespace

} // namespace tandem::test
