// Amounts as people type them (issue 15): in their locale or plainly, with
// a currency sign, k and M; anything else refused with a reason, never 0.

#include "moneyinput.h"

#include <gtest/gtest.h>

using namespace tandem;

namespace {

const QLocale german(QLocale::German, QLocale::Germany);
const QLocale english(QLocale::English, QLocale::UnitedKingdom);

double read(const char* text, const QLocale& locale) {
    const money::TypedAmount typed = money::parseTyped(QString::fromUtf8(text), locale);
    EXPECT_TRUE(typed.ok()) << text << ": " << typed.problem.toStdString();
    return typed.value.value_or(-1);
}

TEST(MoneyInput, EitherFormInEitherLocale) {
    EXPECT_EQ(read("1.234,50 €", german), 1234.5);
    EXPECT_EQ(read("€1,234.50", german), 1234.5);
    EXPECT_EQ(read("€1,234.50", english), 1234.5);
    EXPECT_EQ(read("1234,5", german), 1234.5);
    EXPECT_EQ(read("1234.5", english), 1234.5);
    EXPECT_EQ(read("420000 EUR", english), 420000);
    EXPECT_EQ(read("0", english), 0);
}

TEST(MoneyInput, ThousandsAndMillions) {
    EXPECT_EQ(read("12k", english), 12000);
    EXPECT_EQ(read("12K", german), 12000);
    EXPECT_EQ(read("1.5M", english), 1500000);
    EXPECT_EQ(read("1,5M", german), 1500000);
    EXPECT_EQ(read("€ 2.5k", english), 2500);
}

TEST(MoneyInput, EmptyIsNoAmount) {
    const money::TypedAmount typed = money::parseTyped(QStringLiteral("  "), english);
    EXPECT_TRUE(typed.ok());
    EXPECT_FALSE(typed.value.has_value());
}

TEST(MoneyInput, RefusedWithAReasonNeverZero) {
    for (const char* text : {"lots", "12x", "--3", "1.2.3,4,5", "k", "12 apples"}) {
        const money::TypedAmount typed = money::parseTyped(QString::fromUtf8(text), english);
        EXPECT_FALSE(typed.ok()) << text;
        EXPECT_FALSE(typed.value.has_value()) << text;
        EXPECT_TRUE(typed.problem.contains(QLatin1String("not an amount"))) << text;
    }
    const money::TypedAmount negative = money::parseTyped(QStringLiteral("-5"), english);
    EXPECT_TRUE(negative.problem.contains(QLatin1String("negative")));
    const money::TypedAmount huge = money::parseTyped(QStringLiteral("2000000000M"), english);
    EXPECT_TRUE(huge.problem.contains(QLatin1String("1e15")));
}

TEST(MoneyInput, ShownInTheUsersLocale) {
    EXPECT_EQ(money::formatForLocale(1234.5, QStringLiteral("EUR"), german),
              QString::fromUtf8("1.234,50\u00a0€"));
    EXPECT_EQ(money::formatForLocale(1234.5, QStringLiteral("EUR"), english),
              QString::fromUtf8("€1,234.50"));
    EXPECT_EQ(money::formatForLocale(420000, QString(), english), QStringLiteral("420,000"));
    // No locale set at all (LANG=C, a fresh machine, CI): written as English
    // does, the symbol first, never "338,000€".
    EXPECT_EQ(money::formatForLocale(338000, QStringLiteral("EUR"), QLocale::c()),
              QString::fromUtf8("€338,000"));
}

// A link's weight (money.md: above 0, at most 1e6), typed in either form;
// nothing typed is the default weight, anything else refused with a reason.
TEST(MoneyInput, Weights) {
    const auto weight = [](const char* text, const QLocale& locale) {
        return money::parseTypedWeight(QString::fromUtf8(text), locale);
    };
    EXPECT_EQ(weight("2,5", german).value, 2.5);
    EXPECT_EQ(weight("2.5", german).value, 2.5);
    EXPECT_EQ(weight("2.5", english).value, 2.5);
    EXPECT_EQ(weight(" 1,000 ", english).value, 1000);
    EXPECT_EQ(weight("1000000", english).value, 1e6);
    EXPECT_TRUE(weight("", english).ok());
    EXPECT_FALSE(weight("", english).value.has_value());
    EXPECT_TRUE(weight("0", english).problem.contains(QLatin1String("above 0")));
    EXPECT_TRUE(weight("-2", german).problem.contains(QLatin1String("above 0")));
    EXPECT_TRUE(weight("2000000", english).problem.contains(QLatin1String("at most 1e6")));
    const money::TypedAmount words = weight("heavy", english);
    EXPECT_FALSE(words.value.has_value());
    EXPECT_TRUE(words.problem.contains(QLatin1String("not a weight")))
        << words.problem.toStdString();
    EXPECT_EQ(money::formatWeight(2.5, german), QStringLiteral("2,5"));
    EXPECT_EQ(money::formatWeight(3, english), QStringLiteral("3"));
    EXPECT_EQ(money::formatWeight(0.125, english), QStringLiteral("0.125"));
    EXPECT_EQ(money::formatWeight(1e6, english), QStringLiteral("1,000,000"));
}

} // namespace
