// A value of the wrong type (a mapping where a list belongs, a list for text,
// a position that is not two numbers, a date that is not a date) is refused.

#include "sessiontesthelpers.h"

using namespace tandem;
using tandemtest::RefusalCase;

namespace {

class RefuseWrongTypes : public ::testing::TestWithParam<RefusalCase> {};

TEST_P(RefuseWrongTypes, namesFileLineAndProblem) {
    tandemtest::expectRefused(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, RefuseWrongTypes,
    ::testing::Values(
        RefusalCase{"type-session-text.yaml", 2, "\"session\" must be a mapping"},
        RefusalCase{"type-title-list.yaml", 3, "\"title\" must be text, not a list"},
        RefusalCase{"type-business-list.yaml", 5,
                    "\"business_model\" must be a mapping of blocks, not a list"},
        RefusalCase{"type-block-map.yaml", 6,
                    "\"value_propositions\" must be a list of notes, not a mapping"},
        RefusalCase{"type-element-text.yaml", 9, "a note must be a mapping"},
        RefusalCase{"type-tags-map.yaml", 8, "\"tags\" must be a list of text, not a mapping"},
        RefusalCase{"type-tags-nested.yaml", 8,
                    "\"tags\" must be a list of text, but an item is a list"},
        RefusalCase{"type-at-short.yaml", 8, "\"at\" must be [x, y] with two numbers"},
        RefusalCase{"type-at-words.yaml", 8, "\"at\" must be [x, y] with two numbers"},
        RefusalCase{"type-at-inf.yaml", 8, "\"at\" must be [x, y] with two numbers"},
        RefusalCase{"type-participants-text.yaml", 4, "\"participants\" must be a list of text"},
        RefusalCase{"type-links-map.yaml", 19, "\"links\" must be a list of links, not a mapping"},
        RefusalCase{"type-link-text.yaml", 19, "a link must be a mapping"},
        RefusalCase{"type-stages-text.yaml", 15, "\"stages\" must be a list of notes, not text"},
        RefusalCase{"type-chains-map.yaml", 6,
                    "\"value_chains\" must be a list of value chains, not a mapping"},
        RefusalCase{"type-snapshots-map.yaml", 22,
                    "\"snapshots\" must be a list of snapshots, not a mapping"},
        RefusalCase{"type-date.yaml", 4, "\"date\" must be an ISO 8601 date"},
        RefusalCase{"type-taken.yaml", 23, "\"taken\" must be an ISO 8601 date and time"},
        RefusalCase{"type-key-list.yaml", 21, "a key must be text"}),
    tandemtest::refusalName);

TEST(RefuseWrongTypes, scalarsOfAnyLookAreText) {
    LoadError error;
    const auto session = tandemtest::readText("format: tandem/1\nsession:\n  title: 123\n"
                                              "  organisation: yes\n  facilitator: 1.50\n"
                                              "  date: \"2026-11-26\"\n",
                                              &error);
    ASSERT_TRUE(session) << error.toString().toStdString();
    EXPECT_EQ(session->info.title, QStringLiteral("123"));
    EXPECT_EQ(session->info.organisation, QStringLiteral("yes"));
    EXPECT_EQ(session->info.facilitator, QStringLiteral("1.50"));
    EXPECT_EQ(session->info.date, QStringLiteral("2026-11-26"));
}

TEST(RefuseWrongTypes, positionsAcceptYamlNumbers) {
    const auto session = tandemtest::readText(
        "format: tandem/1\nsession: {title: x}\nbusiness_model:\n  channels:\n"
        "    - {id: a, text: a, at: [12, 40]}\n    - {id: b, text: b, at: [-3.5, 1e2]}\n"
        "    - {id: c, text: c, at: [+7, 0.25]}\n");
    ASSERT_TRUE(session);
    const auto& channels = session->state.elements(Block::Channels);
    EXPECT_EQ(channels[0].at, QPointF(12, 40));
    EXPECT_EQ(channels[1].at, QPointF(-3.5, 100));
    EXPECT_EQ(channels[2].at, QPointF(7, 0.25));
}

TEST(RefuseWrongTypes, unknownBlockIsKeptNotRefused) {
    LoadError error;
    const auto session = tandemtest::readText(
        "format: tandem/1\nsession: {title: x}\nbusiness_model:\n  key_metrics:\n"
        "    - id: km-1\n      text: Churn\noperating_model:\n  suppliers: []\n  robots: [r2]\n",
        &error);
    ASSERT_TRUE(session) << error.toString().toStdString();
    EXPECT_EQ(session->state.businessExtra.keys(), QStringList{QStringLiteral("key_metrics")});
    EXPECT_EQ(session->state.operatingExtra.keys(), QStringList{QStringLiteral("robots")});
}

} // namespace
