// The session diff: each kind of change, its stable order, snapshot lookup,
// and the shape of the text and JSON output.

#include "sessiondiff.h"
#include "sessiondiffformat.h"
#include "sessiontesthelpers.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace tandem;

namespace {

using tandemtest::note;

Link link(const QString& from, const QString& to, LinkKind kind = LinkKind::Delivers) {
    Link result;
    result.from = from;
    result.to = to;
    result.kind = kind;
    return result;
}

// As-is: a small coffee business.
CanvasState asIs() {
    CanvasState state;
    state.elements(Block::KeyPartners) = {
        note(QStringLiteral("kp-importer"), QStringLiteral("Green coffee importers"))};
    state.elements(Block::KeyActivities) = {
        note(QStringLiteral("ka-roast"), QStringLiteral("Roast weekly"))};
    state.elements(Block::ValuePropositions) = {
        note(QStringLiteral("vp-cheap"), QStringLiteral("Cheapest beans in town"))};
    state.elements(Block::Channels) = {
        note(QStringLiteral("ch-market"), QStringLiteral("Farmers' market stall")),
        note(QStringLiteral("ch-shop"), QStringLiteral("Web shop"))};
    ValueChain chain;
    chain.id = QStringLiteral("vc-retail");
    chain.name = QStringLiteral("Retail");
    chain.stages = {note(QStringLiteral("st-roast"), QStringLiteral("Roast")),
                    note(QStringLiteral("st-sell"), QStringLiteral("Sell"))};
    state.chains.push_back(chain);
    state.links = {link(QStringLiteral("st-roast"), QStringLiteral("vp-cheap")),
                   link(QStringLiteral("st-sell"), QStringLiteral("ch-market"))};
    return state;
}

const ElementChange* findChange(const StateDiff& diff, const QString& id) {
    for (const ElementChange& change : diff.elements) {
        if (change.id == id)
            return &change;
    }
    return nullptr;
}

TEST(SessionDiff, IdenticalStatesGiveAnEmptyDiff) {
    const StateDiff diff = diffStates(asIs(), asIs());
    EXPECT_TRUE(diff.isEmpty());
    EXPECT_EQ(diff.elementCounts().total(), 0);
    EXPECT_EQ(formatDiffSummary(diff), QStringLiteral("no differences"));
}

TEST(SessionDiff, PositionAndOrderAreNotChanges) {
    CanvasState newer = asIs();
    newer.elements(Block::Channels)[0].at = QPointF(10, 20);
    std::swap(newer.elements(Block::Channels)[0], newer.elements(Block::Channels)[1]);
    EXPECT_TRUE(diffStates(asIs(), newer).isEmpty());
}

TEST(SessionDiff, AddedElement) {
    CanvasState newer = asIs();
    newer.elements(Block::ValuePropositions)
        .push_back(note(QStringLiteral("vp-fresh"), QStringLiteral("Beans roasted to order")));
    const StateDiff diff = diffStates(asIs(), newer);
    ASSERT_EQ(diff.elements.size(), 1u);
    const ElementChange& change = diff.elements[0];
    EXPECT_EQ(change.kind, ChangeKind::Added);
    EXPECT_EQ(change.id, QStringLiteral("vp-fresh"));
    EXPECT_FALSE(change.before.has_value());
    ASSERT_TRUE(change.after.has_value());
    EXPECT_EQ(change.to.block, Block::ValuePropositions);
    EXPECT_EQ(formatElementChange(change),
              QStringLiteral("+ [Value Propositions] Beans roasted to order"));
}

TEST(SessionDiff, RemovedElement) {
    CanvasState newer = asIs();
    newer.elements(Block::Channels).erase(newer.elements(Block::Channels).begin());
    newer.links.pop_back(); // the link to the removed stall goes with it
    const StateDiff diff = diffStates(asIs(), newer);
    ASSERT_EQ(diff.elements.size(), 1u);
    EXPECT_EQ(diff.elements[0].kind, ChangeKind::Removed);
    EXPECT_EQ(formatElementChange(diff.elements[0]),
              QStringLiteral("- [Channels] Farmers' market stall"));
    ASSERT_EQ(diff.links.size(), 1u);
    EXPECT_EQ(diff.links[0].kind, ChangeKind::Removed);
    EXPECT_EQ(formatLinkChange(diff.links[0]),
              QStringLiteral("- link: Sell delivers Farmers' market stall"));
}

TEST(SessionDiff, ChangedFieldsAreNamed) {
    CanvasState newer = asIs();
    Element& roast = newer.elements(Block::KeyActivities)[0];
    roast.text = QStringLiteral("Roast to order");
    roast.color = QStringLiteral("red");
    Element& importer = newer.elements(Block::KeyPartners)[0];
    importer.tags = {QStringLiteral("direct trade")};
    importer.description = QStringLiteral("Two importers, one in Hamburg");
    const StateDiff diff = diffStates(asIs(), newer);
    ASSERT_EQ(diff.elements.size(), 2u);

    const ElementChange* roastChange = findChange(diff, QStringLiteral("ka-roast"));
    ASSERT_TRUE(roastChange);
    EXPECT_EQ(roastChange->kind, ChangeKind::Changed);
    EXPECT_EQ(roastChange->fields,
              (std::vector<ElementField>{ElementField::Text, ElementField::Color}));
    EXPECT_EQ(formatElementChange(*roastChange),
              QStringLiteral("~ [Key Activities] \"Roast weekly\" -> \"Roast to order\"; "
                             "colour default -> red"));

    const ElementChange* importerChange = findChange(diff, QStringLiteral("kp-importer"));
    ASSERT_TRUE(importerChange);
    EXPECT_EQ(importerChange->fields,
              (std::vector<ElementField>{ElementField::Description, ElementField::Tags}));
    EXPECT_EQ(formatElementChange(*importerChange),
              QStringLiteral("~ [Key Partners] Green coffee importers: description added; "
                             "tags none -> direct trade"));
}

TEST(SessionDiff, ElementMovedBetweenBlocks) {
    CanvasState newer = asIs();
    newer.elements(Block::Suppliers).push_back(newer.elements(Block::KeyPartners)[0]);
    newer.elements(Block::KeyPartners).clear();
    const StateDiff diff = diffStates(asIs(), newer);
    ASSERT_EQ(diff.elements.size(), 1u);
    const ElementChange& change = diff.elements[0];
    EXPECT_EQ(change.kind, ChangeKind::Moved);
    EXPECT_EQ(change.from.block, Block::KeyPartners);
    EXPECT_EQ(change.to.block, Block::Suppliers);
    EXPECT_TRUE(change.fields.empty());
    EXPECT_EQ(formatElementChange(change),
              QStringLiteral("> [Key Partners -> Suppliers] Green coffee importers"));
}

TEST(SessionDiff, MovedAndChangedIsOneEntry) {
    CanvasState newer = asIs();
    Element moved = newer.elements(Block::KeyActivities)[0];
    moved.text = QStringLiteral("Roasting");
    newer.elements(Block::KeyActivities).clear();
    newer.elements(Block::KeyResources).push_back(moved);
    const StateDiff diff = diffStates(asIs(), newer);
    ASSERT_EQ(diff.elements.size(), 1u);
    EXPECT_EQ(diff.elements[0].kind, ChangeKind::Moved);
    EXPECT_TRUE(diff.elements[0].hasField(ElementField::Text));
    EXPECT_EQ(formatElementChange(diff.elements[0]),
              QStringLiteral("> [Key Activities -> Key Resources] Roasting: \"Roast weekly\" -> "
                             "\"Roasting\""));
}

TEST(SessionDiff, StageMovedBetweenChainsAndToABlock) {
    CanvasState newer = asIs();
    ValueChain wholesale;
    wholesale.id = QStringLiteral("vc-wholesale");
    wholesale.name = QStringLiteral("Wholesale");
    wholesale.stages.push_back(newer.chains[0].stages[1]);                     // Sell
    newer.elements(Block::KeyActivities).push_back(newer.chains[0].stages[0]); // Roast
    newer.chains[0].stages.clear();
    newer.chains.push_back(wholesale);
    const StateDiff diff = diffStates(asIs(), newer);

    ASSERT_EQ(diff.chains.size(), 1u);
    EXPECT_EQ(diff.chains[0].kind, ChangeKind::Added);
    EXPECT_EQ(formatChainChange(diff.chains[0]), QStringLiteral("+ chain: Wholesale"));

    const ElementChange* roast = findChange(diff, QStringLiteral("st-roast"));
    ASSERT_TRUE(roast);
    EXPECT_EQ(roast->kind, ChangeKind::Moved);
    EXPECT_TRUE(roast->from.isStage());
    EXPECT_EQ(roast->to.block, Block::KeyActivities);
    EXPECT_EQ(formatElementChange(*roast),
              QStringLiteral("> [Value chain: Retail -> Key Activities] Roast"));

    const ElementChange* sell = findChange(diff, QStringLiteral("st-sell"));
    ASSERT_TRUE(sell);
    EXPECT_EQ(sell->kind, ChangeKind::Moved);
    EXPECT_EQ(sell->from.chainId, QStringLiteral("vc-retail"));
    EXPECT_EQ(sell->to.chainId, QStringLiteral("vc-wholesale"));
    EXPECT_EQ(formatElementChange(*sell),
              QStringLiteral("> [Value chain: Retail -> Value chain: Wholesale] Sell"));
}

TEST(SessionDiff, ChainRenamedAndRemoved) {
    CanvasState newer = asIs();
    newer.chains[0].name = QStringLiteral("Shop");
    StateDiff diff = diffStates(asIs(), newer);
    ASSERT_EQ(diff.chains.size(), 1u);
    EXPECT_EQ(diff.chains[0].kind, ChangeKind::Changed);
    EXPECT_EQ(formatChainChange(diff.chains[0]), QStringLiteral("~ chain: \"Retail\" -> \"Shop\""));
    EXPECT_TRUE(diff.elements.empty()) << "renaming a chain moves none of its stages";

    newer.chains.clear();
    newer.links.clear();
    diff = diffStates(asIs(), newer);
    ASSERT_EQ(diff.chains.size(), 1u);
    EXPECT_EQ(diff.chains[0].kind, ChangeKind::Removed);
    EXPECT_EQ(diff.elementCounts().removed, 2);
    EXPECT_EQ(diff.linkCounts().removed, 2);
}

TEST(SessionDiff, LinksAddedRemovedAndChanged) {
    CanvasState newer = asIs();
    newer.links[0].note = QStringLiteral("Roasting keeps it cheap");
    newer.links[1].kind = LinkKind::Supports; // a new kind is a different link
    newer.links.push_back(
        link(QStringLiteral("kp-importer"), QStringLiteral("ka-roast"), LinkKind::Supplies));
    const StateDiff diff = diffStates(asIs(), newer);
    ASSERT_EQ(diff.links.size(), 4u);
    // Newer file order first, then the removed ones.
    EXPECT_EQ(diff.links[0].kind, ChangeKind::Changed);
    EXPECT_EQ(diff.links[0].oldNote, QString());
    EXPECT_EQ(formatLinkChange(diff.links[0]),
              QStringLiteral("~ link: Roast delivers Cheapest beans in town: note \"\" -> "
                             "\"Roasting keeps it cheap\""));
    EXPECT_EQ(diff.links[1].kind, ChangeKind::Added);
    EXPECT_EQ(formatLinkChange(diff.links[1]),
              QStringLiteral("+ link: Sell supports Farmers' market stall"));
    EXPECT_EQ(diff.links[2].kind, ChangeKind::Added);
    EXPECT_EQ(formatLinkChange(diff.links[2]),
              QStringLiteral("+ link: Green coffee importers supplies Roast weekly"));
    EXPECT_EQ(diff.links[3].kind, ChangeKind::Removed);
    EXPECT_EQ(formatLinkChange(diff.links[3]),
              QStringLiteral("- link: Sell delivers Farmers' market stall"));
    EXPECT_EQ(diff.linkCounts().added, 2);
    EXPECT_EQ(diff.linkCounts().removed, 1);
    EXPECT_EQ(diff.linkCounts().changed, 1);
}

TEST(SessionDiff, OrderIsNewerReadingOrderThenRemoved) {
    CanvasState newer = asIs();
    newer.elements(Block::Channels).clear(); // both removed
    newer.links.pop_back();
    newer.elements(Block::CustomerSegments)
        .push_back(note(QStringLiteral("cs-home"), QStringLiteral("Home baristas")));
    newer.elements(Block::KeyPartners)
        .push_back(note(QStringLiteral("kp-farm"), QStringLiteral("Farm co-op")));
    newer.chains[0].stages.push_back(note(QStringLiteral("st-ship"), QStringLiteral("Ship")));
    newer.elements(Block::Information)
        .push_back(note(QStringLiteral("info-crm"), QStringLiteral("CRM")));
    const StateDiff diff = diffStates(asIs(), newer);
    QStringList ids;
    for (const ElementChange& change : diff.elements)
        ids << change.id;
    EXPECT_EQ(ids, (QStringList{QStringLiteral("kp-farm"), QStringLiteral("cs-home"),
                                QStringLiteral("st-ship"), QStringLiteral("info-crm"),
                                QStringLiteral("ch-market"), QStringLiteral("ch-shop")}));
}

TEST(SessionDiff, SnapshotLookup) {
    Session session;
    session.state = asIs();
    Snapshot snapshot;
    snapshot.name = QStringLiteral("as-is");
    snapshot.state = asIs();
    snapshot.state.elements(Block::Channels).clear();
    session.snapshots.push_back(snapshot);

    const std::optional<CanvasState> found = snapshotState(session, QStringLiteral("as-is"));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, snapshot.state);
    EXPECT_FALSE(snapshotState(session, QStringLiteral("to-be")).has_value());
    EXPECT_FALSE(snapshotState(session, QStringLiteral("AS-IS")).has_value());

    const StateDiff diff = diffStates(*found, session.state);
    EXPECT_EQ(diff.elementCounts().added, 2);
}

TEST(SessionDiffFormat, TextHasHeadersChangesAndSummary) {
    CanvasState newer = asIs();
    newer.elements(Block::ValuePropositions)
        .push_back(note(QStringLiteral("vp-fresh"), QStringLiteral("Beans\nroasted to order")));
    newer.elements(Block::KeyActivities)[0].text = QStringLiteral("Roast to order");
    newer.links.push_back(link(QStringLiteral("st-roast"), QStringLiteral("vp-fresh")));
    const StateDiff diff = diffStates(asIs(), newer);
    const QString text =
        formatDiffText(diff, DiffSide{QStringLiteral("a.tandem.yaml"), {}, QStringLiteral("as-is")},
                       DiffSide{QStringLiteral("b.tandem.yaml"), {}, {}});
    EXPECT_EQ(text, QStringLiteral("--- a.tandem.yaml (snapshot “as-is”)\n"
                                   "+++ b.tandem.yaml\n"
                                   "~ [Key Activities] \"Roast weekly\" -> \"Roast to order\"\n"
                                   "+ [Value Propositions] Beans\\nroasted to order\n"
                                   "+ link: Roast delivers Beans\\nroasted to order\n"
                                   "\n"
                                   "notes: 1 added, 1 changed; links: 1 added\n"));

    const QString empty = formatDiffText(StateDiff{}, DiffSide{QStringLiteral("a"), {}, {}},
                                         DiffSide{QStringLiteral("b"), {}, {}});
    EXPECT_EQ(empty, QStringLiteral("--- a\n+++ b\nno differences\n"));
}

TEST(SessionDiffFormat, JsonShape) {
    CanvasState newer = asIs();
    newer.elements(Block::KeyPartners)[0].color = QStringLiteral("teal");
    newer.elements(Block::Suppliers).push_back(newer.elements(Block::KeyActivities)[0]);
    newer.elements(Block::KeyActivities).clear();
    newer.chains[0].stages.pop_back();
    newer.links.pop_back();
    newer.links.push_back(
        link(QStringLiteral("kp-importer"), QStringLiteral("st-roast"), LinkKind::Supplies));
    const StateDiff diff = diffStates(asIs(), newer);
    const QJsonObject root =
        diffJson(diff, DiffSide{QStringLiteral("a.tandem.yaml"), QStringLiteral("A"), {}},
                 DiffSide{QStringLiteral("b.tandem.yaml"), QStringLiteral("B"), {}})
            .object();

    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("tandem-diff/1"));
    const QJsonObject old = root.value(QStringLiteral("old")).toObject();
    EXPECT_EQ(old.value(QStringLiteral("file")).toString(), QStringLiteral("a.tandem.yaml"));
    EXPECT_EQ(old.value(QStringLiteral("title")).toString(), QStringLiteral("A"));
    EXPECT_TRUE(old.value(QStringLiteral("snapshot")).isNull());

    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    EXPECT_FALSE(summary.value(QStringLiteral("equal")).toBool());
    const QJsonObject elementCounts = summary.value(QStringLiteral("elements")).toObject();
    EXPECT_EQ(elementCounts.value(QStringLiteral("changed")).toInt(), 1);
    EXPECT_EQ(elementCounts.value(QStringLiteral("moved")).toInt(), 1);
    EXPECT_EQ(elementCounts.value(QStringLiteral("removed")).toInt(), 1);
    EXPECT_EQ(elementCounts.value(QStringLiteral("added")).toInt(), 0);
    EXPECT_EQ(
        summary.value(QStringLiteral("links")).toObject().value(QStringLiteral("added")).toInt(),
        1);

    const QJsonArray elements = root.value(QStringLiteral("elements")).toArray();
    ASSERT_EQ(elements.size(), 3);
    const QJsonObject changed = elements.at(0).toObject();
    EXPECT_EQ(changed.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
    EXPECT_EQ(changed.value(QStringLiteral("id")).toString(), QStringLiteral("kp-importer"));
    EXPECT_EQ(changed.value(QStringLiteral("fields")).toArray(),
              QJsonArray{QStringLiteral("color")});
    EXPECT_TRUE(
        changed.value(QStringLiteral("old")).toObject().value(QStringLiteral("color")).isNull());
    EXPECT_EQ(
        changed.value(QStringLiteral("new")).toObject().value(QStringLiteral("color")).toString(),
        QStringLiteral("teal"));
    const QJsonObject moved = elements.at(1).toObject();
    EXPECT_EQ(moved.value(QStringLiteral("change")).toString(), QStringLiteral("moved"));
    EXPECT_EQ(
        moved.value(QStringLiteral("old")).toObject().value(QStringLiteral("block")).toString(),
        QStringLiteral("key_activities"));
    EXPECT_EQ(
        moved.value(QStringLiteral("new")).toObject().value(QStringLiteral("block")).toString(),
        QStringLiteral("suppliers"));
    const QJsonObject removed = elements.at(2).toObject();
    EXPECT_EQ(removed.value(QStringLiteral("change")).toString(), QStringLiteral("removed"));
    EXPECT_TRUE(removed.value(QStringLiteral("new")).isNull());
    const QJsonObject stageChain =
        removed.value(QStringLiteral("old")).toObject().value(QStringLiteral("chain")).toObject();
    EXPECT_EQ(stageChain.value(QStringLiteral("id")).toString(), QStringLiteral("vc-retail"));
    EXPECT_EQ(stageChain.value(QStringLiteral("name")).toString(), QStringLiteral("Retail"));

    const QJsonArray links = root.value(QStringLiteral("links")).toArray();
    ASSERT_EQ(links.size(), 2);
    const QJsonObject added = links.at(0).toObject();
    EXPECT_EQ(added.value(QStringLiteral("change")).toString(), QStringLiteral("added"));
    EXPECT_EQ(added.value(QStringLiteral("kind")).toString(), QStringLiteral("supplies"));
    EXPECT_EQ(
        added.value(QStringLiteral("from")).toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("Green coffee importers"));
    EXPECT_TRUE(added.value(QStringLiteral("old")).isNull());
    EXPECT_EQ(links.at(1).toObject().value(QStringLiteral("change")).toString(),
              QStringLiteral("removed"));
    EXPECT_EQ(root.value(QStringLiteral("chains")).toArray().size(), 0);

    const QByteArray bytes = formatDiff(DiffFormat::Json, diff, {}, {});
    EXPECT_TRUE(bytes.endsWith('\n'));
}

TEST(SessionDiffFormat, FormatKeys) {
    EXPECT_EQ(diffFormatFromKey(QStringLiteral("text")), DiffFormat::Text);
    EXPECT_EQ(diffFormatFromKey(QStringLiteral("json")), DiffFormat::Json);
    EXPECT_FALSE(diffFormatFromKey(QStringLiteral("markdown")).has_value());
}

} // namespace
