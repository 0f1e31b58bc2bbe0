#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace tandem::money {

// An amount as a person types it into the inspector: in their locale
// ("1.234,50 €" in German, "€1,234.50" in English) or plainly ("1234.5"),
// with the currency's symbol or code anywhere around it, and a "k" or "M"
// for thousands and millions ("12k", "1.5M"). Anything that cannot be read
// one way only is refused with the reason, never read as 0.
struct TypedAmount {
    std::optional<double> value; // empty text: no amount (and no problem)
    QString problem;             // why the text is not an amount
    bool ok() const { return problem.isEmpty(); }
};

TypedAmount parseTyped(const QString& text, const QLocale& locale);

// The currency's common symbol (€, $, £, ¥), or its code.
QString currencySymbol(const QString& currency);
// A link's weight as a person types it into the inspector (money.md): a
// number above 0 and at most 1e6, in their locale or plainly ("2,5" in
// German, "2.5"). Empty text is the default weight, 1: `value` stays empty.
TypedAmount parseTypedWeight(const QString& text, const QLocale& locale);
// The weight as the inspector shows it: "2.5" in English, "2,5" in German.
QString formatWeight(double value, const QLocale& locale);

// The amount as the inspector shows it, in the locale, with the currency's
// symbol where it has a common one (€, $, £, ¥) and its code otherwise.
QString formatForLocale(double value, const QString& currency, const QLocale& locale);

// The locale amounts are written in: the C locale (no locale set at all)
// names no way of writing money, so amounts are written as English does.
QLocale writingLocale(const QLocale& locale);

} // namespace tandem::money
