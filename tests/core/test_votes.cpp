// Dot voting: votes are a typed field of an element that survives a save and
// a load; clearing removes it; a hand-edited form stays until it changes.

#include "document.h"
#include "extrafields_p.h"
#include "sessionreader.h"
#include "sessiontesthelpers.h"
#include "sessionwriter.h"
#include "votes.h"

#include <yaml-cpp/yaml.h>

#include <gtest/gtest.h>

using namespace tandem;

namespace {

using tandemtest::note;

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
    EXPECT_EQ(element.votes, adaAndBo);
    EXPECT_EQ(voteCount(element), 3);
    EXPECT_TRUE(element.extra.empty()) << "votes are a typed field, not an unknown key";
}

TEST(Votes, EmptyVotesRemoveThemAndKeepOtherFields) {
    Element element = note(QStringLiteral("vp-1"), QStringLiteral("Fresh"));
    element.extra = makeExtraFields({{"x-before", YAML::Node("1")}, {"x-after", YAML::Node("2")}});
    element = withVotes(element, adaAndBo);
    const Element cleared = withVotes(element, {{QStringLiteral("Ada"), 0}});
    EXPECT_TRUE(cleared.votes.isEmpty());
    EXPECT_EQ(cleared.extra.keys(),
              (QStringList{QStringLiteral("x-before"), QStringLiteral("x-after")}));
    EXPECT_EQ(extraEntries(cleared.extra)[1].second.Scalar(), "2");
    EXPECT_EQ(voteCount(cleared), 0);
}

TEST(Votes, ChangingLeavesTheOriginalAlone) {
    Element element = withVotes(note(QStringLiteral("vp-1"), QStringLiteral("Fresh")), adaAndBo);
    const Element before = element;
    const Element changed = withVoteAdded(element, QStringLiteral("Cy"), 4);
    EXPECT_EQ(voteCount(changed), 7);
    EXPECT_EQ(voteCount(element), 3);
    EXPECT_EQ(element, before);

    const Element fewer = withVoteAdded(changed, QStringLiteral("Ada"), -2);
    EXPECT_FALSE(votesOf(fewer).contains(QStringLiteral("Ada")));
    EXPECT_EQ(voteCount(fewer), 5);
}

TEST(Votes, NamesAreTrimmedAndCountsCapped) {
    const Element element = withVotes(note(QStringLiteral("vp-1"), QStringLiteral("Fresh")),
                                      {{QStringLiteral(" Ada "), 20000}, {QStringLiteral(" "), 2}});
    EXPECT_EQ(element.votes, (Votes{{QStringLiteral("Ada"), 9999}}));
}

// Reads one element's votes from a file whose first note carries `votes`.
std::optional<Session> readVotes(const QByteArray& votesLine) {
    const QByteArray yaml = "format: tandem/1\nsession:\n  title: Votes\nbusiness_model:\n"
                            "  value_propositions:\n    - id: vp-1\n      text: Fresh\n" +
                            votesLine + "operating_model: {}\nlinks: []\n";
    LoadError error;
    return SessionReader::readBytes(yaml, QStringLiteral("votes.tandem.yaml"), &error);
}

TEST(Votes, MalformedEntriesAreIgnoredWhenCounting) {
    const auto session = readVotes("      votes: {Ada: 2, Bo: many, Cy: -3, Di: [1], Ed: 10000}\n");
    ASSERT_TRUE(session);
    EXPECT_EQ(session->state.elements(Block::ValuePropositions)[0].votes,
              (Votes{{QStringLiteral("Ada"), 2}}));

    const auto list = readVotes("      votes: 3\n");
    ASSERT_TRUE(list);
    EXPECT_EQ(voteCount(list->state.elements(Block::ValuePropositions)[0]), 0);
}

TEST(Votes, HandEditedVotesStayAsWrittenUntilTheyChange) {
    for (const QByteArray& line : {QByteArray("      votes: {Ada: 2, Bo: many}\n"),
                                   QByteArray("      votes:\n        Ada: 2\n        Bo: 1\n"),
                                   QByteArray("      x-first: 1\n      votes: {Ada: 2, Bo: 1}\n"),
                                   QByteArray("      votes: {yes: 1}\n")}) {
        const auto session = readVotes(line);
        ASSERT_TRUE(session) << line.constData();
        const QByteArray written = SessionWriter::toBytes(*session);
        EXPECT_TRUE(written.contains(line)) << written.constData();

        Session changed = *session;
        Element& element = changed.state.elements(Block::ValuePropositions)[0];
        element = withVoteAdded(element, QStringLiteral("Cy"), 1);
        const QByteArray rewritten = SessionWriter::toBytes(changed);
        EXPECT_FALSE(rewritten.contains(line)) << rewritten.constData();
        EXPECT_EQ(rewritten.count("votes:"), 1) << rewritten.constData();
        EXPECT_TRUE(rewritten.contains("Cy: 1")) << rewritten.constData();
    }
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
        EXPECT_TRUE(element.votes.isEmpty());
    EXPECT_TRUE(cleared.chains[0].stages[0].votes.isEmpty());
    EXPECT_EQ(cleared.elements(Block::ValuePropositions)[0].text, QStringLiteral("Fresh"));
    EXPECT_EQ(totalVotes(session.state), 7) << "the original keeps its votes";
    EXPECT_FALSE(SessionWriter::toBytes(Session{session.info, cleared, {}, {}}).contains("votes"));
}

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
