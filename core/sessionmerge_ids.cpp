// Before merging: ids both sides added for different things get apart.

#include "sessionmerge_p.h"

#include "idgen.h"

#include <QHash>
#include <QSet>

namespace tandem::mergedetail {

namespace {

// What an id names in one state, for telling the same addition from two.
struct Named {
    const Element* element = nullptr;
    QString spot; // block key, or the chain a stage belongs to
    const ValueChain* chain = nullptr;
};

QHash<QString, Named> namesOf(const CanvasState& state) {
    QHash<QString, Named> names;
    for (Block block : allBlocks()) {
        for (const Element& element : state.elements(block))
            names.insert(element.id, {&element, blockKey(block), nullptr});
    }
    for (const ValueChain& chain : state.chains) {
        names.insert(chain.id, {nullptr, {}, &chain});
        for (const Element& stage : chain.stages)
            names.insert(stage.id, {&stage, chain.id, nullptr});
    }
    return names;
}

bool sameAddition(const Named& ours, const Named& theirs) {
    if (ours.element && theirs.element)
        return *ours.element == *theirs.element && ours.spot == theirs.spot;
    if (ours.chain && theirs.chain)
        return ours.chain->name == theirs.chain->name && ours.chain->extra == theirs.chain->extra;
    return false;
}

void renameIn(std::vector<Element>& list, const QHash<QString, QString>& renames) {
    for (Element& element : list)
        element.id = renames.value(element.id, element.id);
}

} // namespace

int renameClashingIds(const CanvasState& base, const CanvasState& ours, CanvasState& theirs) {
    const QHash<QString, Named> inBase = namesOf(base);
    const QHash<QString, Named> inOurs = namesOf(ours);
    const QHash<QString, Named> inTheirs = namesOf(theirs);
    QHash<QString, QString> renames;
    auto taken = [&](const QString& id) {
        return inBase.contains(id) || inOurs.contains(id) || inTheirs.contains(id) ||
               std::find(renames.cbegin(), renames.cend(), id) != renames.cend();
    };
    // Sorted, so that a merge is reproducible apart from the random suffixes.
    QStringList clashing;
    for (auto it = inTheirs.cbegin(); it != inTheirs.cend(); ++it) {
        const auto mine = inOurs.constFind(it.key());
        if (!inBase.contains(it.key()) && mine != inOurs.cend() && !sameAddition(*mine, *it))
            clashing.append(it.key());
    }
    clashing.sort();
    for (const QString& id : clashing)
        renames.insert(id, IdGenerator::fresh(IdGenerator::prefixOf(id), taken));
    if (renames.isEmpty())
        return 0;
    for (Block block : allBlocks())
        renameIn(theirs.elements(block), renames);
    for (ValueChain& chain : theirs.chains) {
        chain.id = renames.value(chain.id, chain.id);
        renameIn(chain.stages, renames);
    }
    for (Link& link : theirs.links) {
        link.from = renames.value(link.from, link.from);
        link.to = renames.value(link.to, link.to);
    }
    return static_cast<int>(renames.size());
}

} // namespace tandem::mergedetail
