// A colour is a palette name or #rrggbb, nothing else.

#include "sessiontesthelpers.h"

using namespace tandem;
using tandemtest::RefusalCase;

namespace {

class RefuseColors : public ::testing::TestWithParam<RefusalCase> {};

TEST_P(RefuseColors, namesFileLineAndProblem) {
    tandemtest::expectRefused(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, RefuseColors,
    ::testing::Values(
        RefusalCase{"color-unknown-name.yaml", 8, "colour \"mauve\" is not a palette name"},
        RefusalCase{"color-capitalised.yaml", 8, "colour \"Yellow\" is not a palette name"},
        RefusalCase{"color-short-hex.yaml", 8, "colour \"#fff\" is not a palette name"},
        RefusalCase{"color-bad-hex.yaml", 8, "colour \"#12345g\""},
        RefusalCase{"color-rgb.yaml", 18, "colour \"rgb(1, 2, 3)\""},
        RefusalCase{"color-list.yaml", 8, "\"color\" must be a colour, not a list"},
        RefusalCase{"color-in-snapshot.yaml", 27, "colour \"magenta\""}),
    tandemtest::refusalName);

TEST(RefuseColors, paletteAndHexAreAccepted) {
    QStringList colors = paletteNames();
    colors << QStringLiteral("#000000") << QStringLiteral("#AbCdEf") << QStringLiteral("#f5c542");
    for (const QString& color : colors) {
        const QByteArray yaml = "format: tandem/1\nsession: {title: x}\nbusiness_model:\n"
                                "  channels:\n    - id: c\n      text: t\n      color: \"" +
                                color.toUtf8() + "\"\n";
        const auto session = tandemtest::readText(yaml);
        ASSERT_TRUE(session) << color.toStdString();
        EXPECT_EQ(session->state.elements(Block::Channels)[0].color, color);
    }
}

TEST(RefuseColors, readerAgreesWithIsValidColor) {
    const QStringList colors{QStringLiteral("grey"),    QStringLiteral("gray"),
                             QStringLiteral("#12345"),  QStringLiteral("#1234567"),
                             QStringLiteral("123456"),  QStringLiteral("#GGGGGG"),
                             QStringLiteral("#ffffff"), QStringLiteral("white ")};
    for (const QString& color : colors) {
        const QByteArray yaml = "format: tandem/1\nsession: {title: x}\nbusiness_model:\n"
                                "  channels:\n    - id: c\n      text: t\n      color: \"" +
                                color.toUtf8() + "\"\n";
        EXPECT_EQ(tandemtest::readText(yaml).has_value(), isValidColor(color))
            << color.toStdString();
    }
}

} // namespace
