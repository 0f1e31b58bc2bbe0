#include "money.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>

namespace tandem::money {

std::optional<double> parseNumber(std::string_view text) {
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString amountProblem(double value) {
    if (!std::isfinite(value))
        return QCoreApplication::translate("LoadError", "an amount must be a finite number");
    if (value < 0)
        return QCoreApplication::translate("LoadError", "an amount cannot be negative");
    if (value > MaxAmount)
        return QCoreApplication::translate("LoadError", "an amount can be at most 1e15");
    return {};
}

QString weightProblem(double value) {
    if (!std::isfinite(value) || value <= 0)
        return QCoreApplication::translate("LoadError", "a weight must be a number above 0");
    if (value > MaxWeight)
        return QCoreApplication::translate("LoadError", "a weight can be at most 1e6");
    return {};
}

QString currencyProblem(const QString& code) {
    const bool capitals = code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) {
                              return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
                          });
    return capitals ? QString()
                    : QCoreApplication::translate(
                          "LoadError", "a currency is an ISO 4217 code of three capital letters, "
                                       "such as EUR");
}

QString periodProblem(const QString& period) {
    const bool known = period == QLatin1String("month") || period == QLatin1String("quarter") ||
                       period == QLatin1String("year");
    return known ? QString()
                 : QCoreApplication::translate("LoadError", "a period is month, quarter or year");
}

QString numberText(double value) {
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (error != std::errc())
        return QString::number(value, 'g', 17);
    return QString::fromLatin1(buffer, static_cast<int>(end - buffer));
}

QString figureText(const Figure& figure) {
    if (!figure.written.isEmpty()) {
        const QByteArray written = figure.written.toUtf8();
        if (parseNumber(std::string_view(written.constData(), written.size())) == figure.value)
            return figure.written;
    }
    return numberText(figure.value);
}

qint64 toCents(double amount) {
    return static_cast<qint64>(std::llround(amount * 100.0));
}

std::vector<qint64> split(qint64 total, const std::vector<double>& weights) {
    std::vector<qint64> parts(weights.size(), 0);
    if (weights.empty())
        return parts;
    const long double sum = std::accumulate(weights.begin(), weights.end(), 0.0L);
    std::vector<std::pair<long double, std::size_t>> remainders;
    qint64 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const long double exact = static_cast<long double>(total) * weights[i] / sum;
        parts[i] = static_cast<qint64>(std::floor(exact));
        given += parts[i];
        remainders.emplace_back(exact - parts[i], i);
    }
    // The largest remainders first; among equals, the first link.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total; ++k, ++given)
        ++parts[remainders[k % remainders.size()].second];
    return parts;
}

QString formatCents(qint64 cents, const QString& currency) {
    const qint64 whole = cents / 100;
    const qint64 rest = std::llabs(cents % 100);
    QString text = QString::number(whole);
    if (rest != 0) {
        if (cents < 0 && whole == 0)
            text = QStringLiteral("-0");
        text += QStringLiteral(".%1").arg(rest, 2, 10, QLatin1Char('0'));
    }
    return currency.isEmpty() ? text : text + QLatin1Char(' ') + currency;
}

} // namespace tandem::money
