// The money figures in `tandem check`'s three formats (money.md,
// docs/check-json.md): present only when some element has an amount.

#include "alignmentformat.h"
#include "sessiontesthelpers.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace tandem;

namespace {

const QByteArray session = R"(format: tandem/1
session:
  title: Roastery
  currency: EUR
  period: quarter
business_model:
  value_propositions:
    - id: vp-fresh
      text: Fresh beans
  cost_structure:
    - id: co-staff
      text: Staff
      amount: 30.5
  revenue_streams:
    - id: rs-subs
      text: Subscriptions
      amount: 100
operating_model:
  value_chains:
    - id: vc-1
      name: Delivery
      stages:
        - id: st-roast
          text: Roast
links:
  - from: rs-subs
    to: vp-fresh
    kind: supports
  - from: co-staff
    to: st-roast
    kind: supports
  - from: st-roast
    to: vp-fresh
    kind: delivers
)";

struct Checked {
    Session session;
    AlignmentReport report;
    ReportSource source;
};

Checked check(const QByteArray& yaml) {
    LoadError error;
    auto loaded = tandemtest::readText(yaml, &error);
    EXPECT_TRUE(loaded.has_value()) << error.toString().toStdString();
    Checked checked{loaded.value_or(Session{}), {}, {}};
    checked.report = checkAlignment(checked.session.state);
    checked.source = {QStringLiteral("m.tandem.yaml"),
                      checked.session.info.title,
                      {},
                      checked.session.info.currency,
                      checked.session.info.period};
    return checked;
}

TEST(MoneyFormat, JsonHasTheMoneyObject) {
    const Checked c = check(session);
    const QJsonObject root = alignmentJson(c.report, c.session.state, c.source).object();
    const QJsonObject money = root.value(QStringLiteral("money")).toObject();
    EXPECT_EQ(money.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    EXPECT_EQ(money.value(QStringLiteral("period")).toString(), QStringLiteral("quarter"));
    EXPECT_EQ(money.value(QStringLiteral("revenue")).toDouble(), 100.0);
    EXPECT_EQ(money.value(QStringLiteral("cost")).toDouble(), 30.5);
    EXPECT_EQ(money.value(QStringLiteral("profit")).toDouble(), 69.5);
    EXPECT_EQ(money.value(QStringLiteral("unallocated_revenue")).toDouble(), 0.0);
    EXPECT_EQ(money.value(QStringLiteral("unallocated_cost")).toDouble(), 0.0);
    const QJsonArray promises = money.value(QStringLiteral("value_propositions")).toArray();
    ASSERT_EQ(promises.size(), 1);
    const QJsonObject fresh = promises[0].toObject();
    EXPECT_EQ(fresh.value(QStringLiteral("id")).toString(), QStringLiteral("vp-fresh"));
    EXPECT_EQ(fresh.value(QStringLiteral("revenue")).toDouble(), 100.0);
    EXPECT_EQ(fresh.value(QStringLiteral("cost")).toDouble(), 30.5);
    EXPECT_EQ(fresh.value(QStringLiteral("margin")).toDouble(), 69.5);
    EXPECT_TRUE(money.value(QStringLiteral("unallocated")).toArray().isEmpty());
}

TEST(MoneyFormat, TextAndMarkdownShowTheFigures) {
    const Checked c = check(session);
    const QString text = formatAlignmentText(c.report, c.session.state, c.source);
    EXPECT_TRUE(text.contains(
        QLatin1String("Money (EUR per quarter): revenue 100, cost 30.50, profit 69.50\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String(
        "  Fresh beans: revenue 100, cost to serve 30.50, margin 69.50 [vp-fresh]\n")));
    const QString markdown = formatAlignmentMarkdown(c.report, c.session.state, c.source);
    EXPECT_TRUE(markdown.contains(QLatin1String("| Fresh beans | 100 | 30.50 | 69.50 |\n")))
        << markdown.toStdString();
}

TEST(MoneyFormat, NoMoneyWithoutAmounts) {
    QByteArray plain = session;
    plain.replace("      amount: 30.5\n", "").replace("      amount: 100\n", "");
    const Checked c = check(plain);
    const QJsonObject root = alignmentJson(c.report, c.session.state, c.source).object();
    EXPECT_FALSE(root.contains(QStringLiteral("money")));
    EXPECT_FALSE(
        formatAlignmentText(c.report, c.session.state, c.source).contains(QLatin1String("Money")));
}

} // namespace
