// Nesting deeper than the format needs is refused from the raw bytes, before
// yaml-cpp can recurse into it, and fast.

#include "sessiontesthelpers.h"

using namespace tandem;
using tandemtest::RefusalCase;

namespace {

class RefuseNesting : public ::testing::TestWithParam<RefusalCase> {};

TEST_P(RefuseNesting, namesFileLineAndProblem) {
    tandemtest::expectRefused(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, RefuseNesting,
    ::testing::Values(RefusalCase{"nesting-flow.yaml", 21, "nesting deeper than 20 levels"},
                      RefusalCase{"nesting-indent.yaml", 41, "nesting deeper than 20 levels"},
                      RefusalCase{"nesting-dashes.yaml", 22, "nesting deeper than 20 levels"},
                      RefusalCase{"nesting-flow-maps.yaml", 21, "nesting deeper than 20 levels"},
                      RefusalCase{"nesting-explicit-keys.yaml", 22,
                                  "nesting deeper than 20 levels"}),
    tandemtest::refusalName);

const QByteArray Minimal = "format: tandem/1\nsession:\n  title: Minimal\n";

void expectFastNestingRefusal(const QByteArray& bytes, int line) {
    LoadError error;
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(tandemtest::readText(bytes, &error));
    EXPECT_LT(timer.elapsed(), tandem::test::scaledMs(1000));
    EXPECT_EQ(error.line, line) << error.toString().toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("nesting deeper than 20 levels")))
        << error.toString().toStdString();
}

TEST(RefuseNesting, hundredThousandBrackets) {
    expectFastNestingRefusal(Minimal + "extra: " + QByteArray(100000, '['), 4);
    expectFastNestingRefusal(Minimal + "extra: " + QByteArray(100000, '{'), 4);
}

TEST(RefuseNesting, tenThousandIndentedMaps) {
    QByteArray deep = Minimal + "extra:\n";
    for (int level = 1; level < 10000; ++level)
        deep += QByteArray(level, ' ') + "k:\n";
    // Levels: "extra" is 1, so the 21st level is the 20th nested line.
    expectFastNestingRefusal(deep, 4 + 20);
}

TEST(RefuseNesting, manyDashesOnOneLine) {
    QByteArray dashes;
    for (int i = 0; i < 50000; ++i)
        dashes += "- ";
    expectFastNestingRefusal(Minimal + "extra:\n  " + dashes + "x\n", 5);
}

TEST(RefuseNesting, bracketsInsideTextDoNotCount) {
    const QByteArray text = QByteArray(200, '[');
    auto session = tandemtest::readText(Minimal + "  notes: \"" + text + "\"\n");
    ASSERT_TRUE(session);
    EXPECT_EQ(session->info.notes, QString::fromLatin1(text));
    session = tandemtest::readText(Minimal + "  notes: |\n" + "    " + text + "\n");
    ASSERT_TRUE(session);
}

TEST(RefuseNesting, deepestPartOfTheFormatWithExtensionsLoads) {
    // A snapshot stage's position, plus a few levels of an extension key.
    const QByteArray yaml = Minimal + "snapshots:\n"
                                      "  - name: as-is\n"
                                      "    operating_model:\n"
                                      "      value_chains:\n"
                                      "        - id: vc-1\n"
                                      "          name: Chain\n"
                                      "          stages:\n"
                                      "            - id: st-1\n"
                                      "              text: Stage\n"
                                      "              at: [1, 2]\n"
                                      "              plugin:\n"
                                      "                a:\n"
                                      "                  b: [c, {d: [e]}]\n";
    LoadError error;
    const auto session = tandemtest::readText(yaml, &error);
    ASSERT_TRUE(session) << error.toString().toStdString();
    ASSERT_EQ(session->snapshots.size(), 1u);
    EXPECT_EQ(session->snapshots[0].state.chains[0].stages[0].extra.size(), 1u);
}

} // namespace
