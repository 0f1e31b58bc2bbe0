// Link rules: which way a new link points, which kind it gets by default,
// which joins are refused, and that linking, unlinking and toggling are one
// undo step each. Core, so the editor, the command line and these tests share
// one definition.

#include "document.h"
#include "linkrules.h"
#include "sessiontesthelpers.h"

#include <gtest/gtest.h>

using namespace tandem;

namespace {

using tandemtest::note;

Session sampleSession() {
    Session session;
    session.info.title = QStringLiteral("Links");
    auto& state = session.state;
    state.elements(Block::ValuePropositions) = {
        note(QStringLiteral("vp-1"), QStringLiteral("Fresh"))};
    state.elements(Block::CustomerSegments) = {
        note(QStringLiteral("cs-1"), QStringLiteral("Home"))};
    state.elements(Block::KeyPartners) = {note(QStringLiteral("kp-1"), QStringLiteral("Farms"))};
    state.elements(Block::Suppliers) = {
        note(QStringLiteral("sup-1"), QStringLiteral("Green beans"))};
    state.elements(Block::ManagementSystem) = {
        note(QStringLiteral("ms-1"), QStringLiteral("Weekly review"))};
    ValueChain chain;
    chain.id = QStringLiteral("vc-1");
    chain.name = QStringLiteral("Delivery");
    chain.stages = {note(QStringLiteral("st-1"), QStringLiteral("Roast to order"))};
    state.chains.push_back(chain);
    return session;
}

class LinkRulesTest : public ::testing::Test {
protected:
    void SetUp() override { document.resetSession(sampleSession()); }

    Document document;
};

TEST(LinkRules, DefaultKindsFollowTheBlockPair) {
    EXPECT_EQ(LinkRules::defaultKind(Block::ValuePropositions, Block::ValueChains),
              LinkKind::Delivers);
    EXPECT_EQ(LinkRules::defaultKind(Block::Channels, Block::ValueChains), LinkKind::Delivers);
    EXPECT_EQ(LinkRules::defaultKind(Block::RevenueStreams, Block::ValueChains),
              LinkKind::Supports);
    EXPECT_EQ(LinkRules::defaultKind(Block::KeyPartners, Block::Suppliers), LinkKind::Supplies);
    EXPECT_EQ(LinkRules::defaultKind(Block::Suppliers, Block::ValueChains), LinkKind::Supplies);
    EXPECT_EQ(LinkRules::defaultKind(Block::KeyActivities, Block::ValueChains), LinkKind::Supports);
    EXPECT_EQ(LinkRules::defaultKind(Block::CostStructure, Block::ValueChains),
              LinkKind::DependsOn);
    EXPECT_EQ(LinkRules::defaultKind(Block::KeyResources, Block::Information), LinkKind::DependsOn);
    EXPECT_EQ(LinkRules::defaultKind(Block::ValueChains, Block::Organisation), LinkKind::DependsOn);
    EXPECT_EQ(LinkRules::defaultKind(Block::ValueChains, Block::Locations), LinkKind::DependsOn);
    EXPECT_EQ(LinkRules::defaultKind(Block::ValueChains, Block::ManagementSystem),
              LinkKind::DependsOn);
    EXPECT_EQ(LinkRules::defaultKind(Block::ValuePropositions, Block::CustomerSegments),
              LinkKind::Delivers);
    EXPECT_EQ(LinkRules::defaultKind(Block::KeyActivities, Block::CostStructure),
              LinkKind::DependsOn);
    EXPECT_EQ(LinkRules::defaultKind(Block::KeyActivities, Block::KeyResources),
              LinkKind::Supports);
}

TEST_F(LinkRulesTest, ProposedLinksPointFromPromiseToWork) {
    const Link forward =
        LinkRules::proposedLink(document, QStringLiteral("vp-1"), QStringLiteral("st-1"));
    const Link backward =
        LinkRules::proposedLink(document, QStringLiteral("st-1"), QStringLiteral("vp-1"));
    for (const Link& link : {forward, backward}) {
        EXPECT_EQ(link.from, QStringLiteral("vp-1"));
        EXPECT_EQ(link.to, QStringLiteral("st-1"));
        EXPECT_EQ(link.kind, LinkKind::Delivers);
    }
    const Link supply =
        LinkRules::proposedLink(document, QStringLiteral("sup-1"), QStringLiteral("kp-1"));
    EXPECT_EQ(supply.from, QStringLiteral("kp-1"));
    EXPECT_EQ(supply.to, QStringLiteral("sup-1"));
    EXPECT_EQ(supply.kind, LinkKind::Supplies);
    const Link managed =
        LinkRules::proposedLink(document, QStringLiteral("ms-1"), QStringLiteral("st-1"));
    EXPECT_EQ(managed.from, QStringLiteral("st-1"));
    EXPECT_EQ(managed.to, QStringLiteral("ms-1"));
    EXPECT_EQ(managed.kind, LinkKind::DependsOn);
}

TEST_F(LinkRulesTest, UnknownIdsKeepTheOrderGiven) {
    const Link link =
        LinkRules::proposedLink(document, QStringLiteral("st-1"), QStringLiteral("nowhere"));
    EXPECT_EQ(link.from, QStringLiteral("st-1"));
    EXPECT_EQ(link.to, QStringLiteral("nowhere"));
}

TEST_F(LinkRulesTest, RefusalsSayWhyAndPushNothing) {
    EXPECT_EQ(LinkRules::problem(document, QStringLiteral("vp-1"), QStringLiteral("vp-1")),
              QStringLiteral("A note cannot be linked to itself."));
    EXPECT_EQ(LinkRules::problem(document, QStringLiteral("vp-1"), QString()),
              QStringLiteral("Drop the link on another note."));
    EXPECT_EQ(LinkRules::problem(document, QStringLiteral("vp-1"), QStringLiteral("vc-1")),
              QStringLiteral("Drop the link on another note."))
        << "a chain is not a note";
    EXPECT_TRUE(
        LinkRules::problem(document, QStringLiteral("vp-1"), QStringLiteral("cs-1")).isEmpty());
    EXPECT_FALSE(
        LinkRules::link(document, QStringLiteral("vp-1"), QStringLiteral("vp-1")).isEmpty());
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(LinkRulesTest, LinkingTwiceEitherWayIsRefused) {
    EXPECT_TRUE(
        LinkRules::link(document, QStringLiteral("cs-1"), QStringLiteral("vp-1")).isEmpty());
    ASSERT_EQ(document.state().links.size(), 1u);
    EXPECT_EQ(document.state().links[0].from, QStringLiteral("vp-1"));
    EXPECT_EQ(LinkRules::link(document, QStringLiteral("vp-1"), QStringLiteral("cs-1")),
              QStringLiteral("These notes are already linked. Change the kind in the inspector."));
    EXPECT_EQ(document.undoStack()->count(), 1);
}

TEST_F(LinkRulesTest, LinksBetweenReadsBothDirectionsAndKinds) {
    document.addLink(
        Link{QStringLiteral("vp-1"), QStringLiteral("cs-1"), LinkKind::Delivers, {}, {}});
    document.addLink(
        Link{QStringLiteral("cs-1"), QStringLiteral("vp-1"), LinkKind::Supports, {}, {}});
    document.addLink(
        Link{QStringLiteral("vp-1"), QStringLiteral("st-1"), LinkKind::Delivers, {}, {}});
    EXPECT_EQ(
        LinkRules::linksBetween(document.state(), QStringLiteral("cs-1"), QStringLiteral("vp-1"))
            .size(),
        2u);
    EXPECT_TRUE(
        LinkRules::linksBetween(document.state(), QStringLiteral("cs-1"), QStringLiteral("st-1"))
            .empty());
}

TEST_F(LinkRulesTest, ToggleLinksThenUnlinksOneStepEach) {
    const Session before = document.session();
    EXPECT_TRUE(
        LinkRules::toggle(document, QStringLiteral("st-1"), QStringLiteral("vp-1")).isEmpty());
    const Session linked = document.session();
    ASSERT_EQ(linked.state.links.size(), 1u);
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_TRUE(
        LinkRules::toggle(document, QStringLiteral("vp-1"), QStringLiteral("st-1")).isEmpty());
    EXPECT_TRUE(document.state().links.empty());
    EXPECT_EQ(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    EXPECT_EQ(document.session(), linked);
    document.undoStack()->undo();
    EXPECT_EQ(document.session(), before);
    document.undoStack()->redo();
    EXPECT_EQ(document.session(), linked);
}

TEST_F(LinkRulesTest, DescribeNamesBothEnds) {
    const Link link{QStringLiteral("vp-1"), QStringLiteral("st-1"), LinkKind::Delivers, {}, {}};
    EXPECT_EQ(LinkRules::describe(document, link), QStringLiteral("Fresh \u2192 Roast to order"));
}

} // namespace
