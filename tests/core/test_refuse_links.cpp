// Links must join two different existing elements of their own state, with
// a known kind, and only once per (from, to, kind).

#include "sessiontesthelpers.h"

using namespace tandem;
using tandemtest::RefusalCase;

namespace {

class RefuseLinks : public ::testing::TestWithParam<RefusalCase> {};

TEST_P(RefuseLinks, namesFileLineAndProblem) {
    tandemtest::expectRefused(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, RefuseLinks,
    ::testing::Values(RefusalCase{"link-unknown-to.yaml", 20, "link to unknown id \"st-9\""},
                      RefusalCase{"link-unknown-from.yaml", 19, "link from unknown id \"vp-9\""},
                      RefusalCase{"link-self.yaml", 20, "link from \"vp-1\" to itself"},
                      RefusalCase{
                          "link-duplicate.yaml", 23,
                          "duplicate link from \"vp-1\" to \"st-1\" (delivers), first on line 19"},
                      RefusalCase{"link-unknown-kind.yaml", 21, "unknown link kind \"enables\""},
                      RefusalCase{"link-kind-case.yaml", 21, "unknown link kind \"Delivers\""},
                      RefusalCase{"link-to-chain.yaml", 20, "link to value chain \"vc-1\""},
                      RefusalCase{"link-snapshot-unknown.yaml", 29, "link to unknown id \"vp-1\""},
                      RefusalCase{"link-malformed-end.yaml", 20, "malformed id \"st 1\""}),
    tandemtest::refusalName);

const QByteArray Two = "format: tandem/1\nsession: {title: x}\nbusiness_model:\n"
                       "  value_propositions: [{id: a, text: A}]\n"
                       "  customer_segments: [{id: b, text: B}]\n";

TEST(RefuseLinks, sameEndsWithOtherKindsAreFine) {
    LoadError error;
    const auto session = tandemtest::readText(Two + "links:\n  - {from: a, to: b}\n"
                                                    "  - {from: a, to: b, kind: supports}\n"
                                                    "  - {from: b, to: a, kind: delivers}\n"
                                                    "  - {from: a, to: b, kind: depends-on}\n"
                                                    "  - {from: a, to: b, kind: supplies}\n",
                                              &error);
    ASSERT_TRUE(session) << error.toString().toStdString();
    ASSERT_EQ(session->state.links.size(), 5u);
    EXPECT_EQ(session->state.links[0].kind, LinkKind::Delivers); // the default
    EXPECT_EQ(session->state.links[3].kind, LinkKind::DependsOn);
}

TEST(RefuseLinks, defaultKindCountsForDuplicates) {
    LoadError error;
    EXPECT_FALSE(tandemtest::readText(
        Two + "links:\n  - {from: a, to: b, kind: delivers}\n  - {from: a, to: b}\n", &error));
    EXPECT_EQ(error.line, 8);
}

} // namespace
