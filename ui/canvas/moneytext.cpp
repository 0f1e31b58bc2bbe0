#include "moneytext.h"

#include "moneyinput.h"

#include <QCoreApplication>

namespace tandem::moneytext {

QString amount(qint64 cents, const QString& currency, const QLocale& locale) {
    return money::formatForLocale(static_cast<double>(cents) / 100.0, currency, locale);
}

QString signedAmount(qint64 cents, const QString& currency, const QLocale& locale) {
    const QString magnitude = amount(cents < 0 ? -cents : cents, currency, locale);
    if (cents == 0)
        return magnitude;
    // A true minus sign: a hyphen is easily missed from the back of the room.
    return (cents > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + magnitude;
}

QString perPeriod(const QString& amount, const QString& period) {
    if (period == QLatin1String("month"))
        return QCoreApplication::translate("MoneyText", "%1 / month").arg(amount);
    if (period == QLatin1String("quarter"))
        return QCoreApplication::translate("MoneyText", "%1 / quarter").arg(amount);
    return QCoreApplication::translate("MoneyText", "%1 / year").arg(amount);
}

QString periodPhrase(const QString& period) {
    if (period == QLatin1String("month"))
        return QCoreApplication::translate("MoneyText", "per month");
    if (period == QLatin1String("quarter"))
        return QCoreApplication::translate("MoneyText", "per quarter");
    return QCoreApplication::translate("MoneyText", "per year");
}

} // namespace tandem::moneytext
