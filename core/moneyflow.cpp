// money::analyse(): the flow rules of money.md over a session's links.

#include "money.h"

#include <QHash>

#include <algorithm>

#include <map>

namespace tandem::money {

namespace {

// A link seen from one of its ends.
struct Neighbour {
    QString id;
    double weight = 1;
};

// Who is where, who is linked to whom, and what reached where.
class Flow {
public:
    explicit Flow(const CanvasState& state);
    MoneyReport run();

private:
    bool isPromise(const QString& id) const {
        const auto found = m_block.constFind(id);
        return found != m_block.constEnd() && *found == Block::ValuePropositions;
    }
    bool isStage(const QString& id) const { return m_chainOf.contains(id); }
    std::vector<Neighbour> neighbours(const QString& id,
                                      bool (Flow::*keep)(const QString&) const) const;
    void spread(const std::vector<Neighbour>& to, qint64 cents, const QString& from,
                void (Flow::*onward)(const QString&, qint64, const QString&));
    void revenue(const Element& stream);
    void cost(const Element& cost);
    void costReaches(const QString& id, qint64 cents, const QString& costId);
    void costAtStage(const QString& stage, qint64 cents, const QString& costId);
    void costAtPromise(const QString& id, qint64 cents, const QString&) { m_cost[id] += cents; }
    void revenueAtPromise(const QString& id, qint64 cents, const QString&) {
        m_revenue[id] += cents;
    }
    void stop(const QString& id, qint64 cents, const QString& costId);
    bool any(const QString&) const { return true; }

    const CanvasState& m_state;
    QHash<QString, Block> m_block;                  // elements of blocks
    QHash<QString, int> m_chainOf;                  // stages: their chain's index
    QHash<QString, int> m_order;                    // reading order of every element
    QHash<QString, std::vector<Neighbour>> m_links; // both directions, in link order
    QHash<QString, qint64> m_revenue;               // value propositions
    QHash<QString, qint64> m_cost;
    std::map<int, Stop> m_stops;    // by reading order
    QHash<QString, qint64> m_leaks; // cost id: cents that reached no promise
    MoneyReport m_report;
};

Flow::Flow(const CanvasState& state)
    : m_state(state) {
    int order = 0;
    for (Block block : allBlocks()) {
        if (block == Block::ValueChains) {
            for (int c = 0; c < static_cast<int>(state.chains.size()); ++c) {
                for (const Element& stage : state.chains[c].stages) {
                    m_chainOf.insert(stage.id, c);
                    m_order.insert(stage.id, order++);
                }
            }
            continue;
        }
        for (const Element& element : state.elements(block)) {
            m_block.insert(element.id, block);
            m_order.insert(element.id, order++);
        }
    }
    for (const Link& link : state.links) {
        m_links[link.from].push_back({link.to, link.weightValue()});
        m_links[link.to].push_back({link.from, link.weightValue()});
    }
}

std::vector<Neighbour> Flow::neighbours(const QString& id,
                                        bool (Flow::*keep)(const QString&) const) const {
    std::vector<Neighbour> kept;
    for (const Neighbour& n : m_links.value(id)) {
        if ((this->*keep)(n.id))
            kept.push_back(n);
    }
    return kept;
}

void Flow::spread(const std::vector<Neighbour>& to, qint64 cents, const QString& from,
                  void (Flow::*onward)(const QString&, qint64, const QString&)) {
    std::vector<double> weights;
    for (const Neighbour& n : to)
        weights.push_back(n.weight);
    const std::vector<qint64> parts = split(cents, weights);
    for (std::size_t i = 0; i < to.size(); ++i)
        (this->*onward)(to[i].id, parts[i], from);
}

void Flow::stop(const QString& id, qint64 cents, const QString& costId) {
    Stop& at = m_stops[m_order.value(id)];
    at.id = id;
    if (costId.isEmpty()) {
        at.revenue += cents;
        m_report.unallocatedRevenue += cents;
    } else {
        at.cost += cents;
        m_report.unallocatedCost += cents;
        m_leaks[costId] += cents;
    }
}

void Flow::revenue(const Element& stream) {
    const qint64 cents = toCents(stream.amount->value);
    m_report.revenue += cents;
    const std::vector<Neighbour> promises = neighbours(stream.id, &Flow::isPromise);
    if (promises.empty()) {
        stop(stream.id, cents, {});
        m_report.revenueWithNoPromise.append(stream.id);
        return;
    }
    spread(promises, cents, stream.id, &Flow::revenueAtPromise);
}

void Flow::cost(const Element& element) {
    const qint64 cents = toCents(element.amount->value);
    m_report.cost += cents;
    const std::vector<Neighbour> all = neighbours(element.id, &Flow::any);
    if (all.empty())
        stop(element.id, cents, element.id);
    else
        spread(all, cents, element.id, &Flow::costReaches);
}

void Flow::costReaches(const QString& id, qint64 cents, const QString& costId) {
    if (isPromise(id))
        return costAtPromise(id, cents, costId);
    if (isStage(id))
        return costAtStage(id, cents, costId);
    // Any other element passes it on to the work it is linked to, or else
    // to the promises; otherwise it stops there.
    if (const auto stages = neighbours(id, &Flow::isStage); !stages.empty())
        return spread(stages, cents, costId, &Flow::costAtStage);
    if (const auto promises = neighbours(id, &Flow::isPromise); !promises.empty())
        return spread(promises, cents, costId, &Flow::costAtPromise);
    stop(id, cents, costId);
}

void Flow::costAtStage(const QString& stage, qint64 cents, const QString& costId) {
    if (const auto promises = neighbours(stage, &Flow::isPromise); !promises.empty())
        return spread(promises, cents, costId, &Flow::costAtPromise);
    // Equal shares for the promises any stage of the chain delivers.
    std::vector<Neighbour> chainPromises;
    for (const Element& other : m_state.chains[m_chainOf.value(stage)].stages) {
        for (const Neighbour& n : neighbours(other.id, &Flow::isPromise)) {
            const bool seen = std::any_of(chainPromises.begin(), chainPromises.end(),
                                          [&](const Neighbour& p) { return p.id == n.id; });
            if (!seen)
                chainPromises.push_back({n.id, 1.0});
        }
    }
    std::sort(chainPromises.begin(), chainPromises.end(),
              [this](const Neighbour& a, const Neighbour& b) {
                  return m_order.value(a.id) < m_order.value(b.id);
              });
    if (!chainPromises.empty())
        return spread(chainPromises, cents, costId, &Flow::costAtPromise);
    stop(stage, cents, costId);
}

MoneyReport Flow::run() {
    for (const Element& stream : m_state.elements(Block::RevenueStreams)) {
        if (stream.amount) {
            m_report.present = true;
            revenue(stream);
        }
    }
    for (const Element& element : m_state.elements(Block::CostStructure)) {
        if (element.amount) {
            m_report.present = true;
            cost(element);
        }
    }
    for (const Element& promise : m_state.elements(Block::ValuePropositions))
        m_report.valuePropositions.push_back(
            {promise.id, m_revenue.value(promise.id), m_cost.value(promise.id)});
    for (const auto& [order, at] : m_stops)
        m_report.unallocated.push_back(at);
    for (const Element& element : m_state.elements(Block::CostStructure)) {
        if (const qint64 leaked = m_leaks.value(element.id); leaked > 0)
            m_report.costsReachingNoPromise.push_back({element.id, leaked});
    }
    return m_report;
}

} // namespace

MoneyReport analyse(const CanvasState& state) {
    return Flow(state).run();
}

} // namespace tandem::money
