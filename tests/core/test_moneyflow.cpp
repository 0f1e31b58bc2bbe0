// The flow rules of money.md one by one (a stage's chain sharing the cost,
// an element with no stage passing it to the promises, a cost linked to
// nothing), and every cent accounted for on generated sessions with random
// amounts and weights.

#include "money.h"
#include "sessiongenerator.h"
#include "sessiontesthelpers.h"

#include <cmath>
#include <numeric>

using namespace tandem;
using tandemtest::note;

namespace {

Element withAmount(const QString& id, double amount) {
    Element element = note(id, id);
    element.amount = Figure{amount, {}};
    return element;
}

Link link(const QString& from, const QString& to, std::optional<double> weight = {}) {
    Link result;
    result.from = from;
    result.to = to;
    result.kind = LinkKind::Supports;
    if (weight)
        result.weight = Figure{*weight, {}};
    return result;
}

// Two promises; a chain "delivery" whose second stage delivers both of them.
CanvasState twoPromisesAndAChain() {
    CanvasState state;
    state.elements(Block::ValuePropositions) = {note("vp-a", "A"), note("vp-b", "B")};
    ValueChain chain;
    chain.id = QStringLiteral("vc-delivery");
    chain.name = QStringLiteral("Delivery");
    chain.stages = {note("st-pick", "Pick"), note("st-ship", "Ship")};
    state.chains.push_back(chain);
    state.links = {link("vp-a", "st-ship"), link("vp-b", "st-ship", 3)};
    return state;
}

TEST(MoneyFlow, AStageLinkedToNoPromiseSharesItsCostEquallyAmongItsChainsPromises) {
    CanvasState state = twoPromisesAndAChain();
    state.elements(Block::CostStructure) = {withAmount("co-pickers", 90.01)};
    state.links.push_back(link("co-pickers", "st-pick"));
    const money::MoneyReport report = money::analyse(state);
    // Equal shares, whatever the weights of the links that make the chain
    // deliver them; the odd cent goes to the first promise.
    EXPECT_EQ(report.valuePropositions,
              (std::vector<money::PromiseFigures>{{"vp-a", 0, 4501}, {"vp-b", 0, 4500}}));
    EXPECT_EQ(report.unallocatedCost, 0);
    EXPECT_TRUE(report.costsReachingNoPromise.empty());
}

TEST(MoneyFlow, AStageLinkedToPromisesSplitsByTheLinksWeights) {
    CanvasState state = twoPromisesAndAChain();
    state.elements(Block::CostStructure) = {withAmount("co-vans", 100)};
    state.links.push_back(link("co-vans", "st-ship"));
    const money::MoneyReport report = money::analyse(state);
    EXPECT_EQ(report.valuePropositions,
              (std::vector<money::PromiseFigures>{{"vp-a", 0, 2500}, {"vp-b", 0, 7500}}));
}

TEST(MoneyFlow, AnElementWithNoStagePassesTheCostToItsPromises) {
    CanvasState state = twoPromisesAndAChain();
    state.elements(Block::KeyResources) = {note("kr-brand", "Brand")};
    state.elements(Block::CostStructure) = {withAmount("co-marketing", 60)};
    state.links.push_back(link("co-marketing", "kr-brand"));
    state.links.push_back(link("kr-brand", "vp-b", 2));
    state.links.push_back(link("kr-brand", "vp-a", 1));
    const money::MoneyReport report = money::analyse(state);
    EXPECT_EQ(report.valuePropositions,
              (std::vector<money::PromiseFigures>{{"vp-a", 0, 2000}, {"vp-b", 0, 4000}}));
}

TEST(MoneyFlow, AnElementLinkedToStagesPassesTheCostToTheStagesOnly) {
    CanvasState state = twoPromisesAndAChain();
    state.elements(Block::KeyActivities) = {note("ka-dispatch", "Dispatch")};
    state.elements(Block::CostStructure) = {withAmount("co-staff", 40)};
    state.links.push_back(link("co-staff", "ka-dispatch"));
    state.links.push_back(link("ka-dispatch", "st-ship"));
    // A direct link to a promise does not count while there is a stage.
    state.links.push_back(link("ka-dispatch", "vp-a", 100));
    const money::MoneyReport report = money::analyse(state);
    EXPECT_EQ(report.valuePropositions,
              (std::vector<money::PromiseFigures>{{"vp-a", 0, 1000}, {"vp-b", 0, 3000}}));
}

TEST(MoneyFlow, CostsStopWhereTheyReachNoPromise) {
    CanvasState state = twoPromisesAndAChain();
    state.elements(Block::KeyPartners) = {note("kp-bank", "Bank")};
    state.elements(Block::CostStructure) = {withAmount("co-rent", 1000), withAmount("co-fees", 7)};
    state.elements(Block::RevenueStreams) = {withAmount("rs-interest", 3)};
    state.links.push_back(link("co-fees", "kp-bank"));
    // A link naming no element carries nothing (a half-resolved merge).
    state.links.push_back(link("co-fees", "nowhere"));
    const money::MoneyReport report = money::analyse(state);
    EXPECT_EQ(report.unallocatedCost, 100700);
    EXPECT_EQ(report.unallocatedRevenue, 300);
    EXPECT_EQ(report.unallocated,
              (std::vector<money::Stop>{
                  {"kp-bank", 0, 700}, {"co-rent", 0, 100000}, {"rs-interest", 300, 0}}));
    EXPECT_EQ(report.costsReachingNoPromise,
              (std::vector<money::Leak>{{"co-rent", 100000}, {"co-fees", 700}}));
    EXPECT_EQ(report.revenueWithNoPromise, QStringList{"rs-interest"});
}

// The property money.md asks for: allocated and unallocated add up to the
// totals exactly, and the totals are the sums of the amounts, on sessions
// of every size with random amounts (some with cents) and weights.
TEST(MoneyFlow, EveryCentIsAccountedForOnGeneratedSessions) {
    for (int size : {40, 300, 2000}) {
        for (quint32 seed = 1; seed <= 6; ++seed) {
            const Session session = generateSession(size, seed, GeneratorOptions{true});
            qint64 revenue = 0;
            qint64 cost = 0;
            for (const Element& stream : session.state.elements(Block::RevenueStreams))
                revenue += std::llround(stream.amount->value * 100);
            for (const Element& element : session.state.elements(Block::CostStructure))
                cost += std::llround(element.amount->value * 100);
            const money::MoneyReport report = money::analyse(session.state);
            ASSERT_TRUE(report.present);
            EXPECT_EQ(report.revenue, revenue);
            EXPECT_EQ(report.cost, cost);
            qint64 allocatedRevenue = 0;
            qint64 allocatedCost = 0;
            for (const money::PromiseFigures& promise : report.valuePropositions) {
                allocatedRevenue += promise.revenue;
                allocatedCost += promise.cost;
            }
            EXPECT_EQ(allocatedRevenue + report.unallocatedRevenue, revenue) << size << " " << seed;
            EXPECT_EQ(allocatedCost + report.unallocatedCost, cost) << size << " " << seed;
            const auto stopped = std::accumulate(
                report.unallocated.begin(), report.unallocated.end(), std::pair<qint64, qint64>{},
                [](auto sum, const money::Stop& stop) {
                    return std::pair{sum.first + stop.revenue, sum.second + stop.cost};
                });
            EXPECT_EQ(stopped.first, report.unallocatedRevenue);
            EXPECT_EQ(stopped.second, report.unallocatedCost);
            // Some of it reaches promises, or the property says little.
            EXPECT_GT(allocatedRevenue, 0) << size << " " << seed;
        }
    }
}

} // namespace
