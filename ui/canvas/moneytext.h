#pragma once

#include <QLocale>
#include <QString>

namespace tandem::moneytext {

// How the canvas writes money (issue 15), in the user's locale with the
// session's currency: "€420,000" in English, "420.000 €" in German; cents
// only where there are some.
QString amount(qint64 cents, const QString& currency, const QLocale& locale);
// With its sign, for margins: "+€24,500", "−€11,600", "€0".
QString signedAmount(qint64 cents, const QString& currency, const QLocale& locale);
// A total per the session's period: "€990,000 / year" (an empty period is a year).
QString perPeriod(const QString& amount, const QString& period);
// "per year", "per quarter", "per month".
QString periodPhrase(const QString& period);

} // namespace tandem::moneytext
