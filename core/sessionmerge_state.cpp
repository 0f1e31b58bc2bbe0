// The canvases part of the session merge: elements, stages and chains by id,
// their order, and links by (from, to, kind).

#include "sessionmerge_p.h"

#include "money.h"

#include "votes.h"

#include <QHash>
#include <QSet>

namespace tandem::mergedetail {

namespace {

struct Located {
    const Element* element = nullptr;
    Spot spot;
};

// One state's elements, chains, lists and links, looked up by identity.
struct Index {
    QHash<QString, Located> elements;
    QHash<QString, const ValueChain*> chains;
    QStringList chainOrder;
    QHash<QString, QStringList> lists; // Spot::key() -> ids in order
    QHash<QString, const Link*> links;
    QStringList linkOrder;
};

QString linkKey(const Link& link) {
    return link.from + QLatin1Char('\n') + link.to + QLatin1Char('\n') + linkKindKey(link.kind);
}

Index indexOf(const CanvasState& state) {
    Index index;
    for (Block block : allBlocks()) {
        const Spot spot{block, {}};
        for (const Element& element : state.elements(block)) {
            index.elements.insert(element.id, {&element, spot});
            index.lists[spot.key()].append(element.id);
        }
    }
    for (const ValueChain& chain : state.chains) {
        index.chains.insert(chain.id, &chain);
        index.chainOrder.append(chain.id);
        const Spot spot{Block::ValueChains, chain.id};
        QStringList& list = index.lists[spot.key()];
        for (const Element& stage : chain.stages) {
            index.elements.insert(stage.id, {&stage, spot});
            list.append(stage.id);
        }
    }
    for (const Link& link : state.links) {
        index.links.insert(linkKey(link), &link);
        index.linkOrder.append(linkKey(link));
    }
    return index;
}

// The whole canvas merge, in the order the decisions depend on each other.
class StateMerger {
public:
    StateMerger(const CanvasState& b, const CanvasState& o, const CanvasState& t,
                ConflictSink& sink)
        : m_b(indexOf(b))
        , m_o(indexOf(o))
        , m_t(indexOf(t))
        , m_base(b)
        , m_ours(o)
        , m_theirs(t)
        , m_sink(sink) {}

    CanvasState run();

private:
    void chains();
    void elements();
    void oneSided(const QString& id, const Located& kept, bool removedByTheirs);
    void presence(const QString& id, const Element* base, bool removedByTheirs);
    void links();
    Link mergeLink(const Link* base, const Link& ours, const Link& theirs);
    bool removedWithKeptEnd(const Link& link, const Index& remover) const;
    void restore(const QString& id);
    void ensureChains();
    CanvasState assemble() const;

    Index m_b, m_o, m_t;
    const CanvasState& m_base;
    const CanvasState& m_ours;
    const CanvasState& m_theirs;
    ConflictSink& m_sink;
    QHash<QString, ValueChain> m_chains;  // kept chains, stages filled in assemble()
    QSet<QString> m_rescuedAgainstOurs;   // chains ours removed but theirs changed
    QSet<QString> m_rescuedAgainstTheirs; // and the other way round
    QHash<QString, std::pair<Element, Spot>> m_elements;
    std::vector<Link> m_links;
};

template <typename Fn> void forEachElement(const CanvasState& state, Fn fn) {
    for (Block block : allBlocks()) {
        for (const Element& element : state.elements(block))
            fn(element);
    }
    for (const ValueChain& chain : state.chains) {
        for (const Element& stage : chain.stages)
            fn(stage);
    }
}

std::optional<YAML::Node> nameOf(const ValueChain* chain) {
    return chain ? std::optional<YAML::Node>(textNode(chain->name)) : std::nullopt;
}

void StateMerger::chains() {
    QSet<QString> seen;
    for (const QStringList* order : {&m_o.chainOrder, &m_t.chainOrder}) {
        for (const QString& id : *order) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const ValueChain* b = m_b.chains.value(id);
            const ValueChain* o = m_o.chains.value(id);
            const ValueChain* t = m_t.chains.value(id);
            if (o && t) {
                ValueChain out = *o;
                if (b) {
                    bool conflict = false;
                    out.name = mergeValue(b->name, o->name, t->name, &conflict);
                    if (conflict)
                        m_sink.add(ConflictSubject::Chain, id, QStringLiteral("name"), nameOf(b),
                                   nameOf(o), nameOf(t));
                    out.extra = mergeExtras(
                        b->extra, o->extra, t->extra,
                        [&](const QString& key, const auto& bv, const auto& ov, const auto& tv) {
                            m_sink.add(ConflictSubject::Chain, id, key, bv, ov, tv);
                        });
                }
                m_chains.insert(id, out);
                continue;
            }
            const ValueChain* kept = o ? o : t;
            if (b && *kept == *b)
                continue; // removed on one side, untouched on the other
            m_chains.insert(id, *kept);
            if (!b)
                continue; // added
            (o ? m_rescuedAgainstTheirs : m_rescuedAgainstOurs).insert(id);
            m_sink.add(ConflictSubject::Chain, id, QString::fromLatin1(presenceField), nameOf(b),
                       nameOf(o), nameOf(t));
        }
    }
}

void StateMerger::elements() {
    QSet<QString> seen;
    auto visit = [&](const Element& element) {
        const QString& id = element.id;
        if (seen.contains(id))
            return;
        seen.insert(id);
        const auto o = m_o.elements.constFind(id);
        const auto t = m_t.elements.constFind(id);
        const bool inOurs = o != m_o.elements.constEnd();
        const bool inTheirs = t != m_t.elements.constEnd();
        if (inOurs && inTheirs) {
            const auto b = m_b.elements.constFind(id);
            if (b == m_b.elements.constEnd()) {
                m_elements.insert(id, {*o->element, o->spot}); // the same addition
                return;
            }
            ElementMerger merger(m_sink, id);
            const Element merged = merger.merge(*b->element, *o->element, *t->element);
            m_elements.insert(id, {merged, merger.mergeSpot(b->spot, o->spot, t->spot)});
            return;
        }
        oneSided(id, inOurs ? *o : *t, inOurs);
    };
    forEachElement(m_ours, visit);
    forEachElement(m_theirs, visit);
}

void StateMerger::oneSided(const QString& id, const Located& kept, bool removedByTheirs) {
    const auto b = m_b.elements.constFind(id);
    if (b == m_b.elements.constEnd()) {
        m_elements.insert(id, {*kept.element, kept.spot}); // added
        return;
    }
    const QSet<QString>& rescued = removedByTheirs ? m_rescuedAgainstTheirs : m_rescuedAgainstOurs;
    // A chain kept because the other side changed it keeps its stages; the
    // chain's own conflict stands for them.
    const bool inRescuedChain =
        kept.spot.block == Block::ValueChains && rescued.contains(kept.spot.chainId);
    if (!inRescuedChain && *kept.element == *b->element && kept.spot == b->spot)
        return; // removed on one side, untouched on the other
    m_elements.insert(id, {*kept.element, kept.spot});
    if (!inRescuedChain)
        presence(id, b->element, removedByTheirs);
}

void StateMerger::presence(const QString& id, const Element* base, bool removedByTheirs) {
    const std::optional<YAML::Node> kept = textNode(m_elements.value(id).first.text);
    m_sink.add(ConflictSubject::Element, id, QString::fromLatin1(presenceField),
               base ? std::optional<YAML::Node>(textNode(base->text)) : std::nullopt,
               removedByTheirs ? kept : std::nullopt, removedByTheirs ? std::nullopt : kept);
}

void StateMerger::links() {
    QSet<QString> seen;
    QSet<QString> members;
    QHash<QString, Link> chosen;
    for (const Index* side : {&m_o, &m_t}) {
        for (const QString& key : side->linkOrder) {
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const Link* b = m_b.links.value(key);
            const Link* o = m_o.links.value(key);
            const Link* t = m_t.links.value(key);
            if (o && t) {
                chosen.insert(key, mergeLink(b, *o, *t));
                members.insert(key);
                continue;
            }
            const Link* kept = o ? o : t;
            if (b && *kept == *b && !removedWithKeptEnd(*kept, o ? m_t : m_o))
                continue;
            chosen.insert(key, *kept);
            if (b && *kept == *b) {
                members.insert(key); // the end's presence conflict stands for it
                continue;
            }
            members.insert(key);
            if (b)
                m_sink.addLink(*kept, QString::fromLatin1(presenceField), textNode(b->note),
                               o ? std::optional<YAML::Node>(textNode(o->note)) : std::nullopt,
                               t ? std::optional<YAML::Node>(textNode(t->note)) : std::nullopt);
        }
    }
    for (const QString& key : mergeOrder(m_b.linkOrder, m_o.linkOrder, m_t.linkOrder, members)) {
        const Link link = chosen.value(key);
        for (const QString& end : {link.from, link.to}) {
            if (!m_elements.contains(end))
                restore(end);
        }
        if (m_elements.contains(link.from) && m_elements.contains(link.to))
            m_links.push_back(link);
    }
}

// A side that removed an element took its links with it; while the element
// stays (the other side changed it: a presence conflict) so do they, and
// taking the removal later removes them together.
bool StateMerger::removedWithKeptEnd(const Link& link, const Index& remover) const {
    for (const QString& end : {link.from, link.to}) {
        if (!remover.elements.contains(end) && m_elements.contains(end))
            return true;
    }
    return false;
}

Link StateMerger::mergeLink(const Link* b, const Link& o, const Link& t) {
    Link out = o;
    bool conflict = false;
    const QString baseNote = b ? b->note : QString();
    out.note = mergeValue(baseNote, o.note, t.note, &conflict);
    if (conflict)
        m_sink.addLink(o, QStringLiteral("note"),
                       b ? std::optional<YAML::Node>(textNode(b->note)) : std::nullopt,
                       textNode(o.note), textNode(t.note));
    const std::optional<Figure> baseWeight = b ? b->weight : std::nullopt;
    bool weightConflict = false;
    out.weight = mergeValue(baseWeight, o.weight, t.weight, &weightConflict);
    if (weightConflict) {
        const auto node = [](const std::optional<Figure>& weight) -> std::optional<YAML::Node> {
            if (!weight)
                return std::nullopt;
            return plainNode(money::figureText(*weight).toStdString());
        };
        m_sink.addLink(o, QStringLiteral("weight"), node(baseWeight), node(o.weight),
                       node(t.weight));
    }
    out.extra = mergeExtras(b ? b->extra : ExtraFields(), o.extra, t.extra,
                            [&](const QString& key, const auto& bv, const auto& ov,
                                const auto& tv) { m_sink.addLink(o, key, bv, ov, tv); });
    return out;
}

// A link one side added or changed points at an element the other side
// removed: the element comes back, and the removal becomes a conflict.
void StateMerger::restore(const QString& id) {
    const bool inOurs = m_o.elements.contains(id);
    const Index& keeper = inOurs ? m_o : m_t;
    const auto kept = keeper.elements.constFind(id);
    if (kept == keeper.elements.constEnd())
        return;
    m_elements.insert(id, {*kept->element, kept->spot});
    const auto b = m_b.elements.constFind(id);
    presence(id, b == m_b.elements.constEnd() ? nullptr : b->element, inOurs);
}

// A kept element whose chain is gone brings its chain back (conservative:
// nothing is lost, and the chain's removal becomes a conflict).
void StateMerger::ensureChains() {
    QStringList missing;
    for (auto it = m_elements.cbegin(); it != m_elements.cend(); ++it) {
        const Spot& spot = it->second;
        if (spot.block == Block::ValueChains && !m_chains.contains(spot.chainId) &&
            !missing.contains(spot.chainId))
            missing.append(spot.chainId);
    }
    missing.sort();
    for (const QString& id : missing) {
        const ValueChain* o = m_o.chains.value(id);
        const ValueChain* t = m_t.chains.value(id);
        const ValueChain* b = m_b.chains.value(id);
        m_chains.insert(id, o ? *o : t ? *t : *b);
        m_sink.add(ConflictSubject::Chain, id, QString::fromLatin1(presenceField), nameOf(b),
                   nameOf(o), nameOf(t));
    }
}

CanvasState StateMerger::assemble() const {
    QHash<QString, QSet<QString>> members;
    for (auto it = m_elements.cbegin(); it != m_elements.cend(); ++it)
        members[it->second.key()].insert(it.key());
    auto ordered = [&](const QString& key) {
        return mergeOrder(m_b.lists.value(key), m_o.lists.value(key), m_t.lists.value(key),
                          members.value(key));
    };
    CanvasState out;
    for (Block block : allBlocks()) {
        if (block == Block::ValueChains)
            continue;
        for (const QString& id : ordered(blockKey(block)))
            out.elements(block).push_back(m_elements.value(id).first);
    }
    const QStringList chainIds = m_chains.keys();
    const QSet<QString> chainSet(chainIds.begin(), chainIds.end());
    for (const QString& id : mergeOrder(m_b.chainOrder, m_o.chainOrder, m_t.chainOrder, chainSet)) {
        ValueChain chain = m_chains.value(id);
        chain.stages.clear();
        for (const QString& stage : ordered(Spot{Block::ValueChains, id}.key()))
            chain.stages.push_back(m_elements.value(stage).first);
        out.chains.push_back(std::move(chain));
    }
    out.links = m_links;
    return out;
}

CanvasState StateMerger::run() {
    chains();
    elements();
    links();
    ensureChains();
    CanvasState out = assemble();
    out.businessExtra = mergeExtras(
        m_base.businessExtra, m_ours.businessExtra, m_theirs.businessExtra,
        [&](const QString& key, const auto& bv, const auto& ov, const auto& tv) {
            m_sink.add(ConflictSubject::Session, QStringLiteral("business_model"), key, bv, ov, tv);
        });
    out.operatingExtra =
        mergeExtras(m_base.operatingExtra, m_ours.operatingExtra, m_theirs.operatingExtra,
                    [&](const QString& key, const auto& bv, const auto& ov, const auto& tv) {
                        m_sink.add(ConflictSubject::Session, QStringLiteral("operating_model"), key,
                                   bv, ov, tv);
                    });
    return out;
}

} // namespace

CanvasState mergeStates(const CanvasState& base, const CanvasState& ours, const CanvasState& theirs,
                        ConflictSink& sink) {
    return StateMerger(base, ours, theirs, sink).run();
}

} // namespace tandem::mergedetail
