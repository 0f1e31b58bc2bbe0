// "New from template": fresh ids everywhere, links follow, content stays, and
// what belonged to the source workshop is left behind.

#include "extrafields_p.h"
#include "sessiontemplate.h"
#include "sessiontesthelpers.h"
#include "votes.h"

#include <QSet>

#include <yaml-cpp/yaml.h>

#include <gtest/gtest.h>

using namespace tandem;

namespace {

using tandemtest::note;

Session sourceSession() {
    Session session;
    session.info.title = QStringLiteral("Northwind offsite");
    session.info.organisation = QStringLiteral("Northwind Coffee Roasters");
    session.info.facilitator = QStringLiteral("Ada Park");
    session.info.participants = {QStringLiteral("Ada Park"), QStringLiteral("Bo Chen")};
    session.info.date = QStringLiteral("2026-11-26");
    session.info.notes = QStringLiteral("Bring sticky notes");

    CanvasState& state = session.state;
    Element fresh = note(QStringLiteral("vp-fresh"), QStringLiteral("Beans roasted to order"));
    fresh.color = QStringLiteral("yellow");
    fresh.tags = {QStringLiteral("subscription")};
    fresh.description = QStringLiteral("At your door in 48 hours");
    fresh.at = QPointF(12, 40);
    fresh = withVotes(fresh, {{QStringLiteral("Ada"), 2}, {QStringLiteral("Bo"), 1}});
    fresh.extra = makeExtraFields({{"x-priority", YAML::Node("high")}});
    state.elements(Block::ValuePropositions) = {
        fresh, note(QStringLiteral("vp-cheap"), QStringLiteral("Fair prices"))};
    state.elements(Block::CustomerSegments) = {
        note(QStringLiteral("cs-home"), QStringLiteral("Home espresso enthusiasts"))};
    ValueChain chain;
    chain.id = QStringLiteral("vc-subscription");
    chain.name = QStringLiteral("Subscription delivery");
    chain.stages = {note(QStringLiteral("st-roast"), QStringLiteral("Roast to order")),
                    note(QStringLiteral("st-ship"), QStringLiteral("Pack and ship"))};
    state.chains.push_back(chain);
    ValueChain empty;
    empty.id = QStringLiteral("vc-wholesale");
    empty.name = QStringLiteral("Wholesale");
    state.chains.push_back(empty);
    Link delivers;
    delivers.from = QStringLiteral("st-roast");
    delivers.to = QStringLiteral("vp-fresh");
    delivers.note = QStringLiteral("Roasting is what makes it fresh");
    Link serves;
    serves.from = QStringLiteral("vp-fresh");
    serves.to = QStringLiteral("cs-home");
    serves.kind = LinkKind::Supports;
    state.links = {delivers, serves};

    Snapshot snapshot;
    snapshot.name = QStringLiteral("as-is");
    snapshot.state = state;
    session.snapshots.push_back(snapshot);
    return session;
}

QStringList allIds(const CanvasState& state) {
    QStringList ids;
    for (Block block : allBlocks()) {
        for (const Element& element : state.elements(block))
            ids << element.id;
    }
    for (const ValueChain& chain : state.chains) {
        ids << chain.id;
        for (const Element& stage : chain.stages)
            ids << stage.id;
    }
    return ids;
}

TEST(SessionTemplate, IdsAreRegeneratedUniqueAndReadable) {
    const Session source = sourceSession();
    const Session copy = sessionFromTemplate(source);
    const QStringList ids = allIds(copy.state);
    EXPECT_EQ(ids,
              (QStringList{QStringLiteral("vp-1"), QStringLiteral("vp-2"), QStringLiteral("cs-1"),
                           QStringLiteral("vc-1"), QStringLiteral("st-1"), QStringLiteral("st-2"),
                           QStringLiteral("vc-2")}));
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    for (const QString& id : ids) {
        EXPECT_TRUE(isValidId(id)) << id.toStdString();
        EXPECT_FALSE(allIds(source.state).contains(id)) << id.toStdString();
    }
}

TEST(SessionTemplate, LinksFollowTheirEnds) {
    const Session copy = sessionFromTemplate(sourceSession());
    ASSERT_EQ(copy.state.links.size(), 2u);
    const Link& delivers = copy.state.links[0];
    EXPECT_EQ(delivers.from, QStringLiteral("st-1"));
    EXPECT_EQ(delivers.to, QStringLiteral("vp-1"));
    EXPECT_EQ(delivers.kind, LinkKind::Delivers);
    EXPECT_EQ(delivers.note, QStringLiteral("Roasting is what makes it fresh"));
    const Link& serves = copy.state.links[1];
    EXPECT_EQ(serves.from, QStringLiteral("vp-1"));
    EXPECT_EQ(serves.to, QStringLiteral("cs-1"));
    EXPECT_EQ(serves.kind, LinkKind::Supports);
}

TEST(SessionTemplate, DetailsSnapshotsAndVotesAreCleared) {
    const Session copy = sessionFromTemplate(sourceSession());
    EXPECT_EQ(copy.info.title, QStringLiteral("Untitled session"));
    EXPECT_TRUE(copy.info.organisation.isEmpty());
    EXPECT_TRUE(copy.info.facilitator.isEmpty());
    EXPECT_TRUE(copy.info.participants.isEmpty());
    EXPECT_TRUE(copy.info.date.isEmpty());
    EXPECT_TRUE(copy.info.notes.isEmpty());
    EXPECT_TRUE(copy.snapshots.empty());
    EXPECT_EQ(totalVotes(copy.state), 0);
}

TEST(SessionTemplate, ContentIsKept) {
    const Session source = sourceSession();
    const Session copy = sessionFromTemplate(source);
    const Element& fresh = copy.state.elements(Block::ValuePropositions)[0];
    EXPECT_EQ(fresh.text, QStringLiteral("Beans roasted to order"));
    EXPECT_EQ(fresh.description, QStringLiteral("At your door in 48 hours"));
    EXPECT_EQ(fresh.color, QStringLiteral("yellow"));
    EXPECT_EQ(fresh.tags, QStringList{QStringLiteral("subscription")});
    ASSERT_TRUE(fresh.at.has_value());
    EXPECT_EQ(*fresh.at, QPointF(12, 40));
    EXPECT_TRUE(fresh.votes.isEmpty()) << "votes go";
    ASSERT_EQ(fresh.extra.size(), 1u) << "other extra fields stay";
    EXPECT_EQ(extraEntries(fresh.extra)[0].first, "x-priority");
    EXPECT_EQ(extraEntries(fresh.extra)[0].second.Scalar(), "high");
    EXPECT_EQ(copy.state.elements(Block::ValuePropositions)[1].text, QStringLiteral("Fair prices"));
    ASSERT_EQ(copy.state.chains.size(), 2u);
    EXPECT_EQ(copy.state.chains[0].name, QStringLiteral("Subscription delivery"));
    EXPECT_EQ(copy.state.chains[0].stages[1].text, QStringLiteral("Pack and ship"));
    EXPECT_EQ(copy.state.chains[1].name, QStringLiteral("Wholesale"));
    EXPECT_TRUE(copy.state.chains[1].stages.empty());
    EXPECT_EQ(copy.state.elementCount(), source.state.elementCount());

    // The source is untouched, votes included.
    EXPECT_EQ(source, sourceSession());
    EXPECT_EQ(voteCount(source.state.elements(Block::ValuePropositions)[0]), 3);
}

TEST(SessionTemplate, ATemplateOfATemplateIsStable) {
    const Session once = sessionFromTemplate(sourceSession());
    EXPECT_EQ(sessionFromTemplate(once), once);
}

TEST(SessionTemplate, EmptySession) {
    const Session copy = sessionFromTemplate(Session{});
    EXPECT_EQ(copy.state.elementCount(), 0);
    EXPECT_EQ(copy.info.title, QStringLiteral("Untitled session"));
}

} // namespace
