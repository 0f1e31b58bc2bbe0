// The gestures that the note actions (paste, duplicate, cut, colour) and the
// link rules (unlink) used to build from undo macros in the editor: each is
// now one call on the document that pushes one undo command.

#include "document.h"
#include "linkrules.h"
#include "sessiontesthelpers.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace tandem;

namespace {

using tandemtest::note;

Session sampleSession() {
    Session session;
    session.info.title = QStringLiteral("Gestures");
    auto& state = session.state;
    state.elements(Block::ValuePropositions) = {
        note(QStringLiteral("vp-1"), QStringLiteral("Fresh")),
        note(QStringLiteral("vp-2"), QStringLiteral("Cheap"))};
    state.elements(Block::CustomerSegments) = {
        note(QStringLiteral("cs-1"), QStringLiteral("Home"))};
    ValueChain chain;
    chain.id = QStringLiteral("vc-1");
    chain.name = QStringLiteral("Delivery");
    chain.stages = {note(QStringLiteral("st-1"), QStringLiteral("Roast")),
                    note(QStringLiteral("st-2"), QStringLiteral("Ship"))};
    state.chains.push_back(chain);
    state.links = {
        Link{QStringLiteral("vp-1"), QStringLiteral("st-1"), LinkKind::Delivers, {}, {}},
        Link{QStringLiteral("vp-1"), QStringLiteral("cs-1"), LinkKind::Supports, {}, {}},
        Link{QStringLiteral("cs-1"), QStringLiteral("vp-1"), LinkKind::Delivers, {}, {}}};
    return session;
}

class GesturesTest : public ::testing::Test {
protected:
    void SetUp() override { document.resetSession(sampleSession()); }

    // One new undo step named `text`; undo gives `before` back, redo `after`.
    void expectOneStep(const Session& before, const QString& text) {
        const Session after = document.session();
        EXPECT_EQ(document.undoStack()->count(), 1);
        EXPECT_EQ(document.undoStack()->undoText(), text);
        document.undoStack()->undo();
        EXPECT_EQ(document.session(), before);
        document.undoStack()->redo();
        EXPECT_EQ(document.session(), after);
    }

    QStringList texts(Block block) const {
        QStringList result;
        for (const Element& element : document.state().elements(block))
            result << element.text;
        return result;
    }

    Document document;
};

TEST_F(GesturesTest, AddElementsIsOneStepWithFreshIds) {
    const Session before = document.session();
    const Place block{Block::ValuePropositions, {}, -1};
    // Two notes that both want a taken id, and one stage placed between two.
    const std::vector<std::pair<Place, Element>> notes{
        {block, note(QStringLiteral("vp-1"), QStringLiteral("Local"))},
        {block, note(QStringLiteral("vp-1"), QStringLiteral("Quick"))},
        {Place{Block::ValueChains, QStringLiteral("vc-1"), 1},
         note(QString(), QStringLiteral("Pack"))}};
    const QStringList ids = document.addElements(notes, QStringLiteral("Paste 3 notes"));
    ASSERT_EQ(ids.size(), 3);
    const QRegularExpression noteId(QStringLiteral("^vp-[0-9a-z]{4}$"));
    EXPECT_TRUE(noteId.match(ids[0]).hasMatch()) << ids[0].toStdString();
    EXPECT_TRUE(noteId.match(ids[1]).hasMatch()) << ids[1].toStdString();
    EXPECT_NE(ids[0], ids[1]);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^st-[0-9a-z]{4}$")).match(ids[2]).hasMatch());
    EXPECT_EQ(texts(Block::ValuePropositions),
              (QStringList{QStringLiteral("Fresh"), QStringLiteral("Cheap"),
                           QStringLiteral("Local"), QStringLiteral("Quick")}));
    ASSERT_EQ(document.state().chains[0].stages.size(), 3u);
    EXPECT_EQ(document.state().chains[0].stages[1].text, QStringLiteral("Pack"));
    expectOneStep(before, QStringLiteral("Paste 3 notes"));
}

TEST_F(GesturesTest, AddNoElementsPushesNothing) {
    EXPECT_TRUE(document.addElements({}, QStringLiteral("Paste")).isEmpty());
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(GesturesTest, RemoveElementsWithANameIsOneStep) {
    const Session before = document.session();
    document.removeElements({QStringLiteral("vp-1"), QStringLiteral("st-2")},
                            QStringLiteral("Cut 2 notes"));
    EXPECT_EQ(texts(Block::ValuePropositions), QStringList{QStringLiteral("Cheap")});
    EXPECT_EQ(document.state().chains[0].stages.size(), 1u);
    EXPECT_TRUE(document.state().links.empty()) << "every link touched vp-1";
    expectOneStep(before, QStringLiteral("Cut 2 notes"));
}

TEST_F(GesturesTest, ColourOfSeveralNotesIsOneStep) {
    const Session before = document.session();
    document.setElementsColor({QStringLiteral("vp-1"), QStringLiteral("cs-1")},
                              QStringLiteral("pink"));
    EXPECT_EQ(document.element(QStringLiteral("vp-1"))->color, QStringLiteral("pink"));
    EXPECT_EQ(document.element(QStringLiteral("cs-1"))->color, QStringLiteral("pink"));
    EXPECT_TRUE(document.element(QStringLiteral("vp-2"))->color.isEmpty());
    expectOneStep(before, QStringLiteral("Change colour of 2 notes"));
}

TEST_F(GesturesTest, RemoveLinksIsOneStep) {
    const Session before = document.session();
    const auto& links = document.state().links;
    document.removeLinks({links[1], links[2], links[1]}, QStringLiteral("Remove 2 links"));
    ASSERT_EQ(document.state().links.size(), 1u);
    EXPECT_EQ(document.state().links[0].to, QStringLiteral("st-1"));
    expectOneStep(before, QStringLiteral("Remove 2 links"));
}

TEST_F(GesturesTest, UnlinkBothWaysIsOneStep) {
    const Session before = document.session();
    LinkRules::unlink(document, QStringLiteral("cs-1"), QStringLiteral("vp-1"));
    ASSERT_EQ(document.state().links.size(), 1u);
    expectOneStep(before, QStringLiteral("Remove 2 links"));
}

} // namespace
