// A missing required field (title, id, text, chain id and name, link ends,
// snapshot name) is refused at the line of its owner.

#include "sessiontesthelpers.h"

using namespace tandem;
using tandemtest::RefusalCase;

namespace {

class RefuseMissingFields : public ::testing::TestWithParam<RefusalCase> {};

TEST_P(RefuseMissingFields, namesFileLineAndProblem) {
    tandemtest::expectRefused(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, RefuseMissingFields,
    ::testing::Values(RefusalCase{"field-no-session.yaml", 1, "missing \"session\""},
                      RefusalCase{"field-no-title.yaml", 2, "session has no \"title\""},
                      RefusalCase{"field-empty-title.yaml", 2, "session has no \"title\""},
                      RefusalCase{"field-no-id.yaml", 9, "note has no \"id\""},
                      RefusalCase{"field-no-text.yaml", 9, "note \"cs-1\" has no \"text\""},
                      RefusalCase{"field-null-text.yaml", 10, "\"text\" is empty"},
                      RefusalCase{"field-no-chain-name.yaml", 13,
                                  "value chain \"vc-1\" has no \"name\""},
                      RefusalCase{"field-no-chain-id.yaml", 13, "value chain has no \"id\""},
                      RefusalCase{"field-no-link-to.yaml", 19, "link has no \"to\""},
                      RefusalCase{"field-no-link-from.yaml", 19, "link has no \"from\""},
                      RefusalCase{"field-no-snapshot-name.yaml", 22, "snapshot has no \"name\""}),
    tandemtest::refusalName);

TEST(RefuseMissingFields, optionalPartsMayBeMissingOrEmpty) {
    LoadError error;
    const auto session = tandemtest::readText("format: tandem/1\n"
                                              "session:\n  title: x\n  notes:\n"
                                              "business_model:\n"
                                              "  channels:\n    - id: ch-1\n      text: \"\"\n"
                                              "  cost_structure:\n"
                                              "operating_model:\n"
                                              "  value_chains:\n"
                                              "    - id: vc-1\n      name: Empty chain\n"
                                              "links:\n"
                                              "snapshots:\n  - name: as-is\n",
                                              &error);
    ASSERT_TRUE(session) << error.toString().toStdString();
    EXPECT_EQ(session->state.elements(Block::Channels).at(0).text, QString());
    EXPECT_TRUE(session->state.chains.at(0).stages.empty());
    EXPECT_FALSE(session->snapshots.at(0).taken.isValid());
}

TEST(RefuseMissingFields, emptySessionValueNamesItsKeyLine) {
    LoadError error;
    EXPECT_FALSE(tandemtest::readText("format: tandem/1\nsession:\nlinks: []\n", &error));
    EXPECT_EQ(error.line, 2) << error.toString().toStdString();
}

} // namespace
