// Dot voting: votes live in an element's extra fields and survive a save and
// a load; clearing removes the field; copies never share a changed node.

#include "document.h"
#include "sessionreader.h"
#include "sessionwriter.h"
#include "votes.h"

#include <yaml-cpp/yaml.h>

#include <gtest/gtest.h>

using namespace tandem;

namespace {

Element note(const QString& id, const QString& text) {
    Element element;
    element.id = id;
    element.text = text;
    return element;
}

const QMap<QString, int> adaAndBo{{QStringLiteral("Ada"), 2}, {QStringLiteral("Bo"), 1}};

TEST(Votes, NoVotesByDefault) {
    const Element element = note(QStringLiteral("vp-1"), QStringLiteral("Fresh"));
    EXPECT_TRUE(votesOf(element).isEmpty());
    EXPECT_EQ(voteCount(element), 0);
}

TEST(Votes, SetAndCount) {
    const Element element =
        withVotes(note(QStringLiteral("vp-1"), QStringLiteral("Fresh")), adaAndBo);
    EXPECT_EQ(votesOf(element), adaAndBo);
    EXPECT_EQ(voteCount(element), 3);
    ASSERT_EQ(element.extra.entries.size(), 1u);
    EXPECT_EQ(element.extra.entries[0].first, "votes");
}

TEST(Votes, EmptyVotesRemoveTheField) {
    Element element = note(QStringLiteral("vp-1"), QStringLiteral("Fresh"));
    element.extra.entries.emplace_back("x-before", YAML::Node("1"));
    element = withVotes(element, adaAndBo);
    element.extra.entries.emplace_back("x-after", YAML::Node("2"));
    const Element cleared = withVotes(element, {{QStringLiteral("Ada"), 0}});
    ASSERT_EQ(cleared.extra.entries.size(), 2u);
    EXPECT_EQ(cleared.extra.entries[0].first, "x-before");
    EXPECT_EQ(cleared.extra.entries[1].first, "x-after");
    EXPECT_EQ(cleared.extra.entries[1].second.Scalar(), "2");
    EXPECT_EQ(voteCount(cleared), 0);
}

TEST(Votes, ReplacingKeepsThePlaceAndLeavesTheOriginalAlone) {
    Element element = note(QStringLiteral("vp-1"), QStringLiteral("Fresh"));
    element = withVotes(element, adaAndBo);
    element.extra.entries.emplace_back("x-after", YAML::Node("2"));
    const Element before = element;
    const Element changed = withVoteAdded(element, QStringLiteral("Cy"), 4);
    ASSERT_EQ(changed.extra.entries.size(), 2u);
    EXPECT_EQ(changed.extra.entries[0].first, "votes");
    EXPECT_EQ(voteCount(changed), 7);
    // The original and its copy still read 3: no shared node was rebound.
    EXPECT_EQ(voteCount(element), 3);
    EXPECT_EQ(voteCount(before), 3);
    EXPECT_EQ(element, before);

    const Element fewer = withVoteAdded(changed, QStringLiteral("Ada"), -2);
    EXPECT_FALSE(votesOf(fewer).contains(QStringLiteral("Ada")));
    EXPECT_EQ(voteCount(fewer), 5);
}

TEST(Votes, MalformedEntriesAreIgnored) {
    Element element = note(QStringLiteral("vp-1"), QStringLiteral("Fresh"));
    YAML::Node votes(YAML::NodeType::Map);
    votes["Ada"] = "2";
    votes["Bo"] = "many";
    votes["Cy"] = "-3";
    votes["Di"] = YAML::Node(YAML::NodeType::Sequence);
    element.extra.entries.emplace_back("votes", votes);
    EXPECT_EQ(votesOf(element), (QMap<QString, int>{{QStringLiteral("Ada"), 2}}));

    Element list = note(QStringLiteral("vp-2"), QStringLiteral("Cheap"));
    list.extra.entries.emplace_back("votes", YAML::Node("3"));
    EXPECT_EQ(voteCount(list), 0);
}

Session votedSession() {
    Session session;
    session.info.title = QStringLiteral("Voting");
    session.state.elements(Block::ValuePropositions) = {
        withVotes(note(QStringLiteral("vp-1"), QStringLiteral("Fresh")), adaAndBo),
        note(QStringLiteral("vp-2"), QStringLiteral("Cheap"))};
    ValueChain chain;
    chain.id = QStringLiteral("vc-1");
    chain.name = QStringLiteral("Delivery");
    chain.stages = {withVotes(note(QStringLiteral("st-1"), QStringLiteral("Roast")),
                              {{QStringLiteral("yes"), 1}, {QStringLiteral("Bo Chen"), 3}})};
    session.state.chains.push_back(chain);
    return session;
}

TEST(Votes, RoundTripThroughTheFileFormat) {
    const Session session = votedSession();
    const QByteArray bytes = SessionWriter::toBytes(session);
    EXPECT_TRUE(bytes.contains("votes: {Ada: 2, Bo: 1}")) << bytes.constData();
    LoadError error;
    const std::optional<Session> loaded =
        SessionReader::readBytes(bytes, QStringLiteral("votes.tandem.yaml"), &error);
    ASSERT_TRUE(loaded.has_value()) << error.toString().toStdString() << "\n" << bytes.constData();
    EXPECT_EQ(votesOf(loaded->state.elements(Block::ValuePropositions)[0]), adaAndBo);
    EXPECT_EQ(votesOf(loaded->state.chains[0].stages[0]),
              (QMap<QString, int>{{QStringLiteral("yes"), 1}, {QStringLiteral("Bo Chen"), 3}}));
    EXPECT_EQ(totalVotes(loaded->state), 7);
    // Writing again gives the same bytes.
    EXPECT_EQ(SessionWriter::toBytes(*loaded), bytes);
}

TEST(Votes, ClearAllVotes) {
    const Session session = votedSession();
    EXPECT_EQ(totalVotes(session.state), 7);
    const CanvasState cleared = withoutVotes(session.state);
    EXPECT_EQ(totalVotes(cleared), 0);
    for (const Element& element : cleared.elements(Block::ValuePropositions))
        EXPECT_TRUE(element.extra.empty());
    EXPECT_TRUE(cleared.chains[0].stages[0].extra.empty());
    EXPECT_EQ(cleared.elements(Block::ValuePropositions)[0].text, QStringLiteral("Fresh"));
    EXPECT_EQ(totalVotes(session.state), 7) << "the original keeps its votes";
    EXPECT_FALSE(SessionWriter::toBytes(Session{session.info, cleared, {}, {}}).contains("votes"));
}

// Disabled until ExtraFields gets a copy assignment that rebuilds its vector
// (model.h): Element's default copy assignment assigns YAML::Node, which
// rebinds the node the undo command's copy shares, so undo restores the new
// votes instead of the old ones.
TEST(Votes, VotingUndoesExactlyThroughTheDocument) {
    Document document;
    document.resetSession(votedSession());
    const QString id = QStringLiteral("vp-1");
    document.editElement(id, withVoteAdded(*document.element(id), QStringLiteral("Cy"), 4),
                         QStringLiteral("Vote"));
    EXPECT_EQ(voteCount(*document.element(id)), 7);
    document.undoStack()->undo();
    EXPECT_EQ(voteCount(*document.element(id)), 3);
    document.undoStack()->redo();
    EXPECT_EQ(voteCount(*document.element(id)), 7);

    document.replaceState(withoutVotes(document.state()), QStringLiteral("Clear votes"));
    EXPECT_EQ(totalVotes(document.state()), 0);
    document.undoStack()->undo();
    EXPECT_EQ(totalVotes(document.state()), 11);
}

} // namespace
