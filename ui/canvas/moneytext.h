#pragma once

#include <QHash>
#include <QLocale>
#include <QString>

namespace tandem::moneytext {

// How the canvas writes money (issue 15), in the user's locale with the
// session's currency: "€420,000" in English, "420.000 €" in German; cents
// only where there are some; a negative amount with a minus sign
// ("−€38,500", "−38.500 €").
QString amount(qint64 cents, const QString& currency, const QLocale& locale);
// With its sign, for margins: "+€24,500", "−€11,600", "€0".
QString signedAmount(qint64 cents, const QString& currency, const QLocale& locale);
// A total per the session's period: "€990,000 / year" (an empty period is a year).
QString perPeriod(const QString& amount, const QString& period);
// "per year", "per quarter", "per month".
QString periodPhrase(const QString& period);

// amount() and signedAmount() remembered: the canvas writes the same few
// thousand figures again at every edit, and a locale's currency format is
// not cheap. Forgets them when the currency or the locale changes.
class Formatter {
public:
    void use(const QString& currency, const QLocale& locale);
    QString amount(qint64 cents);
    QString signedAmount(qint64 cents);

private:
    QString m_currency;
    QLocale m_locale;
    QHash<qint64, QString> m_amounts;
    QHash<qint64, QString> m_signed;
};

} // namespace tandem::moneytext
