#pragma once

#include "moneydiff.h"
#include "moneyformat.h"

#include <QJsonObject>
#include <QString>

namespace tandem {

// How `tandem diff` shows the money figures of a comparison (as-is -> to-be):
// a few lines for people ("Profit 20000 -> 35000 (+15000)") and the "money"
// object of docs/diff-json.md. Empty (and absent) when neither side has an
// amount. Each side names its own currency and period; they differ only
// when two sessions are compared.
QString moneyDiffText(const MoneyDiff& diff, const MoneyContext& older, const MoneyContext& newer);
QJsonObject moneyDiffJson(const MoneyDiff& diff, const MoneyContext& older,
                          const MoneyContext& newer);

// "+15000", "-2.50", "0": a change in the plain form of money::formatCents().
QString signedCents(qint64 cents);

} // namespace tandem
