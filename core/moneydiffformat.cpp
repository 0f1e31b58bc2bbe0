#include "moneydiffformat.h"

#include "oneline.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tandem {

namespace {

double units(qint64 cents) {
    return static_cast<double>(cents) / 100.0;
}

// "EUR per year", or "per year" without a currency.
QString unitPhrase(const MoneyContext& context) {
    return context.currency.isEmpty()
               ? QCoreApplication::translate("MoneyDiff", "per %1").arg(periodWord(context.period))
               : QCoreApplication::translate("MoneyDiff", "%1 per %2")
                     .arg(context.currency, periodWord(context.period));
}

bool sameUnit(const MoneyContext& a, const MoneyContext& b) {
    return a.currency == b.currency && a.periodOrYear() == b.periodOrYear();
}

// "20000 -> 35000 (+15000)", or "20000 (unchanged)".
QString figurePhrase(const FigureChange& figure) {
    const auto cents = [](qint64 value) { return money::formatCents(value); };
    if (!figure.changed())
        return QCoreApplication::translate("MoneyDiff", "%1 (unchanged)").arg(cents(figure.after));
    return QStringLiteral("%1 -> %2 (%3)")
        .arg(cents(figure.before), cents(figure.after), signedCents(figure.change()));
}

// The margin, "none" on a side where the value proposition does not exist.
QString marginPhrase(const PromiseChange& promise) {
    const auto margin = [](const std::optional<money::PromiseFigures>& side) {
        return side ? money::formatCents(side->margin())
                    : QCoreApplication::translate("MoneyDiff", "none");
    };
    if (promise.before && promise.after && promise.before->margin() == promise.after->margin())
        return QCoreApplication::translate("MoneyDiff", "%1 (unchanged)")
            .arg(margin(promise.after));
    return QStringLiteral("%1 -> %2 (%3)")
        .arg(margin(promise.before), margin(promise.after), signedCents(promise.marginChange()));
}

QJsonObject figureJson(const FigureChange& figure) {
    return QJsonObject{{QStringLiteral("old"), units(figure.before)},
                       {QStringLiteral("new"), units(figure.after)},
                       {QStringLiteral("change"), units(figure.change())}};
}

QJsonValue promiseSideJson(const std::optional<money::PromiseFigures>& side) {
    if (!side)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("revenue"), units(side->revenue)},
                       {QStringLiteral("cost"), units(side->cost)},
                       {QStringLiteral("margin"), units(side->margin())}};
}

QJsonObject contextJson(const MoneyContext& context) {
    return QJsonObject{
        {QStringLiteral("currency"),
         context.currency.isEmpty() ? QJsonValue() : QJsonValue(context.currency)},
        {QStringLiteral("period"), context.periodOrYear()},
    };
}

} // namespace

QString signedCents(qint64 cents) {
    const QString plain = money::formatCents(cents);
    return cents > 0 ? QLatin1Char('+') + plain : plain;
}

QString moneyDiffText(const MoneyDiff& diff, const MoneyContext& older, const MoneyContext& newer) {
    if (!diff.present)
        return {};
    const QString unit = sameUnit(older, newer)
                             ? unitPhrase(newer)
                             : QStringLiteral("%1 -> %2").arg(unitPhrase(older), unitPhrase(newer));
    QString out =
        QCoreApplication::translate("MoneyDiff", "Money (%1):").arg(unit) + QLatin1Char('\n');
    out += QStringLiteral("  ") +
           QCoreApplication::translate("MoneyDiff", "Revenue %1").arg(figurePhrase(diff.revenue)) +
           QLatin1Char('\n');
    out += QStringLiteral("  ") +
           QCoreApplication::translate("MoneyDiff", "Cost %1").arg(figurePhrase(diff.cost)) +
           QLatin1Char('\n');
    out += QStringLiteral("  ") +
           QCoreApplication::translate("MoneyDiff", "Profit %1").arg(figurePhrase(diff.profit)) +
           QLatin1Char('\n');
    const FigureChange& revenue = diff.unallocatedRevenue;
    if (revenue.before != 0 || revenue.after != 0)
        out += QStringLiteral("  ") +
               QCoreApplication::translate("MoneyDiff", "Unallocated revenue %1")
                   .arg(figurePhrase(revenue)) +
               QLatin1Char('\n');
    const FigureChange& cost = diff.unallocatedCost;
    if (cost.before != 0 || cost.after != 0)
        out += QStringLiteral("  ") +
               QCoreApplication::translate("MoneyDiff", "Unallocated cost %1")
                   .arg(figurePhrase(cost)) +
               QLatin1Char('\n');
    if (!diff.valuePropositions.empty())
        out += QStringLiteral("  ") +
               QCoreApplication::translate("MoneyDiff", "Margin per value proposition:") +
               QLatin1Char('\n');
    for (const PromiseChange& promise : diff.valuePropositions) {
        const QString name = promise.text.trimmed().isEmpty() ? promise.id : promise.text;
        out += QStringLiteral("    %1: %2\n").arg(escapedOneLine(name), marginPhrase(promise));
    }
    return out;
}

QJsonObject moneyDiffJson(const MoneyDiff& diff, const MoneyContext& older,
                          const MoneyContext& newer) {
    QJsonArray promises;
    for (const PromiseChange& promise : diff.valuePropositions)
        promises.append(QJsonObject{
            {QStringLiteral("id"), promise.id},
            {QStringLiteral("text"), promise.text},
            {QStringLiteral("old"), promiseSideJson(promise.before)},
            {QStringLiteral("new"), promiseSideJson(promise.after)},
            {QStringLiteral("margin_change"), units(promise.marginChange())},
        });
    return QJsonObject{
        {QStringLiteral("old"), contextJson(older)},
        {QStringLiteral("new"), contextJson(newer)},
        {QStringLiteral("revenue"), figureJson(diff.revenue)},
        {QStringLiteral("cost"), figureJson(diff.cost)},
        {QStringLiteral("profit"), figureJson(diff.profit)},
        {QStringLiteral("unallocated_revenue"), figureJson(diff.unallocatedRevenue)},
        {QStringLiteral("unallocated_cost"), figureJson(diff.unallocatedCost)},
        {QStringLiteral("value_propositions"), promises},
    };
}

} // namespace tandem
