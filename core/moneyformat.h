#pragma once

#include "money.h"

#include <QJsonObject>
#include <QString>

namespace tandem {

// How `tandem check` and the editor's report show the money figures
// (money.md): a few lines for people, a Markdown table, and the "money"
// object of the JSON (docs/check-json.md). Amounts are in the session's
// currency per its period; a missing period is a year.
struct MoneyContext {
    QString currency;
    QString period;
    QString periodOrYear() const { return period.isEmpty() ? QStringLiteral("year") : period; }
};

// The period in the user's language, as headings write it: "year", German
// "Jahr" (an empty period is a year). The file keeps the English key.
QString periodWord(const QString& period);
// The period key ("month", "quarter", "year") a word names: the key itself,
// its word in the user's language or in German, any case; empty for none.
QString periodFromWord(const QString& word);

QString moneyText(const money::MoneyReport& report, const CanvasState& state,
                  const MoneyContext& context);
QString moneyMarkdown(const money::MoneyReport& report, const CanvasState& state,
                      const MoneyContext& context);
QJsonObject moneyJson(const money::MoneyReport& report, const MoneyContext& context);

} // namespace tandem
