// money::analyse(): the flow rules of money.md over a session's links.

#include "money.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <optional>

namespace tandem::money {

namespace {

// A link seen from one of its ends: the element at the other end (by its
// place in reading order) and the link's weight.
struct Neighbour {
    int element = 0;
    double weight = 1;
};

// Who is where, who is linked to whom, and what reached where. Elements are
// numbered in reading order once, so the flow itself works on numbers and
// flat arrays: the figures of a 10,000-element session are recomputed while
// the user types (the alignment dock, the canvas).
class Flow {
public:
    explicit Flow(const CanvasState& state);
    MoneyReport run();

private:
    enum class Kind : unsigned char { Other, Promise, Stage };
    using Onward = void (Flow::*)(int, qint64, int);

    bool isPromise(int element) const { return m_kind[element] == Kind::Promise; }
    bool isStage(int element) const { return m_kind[element] == Kind::Stage; }
    static bool any(const Flow&, int) { return true; }
    template <typename Keep> std::vector<Neighbour> neighbours(int element, Keep keep) const;
    void spread(const std::vector<Neighbour>& to, qint64 cents, int costId, Onward onward);
    void revenue(int stream, const Element& element);
    void cost(int costElement, const Element& element);
    void costReaches(int element, qint64 cents, int costId);
    void costAtStage(int stage, qint64 cents, int costId);
    void costAtPromise(int promise, qint64 cents, int) { m_cost[promise] += cents; }
    void revenueAtPromise(int promise, qint64 cents, int) { m_revenue[promise] += cents; }
    const std::vector<Neighbour>& chainPromises(int chain);
    void stop(int element, qint64 cents, int costId);

    const CanvasState& m_state;
    std::vector<const QString*> m_ids; // by number: reading order
    std::vector<Kind> m_kind;
    std::vector<int> m_chainOf;                 // stages: their chain's index
    std::vector<int> m_chainStart;              // chains: the number of their first stage
    std::array<int, BlockCount> m_blockStart{}; // the number of each block's first element
    // Both directions of every link, in link order, as one flat array:
    // element e's links are m_links[m_firstLink[e] .. m_firstLink[e + 1]).
    std::vector<int> m_firstLink;
    std::vector<Neighbour> m_links;
    std::vector<qint64> m_revenue; // value propositions
    std::vector<qint64> m_cost;
    std::vector<Stop> m_stops;   // by number, id empty where nothing stopped
    std::vector<qint64> m_leaks; // by cost element: cents that reached no promise
    std::vector<std::optional<std::vector<Neighbour>>> m_chainPromises;
    MoneyReport m_report;
};

Flow::Flow(const CanvasState& state)
    : m_state(state) {
    QHash<QString, int> numbers;
    numbers.reserve(state.elementCount());
    const auto add = [&](const Element& element, Kind kind, int chain) {
        numbers.insert(element.id, static_cast<int>(m_ids.size()));
        m_ids.push_back(&element.id);
        m_kind.push_back(kind);
        m_chainOf.push_back(chain);
    };
    for (Block block : allBlocks()) {
        m_blockStart[static_cast<int>(block)] = static_cast<int>(m_ids.size());
        if (block == Block::ValueChains) {
            for (int c = 0; c < static_cast<int>(state.chains.size()); ++c) {
                m_chainStart.push_back(static_cast<int>(m_ids.size()));
                for (const Element& stage : state.chains[c].stages)
                    add(stage, Kind::Stage, c);
            }
            continue;
        }
        const Kind kind = block == Block::ValuePropositions ? Kind::Promise : Kind::Other;
        for (const Element& element : state.elements(block))
            add(element, kind, -1);
    }
    const int count = static_cast<int>(m_ids.size());
    // A link naming an unknown id (or a chain) carries nothing, as in the
    // alignment check.
    std::vector<std::pair<int, int>> ends;
    ends.reserve(state.links.size());
    std::vector<int> degree(count + 1, 0);
    for (const Link& link : state.links) {
        const int from = numbers.value(link.from, -1);
        const int to = numbers.value(link.to, -1);
        ends.emplace_back(from, to);
        if (from >= 0 && to >= 0) {
            ++degree[from];
            ++degree[to];
        }
    }
    m_firstLink.assign(count + 1, 0);
    for (int e = 0; e < count; ++e)
        m_firstLink[e + 1] = m_firstLink[e] + degree[e];
    m_links.resize(m_firstLink[count]);
    std::vector<int> filled(m_firstLink.begin(), m_firstLink.end() - 1);
    for (std::size_t i = 0; i < ends.size(); ++i) {
        const auto [from, to] = ends[i];
        if (from < 0 || to < 0)
            continue;
        const double weight = state.links[i].weightValue();
        m_links[filled[from]++] = {to, weight};
        m_links[filled[to]++] = {from, weight};
    }
    m_revenue.assign(count, 0);
    m_cost.assign(count, 0);
    m_stops.resize(count);
    m_leaks.assign(count, 0);
    m_chainPromises.resize(state.chains.size());
}

template <typename Keep> std::vector<Neighbour> Flow::neighbours(int element, Keep keep) const {
    std::vector<Neighbour> kept;
    for (int i = m_firstLink[element]; i < m_firstLink[element + 1]; ++i) {
        if (keep(*this, m_links[i].element))
            kept.push_back(m_links[i]);
    }
    return kept;
}

void Flow::spread(const std::vector<Neighbour>& to, qint64 cents, int costId, Onward onward) {
    if (to.size() == 1)
        return (this->*onward)(to.front().element, cents, costId);
    std::vector<double> weights;
    weights.reserve(to.size());
    for (const Neighbour& n : to)
        weights.push_back(n.weight);
    const std::vector<qint64> parts = split(cents, weights);
    for (std::size_t i = 0; i < to.size(); ++i)
        (this->*onward)(to[i].element, parts[i], costId);
}

void Flow::stop(int element, qint64 cents, int costId) {
    Stop& at = m_stops[element];
    at.id = *m_ids[element];
    if (costId < 0) {
        at.revenue += cents;
        m_report.unallocatedRevenue += cents;
    } else {
        at.cost += cents;
        m_report.unallocatedCost += cents;
        m_leaks[costId] += cents;
    }
}

void Flow::revenue(int stream, const Element& element) {
    const qint64 cents = toCents(element.amount->value);
    m_report.revenue += cents;
    const auto promises =
        neighbours(stream, [](const Flow& flow, int e) { return flow.isPromise(e); });
    if (promises.empty()) {
        stop(stream, cents, -1);
        m_report.revenueWithNoPromise.append(element.id);
        return;
    }
    spread(promises, cents, -1, &Flow::revenueAtPromise);
}

void Flow::cost(int costElement, const Element& element) {
    const qint64 cents = toCents(element.amount->value);
    m_report.cost += cents;
    const auto all = neighbours(costElement, &Flow::any);
    if (all.empty())
        stop(costElement, cents, costElement);
    else
        spread(all, cents, costElement, &Flow::costReaches);
}

void Flow::costReaches(int element, qint64 cents, int costId) {
    if (isPromise(element))
        return costAtPromise(element, cents, costId);
    if (isStage(element))
        return costAtStage(element, cents, costId);
    // Any other element passes it on to the work it is linked to, or else
    // to the promises; otherwise it stops there.
    const auto stages =
        neighbours(element, [](const Flow& flow, int e) { return flow.isStage(e); });
    if (!stages.empty())
        return spread(stages, cents, costId, &Flow::costAtStage);
    const auto promises =
        neighbours(element, [](const Flow& flow, int e) { return flow.isPromise(e); });
    if (!promises.empty())
        return spread(promises, cents, costId, &Flow::costAtPromise);
    stop(element, cents, costId);
}

const std::vector<Neighbour>& Flow::chainPromises(int chain) {
    std::optional<std::vector<Neighbour>>& known = m_chainPromises[chain];
    if (!known) {
        // Equal shares for the promises any stage of the chain delivers, in
        // reading order (which is their numbering).
        std::vector<int> promises;
        const int stages = static_cast<int>(m_state.chains[chain].stages.size());
        for (int stage = m_chainStart[chain]; stage < m_chainStart[chain] + stages; ++stage) {
            for (int i = m_firstLink[stage]; i < m_firstLink[stage + 1]; ++i) {
                if (isPromise(m_links[i].element))
                    promises.push_back(m_links[i].element);
            }
        }
        std::sort(promises.begin(), promises.end());
        promises.erase(std::unique(promises.begin(), promises.end()), promises.end());
        known.emplace();
        for (int promise : promises)
            known->push_back({promise, 1.0});
    }
    return *known;
}

void Flow::costAtStage(int stage, qint64 cents, int costId) {
    const auto promises =
        neighbours(stage, [](const Flow& flow, int e) { return flow.isPromise(e); });
    if (!promises.empty())
        return spread(promises, cents, costId, &Flow::costAtPromise);
    if (const auto& shared = chainPromises(m_chainOf[stage]); !shared.empty())
        return spread(shared, cents, costId, &Flow::costAtPromise);
    stop(stage, cents, costId);
}

MoneyReport Flow::run() {
    const int count = static_cast<int>(m_ids.size());
    const auto each = [&](Block block, auto&& visit) {
        const auto& elements = m_state.elements(block);
        for (int i = 0; i < static_cast<int>(elements.size()); ++i)
            visit(m_blockStart[static_cast<int>(block)] + i, elements[i]);
    };
    each(Block::RevenueStreams, [&](int number, const Element& stream) {
        if (stream.amount) {
            m_report.present = true;
            revenue(number, stream);
        }
    });
    each(Block::CostStructure, [&](int number, const Element& element) {
        if (element.amount) {
            m_report.present = true;
            cost(number, element);
        }
    });
    each(Block::ValuePropositions, [&](int number, const Element& promise) {
        m_report.valuePropositions.push_back({promise.id, m_revenue[number], m_cost[number]});
    });
    for (int e = 0; e < count; ++e) {
        if (!m_stops[e].id.isEmpty())
            m_report.unallocated.push_back(m_stops[e]);
    }
    each(Block::CostStructure, [&](int number, const Element& element) {
        if (m_leaks[number] > 0)
            m_report.costsReachingNoPromise.push_back({element.id, m_leaks[number]});
    });
    return m_report;
}

} // namespace

MoneyReport analyse(const CanvasState& state) {
    return Flow(state).run();
}

} // namespace tandem::money
