#include "moneyinput.h"

#include "money.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace tandem::money {

QString currencySymbol(const QString& currency) {
    static const QHash<QString, QString> symbols{{QStringLiteral("EUR"), QStringLiteral("€")},
                                                 {QStringLiteral("USD"), QStringLiteral("$")},
                                                 {QStringLiteral("GBP"), QStringLiteral("£")},
                                                 {QStringLiteral("JPY"), QStringLiteral("¥")}};
    return symbols.value(currency, currency);
}

namespace {

// The number a text means in one locale, or nothing.
std::optional<double> readIn(const QString& digits, const QLocale& locale) {
    bool ok = false;
    const double value = locale.toDouble(digits, &ok);
    return ok && std::isfinite(value) ? std::optional(value) : std::nullopt;
}

} // namespace

TypedAmount parseTyped(const QString& typed, const QLocale& locale) {
    QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    // Currency signs and codes around the number say nothing about it.
    static const QRegularExpression currency(QStringLiteral("[€$£¥]|\\b[A-Z]{3}\\b"));
    text.remove(currency);
    text = text.simplified().remove(QLatin1Char(' ')).remove(QChar(0x00a0));
    double scale = 1;
    if (text.endsWith(QLatin1Char('k'), Qt::CaseInsensitive)) {
        scale = 1e3;
        text.chop(1);
    } else if (text.endsWith(QLatin1Char('M'))) {
        scale = 1e6;
        text.chop(1);
    }
    const std::optional<double> local = readIn(text, locale);
    const std::optional<double> plain = readIn(text, QLocale::c());
    if (!local && !plain)
        return {std::nullopt, QCoreApplication::translate(
                                  "MoneyInput", "“%1” is not an amount: type a number such as %2")
                                  .arg(typed.trimmed(), locale.toString(1234.5, 'f', 2))};
    // The user's own way of writing numbers decides where both read it.
    const double value = (local ? *local : *plain) * scale;
    if (const QString why = amountProblem(value); !why.isEmpty())
        return {std::nullopt, why};
    return {value, {}};
}

TypedAmount parseTypedWeight(const QString& typed, const QLocale& locale) {
    const QString text = typed.trimmed().remove(QLatin1Char(' ')).remove(QChar(0x00a0));
    if (text.isEmpty())
        return {};
    const std::optional<double> local = readIn(text, locale);
    const std::optional<double> plain = readIn(text, QLocale::c());
    if (!local && !plain)
        return {std::nullopt, QCoreApplication::translate(
                                  "MoneyInput", "“%1” is not a weight: type a number such as %2")
                                  .arg(typed.trimmed(), locale.toString(2.5))};
    const double value = local ? *local : *plain;
    if (const QString why = weightProblem(value); !why.isEmpty())
        return {std::nullopt, why};
    return {value, {}};
}

QString formatWeight(double value, const QLocale& locale) {
    // Up to six decimals, none trailing: 2.5, 0.333333, 1,000,000.
    QString text = locale.toString(value, 'f', 6);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QLocale writingLocale(const QLocale& locale) {
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                           : locale;
}

QString formatForLocale(double value, const QString& currency, const QLocale& given) {
    const QLocale locale = writingLocale(given);
    const bool whole = std::floor(value) == value;
    if (currency.isEmpty())
        return locale.toString(value, 'f', whole ? 0 : 2);
    return locale.toCurrencyString(value, currencySymbol(currency), whole ? 0 : 2);
}

} // namespace tandem::money
