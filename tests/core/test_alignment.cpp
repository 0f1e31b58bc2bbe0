// Alignment rules A1-A8, coverage, order and running time (core/alignment.h),
// and the report formats (core/alignmentformat.h).

#include "alignment.h"
#include "alignmentformat.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>

using namespace tandem;

namespace {

// Builds a CanvasState in a few readable lines.
class StateBuilder {
public:
    StateBuilder& add(Block block, const QString& id, const QString& text = {}) {
        Element element;
        element.id = id;
        element.text = text.isEmpty() ? id : text;
        m_state.elements(block).push_back(element);
        return *this;
    }
    StateBuilder& chain(const QString& id, const QStringList& stageIds, const QString& name = {}) {
        ValueChain chain;
        chain.id = id;
        chain.name = name.isEmpty() ? id : name;
        for (const QString& stageId : stageIds) {
            Element stage;
            stage.id = stageId;
            stage.text = stageId;
            chain.stages.push_back(stage);
        }
        m_state.chains.push_back(chain);
        return *this;
    }
    StateBuilder& link(const QString& from, const QString& to, LinkKind kind = LinkKind::Delivers) {
        m_state.links.push_back(Link{from, to, kind, {}, {}});
        return *this;
    }
    const CanvasState& state() const { return m_state; }

private:
    CanvasState m_state;
};

// The smallest fully aligned session: every rule passes.
StateBuilder aligned() {
    StateBuilder b;
    b.add(Block::ValuePropositions, "vp")
        .add(Block::CustomerSegments, "cs")
        .chain("vc", {"st"})
        .add(Block::Organisation, "org")
        .link("vp", "cs")
        .link("vp", "st")
        .link("st", "org");
    return b;
}

std::vector<Finding> findingsOf(const AlignmentReport& report, const QString& rule) {
    std::vector<Finding> result;
    std::copy_if(report.findings.begin(), report.findings.end(), std::back_inserter(result),
                 [&](const Finding& f) { return f.rule == rule; });
    return result;
}

// Ids named by the findings of one rule, in report order.
QStringList idsOf(const AlignmentReport& report, const QString& rule) {
    QStringList ids;
    for (const Finding& f : findingsOf(report, rule))
        ids += f.elementIds;
    return ids;
}

} // namespace

TEST(Alignment, AlignedSessionHasNoFindings) {
    const AlignmentReport report = checkAlignment(aligned().state());
    for (const Finding& f : report.findings)
        ADD_FAILURE() << f.rule.toStdString() << ": " << f.message.toStdString();
    EXPECT_FALSE(report.hasGaps());
    EXPECT_EQ(report.coverage.valuePropositions, 1);
    EXPECT_EQ(report.coverage.deliveredValuePropositions, 1);
    EXPECT_EQ(report.coverage.stages, 1);
    EXPECT_EQ(report.coverage.servingStages, 1);
    EXPECT_DOUBLE_EQ(report.coverage.deliveredShare(), 1.0);
}

TEST(Alignment, A1ValuePropositionWithoutStage) {
    StateBuilder b = aligned();
    b.add(Block::ValuePropositions, "vp-lonely", "Free tasting")
        .add(Block::ValuePropositions, "vp-backwards")
        .add(Block::ValuePropositions, "vp-activity")
        .link("st", "vp-backwards")       // drawn from the stage: still delivered
        .link("vp-activity", "vp-lonely") // not a stage
        .add(Block::KeyActivities, "ka")  // a key activity is not a stage either
        .link("vp-activity", "ka");
    const AlignmentReport report = checkAlignment(b.state());
    EXPECT_EQ(idsOf(report, "A1"), (QStringList{"vp-lonely", "vp-activity"}));
    const Finding f = findingsOf(report, "A1").front();
    EXPECT_EQ(f.severity, Severity::Gap);
    EXPECT_TRUE(f.message.contains("Free tasting")) << f.message.toStdString();
    EXPECT_TRUE(report.hasGaps());
    EXPECT_EQ(report.count(Severity::Gap), 2);
}

TEST(Alignment, A2CustomerSegmentWithoutValueProposition) {
    StateBuilder b = aligned();
    b.add(Block::CustomerSegments, "cs-lonely")
        .add(Block::CustomerSegments, "cs-backwards")
        .add(Block::CustomerSegments, "cs-channel")
        .add(Block::Channels, "ch")
        .link("cs-backwards", "vp")
        .link("cs-channel", "ch")
        .link("cs-lonely", "st"); // a stage does not stand in for a proposition
    const AlignmentReport report = checkAlignment(b.state());
    EXPECT_EQ(idsOf(report, "A2"), (QStringList{"cs-lonely", "cs-channel"}));
    EXPECT_EQ(findingsOf(report, "A2").front().severity, Severity::Gap);
}

TEST(Alignment, A3StageServesDirectlyOrThroughItsChain) {
    StateBuilder b = aligned();
    // Chain "through": only its first stage touches an outward element.
    b.chain("vc-through", {"t1", "t2", "t3"})
        .add(Block::RevenueStreams, "rs")
        .link("rs", "t1") // drawn from the outward end
        // Chain "idle": linked only inward.
        .chain("vc-idle", {"i1", "i2"}, "Back office")
        .add(Block::KeyActivities, "ka")
        .link("i1", "ka")
        .link("i2", "org");
    const AlignmentReport report = checkAlignment(b.state());
    EXPECT_EQ(idsOf(report, "A3"), (QStringList{"i1", "i2"}));
    const Finding f = findingsOf(report, "A3").front();
    EXPECT_EQ(f.severity, Severity::Warning);
    EXPECT_TRUE(f.message.contains("Back office")) << f.message.toStdString();
    EXPECT_EQ(report.coverage.stages, 6);
    EXPECT_EQ(report.coverage.servingStages, 4);
    EXPECT_NEAR(report.coverage.servingShare(), 4.0 / 6.0, 1e-12);
}

TEST(Alignment, A3EveryOutwardBlockCounts) {
    for (Block outward : {Block::ValuePropositions, Block::CustomerSegments, Block::Channels,
                          Block::CustomerRelationships, Block::RevenueStreams}) {
        StateBuilder b = aligned();
        b.chain("vc2", {"s2"}).add(outward, "out").link("s2", "out");
        EXPECT_TRUE(idsOf(checkAlignment(b.state()), "A3").isEmpty())
            << blockKey(outward).toStdString();
    }
    StateBuilder inward = aligned();
    inward.chain("vc2", {"s2"}).add(Block::Suppliers, "sup").link("s2", "sup");
    EXPECT_EQ(idsOf(checkAlignment(inward.state()), "A3"), QStringList{"s2"});
}

TEST(Alignment, A4KeyActivityWithoutStage) {
    StateBuilder b = aligned();
    b.add(Block::KeyActivities, "ka-lonely")
        .add(Block::KeyActivities, "ka-fwd")
        .add(Block::KeyActivities, "ka-back")
        .link("ka-fwd", "st")
        .link("st", "ka-back")
        .link("ka-lonely", "vp");
    const AlignmentReport report = checkAlignment(b.state());
    EXPECT_EQ(idsOf(report, "A4"), QStringList{"ka-lonely"});
    EXPECT_EQ(findingsOf(report, "A4").front().severity, Severity::Warning);
}

TEST(Alignment, A5PartnersAndSuppliers) {
    StateBuilder b = aligned();
    b.add(Block::KeyPartners, "kp-ok")
        .add(Block::KeyPartners, "kp-lonely")
        .add(Block::Suppliers, "sup-partner")
        .add(Block::Suppliers, "sup-stage")
        .add(Block::Suppliers, "sup-lonely")
        .link("sup-partner", "kp-ok", LinkKind::Supplies) // drawn from the supplier
        .link("st", "sup-stage", LinkKind::DependsOn)
        .link("sup-lonely", "vp");
    const AlignmentReport report = checkAlignment(b.state());
    // Reading order: key partners (BMC) before suppliers (OMC).
    EXPECT_EQ(idsOf(report, "A5"), (QStringList{"kp-lonely", "sup-lonely"}));
    for (const Finding& f : findingsOf(report, "A5"))
        EXPECT_EQ(f.severity, Severity::Warning);
}

TEST(Alignment, A6StageWithoutPolism) {
    StateBuilder b = aligned();
    b.chain("vc2", {"s-loc", "s-info", "s-none"})
        .add(Block::Locations, "loc")
        .add(Block::Information, "info")
        .add(Block::ManagementSystem, "mgmt")
        .link("vp", "s-loc")
        .link("loc", "s-loc")
        .link("s-info", "info")
        .link("s-none", "mgmt"); // management system is not O, L or I
    const AlignmentReport report = checkAlignment(b.state());
    EXPECT_EQ(idsOf(report, "A6"), QStringList{"s-none"});
    EXPECT_EQ(findingsOf(report, "A6").front().severity, Severity::Info);
}

TEST(Alignment, A7ChannelsAndRelationshipsNeedAStage) {
    StateBuilder b = aligned();
    b.add(Block::Channels, "ch-ok")
        .add(Block::Channels, "ch-lonely")
        .add(Block::CustomerRelationships, "cr-ok")
        .add(Block::CustomerRelationships, "cr-lonely")
        .link("st", "ch-ok")
        .link("cr-ok", "st")
        .link("cr-lonely", "cs");
    const AlignmentReport report = checkAlignment(b.state());
    // Customer relationships come before channels in reading order.
    EXPECT_EQ(idsOf(report, "A7"), (QStringList{"cr-lonely", "ch-lonely"}));
    EXPECT_EQ(findingsOf(report, "A7").front().severity, Severity::Info);
}

TEST(Alignment, A8EmptyChainAndEmptyRequiredBlocks) {
    StateBuilder b = aligned();
    b.chain("vc-empty", {}, "Returns");
    AlignmentReport report = checkAlignment(b.state());
    ASSERT_EQ(findingsOf(report, "A8").size(), 1u);
    const Finding chainFinding = findingsOf(report, "A8").front();
    EXPECT_EQ(chainFinding.elementIds, QStringList{"vc-empty"});
    EXPECT_FALSE(chainFinding.block.has_value());
    EXPECT_TRUE(chainFinding.message.contains("Returns"));

    report = checkAlignment(CanvasState{});
    const std::vector<Finding> empty = findingsOf(report, "A8");
    ASSERT_EQ(empty.size(), 3u);
    EXPECT_EQ(empty[0].block, Block::ValuePropositions);
    EXPECT_EQ(empty[1].block, Block::CustomerSegments);
    EXPECT_EQ(empty[2].block, Block::ValueChains);
    for (const Finding& f : empty) {
        EXPECT_EQ(f.severity, Severity::Warning);
        EXPECT_TRUE(f.elementIds.isEmpty());
    }
    EXPECT_EQ(report.findings.size(), 3u);
    EXPECT_FALSE(report.hasGaps());
    EXPECT_DOUBLE_EQ(report.coverage.deliveredShare(), 0.0);
    EXPECT_DOUBLE_EQ(report.coverage.servingShare(), 0.0);
}

TEST(Alignment, SelfLinksAndUnknownIdsCountForNothing) {
    StateBuilder b = aligned();
    b.add(Block::ValuePropositions, "vp2")
        .link("vp2", "vp2")
        .link("vp2", "nowhere")
        .link("vp2", "vc"); // a chain id, not a stage
    EXPECT_EQ(idsOf(checkAlignment(b.state()), "A1"), QStringList{"vp2"});
}

TEST(Alignment, CoverageFigures) {
    StateBuilder b;
    b.add(Block::ValuePropositions, "vp1")
        .add(Block::ValuePropositions, "vp2")
        .add(Block::ValuePropositions, "vp3")
        .add(Block::ValuePropositions, "vp4")
        .chain("a", {"a1", "a2"})
        .chain("b", {"b1"})
        .link("vp1", "a1")
        .link("b1", "vp2")
        .link("vp3", "a2");
    const Coverage c = checkAlignment(b.state()).coverage;
    EXPECT_EQ(c.valuePropositions, 4);
    EXPECT_EQ(c.deliveredValuePropositions, 3);
    EXPECT_DOUBLE_EQ(c.deliveredShare(), 0.75);
    EXPECT_EQ(c.stages, 3);
    EXPECT_EQ(c.servingStages, 3);
    EXPECT_DOUBLE_EQ(c.servingShare(), 1.0);
}

TEST(Alignment, FindingsAreOrderedBySeverityRuleAndReadingOrder) {
    StateBuilder b;
    b.add(Block::KeyPartners, "kp")            // A5 warning
        .add(Block::KeyActivities, "ka")       // A4 warning
        .add(Block::ValuePropositions, "vp-b") // A1 gap
        .add(Block::ValuePropositions, "vp-a") // A1 gap, after vp-b in reading order
        .add(Block::Channels, "ch")            // A7 info
        .add(Block::CustomerSegments, "cs")    // A2 gap
        .chain("vc", {"s1"})                   // A3 warning, A6 info
        .chain("vc-empty", {})                 // A8 warning
        .add(Block::Suppliers, "sup");         // A5 warning
    const AlignmentReport report = checkAlignment(b.state());
    QStringList order;
    for (const Finding& f : report.findings)
        order << f.rule + ':' + f.elementIds.join('+');
    EXPECT_EQ(order, (QStringList{"A1:vp-b", "A1:vp-a", "A2:cs", "A3:s1", "A4:ka", "A5:kp",
                                  "A5:sup", "A8:vc-empty", "A6:s1", "A7:ch"}));
    // Same input, same output: nothing depends on hash order.
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(checkAlignment(b.state()).findings, report.findings);
    EXPECT_EQ(report.count(Severity::Gap), 3);
    EXPECT_EQ(report.count(Severity::Warning), 5);
    EXPECT_EQ(report.count(Severity::Info), 2);
}

TEST(Alignment, SeverityKeysAndTitles) {
    EXPECT_EQ(severityKey(Severity::Gap), "gap");
    EXPECT_EQ(severityKey(Severity::Warning), "warning");
    EXPECT_EQ(severityKey(Severity::Info), "info");
    EXPECT_FALSE(severityTitle(Severity::Gap).isEmpty());
}

// 10,000 elements and 20,000 links come out with the right figures. How fast
// is measured by tandem_bench (BM_AlignmentCheck), not by a timed test.
TEST(Alignment, LargeSessionFigures) {
    CanvasState state;
    const int chains = 500;
    const int stagesPerChain = 10; // 5,000 stages
    for (int c = 0; c < chains; ++c) {
        ValueChain chain;
        chain.id = QStringLiteral("vc-%1").arg(c);
        chain.name = chain.id;
        for (int s = 0; s < stagesPerChain; ++s)
            chain.stages.push_back(Element{QStringLiteral("st-%1-%2").arg(c).arg(s),
                                           QStringLiteral("Stage %1").arg(s),
                                           {},
                                           {},
                                           {},
                                           {},
                                           {}});
        state.chains.push_back(std::move(chain));
    }
    const std::array<Block, 5> others{Block::ValuePropositions, Block::CustomerSegments,
                                      Block::KeyActivities, Block::Organisation, Block::Suppliers};
    for (int i = 0; i < 5000; ++i) {
        const Block block = others[i % others.size()];
        state.elements(block).push_back(Element{QStringLiteral("e-%1").arg(i),
                                                QStringLiteral("Element %1").arg(i),
                                                {},
                                                {},
                                                {},
                                                {},
                                                {}});
    }
    ASSERT_EQ(state.elementCount(), 10000);
    for (int i = 0; i < 20000; ++i) {
        const int e = (i * 7919) % 5000;
        const int c = (i * 104729) % chains;
        const int s = i % stagesPerChain;
        state.links.push_back(Link{QStringLiteral("e-%1").arg(e),
                                   QStringLiteral("st-%1-%2").arg(c).arg(s),
                                   LinkKind::Delivers,
                                   {},
                                   {}});
    }

    const AlignmentReport report = checkAlignment(state);
    const QByteArray json = formatAlignment(CheckFormat::Json, report, state, {});
    EXPECT_EQ(report.coverage.stages, 5000);
    EXPECT_EQ(report.coverage.valuePropositions, 1000);
    EXPECT_FALSE(json.isEmpty());
}

// --- formats ----------------------------------------------------------------

TEST(AlignmentFormat, FormatKeys) {
    EXPECT_EQ(checkFormatFromKey("text"), CheckFormat::Text);
    EXPECT_EQ(checkFormatFromKey("markdown"), CheckFormat::Markdown);
    EXPECT_EQ(checkFormatFromKey("json"), CheckFormat::Json);
    EXPECT_FALSE(checkFormatFromKey("bogus").has_value());
    EXPECT_FALSE(checkFormatFromKey("JSON").has_value());
}

TEST(AlignmentFormat, JsonShape) {
    StateBuilder b = aligned();
    b.add(Block::ValuePropositions, "vp2", "Next-day *delivery*")
        .chain("vc-empty", {}, "Returns")
        .chain("vc2", {"s2"})
        .link("s2", "vp");
    const CanvasState& state = b.state();
    const AlignmentReport report = checkAlignment(state);
    const QJsonObject root =
        alignmentJson(report, state, {"a.tandem.yaml", "Offsite", {}}).object();
    EXPECT_EQ(root["format"].toString(), "tandem-check/1");
    EXPECT_EQ(root["file"].toString(), "a.tandem.yaml");
    EXPECT_EQ(root["title"].toString(), "Offsite");
    EXPECT_TRUE(root["snapshot"].isNull());
    EXPECT_EQ(root["summary"]["gap"].toInt(), 1);
    EXPECT_EQ(root["summary"]["warning"].toInt(), 1);
    EXPECT_EQ(root["summary"]["info"].toInt(), 1);
    EXPECT_EQ(root["coverage"]["value_propositions"].toInt(), 2);
    EXPECT_EQ(root["coverage"]["delivered"].toInt(), 1);
    EXPECT_DOUBLE_EQ(root["coverage"]["delivered_share"].toDouble(), 0.5);
    EXPECT_EQ(root["coverage"]["stages"].toInt(), 2);
    EXPECT_EQ(root["coverage"]["serving"].toInt(), 2);
    EXPECT_DOUBLE_EQ(root["coverage"]["serving_share"].toDouble(), 1.0);

    const QJsonArray findings = root["findings"].toArray();
    ASSERT_EQ(findings.size(), 3);
    const QJsonObject a1 = findings[0].toObject();
    EXPECT_EQ(a1["rule"].toString(), "A1");
    EXPECT_EQ(a1["severity"].toString(), "gap");
    EXPECT_TRUE(a1["block"].isNull());
    const QJsonObject vp2 = a1["elements"].toArray()[0].toObject();
    EXPECT_EQ(vp2["id"].toString(), "vp2");
    EXPECT_EQ(vp2["text"].toString(), "Next-day *delivery*");
    EXPECT_EQ(vp2["block"].toString(), "value_propositions");
    EXPECT_EQ(vp2["kind"].toString(), "element");

    const QJsonObject a8 = findings[1].toObject();
    EXPECT_EQ(a8["rule"].toString(), "A8");
    const QJsonObject chain = a8["elements"].toArray()[0].toObject();
    EXPECT_EQ(chain["kind"].toString(), "chain");
    EXPECT_EQ(chain["text"].toString(), "Returns");
    EXPECT_EQ(chain["block"].toString(), "value_chains");

    const QJsonObject a6 = findings[2].toObject();
    const QJsonObject stage = a6["elements"].toArray()[0].toObject();
    EXPECT_EQ(stage["kind"].toString(), "stage");
    EXPECT_EQ(stage["chain"].toString(), "vc2");

    const QJsonObject empty =
        alignmentJson(checkAlignment(CanvasState{}), CanvasState{}, {}).object();
    EXPECT_EQ(empty["findings"].toArray()[0].toObject()["block"].toString(), "value_propositions");
}

TEST(AlignmentFormat, TextAndMarkdown) {
    StateBuilder b = aligned();
    b.add(Block::ValuePropositions, "vp2", "Next-day *delivery* | fast");
    const AlignmentReport report = checkAlignment(b.state());
    const ReportSource source{"dir/a.tandem.yaml", "Offsite", {}};

    const QString text = formatAlignmentText(report, b.state(), source);
    EXPECT_TRUE(text.startsWith("Alignment check: Offsite\n")) << text.toStdString();
    EXPECT_TRUE(text.contains("File: dir/a.tandem.yaml"));
    EXPECT_TRUE(text.contains("1 gap, 0 warnings, 0 info"));
    EXPECT_TRUE(text.contains("1 of 2 value propositions delivered (50%)")) << text.toStdString();
    EXPECT_TRUE(text.contains("\nGaps (1)\n  A1  "));
    EXPECT_TRUE(text.contains("Next-day *delivery* | fast"));
    EXPECT_TRUE(text.contains("[vp2]"));

    const QString md = formatAlignmentMarkdown(report, b.state(), source);
    EXPECT_TRUE(md.startsWith("# Alignment check: Offsite\n")) << md.toStdString();
    EXPECT_TRUE(md.contains("## Gaps (1)"));
    EXPECT_TRUE(md.contains("- **A1** "));
    EXPECT_TRUE(md.contains("Next-day \\*delivery\\* \\| fast")) << md.toStdString();
    EXPECT_TRUE(md.contains("(`vp2`)"));

    const QString none =
        formatAlignmentText(checkAlignment(aligned().state()), aligned().state(), {"x", "", {}});
    EXPECT_TRUE(none.contains("No findings")) << none.toStdString();
    EXPECT_TRUE(none.contains("(100%)"));
    const QString na = formatAlignmentText(checkAlignment(CanvasState{}), CanvasState{}, {});
    EXPECT_TRUE(na.contains("(n/a)")) << na.toStdString();
}
