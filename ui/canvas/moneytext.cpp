#include "moneytext.h"

#include "moneyinput.h"

#include <QCoreApplication>

namespace tandem::moneytext {

QString amount(qint64 cents, const QString& currency, const QLocale& locale) {
    // A true minus sign, never the accounting brackets some locales (en_US)
    // put around a negative amount: "(€38,500)" reads as a note in brackets.
    if (cents < 0)
        return QStringLiteral("\u2212") + amount(-cents, currency, locale);
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

void Formatter::use(const QString& currency, const QLocale& locale) {
    // Bounded: a session has a few thousand amounts, not millions.
    constexpr qsizetype MaxRemembered = 100'000;
    if (currency != m_currency || locale != m_locale || m_amounts.size() > MaxRemembered ||
        m_signed.size() > MaxRemembered) {
        m_currency = currency;
        m_locale = locale;
        m_amounts.clear();
        m_signed.clear();
    }
}

QString Formatter::amount(qint64 cents) {
    auto found = m_amounts.constFind(cents);
    if (found == m_amounts.cend())
        found = m_amounts.insert(cents, moneytext::amount(cents, m_currency, m_locale));
    return *found;
}

QString Formatter::signedAmount(qint64 cents) {
    auto found = m_signed.constFind(cents);
    if (found == m_signed.cend())
        found = m_signed.insert(cents, moneytext::signedAmount(cents, m_currency, m_locale));
    return *found;
}

} // namespace tandem::moneytext
