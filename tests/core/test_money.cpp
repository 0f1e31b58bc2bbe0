// Money (../shared/design/money.md): the fields read and written as the file
// has them, every refusal with its line, and amounts followed through the
// links with every cent accounted for.

#include "alignment.h"
#include "document.h"
#include "money.h"
#include "sessionmerge.h"
#include "sessiontesthelpers.h"
#include "sessionwriter.h"

using namespace tandem;

namespace {

// The worked example of money.md, in YAML.
const QByteArray workedExample = R"(format: tandem/1
session:
  title: Money
  currency: EUR
  period: year
business_model:
  value_propositions:
    - id: vp-fresh
      text: Fresh
    - id: vp-trace
      text: Traceable
  key_activities:
    - id: ka-sourcing
      text: Sourcing
  cost_structure:
    - id: co-staff
      text: Staff
      amount: 80
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
    - id: vc-2
      name: Buying
      stages:
        - id: st-buy
          text: Buy
        - id: st-cup
          text: Cup
links:
  - from: rs-subs
    to: vp-fresh
    kind: supports
    weight: 3
  - from: rs-subs
    to: vp-trace
    kind: supports
  - from: co-staff
    to: st-roast
    kind: supports
  - from: co-staff
    to: ka-sourcing
    kind: supports
  - from: st-roast
    to: vp-fresh
    kind: delivers
  - from: ka-sourcing
    to: st-buy
    kind: supports
  - from: ka-sourcing
    to: st-cup
    kind: supports
)";

Session load(const QByteArray& yaml) {
    LoadError error;
    auto session = tandemtest::readText(yaml, &error);
    EXPECT_TRUE(session.has_value()) << error.toString().toStdString();
    return session.value_or(Session{});
}

TEST(Money, TheWorkedExampleOfTheDesign) {
    const money::MoneyReport report = money::analyse(load(workedExample).state);
    ASSERT_TRUE(report.present);
    EXPECT_EQ(report.revenue, 10000);
    EXPECT_EQ(report.cost, 8000);
    EXPECT_EQ(report.profit(), 2000);
    EXPECT_EQ(report.unallocatedRevenue, 0);
    EXPECT_EQ(report.unallocatedCost, 4000);
    ASSERT_EQ(report.valuePropositions.size(), 2u);
    EXPECT_EQ(report.valuePropositions[0], (money::PromiseFigures{"vp-fresh", 7500, 4000}));
    EXPECT_EQ(report.valuePropositions[1], (money::PromiseFigures{"vp-trace", 2500, 0}));
    EXPECT_EQ(report.valuePropositions[0].margin(), 3500);
    EXPECT_EQ(report.valuePropositions[1].margin(), 2500);
    // 20 stops at each stage of the chain that delivers nothing.
    EXPECT_EQ(report.unallocated,
              (std::vector<money::Stop>{{"st-buy", 0, 2000}, {"st-cup", 0, 2000}}));
    EXPECT_EQ(report.costsReachingNoPromise, (std::vector<money::Leak>{{"co-staff", 4000}}));
}

TEST(Money, FindingsA9ToA11OnlyWhereAmountsExist) {
    Session session = load(workedExample);
    QStringList rules;
    for (const Finding& finding : checkAlignment(session.state).findings)
        rules << finding.rule + QLatin1Char(':') + finding.elementIds.value(0);
    EXPECT_TRUE(rules.contains(QStringLiteral("A9:co-staff")));
    EXPECT_FALSE(rules.join(' ').contains(QLatin1String("A10")));
    EXPECT_FALSE(rules.join(' ').contains(QLatin1String("A11")));

    // A stream linked to nothing, and a promise that costs more than it earns.
    session.state.links.erase(session.state.links.begin(), session.state.links.begin() + 2);
    rules.clear();
    for (const Finding& finding : checkAlignment(session.state).findings)
        rules << finding.rule + QLatin1Char(':') + finding.elementIds.value(0);
    EXPECT_TRUE(rules.contains(QStringLiteral("A10:rs-subs")));
    EXPECT_TRUE(rules.contains(QStringLiteral("A11:vp-fresh")));

    // Without amounts, none of them.
    for (Element& element : session.state.elements(Block::RevenueStreams))
        element.amount.reset();
    for (Element& element : session.state.elements(Block::CostStructure))
        element.amount.reset();
    const AlignmentReport plain = checkAlignment(session.state);
    EXPECT_FALSE(plain.money.present);
    for (const Finding& finding : plain.findings)
        EXPECT_LT(finding.rule.mid(1).toInt(), 9) << finding.rule.toStdString();
}

TEST(Money, SplitsHandOutEveryCent) {
    EXPECT_EQ(money::split(10000, {1, 1, 1}), (std::vector<qint64>{3334, 3333, 3333}));
    EXPECT_EQ(money::split(1, {1, 1}), (std::vector<qint64>{1, 0}));
    EXPECT_EQ(money::split(100, {3, 1}), (std::vector<qint64>{75, 25}));
    EXPECT_EQ(money::split(0, {2, 5}), (std::vector<qint64>{0, 0}));
    // Awkward weights and a large amount: the parts still add up exactly.
    const std::vector<double> weights{0.7, 1e6, 3.3, 0.001};
    for (qint64 total : {qint64(1), qint64(99999), qint64(100000000000000000)}) {
        const auto parts = money::split(total, weights);
        EXPECT_EQ(std::accumulate(parts.begin(), parts.end(), qint64(0)), total);
    }
}

TEST(Money, AllocatedAndUnallocatedAddUpToTheTotals) {
    // A third each way, over stages shared by promises: cents that do not
    // divide must still all arrive somewhere.
    QByteArray yaml = workedExample;
    yaml.replace("amount: 100\n", "amount: 100.01\n").replace("amount: 80\n", "amount: 33.33\n");
    const money::MoneyReport report = money::analyse(load(yaml).state);
    qint64 revenue = report.unallocatedRevenue;
    qint64 cost = report.unallocatedCost;
    for (const money::PromiseFigures& promise : report.valuePropositions) {
        revenue += promise.revenue;
        cost += promise.cost;
    }
    EXPECT_EQ(revenue, 10001);
    EXPECT_EQ(cost, 3333);
    EXPECT_EQ(report.revenue, 10001);
    EXPECT_EQ(report.cost, 3333);
}

TEST(Money, FieldsReadBackAsWritten) {
    QByteArray yaml = workedExample;
    yaml.replace("amount: 80\n", "amount: 1.5e6\n").replace("weight: 3\n", "weight: 2.5\n");
    const Session session = load(yaml);
    EXPECT_EQ(session.info.currency, QStringLiteral("EUR"));
    EXPECT_EQ(session.info.period, QStringLiteral("year"));
    ASSERT_TRUE(session.state.elements(Block::CostStructure)[0].amount.has_value());
    EXPECT_EQ(session.state.elements(Block::CostStructure)[0].amount->value, 1.5e6);
    EXPECT_EQ(session.state.links[0].weightValue(), 2.5);
    EXPECT_EQ(session.state.links[1].weightValue(), 1.0);
    EXPECT_FALSE(session.state.links[1].weight.has_value());
    // Saved again, the bytes are the file's: a whole number stays whole.
    EXPECT_EQ(SessionWriter::toBytes(session), yaml);
}

TEST(Money, AnAmountTypedInTheEditorIsWrittenShortest) {
    Session session = load(workedExample);
    session.state.elements(Block::RevenueStreams)[0].amount = Figure{1234.5, {}};
    session.state.elements(Block::CostStructure)[0].amount = Figure{420000, {}};
    const QByteArray bytes = SessionWriter::toBytes(session);
    EXPECT_TRUE(bytes.contains("      amount: 1234.5\n"));
    EXPECT_TRUE(bytes.contains("      amount: 420000\n"));
}

struct MoneyRefusal {
    const char* from;
    const char* to;
    int line;
    const char* fragment;
};

class RefuseMoney : public ::testing::TestWithParam<MoneyRefusal> {};

TEST_P(RefuseMoney, NamesTheLineAndTheProblem) {
    QByteArray yaml = workedExample;
    ASSERT_TRUE(yaml.contains(GetParam().from));
    yaml.replace(GetParam().from, GetParam().to);
    LoadError error;
    EXPECT_FALSE(tandemtest::readText(yaml, &error).has_value());
    EXPECT_EQ(error.line, GetParam().line) << error.toString().toStdString();
    EXPECT_TRUE(error.message.contains(QLatin1String(GetParam().fragment)))
        << error.toString().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    BadFields, RefuseMoney,
    ::testing::Values(MoneyRefusal{"amount: 100\n", "amount: -5\n", 22, "negative"},
                      MoneyRefusal{"amount: 100\n", "amount: .nan\n", 22, "must be a number"},
                      MoneyRefusal{"amount: 100\n", "amount: .inf\n", 22, "must be a number"},
                      MoneyRefusal{"amount: 100\n", "amount: 2e15\n", 22, "at most 1e15"},
                      MoneyRefusal{"amount: 100\n", "amount: lots\n", 22, "must be a number"},
                      MoneyRefusal{"text: Fresh\n", "text: Fresh\n      amount: 5\n", 10,
                                   "revenue_streams and cost_structure only"},
                      MoneyRefusal{"weight: 3\n", "weight: 0\n", 41, "above 0"},
                      MoneyRefusal{"weight: 3\n", "weight: -2\n", 41, "above 0"},
                      MoneyRefusal{"weight: 3\n", "weight: 2e6\n", 41, "at most 1e6"},
                      MoneyRefusal{"currency: EUR\n", "currency: eur\n", 4, "three capital"},
                      MoneyRefusal{"period: year\n", "period: week\n", 5,
                                   "month, quarter or year"}));

} // namespace

namespace {

TEST(MoneyGesture, SettingAnAmountIsOneUndoStep) {
    Document document;
    document.resetSession(load(workedExample));
    document.setElementAmount(QStringLiteral("rs-subs"), Figure{250, {}});
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.element(QStringLiteral("rs-subs"))->amount->value, 250.0);
    document.setElementAmount(QStringLiteral("rs-subs"), std::nullopt);
    EXPECT_FALSE(document.element(QStringLiteral("rs-subs"))->amount.has_value());
    document.undoStack()->undo();
    EXPECT_EQ(document.element(QStringLiteral("rs-subs"))->amount->value, 250.0);
    document.undoStack()->undo();
    EXPECT_EQ(document.element(QStringLiteral("rs-subs"))->amount->value, 100.0);
    // A value proposition takes no amount.
    document.setElementAmount(QStringLiteral("vp-fresh"), Figure{5, {}});
    EXPECT_FALSE(document.element(QStringLiteral("vp-fresh"))->amount.has_value());
    EXPECT_EQ(document.undoStack()->index(), 0);
}

} // namespace

namespace {

// Merging money by element: an amount changed on one side and the text on the
// other keeps both; two different amounts are a conflict, not a guess.
TEST(MoneyMerge, AmountsMergeByElement) {
    const Session base = load(workedExample);
    Session ours = base;
    Session theirs = base;
    ours.state.elements(Block::RevenueStreams)[0].amount = Figure{120, {}};
    theirs.state.elements(Block::RevenueStreams)[0].text = QStringLiteral("Subscriptions+");
    theirs.info.currency = QStringLiteral("CHF");
    theirs.state.links[0].weight = Figure{5, {}};
    const MergeResult clean = mergeSessions(base, ours, theirs);
    EXPECT_TRUE(clean.clean());
    const Element& stream = clean.session.state.elements(Block::RevenueStreams)[0];
    EXPECT_EQ(stream.amount->value, 120.0);
    EXPECT_EQ(stream.text, QStringLiteral("Subscriptions+"));
    EXPECT_EQ(clean.session.info.currency, QStringLiteral("CHF"));
    EXPECT_EQ(clean.session.state.links[0].weightValue(), 5.0);

    theirs.state.elements(Block::RevenueStreams)[0].amount = Figure{90, {}};
    const MergeResult conflicted = mergeSessions(base, ours, theirs);
    ASSERT_FALSE(conflicted.clean());
    bool amountConflict = false;
    for (const MergeConflict& conflict : conflictsOf(conflicted.session))
        amountConflict = amountConflict || (conflict.id == QLatin1String("rs-subs") &&
                                            conflict.field == QLatin1String("amount"));
    EXPECT_TRUE(amountConflict);
    // The file with the conflict still loads.
    LoadError error;
    EXPECT_TRUE(
        tandemtest::readText(SessionWriter::toBytes(conflicted.session), &error).has_value())
        << error.toString().toStdString();
}

} // namespace
