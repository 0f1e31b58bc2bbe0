#include "moneyformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace tandem {

namespace {

// Element text by id, for the lines people read.
QHash<QString, QString> textsById(const CanvasState& state) {
    QHash<QString, QString> texts;
    for (Block block : allBlocks()) {
        for (const Element& element : state.elements(block))
            texts.insert(element.id, element.text.simplified());
    }
    for (const ValueChain& chain : state.chains) {
        for (const Element& stage : chain.stages)
            texts.insert(stage.id, stage.text.simplified());
    }
    return texts;
}

QString label(const QHash<QString, QString>& texts, const QString& id) {
    const QString text = texts.value(id);
    return text.isEmpty() ? id : text;
}

double units(qint64 cents) {
    return static_cast<double>(cents) / 100.0;
}

QString heading(const MoneyContext& context) {
    const QString period = periodWord(context.period);
    return context.currency.isEmpty()
               ? QCoreApplication::translate("Money", "Money (per %1)").arg(period)
               : QCoreApplication::translate("Money", "Money (%1 per %2)")
                     .arg(context.currency, period);
}

} // namespace

QString periodWord(const QString& period) {
    if (period == QLatin1String("month"))
        return QCoreApplication::translate("Money", "month");
    if (period == QLatin1String("quarter"))
        return QCoreApplication::translate("Money", "quarter");
    return QCoreApplication::translate("Money", "year");
}

QString periodFromWord(const QString& word) {
    struct Names {
        const char* key;
        const char* german;
    };
    static constexpr Names names[] = {{"month", "Monat"}, {"quarter", "Quartal"}, {"year", "Jahr"}};
    const QString wanted = word.trimmed();
    for (const Names& name : names) {
        const QString key = QString::fromLatin1(name.key);
        if (wanted.compare(key, Qt::CaseInsensitive) == 0 ||
            wanted.compare(periodWord(key), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QString::fromUtf8(name.german), Qt::CaseInsensitive) == 0)
            return key;
    }
    return {};
}

QString moneyText(const money::MoneyReport& report, const CanvasState& state,
                  const MoneyContext& context) {
    if (!report.present)
        return {};
    const auto texts = textsById(state);
    const auto cents = [](qint64 value) { return money::formatCents(value); };
    QString out = QCoreApplication::translate("Money", "%1: revenue %2, cost %3, profit %4\n")
                      .arg(heading(context), cents(report.revenue), cents(report.cost),
                           cents(report.profit()));
    for (const money::PromiseFigures& promise : report.valuePropositions)
        out += QCoreApplication::translate("Money",
                                           "  %1: revenue %2, cost to serve %3, margin %4 [%5]\n")
                   .arg(label(texts, promise.id), cents(promise.revenue), cents(promise.cost),
                        cents(promise.margin()), promise.id);
    if (report.unallocatedRevenue != 0 || report.unallocatedCost != 0) {
        QStringList stops;
        for (const money::Stop& stop : report.unallocated)
            stops << label(texts, stop.id);
        out += QCoreApplication::translate("Money",
                                           "  Unallocated: revenue %1, cost %2 (stopped at %3)\n")
                   .arg(cents(report.unallocatedRevenue), cents(report.unallocatedCost),
                        stops.join(QStringLiteral(", ")));
    }
    return out;
}

QString moneyMarkdown(const money::MoneyReport& report, const CanvasState& state,
                      const MoneyContext& context) {
    if (!report.present)
        return {};
    const auto texts = textsById(state);
    const auto cell = [&](const QString& id) {
        QString text = label(texts, id);
        return text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    };
    const auto cents = [](qint64 value) { return money::formatCents(value); };
    QString out = QStringLiteral("\n## %1\n\n").arg(heading(context));
    out += QCoreApplication::translate("Money", "Revenue %1, cost %2, profit %3.\n\n")
               .arg(cents(report.revenue), cents(report.cost), cents(report.profit()));
    out += QCoreApplication::translate(
        "Money", "| Value proposition | Revenue | Cost to serve | Margin |\n");
    out += QStringLiteral("|---|---:|---:|---:|\n");
    for (const money::PromiseFigures& promise : report.valuePropositions)
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(cell(promise.id), cents(promise.revenue), cents(promise.cost),
                        cents(promise.margin()));
    if (!report.unallocated.empty()) {
        out += QCoreApplication::translate("Money", "\nUnallocated: revenue %1, cost %2.\n\n")
                   .arg(cents(report.unallocatedRevenue), cents(report.unallocatedCost));
        for (const money::Stop& stop : report.unallocated)
            out += QCoreApplication::translate("Money", "- %1: revenue %2, cost %3\n")
                       .arg(cell(stop.id), cents(stop.revenue), cents(stop.cost));
    }
    return out;
}

QJsonObject moneyJson(const money::MoneyReport& report, const MoneyContext& context) {
    QJsonArray promises;
    for (const money::PromiseFigures& promise : report.valuePropositions)
        promises.append(QJsonObject{{QStringLiteral("id"), promise.id},
                                    {QStringLiteral("revenue"), units(promise.revenue)},
                                    {QStringLiteral("cost"), units(promise.cost)},
                                    {QStringLiteral("margin"), units(promise.margin())}});
    QJsonArray stops;
    for (const money::Stop& stop : report.unallocated)
        stops.append(QJsonObject{{QStringLiteral("id"), stop.id},
                                 {QStringLiteral("revenue"), units(stop.revenue)},
                                 {QStringLiteral("cost"), units(stop.cost)}});
    return QJsonObject{
        {QStringLiteral("currency"),
         context.currency.isEmpty() ? QJsonValue() : QJsonValue(context.currency)},
        {QStringLiteral("period"), context.periodOrYear()},
        {QStringLiteral("revenue"), units(report.revenue)},
        {QStringLiteral("cost"), units(report.cost)},
        {QStringLiteral("profit"), units(report.profit())},
        {QStringLiteral("unallocated_revenue"), units(report.unallocatedRevenue)},
        {QStringLiteral("unallocated_cost"), units(report.unallocatedCost)},
        {QStringLiteral("value_propositions"), promises},
        {QStringLiteral("unallocated"), stops},
    };
}

} // namespace tandem
