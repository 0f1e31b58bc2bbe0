// Texts on one line: collapsed for display, escaped for line-based output.

#include "oneline.h"

#include <gtest/gtest.h>

namespace tandem {
namespace {

TEST(OneLineTest, LineBreaksTabsAndRunsOfSpacesBecomeOneSpace) {
    EXPECT_EQ(oneLine(QStringLiteral("  Fair\ttrade\n\ncoffee  beans \r\n")),
              QStringLiteral("Fair trade coffee beans"));
    EXPECT_EQ(oneLine(QString()), QString());
}

TEST(OneLineTest, ALongerTextIsCutWithAnEllipsis) {
    EXPECT_EQ(oneLine(QStringLiteral("abcdefgh"), 5), QStringLiteral("abcd\u2026"));
    EXPECT_EQ(oneLine(QStringLiteral("abcde"), 5), QStringLiteral("abcde"));
    // Cut after collapsing: the spaces do not count twice.
    EXPECT_EQ(oneLine(QStringLiteral("ab   cd"), 5), QStringLiteral("ab cd"));
}

TEST(OneLineTest, EscapedKeepsEverythingButLineBreaksAndTabs) {
    EXPECT_EQ(escapedOneLine(QStringLiteral("a\r\nb\nc\rd\te  f ")),
              QStringLiteral("a\\nb\\nc\\nd e  f "));
}

} // namespace
} // namespace tandem
