// yaml-cpp keeps duplicate keys silently; the loader refuses them at every
// level, naming both lines.

#include "sessiontesthelpers.h"

using namespace tandem;
using tandemtest::RefusalCase;

namespace {

class RefuseDuplicateKeys : public ::testing::TestWithParam<RefusalCase> {};

TEST_P(RefuseDuplicateKeys, namesFileLineAndProblem) {
    tandemtest::expectRefused(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, RefuseDuplicateKeys,
    ::testing::Values(
        RefusalCase{"dupkey-top.yaml", 21, "duplicate key \"session\" (first on line 2)"},
        RefusalCase{"dupkey-session.yaml", 4, "duplicate key \"title\" (first on line 3)"},
        RefusalCase{"dupkey-element.yaml", 8, "duplicate key \"text\" (first on line 7)"},
        RefusalCase{"dupkey-block.yaml", 8,
                    "duplicate key \"value_propositions\" (first on line 5)"},
        RefusalCase{"dupkey-link.yaml", 21, "duplicate key \"to\" (first on line 20)"},
        RefusalCase{"dupkey-unknown-nested.yaml", 24, "duplicate key \"size\""},
        RefusalCase{"dupkey-flow.yaml", 6, "duplicate key \"id\""}),
    tandemtest::refusalName);

TEST(RefuseDuplicateKeys, keysDifferingInCaseAreDifferentKeys) {
    LoadError error;
    const auto session =
        tandemtest::readText("format: tandem/1\nsession:\n  title: a\n  Title: b\n", &error);
    ASSERT_TRUE(session) << error.toString().toStdString();
    EXPECT_EQ(session->info.title, QStringLiteral("a"));
    EXPECT_EQ(session->info.extra.keys(), QStringList{QStringLiteral("Title")});
}

TEST(RefuseDuplicateKeys, largeUnknownMappingWithDuplicateIsRefused) {
    QByteArray yaml = "format: tandem/1\nsession:\n  title: a\nplugin:\n";
    for (int i = 0; i < 100; ++i)
        yaml += "  key" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\n";
    yaml += "  key42: again\n";
    LoadError error;
    EXPECT_FALSE(tandemtest::readText(yaml, &error));
    EXPECT_EQ(error.line, 105);
    EXPECT_TRUE(
        error.message.contains(QStringLiteral("duplicate key \"key42\" (first on line 47)")))
        << error.toString().toStdString();
}

TEST(RefuseDuplicateKeys, largeKnownMappingWithDuplicateIsRefused) {
    QByteArray yaml = "format: tandem/1\nsession:\n  title: a\n";
    for (int i = 0; i < 40; ++i)
        yaml += "x" + QByteArray::number(i) + ": 1\n";
    yaml += "session: {title: b}\n";
    LoadError error;
    EXPECT_FALSE(tandemtest::readText(yaml, &error));
    EXPECT_EQ(error.line, 44);
    EXPECT_TRUE(
        error.message.contains(QStringLiteral("duplicate key \"session\" (first on line 2)")));
}

} // namespace
