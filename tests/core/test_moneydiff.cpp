// Comparing two states' money (issue 15, item 5): the totals and each value
// proposition's margin as-is -> to-be, in the diff's text and JSON, and
// amounts and weights as changes of their element or link. The expected
// figures are worked out by hand in the comments, from tests/data/money.

#include "moneydiff.h"
#include "moneydiffformat.h"
#include "sessiondiff.h"
#include "sessiondiffformat.h"
#include "sessionoutline.h"
#include "sessiontesthelpers.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace tandem;

namespace {

Session loadMoney(const char* name) {
    tandem::LoadError error;
    const auto session = SessionReader::readFile(
        QStringLiteral(TANDEM_TEST_DATA "/money/") + QString::fromUtf8(name), &error);
    EXPECT_TRUE(session.has_value()) << error.message.toStdString();
    return session.value_or(Session{});
}

DiffSide side(const QString& file, const Session& session) {
    return DiffSide{
        file, session.info.title, {}, MoneyContext{session.info.currency, session.info.period}};
}

// As-is: Subscriptions 100000 split 3:1 -> fresh 75000, trace 25000; Market
// sales 12000.50 -> bundle. Roasting staff 60000 -> Roast -> fresh; stall
// rent 8000 -> bundle; hosting 5000 linked to nothing (unallocated).
// Revenue 112000.50, cost 73000, profit 39000.50. Margins: fresh 15000,
// trace 25000, bundle 4000.50.
// To-be: Subscriptions 150000 -> fresh 112500, trace 37500; App
// subscriptions 20000 -> app; grant 7000 linked to nothing. Staff 60000 ->
// fresh; hosting 5000 and development 40000 -> app (45000); advertising
// 3000 linked to nothing. Revenue 177000, cost 108000, profit 69000,
// unallocated revenue 7000, cost 3000. Margins: fresh 52500, trace 37500,
// app -25000; the bundle is gone.
TEST(MoneyDiff, TotalsAndMarginsAsIsToBe) {
    const MoneyDiff diff =
        diffMoney(loadMoney("asis.tandem.yaml").state, loadMoney("tobe.tandem.yaml").state);
    ASSERT_TRUE(diff.present);
    EXPECT_EQ(diff.revenue, (FigureChange{11200050, 17700000}));
    EXPECT_EQ(diff.cost, (FigureChange{7300000, 10800000}));
    EXPECT_EQ(diff.profit, (FigureChange{3900050, 6900000}));
    EXPECT_EQ(diff.profit.change(), 2999950);
    EXPECT_EQ(diff.unallocatedRevenue, (FigureChange{0, 700000}));
    EXPECT_EQ(diff.unallocatedCost, (FigureChange{500000, 300000}));
    EXPECT_TRUE(diff.changed());

    ASSERT_EQ(diff.valuePropositions.size(), 4u);
    const PromiseChange& fresh = diff.valuePropositions[0];
    EXPECT_EQ(fresh.id, QStringLiteral("vp-fresh"));
    EXPECT_EQ(fresh.text, QStringLiteral("Beans roasted to order"));
    EXPECT_EQ(fresh.before->margin(), 1500000);
    EXPECT_EQ(fresh.after->margin(), 5250000);
    EXPECT_EQ(fresh.marginChange(), 3750000);
    EXPECT_EQ(diff.valuePropositions[1].marginChange(), 1250000);
    const PromiseChange& app = diff.valuePropositions[2];
    EXPECT_EQ(app.id, QStringLiteral("vp-app"));
    EXPECT_FALSE(app.before.has_value());
    EXPECT_EQ(app.after->revenue, 2000000);
    EXPECT_EQ(app.after->cost, 4500000);
    EXPECT_EQ(app.marginChange(), -2500000);
    // Removed last, named by its old text.
    const PromiseChange& bundle = diff.valuePropositions[3];
    EXPECT_EQ(bundle.text, QStringLiteral("Farmers' market bundle"));
    EXPECT_FALSE(bundle.after.has_value());
    EXPECT_EQ(bundle.marginChange(), -400050);
}

TEST(MoneyDiff, AbsentWithoutAmountsOnEitherSide) {
    Session session = loadMoney("asis.tandem.yaml");
    for (Block block : {Block::RevenueStreams, Block::CostStructure}) {
        for (Element& element : session.state.elements(block))
            element.amount.reset();
    }
    const StateDiff diff = diffStates(session.state, session.state);
    EXPECT_FALSE(diff.money.present);
    const DiffSide a{QStringLiteral("a"), {}, {}, {QStringLiteral("EUR"), {}}};
    EXPECT_EQ(formatDiffText(diff, a, a), QStringLiteral("--- a\n+++ a\nno differences\n"));
    EXPECT_FALSE(diffJson(diff, a, a).object().contains(QStringLiteral("money")));
}

TEST(MoneyDiff, PresentWhenOnlyOneSideHasAmounts) {
    const Session asIs = loadMoney("asis.tandem.yaml");
    Session without = asIs;
    for (Element& element : without.state.elements(Block::CostStructure))
        element.amount.reset();
    for (Element& element : without.state.elements(Block::RevenueStreams))
        element.amount.reset();
    const MoneyDiff diff = diffMoney(without.state, asIs.state);
    ASSERT_TRUE(diff.present);
    EXPECT_EQ(diff.profit, (FigureChange{0, 3900050}));
    // An element gaining an amount is a change of that element.
    const StateDiff stateDiff = diffStates(without.state, asIs.state);
    EXPECT_EQ(stateDiff.elementCounts().changed, 5);
    ASSERT_FALSE(stateDiff.elements.empty());
    EXPECT_TRUE(stateDiff.elements[0].hasField(ElementField::Amount));
    EXPECT_EQ(formatElementChange(stateDiff.elements[0]),
              QStringLiteral("~ [Cost Structure] Roasting staff: amount none -> 60000"));
}

TEST(MoneyDiff, TextShowsEachFigureAsIsToBe) {
    const Session asIs = loadMoney("asis.tandem.yaml");
    const Session toBe = loadMoney("tobe.tandem.yaml");
    const StateDiff diff = diffStates(asIs.state, toBe.state);
    const QString text = formatDiffText(diff, side(QStringLiteral("asis.tandem.yaml"), asIs),
                                        side(QStringLiteral("tobe.tandem.yaml"), toBe));
    EXPECT_TRUE(text.contains(QStringLiteral("~ [Revenue Streams] Subscriptions: amount 100000 -> "
                                             "150000\n")))
        << text.toStdString();
    EXPECT_TRUE(text.endsWith(QStringLiteral("\n\n"
                                             "Money (EUR per year):\n"
                                             "  Revenue 112000.50 -> 177000 (+64999.50)\n"
                                             "  Cost 73000 -> 108000 (+35000)\n"
                                             "  Profit 39000.50 -> 69000 (+29999.50)\n"
                                             "  Unallocated revenue 0 -> 7000 (+7000)\n"
                                             "  Unallocated cost 5000 -> 3000 (-2000)\n"
                                             "  Margin per value proposition:\n"
                                             "    Beans roasted to order: 15000 -> 52500 (+37500)\n"
                                             "    Traceable origin: 25000 -> 37500 (+12500)\n"
                                             "    Brewing app: none -> -25000 (-25000)\n"
                                             "    Farmers' market bundle: 4000.50 -> none "
                                             "(-4000.50)\n"
                                             "\n"
                                             "notes: 5 added, 3 removed, 1 changed; links: 3 "
                                             "added, 2 removed\n")))
        << text.toStdString();
}

TEST(MoneyDiff, UnchangedFiguresSaySo) {
    const Session asIs = loadMoney("asis.tandem.yaml");
    const StateDiff diff = diffStates(asIs.state, asIs.state);
    EXPECT_TRUE(diff.isEmpty());
    const QString text =
        formatDiffText(diff, side(QStringLiteral("a"), asIs), side(QStringLiteral("a"), asIs));
    EXPECT_EQ(text, QStringLiteral("--- a\n+++ a\n"
                                   "Money (EUR per year):\n"
                                   "  Revenue 112000.50 (unchanged)\n"
                                   "  Cost 73000 (unchanged)\n"
                                   "  Profit 39000.50 (unchanged)\n"
                                   "  Unallocated cost 5000 (unchanged)\n"
                                   "  Margin per value proposition:\n"
                                   "    Beans roasted to order: 15000 (unchanged)\n"
                                   "    Traceable origin: 25000 (unchanged)\n"
                                   "    Farmers' market bundle: 4000.50 (unchanged)\n"
                                   "\nno differences\n"));
}

TEST(MoneyDiff, JsonMoneyObject) {
    const Session asIs = loadMoney("asis.tandem.yaml");
    const Session toBe = loadMoney("tobe.tandem.yaml");
    const StateDiff diff = diffStates(asIs.state, toBe.state);
    const QJsonObject root =
        diffJson(diff, side(QStringLiteral("a"), asIs), side(QStringLiteral("b"), toBe)).object();
    const QJsonObject money = root.value(QStringLiteral("money")).toObject();
    ASSERT_FALSE(money.isEmpty());
    const QJsonObject euroPerYear{{QStringLiteral("currency"), QStringLiteral("EUR")},
                                  {QStringLiteral("period"), QStringLiteral("year")}};
    EXPECT_EQ(money.value(QStringLiteral("old")).toObject(), euroPerYear);
    EXPECT_EQ(money.value(QStringLiteral("new")).toObject(), euroPerYear);
    const auto figure = [&](const char* key) { return money.value(QLatin1String(key)).toObject(); };
    EXPECT_EQ(figure("revenue").value(QStringLiteral("old")).toDouble(), 112000.5);
    EXPECT_EQ(figure("revenue").value(QStringLiteral("new")).toDouble(), 177000);
    EXPECT_EQ(figure("revenue").value(QStringLiteral("change")).toDouble(), 64999.5);
    EXPECT_EQ(figure("cost").value(QStringLiteral("change")).toDouble(), 35000);
    EXPECT_EQ(figure("profit").value(QStringLiteral("old")).toDouble(), 39000.5);
    EXPECT_EQ(figure("profit").value(QStringLiteral("new")).toDouble(), 69000);
    EXPECT_EQ(figure("unallocated_revenue").value(QStringLiteral("new")).toDouble(), 7000);
    EXPECT_EQ(figure("unallocated_cost").value(QStringLiteral("change")).toDouble(), -2000);

    const QJsonArray promises = money.value(QStringLiteral("value_propositions")).toArray();
    ASSERT_EQ(promises.size(), 4);
    QStringList ids;
    for (const QJsonValue& promise : promises)
        ids << promise.toObject().value(QStringLiteral("id")).toString();
    EXPECT_EQ(ids, (QStringList{"vp-fresh", "vp-trace", "vp-app", "vp-old"}));
    const QJsonObject fresh = promises.at(0).toObject();
    EXPECT_EQ(fresh.value(QStringLiteral("old")).toObject(),
              (QJsonObject{{QStringLiteral("revenue"), 75000},
                           {QStringLiteral("cost"), 60000},
                           {QStringLiteral("margin"), 15000}}));
    EXPECT_EQ(fresh.value(QStringLiteral("new")).toObject().value(QStringLiteral("margin")), 52500);
    EXPECT_EQ(fresh.value(QStringLiteral("margin_change")).toDouble(), 37500);
    const QJsonObject app = promises.at(2).toObject();
    EXPECT_TRUE(app.value(QStringLiteral("old")).isNull());
    EXPECT_EQ(app.value(QStringLiteral("margin_change")).toDouble(), -25000);
    const QJsonObject bundle = promises.at(3).toObject();
    EXPECT_EQ(bundle.value(QStringLiteral("text")).toString(),
              QStringLiteral("Farmers' market bundle"));
    EXPECT_TRUE(bundle.value(QStringLiteral("new")).isNull());
    EXPECT_EQ(bundle.value(QStringLiteral("margin_change")).toDouble(), -4000.5);

    // The changed amount, on the element.
    for (const QJsonValue& value : root.value(QStringLiteral("elements")).toArray()) {
        const QJsonObject element = value.toObject();
        if (element.value(QStringLiteral("id")).toString() != QStringLiteral("rs-subs"))
            continue;
        EXPECT_EQ(element.value(QStringLiteral("fields")).toArray(),
                  QJsonArray{QStringLiteral("amount")});
        EXPECT_EQ(element.value(QStringLiteral("old")).toObject().value(QStringLiteral("amount")),
                  100000);
        EXPECT_EQ(element.value(QStringLiteral("new")).toObject().value(QStringLiteral("amount")),
                  150000);
    }
}

TEST(MoneyDiff, CurrencyChangeIsNamed) {
    Session asIs = loadMoney("asis.tandem.yaml");
    Session toBe = asIs;
    toBe.info.currency = QStringLiteral("USD");
    toBe.info.period = QStringLiteral("month");
    const QString text = moneyDiffText(diffMoney(asIs.state, toBe.state),
                                       MoneyContext{asIs.info.currency, asIs.info.period},
                                       MoneyContext{toBe.info.currency, toBe.info.period});
    EXPECT_TRUE(text.startsWith(QStringLiteral("Money (EUR per year -> USD per month):\n")))
        << text.toStdString();
}

// The split of Subscriptions moves from 3:1 to 1:1: fresh 75000 -> 50000,
// trace 25000 -> 50000. The weight is a change of the link.
TEST(MoneyDiff, WeightChangeIsALinkChange) {
    const Session asIs = loadMoney("asis.tandem.yaml");
    Session reweighted = asIs;
    reweighted.state.links[0].weight.reset();
    const StateDiff diff = diffStates(asIs.state, reweighted.state);
    ASSERT_EQ(diff.links.size(), 1u);
    EXPECT_EQ(diff.links[0].kind, ChangeKind::Changed);
    EXPECT_EQ(
        formatLinkChange(diff.links[0]),
        QStringLiteral("~ link: Subscriptions supports Beans roasted to order: weight 3 -> 1"));
    EXPECT_EQ(diff.money.valuePropositions[0].marginChange(), -2500000);
    EXPECT_EQ(diff.money.valuePropositions[1].marginChange(), 2500000);
    EXPECT_EQ(diff.money.profit.change(), 0);

    const QJsonObject link =
        diffJson(diff, side(QStringLiteral("a"), asIs), side(QStringLiteral("a"), reweighted))
            .object()
            .value(QStringLiteral("links"))
            .toArray()
            .at(0)
            .toObject();
    EXPECT_EQ(link.value(QStringLiteral("old")).toObject(),
              (QJsonObject{{QStringLiteral("note"), QString()}, {QStringLiteral("weight"), 3}}));
    EXPECT_EQ(link.value(QStringLiteral("new")).toObject(),
              (QJsonObject{{QStringLiteral("note"), QString()}}));

    // Writing the default weight out changes nothing.
    Session explicitOne = reweighted;
    explicitOne.state.links[0].weight = Figure{1, QStringLiteral("1")};
    EXPECT_TRUE(diffStates(reweighted.state, explicitOne.state).links.empty());
}

// git diff through the textconv outline sees amounts, weights and figures.
TEST(MoneyDiff, OutlineCarriesAmountsWeightsAndFigures) {
    const QString outline = formatSessionOutline(loadMoney("asis.tandem.yaml"));
    EXPECT_TRUE(outline.contains(QStringLiteral("Currency: EUR\nPeriod: year\n")));
    EXPECT_TRUE(outline.contains(QStringLiteral("  Market sales  {amount: 12000.50}\n")));
    EXPECT_TRUE(outline.contains(
        QStringLiteral("  Subscriptions supports Beans roasted to order  {weight: 3}\n")));
    EXPECT_TRUE(outline.contains(
        QStringLiteral("Money (EUR per year): revenue 112000.50, cost 73000, profit 39000.50\n")))
        << outline.toStdString();
}

TEST(MoneyDiff, SignedCents) {
    EXPECT_EQ(signedCents(1500000), QStringLiteral("+15000"));
    EXPECT_EQ(signedCents(-250), QStringLiteral("-2.50"));
    EXPECT_EQ(signedCents(-5), QStringLiteral("-0.05"));
    EXPECT_EQ(signedCents(0), QStringLiteral("0"));
}

} // namespace
