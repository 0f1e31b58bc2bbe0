#include "moneylocale.h"

#include "moneyinput.h"

#include <algorithm>

namespace tandem::money {

int decimalsFor(const std::vector<qint64>& cents) {
    const bool whole =
        std::all_of(cents.begin(), cents.end(), [](qint64 value) { return value % 100 == 0; });
    return whole ? 0 : 2;
}

int decimalsFor(std::initializer_list<qint64> cents) {
    return decimalsFor(std::vector<qint64>(cents));
}

QString localCents(qint64 cents, const QString& currency, const QLocale& locale, int decimals) {
    // A minus sign, never the accounting brackets some locales (en_US) use:
    // "-€25,000" reads the same in a table, a chart and a change.
    if (cents < 0)
        return locale.negativeSign() + localCents(-cents, currency, locale, decimals);
    const QLocale written = writingLocale(locale);
    const double value = static_cast<double>(cents) / 100.0;
    if (currency.isEmpty())
        return written.toString(value, 'f', decimals);
    return written.toCurrencyString(value, currencySymbol(currency), decimals);
}

QString localChange(qint64 cents, const QString& currency, const QLocale& locale, int decimals) {
    const QString text = localCents(cents, currency, locale, decimals);
    return cents > 0 ? locale.positiveSign() + text : text;
}

} // namespace tandem::money
