// Every document gesture is one undo step that undoes and redoes exactly,
// and tells views what changed.

#include "document.h"
#include "sessiontesthelpers.h"

#include <QRegularExpression>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace tandem;

namespace {

using tandemtest::note;

// A small session with notes in several blocks, one chain of two stages and
// links between them.
Session sampleSession() {
    Session session;
    session.info.title = QStringLiteral("Sample");
    auto& state = session.state;
    state.elements(Block::ValuePropositions) = {
        note(QStringLiteral("vp-1"), QStringLiteral("Fresh")),
        note(QStringLiteral("vp-2"), QStringLiteral("Cheap"))};
    state.elements(Block::CustomerSegments) = {
        note(QStringLiteral("cs-1"), QStringLiteral("Home"))};
    state.elements(Block::KeyPartners) = {note(QStringLiteral("kp-1"), QStringLiteral("Farms"))};
    ValueChain chain;
    chain.id = QStringLiteral("vc-1");
    chain.name = QStringLiteral("Delivery");
    chain.stages = {note(QStringLiteral("st-1"), QStringLiteral("Roast")),
                    note(QStringLiteral("st-2"), QStringLiteral("Ship"))};
    state.chains.push_back(chain);
    state.links = {
        Link{QStringLiteral("vp-1"), QStringLiteral("st-1"), LinkKind::Delivers, {}, {}},
        Link{QStringLiteral("vp-1"), QStringLiteral("cs-1"), LinkKind::Supports, {}, {}},
        Link{QStringLiteral("vp-2"), QStringLiteral("st-2"), LinkKind::Delivers, {}, {}}};
    return session;
}

class DocumentTest : public ::testing::Test {
protected:
    void SetUp() override { document.resetSession(sampleSession()); }

    // Undo brings back exactly the state before; redo exactly the state after.
    void expectExactUndoRedo(const Session& before) {
        const Session after = document.session();
        ASSERT_TRUE(document.undoStack()->canUndo());
        document.undoStack()->undo();
        EXPECT_EQ(document.session(), before);
        document.undoStack()->redo();
        EXPECT_EQ(document.session(), after);
    }

    Document document;
};

} // namespace

TEST_F(DocumentTest, ResetClearsUndoAndIsUnmodified) {
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_EQ(document.element(QStringLiteral("st-2"))->text, QStringLiteral("Ship"));
    EXPECT_EQ(document.placeOf(QStringLiteral("st-2"))->chainId, QStringLiteral("vc-1"));
}

TEST_F(DocumentTest, AddElementGeneratesReadableUniqueIdAndUndoes) {
    const Session before = document.session();
    QSignalSpy added(&document, &Document::elementAdded);
    const QString id = document.addElement(Place{Block::ValuePropositions, {}, 1},
                                           note({}, QStringLiteral("New")));
    // Short and readable, with a random suffix that another branch adding to
    // the same block does not repeat (issue 14).
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^vp-[0-9a-z]{4}$")).match(id).hasMatch())
        << id.toStdString();
    EXPECT_NE(id, QStringLiteral("vp-1"));
    EXPECT_NE(id, QStringLiteral("vp-2"));
    EXPECT_EQ(added.count(), 1);
    EXPECT_EQ(document.state().elements(Block::ValuePropositions)[1].id, id);
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(document.undoStack()->count(), 1);
    expectExactUndoRedo(before);
}

TEST_F(DocumentTest, AddElementReplacesTakenId) {
    const QString id =
        document.addElement(Place{Block::KeyPartners, {}, -1}, note(QStringLiteral("vp-1"), "x"));
    EXPECT_NE(id, QStringLiteral("vp-1"));
    EXPECT_TRUE(document.isElement(id));
}

TEST_F(DocumentTest, AddStageToChain) {
    const Session before = document.session();
    const QString id = document.addElement(Place{Block::ValueChains, QStringLiteral("vc-1"), 1},
                                           note({}, QStringLiteral("Pack")));
    EXPECT_TRUE(id.startsWith(QStringLiteral("st-")));
    EXPECT_EQ(document.state().chains[0].stages[1].id, id);
    EXPECT_EQ(document.chainOfStage(id), QStringLiteral("vc-1"));
    expectExactUndoRedo(before);
}

TEST_F(DocumentTest, RemoveElementRemovesItsLinksAndUndoRestoresThem) {
    const Session before = document.session();
    QSignalSpy removedLinks(&document, &Document::linkRemoved);
    document.removeElements({QStringLiteral("vp-1")});
    EXPECT_FALSE(document.isElement(QStringLiteral("vp-1")));
    EXPECT_EQ(removedLinks.count(), 2);
    ASSERT_EQ(document.state().links.size(), 1u);
    EXPECT_EQ(document.state().links[0].from, QStringLiteral("vp-2"));
    EXPECT_EQ(document.undoStack()->count(), 1);
    expectExactUndoRedo(before);
}

TEST_F(DocumentTest, RemoveSeveralIsOneStep) {
    const Session before = document.session();
    document.removeElements(
        {QStringLiteral("vp-2"), QStringLiteral("st-1"), QStringLiteral("kp-1")});
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.state().elementCount(), 3);
    expectExactUndoRedo(before);
}

TEST_F(DocumentTest, EditTextDescriptionColourTags) {
    const Session before = document.session();
    QSignalSpy changedSpy(&document, &Document::elementChanged);
    document.setElementText(QStringLiteral("vp-2"), QStringLiteral("Affordable"));
    document.setElementDescription(QStringLiteral("vp-2"), QStringLiteral("Below 10 EUR"));
    document.setElementsColor({QStringLiteral("vp-2"), QStringLiteral("vp-1")},
                              QStringLiteral("teal"));
    document.setElementTags(QStringLiteral("vp-2"), {QStringLiteral("price")});
    EXPECT_EQ(document.undoStack()->count(), 4);
    EXPECT_EQ(changedSpy.count(), 5);
    const Element* edited = document.element(QStringLiteral("vp-2"));
    EXPECT_EQ(edited->text, QStringLiteral("Affordable"));
    EXPECT_EQ(edited->description, QStringLiteral("Below 10 EUR"));
    EXPECT_EQ(edited->color, QStringLiteral("teal"));
    EXPECT_EQ(document.element(QStringLiteral("vp-1"))->color, QStringLiteral("teal"));
    EXPECT_EQ(edited->tags, QStringList{QStringLiteral("price")});
    for (int i = 0; i < 4; ++i)
        document.undoStack()->undo();
    EXPECT_EQ(document.session(), before);
    EXPECT_FALSE(document.isModified());
}

TEST_F(DocumentTest, EditWithoutChangePushesNothing) {
    document.setElementText(QStringLiteral("vp-1"), QStringLiteral("Fresh"));
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(DocumentTest, MoveBetweenBlocksKeepsLinksAndIsOneStep) {
    const Session before = document.session();
    QSignalSpy moved(&document, &Document::elementMoved);
    QSignalSpy removed(&document, &Document::elementRemoved);
    document.moveElements({{QStringLiteral("vp-1"), Place{Block::Channels, {}, 0}, QPointF(10, 20)},
                           {QStringLiteral("kp-1"), Place{Block::Channels, {}, 1}, {}}});
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(moved.count(), 2);
    EXPECT_EQ(removed.count(), 0); // a move is not a remove: views keep their items
    EXPECT_EQ(*document.blockOf(QStringLiteral("vp-1")), Block::Channels);
    EXPECT_EQ(document.element(QStringLiteral("vp-1"))->at, QPointF(10, 20));
    EXPECT_EQ(document.state().elements(Block::Channels)[1].id, QStringLiteral("kp-1"));
    EXPECT_EQ(document.state().links.size(), 3u);
    expectExactUndoRedo(before);
}

TEST_F(DocumentTest, ReorderWithinBlock) {
    const Session before = document.session();
    document.moveElements({{QStringLiteral("vp-2"), Place{Block::ValuePropositions, {}, 0}, {}}});
    EXPECT_EQ(document.state().elements(Block::ValuePropositions)[0].id, QStringLiteral("vp-2"));
    expectExactUndoRedo(before);
}

TEST_F(DocumentTest, MoveToSamePlaceIsNoStep) {
    document.moveElements({{QStringLiteral("vp-1"), Place{Block::ValuePropositions, {}, 0}, {}}});
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(DocumentTest, StagesCannotBecomeBlockNotes) {
    document.moveElements({{QStringLiteral("st-1"), Place{Block::Channels, {}, 0}, {}}});
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_EQ(*document.blockOf(QStringLiteral("st-1")), Block::ValueChains);
}

TEST_F(DocumentTest, ReorderStagesLeftToRight) {
    const Session before = document.session();
    document.moveElements({{QStringLiteral("st-2"), Place{Block::ValueChains, "vc-1", 0}, {}}});
    EXPECT_EQ(document.state().chains[0].stages[0].id, QStringLiteral("st-2"));
    expectExactUndoRedo(before);
}

TEST_F(DocumentTest, ChainAddRenameMoveRemove) {
    const Session before = document.session();
    const QString second = document.addChain(QStringLiteral("Wholesale"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^vc-[0-9a-z]{4}$")).match(second).hasMatch())
        << second.toStdString();
    document.addElement(Place{Block::ValueChains, second, -1}, note({}, QStringLiteral("Sell")));
    document.renameChain(second, QStringLiteral("Cafe wholesale"));
    document.moveChain(second, 0);
    EXPECT_EQ(document.state().chains[0].name, QStringLiteral("Cafe wholesale"));
    EXPECT_EQ(document.undoStack()->count(), 4);
    const Session withTwo = document.session();

    document.removeChain(QStringLiteral("vc-1"));
    EXPECT_EQ(document.state().chains.size(), 1u);
    EXPECT_FALSE(document.isElement(QStringLiteral("st-1")));
    EXPECT_EQ(document.state().links.size(), 1u); // the vp-1 -> cs-1 link stays
    expectExactUndoRedo(withTwo);

    for (int i = 0; i < 5; ++i)
        document.undoStack()->undo();
    EXPECT_EQ(document.session(), before);
}

TEST_F(DocumentTest, LinksAreValidatedAndUndoable) {
    const Session before = document.session();
    const Link good{QStringLiteral("cs-1"), QStringLiteral("st-2"), LinkKind::Supports, {}, {}};
    EXPECT_TRUE(document.addLink(good).isEmpty());
    EXPECT_FALSE(document.addLink(good).isEmpty()); // duplicate
    EXPECT_FALSE(document.addLink({QStringLiteral("cs-1"), QStringLiteral("cs-1")}).isEmpty());
    EXPECT_FALSE(document.addLink({QStringLiteral("cs-1"), QStringLiteral("nope")}).isEmpty());
    EXPECT_FALSE(document.addLink({QStringLiteral("cs-1"), QStringLiteral("vc-1")}).isEmpty());
    EXPECT_EQ(document.undoStack()->count(), 1);

    Link edited = good;
    edited.note = QStringLiteral("because");
    edited.kind = LinkKind::Delivers;
    document.editLink(good, edited);
    EXPECT_EQ(document.state().links.back(), edited);
    document.removeLink(document.state().links[0]);
    EXPECT_EQ(document.undoStack()->count(), 3);
    expectExactUndoRedo([&] {
        Session s = before;
        s.state.links.push_back(edited);
        return s;
    }());
    for (int i = 0; i < 3; ++i)
        document.undoStack()->undo();
    EXPECT_EQ(document.session(), before);
}

TEST_F(DocumentTest, SessionDetailsAreUndoable) {
    const Session before = document.session();
    QSignalSpy infoSpy(&document, &Document::infoChanged);
    SessionInfo info = document.info();
    info.title = QStringLiteral("Offsite");
    info.participants = {QStringLiteral("Ada"), QStringLiteral("Bo")};
    document.setSessionInfo(info);
    EXPECT_EQ(infoSpy.count(), 1);
    EXPECT_EQ(document.info().participants.size(), 2);
    expectExactUndoRedo(before);
}

TEST_F(DocumentTest, ReplaceStateIsUndoable) {
    const Session before = document.session();
    document.replaceState(CanvasState{}, QStringLiteral("Restore snapshot"));
    EXPECT_EQ(document.state().elementCount(), 0);
    EXPECT_FALSE(document.isElement(QStringLiteral("vp-1")));
    expectExactUndoRedo(before);
    document.undoStack()->undo();
    EXPECT_TRUE(document.isElement(QStringLiteral("vp-1")));
}

TEST_F(DocumentTest, ModifiedFollowsCleanState) {
    QSignalSpy modified(&document, &Document::modifiedChanged);
    document.setElementText(QStringLiteral("vp-1"), QStringLiteral("Fresher"));
    EXPECT_TRUE(document.isModified());
    document.markSaved();
    EXPECT_FALSE(document.isModified());
    document.undoStack()->undo();
    EXPECT_TRUE(document.isModified());
    document.undoStack()->redo();
    EXPECT_FALSE(document.isModified());
    EXPECT_GE(modified.count(), 3);
}

TEST_F(DocumentTest, EveryChangeEmitsChanged) {
    QSignalSpy changedSpy(&document, &Document::changed);
    document.addElement(Place{Block::Suppliers, {}, -1}, note({}, QStringLiteral("Green beans")));
    EXPECT_GE(changedSpy.count(), 1);
}
