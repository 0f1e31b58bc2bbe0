// Anchors and aliases are refused wherever they stand, and only there: an &
// or * inside text, quotes, comments or block scalars is just text.

#include "sessiontesthelpers.h"

using namespace tandem;
using tandemtest::RefusalCase;

namespace {

class RefuseAnchors : public ::testing::TestWithParam<RefusalCase> {};

TEST_P(RefuseAnchors, namesFileLineAndProblem) {
    tandemtest::expectRefused(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, RefuseAnchors,
    ::testing::Values(RefusalCase{"anchor-scalar.yaml", 3, "anchors (&) are not allowed"},
                      RefusalCase{"anchor-alias-pair.yaml", 7, "anchors (&) are not allowed"},
                      RefusalCase{"alias-only.yaml", 10, "aliases (*) are not allowed"},
                      RefusalCase{"anchor-billion-laughs.yaml", 21, "anchors (&) are not allowed"},
                      RefusalCase{"anchor-cycle.yaml", 21, "anchors (&) are not allowed"},
                      RefusalCase{"anchor-in-flow.yaml", 7, "anchors (&) are not allowed"},
                      RefusalCase{"anchor-after-tag.yaml", 7, "anchors (&) are not allowed"},
                      RefusalCase{"anchor-on-entry.yaml", 9, "anchors (&) are not allowed"},
                      RefusalCase{"alias-in-flow-map.yaml", 21, "aliases (*) are not allowed"},
                      RefusalCase{"alias-as-key.yaml", 22, "aliases (*) are not allowed"},
                      RefusalCase{"anchor-after-document-marker.yaml", 1,
                                  "anchors (&) are not allowed"},
                      RefusalCase{"alias-merge-key.yaml", 10, "aliases (*) are not allowed"}),
    tandemtest::refusalName);

const QByteArray Head = "format: tandem/1\nsession:\n  title: Anchors\nbusiness_model:\n"
                        "  value_propositions:\n    - id: vp-1\n";

// Text that only looks like an anchor or alias must load as text.
struct LooksLikeAnchor {
    const char* yaml; // lines under the element
    const char* text; // its text
};

class AcceptTextWithAmpersandAndStar : public ::testing::TestWithParam<LooksLikeAnchor> {};

TEST_P(AcceptTextWithAmpersandAndStar, loadsAsText) {
    LoadError error;
    const auto session = tandemtest::readText(Head + GetParam().yaml, &error);
    ASSERT_TRUE(session) << error.toString().toStdString();
    EXPECT_EQ(session->state.elements(Block::ValuePropositions).at(0).text,
              QString::fromUtf8(GetParam().text));
}

INSTANTIATE_TEST_SUITE_P(
    Texts, AcceptTextWithAmpersandAndStar,
    ::testing::Values(
        LooksLikeAnchor{"      text: R&D budget\n", "R&D budget"},
        LooksLikeAnchor{"      text: a *b c\n", "a *b c"},
        LooksLikeAnchor{"      text: \"&not an anchor\"\n", "&not an anchor"},
        LooksLikeAnchor{"      text: '*starred*'\n", "*starred*"},
        LooksLikeAnchor{"      text: |\n        &literal\n        *too\n", "&literal\n*too\n"},
        LooksLikeAnchor{"      text: >-\n        &folded\n        *text\n", "&folded *text"},
        LooksLikeAnchor{"      text: first line\n        &continued\n", "first line &continued"},
        LooksLikeAnchor{"      text: \"two\n        &lines\"\n", "two &lines"},
        LooksLikeAnchor{"      # a comment with &anchor and *alias\n"
                        "      text: x # trailing &a *b\n",
                        "x"},
        LooksLikeAnchor{"      text: Fish & chips\n      tags: [\"&a\", '*b', c&d]\n",
                        "Fish & chips"}));

TEST(RefuseAnchors, bigBillionLaughsIsRefusedFast) {
    QByteArray yaml = Head + "      text: x\nlol0: &a0 [\"" + QByteArray(1000, 'l') + "\"]\n";
    for (int i = 1; i < 30; ++i) {
        yaml += "lol" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int k = 0; k < 10; ++k)
            yaml += (k ? ", *a" : "*a") + QByteArray::number(i - 1);
        yaml += "]\n";
    }
    LoadError error;
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(tandemtest::readText(yaml, &error));
    EXPECT_LT(timer.elapsed(), tandem::test::scaledMs(1000));
    EXPECT_EQ(error.line, 8);
    EXPECT_TRUE(error.message.contains(QStringLiteral("anchors")));
}

} // namespace
