#pragma once

#include <QLocale>
#include <QString>

#include <initializer_list>
#include <vector>

namespace tandem::money {

// Figures in cents as people read them in the editor and the report: in
// their locale, with the session's currency symbol (money::currencySymbol),
// and with one number of decimals for a whole table, so that a column of
// amounts lines up ("€1,200.00" above "€75.50", never "€1,200" above it).

// 0 when every figure is in whole units, else 2.
int decimalsFor(const std::vector<qint64>& cents);
int decimalsFor(std::initializer_list<qint64> cents);

// "€1,234.50", "1.234,50 €", "-€25,000" (a minus sign in every locale);
// plain numbers without a currency. The C locale writes as English does.
QString localCents(qint64 cents, const QString& currency, const QLocale& locale, int decimals);

// A change, signed: "+€15,000", "-2.500 €"; no sign for no change.
QString localChange(qint64 cents, const QString& currency, const QLocale& locale, int decimals);

} // namespace tandem::money
