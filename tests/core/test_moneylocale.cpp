// Figures as people read them (money::localCents, localChange): the user's
// locale, the session's currency, one number of decimals per table.

#include "moneylocale.h"

#include <gtest/gtest.h>

using namespace tandem::money;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale german(QLocale::German, QLocale::Germany);

TEST(MoneyLocale, AmountsInTheLocaleWithTheCurrency) {
    EXPECT_EQ(localCents(123450, QStringLiteral("EUR"), english, 2), QStringLiteral("€1,234.50"));
    EXPECT_EQ(localCents(123450, QStringLiteral("EUR"), german, 2),
              QStringLiteral("1.234,50\u00a0€"));
    EXPECT_EQ(localCents(2000000, QStringLiteral("USD"), english, 0), QStringLiteral("$20,000"));
    EXPECT_EQ(localCents(2000000, QStringLiteral("CHF"), german, 0),
              QStringLiteral("20.000\u00a0CHF"));
    EXPECT_EQ(localCents(123450, QString(), german, 2), QStringLiteral("1.234,50"));
}

TEST(MoneyLocale, NegativeAndChanges) {
    EXPECT_EQ(localCents(-2500000, QStringLiteral("EUR"), english, 0), QStringLiteral("-€25,000"));
    EXPECT_EQ(localChange(1500000, QStringLiteral("EUR"), english, 0), QStringLiteral("+€15,000"));
    EXPECT_EQ(localChange(-250000, QStringLiteral("EUR"), german, 0),
              QStringLiteral("-2.500\u00a0€"));
    EXPECT_EQ(localChange(0, QStringLiteral("EUR"), english, 0), QStringLiteral("€0"));
}

// No locale set (LANG=C): grouped digits and the symbol in front, not
// "1234.50€".
TEST(MoneyLocale, TheCLocaleWritesAsEnglishDoes) {
    EXPECT_EQ(localCents(123450, QStringLiteral("EUR"), QLocale::c(), 2),
              QStringLiteral("€1,234.50"));
    EXPECT_EQ(localCents(-123450, QString(), QLocale::c(), 2), QStringLiteral("-1,234.50"));
}

TEST(MoneyLocale, OneNumberOfDecimalsPerTable) {
    EXPECT_EQ(decimalsFor({100, 2500000, -300}), 0);
    EXPECT_EQ(decimalsFor({100, 2500050}), 2);
    EXPECT_EQ(decimalsFor(std::vector<qint64>{}), 0);
    // Cents on a negative figure count too.
    EXPECT_EQ(decimalsFor({-5}), 2);
}

} // namespace
