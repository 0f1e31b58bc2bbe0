#include "sessiondiff.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tandem {

namespace {

// An element of one state with where it sits, in reading order.
struct Located {
    const Element* element = nullptr;
    ElementLocation location;
};

// Every element and stage of a state in reading order, plus an index by id.
// A duplicate id (which the reader refuses, but a hand-built state may hold)
// keeps its first occurrence so the diff stays deterministic.
struct StateIndex {
    std::vector<Located> ordered;
    QHash<QString, int> byId;

    explicit StateIndex(const CanvasState& state) {
        for (Block block : allBlocks()) {
            if (block == Block::ValueChains) {
                for (const ValueChain& chain : state.chains) {
                    for (const Element& stage : chain.stages)
                        add(stage, ElementLocation{block, chain.id, chain.name});
                }
            } else {
                for (const Element& element : state.elements(block))
                    add(element, ElementLocation{block, {}, {}});
            }
        }
    }

    void add(const Element& element, const ElementLocation& location) {
        if (byId.contains(element.id))
            return;
        byId.insert(element.id, static_cast<int>(ordered.size()));
        ordered.push_back(Located{&element, location});
    }

    const Located* find(const QString& id) const {
        const auto it = byId.constFind(id);
        return it == byId.constEnd() ? nullptr : &ordered[static_cast<std::size_t>(*it)];
    }

    QString textOf(const QString& id) const {
        const Located* located = find(id);
        return located ? located->element->text : id;
    }
};

std::vector<ElementField> changedFields(const Element& before, const Element& after) {
    std::vector<ElementField> fields;
    if (before.text != after.text)
        fields.push_back(ElementField::Text);
    if (before.description != after.description)
        fields.push_back(ElementField::Description);
    if (before.color != after.color)
        fields.push_back(ElementField::Color);
    if (before.tags != after.tags)
        fields.push_back(ElementField::Tags);
    if (before.amount != after.amount)
        fields.push_back(ElementField::Amount);
    return fields;
}

void diffChains(const CanvasState& older, const CanvasState& newer, StateDiff& diff) {
    QHash<QString, const ValueChain*> oldChains;
    for (const ValueChain& chain : older.chains) {
        if (!oldChains.contains(chain.id))
            oldChains.insert(chain.id, &chain);
    }
    QSet<QString> newIds;
    for (const ValueChain& chain : newer.chains) {
        if (newIds.contains(chain.id))
            continue;
        newIds.insert(chain.id);
        const ValueChain* before = oldChains.value(chain.id);
        if (!before)
            diff.chains.push_back(ChainChange{ChangeKind::Added, chain.id, {}, chain.name});
        else if (before->name != chain.name)
            diff.chains.push_back(
                ChainChange{ChangeKind::Changed, chain.id, before->name, chain.name});
    }
    QSet<QString> seen;
    for (const ValueChain& chain : older.chains) {
        if (newIds.contains(chain.id) || seen.contains(chain.id))
            continue;
        seen.insert(chain.id);
        diff.chains.push_back(ChainChange{ChangeKind::Removed, chain.id, chain.name, {}});
    }
}

void diffElements(const StateIndex& oldIndex, const StateIndex& newIndex, StateDiff& diff) {
    for (const Located& now : newIndex.ordered) {
        const Located* was = oldIndex.find(now.element->id);
        ElementChange change;
        change.id = now.element->id;
        change.after = *now.element;
        change.to = now.location;
        if (!was) {
            change.kind = ChangeKind::Added;
            diff.elements.push_back(std::move(change));
            continue;
        }
        change.before = *was->element;
        change.from = was->location;
        change.fields = changedFields(*was->element, *now.element);
        if (!was->location.sameAs(now.location))
            change.kind = ChangeKind::Moved;
        else if (!change.fields.empty())
            change.kind = ChangeKind::Changed;
        else
            continue;
        diff.elements.push_back(std::move(change));
    }
    for (const Located& was : oldIndex.ordered) {
        if (newIndex.find(was.element->id))
            continue;
        ElementChange change;
        change.kind = ChangeKind::Removed;
        change.id = was.element->id;
        change.before = *was.element;
        change.from = was.location;
        diff.elements.push_back(std::move(change));
    }
}

// Links are identified by from, to and kind (see LinkChange).
QString linkKey(const Link& link) {
    return link.from + QChar(0x1f) + link.to + QChar(0x1f) + linkKindKey(link.kind);
}

// The first link of each identity, by key. Later repeats (which the reader
// refuses) are left out so each link is reported once.
QHash<QString, const Link*> indexLinks(const std::vector<Link>& links) {
    QHash<QString, const Link*> index;
    for (const Link& link : links) {
        const QString key = linkKey(link);
        if (!index.contains(key))
            index.insert(key, &link);
    }
    return index;
}

void diffLinks(const CanvasState& older, const CanvasState& newer, const StateIndex& oldIndex,
               const StateIndex& newIndex, StateDiff& diff) {
    const QHash<QString, const Link*> oldLinks = indexLinks(older.links);
    const QHash<QString, const Link*> newLinks = indexLinks(newer.links);
    for (const Link& link : newer.links) {
        if (newLinks.value(linkKey(link)) != &link)
            continue;
        const Link* before = oldLinks.value(linkKey(link));
        if (before && before->note == link.note && before->weightValue() == link.weightValue())
            continue;
        LinkChange change;
        change.kind = before ? ChangeKind::Changed : ChangeKind::Added;
        change.link = link;
        if (before) {
            change.oldNote = before->note;
            change.oldWeight = before->weight;
        }
        change.fromText = newIndex.textOf(link.from);
        change.toText = newIndex.textOf(link.to);
        diff.links.push_back(std::move(change));
    }
    for (const Link& link : older.links) {
        const QString key = linkKey(link);
        if (oldLinks.value(key) != &link || newLinks.contains(key))
            continue;
        LinkChange change;
        change.kind = ChangeKind::Removed;
        change.link = link;
        change.fromText = oldIndex.textOf(link.from);
        change.toText = oldIndex.textOf(link.to);
        diff.links.push_back(std::move(change));
    }
}

template <typename Change> ChangeCounts countKinds(const std::vector<Change>& changes) {
    ChangeCounts counts;
    for (const Change& change : changes) {
        switch (change.kind) {
        case ChangeKind::Added:
            ++counts.added;
            break;
        case ChangeKind::Removed:
            ++counts.removed;
            break;
        case ChangeKind::Changed:
            ++counts.changed;
            break;
        case ChangeKind::Moved:
            ++counts.moved;
            break;
        }
    }
    return counts;
}

} // namespace

QString changeKindKey(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    case ChangeKind::Changed:
        return QStringLiteral("changed");
    case ChangeKind::Moved:
        return QStringLiteral("moved");
    }
    return {};
}

QString elementFieldKey(ElementField field) {
    switch (field) {
    case ElementField::Text:
        return QStringLiteral("text");
    case ElementField::Description:
        return QStringLiteral("description");
    case ElementField::Color:
        return QStringLiteral("color");
    case ElementField::Tags:
        return QStringLiteral("tags");
    case ElementField::Amount:
        return QStringLiteral("amount");
    }
    return {};
}

bool ElementChange::hasField(ElementField field) const {
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

ChangeCounts StateDiff::elementCounts() const {
    return countKinds(elements);
}

ChangeCounts StateDiff::chainCounts() const {
    return countKinds(chains);
}

ChangeCounts StateDiff::linkCounts() const {
    return countKinds(links);
}

StateDiff diffStates(const CanvasState& older, const CanvasState& newer, KnownMoney known) {
    StateDiff diff;
    const StateIndex oldIndex(older);
    const StateIndex newIndex(newer);
    diffChains(older, newer, diff);
    diffElements(oldIndex, newIndex, diff);
    diffLinks(older, newer, oldIndex, newIndex, diff);
    diff.money = diffMoney(known.older ? *known.older : money::analyse(older), older,
                           known.newer ? *known.newer : money::analyse(newer), newer);
    return diff;
}

std::optional<CanvasState> snapshotState(const Session& session, const QString& name) {
    for (const Snapshot& snapshot : session.snapshots) {
        if (snapshot.name == name)
            return snapshot.state;
    }
    return std::nullopt;
}

} // namespace tandem
