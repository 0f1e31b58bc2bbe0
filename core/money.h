#pragma once

#include "model.h"

#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace tandem {

// The money fields' rules and the flow of amounts through the links
// (../shared/design/money.md): revenue split over the value propositions a
// stream is linked to, cost followed through the work it pays for to the
// promises that work delivers. Amounts are counted in whole cents, and every
// split hands out exactly what it was given, so allocated and unallocated
// always add up to the totals.
namespace money {

inline constexpr double MaxAmount = 1e15;
inline constexpr double MaxWeight = 1e6;

// A finite decimal number as YAML writes one (an optional sign, digits, a
// fraction, an exponent), or nothing.
std::optional<double> parseNumber(std::string_view text);
// Why a value cannot be an amount, a weight, a currency or a period, or empty.
QString amountProblem(double value);
QString weightProblem(double value);
QString currencyProblem(const QString& code);
QString periodProblem(const QString& period);
// The shortest text that reads back as the same number ("420000", "1234.5").
QString numberText(double value);
// What the writer writes: the figure as the file had it, or numberText().
QString figureText(const Figure& figure);

// Whole cents, the unit every figure is counted in.
qint64 toCents(double amount);

// Where an amount that reached no value proposition stopped.
struct Stop {
    QString id;
    qint64 revenue = 0; // cents
    qint64 cost = 0;
    bool operator==(const Stop& other) const = default;
};

// A cost whose amount, or part of it, reached no value proposition (A9).
struct Leak {
    QString id;
    qint64 cents = 0;
    bool operator==(const Leak& other) const = default;
};

// One value proposition's figures.
struct PromiseFigures {
    QString id;
    qint64 revenue = 0; // cents
    qint64 cost = 0;    // cost to serve
    qint64 margin() const { return revenue - cost; }
    bool operator==(const PromiseFigures& other) const = default;
};

// The figures `tandem check` reports and the editor shows.
struct MoneyReport {
    bool present = false; // some element has an amount
    qint64 revenue = 0;   // cents, all of it
    qint64 cost = 0;
    qint64 unallocatedRevenue = 0;
    qint64 unallocatedCost = 0;
    std::vector<PromiseFigures> valuePropositions; // in reading order
    std::vector<Stop> unallocated;                 // in reading order
    std::vector<Leak> costsReachingNoPromise;      // A9, in reading order
    QStringList revenueWithNoPromise;              // A10: revenue stream ids
    qint64 profit() const { return revenue - cost; }
    bool operator==(const MoneyReport& other) const = default;
};

MoneyReport analyse(const CanvasState& state);

// Splits `total` cents in proportion to `weights` (all above 0), handing the
// cents a proportional split leaves over to the largest remainders, so the
// parts add up to `total` exactly.
std::vector<qint64> split(qint64 total, const std::vector<double>& weights);

// "1234.50" or "1234" (whole euros), with the currency code when there is one.
QString formatCents(qint64 cents, const QString& currency = {});

} // namespace money

} // namespace tandem
