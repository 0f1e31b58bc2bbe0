// Value chains on the OMC: add, rename, reorder and delete chains and stages.

#include "chainitem.h"
#include "uitesthelpers.h"

#include <QUndoStack>

namespace tandem::test {

namespace {

class ChainsTest : public WindowTest {
protected:
    void SetUp() override {
        WindowTest::SetUp();
        scene()->setArrangement(Arrangement::OperatingOnly);
    }
    const std::vector<ValueChain>& chains() const { return doc()->state().chains; }
    QStringList stageIds(int chain) const {
        QStringList ids;
        for (const Element& stage : chains()[chain].stages)
            ids.append(stage.id);
        return ids;
    }
};

TEST_F(ChainsTest, StagesSitLeftToRightInTheirRow) {
    const QStringList ids = stageIds(0);
    for (int i = 1; i < ids.size(); ++i)
        EXPECT_LT(scene()->noteItem(ids[i - 1])->pos().x(), scene()->noteItem(ids[i])->pos().x());
    const QRectF row = scene()->layout().chainRowRect(0, static_cast<int>(chains().size()));
    EXPECT_TRUE(row.contains(noteCenter(ids.first())));
}

TEST_F(ChainsTest, DoubleClickOnChainRowAddsStageWhereClicked) {
    const QStringList before = stageIds(0);
    ChainItem* chain = scene()->chainItem(chains()[0].id);
    ASSERT_NE(chain, nullptr);
    // Free space of the row, right of the last stage, appends.
    const QRectF last = scene()->noteItem(before.last())->sceneBoundingRect();
    const QPointF free(last.right() + 40, last.center().y());
    doubleClickAt(free);
    ASSERT_TRUE(scene()->isEditing());
    type(QStringLiteral("Invoice"));
    key(Qt::Key_Return);
    ASSERT_EQ(stageIds(0).size(), before.size() + 1);
    EXPECT_EQ(chains()[0].stages.back().text, QStringLiteral("Invoice"));
}

TEST_F(ChainsTest, DragStageReordersWithinChain) {
    const QStringList before = stageIds(0);
    const QRectF last = scene()->noteItem(before.last())->sceneBoundingRect();
    drag(noteCenter(before.first()), QPointF(last.right() - 10, last.center().y()));
    const QStringList after = stageIds(0);
    EXPECT_EQ(after.last(), before.first());
    EXPECT_EQ(doc()->undoStack()->count(), 1);
    doc()->undoStack()->undo();
    EXPECT_EQ(stageIds(0), before);
}

TEST_F(ChainsTest, KeyboardMovesStagesAlongAndAcrossChains) {
    const QString id = stageIds(0)[1];
    scene()->selectIds({id});
    view()->setFocus();
    key(Qt::Key_Right);
    EXPECT_EQ(stageIds(0)[2], id);
    key(Qt::Key_Left);
    key(Qt::Key_Left);
    EXPECT_EQ(stageIds(0)[0], id);
    key(Qt::Key_Down);
    EXPECT_EQ(doc()->chainOfStage(id), chains()[1].id);
}

TEST_F(ChainsTest, AddRenameMoveAndDeleteChain) {
    const int count = static_cast<int>(chains().size());
    scene()->clearSelection();
    view()->setFocus();
    key(Qt::Key_S, Qt::ShiftModifier); // Add Value Chain
    ASSERT_TRUE(scene()->isEditing());
    type(QStringLiteral("Training"));
    key(Qt::Key_Return);
    ASSERT_EQ(static_cast<int>(chains().size()), count + 1);
    const QString chainId = chains().back().id;
    EXPECT_EQ(chains().back().name, QStringLiteral("Training"));
    EXPECT_EQ(scene()->selectedChainId(), chainId);

    key(Qt::Key_S); // Add Stage to the selected chain
    type(QStringLiteral("Book a course"));
    key(Qt::Key_Return);
    EXPECT_EQ(chains().back().stages.size(), 1u);

    scene()->selectChain(chainId);
    key(Qt::Key_F2);
    ASSERT_TRUE(scene()->isEditing());
    type(QStringLiteral("Barista training"));
    key(Qt::Key_Return);
    EXPECT_EQ(doc()->chain(chainId)->name, QStringLiteral("Barista training"));

    scene()->selectChain(chainId);
    key(Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    EXPECT_EQ(doc()->chainIndex(chainId), count - 1);

    scene()->selectChain(chainId);
    key(Qt::Key_Delete);
    EXPECT_EQ(doc()->chain(chainId), nullptr);
    doc()->undoStack()->undo();
    ASSERT_NE(doc()->chain(chainId), nullptr);
    EXPECT_NE(scene()->noteItem(doc()->chain(chainId)->stages.front().id), nullptr);
}

TEST_F(ChainsTest, MirrorColumnShowsBusinessNotes) {
    const QString id = QStringLiteral("vp-fresh");
    NoteItem* mirror = scene()->mirrorItem(id);
    ASSERT_NE(mirror, nullptr);
    EXPECT_TRUE(mirror->isVisible());
    EXPECT_FALSE(scene()->noteItem(id)->isVisible()); // the BMC is hidden
    EXPECT_TRUE(scene()
                    ->layout()
                    .mirrorRect(Block::ValuePropositions)
                    .contains(mirror->sceneBoundingRect().center()));
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier,
                      at(mirror->mapToScene(mirror->cardRect().center())));
    scene()->selectIds({id});
    doc()->setElementText(id, QStringLiteral("Fresh, always"));
    EXPECT_EQ(scene()->mirrorItem(id)->elementId(), id);
    // Moving a proposition out of the block takes its mirror away.
    doc()->moveElements({ElementMove{id, Place{Block::KeyPartners, {}, -1}, std::nullopt}});
    EXPECT_EQ(scene()->mirrorItem(id), nullptr);
}

} // namespace

} // namespace tandem::test
