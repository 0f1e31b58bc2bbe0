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

QString moneyText(const money::MoneyReport& report, const CanvasState& state,
                  const MoneyContext& context);
QString moneyMarkdown(const money::MoneyReport& report, const CanvasState& state,
                      const MoneyContext& context);
QJsonObject moneyJson(const money::MoneyReport& report, const MoneyContext& context);

} // namespace tandem
